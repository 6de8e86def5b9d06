"""Metric values by state, county or ICE area placed on the map (FIPS from names, areas through their counties)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

from ice_ledger import api
from ice_ledger.api import IceLedgerError, lookup_state
from ice_ledger.web.charts import Figure, missing_label
from ice_ledger.web.maps import atlas, value_map


@lru_cache(maxsize=4)
def _county_aor(home: Path) -> pd.DataFrame:
    return api.table("county_aor", limit=None, columns=["fips", "aor"], home=home)


def _places(frame: pd.DataFrame, breakdown: str, home: Path) -> tuple[pd.DataFrame, str, bool]:
    """(fips, value, suppressed) rows for the map, the feature to draw, and whether county borders show."""
    rows = frame.rename(columns={breakdown: "key"})[["key", "value", "suppressed"]]
    rows = rows.assign(suppressed=rows["suppressed"].fillna(False).astype(bool))
    if breakdown == "state":
        fips = rows["key"].map(lambda v: (s.fips if (s := lookup_state(str(v))) else None) if v is not None else None)
        return rows.assign(fips=fips).dropna(subset=["fips"]), "states", True
    if breakdown == "county":
        return rows.assign(fips=rows["key"]).dropna(subset=["fips"]), "counties", True
    # an ICE area is drawn as its counties, without county borders, so the area reads as one shape
    crosswalk = _county_aor(home)
    merged = crosswalk.merge(rows.dropna(subset=["key"]), left_on="aor", right_on="key", how="inner")
    return merged[["fips", "value", "suppressed"]], "counties", False


def metric_map(home: Path | None, frame: pd.DataFrame, breakdown: str, title: str, unit: str) -> Figure | None:
    """A choropleth of one metric's values by a geographic breakdown; None when nothing can be placed."""
    p = api.paths(home)
    try:
        atlas(p.raw_dir("geo_us_atlas"))  # a clear error when the boundaries are not fetched
        places, feature, borders = _places(frame, breakdown, p.home)
    except IceLedgerError:
        return None  # no boundaries or crosswalk in this build: the page falls back to bars
    if places.empty:
        return None
    unplaced = frame[frame[breakdown].isna()] if breakdown in frame else frame.iloc[:0]
    notes = []
    for r in unplaced.itertuples(index=False):
        value = getattr(r, "value", None)
        shown = "suppressed" if getattr(r, "suppressed", False) else (f"{value:,.0f}" if pd.notna(value) else "none")
        notes.append(f"{missing_label(breakdown)}: {shown} (not on the map)")
    n_supp = int(places["suppressed"].sum())
    if n_supp:
        notes.append(f"{n_supp} place(s) drawn grey: suppressed (too few records to publish), not zero")
    description = (f"Choropleth of {title} by {breakdown.replace('_', ' ')}: {int((~places['suppressed']).sum())} "
                   f"places with values, {n_supp} suppressed.")
    svg = _render(str(api.current_build(p.home)), str(p.home), feature, borders, title, unit, description,
                  places[["fips", "value", "suppressed"]].to_csv(index=False))
    return Figure(svg, "map", notes)


@lru_cache(maxsize=64)
def _render(build: str, home: str, feature: str, borders: bool, title: str, unit: str, description: str, places_csv: str) -> str:
    """One drawing per build and set of values (rendering 3,100 counties takes seconds; serving it must not)."""
    import io

    places = pd.read_csv(io.StringIO(places_csv), dtype={"fips": str})
    places["suppressed"] = places["suppressed"].astype(bool)
    topo = atlas(api.paths(home).raw_dir("geo_us_atlas"))
    return value_map(topo, feature, places, title, unit, description, borders=borders)
