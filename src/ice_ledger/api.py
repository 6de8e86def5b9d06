"""The Python API behind the CLI and the web app: each command calls one function here.

    from ice_ledger import api
    api.build(mirror="../shared/data")
    api.table("official_figures", where=["fiscal_year=2018"])
    api.trace("detainers", "e959d3cc23d07bf0")
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from ice_ledger.config import Paths
from ice_ledger.errors import IceLedgerError, QueryError, UnknownTableError
from ice_ledger.query import parse_filters, where_clause
from ice_ledger.sources import all_sources, get_source, select_sources
from ice_ledger.sources.fetch import FetchResult, fetch_source, object_path, read_manifest
from ice_ledger.warehouse import build as _build
from ice_ledger.warehouse import store
from ice_ledger.warehouse.sqlexpr import quote_ident


def paths(home: str | Path | None = None) -> Paths:
    return Paths.resolve(home)


def connect(home: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the last good build."""
    return store.connect(paths(home))


def fetch(source_ids: list[str] | None = None, *, mirror: str | Path | None = None,
          home: str | Path | None = None, quiet: bool = False, force: bool = False) -> dict[str, FetchResult]:
    """Acquire and accept each source's files; `force` re-acquires files already at hand."""
    p = paths(home)
    chosen = select_sources(source_ids)
    with store.build_lock(p):
        return {s.id: fetch_source(s, p, Path(mirror) if mirror else None, force=force, quiet=quiet) for s in chosen}


def build(source_ids: list[str] | None = None, *, mirror: str | Path | None = None,
          home: str | Path | None = None, quiet: bool = False, force: bool = False) -> _build.BuildSummary:
    return _build.build(paths(home), source_ids, mirror=Path(mirror) if mirror else None, quiet=quiet,
                        force=force)


def tables(home: str | Path | None = None) -> list[str]:
    with connect(home) as con:
        return sorted(r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() UNION "
                                                "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall())


def table(name: str, *, where: list[str] | None = None, limit: int | None = 20, columns: list[str] | None = None,
          home: str | Path | None = None, offset: int = 0) -> pd.DataFrame:
    """Rows of a warehouse table, filtered with `col=value` items; `offset` skips rows in the database."""
    with connect(home) as con:
        known = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() UNION "
                                           "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
        if name not in known:
            raise UnknownTableError(f"no table {name!r}; tables are: {', '.join(sorted(known))}")
        cols = [r[0] for r in con.execute(f"DESCRIBE {quote_ident(name)}").fetchall()]
        unknown = [c for c in columns or [] if c not in cols]
        if unknown:
            raise QueryError(f"no column {unknown[0]!r} in {name}; columns are: {', '.join(cols)}")
        if (limit is not None and limit < 0) or offset < 0:
            raise QueryError(f"limit and offset must be 0 or more (got {limit}, {offset})")
        filters = parse_filters(where, set(cols))
        clause, params = where_clause(filters)
        select = ", ".join(quote_ident(c) for c in columns) if columns else "*"
        order = " ORDER BY source_id, source_file, source_sheet, source_row" if "source_row" in cols else ""
        if order and "row_id" in cols:
            order += ", row_id"  # ties (derived rows) in a stable order too, so pages never overlap
        sql = f"SELECT {select} FROM {quote_ident(name)}{clause}{order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        if offset:
            sql += f" OFFSET {int(offset)}"
        return con.execute(sql, params).df()


@dataclass
class SourceStatus:
    id: str
    title: str
    publisher: str
    licence: str
    homepage: str
    release: str
    files: list[dict[str, Any]] = field(default_factory=list)
    rows_read: int | None = None
    rows_loaded: int | None = None
    rows_quarantined: int | None = None
    last_build: str | None = None


def sources(home: str | Path | None = None) -> list[SourceStatus]:
    """Every registered source with its files (URL, size, sha256) and what the last build loaded."""
    p = paths(home)
    report: dict[str, tuple[int, int, int, str]] = {}
    try:
        with store.connect(p) as con:
            for sid, read, loaded, quar in con.execute(
                "SELECT source_id, sum(rows_read), sum(rows_loaded), sum(rows_quarantined) FROM load_report GROUP BY 1"
            ).fetchall():
                report[sid] = (int(read), int(loaded), int(quar), "")
            for sid, built in con.execute("SELECT source_id, CAST(built_at AS VARCHAR) FROM sources").fetchall():
                if sid in report:
                    report[sid] = (*report[sid][:3], built)
    except IceLedgerError:
        pass
    out = []
    for s in all_sources().values():
        manifest = read_manifest(p, s.id)
        files = []
        for f in s.files:
            m = manifest.get(f.name)
            files.append({"name": f.name, "url": f.url, "size": m.size if m else None,
                          "sha256": m.sha256 if m else None, "retrieved_at": m.retrieved_at if m else None,
                          "optional": f.optional})
        r = report.get(s.id)
        out.append(SourceStatus(s.id, s.title, s.publisher, s.licence, s.homepage, s.release, files,
                                *(r if r else (None, None, None, None))))
    return out


@dataclass
class Trace:
    """Where one row came from: its source, release, file, sheet and row, with the raw and loaded values.

    A derived row (computed by the build, not read from a file) has `derived_from`: the table and rows it was
    computed from, and how.
    """

    table: str
    row_id: str
    source_id: str
    release: str
    source_file: str
    source_sheet: str | None
    source_row: int
    file_sha256: str | None
    file_url: str | None
    loaded: dict[str, Any]
    raw: dict[str, Any] | None
    quarantined: bool = False
    reason: str | None = None
    build_id: str | None = None
    derived_from: dict[str, Any] | None = None


def trace(table_name: str, row_id: str, *, home: str | Path | None = None, build_id: str | None = None) -> Trace:
    """Open one row's lineage in the current build (or a named complete build), re-reading the very raw file
    that build loaded (by its sha256), so the user sees the cells exactly as published."""
    from ice_ledger.policies.behavioural import derived_inputs

    p = paths(home)
    with store.connect(p, build_id=build_id) as con:
        names = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() UNION "
                                           "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
        if table_name not in names:
            raise UnknownTableError(f"no table {table_name!r}")
        cols = {r[0] for r in con.execute(f"DESCRIBE {quote_ident(table_name)}").fetchall()}
        if not {"row_id", "source_id", "source_file", "source_row"} <= cols:
            raise IceLedgerError(
                f"{table_name} has no row ids: its rows are computed by the build (summaries or metadata), not "
                "read from one file; trace a row of a table that has a row_id column (e.g. detainers)")
        row = con.execute("SELECT build_id FROM builds LIMIT 1").fetchone()
        built = str(row[0]) if row else None
        df = con.execute(f"SELECT * FROM {quote_ident(table_name)} WHERE row_id = ?", [row_id]).df()
        quarantined, reason = False, None
        if df.empty:
            q = con.execute("SELECT * FROM quarantine WHERE table_name = ? AND row_id = ?", [table_name, row_id]).df()
            if q.empty:
                raise IceLedgerError(f"no row {row_id!r} in {table_name} (nor in its quarantine)")
            rec = q.iloc[0].to_dict()
            loaded = json.loads(rec["raw_json"]) if rec.get("raw_json") else {}
            quarantined, reason = True, f"{rec['reason']}: {rec['detail']}"
        else:
            rec = df.iloc[0].to_dict()
            loaded = {k: _plain(v) for k, v in rec.items()}
        source_id, file = str(rec["source_id"]), str(rec["source_file"])
        if source_id not in all_sources():
            inputs = derived_inputs(con, source_id, rec)
            if inputs is None:
                raise IceLedgerError(f"{table_name} row {row_id!r} comes from {source_id!r}, which is neither a "
                                     "registered source nor a known derivation")
            return Trace(table_name, row_id, source_id, str(rec["release"]), file, None, int(rec["source_row"]),
                         None, None, loaded, None, quarantined, reason, built, inputs)
        got = con.execute("SELECT sha256, url FROM source_files WHERE source_id = ? AND name = ?",
                          [source_id, file]).fetchone()
    sha, url = (str(got[0]), str(got[1])) if got else (None, None)
    raw = _raw_row(p, source_id, table_name, file, rec.get("source_sheet"), int(rec["source_row"]), sha)
    return Trace(table_name, row_id, source_id, rec["release"], file, rec.get("source_sheet"),
                 int(rec["source_row"]), sha, url, loaded, raw, quarantined, reason, built)


def _plain(v: Any) -> Any:
    if v is None or v is pd.NaT or (isinstance(v, float) and pd.isna(v)):
        return None
    if isinstance(v, pd.Timestamp) and v == v.normalize():
        return v.date().isoformat()
    if hasattr(v, "isoformat"):
        return v.isoformat()
    if hasattr(v, "item"):
        return v.item()
    return v


def _loaded_file(p: Paths, source_id: str, file: str, sha256: str | None) -> Path | None:
    """The bytes a build loaded: its content-addressed copy (or the raw copy while its sha256 still matches).
    Files a build records no hash for (hand tables shipped in the package) are read from raw/<source>/."""
    from ice_ledger.sources.fetch import sha256_of

    legacy = p.raw_dir(source_id) / file
    if sha256 is None:
        return legacy if legacy.is_file() else None
    stored = object_path(p, source_id, sha256, file)
    if stored.is_file():
        return stored
    return legacy if legacy.is_file() and sha256_of(legacy) == sha256 else None


def _raw_row(p: Paths, source_id: str, table: str, file: str, sheet: Any, row: int,
             sha256: str | None = None) -> dict[str, Any] | None:
    """The row as it stands in the raw file (header → cell), or None when the file is not at hand."""
    from ice_ledger.sources._workbook import read_any_sheet
    from ice_ledger.sources.readers import cell_text, find_header_row

    path = _loaded_file(p, source_id, file, sha256)
    if path is None:
        return None
    if isinstance(sheet, str) and sheet:
        rows, _ = read_any_sheet(path, sheet, file)  # openpyxl where calamine refuses the workbook
        try:  # the same header detection the load used, so labels line up with cells
            header_idx = find_header_row(rows, get_source(source_id).table_spec(table), file, sheet)
        except (IceLedgerError, KeyError):
            header_idx = next((i for i, r in enumerate(rows[:30]) if sum(v not in (None, "") for v in r) >= 2), 0)
        header = [str(h) for h in rows[header_idx]]
        cells = rows[row - 1] if 0 < row <= len(rows) else []
        return {h: cell_text(v) for h, v in zip(header, cells, strict=False)}
    custom = get_source(source_id).raw_row
    if custom is not None:
        return custom(path, row)
    import csv
    import gzip
    import itertools

    with (gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="") if path.suffix == ".gz"
          else path.open(encoding="utf-8", errors="replace", newline="")) as fh:
        first = fh.readline()
        delim = max(",|\t;", key=first.count)
        header = next(csv.reader([first], delimiter=delim))
        reader = csv.reader(fh, delimiter=delim)
        line = next(itertools.islice(reader, row - 2, row - 1), None)
    return dict(zip(header, line, strict=False)) if line else None


def source_ids() -> list[str]:
    return list(all_sources())
