"""Place commands: place (profile), resolve (name -> FIPS), unresolved (names no source row could match)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from ice_ledger import api
from ice_ledger.cli.common import Format, FormatOpt, HomeOpt, console, print_frame, print_json

if TYPE_CHECKING:
    import pandas as pd

StateOpt = Annotated[str | None, typer.Option("--state", "-s", help="State name, postal code or FIPS.")]
KindOpt = Annotated[str | None, typer.Option("--kind", "-k", help="state, county, place or agency.")]
LINEAGE_SHOWN = ("source_id", "row_id")


def register(app: typer.Typer) -> None:
    app.command("place")(place)
    app.command("resolve")(resolve_name)
    app.command("unresolved")(unresolved)


def place(
    name: Annotated[str, typer.Argument(help="A county, city or state, e.g. 'Travis County, TX'.")],
    state: StateOpt = None,
    kind: KindOpt = None,
    home: HomeOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Profile of one place: FIPS, ICE area, population, crime and policies over time, with sources.

    Example: ice-ledger place "Travis County, TX"
    """
    import pandas as pd

    p = api.place(name, home, state=state, kind=kind)
    if fmt is Format.json:
        print_json(p.to_dict())
        return
    if fmt is Format.csv:
        frames = {k: getattr(p, k) for k in ("population", "crime", "crime_rates", "agencies", "policies")}
        long = pd.concat([f.assign(section=k) for k, f in frames.items() if not f.empty], ignore_index=True)
        print_frame(long.assign(fips=p.fips, name=p.name), fmt)
        return
    console.print(f"[bold]{p.name}[/]   {p.level} FIPS [bold]{p.fips}[/]   (matched '{name}' by {p.resolution.method})")
    console.print(f"  ICE area of responsibility: {p.aor or 'unknown'}" + (f" ({p.aor_note})" if p.aor_note else ""))
    sections = (("counties", "counties"), ("population", "population"), ("crime", "crime (agency counts)"),
                ("crime_rates", "crime rates per 100,000 (published; quality 1 good, 2 marginal, 3 poor)"),
                ("agencies", "law-enforcement agencies"), ("policies", "policies over time"))
    for key, title in sections:
        frame = getattr(p, key)
        if frame.empty:
            if key != "counties" or p.level == "place":
                console.print(f"  {title}: none in this build")
            continue
        print_frame(_terminal(frame, key), fmt, title=title, caption=f"{len(frame):,} rows (--format json: all columns)")
    notes = {str(n) for n in p.crime.get("quality_note", pd.Series(dtype=str)).dropna()}
    for n in sorted(notes):
        console.print(f"[dim]footnote:[/] {n}")
    for note in p.notes:
        console.print(f"[yellow]note:[/] {note}")


TERMINAL_COLUMNS = {
    "counties": ("county_fips", "county", "share_of_place_population"),
    "population": ("year", "population", "source_id", "row_id"),
    "crime": ("year", "table_id", "agency_name", "population", "violent_crime", "property_crime", "violent_per_100k",
              "property_per_100k", "row_id"),
    "crime_rates": ("year", "violent_rate", "violent_quality", "property_rate", "property_quality", "row_id"),
    "agencies": ("ori", "agency_name", "agency_type", "population_served", "population_year"),
    "policies": ("applies_via", "jurisdiction_name", "policy_kind", "definition_id", "valid_from", "valid_to",
                 "source_id", "row_id"),
}


def _terminal(df: pd.DataFrame, section: str) -> pd.DataFrame:
    """A terminal-width subset (row_id kept, so `ice-ledger trace` opens any row); JSON/CSV carry everything."""
    keep = [c for c in TERMINAL_COLUMNS.get(section, ()) if c in df]
    return df[keep] if keep else df


def resolve_name(
    name: Annotated[str, typer.Argument(help="A jurisdiction or agency name.")],
    state: StateOpt = None,
    kind: KindOpt = None,
    home: HomeOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Resolve a name to a FIPS code, or say why it cannot be (exit 1). Example: ice-ledger resolve "Dona Ana" -s NM"""
    import pandas as pd

    r = api.resolve(name, state, kind, home)
    row = {**r.__dict__, "candidates": "; ".join(r.candidates)}
    if fmt is Format.json:
        print_json(row)
    else:
        print_frame(pd.DataFrame([row]), fmt, title="resolution")
    if r.status != "matched":  # scripts can test the exit code
        raise typer.Exit(1)


def unresolved(
    source_table: Annotated[str | None, typer.Option("--table", "-t", help="Only names from this table.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many rows (0: all).")] = 30,
    home: HomeOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Names in the sources that matched no FIPS code, or several (most frequent first)."""
    where = [f"source_table={source_table}"] if source_table else None
    df = api.table("unresolved_names", where=where, limit=None, home=home)
    df = df.sort_values("rows", ascending=False)
    if limit:
        df = df.head(limit)
    cols = ["source_table", "name", "state", "kind", "status", "rows", "reason", "candidates", "source_id",
            "source_file", "source_row"]
    print_frame(df[[c for c in cols if c in df]], fmt, title="unresolved names")
