"""U.S. Border Patrol encounters by fiscal year, month and border region, FY2000 to FY2025 (November), from the
DHS Office of Homeland Security Statistics workbook as kept by arilamstein/immigration_enforcement.

These are Border Patrol's apprehensions (Title 8) and expulsions (Title 42) between ports of entry: CBP's events,
not ICE's. The ledger holds them so a claim about "apprehensions at the southern border" is checked against
Border Patrol's own series instead of being confused with ICE's interior arrests. OHSS rounds every cell to the
nearest 10; the regions are the Southwest Land Border, the Northern Land Border and the Coastal Border.
"""

from __future__ import annotations

from ice_ledger.schema import LoadContext
from ice_ledger.sources.base import Col, DuplicateRule, RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import stage_sheet

FILE = "KHSM Encounters (USBP) fy25m11.xlsx"
REGIONS = frozenset({"Southwest Land Border", "Northern Land Border", "Coastal Border"})
SHEETS = ("Annual Region", "Monthly Region")

BORDER_ENCOUNTERS = TableSpec(
    table="border_encounters",
    description="U.S. Border Patrol encounters by fiscal year (and month) and border region, rounded to 10 by OHSS.",
    columns=(
        Col("fiscal_year", "int", raw=("Fiscal Year", "fiscal_year"), required=True, not_null=True, min=2000, max=2030),
        Col("month_label", raw=("Month",)),
        Col("region", raw=("Region",), required=True, not_null=True, values=REGIONS),
        Col("encounters", "float", raw=("Quantity",), required=True, not_null=True, min=0),
    ),
    duplicate_rules=(DuplicateRule("same_cell", ("fiscal_year", "month_label", "region"),
                                   "one published cell per fiscal year, month and region"),),
    flag_exact_copies=True,
)


def load(ctx: LoadContext) -> None:
    path = ctx.path(FILE)
    for sheet in SHEETS:
        stage = ctx.stage_name()
        name, _ = stage_sheet(ctx.con, stage, path, BORDER_ENCOUNTERS, sheet=sheet)
        ctx.emit("border_encounters", stage, file=FILE, sheet=name)
    # the monthly cells of a complete year add up to its annual cell (within OHSS's rounding to 10)
    rows = ctx.con.execute(
        """WITH m AS (SELECT fiscal_year, region, sum(encounters) AS months, count(*) AS n FROM border_encounters
                      WHERE source_id = ? AND month_label IS NOT NULL GROUP BY ALL),
                a AS (SELECT fiscal_year, region, encounters FROM border_encounters
                      WHERE source_id = ? AND month_label IS NULL)
           SELECT count(*) FILTER (WHERE abs(m.months - a.encounters) > 10 * m.n) FROM m JOIN a USING (fiscal_year, region)
           WHERE m.n = 12""", [SOURCE.id, SOURCE.id]).fetchone()
    off = int(rows[0]) if rows else 0
    ctx.qa("months_add_up_to_years", off, 0, "pass" if off == 0 else "fail", scope=FILE)


SOURCE = Source(
    id="usbp_encounters",
    title="U.S. Border Patrol encounters by fiscal year, month and region, FY2000-FY2025 (DHS OHSS)",
    publisher="DHS Office of Homeland Security Statistics (U.S. Border Patrol data), via arilamstein/immigration_enforcement",
    licence="U.S. government work, public domain; the repository that keeps the file is MIT-licensed",
    homepage="https://ohss.dhs.gov/",
    release="OHSS workbook 'KHSM Encounters (USBP) fy25m11', as kept at arilamstein/immigration_enforcement @ c438a05",
    files=(
        RemoteFile(
            name=FILE,
            url="https://raw.githubusercontent.com/arilamstein/immigration_enforcement/"
            "c438a05ab47df903f7270a44f86ae038ecb57bc4/cbp/KHSM%20Encounters%20(USBP)%20fy25m11.xlsx",
            mirror_path=f"arilamstein-immigration-enforcement/{FILE}",
        ),
    ),
    tables=(BORDER_ENCOUNTERS,),
    load=load,
    kind="aggregate",
    description=__doc__ or "",
    citation="DHS OHSS, U.S. Border Patrol encounters (workbook fy25m11), via arilamstein/immigration_enforcement.",
)
