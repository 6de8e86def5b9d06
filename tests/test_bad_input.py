"""Bad input through the real `ice-ledger build` command: each case gets a clear one-line error naming the file
(and place), or a quarantine row with its reason, and the counts add up. Never a traceback, never a silent drop.

Each test writes a corrupted copy of a real mirror file into a temporary mirror and builds one source from it
in a fresh home. The spreadsheet cases use the first rows of the NPR FY2015 detainer workbook (read once)
so each rewrite takes a moment; the CSV cases use whole real CSV files.
"""

from __future__ import annotations

import datetime as dt
import os
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from ice_ledger.sources import get_source

NPR_SOURCE = "npr_detainers_fy15"
NPR_FILE = "rif-FOIA 15-87693 _07262015_LESA-STU_FINAL FY15YTD.xlsx"
NPR_MIRROR_PATH = f"npr-sanctuary-cities/{NPR_FILE}"
NPR_ROWS = 400  # data rows kept from the real workbook in the rewritten copies


# -- helpers ---------------------------------------------------------------------------------------------------


def run_build(source: str, mirror: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """`ice-ledger build SOURCE --mirror MIRROR --home HOME` as a separate process, as a user runs it."""
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "ice_ledger", "build", source, "--mirror", str(mirror), "--home", str(home), "-q"],
        capture_output=True, text=True, env=env, timeout=600,
    )


def assert_built(proc: subprocess.CompletedProcess[str]) -> None:
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr


def assert_clear_error(proc: subprocess.CompletedProcess[str], *needles: str) -> str:
    """Exit code 1 and one line on stderr that names the file and the problem, with no traceback (besides the
    notice that a raw file changed since the last fetch, when it did)."""
    assert proc.returncode == 1, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip() and "since it was last fetched" not in line]
    assert len(lines) == 1, proc.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def warehouse(home: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(home / "warehouse" / "current" / "ledger.duckdb"), read_only=True)


def report(home: Path, source: str) -> tuple[int, int, int]:
    """(rows read, loaded, quarantined) from the load report; also checks they add up with the tables."""
    con = warehouse(home)
    row = con.execute(
        "SELECT sum(rows_read), sum(rows_loaded), sum(rows_quarantined) FROM load_report WHERE source_id = ?",
        [source],
    ).fetchone()
    assert row is not None and row[0] is not None
    read, loaded, quarantined = (int(v) for v in row)
    assert read == loaded + quarantined
    q = con.execute("SELECT count(*) FROM quarantine WHERE source_id = ?", [source]).fetchone()
    assert q is not None and int(q[0]) == quarantined
    for (table,) in con.execute(
        "SELECT DISTINCT table_name FROM load_report WHERE source_id = ?", [source]
    ).fetchall():
        n = con.execute(f'SELECT count(*) FROM "{table}" WHERE source_id = ?', [source]).fetchone()
        assert n is not None and int(n[0]) == loaded
    con.close()
    return read, loaded, quarantined


def quarantined(home: Path, source: str) -> list[tuple[Any, ...]]:
    """(source_row, reason, column_name, raw_value) of every quarantined row, by row."""
    con = warehouse(home)
    rows = con.execute(
        "SELECT source_row, reason, column_name, raw_value FROM quarantine WHERE source_id = ? ORDER BY source_row",
        [source],
    ).fetchall()
    con.close()
    return rows


def mirror_with(tmp_path: Path, rel: str, content: bytes | Callable[[Path], None]) -> Path:
    """A temporary mirror holding one file at its mirror path."""
    mirror = tmp_path / "mirror"
    target = mirror / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        content(target)
    return mirror


# -- the NPR FY2015 workbook -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def npr_rows(mirror: Path) -> list[list[Any]]:
    """Header plus the first NPR_ROWS data rows of the real workbook, as cell values."""
    wb = CalamineWorkbook.from_path(str(mirror / NPR_MIRROR_PATH))
    rows = wb.get_sheet_by_name(wb.sheet_names[0]).to_python(skip_empty_area=False, nrows=NPR_ROWS + 1)
    assert rows[0][0] == "Prepare Date"
    return [[None if v == "" else v for v in r] for r in rows]


def write_xlsx(sheets: dict[str, Sequence[Sequence[Any]]]) -> Callable[[Path], None]:
    def write(target: Path) -> None:
        wb = openpyxl.Workbook(write_only=True)
        for name, rows in sheets.items():
            ws = wb.create_sheet(name)
            for r in rows:
                ws.append(list(r))
        wb.save(target)

    return write


def npr_build(tmp_path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> tuple[subprocess.CompletedProcess[str], Path]:
    mirror = mirror_with(tmp_path, NPR_MIRROR_PATH, write_xlsx(sheets))
    home = tmp_path / "home"
    return run_build(NPR_SOURCE, mirror, home), home


def with_column(rows: list[list[Any]], header: str, rename: str | None = None, drop: bool = False) -> list[list[Any]]:
    i = rows[0].index(header)
    if drop:
        return [r[:i] + r[i + 1:] for r in rows]
    out = [list(r) for r in rows]
    out[0][i] = rename
    return out


# -- layout: header offset, renamed / missing / extra columns, empty sheets ------------------------------------


def test_header_rows_at_another_offset_are_found(tmp_path: Path, npr_rows: list[list[Any]]) -> None:
    title = [["ICE ERO-LESA detainers FY2015"], ["Produced under FOIA 15-87693"], []]
    proc, home = npr_build(tmp_path, {"Detail": title + npr_rows})
    assert_built(proc)
    assert report(home, NPR_SOURCE) == (NPR_ROWS, NPR_ROWS, 0)
    con = warehouse(home)
    first = con.execute("SELECT min(source_row), max(source_row) FROM detainers").fetchone()
    assert first == (5, NPR_ROWS + 4)  # header on Excel row 4, data from row 5: lineage keeps real row numbers


def test_renamed_required_column_stops_with_the_file_and_header(tmp_path: Path, npr_rows: list[list[Any]]) -> None:
    proc, home = npr_build(tmp_path, {"Detail": with_column(npr_rows, "Prepare Date", rename="Date Prepped")})
    assert_clear_error(proc, NPR_FILE, "header row", "prepare_date", "'Date Prepped'")
    assert not (home / "warehouse" / "current").exists()


def test_missing_required_column_stops_with_the_file(tmp_path: Path, npr_rows: list[list[Any]]) -> None:
    proc, _ = npr_build(tmp_path, {"Detail": with_column(npr_rows, "Detainer Lift Reason", drop=True)})
    assert_clear_error(proc, NPR_FILE, "lift_reason", "missing")


def test_renamed_missing_and_extra_optional_columns_are_profiled(tmp_path: Path, npr_rows: list[list[Any]]) -> None:
    rows = with_column(with_column(npr_rows, "State", rename="St."), "City", drop=True)
    rows = [[*r, "reviewer note" if i else "Notes"] for i, r in enumerate(rows)]
    proc, home = npr_build(tmp_path, {"Detail": rows})
    assert_built(proc)
    assert report(home, NPR_SOURCE) == (NPR_ROWS, NPR_ROWS, 0)
    con = warehouse(home)
    profile = dict(con.execute(
        "SELECT coalesce(column_name, raw_header), status FROM column_profile WHERE source_id = ?", [NPR_SOURCE]
    ).fetchall())
    assert profile["facility_state"] == "missing_in_file"
    assert profile["facility_city"] == "missing_in_file"
    assert profile["St."] == "unmapped"
    assert profile["Notes"] == "unmapped"
    assert profile["prepare_date"] == "mapped"
    notes = con.execute("SELECT notes FROM load_report").fetchone()
    assert notes is not None and "St., Notes" in notes[0] and "facility_state, facility_city" in notes[0]
    assert con.execute("SELECT count(*) FROM detainers WHERE facility_city IS NOT NULL").fetchone() == (0,)


def test_empty_workbook_stops_with_the_file(tmp_path: Path) -> None:
    proc, _ = npr_build(tmp_path, {"Sheet1": [], "Sheet2": []})
    assert_clear_error(proc, NPR_FILE, "every sheet is empty", "'Sheet1'")


def test_empty_sheet_before_the_data_is_passed_over(tmp_path: Path, npr_rows: list[list[Any]]) -> None:
    proc, home = npr_build(tmp_path, {"Cover": [], "FOIA 15-06333 Detail": npr_rows})
    assert_built(proc)
    assert report(home, NPR_SOURCE) == (NPR_ROWS, NPR_ROWS, 0)
    sheets = warehouse(home).execute("SELECT DISTINCT source_sheet FROM detainers").fetchall()
    assert sheets == [("FOIA 15-06333 Detail",)]


def test_sheet_without_a_header_names_the_sheet(tmp_path: Path, npr_rows: list[list[Any]]) -> None:
    proc, _ = npr_build(tmp_path, {"Data": npr_rows[1:]})
    assert_clear_error(proc, NPR_FILE, "no header row", "sheet 'Data'")


# -- cell values: formulas, placeholder dates, serials, out-of-range dates ---------------------------------------


def test_formula_cells_without_cached_values_are_quarantined(tmp_path: Path, npr_rows: list[list[Any]]) -> None:
    rows = [list(r) for r in npr_rows]
    rows[10][0] = "=TODAY()"  # Excel row 11: the date itself is an uncomputed formula
    rows[20][4] = '=UPPER("norristown")'  # Excel row 21: an optional text column
    proc, home = npr_build(tmp_path, {"Detail": rows})
    assert_built(proc)
    assert report(home, NPR_SOURCE) == (NPR_ROWS, NPR_ROWS - 2, 2)
    assert quarantined(home, NPR_SOURCE) == [
        (11, "value_is_formula", "prepare_date", "=TODAY()"),
        (21, "value_is_formula", "facility_city", '=UPPER("norristown")'),
    ]


def test_placeholder_dates_are_quarantined_and_serials_read(tmp_path: Path, npr_rows: list[list[Any]]) -> None:
    rows = [list(r) for r in npr_rows]
    rows[1][0] = dt.datetime(1899, 12, 30)  # Excel day zero: stored as serial 0, read back as a time of day
    rows[2][0] = dt.datetime(1900, 1, 1)
    rows[3][0] = "1900-01-01"  # the same placeholder typed as text
    rows[4][0] = "12/30/1899"
    rows[5][0] = "42005"  # an Excel serial saved as text: 2015-01-01
    rows[6][0] = dt.datetime(2099, 1, 1)  # absurd: after the release
    rows[7][0] = "sometime in May"
    proc, home = npr_build(tmp_path, {"Detail": rows})
    assert_built(proc)
    assert report(home, NPR_SOURCE) == (NPR_ROWS, NPR_ROWS - 6, 6)
    got = [(r, reason) for r, reason, col, _ in quarantined(home, NPR_SOURCE) if col == "prepare_date"]
    assert got == [
        (2, "date_placeholder"), (3, "date_placeholder"), (4, "date_placeholder"), (5, "date_placeholder"),
        (7, "date_out_of_range"), (8, "date_unparseable"),
    ]
    serial = warehouse(home).execute("SELECT prepare_date, fiscal_year FROM detainers WHERE source_row = 6").fetchall()
    assert serial == [(dt.date(2015, 1, 1), 2015)]


# -- files that cannot be read at all -------------------------------------------------------------------------------


def test_truncated_workbook_stops_with_the_file(tmp_path: Path, mirror: Path) -> None:
    data = (mirror / NPR_MIRROR_PATH).read_bytes()
    proc = run_build(NPR_SOURCE, mirror_with(tmp_path, NPR_MIRROR_PATH, data[: len(data) // 2]), tmp_path / "home")
    assert_clear_error(proc, NPR_FILE, "truncated")


def test_text_file_renamed_xlsx_stops_with_the_file(tmp_path: Path) -> None:
    text = b"date,lift_reason\n2015-01-02,Lifted\n"
    proc = run_build(NPR_SOURCE, mirror_with(tmp_path, NPR_MIRROR_PATH, text), tmp_path / "home")
    assert_clear_error(proc, NPR_FILE, "not a valid .xlsx workbook", "not a zip container")


def test_html_error_page_saved_as_xlsx_is_named_as_html(tmp_path: Path) -> None:
    page = b"<!DOCTYPE html><html><body>404 Not Found</body></html>"
    proc = run_build(NPR_SOURCE, mirror_with(tmp_path, NPR_MIRROR_PATH, page), tmp_path / "home")
    assert_clear_error(proc, NPR_FILE, "HTML")


def _bomb(target: Path) -> None:
    """A real zip bomb: 64 MiB of zeros deflate to ~64 KB (written in blocks, never held or stored whole)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with zf.open("xl/worksheets/sheet1.xml", "w") as fh:
            block = b"\0" * (1 << 20)
            for _ in range(64):
                fh.write(block)


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    proc = run_build(NPR_SOURCE, mirror_with(tmp_path, NPR_MIRROR_PATH, _bomb), tmp_path / "home")
    assert_clear_error(proc, NPR_FILE, "zip bomb")


def _claims_gigabytes(target: Path) -> None:
    """A tiny zip whose directory claims its member expands to 3 GiB (the sizes are rewritten in place)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    data = bytearray(target.read_bytes())
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 3 << 30)  # uncompressed size in the central directory
    struct.pack_into("<I", data, 22, 3 << 30)  # and in the local header
    target.write_bytes(bytes(data))


def test_zip_claiming_gigabytes_is_refused_without_expanding(tmp_path: Path) -> None:
    proc = run_build(NPR_SOURCE, mirror_with(tmp_path, NPR_MIRROR_PATH, _claims_gigabytes), tmp_path / "home")
    line = assert_clear_error(proc, NPR_FILE, "zip bomb")
    assert f"{3 << 30:,}" in line


def test_failed_source_leaves_the_warehouse_as_it_was(tmp_path: Path, mirror: Path) -> None:
    home = tmp_path / "home"
    assert_built(run_build(NPR_SOURCE, mirror, home))
    before = (home / "warehouse" / "current").resolve()
    bad = mirror_with(tmp_path, NPR_MIRROR_PATH, b"not a workbook")
    # A fresh raw copy is needed: the home's manifest already holds the good file of the same name.
    (home / "raw" / NPR_SOURCE / NPR_FILE).unlink()
    assert_clear_error(run_build(NPR_SOURCE, bad, home), NPR_FILE)
    assert (home / "warehouse" / "current").resolve() == before
    assert report(home, NPR_SOURCE) == (79_053, 79_053, 0)
    assert all((d / "COMPLETE").exists() for d in (home / "warehouse" / "builds").iterdir())


# -- CSV: truncation, encodings, counts, unreadable files ---------------------------------------------------------

PA_SOURCE = "pa_detainers"
AGG_SOURCE = "npr_detainer_aggregates"


def pa_mirror_path() -> str:
    path = get_source(PA_SOURCE).files[0].mirror_path
    assert path is not None
    return path


def test_csv_truncated_mid_row_quarantines_the_cut_line(tmp_path: Path, mirror: Path) -> None:
    data = (mirror / pa_mirror_path()).read_bytes()
    cut = data.index(b"\n", 1_000_000) + 17  # 16 bytes into a line: the date and nothing else
    lines = data[:cut].count(b"\n") + 1  # physical lines, the header being line 1 and the cut line the last
    home = tmp_path / "home"
    assert_built(run_build(PA_SOURCE, mirror_with(tmp_path, pa_mirror_path(), data[:cut]), home))
    assert report(home, PA_SOURCE) == (lines - 1, lines - 2, 1)
    [(row, reason, column, raw)] = quarantined(home, PA_SOURCE)
    assert (row, reason, column) == (lines, "row_malformed", None)
    assert raw == data[data.rindex(b"\n", 0, cut) + 1: cut].decode()  # the cut line's text is kept


def _replace_city(data: bytes, old: bytes, new: bytes, every: int) -> tuple[bytes, list[int]]:
    """Replace `old` with `new` on every `every`-th line that holds it; returns the data and changed lines."""
    lines = data.split(b"\n")
    changed = []
    seen = 0
    for i, line in enumerate(lines):
        if old in line:
            seen += 1
            if seen % every == 0:
                lines[i] = line.replace(old, new)
                changed.append(i + 1)
    return b"\n".join(lines), changed


def test_latin1_csv_is_read_and_the_lines_noted(tmp_path: Path, mirror: Path) -> None:
    data = (mirror / pa_mirror_path()).read_bytes()
    latin, changed = _replace_city(data, b",NORRISTOWN,", ",NORRISTÖWN,".encode("latin-1"), 1)
    assert len(changed) > 100
    home = tmp_path / "home"
    assert_built(run_build(PA_SOURCE, mirror_with(tmp_path, pa_mirror_path(), latin), home))
    read, loaded, _ = report(home, PA_SOURCE)
    assert read == loaded == 32_757
    con = warehouse(home)
    cities = con.execute(
        "SELECT source_row FROM detainers WHERE facility_city = 'NORRISTÖWN' ORDER BY source_row"
    ).fetchall()
    assert [r for (r,) in cities] == changed
    notes = con.execute("SELECT notes FROM load_report").fetchone()
    assert notes is not None and f"{len(changed)} line(s) were not valid UTF-8" in notes[0]


def test_mixed_encodings_keep_both(tmp_path: Path, mirror: Path) -> None:
    data = (mirror / pa_mirror_path()).read_bytes()
    data, utf8_lines = _replace_city(data, b",PHILADELPHIA,", ",FILADÉLFIA,".encode(), 2)
    data, cp1252_lines = _replace_city(data, b",PHILADELPHIA,", ",FILADÉLFIA,".encode("cp1252"), 1)
    home = tmp_path / "home"
    assert_built(run_build(PA_SOURCE, mirror_with(tmp_path, pa_mirror_path(), data), home))
    con = warehouse(home)
    got = con.execute("SELECT source_row FROM detainers WHERE facility_city = 'FILADÉLFIA' ORDER BY 1").fetchall()
    assert [r for (r,) in got] == sorted(utf8_lines + cp1252_lines)
    assert con.execute("SELECT count(*) FROM detainers WHERE facility_city LIKE '%\ufffd%'").fetchone() == (0,)
    notes = con.execute("SELECT notes FROM load_report").fetchone()
    assert notes is not None and f"{len(cp1252_lines)} line(s) were not valid UTF-8" in notes[0]


def test_unreadable_csv_stops_with_the_file(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\xff\xfe\x00\x00"
    proc = run_build(PA_SOURCE, mirror_with(tmp_path, pa_mirror_path(), png), tmp_path / "home")
    line = assert_clear_error(proc, "pa_detainers.csv", "cannot be read as CSV")
    assert ".partial" not in line and ".utf8" not in line


def test_csv_without_a_required_column_names_the_header(tmp_path: Path, mirror: Path) -> None:
    data = (mirror / pa_mirror_path()).read_bytes()
    renamed = data.replace(b"lift_reason", b"reason_lifted", 1)
    proc = run_build(PA_SOURCE, mirror_with(tmp_path, pa_mirror_path(), renamed), tmp_path / "home")
    assert_clear_error(proc, "pa_detainers.csv", "header row", "lift_reason", "'reason_lifted'")


def test_empty_csv_stops_with_the_file(tmp_path: Path) -> None:
    proc = run_build(PA_SOURCE, mirror_with(tmp_path, pa_mirror_path(), b""), tmp_path / "home")
    assert_clear_error(proc, "pa_detainers.csv", "empty")


def test_negative_and_absurd_counts_are_quarantined(tmp_path: Path, mirror: Path) -> None:
    source = get_source(AGG_SOURCE)
    tmp_mirror = tmp_path / "mirror"
    for f in source.files:
        assert f.mirror_path is not None
        target = tmp_mirror / f.mirror_path
        target.parent.mkdir(parents=True, exist_ok=True)
        data = (mirror / f.mirror_path).read_bytes()
        if f.name == "detainers_by_year.csv":
            lines = data.decode().splitlines(keepends=True)
            assert lines[0].strip() == "year,count", lines[0]
            year3, year5, year7 = (lines[i].split(",")[0] for i in (3, 5, 7))
            lines[3] = f"{year3},-212\n"  # negative
            lines[5] = f"{year5},31415926535897\n"  # absurd: more than any count could be
            lines[7] = f"{year7},3.5\n"  # a count that is not whole
            data = "".join(lines).encode()
        target.write_bytes(data)
    home = tmp_path / "home"
    assert_built(run_build(AGG_SOURCE, tmp_mirror, home))
    report(home, AGG_SOURCE)
    con = warehouse(home)
    got = con.execute(
        "SELECT source_row, reason, column_name, raw_value FROM quarantine "
        "WHERE source_id = ? AND source_file = 'detainers_by_year.csv' ORDER BY source_row",
        [AGG_SOURCE],
    ).fetchall()
    assert got == [
        (4, "count_negative", "count", "-212"),
        (6, "number_out_of_range", "count", "31415926535897"),
        (8, "number_unparseable", "count", "3.5"),
    ]
    loaded = con.execute(
        "SELECT count(*) FROM published_aggregates WHERE table_name = 'detainers_by_year.csv'"
    ).fetchone()
    assert loaded == (9 - 3,)
