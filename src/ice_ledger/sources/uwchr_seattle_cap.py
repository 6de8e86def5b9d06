"""CAP encounters, arrests and removals in the Seattle AOR, FY2017 and FY2018 to 27 Apr 2018 (FOIA 2018-ICFO-36170).

The ICE LESA-STU workbook released on 25 March 2019 to the University of Washington Center for Human Rights
under FOIA 2018-ICFO-36170 and published by UWCHR/ice-enforce (folder aor-seattle/import/input, commit
26162d1): six sheets, "FY2017 Arrests", "FY2018 Arrests", "FY2017 Encounters", ... Each sheet has ICE's banner
(five rows: unit, FOUO line, request title, blank, table title) above its header; the header is found by its
column names whatever the banner's length. Only Criminal Alien Program (CAP) events are in it. Redactions
("(b)(7)(E )" in Event Number, "(b)(6),(b)(7)(c )" in Date of Birth) are kept as values in `redactions`.

Reading: python-calamine cannot read this workbook (it was re-saved by LibreOffice 5.1 to remove its password,
and every sheet declares its used range by rows only, `<dimension ref="1:1416"/>`; calamine stops with "Range is
missing the expected column component"). It is read with openpyxl instead (see sources/_workbook.py).

Dates and fiscal years: arrests are dated (Arrest Date) and their fiscal year comes from ice_ledger.fiscal; a
row dated outside its sheet's fiscal year is quarantined. Encounters have no date column and removals only the
date of the arrest behind them (2009-2018), so their fiscal year is the one the sheet's title names, checked to
be the sheet name's; `event_date` and `removal_date` stay NULL: no per-month breakdown of those rows.

Cross-release duplicates: every row is also in a broader release. Arrests pair with the national FY2016-FY2019
arrests (FOIA 2019-ICFO-53623) on day, AOR, method, landmark, disposition, citizenship and gender (then on day,
citizenship and gender for rows ICE edited between extracts), and otherwise with the UW v. DHS Seattle arrests
on day, method, landmark, citizenship and gender. Removals pair with the national removals of the same fiscal
year on AOR, arrest date, charge section, citizenship and gender (then without the arrest date, then without the
charge: 27 of 3,184 rows were edited between the extracts). Encounters pair with the national encounters of
the same fiscal year on AOR, landmark, disposition, citizenship and gender (no date: a weaker rule, said so in
its description); FY2018 national encounters are not in the mirror, so those rows stay unpaired and are counted
as regional records. Pairs are one to one in file order; paired rows are flagged, never deleted.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ice_ledger.errors import SourceFileError
from ice_ledger.fiscal import fiscal_year_bounds
from ice_ledger.schema import LoadContext, quote_ident, quote_str
from ice_ledger.sources._workbook import banner_lines, cells_beyond_header, read_any_sheet, stage_rows
from ice_ledger.sources.base import Col, DuplicateRule, RemoteFile, Source, TableSpec
from ice_ledger.sources.ddp import AOR_COLUMN, _add_aor
from ice_ledger.sources.fetch import sha256_of
from ice_ledger.sources.ice_lesa_national import COVERAGE, emit_coverage
from ice_ledger.sources.uwchr_seattle_arrests import report_pairing

REPO = "UWCHR/ice-enforce"
COMMIT = "26162d18a553f0f3d8ff7e51689a0fb5d35065f6"
FOIA = "2018-ICFO-36170"
FILE = ("3_25_19 FOIA 2018-ICFO-36170 Seattle Encounters Arrests and Removals_LESA_STU_Final-redacted-no-pwd.xlsx")
SHA256 = "2cf9a5ea5481f8b643737177d06b3c8e656251b00286347eac1e8f8ec950ebe6"
MISSING = "NA"
NATIONAL = {t: f"ice_lesa_national_{t}" for t in ("arrests", "removals", "encounters")}
SEATTLE_ARRESTS = "uwchr_seattle_arrests"
GEOGRAPHY = "Seattle AOR (CAP only)"

_FY = re.compile(r"FY\s?(\d{4})", re.I)
_THROUGH = re.compile(r"through\s+(\d{1,2}/\d{1,2}/\d{4})", re.I)


def _person() -> tuple[Col, ...]:
    return (Col("birth_date", "date", raw=("Date of Birth",)), Col("citizenship_country", raw=("Country of Citizenship",)),
            Col("gender", raw=("Gender",)))


ARRESTS = TableSpec(
    table="arrests",
    description="CAP administrative arrests, Seattle AOR, FY2017 and FY2018 to 27 Apr 2018 (FOIA 2018-ICFO-36170).",
    columns=(
        Col("apprehension_date", "date", raw=("Arrest Date",), required=True, not_null=True),
        Col("apprehension_aor", raw=("Area of Responsibility",), required=True),
        Col("aor", raw=(AOR_COLUMN,)),
        Col("apprehension_method", raw=("Arrest Method",), required=True),
        Col("apprehension_site_landmark", raw=("Apprehension Landmark",)),
        Col("operation", raw=("Operation",)),
        Col("processing_disposition", raw=("Processing Disposition",)),
        *_person(),
    ),
    fiscal_year_from="apprehension_date",
    calendar_year_from="apprehension_date",
    flag_exact_copies=False,  # no person identifier: identical rows are different arrests
    duplicate_rules=(
        DuplicateRule("same_arrest_in_national_release",
                      ("apprehension_date", "aor", "apprehension_method", "apprehension_site_landmark",
                       "processing_disposition", "citizenship_country", "gender"),
                      "the same arrest (day, AOR, method, landmark, disposition, citizenship, gender) is in the "
                      "national FY2016-FY2019 files (FOIA 2019-ICFO-53623)", in_source=NATIONAL["arrests"]),
        DuplicateRule("same_day_person_in_national_release",
                      ("apprehension_date", "aor", "citizenship_country", "gender"),
                      "an arrest of the same day, AOR, citizenship and gender is in the national files (method, "
                      "landmark or disposition edited between extracts)", in_source=NATIONAL["arrests"]),
        DuplicateRule("same_arrest_in_uw_v_dhs_release",
                      ("apprehension_date", "aor", "apprehension_method", "apprehension_site_landmark",
                       "citizenship_country", "gender"),
                      "the same arrest is in the UW v. DHS Seattle arrests sheet", in_source=SEATTLE_ARRESTS),
    ),
)

REMOVALS = TableSpec(
    table="removals",
    description="Removals of people arrested by CAP, Seattle AOR, FY2017 and FY2018 to 27 Apr 2018; fiscal year from "
    "the sheet (no removal or departure date is released, only the arrest date).",
    columns=(
        Col("fiscal_year", "int", raw=("fiscal_year",), required=True, not_null=True, min=2017, max=2018),
        Col("apprehension_date", "date", raw=("Arrest Date",)),
        Col("docket_aor", raw=("Area of Responsibility",), required=True),
        Col("aor", raw=(AOR_COLUMN,)),
        Col("final_charge_section", raw=("Final Charge Section",)),
        *_person(),
    ),
    flag_exact_copies=False,
    duplicate_rules=(
        DuplicateRule("same_removal_in_national_release",
                      ("fiscal_year", "aor", "apprehension_date", "final_charge_section", "citizenship_country",
                       "gender"),
                      "a removal of the same fiscal year, AOR, arrest date, charge section, citizenship and gender is "
                      "in the national FY2016-FY2019 removals (FOIA 2019-ICFO-53623)", in_source=NATIONAL["removals"]),
        DuplicateRule("same_year_charge_person_in_national_release",
                      ("fiscal_year", "aor", "final_charge_section", "citizenship_country", "gender"),
                      "a removal of the same fiscal year, AOR, charge section, citizenship and gender is in the national "
                      "removals (arrest date edited between the extracts)", in_source=NATIONAL["removals"]),
        DuplicateRule("same_year_person_in_national_release",
                      ("fiscal_year", "aor", "citizenship_country", "gender"),
                      "a removal of the same fiscal year, AOR, citizenship and gender is in the national removals "
                      "(charge and arrest date edited between the extracts)", in_source=NATIONAL["removals"]),
    ),
)

ENCOUNTERS = TableSpec(
    table="encounters",
    description="CAP encounters, Seattle AOR, FY2017 and FY2018 to 27 Apr 2018; fiscal year from the sheet (the "
    "sheets have no date column).",
    columns=(
        Col("fiscal_year", "int", raw=("fiscal_year",), required=True, not_null=True, min=2017, max=2018),
        Col("responsible_aor", raw=("Event Area of Responsibility",), required=True),
        Col("aor", raw=(AOR_COLUMN,)),
        Col("event_landmark", raw=("Landmark",)),
        Col("operation", raw=("Operation",)),
        Col("processing_disposition", raw=("Processing Disposition",)),
        *_person(),
    ),
    flag_exact_copies=False,
    duplicate_rules=(
        DuplicateRule("same_encounter_in_national_release",
                      ("fiscal_year", "aor", "event_landmark", "processing_disposition", "citizenship_country",
                       "gender"),
                      "an encounter of the same fiscal year, AOR, landmark, disposition, citizenship and gender is in "
                      "the national encounters (FOIA 2019-ICFO-53623); no date is released, so this pairs counts "
                      "within those groups rather than proven events", in_source=NATIONAL["encounters"]),
    ),
)


@dataclass(frozen=True)
class Sheet:
    name: str
    spec: TableSpec
    aor_from: str
    expected_rows: int


SHEETS = (
    Sheet("FY2017 Arrests", ARRESTS, "apprehension_aor", 2_656),
    Sheet("FY2018 Arrests", ARRESTS, "apprehension_aor", 1_410),
    Sheet("FY2017 Removals", REMOVALS, "docket_aor", 1_917),
    Sheet("FY2018 Removals", REMOVALS, "docket_aor", 1_267),
    Sheet("FY2017 Encounters", ENCOUNTERS, "responsible_aor", 11_712),
    Sheet("FY2018 Encounters", ENCOUNTERS, "responsible_aor", 7_829),
)


def _mdy(text: str) -> dt.date:
    return dt.datetime.strptime(text, "%m/%d/%Y").date()


def sheet_period(sheet: str, title: str | None, where: str) -> tuple[int, tuple[dt.date, dt.date]]:
    """The fiscal year a sheet covers (its name and title must agree) and its days ('through mm/dd/yyyy')."""
    named = _FY.search(sheet)
    titled = _FY.search(title or "")
    if named is None:
        raise SourceFileError(FILE, "the sheet name does not name a fiscal year (FYnnnn)", where=f"sheet {sheet!r}")
    if titled and titled.group(1) != named.group(1):
        raise SourceFileError(FILE, f"the sheet is named for FY{named.group(1)} but its title says {title!r}",
                              where=where)
    fy = int(named.group(1))
    lo, hi = fiscal_year_bounds(fy)
    through = _THROUGH.search(title or "")
    if through:
        hi = min(hi, _mdy(through.group(1)))
    return fy, (lo, hi)


def _view(ctx: LoadContext, stage: str, fy: int | None) -> str:
    """The stage with 'NA' as missing and (for undated sheets) the sheet's fiscal year as a column."""
    cols = [r[0] for r in ctx.con.execute(f"DESCRIBE {quote_ident(stage)}").fetchall()]
    keep = ("source_file", "source_sheet", "source_row")
    select = ", ".join(
        quote_ident(c) if c in keep else
        f"CASE WHEN trim({quote_ident(c)}) = {quote_str(MISSING)} THEN NULL ELSE {quote_ident(c)} END AS {quote_ident(c)}"
        for c in cols)
    name = f"{stage}_v"
    year = f", {quote_str(str(fy))} AS fiscal_year" if fy is not None else ""
    ctx.con.execute(f"CREATE OR REPLACE TEMP TABLE {quote_ident(name)} AS SELECT {select}{year} FROM {quote_ident(stage)}")
    return name


def load_sheet(ctx: LoadContext, sheet: Sheet) -> None:
    path = ctx.path(FILE)
    rows, reader = read_any_sheet(path, sheet.name, FILE)
    stage = ctx.stage_name()
    header_row, n = stage_rows(ctx.con, stage, rows, sheet.spec, file=FILE, sheet=sheet.name)
    banner = banner_lines(rows, header_row)
    title_line, title = next(((i, t) for i, t in reversed(banner) if _FY.search(t)), (None, None))
    fy, period = sheet_period(sheet.name, title, f"sheet {sheet.name!r}, row {title_line}")
    stray = cells_beyond_header(rows, header_row)
    ctx.qa("cells_beyond_header", len(stray), 0, "pass" if not stray else "fail", scope=f"{FILE} / {sheet.name}")
    if stray:
        ctx.note(f"{FILE} (sheet {sheet.name!r}): rows {stray[:10]} hold values right of the header; not loaded")
    undated = sheet.spec.fiscal_year_from is None
    staged = _add_aor(ctx, _view(ctx, stage, fy if undated else None), sheet.spec, sheet.aor_from, FILE)
    spec = sheet.spec
    if spec.fiscal_year_from:  # a dated sheet: rows outside the sheet's fiscal year are quarantined
        lo, hi = fiscal_year_bounds(fy)
        spec = replace(spec, columns=tuple(replace(c, min=lo, max=hi) if c.name == spec.fiscal_year_from else c
                                           for c in spec.columns))
    spec = replace(spec, expected_rows=(sheet.expected_rows, sheet.expected_rows))
    narrowed = replace(ctx.source, tables=tuple(spec if t.table == spec.table else t for t in ctx.source.tables))
    ctx.for_source(narrowed).emit(spec.table, staged, file=FILE, sheet=sheet.name)
    emit_coverage(ctx, table=spec.table, file=FILE, fiscal_year=fy, period=period, geography=GEOGRAPHY,
                  title=f"{title} (sheet {sheet.name!r})", line=title_line)
    ctx.note(f"{FILE} (sheet {sheet.name!r}): {n:,} data rows under the header in row {header_row}, read with "
             f"{reader}")


def load(ctx: LoadContext) -> None:
    digest = sha256_of(ctx.path(FILE))
    ctx.qa("sha256_as_published", digest[:16], SHA256[:16], "pass" if digest == SHA256 else "fail", scope=FILE)
    for sheet in SHEETS:
        load_sheet(ctx, sheet)
    for table in ("arrests", "removals", "encounters"):
        report_pairing(ctx, table, file=FILE, what=f"CAP {table}", scope=table,
                       check="rows_paired_with_other_release", rule_prefix=f"{table}: ")


SOURCE = Source(
    id="uwchr_seattle_cap",
    title="ICE Criminal Alien Program encounters, arrests and removals, Seattle AOR, FY2017-FY2018 YTD "
    f"(FOIA {FOIA}, ICE workbook)",
    publisher="U.S. Immigration and Customs Enforcement (ERO-LESA Statistical Tracking Unit), released under FOIA "
    "to the University of Washington Center for Human Rights; published by UWCHR/ice-enforce",
    licence="U.S. government records released under FOIA (public domain); the publishing repository's GPL-3.0 "
    "licence file was added after the data commit",
    homepage=f"https://github.com/{REPO}/tree/{COMMIT}/aor-seattle/import/input",
    release=f"ICE LESA-STU, FOIA {FOIA} (released 2019-03-25, data through 2018-04-27); {REPO} @ {COMMIT[:12]}",
    files=(
        RemoteFile(FILE, f"https://raw.githubusercontent.com/{REPO}/{COMMIT}/aor-seattle/import/input/"
                   + FILE.replace(" ", "%20"),
                   f"real_ice/uwchr-ice-enforce-seattle-aor/{FILE}", sha256=SHA256,
                   note="ICE workbook re-saved by LibreOffice 5.1; read with openpyxl (calamine refuses it)"),
    ),
    tables=(ARRESTS, REMOVALS, ENCOUNTERS, COVERAGE),
    load=load,
    kind="records",
    depends_on=(NATIONAL["arrests"], NATIONAL["removals"], NATIONAL["encounters"], SEATTLE_ARRESTS),
    description=__doc__ or "",
    citation=f"ICE ERO-LESA, Seattle AOR CAP encounters, arrests and removals FY2017-FY2018, FOIA {FOIA} to the "
    f"University of Washington Center for Human Rights; github.com/{REPO} (commit {COMMIT[:7]}).",
    tags=("regional",),
)
