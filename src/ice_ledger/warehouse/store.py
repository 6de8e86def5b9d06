"""The warehouse on disk: immutable build directories and an atomically swapped `current` link.

A build writes into warehouse/builds/<id>.partial/. Only when every step has succeeded is the directory
renamed to builds/<id>/ and the `current` symlink replaced (both atomic renames). A build that fails or is
killed at any point leaves `current` pointing at the last good build; the next build removes the leftovers.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from ice_ledger import __version__
from ice_ledger.config import Paths
from ice_ledger.errors import IceLedgerError, NoWarehouseError
from ice_ledger.warehouse.sqlexpr import quote_ident, quote_str

if TYPE_CHECKING:
    from ice_ledger.warehouse.pipeline import EmitResult

DB_NAME = "ledger.duckdb"
KEEP_BUILDS = 3
MEMORY_LIMIT = "640MB"

METADATA_DDL = {
    "builds": "build_id VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP, sources VARCHAR, "
    "rebuilt VARCHAR, version VARCHAR",
    "sources": "source_id VARCHAR, title VARCHAR, publisher VARCHAR, licence VARCHAR, homepage VARCHAR, "
    "release VARCHAR, kind VARCHAR, citation VARCHAR, description VARCHAR, tables VARCHAR, build_id VARCHAR, "
    "built_at TIMESTAMP",
    "source_files": "source_id VARCHAR, name VARCHAR, url VARCHAR, origin VARCHAR, size BIGINT, sha256 VARCHAR, "
    "retrieved_at VARCHAR",
    "load_report": "source_id VARCHAR, table_name VARCHAR, file VARCHAR, sheet VARCHAR, rows_read BIGINT, "
    "rows_loaded BIGINT, rows_quarantined BIGINT, rows_duplicate BIGINT, notes VARCHAR",
    "quarantine": "source_id VARCHAR, release VARCHAR, table_name VARCHAR, source_file VARCHAR, "
    "source_sheet VARCHAR, source_row BIGINT, row_id VARCHAR, reason VARCHAR, column_name VARCHAR, "
    "raw_value VARCHAR, detail VARCHAR, raw_json VARCHAR",
    "column_profile": "source_id VARCHAR, table_name VARCHAR, file VARCHAR, sheet VARCHAR, column_name VARCHAR, "
    "raw_header VARCHAR, status VARCHAR, n_rows BIGINT, n_null BIGINT, n_redacted BIGINT, wholly_redacted BOOLEAN",
    "qa": "source_id VARCHAR, check_name VARCHAR, scope VARCHAR, value VARCHAR, expected VARCHAR, status VARCHAR",
    "build_notes": "source_id VARCHAR, note VARCHAR",
}


def new_build_id() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name)


class BuildDir:
    """A build in progress: its directory, its DuckDB connection and its metadata rows."""

    def __init__(self, paths: Paths, build_id: str):
        self.paths = paths
        self.build_id = build_id
        self.dir = paths.builds / f"{build_id}.partial"
        self.tables_dir = self.dir / "tables"
        self.tables_dir.mkdir(parents=True)
        self.con = duckdb.connect(str(self.dir / DB_NAME))
        self.con.execute("SET preserve_insertion_order = true")
        # Bounded memory: beyond this DuckDB spills to <build>/ledger.duckdb.tmp, so a 10-million-row file builds
        # on a small machine. $ICE_LEDGER_MEMORY_LIMIT overrides it (a DuckDB size, e.g. "4GB").
        self.con.execute(f"SET memory_limit = {quote_str(os.environ.get('ICE_LEDGER_MEMORY_LIMIT') or MEMORY_LIMIT)}")
        for name, ddl in METADATA_DDL.items():
            self.con.execute(f"CREATE TABLE {name} ({ddl})")
        self._parts: set[Path] = set()

    # -- writing ---------------------------------------------------------------------------------------
    def table_part(self, table: str, source_id: str, file: str, sheet: str | None) -> Path:
        """A new parquet file for one (table, source, file, sheet); parts are unioned into the table."""
        folder = self.tables_dir / table
        folder.mkdir(exist_ok=True)
        stem = _safe(f"{source_id}__{Path(file).name}" + (f"__{sheet}" if sheet else ""))
        target = folder / f"{stem}.parquet"
        n = 2
        while target in self._parts:
            target = folder / f"{stem}-{n}.parquet"
            n += 1
        self._parts.add(target)
        return target

    def write_table(self, table: str, part: str, sql: str) -> Path:
        """Write a derived table (or one part of it) from a query over this build."""
        folder = self.tables_dir / table
        folder.mkdir(exist_ok=True)
        target = folder / f"{_safe(part)}.parquet"
        self.con.execute(f"COPY ({sql}) TO {quote_str(str(target))} (FORMAT parquet, COMPRESSION zstd)")
        self._parts.add(target)
        self.refresh_view(table)
        return target

    def refresh_view(self, table: str) -> None:
        """(Re)create the view over a table's parquet parts so later steps can query it."""
        pattern = str((self.tables_dir / table / "*.parquet").resolve())
        self.con.execute(
            f"CREATE OR REPLACE VIEW {quote_ident(table)} AS "
            f"SELECT * FROM read_parquet({quote_str(pattern)}, union_by_name = true)"
        )

    def add_report(self, source_id: str, r: EmitResult) -> None:
        self.con.execute(
            "INSERT INTO load_report VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [source_id, r.table, r.file, r.sheet, r.rows_read, r.rows_loaded, r.rows_quarantined,
             r.rows_duplicate, "; ".join(r.notes) or None],
        )

    def add_profile(self, *values: Any) -> None:
        self.con.execute("INSERT INTO column_profile VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", list(values))

    def add_qa(self, source_id: str, check: str, scope: str, value: Any, expected: Any, status: str) -> None:
        self.con.execute(
            "INSERT INTO qa VALUES (?, ?, ?, ?, ?, ?)", [source_id, check, scope, str(value), str(expected), status]
        )

    def add_note(self, source_id: str, note: str) -> None:
        self.con.execute("INSERT INTO build_notes VALUES (?, ?)", [source_id, note])

    # -- carrying over unchanged sources ---------------------------------------------------------------
    def carry_over(self, previous: Path, keep_sources: set[str]) -> None:
        """Reuse an earlier build's parts and metadata for sources that are not rebuilt (hard links)."""
        for folder in (previous / "tables").glob("*"):
            for part in folder.glob("*.parquet"):
                owner = part.name.split("__", 1)[0]
                if owner in keep_sources:
                    dest = self.tables_dir / folder.name
                    dest.mkdir(exist_ok=True)
                    try:
                        os.link(part, dest / part.name)
                    except OSError:
                        shutil.copy2(part, dest / part.name)
                    self._parts.add(dest / part.name)
        # Carried tables get their views now, so the rebuilt sources and the derivations can read them.
        for folder in self.tables_dir.glob("*"):
            if any(folder.glob("*.parquet")):
                self.refresh_view(folder.name)
        if not keep_sources:
            return
        self.con.execute(f"ATTACH {quote_str(str(previous / DB_NAME))} AS prev (READ_ONLY)")
        ids = ", ".join(quote_str(s) for s in sorted(keep_sources))
        for name in METADATA_DDL:
            if name == "builds":
                continue
            self.con.execute(f"INSERT INTO {name} SELECT * FROM prev.{name} WHERE source_id IN ({ids})")
        self.con.execute("DETACH prev")

    # -- finishing -------------------------------------------------------------------------------------
    def finish(self, record: dict[str, Any]) -> Path:
        """Create the table views, close the database and atomically publish this build as `current`."""
        for folder in sorted(self.tables_dir.glob("*")):
            if any(folder.glob("*.parquet")):
                self.refresh_view(folder.name)
        self.con.execute(
            "INSERT INTO builds VALUES (?, ?, ?, ?, ?, ?)",
            [self.build_id, record["started_at"], dt.datetime.now(dt.UTC).replace(tzinfo=None),
             json.dumps(record["sources"]), json.dumps(record["rebuilt"]), __version__],
        )
        self.con.execute("CHECKPOINT")
        self.con.close()
        # Working files of the loads (Parquet stages of large CSVs, UTF-8 copies of mis-encoded files) are not
        # part of the published build.
        for entry in self.dir.iterdir():
            if entry.name not in (DB_NAME, "tables"):
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
        final = self.paths.builds / self.build_id
        # The views name absolute parquet paths inside the partial directory; after the rename they must
        # point at the final directory, so the database is reopened and the views rewritten first.
        os.replace(self.dir, final)
        con = duckdb.connect(str(final / DB_NAME))
        for (view,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall():
            pattern = str((final / "tables" / view / "*.parquet").resolve())
            con.execute(
                f"CREATE OR REPLACE VIEW {quote_ident(view)} AS "
                f"SELECT * FROM read_parquet({quote_str(pattern)}, union_by_name = true)"
            )
        con.execute("CHECKPOINT")
        con.close()
        link_tmp = self.paths.warehouse / f".current-{self.build_id}"
        link_tmp.symlink_to(Path("builds") / self.build_id)
        os.replace(link_tmp, self.paths.current)
        return final

    def abandon(self) -> None:
        with contextlib.suppress(Exception):
            self.con.close()
        shutil.rmtree(self.dir, ignore_errors=True)


@contextlib.contextmanager
def build_lock(paths: Paths) -> Iterator[None]:
    """One build at a time per home directory; a killed build releases the lock with its process."""
    paths.warehouse.mkdir(parents=True, exist_ok=True)
    with (paths.warehouse / ".lock").open("w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise IceLedgerError(f"another build is running in {paths.warehouse}") from exc
        yield


def clean_leftovers(paths: Paths) -> list[str]:
    """Remove partial builds and stray links left by killed builds; keep the newest complete builds."""
    removed: list[str] = []
    if not paths.builds.exists():
        return removed
    for d in paths.builds.glob("*.partial"):
        shutil.rmtree(d, ignore_errors=True)
        removed.append(d.name)
    for link in paths.warehouse.glob(".current-*"):
        link.unlink(missing_ok=True)
    current = current_build(paths)
    complete = sorted(d for d in paths.builds.iterdir() if d.is_dir() and not d.name.endswith(".partial"))
    for d in complete[:-KEEP_BUILDS]:
        if current is None or d.resolve() != current.resolve():
            shutil.rmtree(d, ignore_errors=True)
    return removed


def current_build(paths: Paths) -> Path | None:
    if not paths.current.exists():
        return None
    return paths.current.resolve()


def connect(paths: Paths, *, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """Open the last good build's database."""
    build = current_build(paths)
    if build is None or not (build / DB_NAME).exists():
        raise NoWarehouseError(str(paths.warehouse))
    return duckdb.connect(str(build / DB_NAME), read_only=read_only)
