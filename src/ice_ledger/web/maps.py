"""Maps drawn on the server: Vega-Lite specs over the us-atlas Albers topology, rendered to SVG like the charts.

The topology is inlined (no request leaves the page) after its arcs are snapped to a half-pixel grid, which
keeps the 3,100-county map well under a megabyte with no visible change at 975x610. Every map takes a frame of
places (county FIPS `fips` or state FIPS) with a category or a value; places with nothing are drawn as such,
and suppressed cells get their own colour, never zero.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd
import vl_convert as vlc

from ice_ledger.api import ATLAS_FILE, ATLAS_HEIGHT, ATLAS_WIDTH, atlas_topology

GRID = 0.5  # px: the snapping step of the simplified arcs
NOTHING = "#eeeeee"
SUPPRESSED = "#9e9e9e"
SUPPRESSED_LABEL = "suppressed (fewer than the small-cell threshold)"
NO_RECORDS = "no records"
PLACEHOLDER = "__atlas__"


def simplify(topo: dict[str, Any], grid: float = GRID) -> dict[str, Any]:
    """The topology with its arcs snapped to `grid` pixels and repeated points dropped (arcs keep >= 2 points)."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        out: list[list[int]] = []
        px = py = None
        for dx, dy in arc:
            x += dx
            y += dy
            qx, qy = round((x * sx + tx) / grid), round((y * sy + ty) / grid)
            if (qx, qy) != (px, py):
                out.append([qx, qy])
                px, py = qx, qy
        if len(out) == 1:
            out.append(list(out[0]))
        deltas = [out[0]] + [[b[0] - a[0], b[1] - a[1]] for a, b in pairwise(out)]
        arcs.append(deltas)
    return {"type": "Topology", "bbox": topo.get("bbox"), "transform": {"scale": [grid, grid], "translate": [0, 0]},
            "objects": topo["objects"], "arcs": arcs}


def subset(topo: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """A topology with only the named objects and the arcs they use (a state layer need not parse counties)."""
    used: dict[int, int] = {}

    def remap(node: Any) -> Any:
        if isinstance(node, list):
            return [remap(n) for n in node]
        i = node if node >= 0 else ~node
        if i not in used:
            used[i] = len(used)
        return used[i] if node >= 0 else ~used[i]

    objects = {}
    for name in names:
        obj = topo["objects"][name]
        geoms = obj.get("geometries", [obj])
        new = [{**g, "arcs": remap(g["arcs"])} if "arcs" in g else g for g in geoms]
        objects[name] = {**obj, "geometries": new} if "geometries" in obj else new[0]
    arcs: list[Any] = [None] * len(used)
    for old, new_i in used.items():
        arcs[new_i] = topo["arcs"][old]
    return {**topo, "objects": objects, "arcs": arcs}


@lru_cache(maxsize=2)
def _simplified(raw_dir: str, _mtime: float) -> dict[str, dict[str, Any]]:
    topo = simplify(atlas_topology(Path(raw_dir)))
    return {"counties": subset(topo, ("counties",)), "states": subset(topo, ("states", "nation"))}


def atlas(raw_dir: Path) -> dict[str, dict[str, Any]]:
    """The simplified topologies (counties; states and nation) for a home's raw folder (cached per file version)."""
    atlas_topology(raw_dir)  # raises a clear error when the file is not fetched
    return _simplified(str(raw_dir), (raw_dir / ATLAS_FILE).stat().st_mtime)


def _feature(topo: dict[str, dict[str, Any]], name: str) -> alt.Data:
    # A placeholder: Altair deep-copies inline values several times, so the topology goes in after to_dict.
    return alt.Data(values={PLACEHOLDER: name}, format=alt.DataFormat(type="topojson", feature=name))


def _mesh(topo: dict[str, dict[str, Any]]) -> alt.Chart:
    data = alt.Data(values={PLACEHOLDER: "states"}, format=alt.DataFormat(type="topojson", mesh="states"))
    return alt.Chart(data).mark_geoshape(filled=False, stroke="white", strokeWidth=0.6, aria=False)


def _inline(node: Any, topo: dict[str, dict[str, Any]]) -> Any:
    """The spec with each placeholder replaced by its topology."""
    if isinstance(node, dict):
        if set(node) == {PLACEHOLDER}:
            return topo[node[PLACEHOLDER]]
        return {k: _inline(v, topo) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline(v, topo) for v in node]
    return node


def _finish(chart: alt.TopLevelMixin, topo: dict[str, dict[str, Any]], title: str, description: str,
            scale: float = 1.0) -> str:
    spec = _inline((chart.properties(width=ATLAS_WIDTH, height=ATLAS_HEIGHT, title=title, description=description)
                    .project(type="identity").configure_view(stroke=None).to_dict()), topo)
    svg = str(vlc.vegalite_to_svg(spec))
    svg = re.sub(r"(\d\.\d)\d+", r"\1", svg)  # one decimal is sub-pixel at this size
    if scale != 1.0:
        m = re.search(r'width="(\d+)" height="(\d+)"', svg)
        if m:
            w, h = int(m.group(1)), int(m.group(2))
            svg = svg.replace(m.group(0), f'width="{round(w * scale)}" height="{round(h * scale)}"', 1)
    return svg


def category_map(topo: dict[str, dict[str, Any]], counties: pd.DataFrame, states: pd.DataFrame, title: str,
                 categories: list[tuple[str, str]], description: str) -> str:
    """States and counties coloured by category (`fips`, `category`); uncategorised places drawn plain.

    `categories` is the legend, in order: (label, colour). Counties are drawn over their states, so a county
    member shows inside a shaded state.
    """
    domain = [label for label, _ in categories]
    colours = [colour for _, colour in categories]
    colour = alt.Color("category:N", title=None, scale=alt.Scale(domain=domain, range=colours),
                       legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=600))
    state_rows = [{"id": str(f), "category": c} for f, c in zip(states["fips"], states["category"], strict=True)]
    county_rows = [{"id": str(f), "category": c} for f, c in zip(counties["fips"], counties["category"], strict=True)]
    base = alt.Chart(_feature(topo, "states")).mark_geoshape(fill=NOTHING, stroke=None, aria=False)
    layers: list[alt.Chart] = [base]
    if state_rows:
        layers.append(_coloured(topo, "states", state_rows, colour, 0.0))
    if county_rows:
        layers.append(_coloured(topo, "counties", county_rows, colour, 0.15))
    layers.append(_mesh(topo))
    return _finish(alt.layer(*layers), topo, title, description)


def _coloured(topo: dict[str, dict[str, Any]], feature: str, rows: list[dict[str, Any]], colour: alt.Color,
              stroke_width: float) -> alt.Chart:
    """The features that have a row, coloured by it (features without one are not drawn by this layer)."""
    fields = [k for k in rows[0] if k != "id"]
    return (alt.Chart(_feature(topo, feature))
            .mark_geoshape(stroke="white", strokeWidth=stroke_width)
            .transform_lookup(lookup="id", from_=alt.LookupData(alt.Data(values=rows), "id", fields))
            .transform_filter("isValid(datum.category)")
            .encode(color=colour, tooltip=[alt.Tooltip("properties.name:N", title="name"),
                                           alt.Tooltip("category:N", title="status")]))


def value_map(topo: dict[str, dict[str, Any]], feature: str, places: pd.DataFrame, title: str, unit: str,
              description: str, borders: bool = True) -> str:
    """A choropleth of `value` by `fips` (`feature` is "counties" or "states").

    Places with a suppressed cell are drawn in their own grey and listed in the legend as suppressed; places
    with no row are drawn as "no records". Neither is ever coloured as a value (zero or otherwise).
    """
    status = places.assign(category=places["suppressed"].map(lambda s: SUPPRESSED_LABEL if s else None))
    cat_rows = [{"id": str(f), "category": c} for f, c in zip(status["fips"], status["category"], strict=True) if c]
    val_rows = [{"id": str(f), "value": float(v)} for f, v, s in
                zip(places["fips"], places["value"], places["suppressed"], strict=True) if not s and pd.notna(v)]
    legend = alt.Legend(orient="bottom", direction="vertical", labelLimit=600)
    cat_colour = alt.Color("category:N", title=None, legend=legend,
                           scale=alt.Scale(domain=[NO_RECORDS, SUPPRESSED_LABEL], range=[NOTHING, SUPPRESSED]))
    stroke = 0.15 if borders else 0.0
    layers: list[alt.Chart] = [
        alt.Chart(_feature(topo, feature)).mark_geoshape(stroke="white" if borders else None, strokeWidth=stroke,
                                                         aria=False)
        .transform_lookup(lookup="id", from_=alt.LookupData(alt.Data(values=cat_rows or [{"id": "", "category":
                                                                                         NO_RECORDS}]),
                                                            "id", ["category"]))
        .transform_calculate(category=f"isValid(datum.category) ? datum.category : '{NO_RECORDS}'")
        .encode(color=cat_colour)]
    if val_rows:
        fmt = ".1%" if unit == "share" else ",d"
        layers.append(
            alt.Chart(_feature(topo, feature)).mark_geoshape(stroke="white" if borders else None, strokeWidth=stroke)
            .transform_lookup(lookup="id", from_=alt.LookupData(alt.Data(values=val_rows), "id", ["value"]))
            .transform_filter("isValid(datum.value)")
            .encode(color=alt.Color("value:Q", title="share" if unit == "share" else "count",
                                    scale=alt.Scale(scheme="oranges"), legend=alt.Legend(format=fmt)),
                    tooltip=[alt.Tooltip("properties.name:N", title="name"), alt.Tooltip("value:Q", format=fmt)]))
    if feature == "counties" or not borders:
        layers.append(_mesh(topo))
    chart = alt.layer(*layers).resolve_scale(color="independent")
    return _finish(chart, topo, title, description)


def locator_map(topo: dict[str, dict[str, Any]], fips: str, label: str) -> str:
    """A small map marking one county (5-digit FIPS) or state (2 digits) among the states."""
    feature = "counties" if len(fips) == 5 else "states"
    rows = [{"id": fips, "category": label}]
    colour = alt.Color("category:N", title=None, legend=None, scale=alt.Scale(domain=[label], range=["#d94801"]))
    layers = [alt.Chart(_feature(topo, "states")).mark_geoshape(fill=NOTHING, stroke="white", strokeWidth=1,
                                                                aria=False),
              _coloured(topo, feature, rows, colour, 0.5)]
    return _finish(alt.layer(*layers), topo, f"Where: {label}", f"Locator map marking {label}", scale=0.4)
