"""Event-study chart: coefficients by period relative to treatment, with 95% intervals (Altair → PNG/SVG/HTML)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ice_ledger.effects.result import EffectResult
from ice_ledger.errors import IceLedgerError


def event_study_chart(result: EffectResult, title: str | None = None) -> object:
    import altair as alt

    es = result.event_study.copy()
    es["period"] = es["rel_period"].map(lambda e: "reference" if e == -1 else ("before" if e < 0 else "after"))
    x_title = "periods relative to treatment (-1 = reference; the ends pool periods beyond them)"
    base = alt.Chart(es).encode(x=alt.X("rel_period:Q", title=x_title, axis=alt.Axis(tickMinStep=1)))
    band = base.mark_errorbar(ticks=True).encode(y=alt.Y("ci_low:Q", title=f"effect on {result.outcome}"),
                                                y2="ci_high:Q")
    points = base.mark_point(filled=True, size=60).encode(
        y="estimate:Q", color=alt.Color("period:N", legend=alt.Legend(title=None)),
        tooltip=["rel_period", alt.Tooltip("estimate:Q", format=".4g"), alt.Tooltip("ci_low:Q", format=".4g"),
                 alt.Tooltip("ci_high:Q", format=".4g"), "treated_obs"])
    zero = alt.Chart(pd.DataFrame({"y": [0]})).mark_rule(strokeDash=[4, 4], color="gray").encode(y="y:Q")
    pre = "n/a" if result.pretrend_p is None else f"{result.pretrend_p:.3g}"
    subtitle = [f"{result.method}: ATT {result.att:.4g} (95% CI {result.ci_low:.4g} to {result.ci_high:.4g}); "
                f"TWFE {result.twfe_att:.4g}; pre-trend p = {pre}",
                f"{result.n_treated_units} treated, {result.n_control_units} never-treated units; "
                f"{result.n_clusters} clusters"]
    return (zero + band + points).properties(
        width=560, height=320,
        title=alt.TitleParams(title or f"Event study: {result.outcome}", subtitle=subtitle, anchor="start"))


def save_event_study(result: EffectResult, path: str | Path, title: str | None = None) -> Path:
    """Write the chart; the format follows the suffix (.png and .svg through vl-convert, .html, .json)."""
    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg", ".html", ".json"):
        raise IceLedgerError(f"{path}: plot file must end in .png, .svg, .html or .json")
    chart = event_study_chart(result, title)
    try:
        if path.suffix.lower() == ".png":
            chart.save(str(path), scale_factor=2)  # type: ignore[attr-defined]
        else:
            chart.save(str(path))  # type: ignore[attr-defined]
    except (OSError, ValueError) as exc:
        raise IceLedgerError(f"{path}: cannot write the plot ({exc})") from exc
    return path
