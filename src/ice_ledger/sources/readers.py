"""Readers that stage a raw file as a DuckDB table of strings, with its file, sheet and row number.

Spreadsheets are read with python-calamine (xlsx, xls, ods); CSV with DuckDB's reader. Every failure to
read becomes a `SourceFileError` naming the file and the place; malformed CSV lines become quarantine rows.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import re
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ice_ledger.errors import SourceFileError
from ice_ledger.schema import STAGE_RID, LoadContext, MalformedLine, normalise_header, quote_ident, quote_str
from ice_ledger.sources.base import TableSpec, hand_file

MAX_UNCOMPRESSED = 2 << 30  # 2 GiB: no spreadsheet of ours is larger
MAX_RATIO = 200  # real xlsx files compress ~5-20x; zip bombs compress thousands of times
HEADER_SCAN_ROWS = 30


def check_zip_container(path: Path) -> None:
    """Refuse files that are not zip containers, are truncated, or expand to absurd sizes."""
    head = path.read_bytes()[:8] if path.stat().st_size < 64 else path.open("rb").read(8)
    if not head:
        raise SourceFileError(path.name, "the file is empty (0 bytes)")
    if not zipfile.is_zipfile(path):
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            kind = "an old binary .xls (OLE2) file"
        elif head.startswith(b"PK"):
            kind = "a zip whose end (central directory) is missing, as in a truncated download"
        elif head.lstrip().lower().startswith((b"<!do", b"<htm")):
            kind = "HTML"
        else:
            kind = "not a zip container"
        raise SourceFileError(
            path.name, f"is not a valid .xlsx workbook ({kind}; first bytes {head!r})",
            hint="it may be truncated, renamed or an error page saved under this name",
        )
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
            # The declared sizes are checked before anything is decompressed: testing a bomb would detonate it.
            if total > MAX_UNCOMPRESSED or total / packed > MAX_RATIO:
                raise SourceFileError(
                    path.name,
                    f"refused: {packed:,} compressed bytes would expand to {total:,} bytes "
                    f"(ratio {total / packed:,.0f}:1), which looks like a zip bomb",
                )
            bad = zf.testzip() if path.stat().st_size < (64 << 20) else None
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
        raise SourceFileError(path.name, f"the workbook's zip structure is damaged: {exc}") from exc
    if bad is not None:
        raise SourceFileError(path.name, f"the workbook is damaged: member {bad!r} fails its CRC check")


def read_sheet(path: Path, sheet: str | int | None = None) -> tuple[str, list[list[Any]]]:
    """All cell values of one sheet (first sheet by default) with python-calamine."""
    from python_calamine import CalamineWorkbook

    if path.suffix.lower() in (".xlsx", ".xlsm", ".ods"):
        check_zip_container(path)
    try:
        wb = CalamineWorkbook.from_path(str(path))
        names = wb.sheet_names
        if not names:
            raise SourceFileError(path.name, "the workbook has no sheets")
        if sheet is None:
            # The first sheet that holds anything: an empty cover sheet in front of the data is common.
            name = next((n for n in names if _has_cells(wb.get_sheet_by_name(n))), None)
            if name is None:
                raise SourceFileError(path.name, f"every sheet is empty ({', '.join(repr(n) for n in names)})")
        elif isinstance(sheet, int):
            name = names[sheet]
        elif sheet in names:
            name = sheet
        else:
            raise SourceFileError(path.name, f"no sheet named {sheet!r}; sheets are {names}")
        rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except SourceFileError:
        raise
    except Exception as exc:  # calamine raises several untyped errors for damaged files
        raise SourceFileError(path.name, f"cannot be read as a spreadsheet: {exc}") from exc
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        for (r, c), formula in uncached_formulas(path, name).items():
            if r < len(rows) and c < len(rows[r]) and rows[r][c] in (None, ""):
                rows[r][c] = "=" + formula  # shown as the formula, so the pipeline quarantines it
    return name, rows


def _has_cells(sheet: Any) -> bool:
    return any(any(v not in (None, "") for v in row) for row in sheet.to_python(skip_empty_area=True))


_CELL_REF = re.compile(r'<(?:\w+:)?c\s[^>]*?\br="([A-Z]+)(\d+)"')
_FORMULA = re.compile(r"<(?:\w+:)?f(?:\s[^>]*)?(?:/>|>([^<]*)</(?:\w+:)?f>)")
_VALUE = re.compile(r"<(?:\w+:)?v>([^<]+)</(?:\w+:)?v>")


def _sheet_member(zf: zipfile.ZipFile, sheet_name: str) -> str | None:
    """The zip member holding a sheet, from workbook.xml and its relationships."""
    try:
        workbook = zf.read("xl/workbook.xml").decode("utf-8", "replace")
        rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except KeyError:
        return None
    for m in re.finditer(r"<(?:\w+:)?sheet\s[^>]*>", workbook):
        tag = m.group(0)
        name = re.search(r'\bname="([^"]*)"', tag)
        rid = re.search(r'\br:id="([^"]*)"', tag) or re.search(r'\bid="([^"]*)"', tag)
        if name and rid and html.unescape(name.group(1)) == sheet_name:
            rel = re.search(r'<Relationship\s[^>]*Id="' + re.escape(rid.group(1)) + r'"[^>]*>', rels)
            target = re.search(r'Target="([^"]*)"', rel.group(0)) if rel else None
            if target:
                t = target.group(1)
                return t.lstrip("/") if t.startswith("/") else "xl/" + t
    return None


def uncached_formulas(path: Path, sheet_name: str) -> dict[tuple[int, int], str]:
    """Formula cells saved without a computed value, by (row, column) from 0.

    Spreadsheet readers return such cells as empty; reporting them as blank would lose them silently, so the
    formula text is kept (files written by scripts, e.g. openpyxl, never store computed values).
    """
    with zipfile.ZipFile(path) as zf:
        member = _sheet_member(zf, sheet_name)
        if member is None or member not in zf.namelist():
            return {}
        xml = zf.read(member).decode("utf-8", "replace")
    found: dict[tuple[int, int], str] = {}
    for f in _FORMULA.finditer(xml):
        start = xml.rfind("<", 0, f.start())
        while start > 0 and not _CELL_REF.match(xml, start):
            start = xml.rfind("<", 0, start)
        cell = _CELL_REF.match(xml, start) if start >= 0 else None
        end = xml.find("c>", f.end())
        if cell is None or _VALUE.search(xml, f.end(), end if end >= 0 else len(xml)):
            continue
        col = 0
        for ch in cell.group(1):
            col = col * 26 + ord(ch) - 64
        found[(int(cell.group(2)) - 1, col - 1)] = html.unescape(f.group(1) or "(shared formula)")
    return found


def cell_text(value: Any) -> str | None:
    """A cell as the string the pipeline types: ISO dates, integral floats without '.0'."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ") if (value.hour, value.minute, value.second) != (0, 0, 0) else value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def find_header_row(rows: Sequence[Sequence[Any]], spec: TableSpec, file: str, sheet: str) -> int:
    """Index of the header row: the first of the top rows that names the most canonical columns."""
    wanted = {normalise_header(a) for c in spec.columns for a in c.aliases}
    required = [c for c in spec.columns if c.required]
    best, best_hits = -1, 0
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        hits = sum(1 for v in row if v is not None and normalise_header(str(v)) in wanted)
        if hits > best_hits:
            best, best_hits = i, hits
    if best < 0 or best_hits < max(1, min(2, len(required))):
        if not any(any(v not in (None, "") for v in r) for r in rows):
            raise SourceFileError(file, "the sheet is empty", where=f"sheet {sheet!r}")
        raise SourceFileError(
            file,
            f"no header row found in the first {HEADER_SCAN_ROWS} rows (expected column names such as "
            f"{', '.join(repr(c.aliases[0]) for c in spec.columns[:4])})",
            where=f"sheet {sheet!r}",
        )
    return best


def _unique_headers(header: Sequence[Any]) -> list[str]:
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, h in enumerate(header):
        name = str(h).strip() if h not in (None, "") else f"column_{i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name}_{seen[name]}"
        else:
            seen[name] = 1
        out.append(name)
    return out


def stage_sheet(
    con: duckdb.DuckDBPyConnection,
    stage: str,
    path: Path,
    spec: TableSpec,
    *,
    sheet: str | int | None = None,
    label: str | None = None,
) -> tuple[str, int]:
    """Stage one sheet: find its header, keep every data row with its Excel row number. Returns (sheet, n)."""
    name, rows = read_sheet(path, sheet)
    _, n = stage_rows(con, stage, rows, spec, file=label or path.name, sheet=name)
    return name, n


def stage_rows(
    con: duckdb.DuckDBPyConnection, stage: str, rows: Sequence[Sequence[Any]], spec: TableSpec, *,
    file: str, sheet: str, trim_empty_tail: bool = False,
) -> tuple[int, int]:
    """Stage a sheet's rows under its header as strings, each with its spreadsheet row number; returns (header row
    number, data rows staged). `trim_empty_tail` drops unnamed columns right of the header's last name."""
    h = find_header_row(rows, spec, file, sheet)
    header = list(rows[h])
    while trim_empty_tail and header and header[-1] in (None, ""):
        header.pop()
    headers = _unique_headers(header)
    data_rows = [(i + 1, r) for i, r in enumerate(rows) if i > h and any(v not in (None, "") for v in r)]
    # Column by column, a text cell without a call (cell_text gives a string itself, or None for ''): most cells
    # of a records workbook are text, and a call per cell was half of staging one.
    columns: dict[str, list[Any]] = {
        hd: [(v or None) if type(v := r[j] if j < len(r) else None) is str else cell_text(v) for _, r in data_rows]
        for j, hd in enumerate(headers)
    }
    # The lineage columns are added last (a header of the same name gives way to them, as it always did).
    kept = [hd for hd in columns if hd not in ("source_file", "source_sheet", "source_row")]
    table = pa.table({**{hd: _strings(columns[hd]) for hd in kept},
                      "source_row": _strings([str(i) for i, _ in data_rows])})
    con.register(f"{stage}_arrow", table)
    cells = ", ".join(quote_ident(hd) for hd in kept)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {quote_ident(stage)} AS SELECT {cells}{', ' if cells else ''}"
                f"{quote_str(file)} AS source_file, {quote_str(sheet)} AS source_sheet, "
                f"CAST(source_row AS BIGINT) AS source_row FROM {quote_ident(stage + '_arrow')}")
    con.unregister(f"{stage}_arrow")
    return h + 1, len(data_rows)


def _strings(values: list[str | None]) -> pa.Array:
    """An Arrow string array of Python strings and None. Not `pa.array`: it imports pandas (~0.2 s) on first
    use, to test whether the list is a pandas object, and a build has no other use for pandas."""
    builder = pa.lib.StringBuilder()
    builder.append_values(values)
    return builder.finish()


def ensure_utf8(path: Path, workdir: Path) -> tuple[Path, list[int]]:
    """The file itself when it is valid UTF-8; otherwise a UTF-8 copy in which each line that is not valid
    UTF-8 was read as Windows-1252 (latin-1 superset). Returns the path and the repaired line numbers."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as fh:
            while block := fh.read(1 << 22):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        return path, []
    except UnicodeDecodeError:
        pass
    repaired: list[int] = []
    target = workdir / (path.name + ".utf8")
    with path.open("rb") as src, target.open("w", encoding="utf-8", newline="") as dst:
        for n, line in enumerate(src, start=1):
            try:
                dst.write(line.decode("utf-8"))
            except UnicodeDecodeError:
                dst.write(line.decode("cp1252", errors="replace"))
                repaired.append(n)
    return target, repaired


@dataclass(frozen=True)
class SpilledCsv:
    """A CSV's rows streamed into a Parquet file (every column as text, in file order), the lines DuckDB
    rejected (line, message, text), and the lines re-read as Windows-1252."""

    parquet: Path
    bad: list[tuple[Any, Any, Any]]
    repaired: list[int]


def _read_csv(con: duckdb.DuckDBPyConnection, path: Path, workdir: Path, into: Callable[[str], str], *,
              file: str, rejects: str, delim: str, compression: str, skip: int
              ) -> tuple[list[tuple[Any, Any, Any]], list[int]]:
    """Run `into(scan)` (a statement writing the rows of DuckDB's CSV scan somewhere) on the file; returns the
    rejected lines (line, message, text) and the lines re-read as Windows-1252."""

    def read(readable: Path) -> None:
        scan = f"""SELECT * FROM read_csv({quote_str(str(readable))}, all_varchar = true, header = true,
                    delim = {quote_str(delim)}, quote = '"', escape = '"', compression = {quote_str(compression)},
                    skip = {int(skip)},
                    store_rejects = true, rejects_table = {quote_str(rejects)},
                    rejects_scan = {quote_str(rejects + '_scan')})"""
        try:
            con.execute(into(scan))
        except duckdb.Error as exc:
            problem = str(exc).splitlines()[0].replace(str(readable), file)
            raise SourceFileError(file, f"cannot be read as CSV: {problem}") from exc

    # DuckDB checks the encoding as it reads; only a file it finds not to be UTF-8 is re-encoded and read
    # again, so a valid file is read once, not scanned first in Python.
    repaired: list[int] = []
    read(path)
    not_utf8 = con.execute(
        f"SELECT count(*) FROM {quote_ident(rejects)} WHERE error_type = 'INVALID ENCODING'"
    ).fetchone()
    if not_utf8 != (0,) and compression == "auto" and path.suffix != ".gz":
        readable, repaired = ensure_utf8(path, workdir)
        for table in (rejects, rejects + "_scan"):  # the first read's rejects would otherwise stay and count
            con.execute(f"DROP TABLE IF EXISTS {quote_ident(table)}")
        read(readable)
    bad = con.execute(f"SELECT line, error_message, csv_line FROM {quote_ident(rejects)} ORDER BY line").fetchall()
    return bad, repaired


def spill_csv(path: Path, spill: Path, workdir: Path, *, delim: str = ",", label: str | None = None,
              compression: str = "auto", skip: int = 0, memory_limit: str | None = None) -> SpilledCsv:
    """Stream a CSV into the Parquet file `spill`, by a DuckDB instance of its own.

    Its own instance, not the build's connection: its settings (insertion order kept, so the Parquet rows are
    the file's lines in order) cannot meet the build's passes, which turn insertion order off, and it can run
    in a thread while the build types another file. `memory_limit` bounds it (it spills beside `spill`)."""
    file = label or path.name
    if path.stat().st_size == 0:
        raise SourceFileError(file, "the file is empty (0 bytes)")
    with duckdb.connect() as con:
        con.execute("SET preserve_insertion_order = true")
        con.execute(f"SET temp_directory = {quote_str(str(workdir / (spill.name + '.tmp')))}")
        if memory_limit:
            con.execute(f"SET memory_limit = {quote_str(memory_limit)}")
        bad, repaired = _read_csv(
            con, path, workdir, lambda scan: f"COPY ({scan}) TO {quote_str(str(spill))} (FORMAT parquet, COMPRESSION lz4)",
            file=file, rejects="staged_rejects", delim=delim, compression=compression, skip=skip)
    return SpilledCsv(spill, bad, repaired)


def _row_number_sql(pos: str, skip: int, bad: list[tuple[Any, Any, Any]]) -> str:
    """The physical line number of the staged row at 1-based position `pos`, past the rejected lines."""
    bad_lines = sorted({int(line) for line, _, _ in bad})
    if not bad_lines:
        return f"{pos} + {1 + skip}"
    # Accepted row k sits after the j-th rejected line r_j exactly when k > r_j - j - 1.
    thresholds = ", ".join(f"({r - skip - j - 1})" for j, r in enumerate(bad_lines, start=1))
    return f"{pos} + {1 + skip} + (SELECT count(*) FROM (VALUES {thresholds}) t(x) WHERE t.x < {pos})"


def stage_spilled(con: duckdb.DuckDBPyConnection, stage: str, spilled: SpilledCsv, *, label: str, skip: int = 0
                  ) -> tuple[int, list[int], list[MalformedLine]]:
    """The stage of a spilled CSV: a view over its Parquet file with `source_file`, `source_row` (physical line
    numbers, from the rows' positions) and a `_stage_rid` column. Returns what `stage_csv` returns."""
    row_expr = _row_number_sql("(file_row_number + 1)", skip, spilled.bad)
    con.execute(
        f"""CREATE OR REPLACE TEMP VIEW {quote_ident(stage)} AS
        SELECT * EXCLUDE (file_row_number), {quote_str(label)} AS source_file,
               CAST(NULL AS VARCHAR) AS source_sheet, CAST({row_expr} AS BIGINT) AS source_row,
               file_row_number AS {STAGE_RID}
        FROM read_parquet({quote_str(str(spilled.parquet))}, file_row_number = true)"""
    )
    return _staged(con, stage, spilled.bad, spilled.repaired)


def stage_csv(
    con: duckdb.DuckDBPyConnection,
    stage: str,
    path: Path,
    workdir: Path,
    *,
    delim: str = ",",
    label: str | None = None,
    compression: str = "auto",
    as_parquet: bool = False,
    skip: int = 0,
) -> tuple[int, list[int], list[MalformedLine]]:
    """Stage a CSV: every column as text, physical line numbers, malformed lines set aside.

    By default the stage is a temporary table. With `as_parquet` (large files) the rows stream into a Parquet
    file in `workdir` (`spill_csv`) and the stage is a view over it with a `_stage_rid` column (the row's
    position): a 3 GB file is then never held in, or spilled from, DuckDB's memory, and each later pass reads
    only the columns it needs.

    `skip` lines before the header (an ICE banner) are not read; row numbers stay physical line numbers.

    Returns (rows staged, lines re-read as Windows-1252, the malformed lines with their text).
    """
    file = label or path.name
    if as_parquet:
        spilled = spill_csv(path, workdir / f"{stage}.parquet", workdir, delim=delim, label=file,
                            compression=compression, skip=skip, memory_limit=memory_limit_of(con))
        return stage_spilled(con, stage, spilled, label=file, skip=skip)
    if path.stat().st_size == 0:
        raise SourceFileError(file, "the file is empty (0 bytes)")
    bad, repaired = _read_csv(
        con, path, workdir, lambda scan: f"CREATE OR REPLACE TEMP TABLE {quote_ident(stage + '_raw')} AS {scan}",
        file=file, rejects=f"{stage}_rejects", delim=delim, compression=compression, skip=skip)
    # Row numbers come from the rows' positions (insertion order is file order), added in place: copying
    # every column once more only to number the rows costs as much as reading the file.
    raw = quote_ident(stage + "_raw")
    con.execute(f"ALTER TABLE {raw} ADD COLUMN source_file VARCHAR DEFAULT {quote_str(file)}")
    con.execute(f"ALTER TABLE {raw} ADD COLUMN source_sheet VARCHAR DEFAULT NULL")
    con.execute(f"ALTER TABLE {raw} ADD COLUMN source_row BIGINT")
    con.execute(f"UPDATE {raw} SET source_row = {_row_number_sql('(rowid + 1)', skip, bad)}")
    con.execute(f"DROP TABLE IF EXISTS {quote_ident(stage)}")
    con.execute(f"ALTER TABLE {raw} RENAME TO {quote_ident(stage)}")
    return _staged(con, stage, bad, repaired)


_SIZE = re.compile(r"([0-9.]+)\s*([KMGTP]?i?B|bytes)", re.I)
_UNIT = {"B": 1, "BYTES": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12, "PB": 1e15,
         "KIB": 1 << 10, "MIB": 1 << 20, "GIB": 1 << 30, "TIB": 1 << 40, "PIB": 1 << 50}
# The share of the build's memory limit a reader's own DuckDB instance may use (it streams: CSV in, Parquet
# out), so the process stays near the limit the build was given.
READER_MEMORY_SHARE = 0.25


def memory_limit_bytes(con: duckdb.DuckDBPyConnection) -> float | None:
    """DuckDB's memory limit of the connection in bytes (None when it cannot be read)."""
    row = con.execute("SELECT current_setting('memory_limit')").fetchone()
    found = _SIZE.fullmatch(str(row[0]).strip()) if row and row[0] is not None else None
    unit = _UNIT.get(found.group(2).upper()) if found else None
    return float(found.group(1)) * unit if found and unit else None


def memory_limit_of(con: duckdb.DuckDBPyConnection) -> str | None:
    """The memory limit for a reader's DuckDB instance working beside the connection (`READER_MEMORY_SHARE`)."""
    limit = memory_limit_bytes(con)
    return f"{int(limit * READER_MEMORY_SHARE)}B" if limit else None


def _staged(con: duckdb.DuckDBPyConnection, stage: str, bad: list[Any], repaired: list[int]
            ) -> tuple[int, list[int], list[MalformedLine]]:
    """stage_csv's answer: rows staged, repaired lines, and one MalformedLine per rejected line."""
    n_row = con.execute(f"SELECT count(*) FROM {quote_ident(stage)}").fetchone()
    malformed: dict[int, MalformedLine] = {}
    for line, msg, text in bad:
        malformed.setdefault(int(line), MalformedLine(int(line), str(msg).splitlines()[0], text))
    return (int(n_row[0]) if n_row else 0), repaired, [malformed[k] for k in sorted(malformed)]


def load_hand_tables(ctx: LoadContext, tables: Sequence[tuple[str, str]]) -> None:
    """Each (hand file, table) shipped in the package, staged and emitted where it is installed: curated tables
    are read there, so loading never writes into raw/."""
    for name, table in tables:
        stage = ctx.stage_name()
        _, repaired, malformed = stage_csv(ctx.con, stage, hand_file(name), ctx.build.dir)
        ctx.emit(table, stage, file=name, malformed=malformed, repaired_lines=repaired)
