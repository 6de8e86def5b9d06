"""Parse the FBI *Crime in the United States* offence tables (Table 8 cities, Table 10 county agencies).

The sheets are made for print: a title block, a header row whose labels carry footnote digits
('Rape\\n(revised\\ndefinition)1'), the state only on the first row of each block ('ALABAMA - Metropolitan
Counties'), footnote digits glued to names ('Abbeville3') and the footnote texts at the bottom. This module
turns one sheet into flat rows and keeps each row's spreadsheet row number, its raw name and its footnote texts.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ice_ledger.errors import SourceFileError
from ice_ledger.sources.readers import cell_text, read_sheet

# Header label (digits, newlines and spaces normalised away) -> canonical column.
HEADER_MAP = {
    "state": "state", "city": "agency_name", "county": "agency_name", "population": "population",
    "violent crime": "violent_crime", "murder and nonnegligent manslaughter": "murder",
    "rape (revised definition)": "rape_revised", "rape (legacy definition)": "rape_legacy",
    "rape": "rape_revised",  # from 2017 the tables print only the revised definition (footnote 1)
    "robbery": "robbery", "aggravated assault": "aggravated_assault", "property crime": "property_crime",
    "burglary": "burglary", "larceny-theft": "larceny_theft", "larceny theft": "larceny_theft",
    "motor vehicle theft": "motor_vehicle_theft", "arson": "arson",
}
COUNT_COLUMNS = ("population", "violent_crime", "murder", "rape_revised", "rape_legacy", "robbery",
                 "aggravated_assault", "property_crime", "burglary", "larceny_theft", "motor_vehicle_theft", "arson")
FOOTNOTE_RE = re.compile(r"^(\d{1,2})\s+(\S.*)$", re.S)
GLUED_RE = re.compile(r"^(.*?[A-Za-z.)'])((?:\d{1,2}, ?)*\d{1,2})$")


@dataclass
class ParsedTable:
    """Rows of one published table with the footnote texts found under it."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    footnotes: dict[str, str] = field(default_factory=dict)
    header_row: int = 0


def header_key(label: Any) -> str:
    text = re.sub(r"\s+", " ", str(label or "").replace("\n", " ")).strip().lower().replace("- ", "-")
    return re.sub(r"(?<=[a-z)])\d+$", "", text).strip()


def split_footnotes(text: str) -> tuple[str, list[str]]:
    """('Abbeville', ['3']) from 'Abbeville3'; names without glued digits come back unchanged."""
    t = text.strip()
    m = GLUED_RE.match(t)
    if not m:
        return t, []
    return m.group(1).strip(), [n.strip() for n in m.group(2).split(",")]


def parse_rows(rows: Sequence[Sequence[Any]], file: str, *, first_row_number: int = 1,
               row_numbers: Sequence[int] | None = None, state_columns: tuple[int, ...] = (0,)) -> ParsedTable:
    """Flatten a Table 8/10 grid: find the header, fill the state down, split names from footnote digits."""
    out = ParsedTable()
    header_idx = next((i for i, r in enumerate(rows[:15]) if r and header_key(r[0]) == "state"), None)
    if header_idx is None:
        raise SourceFileError(file, "no header row starting with 'State' in the first 15 rows")
    columns: dict[int, str] = {}
    for j, label in enumerate(rows[header_idx]):
        key = header_key(label)
        if key in HEADER_MAP and HEADER_MAP[key] not in columns.values():
            columns[j] = HEADER_MAP[key]
    if "agency_name" not in columns.values() or "violent_crime" not in columns.values():
        raise SourceFileError(file, f"header row {header_idx + first_row_number} lacks City/County or Violent crime",
                              where=f"row {header_idx + first_row_number}")
    def number(i: int) -> int:
        return row_numbers[i] if row_numbers is not None else i + first_row_number

    out.header_row = number(header_idx)
    name_col = next(j for j, c in columns.items() if c == "agency_name")
    state_raw: str | None = None
    for i in range(header_idx + 1, len(rows)):
        r = list(rows[i])
        first = cell_text(r[0]) if r else None
        rest_blank = all(cell_text(v) is None for v in r[1:])
        if first and rest_blank and (m := FOOTNOTE_RE.match(first)):
            out.footnotes[m.group(1)] = re.sub(r"\s+", " ", m.group(2)).strip()
            continue
        name = ((cell_text(r[name_col]) or "").strip() or None) if name_col < len(r) else None  # ' ' is blank
        state_cell = next((cell_text(r[c]) for c in state_columns if c < len(r) and cell_text(r[c])), None)
        if state_cell:
            state_raw = state_cell
        if not name:
            continue
        if state_raw is None:
            raise SourceFileError(file, f"data row {number(i)} comes before any state", where=f"row {number(i)}")
        row: dict[str, Any] = {"source_row": number(i), "agency_name_raw": name, "state_raw": state_raw}
        for j, col in columns.items():
            if col in COUNT_COLUMNS:
                v = cell_text(r[j]) if j < len(r) else None
                row[col] = v.replace(",", "").strip() if isinstance(v, str) else v
        out.rows.append(row)
    return out


def read_table(path: Path, file: str) -> tuple[str | None, ParsedTable]:
    """A .xls/.xlsx sheet (python-calamine, which also opens the 2017 file xlrd rejects) or a CSV export."""
    if path.suffix.lower() == ".csv":
        grid: list[list[str]] = []
        lines: list[int] = []
        for encoding in ("utf-8", "cp1252"):
            try:
                with path.open(encoding=encoding, newline="") as fh:
                    reader = csv.reader(fh)
                    grid, lines = [], []
                    for record in reader:
                        grid.append(record)
                        lines.append(reader.line_num)  # physical line where the record ends (headers span lines)
                break
            except UnicodeDecodeError:
                continue
        # The uploader added a cleaned state column (2nd) to the 2018/2019 exports: the printed State stays first.
        return None, parse_rows(grid, file, row_numbers=lines)
    sheet, grid = read_sheet(path)
    return sheet, parse_rows(grid, file)


def raw_row(path: Path, row: int) -> dict[str, Any]:
    """One CSV record as printed (header label -> cell) by its physical line number, as `source_row` holds it:
    the 2018/2019 headers span several lines, so record numbers and line numbers differ."""
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        reader = csv.reader(fh)
        header = [re.sub(r"\s+", " ", h).strip() for h in next(reader, [])]
        for record in reader:
            if reader.line_num == row:
                return dict(zip(header, record, strict=False))
            if reader.line_num > row:
                break
    raise SourceFileError(path.name, f"no record ends at line {row}")


def state_and_area(state_raw: str, table_id: str) -> tuple[str, str, list[str]]:
    """('ALABAMA', 'Metropolitan Counties', ['6']) from 'ALABAMA - Metropolitan Counties6'."""
    text, notes = split_footnotes(state_raw)
    if " - " in text:
        state, area = (p.strip() for p in text.split(" - ", 1))
        area, more = split_footnotes(area)
        return split_footnotes(state)[0], area, notes + more
    state, more = split_footnotes(text)
    return state, ("City" if table_id == "T8" else ""), notes + more
