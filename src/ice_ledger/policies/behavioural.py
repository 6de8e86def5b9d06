"""A behavioural sanctuary definition, computed from detainer records the way NPR did (2016).

A jail is counted for a fiscal year when enough of the detainers ICE sent it that year were lifted as
"Detainer Declined by LEA": at least `min_declined` declines and a declined share of at least `share`.
Defaults: 10 declines and 5% (definition id `npr_declined_share_ge_0.05`); both are parameters, and
`declined_share_members` recomputes membership for any other threshold from the stored facility-year shares.

Where two releases hold the same state and fiscal year (pa_detainers repeats Pennsylvania FY2015 from the
national FY2015 file), only the release with more rows for that state-year is counted: compare, never add.
Facilities are resolved to a county or place once per build (`facility_places`, `ice_ledger.geo.facilities`);
facility-years whose facility resolves to a county are also summed per county and judged by the same rule.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from ice_ledger.errors import IceLedgerError
from ice_ledger.fiscal import fiscal_year, fiscal_year_bounds
from ice_ledger.values import plain
from ice_ledger.warehouse import reader
from ice_ledger.warehouse.derive import derivation
from ice_ledger.warehouse.sqlexpr import quote_ident, quote_str
from ice_ledger.warehouse.store import BuildDir

if TYPE_CHECKING:
    import pandas as pd

DECLINED = "Detainer Declined by LEA"
DEFAULT_SHARE = 0.05
DEFAULT_MIN_DECLINED = 10
SOURCE_ID = "derived_behavioural"
EVIDENCE_URL = "https://github.com/nprapps/sanctuary-cities"
RELEASE = "computed in this build from the detainers table"

SHARES_SQL = f"""
WITH counted AS (
    SELECT source_id, facility_state, fiscal_year, count(*) AS n FROM detainers
    WHERE facility IS NOT NULL AND fiscal_year IS NOT NULL GROUP BY ALL
), chosen AS (
    -- ties (the same count from two sources, e.g. Pennsylvania FY2015) go to the first id: builds repeat exactly
    SELECT facility_state, fiscal_year, first(source_id ORDER BY n DESC, source_id) AS source_id
    FROM counted GROUP BY ALL
)
SELECT d.facility, d.facility_state, any_value(d.facility_city) AS facility_city, d.fiscal_year,
       count(*) AS detainers,
       count(*) FILTER (WHERE d.lift_reason = {quote_str(DECLINED)}) AS declined,
       count(*) FILTER (WHERE d.lift_reason = {quote_str(DECLINED)}) / count(*) AS declined_share,
       any_value(d.source_id) AS detainer_sources
FROM detainers d JOIN chosen c
  ON d.source_id = c.source_id AND d.fiscal_year = c.fiscal_year
 AND d.facility_state IS NOT DISTINCT FROM c.facility_state
WHERE d.facility IS NOT NULL
GROUP BY d.facility, d.facility_state, d.fiscal_year
ORDER BY d.fiscal_year, d.facility_state, d.facility
"""


def definition_id(share: float = DEFAULT_SHARE, min_declined: int = DEFAULT_MIN_DECLINED) -> str:
    """`npr_declined_share_ge_0.05`; a minimum count other than the default is appended (`_min25`)."""
    base = f"npr_declined_share_ge_{share:g}"
    return base if min_declined == DEFAULT_MIN_DECLINED else f"{base}_min{min_declined}"


def is_member(declined: pd.Series, share: pd.Series, threshold: float, min_declined: int) -> pd.Series:
    return (declined >= min_declined) & (share >= threshold)


def declined_share_members(share: float = DEFAULT_SHARE, min_declined: int = DEFAULT_MIN_DECLINED,
                           fiscal_year: int | None = None, home: str | Path | None = None) -> pd.DataFrame:
    """Facility-years meeting another threshold, recomputed from the stored `detainer_decline_shares`."""
    if not 0 < share <= 1 or min_declined < 0:
        raise IceLedgerError(f"threshold share must be in (0, 1] and min_declined >= 0 (got {share}, {min_declined})")
    with reader.connect(home) as con:
        df = con.execute("SELECT * FROM detainer_decline_shares").df()
    df = df[is_member(df["declined"], df["declined_share"], share, min_declined)]
    if fiscal_year is not None:
        df = df[df["fiscal_year"] == fiscal_year]
    return df.assign(definition_id=definition_id(share, min_declined)).reset_index(drop=True)


def _facility_places(build: BuildDir) -> pd.DataFrame:
    """The facilities as resolved once per build by the `facility_places` derivation (which runs first)."""
    return build.con.execute(
        "SELECT facility, facility_state, jurisdiction_fips, match_status, match_reason, level FROM facility_places"
    ).df()


def _policy_rows(members: pd.DataFrame, jtype: str, def_id: str, threshold: float, min_declined: int) -> pd.DataFrame:
    import pandas as pd

    bounds = [fiscal_year_bounds(int(fy)) for fy in members["fiscal_year"]]
    return pd.DataFrame({
        "jurisdiction_name": members["name"], "state": members["state"], "jurisdiction_type": jtype,
        "section_raw": None, "county_name": None, "jurisdiction_fips": members["jurisdiction_fips"],
        "match_status": members["match_status"], "match_reason": members["match_reason"],
        "policy_kind": "detainer_noncompliance_behavioural", "definition_id": def_id,
        "basis": [f"FY{int(fy)}: {int(d)} of {int(n)} detainers declined ({s:.1%})" for fy, d, n, s in
                  members[["fiscal_year", "declined", "detainers", "declined_share"]].itertuples(index=False)],
        "valid_from": [b[0] for b in bounds], "valid_to": [b[1] for b in bounds],
        "evidence_url": EVIDENCE_URL, "evidence_document": "detainers (" + members["detainer_sources"] + ")",
        "evidence_page": pd.array([None] * len(members), dtype="Int64"),
        "note": f"share declined >= {threshold:g} and >= {min_declined} declined in the fiscal year; "
                "coverage = detainer records loaded (FY2015 to 19 July nationally; Pennsylvania from FY2008)",
    })


def _state_code(name: object) -> str | None:
    import pandas as pd

    from ice_ledger.geo.names import lookup_state

    if name is None or pd.isna(name) or not str(name).strip():  # type: ignore[call-overload,unused-ignore]
        return None
    st = lookup_state(str(name))
    return st.abbr if st else str(name)


@derivation("behavioural_sanctuary", needs=("detainers", "facility_places"), stage=20,
            description="Facility-year declined-detainer shares and the NPR-style behavioural definition.")
def build_behavioural(build: BuildDir, share: float = DEFAULT_SHARE, min_declined: int = DEFAULT_MIN_DECLINED) -> None:
    """Write detainer_decline_shares and the behavioural members into `policies` (facility and county rows)."""
    import pandas as pd

    build.write_table("detainer_decline_shares", "derived__detainer_decline_shares", SHARES_SQL)
    shares = build.con.execute("SELECT * FROM detainer_decline_shares").df()
    def_id = definition_id(share, min_declined)
    members = shares[is_member(shares["declined"], shares["declined_share"], share, min_declined)].copy()
    with_fips = shares.merge(_facility_places(build), on=["facility", "facility_state"], how="left")
    members = with_fips.loc[members.index] if not members.empty else with_fips.iloc[0:0]
    members = members.assign(name=members["facility"], state=members["facility_state"].map(_state_code))
    frames = [_policy_rows(members, "facility", def_id, share, min_declined)]
    county = with_fips[with_fips["level"] == "county"].groupby(["jurisdiction_fips", "fiscal_year"], as_index=False).agg(
        detainers=("detainers", "sum"), declined=("declined", "sum"), state=("facility_state", "first"),
        name=("match_reason", "first"), detainer_sources=("detainer_sources", "first"))
    county["declined_share"] = county["declined"] / county["detainers"]
    county = county[is_member(county["declined"], county["declined_share"], share, min_declined)]
    county = county.assign(name=county["name"].str.split(": ", n=1).str[-1], state=county["state"].map(_state_code),
                           match_status="matched", match_reason="sum of the facilities resolved to this county")
    frames.append(_policy_rows(county, "county", def_id, share, min_declined))
    rows = pd.concat(frames, ignore_index=True)
    _write_policy_rows(build, rows)
    build.add_qa(SOURCE_ID, f"members_{def_id}", "policies", len(rows), "", "info")
    unresolved = int((members["match_status"] != "matched").sum())
    build.add_qa(SOURCE_ID, "member_facilities_unresolved", "policies", unresolved, 0, "info")
    for f, s, r in members.loc[members["match_status"] != "matched", ["facility", "facility_state", "match_reason"]] \
            .drop_duplicates().itertuples(index=False):
        build.add_note(SOURCE_ID, f"unmatched behavioural facility: {f} ({s}) - {r}")


def _write_policy_rows(build: BuildDir, rows: pd.DataFrame) -> None:
    """Append derived rows to `policies` with lineage: computed from the build's detainers table."""
    import pandas as pd

    rows = rows.copy()
    rows["valid_from"] = pd.to_datetime(rows["valid_from"]).dt.date
    rows["valid_to"] = pd.to_datetime(rows["valid_to"]).dt.date
    rows["source_row"] = range(1, len(rows) + 1)
    table = pa.Table.from_pandas(rows, preserve_index=False)
    name = "derived_behavioural_rows"
    build.con.execute("SELECT 1").fetchall()
    build.con.register(name, table)
    build.write_table("policies", f"{SOURCE_ID}__policies", f"""
        SELECT substr(md5({quote_str(SOURCE_ID)} || jurisdiction_name || coalesce(state, '') || jurisdiction_type
                          || CAST(valid_from AS VARCHAR) || definition_id), 1, 16) AS row_id,
               * EXCLUDE (source_row, evidence_page), CAST(evidence_page AS BIGINT) AS evidence_page,
               CAST(NULL AS VARCHAR) AS redactions, FALSE AS duplicate_likely, CAST(NULL AS VARCHAR) AS duplicate_rule,
               CAST(NULL AS VARCHAR) AS duplicate_of, {quote_str(SOURCE_ID)} AS source_id,
               {quote_str(RELEASE)} AS release, 'detainer_decline_shares' AS source_file,
               CAST(NULL AS VARCHAR) AS source_sheet, CAST(source_row AS BIGINT) AS source_row
        FROM {quote_ident(name)}""")
    build.con.unregister(name)


def derived_inputs(con: duckdb.DuckDBPyConnection, source_id: str, rec: dict[str, Any]) -> dict[str, Any] | None:
    """What a derived `policies` row was computed from (for `trace`); None for an unknown derivation."""
    import pandas as pd

    if source_id != SOURCE_ID:
        return None
    fy = fiscal_year(pd.Timestamp(rec["valid_from"]).date())
    if rec.get("jurisdiction_type") == "county":
        sql = ("SELECT s.* FROM detainer_decline_shares s JOIN facility_places f USING (facility, facility_state) "
               "WHERE f.level = 'county' AND f.jurisdiction_fips = ? AND s.fiscal_year = ? ORDER BY s.facility")
        params: list[Any] = [rec.get("jurisdiction_fips"), fy]
        how = "the facilities resolved to this county, summed for the fiscal year"
    else:
        sql = "SELECT * FROM detainer_decline_shares WHERE facility = ? AND fiscal_year = ?"
        params = [rec.get("jurisdiction_name"), fy]
        how = "this facility's detainers in the fiscal year"
    rows = con.execute(sql, params).df()
    return {
        "table": "detainer_decline_shares",
        "how": f"computed by the build from {how}: {rec.get('basis')} ({rec.get('note')})",
        "rows": [{k: plain(v) for k, v in r.items()} for r in rows.to_dict(orient="records")],
        "detainer_rows": "SELECT * FROM detainers WHERE facility = <facility> AND fiscal_year = "
                         f"{fy} (trace any of them with `ice-ledger trace detainers ROW_ID`)",
    }
