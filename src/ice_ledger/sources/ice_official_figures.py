"""ICE ERO official annual figures FY2013-FY2024: one curated row per published number, each with its citation.

The table is typed by hand from shared/reference/evidence_figures.md (hand/ice_official_figures.csv) because
ICE publishes these numbers in PDFs and press releases, not as data. Each row keeps ICE's own definition (the
FY2017 "92%" is not a share convicted), the document, a URL, the sentence quoted and a verification tag, so a
claim can be checked against the exact wording. It is loaded through the normal pipeline for lineage and checks.
"""

from __future__ import annotations

from ice_ledger.schema import LoadContext
from ice_ledger.sources.base import Col, DuplicateRule, RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import load_hand_tables

FILE = "ice_official_figures.csv"

METRICS = frozenset({
    "admin_arrests", "arrests_convicted", "arrests_pending_charges", "arrests_criminal_history",
    "arrests_other_immigration_violators", "share_arrests_convicted", "share_arrests_pending_charges",
    "share_arrests_convicted_or_pending", "share_arrests_criminal_broad", "removals_total", "removals_interior",
    "removals_border", "removals_convicted", "removals_criminal_history", "share_removals_convicted",
    "share_interior_removals_convicted", "share_interior_removals_convicted_or_pending", "detainers_prepared_trac",
    "at_large_arrests", "title42_expulsions", "removals_interior_convicted", "removals_border_convicted",
    "removals_noncriminal", "removals_border_noncriminal",
})
PRIMARY_DOCUMENTS = (
    RemoteFile(
        name="2018-ICE-Removals-Report.txt",
        url="https://assets.documentcloud.org/documents/5767387/2018-ICE-Removals-Report.txt",
        optional=True,
        note="DocumentCloud text of the FY2018 ICE ERO report; used to re-check the figures cited to it",
    ),
)
VERIFICATION = frozenset({"VERIFIED", "VERIFIED_SECONDHAND", "DERIVED", "UNVERIFIED"})

OFFICIAL_FIGURES = TableSpec(
    table="official_figures",
    description="ICE ERO's published annual figures, one row per number, with definition and citation.",
    columns=(
        Col("fiscal_year", "int", required=True, not_null=True, min=2000, max=2030),
        Col("metric", required=True, not_null=True, values=METRICS),
        Col("value", "float", required=True, not_null=True, min=0),
        Col("unit", required=True, not_null=True, values=frozenset({"count", "share"})),
        Col("definition", required=True, not_null=True),
        Col("publisher", required=True, not_null=True),
        Col("document", required=True, not_null=True),
        Col("citation_url", required=True, not_null=True),
        Col("quote", required=True, not_null=True),
        Col("verification", required=True, not_null=True, values=VERIFICATION),
        Col("note"),
    ),
    duplicate_rules=(DuplicateRule("same_year_metric", ("fiscal_year", "metric"),
                                   "one published figure per metric and fiscal year"),),
    flag_exact_copies=True,
)


def load(ctx: LoadContext) -> None:
    load_hand_tables(ctx, [(FILE, "official_figures")])
    _check_shares(ctx)
    for doc in PRIMARY_DOCUMENTS:
        if ctx.has(doc.name):
            _check_counts_in_document(ctx, doc)


def _check_counts_in_document(ctx: LoadContext, doc: RemoteFile) -> None:
    """Each count cited to a fetched primary document must appear in its text (as '158,581')."""
    text = ctx.path(doc.name).read_text(encoding="utf-8", errors="replace")
    rows = ctx.con.execute(
        "SELECT fiscal_year, metric, value FROM official_figures "
        "WHERE source_id = ? AND citation_url = ? AND unit = 'count' AND verification = 'VERIFIED'",
        [SOURCE.id, doc.url],
    ).fetchall()
    for fy, metric, value in rows:
        shown = f"{int(value):,}"
        ctx.qa(f"figure_in_document:{metric}", shown, doc.name, "pass" if shown in text else "fail", scope=f"FY{fy}")


def _check_shares(ctx: LoadContext) -> None:
    """Shares are fractions (0.66 for 66%): a share above 1 is a typing error, a count below 1 is suspicious."""
    row = ctx.con.execute(
        """SELECT count(*) FILTER (WHERE unit = 'share' AND value > 1),
                  count(*) FILTER (WHERE unit = 'count' AND value < 1),
                  count(*) FILTER (WHERE (unit = 'share') <> starts_with(metric, 'share_'))
           FROM official_figures WHERE source_id = ?""",
        [SOURCE.id],
    ).fetchone()
    shares_over_one, counts_below_one, unit_mismatch = (int(v) for v in row) if row else (0, 0, 0)
    ctx.qa("shares_are_fractions", shares_over_one, 0, "pass" if shares_over_one == 0 else "fail")
    ctx.qa("counts_at_least_one", counts_below_one, 0, "pass" if counts_below_one == 0 else "fail")
    ctx.qa("unit_matches_metric_name", unit_mismatch, 0, "pass" if unit_mismatch == 0 else "fail")


SOURCE = Source(
    id="ice_official_figures",
    title="ICE ERO official annual figures, FY2013-FY2024 (curated, one citation per number)",
    publisher="U.S. Immigration and Customs Enforcement (ERO annual reports and releases); TRAC for detainer counts",
    licence="U.S. government work, public domain; curated table part of ice-ledger",
    homepage="https://www.ice.gov/information-library/annual-report",
    release="curated from shared/reference/evidence_figures.md (ICE ERO reports FY2013-FY2024)",
    # The hand table ships in the package (hand/ice_official_figures.csv). The primary documents below are
    # optional downloads (not in the mirror): when fetched, the build checks that each count cited to them
    # appears in their text.
    files=PRIMARY_DOCUMENTS,
    tables=(OFFICIAL_FIGURES,),
    load=load,
    kind="curated",
    description=__doc__ or "",
    citation="ICE ERO annual reports FY2013-FY2024 and releases, as cited row by row in official_figures.",
)
