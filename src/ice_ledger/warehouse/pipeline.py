"""From staged raw strings to a canonical table: types, checks, quarantine, lineage, duplicate flags.

A source's `load` stages the rows of one file as a DuckDB table of strings (original headers, plus
`source_file`, `source_sheet`, `source_row`) and calls `LoadContext.emit`. Everything after that is the same
for every source and runs as set-based SQL, so 10 million rows cost seconds, not minutes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from ice_ledger.errors import SourceFileError
from ice_ledger.fiscal import fiscal_year_sql
from ice_ledger.sources.base import Source, TableSpec
from ice_ledger.warehouse.sqlexpr import REDACTION_RE, failure_exprs, quote_ident, quote_str, typed_expr

if TYPE_CHECKING:
    from ice_ledger.sources.readers import MalformedLine
    from ice_ledger.warehouse.store import BuildDir

LINEAGE_COLUMNS = ("source_id", "release", "source_file", "source_sheet", "source_row")
FLAG_COLUMNS = ("redactions", "duplicate_likely", "duplicate_rule", "duplicate_of")


def normalise_header(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(name).strip().lower()).strip("_")


@dataclass
class EmitResult:
    """What one emit did: the counts the build report prints."""

    table: str
    file: str
    sheet: str | None
    rows_read: int
    rows_loaded: int
    rows_quarantined: int
    rows_duplicate: int
    notes: list[str] = field(default_factory=list)


@dataclass
class LoadContext:
    """What a source's `load` function gets: its raw files, a DuckDB connection, and `emit`."""

    source: Source
    con: duckdb.DuckDBPyConnection
    raw_dir: Path
    build: BuildDir
    results: list[EmitResult] = field(default_factory=list)
    _stage_counter: int = 0

    def path(self, name: str) -> Path:
        """Local path of one of the source's raw files (after fetch)."""
        remote = self.source.file(name)
        path = self.raw_dir / remote.name
        if not path.exists():
            raise SourceFileError(remote.name, "not fetched", hint=f"run `ice-ledger fetch {self.source.id}`")
        return path

    def has(self, name: str) -> bool:
        return (self.raw_dir / self.source.file(name).name).exists()

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
            from ice_ledger.sources.readers import quarantine_malformed

            quarantine_malformed(self.con, self.source.id, self.source.release, table, file, malformed)
        result = emit_rows(
            self, spec, stage, file=file, sheet=sheet, constants=constants or {},
            extra_quarantined=len(malformed or []),
            extra_notes=[_repaired_note(repaired_lines)] if repaired_lines else [],
        )
        self.results.append(result)
        self.build.refresh_view(table)
        return result


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
            shown = ", ".join(repr(c) for c in stage_cols if c not in ("source_file", "source_sheet", "source_row"))
            raise SourceFileError(
                file,
                f"required column {col.name!r} is missing (looked for {', '.join(repr(a) for a in col.aliases)}); "
                f"the header has: {shown}",
                where="header row",
            )
        mapping[col.name] = found
    return mapping


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
    con = ctx.con
    src = ctx.source
    stage_cols = [r[0] for r in con.execute(f"DESCRIBE {quote_ident(stage)}").fetchall()]
    mapping = _resolve_columns(spec, stage_cols, file, constants)
    mapped_raw = {v for v in mapping.values() if v}
    unmapped = [c for c in stage_cols if c not in mapped_raw and c not in ("source_file", "source_sheet", "source_row")]

    # 1. raw strings, trimmed, '' -> NULL, and redaction markers recognised
    raw_select, typed_select, fails, content = [], [], [], []
    for col in spec.columns:
        r, x, t = f"r__{col.name}", f"x__{col.name}", f"t__{col.name}"
        if col.name in constants:
            raw_select.append(f"{quote_str(str(constants[col.name]))} AS {quote_ident(r)}")
        elif mapping[col.name] is None:
            raw_select.append(f"CAST(NULL AS VARCHAR) AS {quote_ident(r)}")
        else:
            raw_select.append(f"nullif(trim(CAST({quote_ident(mapping[col.name] or '')} AS VARCHAR)), '') AS {quote_ident(r)}")
        redacted = f"coalesce(regexp_full_match({quote_ident(r)}, {quote_str(REDACTION_RE)}), FALSE)"
        typed_select.append(f"{redacted} AS {quote_ident(x)}")
        typed_select.append(
            f"CASE WHEN {redacted} THEN NULL ELSE {typed_expr(col, quote_ident(r))} END AS {quote_ident(t)}"
        )
        content.append(f"coalesce({quote_ident(r)}, '\u2400')")
    for col in spec.columns:
        r, x, t = (quote_ident(f"{p}__{col.name}") for p in ("r", "x", "t"))
        fails.extend(failure_exprs(col, r, x, t))

    digest = f"md5({quote_str(src.id)} || '\u241f' || concat_ws('\u241f', {', '.join(content)}))"
    work = f"work_{stage}"
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {quote_ident(work)} AS
        WITH raw AS (
            SELECT source_file, source_sheet, CAST(source_row AS BIGINT) AS source_row, {', '.join(raw_select)}
            FROM {quote_ident(stage)}
        ), typed AS (SELECT *, {', '.join(typed_select)} FROM raw)
        SELECT *, {digest} AS _h,
               list_filter([{', '.join(fails)}], lambda f: f IS NOT NULL) AS _fail
        FROM typed"""
    )
    # 2. stable content-derived row ids: identical rows get -2, -3 ... in file order
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {quote_ident(work + '_id')} AS
        SELECT *, substr(_h, 1, 16) || CASE WHEN _occ > 1 THEN '-' || _occ ELSE '' END AS row_id
        FROM (SELECT *, row_number() OVER (PARTITION BY _h ORDER BY source_row) AS _occ FROM {quote_ident(work)})"""
    )
    con.execute(f"DROP TABLE {quote_ident(work)}")
    work = work + "_id"

    counts = con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE len(_fail) > 0) FROM {quote_ident(work)}"
    ).fetchone()
    assert counts is not None
    rows_read, rows_quarantined = int(counts[0]), int(counts[1])

    # 3. quarantine: one row per failing source row, first reason first, every reason in the detail
    first_col = "split_part(_fail[1], ':', 2)"
    raw_of_first = "CASE " + " ".join(
        f"WHEN {first_col} = {quote_str(c.name)} THEN {quote_ident('r__' + c.name)}" for c in spec.columns
    ) + " END"
    raw_json = "json_object(" + ", ".join(
        f"{quote_str(c.name)}, {quote_ident('r__' + c.name)}" for c in spec.columns
    ) + ")"
    con.execute(
        f"""INSERT INTO quarantine
        SELECT {quote_str(src.id)}, {quote_str(src.release)}, {quote_str(spec.table)}, source_file, source_sheet,
               source_row, row_id, split_part(_fail[1], ':', 1), {first_col}, {raw_of_first},
               array_to_string(_fail, '; '), CAST({raw_json} AS VARCHAR)
        FROM {quote_ident(work)} WHERE len(_fail) > 0"""
    )

    # 4. duplicate flags on loaded rows: exact copies first, then each declared rule
    rules = ([("exact_copy", ["_h"])] if spec.flag_exact_copies else []) + [(r.name, [quote_ident("t__" + k) for k in r.keys]) for r in spec.duplicate_rules]
    dup_parts, dup_of = [], []
    for i, (name, keys) in enumerate(rules):
        part = ", ".join(keys)
        not_null = " AND ".join(f"{k} IS NOT NULL" for k in keys)
        dup_parts.append(
            f"CASE WHEN {not_null} AND row_number() OVER (PARTITION BY {part} ORDER BY source_row) > 1 "
            f"THEN {quote_str(name)} END AS _d{i}"
        )
        dup_of.append(f"first_value(row_id) OVER (PARTITION BY {part} ORDER BY source_row) AS _o{i}")
    redactions = "nullif(array_to_string(list_filter([" + ", ".join(
        f"CASE WHEN {quote_ident('x__' + c.name)} THEN {quote_str(c.name + '=')} || {quote_ident('r__' + c.name)} END"
        for c in spec.columns
    ) + "], lambda v: v IS NOT NULL), '; '), '')"
    derived = []
    if spec.fiscal_year_from:
        derived.append(f"{fiscal_year_sql(quote_ident('t__' + spec.fiscal_year_from))} AS fiscal_year")
    if spec.calendar_year_from:
        derived.append(f"year({quote_ident('t__' + spec.calendar_year_from)}) AS calendar_year")
    if rules:
        dup_rule = "coalesce(" + ", ".join(f"_d{i}" for i in range(len(rules))) + ")"
        dup_first = "CASE " + " ".join(f"WHEN _d{i} IS NOT NULL THEN _o{i}" for i in range(len(rules))) + " END"
    else:
        dup_rule, dup_first = "CAST(NULL AS VARCHAR)", "CAST(NULL AS VARCHAR)"
        dup_parts, dup_of = ["NULL AS _none"], []
    columns = ", ".join(f"{quote_ident('t__' + c.name)} AS {quote_ident(c.name)}" for c in spec.columns)
    target = ctx.build.table_part(spec.table, src.id, file, sheet)
    con.execute(
        f"""COPY (
            SELECT row_id, {columns}{', ' if derived else ''}{', '.join(derived)},
                   {redactions} AS redactions,
                   {dup_rule} IS NOT NULL AS duplicate_likely, {dup_rule} AS duplicate_rule, {dup_first} AS duplicate_of,
                   {quote_str(src.id)} AS source_id, {quote_str(src.release)} AS release,
                   source_file, source_sheet, source_row
            FROM (SELECT *, {', '.join(dup_parts + dup_of)} FROM {quote_ident(work)} WHERE len(_fail) = 0)
            ORDER BY source_row
        ) TO {quote_str(str(target))} (FORMAT parquet, COMPRESSION zstd)"""
    )
    dups_row = con.execute(
        f"SELECT count(*) FILTER (WHERE duplicate_likely) FROM read_parquet({quote_str(str(target))})"
    ).fetchone()
    rows_duplicate = int(dups_row[0]) if dups_row else 0

    # 5. column profile: nulls, redactions, wholly redacted columns, columns the file has but we do not map
    prof = con.execute(
        "SELECT " + ", ".join(
            f"count({quote_ident('r__' + c.name)}), count(*) FILTER (WHERE {quote_ident('x__' + c.name)})"
            for c in spec.columns
        ) + f" FROM {quote_ident(work)}"
    ).fetchone()
    assert prof is not None
    for i, col in enumerate(spec.columns):
        nonnull, red = int(prof[2 * i]), int(prof[2 * i + 1])
        status = "constant" if col.name in constants else ("mapped" if mapping[col.name] else "missing_in_file")
        ctx.build.add_profile(
            src.id, spec.table, file, sheet, col.name, mapping[col.name], status, rows_read,
            rows_read - nonnull, red, nonnull > 0 and red == nonnull,
        )
    for raw_col in unmapped:
        ctx.build.add_profile(src.id, spec.table, file, sheet, None, raw_col, "unmapped", rows_read, None, None, False)
    con.execute(f"DROP TABLE {quote_ident(work)}")

    notes = list(extra_notes or [])
    rows_read += extra_quarantined
    rows_quarantined += extra_quarantined
    if spec.expected_rows:
        lo, hi = spec.expected_rows
        ok = lo <= rows_read <= hi
        ctx.qa(f"rows_read_{spec.table}", rows_read, f"{lo}..{hi}", "pass" if ok else "fail", scope=file)
        if not ok:
            notes.append(f"expected {lo}..{hi} rows, read {rows_read}")
    if unmapped:
        notes.append(f"columns not in the canonical table: {', '.join(unmapped)}")
    missing = [c for c, v in mapping.items() if v is None and c not in constants]
    if missing:
        notes.append(f"columns absent from the file (left NULL): {', '.join(missing)}")
    res = EmitResult(spec.table, file, sheet, rows_read, rows_read - rows_quarantined, rows_quarantined, rows_duplicate, notes)
    ctx.build.add_report(src.id, res)
    return res
