"""Charts drawn on the server as SVG (Altair → Vega-Lite → vl-convert), so pages work offline with no script."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import altair as alt
import pandas as pd
import vl_convert as vlc

MAX_BARS = 80


def metric_chart(rows: list[dict[str, Any]], by: Sequence[str], title: str, unit: str) -> str | None:
    """A bar (or, for years and months, line) chart of `value` over the first breakdown, coloured by the second.

    Suppressed cells have no value and are left out of the chart (the table says so); None when there is
    nothing to draw.
    """
    if not by or not rows:
        return None
    df = pd.DataFrame(rows)
    df = df[df["value"].notna()]
    x = by[0]
    if df.empty or df[x].nunique() > MAX_BARS:
        return None
    for b in by[:2]:
        df[b] = df[b].map(lambda v: "(not recorded)" if v is None else str(v))
    y_title = "share" if unit == "share" else "count"
    y = alt.Y("value:Q", title=y_title, axis=alt.Axis(format="%" if unit == "share" else ",d"))
    temporal = x in ("fiscal_year", "calendar_year", "month", "year")
    base = alt.Chart(df, title=title, width=min(60 * df[x].nunique(), 720) if not temporal else 640, height=260)
    enc: dict[str, Any] = {"x": alt.X(f"{x}:O", title=x.replace("_", " "), sort=None), "y": y,
                           "tooltip": [*by, "value", "n_records"]}
    if len(by) > 1:
        enc["color"] = alt.Color(f"{by[1]}:N", title=by[1].replace("_", " "))
    mark = base.mark_line(point=True) if temporal else base.mark_bar()
    chart = mark.encode(**enc).configure_view(stroke=None)
    return str(vlc.vegalite_to_svg(chart.to_dict()))
