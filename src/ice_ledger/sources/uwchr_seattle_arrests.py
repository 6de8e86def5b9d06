"""ICE administrative arrests in the Seattle Area of Responsibility, Jan 2012 - Jul 2019 (UW v. DHS production).

The original ICE LESA-STU workbook produced in the lawsuit UW v. DHS and published by UWCHR/ice-enforce: six
banner rows, then one table per sheet, redaction strings in Date of Birth and Event Number. Its "Arrests"
sheet is in the same container layout as the Deportation Data Project's raw inputs and loads through the same
sheet reader (header found under the banner), with its own, older header wording ("Arrest Date", "Arrest
Method", "Country of Citizenship", "Most Serious Conviction"). The sheet has no AOR column: every row is the
Seattle AOR. Date of Birth and Event Number are redacted in every row and are kept as unmapped columns in the
column profile.

Cross-release duplicates: for FY2016-FY2019 the same arrests are in the national files
(ice_lesa_national_arrests). Each Seattle row is paired one to one, in file order, with a national Seattle-AOR
row of the same day, person fields, method and landmark; rows that differ only in method or landmark (ICE
edits between extracts) are paired on day, gender and citizenship. Paired rows are flagged, never deleted, so
no count doubles; the build's QA reports how many pair. The other sheets (book-ins, removals) are the source
`uwchr_seattle_removals_bookins`; the CAP workbook of FOIA 2018-ICFO-36170 is `uwchr_seattle_cap`.
"""

from __future__ import annotations

import datetime as dt

from ice_ledger.schema import LoadContext
from ice_ledger.sources.base import Col, DuplicateRule, RemoteFile, Source, TableSpec
from ice_ledger.sources.ice_lesa_national import COVERAGE, coverage_by_year
from ice_ledger.sources.readers import stage_sheet

REPO = "UWCHR/ice-enforce"
COMMIT = "26162d18a553f0f3d8ff7e51689a0fb5d35065f6"
FILE = "redacted UW v. DHS - ICE Productions_LESA-STU_FINAL.xlsx"
SHEET = "Arrests"
NATIONAL = "ice_lesa_national_arrests"
PERIOD = (dt.date(2012, 1, 1), dt.date(2019, 7, 6))  # "FY2012 - FY2019 YTD (01/01/2012 - 07/06/2019)"
EXPECTED_ROWS = 32_549
AOR = "SEA"
AOR_NAME = "Seattle Area of Responsibility"

SPEC = TableSpec(
    table="arrests",
    description="ICE administrative arrests in the Seattle AOR, 2012-01-01 .. 2019-07-05 (UW v. DHS).",
    columns=(
        Col("apprehension_date", "date", raw=("Arrest Date",), required=True, not_null=True,
            min=PERIOD[0], max=PERIOD[1]),
        Col("apprehension_aor", raw=("apprehension_aor",)),
        Col("aor", raw=("aor",)),
        Col("apprehension_method", raw=("Arrest Method",), required=True),
        Col("apprehension_site_landmark", raw=("Apprehension Landmark",)),
        Col("citizenship_country", raw=("Country of Citizenship",)),
        Col("gender", raw=("Gender",)),
        Col("msc_charge", raw=("Most Serious Conviction",)),
    ),
    fiscal_year_from="apprehension_date",
    calendar_year_from="apprehension_date",
    flag_exact_copies=False,  # no person identifier released: identical rows are different arrests
    duplicate_rules=(
        DuplicateRule(
            "same_arrest_in_national_release",
            keys=("apprehension_date", "aor", "apprehension_method", "apprehension_site_landmark",
                  "citizenship_country", "gender"),
            description="the same arrest (day, method, landmark, citizenship, gender) is in the national FY2016-"
            "FY2019 files (FOIA 2019-ICFO-53623)",
            in_source=NATIONAL,
        ),
        DuplicateRule(
            "same_day_person_in_national_release",
            keys=("apprehension_date", "aor", "citizenship_country", "gender"),
            description="an arrest of the same day, citizenship and gender is in the national files (method or "
            "landmark edited between the two extracts)",
            in_source=NATIONAL,
        ),
    ),
    expected_rows=(EXPECTED_ROWS, EXPECTED_ROWS),
)


def load(ctx: LoadContext) -> None:
    stage = ctx.stage_name()
    sheet, _ = stage_sheet(ctx.con, stage, ctx.path(FILE), SPEC, sheet=SHEET)
    ctx.emit("arrests", stage, file=FILE, sheet=sheet, constants={"aor": AOR, "apprehension_aor": AOR_NAME})
    coverage_by_year(ctx, table="arrests", file=FILE, period=PERIOD, geography="Seattle AOR",
                     title="FY2012 - FY2019 YTD (01/01/2012 - 07/06/2019) ERO Administrative Arrests for the "
                     "Seattle Area of Responsibility")
    report_pairing(ctx, "arrests", file=FILE, what="Seattle arrests of FY2016-FY2019", scope="FY2016-FY2019",
                   where="apprehension_date >= DATE '2015-10-01'")
    ctx.note(f"{FILE}: this source loads the {SHEET!r} sheet; 'Book Ins', 'Expedited Removals' and 'Other "
             "Removals' are loaded by uwchr_seattle_removals_bookins")


def report_pairing(ctx: LoadContext, table: str, *, file: str, what: str, scope: str, where: str = "TRUE",
                   check: str = "rows_paired_with_national_release", rule_prefix: str = "") -> None:
    """QA rows and a note: how many of this source's rows a cross-release rule paired, by rule."""
    paired = dict(ctx.con.execute(
        f"SELECT coalesce(duplicate_rule, 'unpaired'), count(*) FROM {table} WHERE source_id = ? AND {where} "
        "GROUP BY 1", [ctx.source.id]).fetchall())
    total = sum(int(n) for n in paired.values())
    flagged = total - int(paired.get("unpaired", 0))
    ctx.qa(check, flagged, total, "pass" if flagged == total else "info", scope=scope)
    for rule, n in sorted(paired.items()):
        ctx.qa("rows_paired_by_rule", int(n), "(count only)", "info", scope=rule_prefix + rule)
    ctx.note(f"{file}: {flagged:,} of {total:,} {what} pair with rows of another release "
             f"({', '.join(f'{r}: {n:,}' for r, n in sorted(paired.items()))}); paired rows are flagged "
             "duplicate_likely so no count doubles")


SOURCE = Source(
    id="uwchr_seattle_arrests",
    title="ICE administrative arrests, Seattle AOR, Jan 2012 - Jul 2019 (UW v. DHS production, ICE workbook)",
    publisher="U.S. Immigration and Customs Enforcement (ERO-LESA), produced in UW v. DHS; published by "
    "UWCHR/ice-enforce",
    licence="U.S. government records (public domain); the repository's GPL-3.0 licence file was added later",
    homepage=f"https://github.com/{REPO}/tree/{COMMIT}/aor-seattle/import/input",
    release=f"UW v. DHS - ICE Productions (LESA-STU, data through 2019-07-06); {REPO} @ {COMMIT[:12]}",
    files=(
        RemoteFile(FILE, f"https://raw.githubusercontent.com/{REPO}/{COMMIT}/aor-seattle/import/input/"
                   + FILE.replace(" ", "%20"),
                   f"real_ice/uwchr-ice-enforce-seattle-aor/{FILE}",
                   sha256="cb4ad7e0426550b6b20b5d9c79837e38459e61b14e22cc1c6dc784ab8d25110c"),
    ),
    tables=(SPEC, COVERAGE),
    load=load,
    kind="records",
    depends_on=(NATIONAL,),
    description=__doc__ or "",
    citation="ICE ERO-LESA, UW v. DHS production (2019), Seattle AOR arrests; github.com/UWCHR/ice-enforce.",
    tags=("regional",),
)
