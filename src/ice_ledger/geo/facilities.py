"""Detainer facilities placed in a county: the derived table `facility_places`, one row per (facility, state).

Detainer records name a jail or police station in free text ("ANNE ARUNDEL COUNTY PD, SD") with a state and
city. Each facility is resolved once per build with the shared resolver: by its own name first, then by its
city. A facility matched to a city gets the county holding most of that city's residents (Geocorr's share,
`afact2` >= 0.5); otherwise it has no county. When name and city both fail, a county named in the facility's
name ("DELAWARE CO JAIL") or a New York City borough (each borough is a county) places it. Unresolved and ambiguous facilities are kept with their reason,
never dropped, so a metric broken down by county can count them in an explicit "unresolved" bucket.
Metrics (county and policy-status breakdowns) and the behavioural sanctuary definition both read this table.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pyarrow as pa

from ice_ledger.errors import IceLedgerError
from ice_ledger.geo.gazetteer import Gazetteer, default_gazetteer
from ice_ledger.geo.names import STATES, lookup_state
from ice_ledger.geo.resolve import Resolution, resolve_many
from ice_ledger.schema.derivations import DerivingBuild, derivation
from ice_ledger.schema.reasons import Reason
from ice_ledger.schema.relations import relation_names
from ice_ledger.schema.sql import quote_ident

if TYPE_CHECKING:
    import pandas as pd

SOURCE_ID = "derived_facility_places"
TEXT_COLUMNS = ("facility", "facility_state", "facility_city", "jurisdiction_fips", "level", "match_status",
                "matched_by", "match_reason", "state_fips", "county_fips", "county_name", "place_fips", "county_via")
MAJORITY = 0.5
UNRESOLVED = "unresolved"
# '<name> CO[.]' or '<name> COUNTY' at the start of a facility name, followed by what the place is.
COUNTY_IN_NAME = re.compile(r"^(?P<county>[A-Z][A-Z .'-]*?)\s+CO(?:UNTY)?\.?(?=[\s,-]|$)", re.IGNORECASE)
# The five boroughs and their counties (Census FIPS); RIKERS first: the island belongs to the Bronx.
NYC_BOROUGHS = (("RIKERS", "36005"), ("BRONX", "36005"), ("BROOKLYN", "36047"), ("MANHATTAN", "36061"),
                ("QUEENS", "36081"), ("STATEN ISLAND", "36085"))
NYC_COUNTY_NAMES = {"36005": "Bronx County, New York", "36047": "Kings County, New York",
                    "36061": "New York County, New York", "36081": "Queens County, New York",
                    "36085": "Richmond County, New York"}

FACILITIES_SQL = """
SELECT facility, facility_state,
       first(facility_city ORDER BY n DESC, facility_city NULLS LAST) AS facility_city, sum(n) AS records
FROM (SELECT facility, facility_state, facility_city, count(*) AS n FROM detainers
      WHERE facility IS NOT NULL GROUP BY ALL)
GROUP BY facility, facility_state
ORDER BY facility_state NULLS LAST, facility
"""


def _gazetteer(build: DerivingBuild) -> Gazetteer:
    try:
        return Gazetteer.from_connection(build.con, origin="this build")
    except IceLedgerError:
        return default_gazetteer(build.paths.home)


def resolve_facilities(build: DerivingBuild, facilities: pd.DataFrame) -> pd.DataFrame:
    """Facility rows with jurisdiction_fips, level, match_status, match_reason and matched_by (name or city)."""
    import pandas as pd

    try:
        gaz = _gazetteer(build)
    except IceLedgerError as exc:  # no geography anywhere: keep every facility, unresolved, and say why
        build.add_note(SOURCE_ID, f"facilities not resolved: {exc}")
        return facilities.reset_index(drop=True).assign(
            jurisdiction_fips=None, level=None, match_status=UNRESOLVED, matched_by="",
            match_reason=f"{Reason.name_unresolved.value}: no gazetteer ({exc})")
    clean = facilities.astype(object).where(facilities.notna(), None)
    rows = list(clean[["facility", "facility_state", "facility_city"]].itertuples(index=False, name=None))
    by_name = resolve_many([(str(f), s, "agency") for f, s, _ in rows], gazetteer=gaz)
    # "DELAWARE CO JAIL", "DAVIDSON CO. SHERIFF DEPT": the name says which county.
    by_county = resolve_many([(named_county(str(f)) or "", s, "county") for f, s, _ in rows], gazetteer=gaz)
    by_city = resolve_many([(c or "", s, "place") for _, s, c in rows], gazetteer=gaz)
    out = []
    for a, k, b, (f, s, c) in zip(by_name, by_county, by_city, rows, strict=True):
        borough = nyc_borough(str(f), s, c)
        # The city comes before the county read from the name: a city keeps its own place (city-level
        # policies apply to it) and the county holding most of it; the name's county is for facilities whose
        # name and city both fail.
        res, how = ((a, "facility name") if a.matched else (b, "facility city") if b.matched
                    else (k, "county in the facility name") if k.matched
                    else (borough, "New York City borough") if borough else (a, ""))
        out.append({
            "jurisdiction_fips": res.fips if res.matched else None,
            "level": res.level if res.matched else None,
            "match_status": res.status,
            "matched_by": how,
            "match_reason": f"{res.method} ({how}): {res.name}" if res.matched else
            f"{(Reason.name_ambiguous if res.status == 'ambiguous' else Reason.name_unresolved).value}: {res.reason}",
        })
    return pd.concat([facilities.reset_index(drop=True), pd.DataFrame(out)], axis=1)


def named_county(facility: str) -> str | None:
    """'DELAWARE CO JAIL' -> 'Delaware County'; None when the name does not name a county that way."""
    found = COUNTY_IN_NAME.match(facility.strip())
    return f"{found.group('county').strip().title()} County" if found else None


def nyc_borough(facility: str, state: str | None, city: str | None) -> Resolution | None:
    """A facility in one of New York City's five boroughs, each a county of its own; None elsewhere.

    The city is one place spanning five counties, so its facilities have no county by the majority rule;
    a borough named in the facility's city or name places it. Rikers Island is in the Bronx, though its
    postal address (and the records' city) is East Elmhurst or Elmhurst, Queens.
    """
    st = lookup_state(state) if state else None
    if st is None or st.fips != "36":
        return None
    words = f" {facility} {city or ''} ".upper()
    county = next((fips for word, fips in NYC_BOROUGHS if f" {word}" in words or f"{word}," in words), None)
    if county is None:
        return None
    return Resolution(facility, state, "county", "matched", county, NYC_COUNTY_NAMES[county], "county", "alias",
                      None)


def _majority_counties(build: DerivingBuild) -> dict[str, tuple[str, float]]:
    """place FIPS -> (county FIPS, share of the place's residents) where one county holds most of them."""
    views = relation_names(build.con, tables=False)
    if "place_county" not in views:
        return {}
    rows = build.con.execute(
        "SELECT place_fips, arg_max(county_fips, afact2), max(afact2) FROM place_county "
        "WHERE NOT coalesce(duplicate_likely, FALSE) GROUP BY place_fips HAVING max(afact2) >= ?", [MAJORITY]
    ).fetchall()
    return {p: (c, float(s)) for p, c, s in rows}


def _county_names(build: DerivingBuild) -> dict[str, str]:
    """county FIPS -> 'Travis County, TX' (the name a reader recognises, with the state's postal code)."""
    try:
        gaz = _gazetteer(build)
    except IceLedgerError:
        return {}
    return {e.fips: f"{e.local_name}, {STATES[e.state_fips].abbr}" for e in gaz.entries if e.level == "county"}


def place_columns(resolved: pd.DataFrame, majority: dict[str, tuple[str, float]],
                  names: dict[str, str]) -> pd.DataFrame:
    """state_fips, county_fips, county_name, place_fips and county_via for each resolved facility."""
    import pandas as pd

    rows = []
    for fips, level, state in resolved[["jurisdiction_fips", "level", "facility_state"]].itertuples(index=False):
        st = lookup_state(state) if isinstance(state, str) else None
        county = via = place = None
        if level == "county":
            county, via = fips, "facility matched to the county"
        elif level == "place":
            place = fips
            if fips in majority:
                county, share = majority[fips]
                via = f"city {fips} has {share:.0%} of its residents in this county"
            else:
                via = f"city {fips} spans counties, none holding most residents: no county"
        rows.append({"state_fips": st.fips if st else (fips[:2] if isinstance(fips, str) else None),
                     "county_fips": county, "county_name": names.get(county, county) if county else None,
                     "place_fips": place, "county_via": via})
    return pd.concat([resolved.reset_index(drop=True), pd.DataFrame(rows)], axis=1)


def _typed_select(name: str) -> str:
    """Typed columns whatever pandas inferred (a column all NULL in a small build is still text)."""
    cols = ", ".join(f"CAST({quote_ident(c)} AS VARCHAR) AS {quote_ident(c)}" for c in TEXT_COLUMNS)
    return f"SELECT {cols}, CAST(records AS BIGINT) AS records FROM {quote_ident(name)}"


@derivation("facility_places", needs=("detainers",), stage=10,
            description="Each detainer facility resolved to a county (or why not), for county breakdowns.")
def build_facility_places(build: DerivingBuild) -> None:
    """Write `facility_places`: every (facility, state) of `detainers`, resolved or with its reason."""
    facilities = build.con.execute(FACILITIES_SQL).df()
    placed = place_columns(resolve_facilities(build, facilities), _majority_counties(build), _county_names(build))
    table = pa.Table.from_pandas(placed, preserve_index=False)
    name = "derived_facility_places_rows"
    build.con.execute("SELECT 1").fetchall()
    build.con.register(name, table)
    build.write_table("facility_places", f"{SOURCE_ID}__facility_places", _typed_select(name))
    build.con.unregister(name)
    with_county = int(placed["county_fips"].notna().sum())
    build.add_qa(SOURCE_ID, "facilities_with_county", "facility_places", with_county, len(placed), "info")
    records = int(placed.loc[placed["county_fips"].notna(), "records"].sum())
    build.add_qa(SOURCE_ID, "detainer_records_with_county", "facility_places", records,
                 int(placed["records"].sum()), "info")
