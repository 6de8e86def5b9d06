"""Staging a CSV through a Parquet spill (`readers.spill_csv`, a DuckDB instance of its own, also run in a
read-ahead thread) gives the same stage as staging it into a table of the build's connection: the same cells,
the same physical line numbers, the same malformed and re-encoded lines; and the real national files keep their
line numbers (what `trace` shows) while the build's connection runs with insertion order off."""

from __future__ import annotations

import gzip
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb

from ice_ledger.sources.ice_lesa_national import ARRESTS, MIRROR_DIR, file_name, raw_row, read_layout
from ice_ledger.sources.readers import spill_csv, stage_csv, stage_spilled

BANNER = "ICE report|\nFY2016 (10/1/2015 - 9/30/2016)|\n"
ROWS = [
    "Apprehension Date|Area of Responsibility|Gender\n",
    "10/1/2015|Miami Area of Responsibility |Male\n",
    "10/2/2015|NA|Female\n",
    "10/3/2015|Dallas|Male|extra|cells\n",  # too many fields: malformed, set aside
    "10/4/2015|Caf\xe9 AOR|Female\n",  # not UTF-8 below: re-read as Windows-1252
    '10/5/2015|"Quoted | pipe"|\n',
    "10/6/2015||Male\n",
]


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "arrests.csv"
    path.write_bytes((BANNER + "".join(ROWS)).encode("cp1252"))
    return path


def _rows(con: duckdb.DuckDBPyConnection, stage: str) -> list[tuple]:  # type: ignore[type-arg]
    return con.execute(f'SELECT * EXCLUDE (_stage_rid) FROM "{stage}" ORDER BY source_row').fetchall()


def test_a_spilled_stage_equals_a_table_stage(tmp_path: Path) -> None:
    path = _write(tmp_path)
    con = duckdb.connect()
    as_table = stage_csv(con, "t", path, tmp_path, delim="|", skip=2)
    as_spill = stage_csv(con, "s", path, tmp_path, delim="|", skip=2, as_parquet=True)
    assert as_spill == as_table
    n, repaired, malformed = as_spill
    assert n == 5 and repaired == [7] and [m.line for m in malformed] == [6]
    table_rows = con.execute('SELECT * FROM "t" ORDER BY source_row').fetchall()
    assert _rows(con, "s") == table_rows
    assert [r[-1] for r in table_rows] == [4, 5, 7, 8, 9]  # physical lines, past the banner and the bad line
    assert ("10/4/2015", "Caf\xe9 AOR", "Female", "arrests.csv", None, 7) in table_rows


def test_the_real_files_keep_their_line_numbers_when_read_ahead(mirror: Path, tmp_path: Path) -> None:
    """Two real files spilled at once in threads, while the build's connection has insertion order off: each
    staged row's cells are the cells of the physical line its `source_row` names (checked at the first, a middle
    and the last record, against the file read line by line)."""
    files = [mirror / MIRROR_DIR / file_name(ARRESTS, fy) for fy in (2016, 2017)]
    con = duckdb.connect()
    con.execute("SET preserve_insertion_order = false")
    layouts = [read_layout(f, ARRESTS.spec, f.name) for f in files]
    with ThreadPoolExecutor(max_workers=2) as pool:
        spilled = list(pool.map(lambda fl: spill_csv(fl[0], tmp_path / f"{fl[0].name}.parquet", tmp_path, delim="|",
                                                      label=fl[0].name, skip=fl[1].header_line - 1),
                                zip(files, layouts, strict=True)))
    for path, layout, spill in zip(files, layouts, spilled, strict=True):
        n, _, malformed = stage_spilled(con, "stage", spill, label=path.name, skip=layout.header_line - 1)
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            lines = sum(1 for _ in fh)
        assert not malformed and n == lines - layout.header_line
        rows = con.execute('SELECT * EXCLUDE (_stage_rid, source_file, source_sheet) FROM "stage" '
                           "WHERE source_row IN (SELECT unnest([min(source_row), (min(source_row) + max(source_row)) // 2, "
                           "max(source_row)]) FROM stage) ORDER BY source_row").fetchall()
        header = [r[0] for r in con.execute('DESCRIBE "stage"').fetchall()][:len(rows[0]) - 1]
        assert len(rows) == 3 and rows[0][-1] == layout.header_line + 1 and rows[-1][-1] == lines
        for row in rows:
            published = raw_row(path, int(row[-1]))
            assert {h: published[h] for h in header} == {h: v if v is not None else "" for h, v in zip(header, row, strict=False)}
