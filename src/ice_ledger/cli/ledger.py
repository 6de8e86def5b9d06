"""Ledger commands: fetch, build, sources, tables, table, trace, qa."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from ice_ledger import api
from ice_ledger.cli.common import Format, FormatOpt, HomeOpt, MirrorOpt, console, err, print_frame, print_json


def register(app: typer.Typer) -> None:
    app.command("fetch")(fetch)
    app.command("build")(build)
    app.command("sources")(sources)
    app.command("tables")(tables)
    app.command("table")(table)
    app.command("trace")(trace)
    app.command("qa")(qa)
    app.command("count")(count)


SourcesArg = Annotated[list[str] | None, typer.Argument(help="Source ids (default: all). See `ice-ledger sources`.")]


ForceOpt = Annotated[bool, typer.Option("--force", help="Acquire every file again, even when it is at hand.")]


def fetch(source_ids: SourcesArg = None, mirror: MirrorOpt = None, home: HomeOpt = None,
          force: ForceOpt = False) -> None:
    """Download each source's files from its official URL (or copy them from --mirror), recording sha256.

    With --mirror, each file's sha256 is compared with the mirror's copy and a change is reported.
    Example: ice-ledger fetch npr_detainers_fy15 --mirror ../shared/data
    """
    done = api.fetch(source_ids, mirror=mirror, home=home, force=force)
    for sid, result in done.items():
        for f in result.entries.values():
            console.print(f"{sid}: {f.name} {f.size:,} bytes sha256 {f.sha256[:12]}… from {f.origin}")
        for change in result.changes:
            err.print(f"[yellow]{sid}:[/] {change}", highlight=False)


def build(source_ids: SourcesArg = None, mirror: MirrorOpt = None, home: HomeOpt = None,
          quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
          force: ForceOpt = False) -> None:
    """Build the warehouse from the raw files (fetching what is missing); publish it atomically.

    Naming sources rebuilds only those, on top of the last good build. Prints rows read, loaded and
    quarantined per file. Example: ice-ledger build --mirror ../shared/data
    """
    summary = api.build(source_ids, mirror=mirror, home=home, quiet=quiet, force=force)
    wide = console.width >= 120  # on a narrow terminal the file column gives way to the counts
    t = Table(title=f"build {summary.build_id}", header_style="bold",
              caption="notes: see below the table" + ("" if wide else "; widen the terminal to see files"))
    t.add_column("source", no_wrap=True, overflow="ellipsis", max_width=None if wide else 24)
    t.add_column("table", no_wrap=True, overflow="ellipsis", max_width=None if wide else 16)
    if wide:
        t.add_column("file / sheet", overflow="ellipsis", no_wrap=True, max_width=40)
    for col in ("read", "loaded", "quar.", "dup."):
        t.add_column(col, justify="right", no_wrap=True, min_width=9 if col in ("read", "loaded") else 6)
    notes: list[str] = []
    for sid, results in summary.results.items():
        for r in results:
            where = r.file + (f" [{r.sheet}]" if r.sheet else "")
            counts = (f"{r.rows_read:,}", f"{r.rows_loaded:,}", f"{r.rows_quarantined:,}", f"{r.rows_duplicate:,}")
            t.add_row(sid, r.table, *((where,) if wide else ()), *counts)
            notes.extend(f"{sid} / {where}: {n}" for n in r.notes)
    console.print(t)
    for n in notes:
        console.print(f"  - {n}", highlight=False)
    if summary.derived:
        console.print(f"derived: {', '.join(summary.derived)}")
    if summary.skipped:
        console.print(f"[yellow]skipped derivations (inputs missing):[/] {', '.join(summary.skipped)}")
    console.print(f"warehouse: {summary.path}")


def sources(home: HomeOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Every source: publisher, licence, URL, files with sha256, rows loaded/quarantined, last build."""
    import pandas as pd

    rows = []
    for s in api.sources(home):
        for f in s.files:
            rows.append({
                "source": s.id, "publisher": s.publisher, "licence": s.licence, "release": s.release,
                "file": f["name"], "url": f["url"], "bytes": f["size"],
                "sha256": (f["sha256"] or "")[:16] if fmt is Format.table else f["sha256"],
                "rows_read": s.rows_read, "loaded": s.rows_loaded, "quarantined": s.rows_quarantined,
                "last_build": s.last_build,
            })
    print_frame(pd.DataFrame(rows), fmt, title="sources")


def tables(home: HomeOpt = None) -> None:
    """List the warehouse's tables and views."""
    for name in api.tables(home):
        console.print(name)


def table(
    name: Annotated[str, typer.Argument(help="Table name, e.g. detainers, official_figures, quarantine.")],
    where: Annotated[list[str] | None, typer.Option("--where", "-w", help="Filter COLUMN=VALUE (also !=,<,>,~).")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0, help="At most this many rows (0: all).")] = 20,
    columns: Annotated[str | None, typer.Option("--columns", "-c", help="Comma-separated columns.")] = None,
    all_columns: Annotated[bool, typer.Option("--all-columns", help="Show lineage and flag columns too.")] = False,
    home: HomeOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Show rows of a warehouse table. Example: ice-ledger table official_figures --where fiscal_year=2018

    The terminal table hides lineage and flag columns unless --all-columns is given (`row_id` stays, so any row
    can be opened with `ice-ledger trace`); CSV and JSON always carry every column.
    """
    df = api.table(name, where=where, limit=limit or None, columns=columns.split(",") if columns else None, home=home)
    caption = f"{len(df):,} rows" + (f" (limit {limit})" if limit and len(df) == limit else "")
    if fmt is Format.table and not columns and not all_columns:
        hidden = [c for c in df.columns if c in api.LINEAGE and c not in ("row_id", "fiscal_year")]
        if hidden:
            df = df.drop(columns=hidden)
            caption += "; lineage columns hidden (--all-columns shows them)"
    print_frame(df, fmt, title=name, caption=caption)


def trace(
    table_name: Annotated[str, typer.Argument(metavar="TABLE")],
    row_id: Annotated[str, typer.Argument(metavar="ROW_ID")],
    home: HomeOpt = None,
    fmt: FormatOpt = Format.table,
    build_id: Annotated[str | None, typer.Option("--build", help="A complete build's id (default: current).")] = None,
) -> None:
    """Where one row came from: source, release, file (sha256), sheet, row number, raw and loaded values.

    Example: ice-ledger trace detainers e959d3cc23d07bf0
    """
    import pandas as pd

    t = api.trace(table_name, row_id, home=home, build_id=build_id)
    if fmt is Format.json:
        print_json(t.__dict__)
        return
    console.print(f"[bold]{t.table}[/] row [bold]{t.row_id}[/]" + (" [red](quarantined)[/]" if t.quarantined else ""))
    console.print(f"  source   {t.source_id}   release {t.release}")
    console.print(f"  file     {t.source_file}" + (f"   sheet {t.source_sheet!r}" if t.source_sheet else ""))
    console.print(f"  row      {t.source_row}   (as numbered in the file)")
    if t.file_sha256:
        console.print(f"  sha256   {t.file_sha256}")
    if t.file_url:
        console.print(f"  url      {t.file_url}")
    if t.reason:
        console.print(f"  reason   {t.reason}")
    grid = Table("column", "loaded value", header_style="bold", title="loaded")
    for k, v in t.loaded.items():
        grid.add_row(str(k), "" if v is None else str(v))
    console.print(grid)
    if t.derived_from is not None:
        console.print(f"  derived  {t.derived_from['how']}", highlight=False)
        inputs = pd.DataFrame(t.derived_from["rows"])
        print_frame(inputs, Format.table, title=f"computed from {t.derived_from['table']}")
        console.print(f"  inputs   {t.derived_from['detainer_rows']}", highlight=False)
    elif t.raw is not None:
        raw = Table("header", "raw cell", header_style="bold", title="raw file")
        for k, v in t.raw.items():
            raw.add_row(str(k), "" if v is None else str(v))
        console.print(raw)
    else:
        err.print("raw file not at hand (fetch the source to see raw cells)")


def qa(
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 if any check failed.")] = False,
    home: HomeOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """The build's QA table: check, scope, value, expected, status (pass/fail/info)."""
    df = api.table("qa", limit=None, home=home)
    print_frame(df, fmt, title="qa")
    failed = int((df["status"] == "fail").sum()) if not df.empty else 0
    if strict and failed:
        err.print(f"[red]{failed} QA check(s) failed[/]")
        raise typer.Exit(1)


def count(
    name: Annotated[str, typer.Argument(help="Table name, e.g. detainers, arrests, published_aggregates.")],
    where: Annotated[list[str] | None, typer.Option("--where", "-w", help="Filter COLUMN=VALUE (also !=,<,>,~).")] = None,
    by: Annotated[list[str] | None, typer.Option("--by", "-b", help="Group by this column (repeatable).")] = None,
    home: HomeOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Count the rows of a table that match the filters, optionally by group; prints the count.

    Example: ice-ledger count detainers --where "lift_reason=Detainer Declined by LEA" --where source_id=npr_detainers_fy15
    """
    import pandas as pd

    if by:
        print_frame(api.count_by(name, by, where=where, home=home), fmt, title=f"{name}: rows by {', '.join(by)}")
        return
    n = api.count(name, where=where, home=home)
    if fmt is Format.table:
        console.print(f"{n:,}")
    else:
        print_frame(pd.DataFrame([{"table": name, "rows": n}]), fmt)
