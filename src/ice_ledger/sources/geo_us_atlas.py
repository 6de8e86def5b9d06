"""U.S. county and state boundaries (us-atlas 3.0.1, TopoJSON from the Census Bureau's 2017 cartographic boundaries).

A table source for the boundaries' identities, and the one module that reads the TopoJSON file itself. Loading
`atlas_boundaries` (FIPS, name, level) lets a build check that every county a policy or record names can be
drawn, and gives `trace` a row to open; the geometry stays in the raw file (no table holds shapes) and maps
read it through `topology()`, so nothing else in ice-ledger knows the format. The Albers USA file is already
projected to 975x610 px with Alaska and Hawaii inset, so maps draw it with the identity projection.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from ice_ledger.errors import SourceFileError
from ice_ledger.schema import LoadContext
from ice_ledger.sources._geo_helpers import register_frame
from ice_ledger.sources.base import Col, RemoteFile, Source, TableSpec

VERSION = "3.0.1"
COUNTIES_FILE = "counties-albers-10m.json"
OFFICIAL = f"https://cdn.jsdelivr.net/npm/us-atlas@{VERSION}"
SHA256 = "a674dfa31b625e92635f32684a61ae135b05a91507f17f2d5164833237fecf46"
WIDTH, HEIGHT = 975, 610  # the Albers file's pixel frame

BOUNDARIES = TableSpec(
    table="atlas_boundaries",
    description="Every county and state the map files can draw: FIPS, name and level (geometry stays in the file).",
    columns=(Col("fips", required=True, not_null=True), Col("name"),
             Col("level", required=True, not_null=True, values=frozenset({"county", "state"})),
             Col("state_fips")),
    expected_rows=(3_193, 3_193),
)


def read_topology(path: Path) -> dict[str, Any]:
    """The TopoJSON document; a clear message naming the file when it is not TopoJSON with counties and states."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceFileError(path.name, f"is not valid JSON ({exc})") from exc
    objects = doc.get("objects") if isinstance(doc, dict) else None
    if doc.get("type") != "Topology" or not isinstance(objects, dict) or not {"counties", "states"} <= set(objects):
        raise SourceFileError(path.name, "is not a us-atlas TopoJSON topology with 'counties' and 'states' objects")
    return doc


def _geometries(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(level, geometry) in file order: the counties, then the states (the row numbers `trace` uses)."""
    objects = doc["objects"]
    return [*(("county", g) for g in objects["counties"]["geometries"]),
            *(("state", g) for g in objects["states"]["geometries"])]


def load(ctx: LoadContext) -> None:
    import pandas as pd

    doc = read_topology(ctx.path(COUNTIES_FILE))
    rows = [{"fips": g.get("id"), "name": (g.get("properties") or {}).get("name"), "level": level,
             "state_fips": str(g.get("id") or "")[:2] or None, "source_file": COUNTIES_FILE, "source_sheet": None,
             "source_row": i} for i, (level, g) in enumerate(_geometries(doc), start=1)]
    ctx.emit("atlas_boundaries", register_frame(ctx, pd.DataFrame(rows)), file=COUNTIES_FILE)
    counties = sum(1 for r in rows if r["level"] == "county")
    # The Albers USA frame holds the 50 states and DC only (no Puerto Rico or territories to inset).
    ctx.qa("atlas_counties", counties, "3,142 (2017 vintage, 50 states and DC)", "pass" if counties == 3142 else "fail")


def raw_row(path: Path, row: int) -> dict[str, Any]:
    """One geometry's identity as it stands in the file (its arcs are not shown)."""
    items = _geometries(read_topology(path))
    if not 0 < row <= len(items):
        return {}
    level, g = items[row - 1]
    return {"object": "counties" if level == "county" else "states", "id": g.get("id"),
            **{f"properties.{k}": v for k, v in (g.get("properties") or {}).items()}, "type": g.get("type")}


@lru_cache(maxsize=4)
def _topology_cached(path: str, mtime: float) -> dict[str, Any]:
    return read_topology(Path(path))


def topology(raw_dir: Path) -> dict[str, Any]:
    """The Albers counties topology from a home's raw folder for this source (read once per file version)."""
    path = raw_dir / COUNTIES_FILE
    if not path.exists():
        raise SourceFileError(COUNTIES_FILE, "not fetched",
                              hint="run `ice-ledger build geo_us_atlas --mirror DIR` (or `ice-ledger fetch geo_us_atlas`)")
    return _topology_cached(str(path), path.stat().st_mtime)


SOURCE = Source(
    id="geo_us_atlas",
    title="U.S. county and state boundaries (us-atlas TopoJSON, Albers USA)",
    publisher="Mike Bostock, us-atlas (npm), from the U.S. Census Bureau's 2017 cartographic boundary files (1:10m)",
    licence="ISC (us-atlas); Census boundaries public domain",
    homepage="https://github.com/topojson/us-atlas",
    release=f"us-atlas@{VERSION} (Census cartographic boundaries 2017)",
    files=(RemoteFile(COUNTIES_FILE, f"{OFFICIAL}/{COUNTIES_FILE}", mirror_path=f"us-atlas/{COUNTIES_FILE}",
                      sha256=SHA256, note="Census source: https://www.census.gov/geographies/mapping-files/"
                                          "time-series/geo/carto-boundary-file.html"),),
    tables=(BOUNDARIES,),
    load=load,
    kind="reference",
    raw_row=raw_row,
    description=__doc__ or "",
    citation="Bostock, M. us-atlas 3.0.1 (TopoJSON), from U.S. Census Bureau cartographic boundary files, 2017.",
)
