"""Policy commands: policies (287(g) and other policy rows on a date), sanctuaries, definitions."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from ice_ledger import api
from ice_ledger.cli.common import Format, FormatOpt, HomeOpt, console, print_frame

AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Date YYYY-MM-DD (default: today).")]
HIDDEN = ("row_id", "redactions", "duplicate_likely", "duplicate_rule", "duplicate_of", "release", "source_sheet",
          "evidence_url", "note", "match_reason", "section_raw", "county_name")


def register(app: typer.Typer) -> None:
    app.command("policies")(policies)
    app.command("sanctuaries")(sanctuaries)
    app.command("definitions")(definitions)


def _date(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise api.IceLedgerError(f"--as-of {text!r} is not a date in the form YYYY-MM-DD") from exc


def policies(
    kind: Annotated[str | None, typer.Option("--kind", "-k", help="Policy kind or prefix: 287g, "
                                              "287g_task_force, sanctuary_list_member, pending_287g_request ...")] = None,
    as_of: AsOfOpt = None,
    all_columns: Annotated[bool, typer.Option("--all-columns", help="Show lineage and evidence columns.")] = False,
    home: HomeOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Policy rows in force on a date, with source, evidence and lineage.

    Example: ice-ledger policies --kind 287g --as-of 2019-06-30
    """
    day = _date(as_of)
    df = api.policies(kind, day, home=home)
    by_def = df.groupby("definition_id").size().to_dict() if not df.empty else {}
    caption = f"{len(df):,} rows in force on {day}" + (f" ({', '.join(f'{k}: {v}' for k, v in by_def.items())})"
                                                       if by_def else "")
    if fmt is Format.table and not all_columns:
        df = df.drop(columns=[c for c in HIDDEN if c in df.columns])
    print_frame(df, fmt, title=f"policies{' ' + kind if kind else ''} as of {day}", caption=caption)


def sanctuaries(
    as_of: AsOfOpt = None,
    definition: Annotated[str | None, typer.Option("--definition", "-d", help="One definition id "
                                                    "(see `ice-ledger definitions`).")] = None,
    all_definitions: Annotated[bool, typer.Option("--all-definitions", help="Counts by jurisdiction type for "
                                                   "every definition, in one table.")] = False,
    home: HomeOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Sanctuary jurisdictions on a date under one definition, or the counts under every definition.

    Example: ice-ledger sanctuaries --as-of 2025-06-01 --all-definitions
    """
    day = _date(as_of)
    if all_definitions and definition:
        raise api.IceLedgerError("give either --definition NAME or --all-definitions, not both")
    counts = api.sanctuary_counts(day, definition, home=home)
    if all_definitions or (definition is None and fmt is not Format.table):
        if fmt is not Format.table:
            print_frame(counts, fmt)
            return
        short = counts[["definition_id", "states", "counties", "cities", "other", "total", "period"]].assign(
            held=counts["member_level"].map({True: "members", False: "count as published, members not held"}))
        print_frame(short, fmt, title=f"sanctuary jurisdictions as of {day}, by definition",
                    caption="member lists are counted by jurisdiction type (types corrected from the names); "
                            "published counts are the publisher's own numbers")
        for r in counts.itertuples():
            said = f" - {r.count_text}" if r.count_text else ""
            console.print(f"[bold]{r.definition_id}[/]: {r.title} ({r.publisher}){said}"
                          + (f". {r.note}" if r.note else "") + f" <{r.citation}>", highlight=False)
        return
    members = api.sanctuaries(day, definition, home=home)
    if fmt is Format.table:
        members = members.drop(columns=[c for c in (*HIDDEN, "evidence_document", "source_file") if c in members])
    print_frame(members, fmt, title=f"sanctuary jurisdictions as of {day}" + (f" under {definition}" if definition
                                                                              else " (member-level definitions)"),
                caption=f"{len(members):,} members")
    if fmt is Format.table:
        print_frame(counts[["definition_id", "states", "counties", "cities", "other", "total", "period", "basis"]],
                    fmt, title="counts")


def definitions(home: HomeOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Every definition: who publishes it, what it counts, its coverage in time, and what the warehouse holds."""
    df = api.definitions(home=home)
    if fmt is not Format.table:
        print_frame(df, fmt)
        return
    short = df[["definition_id", "publisher", "family", "counts_what", "coverage_start", "coverage_end",
                "member_level", "member_rows", "published_counts"]]
    print_frame(short, fmt, title="definitions",
                caption="member_level False: the warehouse holds the publisher's count, not the members")
    for r in df.itertuples():
        console.print(f"[bold]{r.definition_id}[/]: {r.title}. Criteria: {r.criteria} <{r.citation_url}>",
                      highlight=False)
    console.print("notes and trust levels: ice-ledger definitions --format json")
