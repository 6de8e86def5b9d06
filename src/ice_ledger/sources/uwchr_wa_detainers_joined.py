"""Field names and values of DDP's 2025 raw ICE release, from Washington detainers joined to other records.

UWCHR/deport-data-proj (commit a15257d, file analyze/note/joined_df_wa.csv, deleted a week later) joined the
Washington detainers of ICE release 2025-ICLI-00019 / 2024-ICFO-39357 (Sep 2023 - Feb 2025, as hosted by the
Deportation Data Project) to the same people's later arrests, then to all their encounters and detention stints.
One row is one detainer x arrest x encounter x stint **combination**: 235 rows for 44 people. The rows are not
unique detainers, arrests or stints, the detainer set was filtered (arrests after the detainer only; federal and
state facilities left out) and the author overwrote one detention date column, so none of them is loaded as a
record and no metric counts them as detainers or anything else.

What the file does show reliably is the raw release's vocabulary: each column's name (janitor-cleaned ICE
header plus a `.detainer`, `.arrest`, `.encounter` or `.detention` suffix) and the values it takes. That is what
is loaded, into `release_field_values`: one row per (column, value) with the number of combination rows and of
distinct people it occurs in, traceable to the first line holding it. R's `NA` is a missing value (a row with
no value); redaction strings such as "(b)(6), (b)(7)(c)" are values, recorded in `redactions`.
"""

from __future__ import annotations

from ice_ledger.schema import STAGE_EXTRA, LoadContext, Reason, quote_ident, quote_str
from ice_ledger.sources.base import Col, RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import stage_csv

REPO = "UWCHR/deport-data-proj"
COMMIT = "a15257d57c091060d63ac8cbfba36f38ee3bb744"
FILE = "joined_df_wa.csv"
SHA256 = "04157e50c3dd6a8130372390af5bdab81569a186e8536673929ce2fd56afe137"
RELEASE_NAME = "ICE 2025-ICLI-00019 / 2024-ICFO-39357 (Sep 2023 - Feb 2025)"
PERSON = "unique_identifier"
EXPECTED = (235, 146)  # rows, columns

SPEC = TableSpec(
    table="release_field_values",
    description="Each column of a raw ICE release and the values it takes, with how often (not record counts).",
    columns=(
        Col("ice_release", required=True, not_null=True),
        Col("record_table", required=True),
        Col("field", required=True, not_null=True),
        Col("raw_header", required=True, not_null=True),
        Col("value"),
        Col("combination_rows", "int", required=True, not_null=True, min=1),
        Col("people", "int", required=True, not_null=True, min=0),
    ),
    flag_exact_copies=False,
)


def load(ctx: LoadContext) -> None:
    from ice_ledger.sources.fetch import sha256_of

    path = ctx.path(FILE)
    digest = sha256_of(path)
    ctx.qa("sha256_as_published", digest[:16], SHA256[:16], "pass" if digest == SHA256 else "fail", scope=FILE)
    stage = ctx.stage_name()
    n, _, malformed = stage_csv(ctx.con, stage, path, ctx.build.dir, label=FILE)
    cols = [r[0] for r in ctx.con.execute(f"DESCRIBE {quote_ident(stage)}").fetchall() if r[0] not in STAGE_EXTRA]
    ctx.qa("shape_as_published", f"{n}x{len(cols)}", f"{EXPECTED[0]}x{EXPECTED[1]}",
           "pass" if (n, len(cols)) == EXPECTED else "fail", scope=FILE)
    if malformed:  # lines the reader could not split go to quarantine whole, with its reason and their text
        ctx.quarantine_rows("release_field_values", [
            {"source_file": FILE, "source_row": b.line, "reason": Reason.row_malformed.value, "raw_value": b.text,
             "detail": b.message} for b in malformed])
    # One SELECT per column, unioned: (column, value) -> rows, people, first line holding it.
    parts = []
    for c in cols:
        suffix = c.rsplit(".", 1)[1] if "." in c else None
        field = c.rsplit(".", 1)[0] if "." in c else c
        value = f"CASE WHEN trim({quote_ident(c)}) IN ('', 'NA') THEN NULL ELSE {quote_ident(c)} END"
        parts.append(
            f"SELECT {quote_str(suffix or '')} AS record_table, {quote_str(field)} AS field, {quote_str(c)} AS raw_header, "
            f"{value} AS value, CAST(count(*) AS VARCHAR) AS combination_rows, "
            f"CAST(count(DISTINCT {quote_ident(PERSON)}) AS VARCHAR) AS people, min(source_row) AS source_row "
            f"FROM {quote_ident(stage)} GROUP BY ALL")
    values = f"{stage}_values"
    ctx.con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {quote_ident(values)} AS
        SELECT {quote_str(RELEASE_NAME)} AS ice_release, nullif(record_table, '') AS record_table, field, raw_header,
               value, combination_rows, people, {quote_str(FILE)} AS source_file,
               CAST(NULL AS VARCHAR) AS source_sheet, source_row
        FROM ({' UNION ALL '.join(parts)}) ORDER BY raw_header, source_row""")
    ctx.emit("release_field_values", values, file=FILE)
    ctx.note(f"{FILE}: {n} rows are detainer x arrest x encounter x stint combinations for "
             "a filtered set of people; only field names and values are loaded, never counted as records")


SOURCE = Source(
    id="uwchr_wa_detainers_joined",
    title="Field names and values of ICE's 2025 raw release, from Washington detainers joined to other records "
    "(UWCHR; combinations, not records)",
    publisher="U.S. Immigration and Customs Enforcement (release hosted by the Deportation Data Project); joined "
    "and published by UWCHR/deport-data-proj",
    licence="U.S. government records released under FOIA (public domain); the publishing repository states no "
    "licence for its compilation",
    homepage=f"https://github.com/{REPO}/tree/{COMMIT}/analyze/note",
    release=f"{RELEASE_NAME}; {REPO} @ {COMMIT[:12]}",
    files=(RemoteFile(FILE, f"https://raw.githubusercontent.com/{REPO}/{COMMIT}/analyze/note/{FILE}",
                      f"real_ice/uwchr-deport-data-proj-wa-joined/{FILE}", sha256=SHA256,
                      note="deleted from the repository in commit 268166c; the URL pins the commit that holds it"),),
    tables=(SPEC,),
    load=load,
    kind="reference",
    description=__doc__ or "",
    citation=f"UW Center for Human Rights, joined_df_wa.csv; github.com/{REPO} (commit {COMMIT[:7]}).",
    tags=("regional", "metadata"),
)
