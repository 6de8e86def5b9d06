"""Reading one sheet of an ICE workbook that python-calamine refuses, and staging rows already read.

python-calamine stops on some valid workbooks. The CAP workbook of FOIA 2018-ICFO-36170 was re-saved with
LibreOffice 5.1 (to drop its password) and every sheet declares its used range by rows only
(`<dimension ref="1:1416"/>`, no column letters); calamine answers "Range is missing the expected column
component" and reads nothing. Excel and openpyxl ignore that declaration, so such a sheet is read with
openpyxl (streaming, its declared dimensions reset) instead. Any failure names the file and the sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from ice_ledger.errors import SourceFileError
from ice_ledger.sources import readers
from ice_ledger.sources.base import TableSpec
from ice_ledger.sources.readers import (
    check_zip_container,
    read_sheet,
    uncached_formulas,
)


def sheet_names(path: Path, label: str) -> list[str]:
    """The workbook's sheet names, in order (from the zip's workbook part, which every reader agrees on)."""
    from openpyxl import load_workbook

    check_zip_container(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several untyped errors for damaged parts
        raise SourceFileError(label, f"cannot be opened as a workbook: {exc}") from exc
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def read_sheet_openpyxl(path: Path, sheet: str, label: str) -> list[list[Any]]:
    """Every row of one sheet with openpyxl, ignoring the sheet's declared dimension; trailing blanks cut."""
    from openpyxl import load_workbook

    check_zip_container(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise SourceFileError(label, f"cannot be opened as a workbook: {exc}", where=f"sheet {sheet!r}") from exc
    try:
        if sheet not in wb.sheetnames:
            raise SourceFileError(label, f"no sheet named {sheet!r}; sheets are {wb.sheetnames}")
        ws = wb[sheet]
        ws.reset_dimensions()  # read-only sheets have it
        rows: list[list[Any]] = []
        for n, row in enumerate(ws.iter_rows(values_only=True), start=1):
            try:
                values = list(row)
            except Exception as exc:
                raise SourceFileError(label, f"cannot read the row: {exc}", where=f"sheet {sheet!r}, row {n}") from exc
            while values and values[-1] in (None, ""):
                values.pop()
            rows.append(values)
    except SourceFileError:
        raise
    except Exception as exc:
        raise SourceFileError(label, f"cannot be read: {exc}", where=f"sheet {sheet!r}") from exc
    finally:
        wb.close()
    for (r, c), formula in uncached_formulas(path, sheet).items():
        if r < len(rows):
            rows[r].extend([None] * (c + 1 - len(rows[r])))
            if rows[r][c] in (None, ""):
                rows[r][c] = "=" + formula  # quarantined by the pipeline, as with calamine
    return rows


def read_any_sheet(path: Path, sheet: str, label: str) -> tuple[list[list[Any]], str]:
    """One sheet's cells, with python-calamine, or with openpyxl when calamine cannot read the workbook.

    Returns the rows and the reader used ('calamine' or 'openpyxl')."""
    try:
        _, rows = read_sheet(path, sheet)
        return rows, "calamine"
    except SourceFileError as exc:
        if type(exc.__cause__).__name__ != "CalamineError":
            raise
    return read_sheet_openpyxl(path, sheet, label), "openpyxl"


def stage_rows(
    con: duckdb.DuckDBPyConnection, stage: str, rows: Sequence[Sequence[Any]], spec: TableSpec, *,
    file: str, sheet: str,
) -> tuple[int, int]:
    """Stage the rows under the sheet's header (readers.stage_rows). Cells right of the header's last name are not
    read; a row holding something there is counted in the QA by the caller (`cells_beyond_header`)."""
    return readers.stage_rows(con, stage, rows, spec, file=file, sheet=sheet, trim_empty_tail=True)


def cells_beyond_header(rows: Sequence[Sequence[Any]], header_row: int) -> list[int]:
    """Row numbers (1-based) below the header with a value right of the header's last named column."""
    header = list(rows[header_row - 1])
    while header and header[-1] in (None, ""):
        header.pop()
    width = len(header)
    return [i + 1 for i, r in enumerate(rows) if i >= header_row and any(v not in (None, "") for v in r[width:])]


def banner_lines(rows: Sequence[Sequence[Any]], header_row: int) -> list[tuple[int, str]]:
    """The non-empty first cells above the header (ICE's banner and title), with their row numbers."""
    out = []
    for i, r in enumerate(rows[: header_row - 1]):
        text = next((str(v).strip() for v in r if v not in (None, "") and str(v).strip()), None)
        if text:
            out.append((i + 1, text))
    return out
