"""Secure Communities and 287(g) exposure by Consistent PUMA and year, 2000-2015 (East & Velasquez 2022).

Kept at its own geography: IPUMS Consistent PUMAs (cpuma0010), which are sub-county in dense areas and
multi-county in rural ones, so no county value is invented here. The state and populations come from the
authors' CPUMA0010_summary.xls. A county view would need an IPUMS PUMA-to-county crosswalk (2000 and 2010
PUMAs, population-weighted allocation factors such as MABLE/Geocorr's `afact`), which this mirror does not
hold; the county x month original (3,140 counties, 1996-2016) is in cneast/East_etal_2022 and is not mirrored.
SC is coded 0 in 2015 by the authors (Secure Communities ended in November 2014).
"""

from __future__ import annotations

import pyarrow as pa

from ice_ledger.schema import LoadContext, quote_ident
from ice_ledger.sources._policy_records import finish_pending
from ice_ledger.sources.base import Col, RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import cell_text, read_sheet, stage_csv

CSV = "287g_SC_EVerify_5_13_22_cpuma0010.csv"
SUMMARY = "CPUMA0010_summary.xls"
REPO = "https://raw.githubusercontent.com/cneast/East_Velasquez_2022/2147fdd2bc2367e32269b305452e14f127314f14/data/"
CROSSWALK_NOTE = (
    "sc_exposure is at CPUMA level only. Mapping to counties needs an IPUMS PUMA<->county crosswalk with "
    "population allocation factors (not in the mirror); CPUMAs are sub-county in cities and multi-county elsewhere."
)
MEASURES = tuple(f"{m}_{t}" for t in ("jan", "march", "frac") for m in ("state287g", "jail287g", "task287g", "sc"))

SC_EXPOSURE = TableSpec(
    table="sc_exposure",
    description="287(g) (state, jail, task-force models) and Secure Communities exposure by CPUMA x year.",
    columns=(
        Col("cpuma", raw=("cpuma0010",), required=True, not_null=True),
        Col("state_fips"),
        Col("state"),
        Col("year", "int", required=True, not_null=True, min=2000, max=2015),
        *(Col(m, "float", required=True, min=0, max=1) for m in MEASURES),
        Col("population_2000", "int", min=0),
        Col("population_2010", "int", min=0),
    ),
    expected_rows=(17_248, 17_248),
)


def _stage_summary(ctx: LoadContext) -> str:
    _sheet, rows = read_sheet(ctx.path(SUMMARY), "CPUMA0010_summary")
    header = [str(h) for h in rows[0]]
    idx = {h: i for i, h in enumerate(header)}
    body = [r for r in rows[1:] if r and r[0] not in (None, "")]
    name = ctx.stage_name()
    table = pa.table({
        "cpuma": pa.array([cell_text(r[idx["CPUMA0010"]]) for r in body], type=pa.string()),
        "state_fips": pa.array([str(cell_text(r[idx["State_FIPS"]]) or "").zfill(2) for r in body], type=pa.string()),
        "state": pa.array([cell_text(r[idx["State_Name"]]) for r in body], type=pa.string()),
        "population_2000": pa.array([cell_text(r[idx["PUMA00_Pop00"]]) for r in body], type=pa.string()),
        "population_2010": pa.array([cell_text(r[idx["PUMA10_Pop10"]]) for r in body], type=pa.string()),
    })
    finish_pending(ctx)
    ctx.con.register(name + "_arrow", table)
    ctx.con.execute(f"CREATE OR REPLACE TEMP TABLE {quote_ident(name)} AS SELECT * FROM {quote_ident(name + '_arrow')}")
    ctx.con.unregister(name + "_arrow")
    return name


def load(ctx: LoadContext) -> None:
    stage = ctx.stage_name()
    _, repaired, malformed = stage_csv(ctx.con, stage, ctx.path(CSV), ctx.build.dir)
    summary = _stage_summary(ctx) if ctx.has(SUMMARY) else None
    if summary:
        joined = ctx.stage_name()
        ctx.con.execute(
            f"""CREATE OR REPLACE TEMP TABLE {quote_ident(joined)} AS
            SELECT c.*, s.state_fips, s.state, s.population_2000, s.population_2010
            FROM {quote_ident(stage)} c LEFT JOIN {quote_ident(summary)} s ON c.cpuma0010 = s.cpuma"""
        )
        unmatched = ctx.con.execute(f"SELECT count(DISTINCT cpuma0010) FROM {quote_ident(joined)} WHERE state IS NULL").fetchone()
        n = int(unmatched[0]) if unmatched else 0
        ctx.qa("cpumas_without_summary_row", n, 0, "pass" if n == 0 else "fail", scope=SUMMARY)
        stage = joined
    ctx.emit("sc_exposure", stage, file=CSV, malformed=malformed, repaired_lines=repaired)
    ctx.note(CROSSWALK_NOTE)
    row = ctx.con.execute(
        "SELECT count(DISTINCT cpuma), min(year), max(year), max(sc_frac) FILTER (WHERE year = 2015) "
        "FROM sc_exposure WHERE source_id = ?", [SOURCE.id]).fetchone()
    if row:
        ctx.qa("cpumas", row[0], 1078, "pass" if row[0] == 1078 else "fail", scope=CSV)
        ctx.qa("sc_coded_zero_2015", row[3], 0, "pass" if row[3] == 0 else "fail", scope=CSV)


SOURCE = Source(
    id="east_velasquez_exposure",
    title="Secure Communities and 287(g) exposure by CPUMA x year, 2000-2015 (East & Velasquez 2022 replication)",
    publisher="Chloe N. East and Andrea Velasquez (replication files, cneast/East_Velasquez_2022)",
    licence="no licence stated by the repository; built from public ICE/DHS activation lists and MOAs",
    homepage="https://github.com/cneast/East_Velasquez_2022",
    release="East_Velasquez_2022 @ 2147fdd (2022-05-16); CSV derived from the .dta by the mirror",
    files=(
        RemoteFile(CSV, REPO + "287g_SC_EVerify_5_13_22_cpuma0010.dta", f"east-velasquez-2022-enforcement/{CSV}",
                   note="the mirror's CSV conversion of the authors' .dta (URL of the .dta)"),
        RemoteFile(SUMMARY, REPO + SUMMARY, f"east-velasquez-2022-enforcement/{SUMMARY}", optional=True),
    ),
    tables=(SC_EXPOSURE,),
    load=load,
    kind="aggregate",
    description=__doc__ or "",
    citation="East, C. N. and A. Velasquez (2022), 'Unintended Consequences of Immigration Enforcement: Household "
             "Services and High-Educated Mothers' Work', Journal of Human Resources; replication data.",
)
