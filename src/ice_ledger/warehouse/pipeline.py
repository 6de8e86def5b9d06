"""From staged raw strings to a canonical table: types, checks, quarantine, lineage, duplicate flags.

A source's `load` stages the rows of one file as a DuckDB table of strings (original headers, plus
`source_file`, `source_sheet`, `source_row`) and calls `LoadContext.emit`. Everything after that is the same
for every source and runs as set-based SQL, so 10 million rows cost seconds, not minutes. `emit_rows` runs it
as named stages: plan (which raw column feeds which canonical column, and the SQL typing and checking each),
type and check, row ids, duplicates, quarantine, publish, profile, report.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from ice_ledger.errors import SourceFileError
from ice_ledger.fiscal import fiscal_year_sql
from ice_ledger.schema import (
    REDACTION_RE,
    STAGE_EXTRA,
    STAGE_RID,
    Col,
    DuplicateRule,
    EmitResult,
    MalformedLine,
    Source,
    TableSpec,
    normalise_header,
    quote_ident,
    quote_str,
)
from ice_ledger.schema.relations import has_view
from ice_ledger.sources.readers import memory_limit_bytes
from ice_ledger.warehouse import quarantine
from ice_ledger.warehouse.sqlexpr import failure_exprs, typed_expr
from ice_ledger.warehouse.store import BuildDir

# The characters a redaction marker can begin with (REDACTION_RE after optional white space), as one SQL string.
# A scalar `contains` test, not `IN (...)`: DuckDB plans an IN list holding chr() calls as a join per column.
REDACTION_FIRST_CHARS = "('(bB[rR ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13))"
# Raw-cell bits per BIGINT in the column profile's bit masks.
PROFILE_BITS = 62


@dataclass
class LoadContext:
    """What a source's `load` function gets: its raw files, a DuckDB connection, and `emit`."""

    source: Source
    con: duckdb.DuckDBPyConnection
    raw_dir: Path
    build: BuildDir
    results: list[EmitResult] = field(default_factory=list)
    _stage_counter: int = 0
    # name -> the exact (content-addressed) raw file this build loads; names not here are read from raw_dir.
    files: dict[str, Path] = field(default_factory=dict)
    # One-row emits (`emit_row`) waiting for `queued_rows.flush_rows`; shared with the contexts `for_source` makes.
    queued: list[QueuedRow] = field(default_factory=list)

    def _local(self, name: str) -> tuple[str, Path]:
        remote = self.source.file(name)
        return remote.name, self.files.get(remote.name) or self.raw_dir / remote.name

    def path(self, name: str) -> Path:
        """Local path of one of the source's raw files (after fetch)."""
        file, path = self._local(name)
        if not path.exists():
            raise SourceFileError(file, "not fetched", hint=f"run `ice-ledger fetch {self.source.id}`")
        return path

    def has(self, name: str) -> bool:
        return self._local(name)[1].exists()

    def stage_name(self) -> str:
        self._stage_counter += 1
        return f"stage_{self.source.id}_{self._stage_counter}"

    def qa(self, check: str, value: Any, expected: Any, status: str, scope: str | None = None) -> None:
        """Record a QA result (pass/fail/info) for this source."""
        self.build.add_qa(self.source.id, check, scope or self.source.id, value, expected, status)

    def note(self, message: str) -> None:
        self.build.add_note(self.source.id, message)

    def emit(
        self,
        table: str,
        stage: str,
        *,
        file: str,
        sheet: str | None = None,
        constants: dict[str, Any] | None = None,
        malformed: Sequence[MalformedLine] | None = None,
        repaired_lines: list[int] | None = None,
    ) -> EmitResult:
        """Type, validate and write the staged rows of one file into `table`.

        `malformed` lines (from `stage_csv`) are quarantined whole; `repaired_lines` are noted in the report.
        """
        spec = self.source.table_spec(table)
        if malformed:
            quarantine.insert_malformed(self.con, self.source, table, file, malformed)
        try:
            result = emit_rows(
                self, spec, stage, file=file, sheet=sheet, constants=constants or {},
                extra_quarantined=len(malformed or []),
                extra_notes=[_repaired_note(repaired_lines)] if repaired_lines else [],
            )
        except duckdb.Error as exc:  # e.g. a damaged page of a Parquet file read through a view
            where = f"sheet {sheet!r}" if sheet else None
            raise SourceFileError(file, f"could not be loaded: {str(exc).splitlines()[0]}", where=where) from exc
        self.results.append(result)
        self.build.refresh_view(table)
        return result

    def emit_row(self, table: str, values: Mapping[str, str | None], *, file: str, line: int | None = None) -> None:
        """Queue one row of `table` read from `file` (at `line`, else 0), given as raw strings by column.

        Queued rows are typed, checked, published and reported when the load ends (`queued_rows.flush_rows`), all
        in one pass: each is still its own emit (its own load report line, column profile and result, in the order
        queued), but a one-row emit costs the binding of the whole typing statement (~17 ms), one per row."""
        self.queued.append(QueuedRow(self.source, self.source.table_spec(table), dict(values), file, line or 0,
                                     len(self.results)))

    def quarantine_query(self, table: str, query: str) -> None:
        quarantine.insert_query(self.con, self.source, table, query)

    def quarantine_rows(self, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
        quarantine.insert_rows(self.con, self.source, table, rows)

    def for_source(self, source: Source) -> LoadContext:
        """Same build, same results list, a narrowed declaration; its stage names cannot meet this context's."""
        return dataclasses.replace(self, source=source, results=self.results, queued=self.queued,
                                   _stage_counter=self._stage_counter + 1000)


@dataclass(frozen=True)
class QueuedRow:
    """A one-row emit waiting for `queued_rows.flush_rows`: its source and table as declared when queued, its
    raw values, file and line, and where its result goes in the context's results."""

    source: Source
    spec: TableSpec
    values: dict[str, str | None]
    file: str
    line: int
    result_at: int


def _repaired_note(lines: list[int]) -> str:
    shown = ", ".join(str(n) for n in lines[:10]) + (" ..." if len(lines) > 10 else "")
    return f"{len(lines)} line(s) were not valid UTF-8 and were read as Windows-1252 (lines {shown})"


def _resolve_columns(spec: TableSpec, stage_cols: list[str], file: str, constants: dict[str, Any]) -> dict[str, str | None]:
    by_norm: dict[str, str] = {}
    for c in stage_cols:
        by_norm.setdefault(normalise_header(c), c)
    mapping: dict[str, str | None] = {}
    for col in spec.columns:
        if col.name in constants:
            mapping[col.name] = None
            continue
        found = next((by_norm[normalise_header(a)] for a in col.aliases if normalise_header(a) in by_norm), None)
        if found is None and col.required:
            shown = ", ".join(repr(c) for c in stage_cols if c not in STAGE_EXTRA)
            raise SourceFileError(
                file,
                f"required column {col.name!r} is missing (looked for {', '.join(repr(a) for a in col.aliases)}); "
                f"the header has: {shown}",
                where="header row",
            )
        mapping[col.name] = found
    return mapping


def _cross_source_part(ctx: LoadContext, spec: TableSpec, rule: DuplicateRule, order: int, loaded: str
                       ) -> str | None:
    """SQL pairing this file's rows with rows of `rule.in_source` already in the build (None if absent).

    `loaded` is a relation of this file's loaded rows (`_rid`, `source_row` and the typed key columns)."""
    present = ctx.con.execute(
        f"SELECT count(*) FROM {quote_ident(spec.table)} WHERE source_id = ?", [rule.in_source]
    ).fetchone() if has_view(ctx.con, spec.table) else None
    if not present or not present[0]:
        ctx.note(f"duplicate rule {rule.name}: {rule.in_source} is not in this build, so nothing was compared")
        return None
    mine = ", ".join(f"w.{quote_ident(k)} AS _k{j}" for j, k in enumerate(rule.keys))
    theirs = ", ".join(f"{quote_ident(k)} AS _k{j}" for j, k in enumerate(rule.keys))
    keys = ", ".join(f"_k{j}" for j in range(len(rule.keys)))
    on = " AND ".join(f"c._k{j} IS NOT DISTINCT FROM o._k{j}" for j in range(len(rule.keys)))
    # The other source's rows are numbered only within the keys this file holds: a key's rows are all kept or
    # all left out, so their numbers are the same as over the whole table, at a fraction of the window's cost.
    kept = " AND ".join(f"t._k{j} IS NOT DISTINCT FROM m._k{j}" for j in range(len(rule.keys)))
    return f"""SELECT c._rid, {order} AS _rule, {quote_str(rule.name)} AS _name, o.row_id AS _first FROM (
            SELECT *, row_number() OVER (PARTITION BY {keys} ORDER BY source_row) AS _n
            FROM (SELECT w._rid, w.source_row, {mine} FROM {loaded} w)) c
        JOIN (SELECT *, row_number() OVER (PARTITION BY {keys} ORDER BY source_file, source_row) AS _n
              FROM (SELECT row_id, source_file, source_row, {theirs} FROM {quote_ident(spec.table)}
                    WHERE source_id = {quote_str(str(rule.in_source))}) t
              SEMI JOIN (SELECT DISTINCT {mine} FROM {loaded} w) m ON {kept}) o
        ON {on} AND c._n = o._n"""


@contextlib.contextmanager
def _any_row_order(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Let DuckDB write rows in any order: every row carries `_rid` and its lineage, so none is lost or mixed
    up, and a pass that must keep the input order runs up to twice as long on two cores."""
    con.execute("SET preserve_insertion_order = false")
    try:
        yield
    finally:
        con.execute("SET preserve_insertion_order = true")






@dataclass(frozen=True)
class _Plan:
    """How one staged file becomes the canonical table: its columns' raw, redaction and typed SQL, the checks,
    and the SQL of each stage's extra columns. Built once per emit, before anything runs."""

    stage: str  # the relation read (a temporary table with row ids, or a view numbering its rows)
    mapping: dict[str, str | None]  # canonical column -> raw header (None: constant or absent)
    unmapped: list[str]  # raw headers no canonical column takes
    typed_of: dict[str, str]  # canonical column -> SQL of its typed value
    every_row: str  # each staged row with raw, redaction and typed values, content hash `_h`, failure flag `_bad`
    fail_list: str  # the list of 'reason:column' a row fails
    derived: list[str]  # fiscal_year / calendar_year, as SQL
    derived_names: list[str]
    redactions: str  # the `redactions` column
    profile_bits: list[str]  # filled and redacted raw cells as bit masks
    raw_of_first: str  # the raw value of the first failing column
    raw_json: str  # every raw value of the row, as JSON
    rows: int  # rows staged


@dataclass(frozen=True)
class _Work:
    """The temporary relations of one emit, named after its stage."""

    typed: str  # the typed working set: a temporary table, or a view over `typed_file`
    occ: str  # repeats of identical content, numbered
    dups: str  # duplicate flags
    marks: str  # occ and dups joined by row
    typed_file: Path | None  # the typed working set's Parquet file, when it is too large to hold in memory

    @classmethod
    def of(cls, build: BuildDir, stage: str, *, in_memory: bool) -> _Work:
        typed, occ, dups, marks = (quote_ident(f"{p}_{stage}") for p in ("typed", "occ", "dups", "marks"))
        return cls(typed, occ, dups, marks, None if in_memory else build.dir / f"typed_{stage}.parquet")

    @property
    def loaded(self) -> str:
        return f"(SELECT * FROM {self.typed} WHERE NOT _bad)"

    def drop(self, con: duckdb.DuckDBPyConnection) -> None:
        for name in (self.occ, self.dups, self.marks):
            con.execute(f"DROP TABLE {name}")
        if self.typed_file is None:
            con.execute(f"DROP TABLE {self.typed}")
        else:
            con.execute(f"DROP VIEW {self.typed}")
            self.typed_file.unlink(missing_ok=True)


# The typed working set is held in memory (a temporary table) when its estimated size is at most this share of
# DuckDB's memory limit; larger ones go to a Parquet working file, which costs more CPU but stays off the
# memory limit (a table beyond it spills: the 3,000,000-row synthetic DDP file built 30% slower that way).
IN_MEMORY_SHARE = 0.3
# Bytes per cell of the typed working set in memory (measured: 144 MB for 439,903 rows x 23 columns).
TYPED_CELL_BYTES = 16
def typed_in_memory(con: duckdb.DuckDBPyConnection, plan: _Plan, n_columns: int) -> bool:
    """Whether the typed working set of `plan` fits the memory share (`IN_MEMORY_SHARE`)."""
    limit = memory_limit_bytes(con)
    return limit is not None and plan.rows * n_columns * TYPED_CELL_BYTES <= IN_MEMORY_SHARE * limit


def row_id(hash_of: str, occ_of: str) -> str:
    """The published row id: the content hash's first 16 hex digits, '-2', '-3' ... for repeats."""
    return f"substr({hash_of}._h, 1, 16) || coalesce('-' || {occ_of}._occ, '')"


def emit_rows(
    ctx: LoadContext,
    spec: TableSpec,
    stage: str,
    *,
    file: str,
    sheet: str | None,
    constants: dict[str, Any],
    extra_quarantined: int = 0,
    extra_notes: list[str] | None = None,
) -> EmitResult:
    """Type, check, identify, flag, quarantine, publish and profile the staged rows of one file."""
    plan = plan_emit(ctx.con, ctx.source, spec, stage, file, constants)
    work = _Work.of(ctx.build, plan.stage, in_memory=typed_in_memory(ctx.con, plan, typed_width(spec, plan)))
    type_and_check(ctx.con, spec, plan, work)
    counts = ctx.con.execute(f"SELECT count(*), count(*) FILTER (WHERE _bad) FROM {work.typed}").fetchone()
    assert counts is not None
    rows_read, rows_quarantined = int(counts[0]), int(counts[1])
    number_repeats(ctx.con, work)
    rows_duplicate = flag_duplicates(ctx, spec, work)
    if rows_quarantined:
        quarantine_failures(ctx.con, ctx.source, spec, work)
    publish(ctx, spec, plan, work, file, sheet, keep_all=not rows_quarantined)
    profile(ctx, spec, plan, work, file, sheet, rows_read, constants)
    work.drop(ctx.con)
    return report(ctx, spec, plan, file, sheet, constants, rows_read + extra_quarantined,
                  rows_quarantined + extra_quarantined, rows_duplicate, list(extra_notes or []))


def plan_emit(con: duckdb.DuckDBPyConnection, src: Source, spec: TableSpec, stage: str, file: str,
              constants: dict[str, Any]) -> _Plan:
    """The SQL of one emit. A stage without row numbers (a view, a non-temporary table) is copied into a
    temporary table with row ids first."""
    stage_cols = [r[0] for r in con.execute(f"DESCRIBE {quote_ident(stage)}").fetchall()]
    mapping = _resolve_columns(spec, stage_cols, file, constants)
    mapped_raw = {v for v in mapping.values() if v}
    unmapped = [c for c in stage_cols if c not in mapped_raw and c not in STAGE_EXTRA]
    # A few rows are tested cell by cell: the distinct-value query would cost more to plan than it saves.
    counted = con.execute(f"SELECT count(*) FROM {quote_ident(stage)}").fetchone()
    n_staged = int(counted[0]) if counted else 0
    few = n_staged <= FEW_ROWS
    facts = {} if few else _distinct_facts(con, spec, stage, mapping, constants)
    cells = _cell_sql(spec, mapping, constants, facts)

    digest = f"md5({quote_str(src.id)} || '\u241f' || concat_ws('\u241f', {', '.join(cells.content)}))"
    is_temp_table = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND temporary", [stage]
    ).fetchone()
    rid = f"s.{STAGE_RID}" if STAGE_RID in stage_cols else "s.rowid"
    if STAGE_RID not in stage_cols and is_temp_table != (1,):
        # a view without row numbers (or a non-temporary table) is made a table with row ids
        con.execute(f"CREATE OR REPLACE TEMP TABLE {quote_ident(stage + '_t')} AS SELECT * FROM {quote_ident(stage)}")
        stage = stage + "_t"
    typed_select = cells.typed_select
    every_row = f"""(WITH raw AS (
            SELECT {rid} AS _rid, CAST(s.source_row AS BIGINT) AS source_row, s.source_file, s.source_sheet,
                   {', '.join(cells.raw_select)}
            FROM {quote_ident(stage)} s
        ), red AS (SELECT *, {', '.join(cells.red_select)} FROM raw),
        typed AS (SELECT *{', ' if typed_select else ''}{', '.join(typed_select)} FROM red)
        SELECT *, {digest} AS _h, {cells.any_fail} AS _bad FROM typed)"""
    derived, derived_names = [], []
    if spec.fiscal_year_from:
        derived.append(f"{fiscal_year_sql(cells.typed_of[spec.fiscal_year_from])} AS fiscal_year")
        derived_names.append("fiscal_year")
    if spec.calendar_year_from:
        derived.append(f"year({cells.typed_of[spec.calendar_year_from]}) AS calendar_year")
        derived_names.append("calendar_year")
    return _Plan(stage, mapping, unmapped, cells.typed_of, every_row, cells.fail_list, derived, derived_names,
                 *_row_summaries(spec, facts), n_staged)


@dataclass(frozen=True)
class _CellSql:
    raw_select: list[str]
    red_select: list[str]
    typed_select: list[str]
    typed_of: dict[str, str]
    content: list[str]
    fail_list: str
    any_fail: str


def _raw_sql(col_name: str, mapping: dict[str, str | None], constants: dict[str, Any]) -> str:
    """A canonical column's raw string over a staged row `s`: trimmed, '' -> NULL (a constant, or NULL)."""
    if col_name in constants:
        return quote_str(str(constants[col_name]))
    if mapping[col_name] is None:
        return "CAST(NULL AS VARCHAR)"
    return f"nullif(trim(CAST(s.{quote_ident(mapping[col_name] or '')} AS VARCHAR)), '')"


def _redaction_test(raw: str) -> str:
    """Whether a raw string is a redaction marker. A marker can only start with '(', 'b', '[' or 'r' (or white
    space): the regex runs on those cells only."""
    return (f"CASE WHEN contains({REDACTION_FIRST_CHARS}, left({raw}, 1)) "
            f"THEN coalesce(regexp_full_match({raw}, {quote_str(REDACTION_RE)}), FALSE) ELSE FALSE END")


def _typed_sql(col: Col, raw: str, redacted: str) -> str:
    return f"CASE WHEN {redacted} THEN NULL ELSE {typed_expr(col, raw)} END"


@dataclass(frozen=True)
class _ColumnFacts:
    """What a column's distinct raw values hold: its redaction markers (None: too many to list) and, for each
    of its checks (`failure_exprs`, in order), whether any value fails it."""

    markers: list[str] | None
    fails: list[bool]


# A column with more distinct redaction markers than this keeps the regex test per cell.
MAX_LISTED_MARKERS = 64
# Stages of at most this many rows skip the distinct-value facts (`plan_emit`).
FEW_ROWS = 100


def _distinct_facts(con: duckdb.DuckDBPyConnection, spec: TableSpec, stage: str, mapping: dict[str, str | None],
                    constants: dict[str, Any]) -> dict[str, _ColumnFacts]:
    """Every per-cell test (redaction marker, each check) run once per distinct raw value of each column, not
    once per cell: a file of a million rows has a few thousand distinct values per column. The typing pass
    then tests a cell only against the markers found (`IN` a short list), and runs only the checks some value
    fails; on values that fail nothing, it runs none. Same results, by construction: the same SQL decides."""
    if not spec.columns:
        return {}
    v, x = "_v", "_x"
    parts = []
    for i, col in enumerate(spec.columns):
        typed = _typed_sql(col, v, x)
        checks = failure_exprs(col, v, x, f"({typed})")
        parts.append(
            f"""SELECT {i} AS _col, count(*) FILTER (WHERE {x}) AS _n,
                   CASE WHEN count(*) FILTER (WHERE {x}) <= {MAX_LISTED_MARKERS}
                        THEN list({v} ORDER BY {v}) FILTER (WHERE {x}) END AS _markers,
                   [{', '.join(f'bool_or(({c}) IS NOT NULL)' for c in checks)}] AS _fails
            FROM (SELECT {v}, {_redaction_test(v)} AS {x}
                  FROM (SELECT DISTINCT {_raw_sql(col.name, mapping, constants)} AS {v} FROM {quote_ident(stage)} s))"""
        )
    facts = {}
    for i, n, markers, hits in con.execute(" UNION ALL ".join(parts)).fetchall():
        col = spec.columns[int(i)]
        facts[col.name] = _ColumnFacts(
            markers=None if int(n or 0) > MAX_LISTED_MARKERS else list(markers or []),
            fails=[bool(h) for h in hits],
        )
    return facts


def _cell_sql(spec: TableSpec, mapping: dict[str, str | None], constants: dict[str, Any],
              facts: dict[str, _ColumnFacts]) -> _CellSql:
    """Raw strings, trimmed, '' -> NULL, and redaction markers recognised; typed values; the checks. These are
    SQL expressions over one staged row (`every_row`), evaluated once, in the pass that writes the typed
    working file. Where `facts` know a column's distinct values, only the markers and checks they hold are
    tested."""
    raw_select, red_select, typed_select, fails, content = [], [], [], [], []
    typed_of: dict[str, str] = {}
    for col in spec.columns:
        r, x, t = (quote_ident(f"{p}__{col.name}") for p in ("r", "x", "t"))
        raw_select.append(f"{_raw_sql(col.name, mapping, constants)} AS {r}")
        known = facts.get(col.name)
        if known is None or known.markers is None:
            red = _redaction_test(r)
        elif known.markers:
            red = f"coalesce({r} IN ({', '.join(quote_str(m) for m in known.markers)}), FALSE)"
        else:
            red = "FALSE"
        red_select.append(f"{red} AS {x}")
        typed = _typed_sql(col, r, x)
        if col.type == "text":
            typed_of[col.name] = f"({typed})"
        else:
            typed_select.append(f"{typed} AS {t}")
            typed_of[col.name] = t
        content.append(f"coalesce({r}, '\u2400')")
    for col in spec.columns:
        r, x = (quote_ident(f"{p}__{col.name}") for p in ("r", "x"))
        exprs = failure_exprs(col, r, x, typed_of[col.name])
        known = facts.get(col.name)
        fails.extend(exprs if known is None else [e for e, hit in zip(exprs, known.fails, strict=True) if hit])
    if fails:
        fail_list = f"list_filter([{', '.join(fails)}], lambda f: f IS NOT NULL)"
    else:
        fail_list = "CAST(NULL AS VARCHAR[])"
    any_fail = " OR ".join(f"({f}) IS NOT NULL" for f in fails) or "FALSE"
    return _CellSql(raw_select, red_select, typed_select, typed_of, content, fail_list, any_fail)


def _row_summaries(spec: TableSpec, facts: dict[str, _ColumnFacts]) -> tuple[str, list[str], str, str]:
    """SQL over a row's raw and redaction values: its `redactions` column, the profile bit masks, the raw value
    of the first failing column and every raw value as JSON."""
    # Only columns that can hold a marker take part (`facts`: the others hold none in this file).
    maybe = [c for c in spec.columns if c.name not in facts or facts[c.name].markers != []]
    parts = ", ".join(
        f"CASE WHEN {quote_ident('x__' + c.name)} THEN {quote_str(c.name + '=')} || {quote_ident('r__' + c.name)} END"
        for c in maybe
    )
    # Most rows have no redaction: the string is built only for rows that have one.
    any_redacted = " OR ".join(quote_ident("x__" + c.name) for c in maybe)
    redactions = (f"CASE WHEN {any_redacted} THEN nullif(concat_ws('; ', {parts}), '') END" if maybe
                  else "CAST(NULL AS VARCHAR)")
    # Which raw cells are filled and which are redaction markers, as bits (62 columns per BIGINT), so the
    # column profile reads two narrow columns, not every raw string.
    groups = [spec.columns[i:i + PROFILE_BITS] for i in range(0, len(spec.columns), PROFILE_BITS)]
    profile_bits = [
        "(" + " + ".join(f"(CASE WHEN {test} THEN {1 << j} ELSE 0 END)" for j, test in enumerate(tests))
        + f")::BIGINT AS {name}{g}"
        for g, group in enumerate(groups)
        for name, tests in (
            ("_nn", [f"{quote_ident('r__' + c.name)} IS NOT NULL" for c in group]),
            ("_xr", [quote_ident("x__" + c.name) for c in group]),
        )
    ]
    first_col = "split_part(_fail[1], ':', 2)"
    raw_of_first = "CASE " + " ".join(
        f"WHEN {first_col} = {quote_str(c.name)} THEN {quote_ident('r__' + c.name)}" for c in spec.columns
    ) + " END"
    raw_json = "json_object(" + ", ".join(
        f"{quote_str(c.name)}, {quote_ident('r__' + c.name)}" for c in spec.columns
    ) + ")"
    return redactions, profile_bits, raw_of_first, raw_json


def typed_width(spec: TableSpec, plan: _Plan) -> int:
    """The number of columns of the typed working set (`type_and_check`)."""
    return 6 + len(spec.columns) + len(plan.derived) + 1 + len(plan.profile_bits) + 3


def type_and_check(con: duckdb.DuckDBPyConnection, spec: TableSpec, plan: _Plan, work: _Work) -> None:
    """1. The one pass that types and checks: every staged row, its typed values, hash, failure flag, profile
    bits and (for failing rows only) the reasons and raw values, into the typed working set. Every later stage
    reads it, mostly a few of its columns; nothing is typed or hashed twice. A temporary table when it fits a
    share of the memory limit (encoding every row to Parquet and reading it back cost more than the typing
    itself), else a Parquet working file streamed to disk."""
    columns = ", ".join(f"{plan.typed_of[c.name]} AS {quote_ident(c.name)}" for c in spec.columns)
    select = f"""SELECT _rid, source_row, source_file, source_sheet, _h, _bad, {columns}
                       {''.join(', ' + d for d in plan.derived)}, {plan.redactions} AS redactions,
                       {', '.join(plan.profile_bits)},
                       _fail, CASE WHEN _bad THEN {plan.raw_of_first} END AS _raw_first,
                       CASE WHEN _bad THEN CAST({plan.raw_json} AS VARCHAR) END AS _raw_json
                FROM (SELECT *, CASE WHEN _bad THEN {plan.fail_list} END AS _fail FROM {plan.every_row})"""
    with _any_row_order(con):
        if work.typed_file is None:
            con.execute(f"CREATE OR REPLACE TEMP TABLE {work.typed} AS {select}")
        else:
            con.execute(f"COPY ({select}) TO {quote_str(str(work.typed_file))} (FORMAT parquet, COMPRESSION lz4)")
    if work.typed_file is not None:
        con.execute(f"CREATE OR REPLACE TEMP VIEW {work.typed} AS "
                    f"SELECT * FROM read_parquet({quote_str(str(work.typed_file))})")


def number_repeats(con: duckdb.DuckDBPyConnection, work: _Work) -> None:
    """2. Stable content-derived row ids: identical rows get -2, -3 ... in file order. Only rows whose content
    occurs more than once need a window, so it runs over those few rows, not the whole file."""
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {work.occ} AS
        SELECT _rid, _h, _bad, _occ FROM (
            SELECT w._rid, w._h, w._bad, row_number() OVER (PARTITION BY w._h ORDER BY w.source_row) AS _occ
            FROM {work.typed} w SEMI JOIN (SELECT _h FROM {work.typed} GROUP BY _h HAVING count(*) > 1) d
                ON w._h = d._h
        ) WHERE _occ > 1"""
    )


def flag_duplicates(ctx: LoadContext, spec: TableSpec, work: _Work) -> int:
    """3. Duplicate flags on loaded rows, by priority: exact copies (0), the declared rules within this file,
    then those comparing with another source; a row flagged by several keeps the first flag. Each rule's window,
    and the row ids its flags point to, are computed only for rows whose key occurs more than once. Returns the
    number of rows flagged."""
    con, loaded = ctx.con, work.loaded
    key_rules = [r for r in spec.duplicate_rules if r.in_source is None]
    cross = [r for r in spec.duplicate_rules if r.in_source is not None]
    parts = []
    if spec.flag_exact_copies:
        # Exact copies are the repeats just numbered: identical rows pass or fail the checks alike (every check
        # reads only the row's own cells, which the hash covers), so the first of each is loaded and its row id
        # is the bare hash.
        parts.append(f"SELECT _rid, 0 AS _rule, 'exact_copy' AS _name, substr(_h, 1, 16) AS _first "
                     f"FROM {work.occ} WHERE NOT _bad")
    for i, rule in enumerate(key_rules, start=1):
        keys = rule.keys
        key_cols = ", ".join(f"w.{quote_ident(k)} AS _k{j}" for j, k in enumerate(keys))
        names = [f"_k{j}" for j in range(len(keys))]
        not_null = " AND ".join(f"w.{quote_ident(k)} IS NOT NULL" for k in keys)
        on = " AND ".join(f"c.{n} = g.{n}" for n in names)
        parts.append(
            f"""SELECT _rid, {i} AS _rule, {quote_str(rule.name)} AS _name, _first FROM (
                SELECT c._rid, row_number() OVER k AS _n, first_value({row_id('c', 'o')}) OVER k AS _first
                FROM (SELECT w._rid, w.source_row, w._h, {key_cols} FROM {loaded} w WHERE {not_null}) c
                SEMI JOIN (SELECT {key_cols} FROM {loaded} w WHERE {not_null} GROUP BY ALL HAVING count(*) > 1) g
                    ON {on}
                LEFT JOIN {work.occ} o ON o._rid = c._rid
                WINDOW k AS (PARTITION BY {', '.join('c.' + n for n in names)} ORDER BY c.source_row)
            ) WHERE _n > 1"""
        )
    for i, rule in enumerate(cross, start=1 + len(key_rules)):
        part = _cross_source_part(ctx, spec, rule, i, loaded)
        if part is not None:
            parts.append(part)
    dup_source = " UNION ALL ".join(parts) if parts else (
        "SELECT CAST(NULL AS BIGINT) AS _rid, 0 AS _rule, CAST(NULL AS VARCHAR) AS _name, "
        "CAST(NULL AS VARCHAR) AS _first WHERE FALSE"
    )
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {work.dups} AS
        SELECT _rid, arg_min(_name, _rule) AS _rule_name, arg_min(_first, _rule) AS _first
        FROM ({dup_source}) GROUP BY _rid"""
    )
    # The few rows with an occurrence number or a duplicate flag, paired with every row by `_rid` below.
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {work.marks} AS
        SELECT coalesce(o._rid, d._rid) AS _rid, o._occ, d._rule_name, d._first
        FROM {work.occ} o FULL JOIN {work.dups} d ON o._rid = d._rid"""
    )
    row = con.execute(f"SELECT count(*) FROM {work.dups}").fetchone()
    return int(row[0]) if row else 0


def quarantine_failures(con: duckdb.DuckDBPyConnection, src: Source, spec: TableSpec, work: _Work) -> None:
    """4. Quarantine: one row per failing source row, first reason first, every reason in the detail."""
    quarantine.insert_query(
        con, src, spec.table,
        f"""SELECT f.source_file, f.source_sheet, f.source_row, {row_id('f', 'w')} AS row_id,
               split_part(f._fail[1], ':', 1) AS reason, split_part(f._fail[1], ':', 2) AS column_name,
               f._raw_first AS raw_value, array_to_string(f._fail, '; ') AS detail, f._raw_json AS raw_json
        FROM {work.typed} f LEFT JOIN {work.marks} w ON w._rid = f._rid WHERE f._bad
        ORDER BY f.source_row""",
    )


def publish(ctx: LoadContext, spec: TableSpec, plan: _Plan, work: _Work, file: str, sheet: str | None, *,
            keep_all: bool) -> None:
    """5. The published Parquet part. Its row order is not fixed (readers order by lineage): keeping file order
    through the typing pass and the join costs as much again as the pass itself."""
    src = ctx.source
    target = ctx.build.table_part(spec.table, src.id, file, sheet)
    keep = "" if keep_all else "WHERE NOT f._bad"
    published = ", ".join(f"f.{quote_ident(n)}" for n in [c.name for c in spec.columns] + plan.derived_names)
    with _any_row_order(ctx.con):
        ctx.con.execute(
            f"""COPY (
                SELECT {row_id('f', 'w')} AS row_id, {published}, f.redactions,
                       w._rule_name IS NOT NULL AS duplicate_likely, w._rule_name AS duplicate_rule,
                       w._first AS duplicate_of,
                       {quote_str(src.id)} AS source_id, {quote_str(src.release)} AS release,
                       f.source_file, f.source_sheet, f.source_row
                FROM {work.typed} f LEFT JOIN {work.marks} w ON w._rid = f._rid
                {keep}
            ) TO {quote_str(str(target))} (FORMAT parquet, COMPRESSION zstd)"""
        )


def profile(ctx: LoadContext, spec: TableSpec, plan: _Plan, work: _Work, file: str, sheet: str | None,
            rows_read: int, constants: dict[str, Any]) -> None:
    """6. Column profile: nulls, redactions, wholly redacted columns, columns the file has but we do not map."""
    prof = ctx.con.execute(f"SELECT {profile_sums(spec)} FROM {work.typed}").fetchone()
    assert prof is not None
    ctx.build.add_profiles(profile_rows(ctx.source, spec, plan, file, sheet, rows_read, constants, prof))


def profile_sums(spec: TableSpec) -> str:
    """SQL of the column profile's counts over the typed working set: per column, filled and redacted cells."""
    return ", ".join(
        f"sum((_nn{i // PROFILE_BITS} >> {i % PROFILE_BITS}) & 1), sum((_xr{i // PROFILE_BITS} >> {i % PROFILE_BITS}) & 1)"
        for i, c in enumerate(spec.columns)
    )


def profile_rows(src: Source, spec: TableSpec, plan: _Plan, file: str, sheet: str | None, rows_read: int,
                 constants: dict[str, Any], prof: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The `column_profile` rows of one file from its counts (`profile_sums`)."""
    rows: list[tuple[Any, ...]] = []
    for i, col in enumerate(spec.columns):
        nonnull, red = int(prof[2 * i] or 0), int(prof[2 * i + 1] or 0)
        raw = plan.mapping[col.name]
        status = "constant" if col.name in constants else ("mapped" if raw else "missing_in_file")
        rows.append((src.id, spec.table, file, sheet, col.name, raw, status, rows_read,
                     rows_read - nonnull, red, nonnull > 0 and red == nonnull))
    for raw_col in plan.unmapped:
        rows.append((src.id, spec.table, file, sheet, None, raw_col, "unmapped", rows_read, None, None, False))
    return rows


def report(ctx: LoadContext, spec: TableSpec, plan: _Plan, file: str, sheet: str | None,
           constants: dict[str, Any], rows_read: int, rows_quarantined: int, rows_duplicate: int,
           notes: list[str]) -> EmitResult:
    """The load report line, with the expected-row-count check and notes on unmapped and absent columns."""
    if spec.expected_rows:
        lo, hi = spec.expected_rows
        ok = lo <= rows_read <= hi
        ctx.qa(f"rows_read_{spec.table}", rows_read, f"{lo}..{hi}", "pass" if ok else "fail", scope=file)
        if not ok:
            notes.append(f"expected {lo}..{hi} rows, read {rows_read}")
    if plan.unmapped:
        notes.append(f"columns not in the canonical table: {', '.join(plan.unmapped)}")
    missing = [c for c, v in plan.mapping.items() if v is None and c not in constants]
    if missing:
        notes.append(f"columns absent from the file (left NULL): {', '.join(missing)}")
    res = EmitResult(spec.table, file, sheet, rows_read, rows_read - rows_quarantined, rows_quarantined,
                     rows_duplicate, notes)
    ctx.build.add_report(ctx.source.id, res)
    return res
