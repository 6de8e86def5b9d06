"""Charts drawn on the server as SVG (Altair → Vega-Lite → vl-convert), so pages work offline with no script.

The breakdown chooses the chart: time → a line (bars for a single point); a category with many values →
sorted horizontal bars of the top N and "other"; few values → sorted bars; geography (state, county, ICE area)
→ a choropleth (see `web/maps.py`). Suppressed cells are never drawn as zero: bars leave them out and say so,
maps give them their own colour. A missing value is labelled ("no state recorded"), never "nan".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import altair as alt
import pandas as pd
import vl_convert as vlc

from ice_ledger.api import is_missing

TIME = ("fiscal_year", "calendar_year", "month", "year")
GEOGRAPHY = ("state", "county", "aor", "facility_aor")
TOP_N = 15
TOP_SERIES = 6


@dataclass
class Figure:
    """A chart or map as SVG, the kind chosen, and what it leaves out (shown under it)."""

    svg: str
    kind: str
    notes: list[str] = field(default_factory=list)


def missing_label(breakdown: str) -> str:
    return f"no {breakdown.replace('_', ' ')} recorded"


def _labelled(df: pd.DataFrame, cols: Sequence[str]) -> pd.DataFrame:
    df = df.copy()
    for b in cols:
        df[b] = df[b].map(lambda v, b=b: missing_label(b) if is_missing(v) else str(v))
    return df


def _svg(chart: alt.TopLevelMixin) -> str:
    return str(vlc.vegalite_to_svg(chart.to_dict()))


def _y_axis(unit: str, horizontal: bool = False) -> dict[str, Any]:
    title = "share" if unit == "share" else "count"
    return {"title": title, "axis": alt.Axis(format="%" if unit == "share" else ",d")}


def _suppressed_note(n: int) -> list[str]:
    return [f"{n} suppressed cell(s) are not drawn (too few records to publish); the table marks them."] if n else []


def _top_with_other(df: pd.DataFrame, col: str, n: int, unit: str) -> tuple[pd.DataFrame, int]:
    """The n largest values of `col` and one "other" bar summing the rest (counts only; shares cannot be summed)."""
    ranked = df.sort_values("value", ascending=False)
    top, rest = ranked.head(n), ranked.iloc[n:]
    if rest.empty or unit == "share":
        return top, len(rest)
    other = pd.DataFrame([{col: f"other ({len(rest)} values)", "value": rest["value"].sum(),
                           "n_records": rest["n_records"].sum()}])
    return pd.concat([top, other], ignore_index=True), 0


def time_chart(df: pd.DataFrame, by: Sequence[str], title: str, unit: str) -> Figure:
    x = by[0]
    notes: list[str] = []
    enc: dict[str, Any] = {"x": alt.X(f"{x}:O", title=x.replace("_", " "), sort=None),
                           "y": alt.Y("value:Q", **_y_axis(unit)), "tooltip": [*by[:2], "value", "n_records"]}
    if len(by) > 1:
        series = by[1]
        totals = df.groupby(series)["value"].sum().sort_values(ascending=False)
        keep = list(totals.index[:TOP_SERIES])
        if len(totals) > TOP_SERIES:
            if unit == "share":
                df = df[df[series].isin(keep)]
                notes.append(f"the {TOP_SERIES} largest of {len(totals)} {series.replace('_', ' ')} values are drawn")
            else:
                other = f"other ({len(totals) - TOP_SERIES} values)"
                df = df.assign(**{series: df[series].where(df[series].isin(keep), other)})
                df = df.groupby([x, series], as_index=False, sort=False)[["value", "n_records"]].sum()
                keep.append(other)
        enc["color"] = alt.Color(f"{series}:N", title=series.replace("_", " "), sort=keep)
    base = alt.Chart(df, title=title, width=640, height=260)
    mark = base.mark_line(point=True) if df[x].nunique() > 1 else base.mark_bar()
    return Figure(_svg(mark.encode(**enc).configure_view(stroke=None)), "line" if df[x].nunique() > 1 else "bars",
                  notes)


def category_chart(df: pd.DataFrame, by: Sequence[str], title: str, unit: str) -> Figure:
    col = by[0]
    notes: list[str] = []
    if len(by) > 1:  # a second breakdown: the bars are totals over it
        if unit == "share":
            notes.append(f"bars show {col.replace('_', ' ')} only; choose one breakdown to chart shares")
            df = df.drop_duplicates(col)
        else:
            df = df.groupby(col, as_index=False)[["value", "n_records"]].sum()
    many = df[col].nunique() > TOP_N
    shown, dropped = _top_with_other(df, col, TOP_N, unit) if many else (df.sort_values("value", ascending=False), 0)
    if dropped:
        notes.append(f"the {TOP_N} largest of {len(df)} values are drawn")
    height = max(120, 22 * len(shown))
    chart = alt.Chart(shown, title=title, width=560, height=height).mark_bar().encode(
        y=alt.Y(f"{col}:N", title=col.replace("_", " "), sort=None, axis=alt.Axis(labelLimit=320)),
        x=alt.X("value:Q", **_y_axis(unit)), tooltip=[col, "value", "n_records"])
    return Figure(_svg(chart.configure_view(stroke=None)), "top-bars" if many else "bars", notes)


def metric_figure(rows: list[dict[str, Any]], by: Sequence[str], title: str, unit: str,
                  map_drawer: Any = None) -> Figure | None:
    """The chart the breakdown calls for; None when there is nothing to draw (no breakdown, or all suppressed).

    `map_drawer(frame, breakdown, title, unit)` draws geography (a choropleth); without it geography gets bars.
    """
    if not by or not rows:
        return None
    frame = pd.DataFrame(rows)
    suppressed = int(frame["suppressed"].fillna(False).astype(bool).sum()) if "suppressed" in frame else 0
    if by[0] in GEOGRAPHY and len(by) == 1 and map_drawer is not None:
        fig: Figure | None = map_drawer(frame, by[0], title, unit)
        if fig is not None:
            return fig
    df = _labelled(frame[frame["value"].notna()], by[:2])
    if df.empty:
        return None
    fig = time_chart(df, by, title, unit) if by[0] in TIME else category_chart(df, by, title, unit)
    fig.notes += _suppressed_note(suppressed)
    return fig


def metric_chart(rows: list[dict[str, Any]], by: Sequence[str], title: str, unit: str) -> str | None:
    """The chart's SVG alone (for callers that need no map or notes)."""
    fig = metric_figure(rows, by, title, unit)
    return fig.svg if fig else None


def crime_chart(crime: list[dict[str, Any]], title: str) -> Figure | None:
    """Violent and property crime counts by year (one line per agency table and kind), small."""
    if not crime:
        return None
    df = pd.DataFrame(crime)
    cols = [c for c in ("violent_crime", "property_crime") if c in df]
    if not cols or "year" not in df:
        return None
    agency = df["agency_name"].fillna("agency not named") if "agency_name" in df else "all"
    long = (df.assign(agency=agency).melt(id_vars=["year", "agency"], value_vars=cols, var_name="kind",
                                          value_name="count").dropna(subset=["count"]))
    if long.empty:
        return None
    long["kind"] = long["kind"].str.replace("_", " ")
    long["series"] = long["kind"] + " (" + long["agency"].astype(str) + ")"
    chart = alt.Chart(long, title=title, width=420, height=180).mark_line(point=True).encode(
        x=alt.X("year:O", title="year"), y=alt.Y("count:Q", title="offences", axis=alt.Axis(format=",d")),
        color=alt.Color("series:N", title=None, legend=alt.Legend(orient="bottom", labelLimit=400)),
        tooltip=["year", "series", "count"])
    return Figure(_svg(chart.configure_view(stroke=None)), "line")


def timeline_chart(policies: list[dict[str, Any]], title: str, until: str) -> Figure | None:
    """Each policy row as a bar from the day it began to the day it ended (open rows run to `until`)."""
    rows = [{"list": str(r.get("definition_id")), "what": str(r.get("policy_kind") or "").replace("_", " "),
             "who": str(r.get("jurisdiction_name") or ""), "start": str(r.get("valid_from"))[:10],
             "end": str(r.get("valid_to"))[:10] if r.get("valid_to") else until}
            for r in policies if r.get("valid_from")]
    if not rows:
        return None
    df = pd.DataFrame(rows)
    df["row"] = df["list"] + ": " + df["who"]
    chart = alt.Chart(df, title=title, width=520, height=max(60, 24 * df["row"].nunique())).mark_bar(size=12).encode(
        x=alt.X("start:T", title=None), x2="end:T", y=alt.Y("row:N", title=None, axis=alt.Axis(labelLimit=360)),
        color=alt.Color("what:N", title=None, legend=alt.Legend(orient="bottom")),
        tooltip=["list", "who", "what", "start", "end"])
    return Figure(_svg(chart.configure_view(stroke=None)), "timeline")


def event_study_chart(rows: list[dict[str, Any]], title: str) -> Figure | None:
    """Estimates by period relative to adoption, with the 95% interval and the uniform band; the reference period
    (fixed at zero) is drawn as a hollow point, so a reader sees what every estimate is measured against."""
    df = pd.DataFrame(rows)
    if df.empty or "rel_period" not in df:
        return None
    df["kind"] = df["reference"].map(lambda r: "reference period (0 by construction)" if r else "estimate")
    base = alt.Chart(df, title=title, width=460, height=220)
    x = alt.X("rel_period:Q", title="periods since adoption", axis=alt.Axis(format="d", tickMinStep=1))
    layers = [base.mark_rule(strokeDash=[3, 3], color="#888", aria=False).encode(y=alt.datum(0))]  # the zero line
    if "band_low" in df and df["band_low"].notna().any():
        layers.append(base.mark_area(opacity=0.15, aria=False).encode(x=x, y=alt.Y("band_low:Q", title="effect"),
                                                                      y2="band_high:Q"))
    layers += [base.mark_errorbar().encode(x=x, y=alt.Y("ci_low:Q", title="effect"), y2="ci_high:Q"),
               base.mark_point(filled=True, size=50).encode(
                   x=x, y="estimate:Q", shape=alt.Shape("kind:N", title=None, legend=alt.Legend(orient="bottom")),
                   tooltip=["rel_period", "estimate", "ci_low", "ci_high", "treated_obs"])]
    chart = alt.layer(*layers).properties(description=f"{title}: estimated effect by period since adoption, with "
                                                      "95% intervals (the table below gives every value)")
    return Figure(_svg(chart.configure_view(stroke=None)), "event_study",
                  ["Bars: 95% confidence intervals; shaded: the uniform (sup-t) band over all periods shown."])
