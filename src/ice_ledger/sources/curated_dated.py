"""Curated published facts that are not annual series: figures for a stated interval (a week of declined
detainers, a span of releases reported by CIS) and dated policy events (executive orders, lists published).

Both are typed by hand from shared/reference/evidence_figures.md (hand/dated_figures.csv, hand/policy_events.csv),
one row per published number or event, each with its citation, the sentence quoted and a verification tag. A
figure keeps the words it was published with ("more than 17,000") beside its value, and the interval it covers;
an organisation's reading of ICE data is tagged VERIFIED_SECONDHAND, not taken as ICE's own number.
"""

from __future__ import annotations

import datetime as dt

from ice_ledger.schema import LoadContext
from ice_ledger.sources.base import Col, DuplicateRule, RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import load_hand_tables

FIGURES_FILE = "dated_figures.csv"
EVENTS_FILE = "policy_events.csv"
VERIFICATION = frozenset({"VERIFIED", "VERIFIED_SECONDHAND", "DERIVED", "UNVERIFIED"})
FIRST_DAY, LAST_DAY = dt.date(1990, 1, 1), dt.date(2030, 12, 31)

DATED_FIGURES = TableSpec(
    table="dated_figures",
    description="Published figures for a stated interval (not a fiscal year), one row per number, with citation.",
    columns=(
        Col("figure_id", required=True, not_null=True),
        Col("measure", required=True, not_null=True),
        Col("period_start", "date", required=True, not_null=True, min=FIRST_DAY, max=LAST_DAY),
        Col("period_end", "date", required=True, not_null=True, min=FIRST_DAY, max=LAST_DAY),
        Col("period_text", required=True, not_null=True),
        Col("place", required=True, not_null=True),
        Col("value", "float", required=True, not_null=True, min=0),
        Col("published_as", required=True, not_null=True),
        Col("publisher", required=True, not_null=True),
        Col("document", required=True, not_null=True),
        Col("citation_url", required=True, not_null=True),
        Col("quote", required=True, not_null=True),
        Col("verification", required=True, not_null=True, values=VERIFICATION),
        Col("note"),
    ),
    duplicate_rules=(DuplicateRule("same_figure_id", ("figure_id",), "one row per published figure"),),
    flag_exact_copies=True,
)

POLICY_EVENTS = TableSpec(
    table="policy_events",
    description="Dated policy events (executive orders, lists and reports published), one row each, with citation.",
    columns=(
        Col("event_id", required=True, not_null=True),
        Col("date", "date", required=True, not_null=True, min=FIRST_DAY, max=LAST_DAY),
        Col("kind", required=True, not_null=True,
            values=frozenset({"executive_order", "list_published", "report_published", "report_suspended"})),
        Col("actor", required=True, not_null=True, values=frozenset({"Trump", "DHS", "DOJ", "ICE"})),
        Col("title", required=True, not_null=True),
        Col("summary", required=True, not_null=True),
        Col("citation_url", required=True, not_null=True),
        Col("quote", required=True, not_null=True),
        Col("verification", required=True, not_null=True, values=VERIFICATION),
        Col("note"),
    ),
    duplicate_rules=(DuplicateRule("same_event_id", ("event_id",), "one row per event"),),
    flag_exact_copies=True,
)


def load(ctx: LoadContext) -> None:
    load_hand_tables(ctx, [(FIGURES_FILE, "dated_figures"), (EVENTS_FILE, "policy_events")])
    row = ctx.con.execute("SELECT count(*) FROM dated_figures WHERE source_id = ? AND period_end < period_start",
                          [SOURCE.id]).fetchone()
    backwards = int(row[0]) if row else 0
    ctx.qa("intervals_run_forward", backwards, 0, "pass" if backwards == 0 else "fail", scope=FIGURES_FILE)


SOURCE = Source(
    id="curated_dated",
    title="Published figures for stated intervals and dated policy events (curated, one citation per row)",
    publisher="ice-ledger (curated from ICE's Declined Detainer Outcome Report, CIS, and executive orders)",
    licence="curated table part of ice-ledger; the figures are facts quoted with attribution",
    homepage="https://www.ice.gov/",
    release="curated from shared/reference/evidence_figures.md sections 2 and 3",
    files=(
        RemoteFile("ICE-Enforcement-and-Removal-Operations.txt",
                   "https://assets.documentcloud.org/documents/3520992/ICE-Enforcement-and-Removal-Operations.txt",
                   optional=True, note="the first Declined Detainer Outcome Report; the rows ship in the package (hand/)"),
    ),
    tables=(DATED_FIGURES, POLICY_EVENTS),
    load=load,
    kind="curated",
    description=__doc__ or "",
    citation="Each row cites its publisher (dated_figures.citation_url, policy_events.citation_url).",
)
