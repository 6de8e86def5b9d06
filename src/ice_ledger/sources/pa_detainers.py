"""ICE detainers issued in Pennsylvania, Oct 2007 - Jul 2015 (FOIA 15-87693), as published by David Eads.

The Pennsylvania subset of the same ERO-LESA detainer release NPR obtained (npr_detainers_fy15 holds the
national FY2015 part). One row per detainer; no person identifiers or criminality. It is the only
record-level FY2008-FY2014 detainer series in the mirror, so it carries the "Philadelphia stopped honoring
detainers in 2014" question. Rows overlap npr_detainers_fy15 for Pennsylvania in FY2015: compare, never add.
"""

from __future__ import annotations

import datetime as dt

from ice_ledger.schema import LoadContext
from ice_ledger.sources.base import Col, DuplicateRule, RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import stage_csv

FILE = "pa_detainers.csv"
COMMIT = "bbd824aadcddee2cece66fe8bf69e9e1aa717ed2"
DECLINED = "Detainer Declined by LEA"

# MANIFEST §12 (counted from the published file), the numbers the QA re-derives.
EXPECTED_ROWS = 32_757
EXPECTED_DECLINED = 225
EXPECTED_DECLINED_BY_YEAR = {2008: 2, 2009: 1, 2010: 5, 2011: 1, 2012: 8, 2013: 19, 2014: 169, 2015: 20}
EXPECTED_ROWS_BY_YEAR = {2007: 546, 2008: 5_326, 2009: 4_897, 2010: 4_829, 2011: 4_842, 2012: 4_181, 2013: 4_171,
                         2014: 2_751, 2015: 1_214}

DETAINERS = TableSpec(
    table="detainers",
    description="One row per ICE detainer issued in Pennsylvania, 2007-10-02 .. 2015-07-18.",
    columns=(
        Col("prepare_date", "date", raw=("date",), required=True, not_null=True,
            min=dt.date(2007, 10, 1), max=dt.date(2015, 7, 31)),
        Col("detainer_type", raw=("detainer_type",)),
        Col("facility", raw=("det_facility",), required=True),
        Col("facility_state", raw=("state",), upper=True),
        Col("facility_city", raw=("city",)),
        Col("lift_reason", raw=("lift_reason",), required=True),
    ),
    fiscal_year_from="prepare_date",
    calendar_year_from="prepare_date",
    flag_exact_copies=False,  # no person fields: identical rows are distinct detainers
    # The national FY2015 file of the same FOIA release also holds Pennsylvania's FY2015 detainers: those rows
    # are flagged (not dropped) so that national counts do not count them twice.
    duplicate_rules=(
        DuplicateRule(
            "in_national_fy15_release",
            keys=("prepare_date", "facility", "facility_city", "lift_reason"),
            description="the same detainer is in npr_detainers_fy15 (FOIA 15-87693, FY2015 to date)",
            in_source="npr_detainers_fy15",
        ),
    ),
    expected_rows=(EXPECTED_ROWS, EXPECTED_ROWS),
)


def load(ctx: LoadContext) -> None:
    path = ctx.path(FILE)
    stage = ctx.stage_name()
    _, repaired, malformed = stage_csv(ctx.con, stage, path, ctx.build.dir)
    ctx.emit("detainers", stage, file=FILE, malformed=malformed, repaired_lines=repaired)
    by_year = dict(ctx.con.execute(
        "SELECT calendar_year, count(*) FILTER (WHERE lift_reason = ?) FROM detainers WHERE source_id = ? GROUP BY 1",
        [DECLINED, SOURCE.id],
    ).fetchall())
    total = sum(int(v) for v in by_year.values())
    ctx.qa("declined_by_lea_total", total, EXPECTED_DECLINED, "pass" if total == EXPECTED_DECLINED else "fail")
    for year, expected in EXPECTED_DECLINED_BY_YEAR.items():
        got = int(by_year.get(year, 0))
        ctx.qa("declined_by_lea_by_calendar_year", got, expected, "pass" if got == expected else "fail",
               scope=str(year))
    rows = dict(ctx.con.execute(
        "SELECT calendar_year, count(*) FROM detainers WHERE source_id = ? GROUP BY 1", [SOURCE.id]
    ).fetchall())
    for year, expected in EXPECTED_ROWS_BY_YEAR.items():
        got = int(rows.get(year, 0))
        ctx.qa("rows_by_calendar_year", got, expected, "pass" if got == expected else "fail", scope=str(year))


SOURCE = Source(
    id="pa_detainers",
    title="ICE detainers issued in Pennsylvania, Oct 2007 - Jul 2015 (FOIA 15-87693)",
    publisher="U.S. Immigration and Customs Enforcement (ERO-LESA), released under FOIA to NPR; PA subset by David Eads",
    licence="U.S. government work, public domain (FOIA release); the repository states no licence",
    homepage="https://github.com/eads/geocode-pa-detainers",
    release=f"FOIA 15-87693 (extracted 2015-07-26); eads/geocode-pa-detainers @ {COMMIT[:12]}",
    files=(
        RemoteFile(
            name=FILE,
            url=f"https://raw.githubusercontent.com/eads/geocode-pa-detainers/{COMMIT}/{FILE}",
            mirror_path=f"eads-pa-detainers/{FILE}",
        ),
    ),
    tables=(DETAINERS,),
    load=load,
    kind="records",
    depends_on=("npr_detainers_fy15",),
    description=__doc__ or "",
    citation="ICE ERO-LESA detainer records, FOIA 15-87693; Pennsylvania subset, D. Eads, "
    "github.com/eads/geocode-pa-detainers (2016).",
)
