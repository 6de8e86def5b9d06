"""The warehouse on disk: immutable build directories and an atomically swapped `current` link.

A build writes straight into warehouse/builds/<id>/ (so the views its database holds name their final paths and
nothing is rewritten after the fact), with a BUILDING file beside it. Publishing is: close the database, write
the COMPLETE marker (last, atomically), then switch the `current` symlink with one rename. A directory counts as
a build only with its COMPLETE marker; anything else a killed build left is removed by the next build, and
retention never removes `current` nor the newest complete build. Each publishing step is named (PUBLISH_STEPS);
$ICE_LEDGER_KILL_AT=<step> makes the process SIGKILL itself there, which is how the tests kill a build at every
step.
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
import signal
import threading
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import duckdb

from ice_ledger import __version__
from ice_ledger.config import Paths
from ice_ledger.errors import IceLedgerError, NoWarehouseError
from ice_ledger.schema import EmitResult, quote_ident, quote_str
from ice_ledger.schema.relations import relation_names
from ice_ledger.warehouse import quarantine

DB_NAME = "ledger.duckdb"
COMPLETE = "COMPLETE"
BUILDING = "BUILDING"
KEEP_BUILDS = 3
# The named steps of a build's end, in order; a kill at any of them leaves a consistent warehouse.
PUBLISH_STEPS = (
    "tables_written", "metadata_written", "database_closed", "workfiles_removed", "marker_written",
    "link_created", "current_switched", "raw_committed", "retention_done",
)
MEMORY_LIMIT = "640MB"
# Metadata rows written by one INSERT (`BuildDir.flush_metadata`).
METADATA_BATCH = 500

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
    "quarantine": quarantine.DDL,
    "column_profile": "source_id VARCHAR, table_name VARCHAR, file VARCHAR, sheet VARCHAR, column_name VARCHAR, "
    "raw_header VARCHAR, status VARCHAR, n_rows BIGINT, n_null BIGINT, n_redacted BIGINT, wholly_redacted BOOLEAN",
    "qa": "source_id VARCHAR, check_name VARCHAR, scope VARCHAR, value VARCHAR, expected VARCHAR, status VARCHAR",
    "build_notes": "source_id VARCHAR, note VARCHAR",
}


def new_build_id() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)


def publish_step(name: str) -> None:
    """Mark one named publishing step; the kill hook of the crash tests ($ICE_LEDGER_KILL_AT) acts here."""
    assert name in PUBLISH_STEPS, name
    if os.environ.get("ICE_LEDGER_KILL_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name)


class BuildDir:
    """A build in progress: its directory, its DuckDB connection and its metadata rows."""

    def __init__(self, paths: Paths, build_id: str):
        self.paths = paths
        self.build_id = build_id
        self.dir = paths.builds / build_id
        self.tables_dir = self.dir / "tables"
        self.tables_dir.mkdir(parents=True)
        (self.dir / BUILDING).write_text(f"{os.getpid()}\n")
        self.con = duckdb.connect(str(self.dir / DB_NAME))
        self.con.execute("SET preserve_insertion_order = true")
        # Bounded memory: beyond this DuckDB spills to <build>/ledger.duckdb.tmp, so a 10-million-row file builds
        # on a small machine. $ICE_LEDGER_MEMORY_LIMIT overrides it (a DuckDB size, e.g. "4GB").
        self.con.execute(f"SET memory_limit = {quote_str(os.environ.get('ICE_LEDGER_MEMORY_LIMIT') or MEMORY_LIMIT)}")
        for name, ddl in METADATA_DDL.items():
            self.con.execute(f"CREATE TABLE {name} ({ddl})")
        self._parts: set[Path] = set()
        # Metadata rows (`add_report`, `add_profiles`, `add_qa`, `add_note`) wait here, in order, and are written
        # with one INSERT per table by `flush_metadata`: a build makes hundreds of them, and a one-row INSERT
        # costs more to bind than to run. Flushed after each source's load, before publishing, and by anything
        # that reads or updates those tables during the build (`flush_metadata` first).
        self._pending: dict[str, list[tuple[Any, ...]]] = {}
        self.published = False

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

    def refresh_views(self) -> None:
        """A view over every table that has parquet parts."""
        for folder in sorted(self.tables_dir.glob("*")):
            if any(folder.glob("*.parquet")):
                self.refresh_view(folder.name)

    def add_report(self, source_id: str, r: EmitResult) -> None:
        self._queue("load_report", [(source_id, r.table, r.file, r.sheet, r.rows_read, r.rows_loaded,
                                     r.rows_quarantined, r.rows_duplicate, "; ".join(r.notes) or None)])

    def add_profiles(self, rows: list[tuple[Any, ...]]) -> None:
        """Column profile rows of one file."""
        self._queue("column_profile", rows)

    def add_qa(self, source_id: str, check: str, scope: str, value: Any, expected: Any, status: str) -> None:
        self._queue("qa", [(source_id, check, scope, str(value), str(expected), status)])

    def add_note(self, source_id: str, note: str) -> None:
        self._queue("build_notes", [(source_id, note)])

    def _queue(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        # The INSERT each of these was ended any result still open on the connection (a `fetchone()` leaves
        # one, and DuckDB then refuses `register`); loads came to rely on it, so it is still ended here.
        self.con.complete()
        self._pending.setdefault(table, []).extend(rows)

    def flush_metadata(self) -> None:
        """Write the waiting metadata rows, in the order they were added (`METADATA_BATCH` rows a statement)."""
        pending, self._pending = self._pending, {}
        for table, rows in pending.items():
            for start in range(0, len(rows), METADATA_BATCH):
                chunk = rows[start:start + METADATA_BATCH]
                one = "(" + ", ".join(["?"] * len(chunk[0])) + ")"
                self.con.execute(f"INSERT INTO {table} VALUES " + ", ".join([one] * len(chunk)),
                                 [v for row in chunk for v in row])

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
        self.refresh_views()
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
        """Create the table views, close the database, write the completion marker, switch `current`."""
        self.flush_metadata()
        self.refresh_views()
        publish_step("tables_written")
        self.con.execute(
            "INSERT INTO builds VALUES (?, ?, ?, ?, ?, ?)",
            [self.build_id, record["started_at"], dt.datetime.now(dt.UTC).replace(tzinfo=None),
             json.dumps(record["sources"]), json.dumps(record["rebuilt"]), __version__],
        )
        publish_step("metadata_written")
        self.con.execute("CHECKPOINT")
        self.con.close()
        publish_step("database_closed")
        # Working files of the loads (Parquet stages of large CSVs, UTF-8 copies of mis-encoded files) are not
        # part of the published build.
        for entry in self.dir.iterdir():
            if entry.name not in (DB_NAME, "tables", BUILDING):
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
        publish_step("workfiles_removed")
        write_marker(self.dir, {"build_id": self.build_id, "version": __version__,
                                "finished_at": dt.datetime.now(dt.UTC).isoformat()})
        publish_step("marker_written")
        self.published = True  # complete: from here on a failure must not remove it
        switch_current(self.paths, self.build_id)
        return self.dir

    def abandon(self) -> None:
        with contextlib.suppress(Exception):
            self.con.close()
        if not self.published:
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


def write_marker(build_dir: Path, body: dict[str, Any]) -> None:
    """Write COMPLETE atomically (temporary file, fsync, rename), then drop BUILDING."""
    tmp = build_dir / f".{COMPLETE}.tmp"
    with tmp.open("w") as fh:
        fh.write(json.dumps(body, sort_keys=True) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, build_dir / COMPLETE)
    (build_dir / BUILDING).unlink(missing_ok=True)
    _fsync_dir(build_dir)


def switch_current(paths: Paths, build_id: str) -> None:
    link_tmp = paths.warehouse / f".current-{build_id}"
    link_tmp.unlink(missing_ok=True)
    link_tmp.symlink_to(Path("builds") / build_id)
    publish_step("link_created")
    os.replace(link_tmp, paths.current)
    _fsync_dir(paths.warehouse)
    publish_step("current_switched")


def is_complete(build_dir: Path) -> bool:
    return (build_dir / COMPLETE).is_file()


def opens(build_dir: Path) -> bool:
    """Whether a build's database opens and every view in it reads its parquet files."""
    try:
        with duckdb.connect(str(build_dir / DB_NAME), read_only=True) as con:
            views = sorted(relation_names(con, tables=False))
            for view in views:
                con.execute(f"SELECT * FROM {quote_ident(view)} LIMIT 0").fetchall()
            row = con.execute("SELECT count(*) FROM builds").fetchone()
            return bool(row and row[0])
    except (duckdb.Error, OSError):
        return False


def _adopt_legacy(build_dir: Path) -> bool:
    """A build published before completion markers existed: complete if it opens (then it gets its marker)."""
    if (build_dir / BUILDING).exists() or build_dir.name.endswith(".partial") or not opens(build_dir):
        return False
    write_marker(build_dir, {"build_id": build_dir.name, "adopted": True})
    return True


def complete_builds(paths: Paths) -> list[Path]:
    """Complete builds, oldest first (build ids start with their UTC time)."""
    if not paths.builds.exists():
        return []
    return sorted(d for d in paths.builds.iterdir() if d.is_dir() and is_complete(d))


def clean_leftovers(paths: Paths) -> list[str]:
    """Remove what killed builds left (directories without a COMPLETE marker, stray links); keep the newest
    complete builds. Never removes `current`, nor the newest complete build. Call it under `build_lock`."""
    removed: list[str] = []
    if not paths.builds.exists():
        return removed
    for link in paths.warehouse.glob(".current-*"):
        link.unlink(missing_ok=True)
    current = current_build(paths)
    for d in sorted(paths.builds.iterdir()):
        if not d.is_dir() or is_complete(d) or (current is not None and d.resolve() == current):
            continue
        if not _adopt_legacy(d):
            shutil.rmtree(d, ignore_errors=True)
            removed.append(d.name)
    complete = complete_builds(paths)
    for d in complete[:-KEEP_BUILDS]:
        if current is None or d.resolve() != current:
            shutil.rmtree(d, ignore_errors=True)
            removed.append(d.name)
    return removed


def current_build(paths: Paths) -> Path | None:
    if not paths.current.exists():
        return None
    return paths.current.resolve()


def build_dir(paths: Paths, build_id: str | None = None) -> Path:
    """A complete build's directory: the named one, or `current`."""
    if build_id is None:
        build = current_build(paths)
        if build is None or not (build / DB_NAME).exists():
            raise NoWarehouseError(str(paths.warehouse))
        return build
    if not re.fullmatch(r"[A-Za-z0-9._-]+", build_id) or not is_complete(paths.builds / build_id):
        known = ", ".join(d.name for d in complete_builds(paths)) or "none"
        raise IceLedgerError(f"no complete build {build_id!r}; builds are: {known}")
    return paths.builds / build_id


class RequestWork:
    """The connections one web request opened, so a deadline or a client leaving can interrupt its queries."""

    def __init__(self) -> None:
        self._connections: list[duckdb.DuckDBPyConnection] = []
        self._lock = threading.Lock()
        self.cancelled = False

    def track(self, con: duckdb.DuckDBPyConnection) -> None:
        with self._lock:
            if self.cancelled:
                con.interrupt()
            self._connections.append(con)

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            for con in self._connections:
                with contextlib.suppress(Exception):  # already closed
                    con.interrupt()


# Set by the web server around each request (contextvars reach the worker threads that run the endpoints).
active_work: ContextVar[RequestWork | None] = ContextVar("active_work", default=None)


def connect(paths: Paths, *, read_only: bool = True, build_id: str | None = None) -> duckdb.DuckDBPyConnection:
    """Open the last good build's database (or a named complete build's)."""
    work = active_work.get()
    if work is not None and work.cancelled:
        raise IceLedgerError("the request was stopped (deadline passed or the client left)")
    con = duckdb.connect(str(build_dir(paths, build_id) / DB_NAME), read_only=read_only)
    if work is not None:
        work.track(con)
    return con
