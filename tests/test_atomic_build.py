"""Builds are idempotent and atomic: building twice changes nothing; a build killed with SIGKILL or failing on a
bad file leaves the previous warehouse readable and the next build completes.

Every build here is a real `ice-ledger build` process over the offline mirror, for the record and aggregate
sources whose files the mirror holds (a whole-mirror build takes minutes on this machine).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import duckdb
import pytest

SOURCES = ["npr_detainers_fy15", "pa_detainers", "npr_detainer_aggregates", "ice_official_figures"]
NPR_MIRROR_PATH = "npr-sanctuary-cities/rif-FOIA 15-87693 _07262015_LESA-STU_FINAL FY15YTD.xlsx"
# Metadata that describes the data (not when or under which id it was built) must match between builds.
STABLE_METADATA = {
    "load_report": "*",
    "quarantine": "*",
    "column_profile": "*",
    "qa": "*",
    "build_notes": "*",
    "sources": "* EXCLUDE (build_id, built_at)",
    "source_files": "* EXCLUDE (origin, retrieved_at)",
}


def build_cmd(mirror: Path, home: Path, sources: list[str] = SOURCES) -> list[str]:
    return [sys.executable, "-m", "ice_ledger", "build", *sources, "--mirror", str(mirror), "--home", str(home), "-q"]


def run_build(mirror: Path, home: Path, sources: list[str] = SOURCES) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(build_cmd(mirror, home, sources), capture_output=True, text=True, timeout=600)
    return proc


def current_db(home: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(home / "warehouse" / "current" / "ledger.duckdb"), read_only=True)


def canonical_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return sorted(r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall())


def fingerprint(home: Path) -> dict[str, Any]:
    """Per canonical table: row count, the set of row ids and a content hash; per metadata table: a hash."""
    con = current_db(home)
    out: dict[str, Any] = {}
    for table in canonical_tables(con):
        columns = {r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()}
        # Canonical tables carry row ids; derived tables (e.g. metric rollups) are compared by content only.
        ids = {r[0] for r in con.execute(f'SELECT row_id FROM "{table}"').fetchall()} if "row_id" in columns else None
        row = con.execute(
            f'SELECT count(*), md5(string_agg(h, \'\' ORDER BY h)) FROM '
            f'(SELECT md5(CAST(t AS VARCHAR)) AS h FROM "{table}" t)'
        ).fetchone()
        assert row is not None
        out[table] = (int(row[0]), ids, row[1])
    for table, select in STABLE_METADATA.items():
        row = con.execute(
            f"SELECT count(*), md5(string_agg(h, '' ORDER BY h)) FROM "
            f"(SELECT md5(CAST(t AS VARCHAR)) AS h FROM (SELECT {select} FROM {table}) t)"
        ).fetchone()
        assert row is not None
        out[f"meta:{table}"] = row
    con.close()
    return out


def counts(home: Path) -> dict[str, int]:
    con = current_db(home)
    got = {t: int(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in canonical_tables(con)}  # type: ignore[index]
    con.close()
    return got


def partial_dirs(home: Path) -> list[Path]:
    """Build directories without their completion marker (a build in progress, or what a killed one left)."""
    builds = home / "warehouse" / "builds"
    return sorted(d for d in builds.iterdir() if d.is_dir() and not (d / "COMPLETE").exists()) if builds.exists() else []


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    home = tmp_path_factory.mktemp("atomic")
    proc = run_build(mirror, home)
    assert proc.returncode == 0, proc.stderr
    return home


def test_building_twice_changes_nothing(first_build: Path, mirror: Path) -> None:
    before = fingerprint(first_build)
    build_before = (first_build / "warehouse" / "current").resolve()
    assert {"detainers", "published_aggregates", "official_figures"} <= set(before)
    assert before["detainers"][0] == 79_053 + 32_757
    proc = run_build(mirror, first_build)
    assert proc.returncode == 0, proc.stderr
    assert (first_build / "warehouse" / "current").resolve() != build_before  # a new build was published
    after = fingerprint(first_build)
    assert after.keys() == before.keys()
    for key in before:
        assert after[key] == before[key], f"{key} differs between two builds of the same files"


def _kill_when(proc: subprocess.Popen[bytes], home: Path, ready: Any, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        assert proc.poll() is None, "the build finished before it could be killed"
        assert time.monotonic() < deadline, "the build never reached the point to kill it"
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL


def _parts_written(home: Path) -> bool:
    return any(p.glob("tables/*/*.parquet") for p in partial_dirs(home))


@pytest.mark.parametrize("moment", ["partial_dir_created", "tables_being_written"])
def test_sigkill_midway_keeps_the_previous_warehouse(first_build: Path, mirror: Path, moment: str,
                                                     tmp_path: Path) -> None:
    home = tmp_path / "home"
    subprocess.run(["cp", "-a", str(first_build), str(home)], check=True)
    previous = (home / "warehouse" / "current").resolve()
    before = counts(home)
    proc = subprocess.Popen(build_cmd(mirror, home), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ready = (lambda: bool(partial_dirs(home))) if moment == "partial_dir_created" else (lambda: _parts_written(home))
    _kill_when(proc, home, ready)
    assert partial_dirs(home), "the killed build should have left its partial directory behind"
    # The last good build is untouched and opens read-only with the same counts.
    assert (home / "warehouse" / "current").resolve() == previous
    assert counts(home) == before
    # The next build completes, publishes, and clears what the killed one left.
    done = run_build(mirror, home)
    assert done.returncode == 0, done.stderr
    assert not partial_dirs(home)
    assert (home / "warehouse" / "current").resolve() != previous
    assert counts(home) == before


def test_failed_build_leaves_current_on_the_previous_build(first_build: Path, tmp_path: Path, mirror: Path) -> None:
    home = tmp_path / "home"
    subprocess.run(["cp", "-a", str(first_build), str(home)], check=True)
    previous = (home / "warehouse" / "current").resolve()
    before = fingerprint(home)
    bad_mirror = tmp_path / "mirror"
    (bad_mirror / NPR_MIRROR_PATH).parent.mkdir(parents=True)
    (bad_mirror / NPR_MIRROR_PATH).write_bytes(b"PK\x03\x04 a download cut off after four bytes")
    (home / "raw" / "npr_detainers_fy15" / Path(NPR_MIRROR_PATH).name).unlink()  # force a fresh copy
    proc = run_build(bad_mirror, home, ["npr_detainers_fy15"])
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert Path(NPR_MIRROR_PATH).name in proc.stderr
    assert (home / "warehouse" / "current").resolve() == previous
    assert not partial_dirs(home)  # a build that fails cleans up after itself
    assert fingerprint(home) == before
