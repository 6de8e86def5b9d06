"""Options and output helpers shared by every command (the same flags mean the same thing everywhere).

Tables go to people and to pipes. On a terminal they are drawn by rich; when standard output is not a terminal
(a pipe, a file) they print as plain tab-separated text with a header row, one record per line and numbers
unformatted, so `grep`, `cut` and spreadsheets get whole values. `--format table` given explicitly forces the
drawing even in a pipe (drawn at its full width, never wrapped). Colour follows rich, which honours NO_COLOR.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from ice_ledger.api import is_missing

if TYPE_CHECKING:
    import pandas as pd


class _Output:
    """Per-run output state: whether the user asked for drawn tables explicitly."""

    draw_forced = False
    tables_written = 0


OUTPUT = _Output()


class PipeConsole(Console):
    """A rich console that prints tables as tab-separated text when its file is not a terminal."""

    def print(self, *objects: Any, **kwargs: Any) -> None:
        if self.is_terminal or not any(isinstance(o, Table) for o in objects):
            super().print(*objects, **kwargs)
            return
        for o in objects:
            if not isinstance(o, Table):
                super().print(o, **kwargs)
            elif OUTPUT.draw_forced:
                self.print_drawn(o)
            else:
                write_tsv(table_rows(o), self.file)

    def print_drawn(self, table: Table) -> None:
        """Draw a table at the width it needs (a pipe has no width, so nothing wraps)."""
        wide = self.options.update(max_width=100_000)
        need = Measurement.get(self, wide, table).maximum
        with self._lock:
            saved = self._width
            self._width = max(need, self.width)
            try:
                super().print(table)
            finally:
                self._width = saved


def _console(stderr: bool = False) -> PipeConsole:
    probe = Console(stderr=stderr)
    return PipeConsole(stderr=stderr, soft_wrap=not probe.is_terminal)  # long lines stay whole in a pipe


console = _console()
err = _console(stderr=True)

HomeOpt = Annotated[
    Path | None,
    typer.Option("--home", envvar="ICE_LEDGER_HOME", help="Data directory (raw files and warehouse).",
                 show_default="./.ice-ledger if built here, else ~/.local/share/ice-ledger"),
]
MirrorOpt = Annotated[
    Path | None,
    typer.Option("--mirror", help="Take files from this local mirror (e.g. ../shared/data) instead of the network."),
]


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    tsv = "tsv"


def _note_format(ctx: typer.Context, param: typer.CallbackParam, value: Format) -> Format:
    """Remember whether `--format table` was typed: only then is a table drawn into a pipe."""
    source = ctx.get_parameter_source(param.name) if param.name else None
    typed = source is not None and getattr(source, "name", "") in ("COMMANDLINE", "ENVIRONMENT")
    OUTPUT.draw_forced = value is Format.table and typed
    return value


FormatOpt = Annotated[Format, typer.Option(
    "--format", "-f", callback=_note_format,
    help="Output format. 'table' is drawn on a terminal and printed tab-separated in a pipe unless typed "
         "explicitly; 'tsv' is always tab-separated.")]


def print_frame(df: pd.DataFrame, fmt: Format, title: str | None = None, caption: str | None = None) -> None:
    """Print a data frame as a table (drawn, or tab-separated in a pipe), CSV, TSV or JSON records."""
    import pandas as pd

    if fmt is Format.csv:
        df.to_csv(sys.stdout, index=False)
        return
    if fmt is Format.json:
        sys.stdout.write(df.to_json(orient="records", date_format="iso", indent=2, force_ascii=False) + "\n")
        return
    if fmt is Format.tsv or (not console.is_terminal and not OUTPUT.draw_forced):
        write_tsv([[str(c) for c in df.columns], *([_plain(v) for v in row] for row in df.itertuples(index=False))],
                  console.file)
        return
    table = Table(title=title, caption=caption, show_lines=False, header_style="bold")
    for col in df.columns:
        table.add_column(str(col), overflow="fold", justify="right" if pd.api.types.is_numeric_dtype(df[col]) else "left")
    for row in df.itertuples(index=False):
        table.add_row(*[_cell(v) for v in row])
    console.print(table)


def table_rows(table: Table) -> list[list[str]]:
    """A rich table's header and cells as plain text (markup removed)."""
    columns = [[_text(c.header), *(_text(cell) for cell in c.cells)] for c in table.columns]
    return [list(r) for r in zip(*columns, strict=True)] if columns else []


def write_tsv(rows: list[list[str]], out: Any) -> None:
    """Tab-separated lines; tabs and line breaks inside a cell become spaces so each record stays one line.

    A command printing several tables separates them by one blank line (each starts with its own header).
    """
    if OUTPUT.tables_written:
        out.write("\n")
    OUTPUT.tables_written += 1
    for row in rows:
        out.write("\t".join(" ".join(cell.split()) if any(ch in cell for ch in "\t\r\n") else cell
                            for cell in row) + "\n")
    out.flush()


def _text(v: Any) -> str:
    if isinstance(v, Text):
        return v.plain
    if isinstance(v, str):
        return Text.from_markup(v).plain
    return str(v)


def _plain(v: Any) -> str:
    """A cell for machines: no thousands separators, no rounding, blank for missing."""
    import pandas as pd

    if is_missing(v):
        return ""
    if isinstance(v, pd.Timestamp):
        return v.date().isoformat() if v == v.normalize() else v.isoformat(sep=" ")
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(float(v))  # not "np.float64(...)"
    return str(v)


def _cell(v: Any) -> str:
    import pandas as pd

    if is_missing(v):
        return ""
    if isinstance(v, pd.Timestamp):
        return v.date().isoformat() if v == v.normalize() else v.isoformat(sep=" ")
    if isinstance(v, float):
        return f"{v:,.4g}" if abs(v) < 1 else f"{v:,.2f}".rstrip("0").rstrip(".")
    if isinstance(v, int):
        return f"{v:,}" if abs(v) >= 10_000 else str(v)
    return str(v)


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, indent=2, default=str, ensure_ascii=False) + "\n")
