"""ICE initial book-ins and removals in the Seattle AOR, Jan 2012 - Jul 2019 (UW v. DHS production).

The other record sheets of the ICE LESA-STU workbook whose "Arrests" sheet is `uwchr_seattle_arrests` (same file,
UWCHR/ice-enforce @ 26162d1): "Book Ins" (36,811 initial book-ins into ICE detention), "Expedited Removals"
(6,529) and "Other Removals" (20,384). Each sheet has a six-row banner above its header (found by its column
names). There is no AOR column: every row is the Seattle AOR. Date of Birth and Event Number are redacted in
every row with markers ICE typed without a parenthesis ("(b)(6),(b)(7)c)", "(b)(7)e)"), which the warehouse's
redaction pattern does not recognise; they are kept, unmapped, in the column profile and in `trace`. A blank
Most Serious Conviction means none recorded (ICE's footnotes: not recorded before FY2015 for book-ins, before
FY2013 for removals). Removals include returns (ICE's footnote); expedited removals are case categories
8F/8G/8H/8I.

Dates: removals carry only the Departed Date, so their fiscal year is the departure's (ice_ledger.fiscal). ICE's
own Summary sheet counts removals by the date it locked them in its statistics (the national files' Removal
Date): the two differ for about 100 Seattle removals a year. The load compares each fiscal year's count with the
Summary sheet and records both in the QA table. Book-ins are dated by their book-in date.

Cross-release duplicates: for FY2016-FY2019 the removals are also in the national removal files
(ice_lesa_national_removals, FOIA 2019-ICFO-53623). A Seattle removal is paired one to one, in file order, with
a national removal of the Seattle docket with the same departure day, citizenship and gender; failing that, with
the same departure day and citizenship (gender edited between extracts). Paired rows are flagged, never
deleted, so no count doubles. There is no national book-in file: book-ins are regional records only.
"""

from __future__ import annotations

import datetime as dt
import re

from ice_ledger.fiscal import fiscal_year
from ice_ledger.schema import LoadContext, quote_ident
from ice_ledger.sources.base import Col, DuplicateRule, Source, TableSpec
from ice_ledger.sources.ice_lesa_national import COVERAGE, coverage_by_year
from ice_ledger.sources.readers import read_sheet, stage_sheet
from ice_ledger.sources.uwchr_seattle_arrests import AOR, AOR_NAME, COMMIT, FILE, REPO, report_pairing
from ice_ledger.sources.uwchr_seattle_arrests import SOURCE as ARRESTS_SOURCE

NATIONAL = "ice_lesa_national_removals"
LAST_DAY = dt.date(2019, 7, 6)  # "FY2012 - FY2019 YTD (01/01/2012 - 07/06/2019)"
FIRST_REMOVAL = dt.date(2011, 10, 1)  # departures of removals ICE counted from 2012-01-01 start in FY2012
FIRST_BOOK_IN = dt.date(2012, 1, 1)


def _person() -> tuple[Col, ...]:
    return (Col("citizenship_country", raw=("Country of Citizenship",)), Col("gender", raw=("Gender",)),
            Col("msc_charge", raw=("Most Serious Conviction",)))


REMOVALS = TableSpec(
    table="removals",
    description="ICE removals (expedited and other) in the Seattle AOR by departure date, 2011-11 .. 2019-07 "
    "(UW v. DHS).",
    columns=(
        Col("departed_date", "date", raw=("Departed Date",), required=True, not_null=True, min=FIRST_REMOVAL,
            max=LAST_DAY),
        Col("docket_aor", raw=("docket_aor",)),
        Col("aor", raw=("aor",)),
        Col("case_category", raw=("Case Category",)),
        *_person(),
    ),
    fiscal_year_from="departed_date",
    calendar_year_from="departed_date",
    flag_exact_copies=False,  # no person identifier released: identical rows are different removals
    duplicate_rules=(
        DuplicateRule("same_removal_in_national_release", ("departed_date", "aor", "citizenship_country", "gender"),
                      "a removal of the Seattle docket with the same departure day, citizenship and gender is in the "
                      "national FY2016-FY2019 removal files (FOIA 2019-ICFO-53623)", in_source=NATIONAL),
        DuplicateRule("same_day_country_in_national_release", ("departed_date", "aor", "citizenship_country"),
                      "a removal of the Seattle docket with the same departure day and citizenship is in the national "
                      "files (gender edited between the extracts)", in_source=NATIONAL),
    ),
)

BOOK_INS = TableSpec(
    table="detention_stints",
    description="ICE initial book-ins into detention in the Seattle AOR, 2012-01-01 .. 2019-07-05 (UW v. DHS); one "
    "row per book-in, no book-out date released.",
    columns=(
        Col("book_in_date", "date", raw=("Book In Date",), required=True, not_null=True, min=FIRST_BOOK_IN,
            max=LAST_DAY),
        Col("aor", raw=("aor",)),
        Col("detention_facility", raw=("Detention Facility",)),
        Col("apprehension_method", raw=("Apprehension Method",)),
        *_person(),
    ),
    fiscal_year_from="book_in_date",
    calendar_year_from="book_in_date",
    flag_exact_copies=False,
)

# sheet -> (canonical table spec, data rows the published sheet holds)
SHEETS = {
    "Book Ins": (BOOK_INS, 36_811),
    "Expedited Removals": (REMOVALS, 6_529),
    "Other Removals": (REMOVALS, 20_384),
}
SUMMARY = "Summary"


def summary_counts(rows: list[list[object]]) -> dict[str, dict[int, int]]:
    """ICE's Summary sheet: {block ('Book Ins', 'Expedited Removals', 'Other Removals', ...): {FY: count}}."""
    out: dict[str, dict[int, int]] = {}
    heads: list[str] = []
    block = None
    for r in rows:
        first = str(r[0]).strip() if r and r[0] not in (None, "") else ""
        if "Book Ins" in first:
            block = "Book Ins"
        elif "Removals" in first:
            block = "Removals"
        elif "Arrests" in first:
            block = "Arrests"
        elif first == "Fiscal Year":
            heads = [str(v).strip() for v in r]
        elif block and (m := re.match(r"FY(\d{4})", first)):
            for name, value in zip(heads[1:], r[1:], strict=False):
                if isinstance(value, int | float) and name:
                    key = block if name == "Total" and block != "Removals" else name
                    out.setdefault(key, {})[int(m.group(1))] = int(value)
    return out


def load(ctx: LoadContext) -> None:
    path = ctx.path(FILE)
    constants = {"aor": AOR, "docket_aor": AOR_NAME}
    for sheet, (spec, expected) in SHEETS.items():
        stage = ctx.stage_name()
        name, n = stage_sheet(ctx.con, stage, path, spec, sheet=sheet)
        ctx.qa("rows_in_sheet", n, expected, "pass" if n == expected else "fail", scope=f"{FILE} / {sheet}")
        keep = {k: v for k, v in constants.items() if any(c.name == k for c in spec.columns)}
        ctx.emit(spec.table, stage, file=FILE, sheet=name, constants=keep)
    coverage_by_year(ctx, table="removals", file=FILE, period=(FIRST_REMOVAL, LAST_DAY), geography="Seattle AOR",
                     title="FY2012 - FY2019 YTD (01/01/2012 - 07/06/2019) ICE Removals for the Seattle Area of "
                     "Responsibility")
    coverage_by_year(ctx, table="detention_stints", file=FILE, period=(FIRST_BOOK_IN, LAST_DAY),
                     geography="Seattle AOR", title="FY2012 - FY2019 YTD (01/01/2012 - 07/06/2019) ICE Initial "
                     "Book Ins for the Seattle Area of Responsibility")
    _check_summary(ctx)
    report_pairing(ctx, "removals", file=FILE, what="Seattle removals departed in FY2016-FY2019",
                   scope="removals FY2016-FY2019", where="departed_date >= DATE '2015-10-01'")


def _check_summary(ctx: LoadContext) -> None:
    """Each fiscal year's loaded count beside ICE's Summary sheet (info: removals differ by dating)."""
    _, rows = read_sheet(ctx.path(FILE), SUMMARY)
    published = summary_counts(rows)
    for sheet, (spec, _) in SHEETS.items():
        date = spec.fiscal_year_from or ""
        got = dict(ctx.con.execute(
            f"SELECT fiscal_year, count(*) FROM {quote_ident(spec.table)} WHERE source_id = ? AND source_sheet = ? "
            "GROUP BY 1", [ctx.source.id, sheet]).fetchall())
        for fy, want in sorted(published.get(sheet, {}).items()):
            n = int(got.get(fy, 0))
            exact = n == want
            status = "pass" if exact else ("fail" if spec is BOOK_INS else "info")
            ctx.qa("count_as_ice_summary_sheet", n, want, status, scope=f"{sheet} FY{fy} (by {date})")
        early = sum(int(v) for k, v in got.items() if k < fiscal_year(FIRST_BOOK_IN))
        if early:
            ctx.note(f"{FILE} (sheet {sheet!r}): {early} row(s) dated before FY2012 by {date}")


SOURCE = Source(
    id="uwchr_seattle_removals_bookins",
    title="ICE removals and initial book-ins, Seattle AOR, Jan 2012 - Jul 2019 (UW v. DHS production, ICE workbook)",
    publisher=ARRESTS_SOURCE.publisher,
    licence=ARRESTS_SOURCE.licence,
    homepage=f"https://github.com/{REPO}/tree/{COMMIT}/aor-seattle/import/input",
    release=ARRESTS_SOURCE.release,
    files=ARRESTS_SOURCE.files,
    tables=(REMOVALS, BOOK_INS, COVERAGE),
    load=load,
    kind="records",
    depends_on=(NATIONAL,),
    description=__doc__ or "",
    citation="ICE ERO-LESA, UW v. DHS production (2019), Seattle AOR book-ins and removals; github.com/UWCHR/ice-enforce.",
    tags=("regional",),
)
