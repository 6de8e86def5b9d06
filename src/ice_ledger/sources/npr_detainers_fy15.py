"""ICE ERO-LESA detainer records, FY2015 to 19 July 2015 (FOIA 15-87693), as released to NPR.

One row per detainer (Form I-247) issued 2014-10-01 .. 2015-07-19. No person identifiers, no criminality.
Sheet 'FOIA 15-06333 Detail' (the sheet name carries a different FOIA number than the file name).
"""

from __future__ import annotations

import datetime as dt

from ice_ledger.schema import LoadContext
from ice_ledger.sources.base import Col, RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import stage_sheet

FILE = "rif-FOIA 15-87693 _07262015_LESA-STU_FINAL FY15YTD.xlsx"
DECLINED = "Detainer Declined by LEA"

DETAINERS = TableSpec(
    table="detainers",
    description="One row per ICE detainer issued FY2015 (to 19 July 2015).",
    columns=(
        Col("prepare_date", "date", raw=("Prepare Date", "date"), required=True, not_null=True,
            min=dt.date(2007, 10, 1), max=dt.date(2015, 7, 31)),
        Col("detainer_type", raw=("Detainer Type",)),
        Col("facility", raw=("Detainer Detention Facility", "det_facility")),
        Col("facility_state", raw=("State",), upper=True),
        Col("facility_city", raw=("City",)),
        Col("lift_reason", raw=("Detainer Lift Reason", "lift_reason"), required=True),
    ),
    fiscal_year_from="prepare_date",
    flag_exact_copies=False,  # no person fields: identical rows are distinct detainers
    calendar_year_from="prepare_date",
    expected_rows=(79_053, 79_053),
)


def load(ctx: LoadContext) -> None:
    path = ctx.path(FILE)
    stage = ctx.stage_name()
    sheet, _ = stage_sheet(ctx.con, stage, path, DETAINERS)
    ctx.emit("detainers", stage, file=FILE, sheet=sheet)
    row = ctx.con.execute(
        f"SELECT count(*) FILTER (WHERE lift_reason = '{DECLINED}') FROM detainers WHERE source_id = ?", [SOURCE.id]
    ).fetchone()
    declined = int(row[0]) if row else 0
    ctx.qa("declined_by_lea_matches_npr", declined, 5_501, "pass" if declined == 5_501 else "fail")


SOURCE = Source(
    id="npr_detainers_fy15",
    title="ICE detainer records, FY2015 to July 2015 (FOIA 15-87693)",
    publisher="U.S. Immigration and Customs Enforcement (ERO-LESA), released under FOIA to NPR",
    licence="U.S. government work, public domain (FOIA release); NPR's repository code MIT",
    homepage="https://github.com/nprapps/sanctuary-cities",
    release="FOIA 15-87693, extracted 2015-07-26",
    files=(
        RemoteFile(
            name=FILE,
            url="https://raw.githubusercontent.com/nprapps/sanctuary-cities/reporting-analysis/raw/"
            "rif-FOIA%2015-87693%20_07262015_LESA-STU_FINAL%20FY15YTD.xlsx",
            mirror_path=f"npr-sanctuary-cities/{FILE}",
        ),
    ),
    tables=(DETAINERS,),
    load=load,
    kind="records",
    description=__doc__ or "",
    citation="ICE ERO-LESA, detainer records FY2015 YTD, FOIA 15-87693 (via NPR, 'sanctuary-cities', 2016).",
)
