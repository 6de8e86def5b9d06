"""`fetch` acquires, `build` builds: a build never downloads and never writes a hand table into raw/.

Real `ice-ledger` processes on fresh homes; the quarantine writer is exercised on a real build database.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from ice_ledger.config import Paths
from ice_ledger.schema import MalformedLine, Reason
from ice_ledger.sources import get_source
from ice_ledger.warehouse import quarantine
from ice_ledger.warehouse.store import BuildDir


def cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "ice_ledger", *args, "--home", str(home)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600)


def test_hand_tables_are_read_from_the_package(tmp_path: Path, mirror: Path) -> None:
    home = tmp_path / "home"
    done = cli("build", "ice_official_figures", "policy_definitions", "--mirror", str(mirror), "-q", home=home)
    assert done.returncode == 0, done.stderr
    # Their optional documents are not in the mirror, and the hand tables are not copied: raw/ stays empty.
    assert not (home / "raw").exists() or not any((home / "raw").rglob("*.csv"))
    with duckdb.connect(str(home / "warehouse" / "current" / "ledger.duckdb"), read_only=True) as con:
        row = con.execute("SELECT count(*) FROM official_figures WHERE fiscal_year = 2018 AND "
                          "metric = 'admin_arrests' AND value = 158581").fetchone()
        assert row == (1,)
        defs = con.execute("SELECT count(*) FROM definitions").fetchone()
        assert defs is not None and defs[0] > 0


def test_a_build_without_fetched_files_names_fetch_and_downloads_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = cli("build", "npr_detainer_aggregates", "-q", home=home)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    said = " ".join(done.stderr.split())
    assert "ice-ledger fetch npr_detainer_aggregates" in said and "never downloads" in said
    assert not (home / "raw").exists() or not any(p.is_file() for p in (home / "raw").rglob("*"))
    assert not (home / "warehouse" / "current").exists()


def test_quarantine_rows_are_written_by_column_name(tmp_path: Path) -> None:
    build = BuildDir(Paths.resolve(tmp_path), "test-build")
    source = get_source("npr_detainer_aggregates")
    try:
        quarantine.insert_malformed(build.con, source, "published_aggregates", "f.csv",
                                    [MalformedLine(7, "expected 5 fields", "a,b")])
        quarantine.insert_query(build.con, source, "published_aggregates",
                                "SELECT 'g.csv' AS source_file, 9 AS source_row, 'fips_invalid' AS reason")
        with pytest.raises(ValueError, match="not quarantine columns"):
            quarantine.insert_rows(build.con, source, "published_aggregates", [{"reasn": "x"}])
        rows = build.con.execute(
            "SELECT source_id, release, table_name, source_file, source_row, reason, raw_value, detail, row_id "
            "FROM quarantine ORDER BY source_row").fetchall()
    finally:
        build.abandon()
    assert rows == [
        (source.id, source.release, "published_aggregates", "f.csv", 7, Reason.row_malformed.value, "a,b",
         "expected 5 fields", None),
        (source.id, source.release, "published_aggregates", "g.csv", 9, Reason.fips_invalid.value, None, None, None),
    ]
