"""One place at a glance: FIPS, ICE area, population, crime and policies over time, each row with its source.

    from ice_ledger import places
    p = places.profile("Travis County, TX")
    p.population, p.crime, p.policies

Reads the last good build; the name is resolved by `ice_ledger.geo.resolve` and an ambiguous or unknown name
is an error that lists the candidates, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from ice_ledger.errors import IceLedgerError
from ice_ledger.geo.gazetteer import default_gazetteer
from ice_ledger.geo.resolve import PlaceNotFoundError, Resolution, resolve, resolve_many
from ice_ledger.rates import per_100k_sql
from ice_ledger.schema.relations import relation_names
from ice_ledger.warehouse import reader

__all__ = ["PlaceNotFoundError", "PlaceProfile", "Resolution", "profile", "resolve", "resolve_many"]

Home = str | Path | None
LINEAGE = "source_id, source_file, source_sheet, source_row, row_id"


@dataclass
class PlaceProfile:
    """Everything the warehouse holds about one state, county or place, with lineage on every row."""

    query: str
    resolution: Resolution
    fips: str
    level: str
    name: str
    aor: str | None = None
    aor_note: str | None = None
    counties: pd.DataFrame = field(default_factory=pd.DataFrame)
    population: pd.DataFrame = field(default_factory=pd.DataFrame)
    crime: pd.DataFrame = field(default_factory=pd.DataFrame)
    crime_rates: pd.DataFrame = field(default_factory=pd.DataFrame)
    agencies: pd.DataFrame = field(default_factory=pd.DataFrame)
    policies: pd.DataFrame = field(default_factory=pd.DataFrame)
    notes: list[str] = field(default_factory=list)
    enforcement: list[dict[str, Any]] = field(default_factory=list)  # metric series with provenance
    lists: list[dict[str, Any]] = field(default_factory=list)  # status on every policy list
    nothing_held: list[str] = field(default_factory=list)  # plain sentences for what the ledger lacks here

    def to_dict(self) -> dict[str, Any]:
        frames = ("counties", "population", "crime", "crime_rates", "agencies", "policies")
        out: dict[str, Any] = {k: getattr(self, k) for k in ("query", "fips", "level", "name", "aor", "aor_note",
                                                             "notes", "enforcement", "lists", "nothing_held")}
        out["match"] = {"status": self.resolution.status, "method": self.resolution.method,
                        "candidates": list(self.resolution.candidates)}
        for f in frames:
            out[f] = getattr(self, f).to_dict(orient="records")
        return out


def profile(query: str, home: Home = None, *, state: str | None = None, kind: str | None = None) -> PlaceProfile:
    """Resolve `query` and gather the place's rows from the last good build."""
    res = resolve(query, state, kind, gazetteer=default_gazetteer(home))
    if res.status != "matched" or res.fips is None:
        raise PlaceNotFoundError(res)
    p = PlaceProfile(query, res, res.fips, res.level or "", res.name or "")
    with reader.connect(home) as con:
        have = relation_names(con, tables=False)
        _fill(con, have, p)
    _fill_policies(p, home)
    _fill_enforcement(p, home)
    _fill_lists(p, home)
    return p


# Detainers are placed in a county through the jail that holds them (facility_places); an ICE area's records
# are the area's own. Each series is a metric computed with suppression, so every number has its provenance.
COUNTY_METRICS = ("detainers_issued", "detainers_declined")
AOR_METRICS = ("detainers_issued", "detainers_declined", "admin_arrests", "removals_total")


def _series(name: str, where: str, scope: str, home: Home) -> dict[str, Any] | None:
    from ice_ledger import metrics

    try:
        r = metrics.compute(name, by=["fiscal_year"], where=[where], home=home)
    except IceLedgerError:
        return None  # the metric's table is not in this build
    prov = r.provenance
    rows = [{"fiscal_year": int(fy), "value": None if pd.isna(v) else int(v), "suppressed": bool(sup)}
            for fy, v, sup in zip(r.frame["fiscal_year"], r.frame["value"], r.frame["suppressed"], strict=True)]
    return {"metric": name, "title": r.metric.title, "scope": scope, "where": where, "rows": rows,
            "files": list(prov.files), "sample_row_ids": dict(prov.sample_row_ids),
            "link": f"/metrics/{name}?by=fiscal_year&where={where}"}


def _fill_enforcement(p: PlaceProfile, home: Home) -> None:
    if p.level == "county":
        for name in COUNTY_METRICS:
            s = _series(name, f"county={p.fips}", "jails placed in this county", home)
            if s is not None and s["rows"]:
                p.enforcement.append(s)
        if not any(s["metric"] == "detainers_issued" for s in p.enforcement):
            p.nothing_held.append("No detainer records place a jail in this county.")
        elif not any(s["metric"] == "detainers_declined" for s in p.enforcement):
            p.nothing_held.append("No detainer declined by a jail in this county is recorded.")
    elif p.level == "place":
        p.nothing_held.append("Detainer records are placed by county (through the jail); see the county this "
                              "place lies in.")
    if p.aor:
        found = False
        for name in AOR_METRICS:
            s = _series(name, f"aor={p.aor}", f"ICE area {p.aor} (all of it, not only this place)", home)
            if s is not None and s["rows"]:
                p.enforcement.append(s)
                found = True
        if not found:
            p.nothing_held.append(f"No arrest, removal or detainer records in this build name ICE area {p.aor}.")
    else:
        p.nothing_held.append("The ledger holds no ICE area for this place.")


def _fill_lists(p: PlaceProfile, home: Home) -> None:
    """The place's status on every sanctuary list and 287(g) list, from the policy rows (its own or its state's)."""
    try:
        from ice_ledger.policies import definitions

        defs = definitions(home=home)
    except (ImportError, IceLedgerError):
        return
    rows = p.policies
    for d in defs.itertuples(index=False):
        if d.family not in ("sanctuary", "287g"):
            continue
        mine = rows[rows["definition_id"] == d.definition_id] if not rows.empty else rows
        own = mine[mine["applies_via"] == "this place"] if not mine.empty else mine
        state = mine[mine["applies_via"] == "its state"] if not mine.empty else mine
        if not own.empty:
            status = "listed"
        elif not state.empty:
            status = "its state is listed"
        elif bool(d.member_level):
            status = "not listed"
        else:
            status = "not known: the ledger holds this list's published counts, not its members"
        first = own if not own.empty else state
        spans = [f"{_day(a)} to {_day(b) if pd.notna(b) else 'open'}"
                 for a, b in zip(first.get("valid_from", []), first.get("valid_to", []), strict=True)]
        p.lists.append({"definition_id": d.definition_id, "title": d.title, "family": d.family, "status": status,
                        "periods": "; ".join(dict.fromkeys(spans)),
                        "row_ids": list(first["row_id"]) if "row_id" in first else []})


def _day(v: Any) -> str:
    return str(pd.Timestamp(v).date()) if v is not None and pd.notna(v) else "?"


def _q(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> pd.DataFrame:
    return con.execute(sql, params).df()


def _fill(con: duckdb.DuckDBPyConnection, have: set[str], p: PlaceProfile) -> None:
    missing = [t for t in ("county_aor", "population", "crime_agency_year", "agencies") if t not in have]
    if missing:
        p.notes.append(f"tables not in this build: {', '.join(missing)} (build the geo, population and crime sources)")
    if p.level == "county":
        _county(con, have, p)
    elif p.level == "place":
        _place(con, have, p)
    else:
        p.notes.append("state profile: population and crime are held by county and place; see `ice-ledger table`")
    if "crime_agency_year" in have:
        p.crime = _q(con, f"""SELECT year, table_id, agency_name, ori, area_type, population, violent_crime, property_crime,
                {per_100k_sql('violent_crime', 'population')} AS violent_per_100k,
                {per_100k_sql('property_crime', 'population')} AS property_per_100k,
                murder, robbery, aggravated_assault, rape_revised, rape_legacy, rape_total, quality_note,
                match_method, {LINEAGE}
            FROM crime_agency_year WHERE fips = ? AND NOT duplicate_likely ORDER BY table_id, year""", [p.fips])
        if p.level == "county" and not p.crime.empty:
            p.notes.append("crime rows of a county are its sheriff/county police only (FBI Table 10), not county "
                           "totals; Table 10 has no population, so no rate is computed")


def _county(con: duckdb.DuckDBPyConnection, have: set[str], p: PlaceProfile) -> None:
    if "county_aor" in have:
        row = con.execute("SELECT aor FROM county_aor WHERE fips = ?", [p.fips]).fetchone()
        p.aor = row[0] if row else None
    if "population" in have:
        p.population = _q(con, f"SELECT year, population, series, {LINEAGE} FROM population "
                               "WHERE level = 'county' AND fips = ? ORDER BY year, series", [p.fips])
    if "crime_county_year" in have:
        p.crime_rates = _q(con, f"SELECT year, violent_rate, violent_quality, property_rate, property_quality, {LINEAGE} "
                                "FROM crime_county_year WHERE fips = ? ORDER BY year", [p.fips])
    if "agencies" in have:
        p.agencies = _q(con, f"SELECT ori, agency_name, agency_type, population_served, population_year, {LINEAGE} "
                             "FROM agencies WHERE county_fips = ? OR contains(coalesce(county_fips_all, ''), ?) "
                             "ORDER BY population_served DESC NULLS LAST", [p.fips, p.fips])


def _place(con: duckdb.DuckDBPyConnection, have: set[str], p: PlaceProfile) -> None:
    if "place_county" in have:
        p.counties = _q(con, f"SELECT pc.county_fips, c.name AS county, pc.afact2 AS share_of_place_population, "
                             f"pc.population, {', '.join('pc.' + c.strip() for c in LINEAGE.split(','))} "
                             "FROM place_county pc LEFT JOIN counties c ON c.fips = pc.county_fips "
                             "WHERE pc.place_fips = ? ORDER BY pc.afact2 DESC", [p.fips])
    if not p.counties.empty and "county_aor" in have:
        aors = con.execute(
            "SELECT DISTINCT a.aor FROM place_county pc JOIN county_aor a ON a.fips = pc.county_fips "
            "WHERE pc.place_fips = ?", [p.fips]).fetchall()
        main = con.execute("SELECT aor FROM county_aor WHERE fips = ?", [p.counties.iloc[0]["county_fips"]]).fetchone()
        p.aor = main[0] if main else None
        if len(aors) > 1:
            p.aor_note = f"the place spans counties in {len(aors)} AORs; shown: the AOR of its most populous county"
    if "population" in have:
        p.population = _q(con, f"SELECT year, population, series, {LINEAGE} FROM population "
                               "WHERE level = 'place' AND fips = ? ORDER BY year, series", [p.fips])
    if "agencies" in have:
        p.agencies = _q(con, f"SELECT ori, agency_name, agency_type, population_served, population_year, {LINEAGE} "
                             "FROM agencies WHERE place_fips = ? ORDER BY population_served DESC NULLS LAST",
                        [p.fips])
    if "crime_place_year" in have:
        p.crime_rates = _q(con, f"SELECT year, violent_rate, violent_quality, property_rate, property_quality, {LINEAGE} "
                                "FROM crime_place_year WHERE fips = ? ORDER BY year", [p.fips])


def _fill_policies(p: PlaceProfile, home: Home) -> None:
    try:
        from ice_ledger.policies import policies_for
    except ImportError:
        p.notes.append("no policy registry yet")
        return
    try:
        p.policies = policies_for(p.fips, home=home)
    except IceLedgerError as exc:
        p.notes.append(f"no policy registry in this build: {exc}")
