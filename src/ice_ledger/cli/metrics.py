"""Metric commands: `metrics` (the catalogue) and `metric NAME` (values with provenance, or --compare-sources)."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.syntax import Syntax

from ice_ledger import api
from ice_ledger.cli.common import Format, FormatOpt, HomeOpt, console, err, print_frame, print_json


class EngineName(StrEnum):
    duckdb = "duckdb"
    spark = "spark"


def register(app: typer.Typer) -> None:
    app.command("metrics")(metrics)
    app.command("metric")(metric)


def metrics(fmt: FormatOpt = Format.table) -> None:
    """The metric catalogue: name, definition, unit, numerator/denominator, breakdowns, sources, caveats."""
    import pandas as pd

    rows = [m.describe() for m in api.metric_catalogue()]
    if fmt is Format.json:
        print_json(rows)
        return
    df = pd.DataFrame(rows)
    for c in ("breakdowns", "sources"):
        df[c] = df[c].map(", ".join)
    if fmt is Format.table:
        df = df[["name", "unit", "definition", "denominator", "breakdowns", "official_metric"]]
    print_frame(df, fmt, title="metrics", caption=f"{len(rows)} metrics; `ice-ledger metric NAME` computes one")


def metric(
    name: Annotated[str, typer.Argument(help="Metric name (see `ice-ledger metrics`).")],
    by: Annotated[list[str] | None, typer.Option("--by", "-b", help="Breakdown (repeatable): fiscal_year, state ...")]
    = None,
    where: Annotated[list[str] | None, typer.Option("--where", "-w", help="Filter COLUMN=VALUE (also !=,<,>,~).")]
    = None,
    per_capita: Annotated[bool, typer.Option("--per-capita", help="Per 100,000 residents, where a population exists.")]
    = False,
    definition: Annotated[str | None, typer.Option("--definition", "-d", help="Sanctuary definition id for --by "
                                                   "policy_status (see `ice-ledger definitions`).")] = None,
    compare_sources: Annotated[bool, typer.Option("--compare-sources",
                                                  help="Records beside ICE's published figure, with reasons.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Print the query and sample contributing row ids.")]
    = False,
    engine: Annotated[EngineName, typer.Option("--engine", help="Query engine.")] = EngineName.duckdb,
    min_cell: Annotated[int | None, typer.Option("--min-cell", help="Suppress cells below this count "
                                                 "(default $ICE_LEDGER_MIN_CELL or 10).", min=1)] = None,
    home: HomeOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Compute a metric by breakdowns, with provenance; small cells are suppressed (the output says so).

    Examples: ice-ledger metric detainers_declined --by fiscal_year;
    ice-ledger metric admin_arrests --by fiscal_year --compare-sources;
    ice-ledger metric detainers_declined --by county;
    ice-ledger metric detainers_declined --by fiscal_year --by policy_status --definition dhs_sanctuary_2025_05
    """
    by_list = by or []
    if compare_sources:
        df = api.compare_sources(name, by=by_list or ["fiscal_year"], home=home)
        if fmt is not Format.table:
            print_frame(df, fmt)
            return
        print_frame(df.drop(columns=["official_citation", "reasons"]), fmt,
                    title=f"{name}: computed from records vs published")
        for row in df.itertuples(index=False):
            cite = row.official_citation if isinstance(row.official_citation, str) else ""
            console.print(f"[bold]FY{row.fiscal_year}[/] {cite}; {row.reasons}".replace(" ;", ";"), highlight=False)
        return
    result = api.metric(name, by=by_list, where=where or [], per_capita=per_capita, engine=engine.value,
                        home=home, threshold=min_cell, definition=definition)
    prov = result.provenance
    if fmt is Format.json:
        print_json({"metric": result.metric.describe(), "values": result.frame.astype(object)
                    .where(result.frame.notna(), None).to_dict(orient="records"),
                    "provenance": prov.as_dict(), "notes": result.notes})
        return
    if fmt is Format.csv:
        print_frame(result.frame, fmt)
        for note in result.notes:
            sys.stderr.write(f"# {note}\n")
        return
    m = result.metric
    print_frame(result.frame, fmt, title=f"{m.name}: {m.title} ({m.unit})",
                caption=f"{prov.n_records:,} records" if prov.n_records is not None else "total suppressed")
    console.print(f"[bold]definition[/] {m.definition}")
    console.print(f"[bold]sources[/]    {', '.join(prov.sources) or '(none)'}")
    for rel in prov.releases:
        console.print(f"[bold]release[/]    {rel}")
    for f in prov.files:
        console.print(f"[bold]file[/]       {f}")
    console.print(f"[bold]filters[/]    {'; '.join(prov.filters) or '(none)'}")
    console.print(f"[bold]answered[/]   from {prov.answered_from}")
    for note in result.notes:
        (err if "suppressed" in note else console).print(f"[yellow]note:[/] {note}", highlight=False)
    if explain:
        console.print(Syntax(prov.query, "sql", word_wrap=True))
        for table, ids in prov.sample_row_ids.items():
            console.print(f"sample rows (open with `ice-ledger trace {table} ROW_ID`): {', '.join(ids)}")
