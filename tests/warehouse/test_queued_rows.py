"""One-row emits queued with `LoadContext.emit_row` (a record file's coverage rows) are typed and published
together when the load ends; each must still publish what its own `emit` of a one-row stage published: the same
row, row id, quarantine row, load report line and column profile, its result at its place. The build's metadata
rows wait for `BuildDir.flush_metadata` and must arrive complete and in order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest

from ice_ledger.config import Paths
from ice_ledger.schema import LoadContext as LoadContextProtocol
from ice_ledger.schema import RemoteFile, Source, quote_ident
from ice_ledger.sources.ice_lesa_national import COVERAGE
from ice_ledger.warehouse import queued_rows
from ice_ledger.warehouse.pipeline import LoadContext
from ice_ledger.warehouse.store import METADATA_BATCH, BuildDir

COLUMNS = ("table_name", "file_name", "fiscal_year", "period_start", "period_end", "complete_year", "geography",
           "title")


def _row(file: str, fy: str, title: str | None = "a title", complete: str = "true") -> dict[str, str | None]:
    return dict(zip(COLUMNS, ("arrests", file, fy, "2015-10-01", "2016-09-30", complete, "national", title),
                    strict=True))


# (values, file, line): a file with two years (no line), an identical pair, a missing title, a year that is not
# a number (quarantined), a partial year.
ROWS: list[tuple[dict[str, str | None], str, int | None]] = [
    (_row("a.csv", "2016"), "a.csv", 3),
    (_row("b.csv", "2016"), "b.csv", None),
    (_row("b.csv", "2017"), "b.csv", None),
    (_row("c.csv", "2018", title=None), "c.csv", 1),
    (_row("c.csv", "2018", title=None), "c.csv", 1),
    (_row("d.csv", "FY18"), "d.csv", 5),
    (_row("e.csv", "2019", complete="false"), "e.csv", 2),
]


def _emit_alone(ctx: LoadContextProtocol, values: dict[str, str | None], file: str, line: int | None) -> None:
    """What `emit_coverage` did before rows were queued: a one-row stage, then `emit`."""
    stage = ctx.stage_name()
    names = ", ".join(f"? AS {quote_ident(c)}" for c in values)
    ctx.con.execute(f"CREATE OR REPLACE TEMP TABLE {quote_ident(stage)} AS SELECT {names}, ? AS source_file, "
                    "CAST(NULL AS VARCHAR) AS source_sheet, CAST(? AS BIGINT) AS source_row",
                    [*values.values(), file, line or 0])
    ctx.emit("record_coverage", stage, file=file)


def _build(home: Path, load: Callable[[LoadContextProtocol], None]) -> list[str]:
    source = Source(id="coverage_test", title="Coverage test", publisher="test", licence="test",
                    homepage="https://example.org", release="test",
                    files=(RemoteFile("a.csv", "https://example.org/a.csv"),), tables=(COVERAGE,), load=load,
                    kind="records")
    build = BuildDir(Paths.resolve(home), "20260101T000000-000000")
    ctx = LoadContext(source, build.con, home / "raw", build)
    load(ctx)
    queued_rows.flush_rows(ctx)
    build.finish({"started_at": dt.datetime(2026, 1, 1), "sources": [source.id], "rebuilt": [source.id]})
    return [f"{r.file}:{r.rows_loaded}/{r.rows_read}" for r in ctx.results]


def _published(home: Path) -> dict[str, list[tuple[Any, ...]]]:
    db = home / "warehouse" / "current" / "ledger.duckdb"
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            "record_coverage": con.execute("SELECT * FROM record_coverage ORDER BY ALL").fetchall(),
            "quarantine": con.execute("SELECT * FROM quarantine ORDER BY ALL").fetchall(),
            "load_report": con.execute("SELECT * FROM load_report ORDER BY ALL").fetchall(),
            "column_profile": con.execute("SELECT * FROM column_profile ORDER BY ALL").fetchall(),
        }


def test_queued_rows_publish_what_one_emit_per_row_published(tmp_path: Path) -> None:
    def alone(ctx: LoadContextProtocol) -> None:
        for values, file, line in ROWS:
            _emit_alone(ctx, values, file, line)

    def queued(ctx: LoadContextProtocol) -> None:
        for i, (values, file, line) in enumerate(ROWS):
            if i == 3:  # an ordinary emit between queued rows keeps its place among the results
                _emit_alone(ctx, values, file, line)
            else:
                ctx.emit_row("record_coverage", values, file=file, line=line)

    order_alone = _build(tmp_path / "alone", alone)
    order_queued = _build(tmp_path / "queued", queued)
    assert order_queued == order_alone == ["a.csv:1/1", "b.csv:1/1", "b.csv:1/1", "c.csv:1/1", "c.csv:1/1",
                                           "d.csv:0/1", "e.csv:1/1"]
    one_by_one, together = _published(tmp_path / "alone"), _published(tmp_path / "queued")
    assert together == one_by_one
    rows = together["record_coverage"]
    assert len(rows) == 6 and len({r[0] for r in rows}) == 5  # the identical pair shares its row id, as before
    assert {(r[3], r[6]) for r in rows if r[2] == "e.csv"} == {(2019, False)}  # typed: int, bool
    (bad,) = together["quarantine"]
    assert (bad[3], bad[5], bad[7], bad[8], bad[9]) == ("d.csv", 5, "number_unparseable", "fiscal_year", "FY18")
    assert len(together["load_report"]) == len(ROWS)
    assert len(together["column_profile"]) == len(ROWS) * len(COVERAGE.columns)
    # one Parquet part for the queued rows, one for the row emitted on its own
    parts = sorted(p.name for p in (tmp_path / "queued" / "warehouse" / "current" / "tables" / "record_coverage")
                   .glob("*.parquet"))
    assert parts == ["coverage_test__c.csv.parquet", "coverage_test__record_coverage.parquet"]


def test_queued_rows_need_the_same_columns(tmp_path: Path) -> None:
    def load(ctx: LoadContextProtocol) -> None:
        ctx.emit_row("record_coverage", ROWS[0][0], file="a.csv")
        ctx.emit_row("record_coverage", {**ROWS[1][0], "extra": "x"}, file="b.csv")

    with pytest.raises(ValueError, match=r"queued rows of b\.csv have columns"):
        _build(tmp_path, load)


def test_metadata_rows_arrive_in_order_and_end_an_open_result(tmp_path: Path) -> None:
    build = BuildDir(Paths.resolve(tmp_path), "20260101T000000-000001")
    notes = [f"note {i}" for i in range(2 * METADATA_BATCH + 3)]  # three INSERTs
    for note in notes:
        build.add_note("s", note)
    build.add_qa("s", "check", "scope", 7, 7, "pass")
    assert build.con.execute("SELECT count(*) FROM build_notes").fetchall() == [(0,)]  # waiting
    # A result left open (`fetchone` of a longer result) is ended by a metadata write, as by the INSERT it was:
    # loads register Arrow tables after writing QA rows, which DuckDB refuses while a result is open.
    build.con.execute("SELECT * FROM range(10)").fetchone()
    build.add_qa("s", "check", "scope", 8, 8, "pass")
    build.con.register("frame", pa.table({"a": [1]}))
    build.flush_metadata()
    got = [r[0] for r in build.con.execute("SELECT note FROM build_notes").fetchall()]
    assert got == notes
    assert build.con.execute("SELECT value, expected FROM qa").fetchall() == [("7", "7"), ("8", "8")]
    build.flush_metadata()  # nothing waiting: nothing written twice
    assert build.con.execute("SELECT count(*) FROM build_notes").fetchall() == [(len(notes),)]
    build.abandon()
