"""The typed working set of an emit is a temporary table when it fits a share of DuckDB's memory limit, else a
Parquet working file (`pipeline.typed_in_memory`). Both must publish the same warehouse: the same rows, row ids,
duplicate flags, quarantine rows with their reasons, load report and column profile."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from ice_ledger import api
from ice_ledger.sources import readers
from ice_ledger.warehouse import pipeline

# Washington arrests (29 rows flagged by the in-file duplicate rule, identical rows numbered -2 ...), the 2025
# 287(g) list (3 rows with a SIGNED cell that is no date, kept with a note) and the Post's 287(g) panel (4 rows
# quarantined with their reasons).
SOURCES = ["ddp_wa_arrests", "ice_287g_2025", "wapo_287g_history"]
COMPARED = {"arrests": "source_row, row_id", "policies": "source_file, source_sheet, source_row, row_id",
            "quarantine": "source_file, source_sheet, source_row", "load_report": "file, sheet, table_name, rows_read",
            "column_profile": "file, sheet, table_name, column_name, raw_header", "record_coverage": "fiscal_year"}


def _contents(home: Path) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    with api.connect(home) as con:
        return {table: con.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
                for table, order in COMPARED.items()}


def test_a_working_file_and_a_working_table_publish_the_same(tmp_path: Path, mirror: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    chosen: list[bool] = []
    decide = pipeline.typed_in_memory

    def spy(con: duckdb.DuckDBPyConnection, plan: pipeline._Plan, n_columns: int) -> bool:
        chosen.append(decide(con, plan, n_columns))
        return chosen[-1]

    monkeypatch.setattr(pipeline, "typed_in_memory", spy)
    api.build(SOURCES, mirror=mirror, home=tmp_path / "table", quiet=True)
    assert chosen and all(chosen)  # these files fit: every emit kept its working set in memory
    monkeypatch.setattr(pipeline, "IN_MEMORY_SHARE", 0.0)
    chosen.clear()
    api.build(SOURCES, mirror=mirror, home=tmp_path / "file", quiet=True)
    assert chosen and not any(chosen)  # no share of memory: every emit wrote a Parquet working file
    in_memory, on_disk = _contents(tmp_path / "table"), _contents(tmp_path / "file")
    assert in_memory == on_disk
    assert len(in_memory["quarantine"]) == 4
    assert sum("not a date" in str(r) for r in in_memory["policies"]) >= 3
    assert any(r[7] == 29 for r in in_memory["load_report"])  # rows_duplicate of the Washington arrests
    assert not list((tmp_path / "file" / "warehouse" / "current").glob("typed_*.parquet"))  # working files removed


def test_the_memory_limit_is_read_in_bytes() -> None:
    con = duckdb.connect()
    for setting, low, high in (("640MB", 6.3e8, 6.5e8), ("4GB", 3.9e9, 4.1e9), ("1.5GiB", 1.6e9, 1.62e9)):
        con.execute(f"SET memory_limit = '{setting}'")
        limit = readers.memory_limit_bytes(con)
        assert limit is not None and low <= limit <= high, (setting, limit)
