"""The registry of policy definitions and the published counts of lists whose members are not held.

Definitions are data: each list or rule that calls a place "sanctuary" (or records 287(g) cooperation) is a
row of hand/policy_definitions.csv, with its publisher, what it counts, its criteria and its coverage in time.
Lists known only by a published count (CIS ~300 in 2016, ILRC 735 counties in 2018, DOJ 35 in August 2025)
are rows of hand/definition_counts.csv, each with the published wording and a citation, so they can stand
beside the member-level lists ("count as published, members not held"). Adding a list is adding rows here and,
when its members are published, one source module writing `policies` rows with that definition_id.
"""

from __future__ import annotations

import datetime as dt

from ice_ledger.schema import LoadContext
from ice_ledger.sources.base import Col, DuplicateRule, RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import load_hand_tables

DEFINITIONS_FILE = "policy_definitions.csv"
COUNTS_FILE = "definition_counts.csv"
FAMILIES = frozenset({"sanctuary", "sanctuary_change", "287g", "exposure"})
TRUST = frozenset({"official", "research", "journalism", "advocacy", "derived", "leads_unverified"})

DEFINITIONS = TableSpec(
    table="definitions",
    description="One row per definition or list of sanctuary / 287(g) status.",
    columns=(
        Col("definition_id", required=True, not_null=True),
        Col("title", required=True, not_null=True),
        Col("publisher", required=True, not_null=True),
        Col("family", required=True, not_null=True, values=FAMILIES),
        Col("counts_what", required=True, not_null=True),
        Col("criteria", required=True, not_null=True),
        Col("coverage_start", "date", required=True, not_null=True),
        Col("coverage_end", "date"),
        Col("member_level", "bool", required=True, not_null=True),
        Col("trust", required=True, not_null=True, values=TRUST),
        Col("citation_url", required=True, not_null=True),
        Col("note"),
    ),
    duplicate_rules=(DuplicateRule("same_definition_id", ("definition_id",), "one row per definition"),),
)

DEFINITION_COUNTS = TableSpec(
    table="definition_counts",
    description="Published counts of jurisdictions under a definition, with the published wording.",
    columns=(
        Col("definition_id", required=True, not_null=True),
        Col("as_of", "date", required=True, not_null=True, min=dt.date(2000, 1, 1), max=dt.date(2030, 12, 31)),
        Col("states", "int", min=0),
        Col("counties", "int", min=0),
        Col("cities", "int", min=0),
        Col("other", "int", min=0),
        Col("total", "int", min=0),
        Col("count_text", required=True, not_null=True),
        Col("citation_url", required=True, not_null=True),
        Col("note"),
    ),
    duplicate_rules=(DuplicateRule("same_definition_date", ("definition_id", "as_of"), "one count per list and date"),),
)


def load(ctx: LoadContext) -> None:
    load_hand_tables(ctx, [(DEFINITIONS_FILE, "definitions"), (COUNTS_FILE, "definition_counts")])
    row = ctx.con.execute(
        "SELECT count(*) FROM definition_counts c WHERE c.source_id = ? AND c.definition_id NOT IN "
        "(SELECT definition_id FROM definitions WHERE source_id = ?)", [SOURCE.id, SOURCE.id]).fetchone()
    orphans = int(row[0]) if row else 0
    ctx.qa("counts_have_a_definition", orphans, 0, "pass" if orphans == 0 else "fail", scope=COUNTS_FILE)


SOURCE = Source(
    id="policy_definitions",
    title="Definitions of sanctuary and 287(g) status, and published counts of lists not held (curated)",
    publisher="ice-ledger (curated from the publishers' own documents; see each row's citation)",
    licence="curated table part of ice-ledger; the counts are facts quoted with attribution",
    homepage="https://www.dhs.gov/sanctuary-jurisdictions",
    release="curated from shared/reference/evidence_figures.md section 3 and the sources' documentation",
    files=(
        RemoteFile("evidence_figures.md", "https://cis.org/Map-Sanctuary-Cities-Counties-and-States",
                   optional=True, note="the definitions ship in the package (hand/); this is one cited page"),
    ),
    tables=(DEFINITIONS, DEFINITION_COUNTS),
    load=load,
    kind="curated",
    description=__doc__ or "",
    citation="Each row cites its publisher (definitions.citation_url, definition_counts.citation_url).",
)
