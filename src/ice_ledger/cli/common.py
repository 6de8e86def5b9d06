"""Options and output helpers shared by every command (the same flags mean the same thing everywhere)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

console = Console()
err = Console(stderr=True)

HomeOpt = Annotated[
    Path | None,
    typer.Option("--home", envvar="ICE_LEDGER_HOME", help="Data directory (raw files and warehouse).",
                 show_default="~/.local/share/ice-ledger"),
]
MirrorOpt = Annotated[
    Path | None,
    typer.Option("--mirror", help="Take files from this local mirror (e.g. ../shared/data) instead of the network."),
]


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


def print_frame(df: pd.DataFrame, fmt: Format, title: str | None = None, caption: str | None = None) -> None:
    """Print a data frame as a rich table, CSV or JSON records."""
    if fmt is Format.csv:
        df.to_csv(sys.stdout, index=False)
        return
    if fmt is Format.json:
        sys.stdout.write(df.to_json(orient="records", date_format="iso", indent=2, force_ascii=False) + "\n")
        return
    table = Table(title=title, caption=caption, show_lines=False, header_style="bold")
    for col in df.columns:
        table.add_column(str(col), overflow="fold", justify="right" if pd.api.types.is_numeric_dtype(df[col]) else "left")
    for row in df.itertuples(index=False):
        table.add_row(*[_cell(v) for v in row])
    console.print(table)


def _cell(v: Any) -> str:
    if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NA or v is pd.NaT:
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
