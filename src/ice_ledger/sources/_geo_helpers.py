"""Shared steps of the geography, population and crime sources: reshaping a staged table in SQL, setting
aside rows whose FIPS code is impossible, resolving names and listing those that did not resolve."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyarrow as pa

from ice_ledger.geo.fips import fips_sql
from ice_ledger.geo.gazetteer import Gazetteer
from ice_ledger.geo.resolve import Resolution, resolve_many
from ice_ledger.schema import LoadContext, Reason, quote_ident, quote_str
from ice_ledger.sources.base import Col, TableSpec

if TYPE_CHECKING:
    import pandas as pd

URBAN_COMMIT = "5aa12e3e08b1e44db52b06c0a731fe9985cb17f8"
URBAN_RAW = f"https://raw.githubusercontent.com/UI-Research/mobility-from-poverty/{URBAN_COMMIT}"


def reshape(ctx: LoadContext, stage: str, select: str) -> str:
    """A new stage from `SELECT <select> FROM stage`, keeping the lineage columns."""
    out = ctx.stage_name()
    ctx.con.execute(
        f"CREATE OR REPLACE TEMP TABLE {quote_ident(out)} AS SELECT {select}, source_file, source_sheet, source_row "
        f"FROM {quote_ident(stage)}"
    )
    return out


def set_aside_bad_fips(ctx: LoadContext, stage: str, table: str, file: str, raw_expr: str, level: str) -> int:
    """Rows whose FIPS is impossible even after zero-padding go to quarantine (`fips_invalid`) and leave the stage."""
    bad = f"({fips_sql(raw_expr, level)}) IS NULL"
    n_row = ctx.con.execute(f"SELECT count(*) FROM {quote_ident(stage)} WHERE {bad}").fetchone()
    n = int(n_row[0]) if n_row else 0
    if n:
        ctx.quarantine_query(
            table,
            f"""SELECT source_file, source_sheet, source_row, {quote_str(Reason.fips_invalid.value)} AS reason,
                {quote_str(level)} AS column_name, CAST({raw_expr} AS VARCHAR) AS raw_value,
                'not a valid {level} FIPS code even after restoring leading zeros' AS detail
            FROM {quote_ident(stage)} WHERE {bad}""",
        )
        ctx.con.execute(f"DELETE FROM {quote_ident(stage)} WHERE {bad}")
        ctx.note(f"{file}: {n} row(s) with an invalid {level} FIPS code quarantined (fips_invalid)")
    return n


def gazetteer_of(ctx: LoadContext) -> Gazetteer:
    """The gazetteer of this build (geo_census_names runs first: every crime source depends on it).

    A partial rebuild carries earlier parts over without views, so the views are refreshed here first."""
    for table in ("counties", "places", "county_aor"):
        if any((ctx.build.tables_dir / table).glob("*.parquet")):
            ctx.build.refresh_view(table)
    parts = tuple(sorted(str(p) for t in ("counties", "places", "county_aor")
                         for p in (ctx.build.tables_dir / t).glob("*.parquet")))
    key = (ctx.build.build_id, parts)
    if key not in _GAZETTEERS:  # built once per build, not once per source (it takes seconds)
        _GAZETTEERS.clear()
        _GAZETTEERS[key] = Gazetteer.from_connection(ctx.con, origin=f"build {ctx.build.build_id}")
    return _GAZETTEERS[key]


_GAZETTEERS: dict[tuple[str, tuple[str, ...]], Gazetteer] = {}


def resolve_frame(gaz: Gazetteer, names: pd.DataFrame) -> list[Resolution]:
    """Resolve a frame of (name, state, kind) rows."""
    rows = [(str(n), s if isinstance(s, str) else None, k) for n, s, k in names.itertuples(index=False)]
    return resolve_many(rows, gazetteer=gaz)


def register_frame(ctx: LoadContext, frame: pd.DataFrame) -> str:
    """Stage a pandas frame of strings (with source_file/source_sheet/source_row) as a DuckDB temp table."""
    import pandas as pd

    stage = ctx.stage_name()
    cols = {c: pa.array([None if v is None or (isinstance(v, float) and pd.isna(v)) else str(v) for v in frame[c]],
                        type=pa.string()) for c in frame.columns if c != "source_row"}
    cols["source_row"] = pa.array([int(v) for v in frame["source_row"]], type=pa.int64())
    ctx.con.register(f"{stage}_arrow", pa.table(cols))
    ctx.con.execute(f"CREATE OR REPLACE TEMP TABLE {quote_ident(stage)} AS SELECT * FROM {quote_ident(stage + '_arrow')}")
    ctx.con.unregister(f"{stage}_arrow")
    return stage


def emit_unresolved(ctx: LoadContext, table: str, file: str, frame: pd.DataFrame,
                    results: list[Resolution], kinds: list[str | None]) -> int:
    """Write one `unresolved_names` row per distinct unmatched name (first source row kept) and a QA line."""
    import pandas as pd

    rows: dict[tuple[str, str | None, str | None], dict[str, object]] = {}
    for (name, state, src_row, sheet), res, kind in zip(
        frame[["name", "state", "source_row", "source_sheet"]].itertuples(index=False), results, kinds, strict=True
    ):
        if res.status == "matched":
            continue
        key = (str(name), state, kind)
        if key not in rows:
            rows[key] = {"source_table": table, "name": name, "state": state, "kind": kind, "status": res.status,
                         "reason": res.reason, "candidates": "; ".join(res.candidates), "rows": 0,
                         "source_file": file, "source_sheet": sheet, "source_row": src_row}
        rows[key]["rows"] = int(str(rows[key]["rows"])) + 1
    matched = sum(1 for r in results if r.status == "matched")
    ctx.qa(f"names_matched_{table}", matched, len(results), "info", scope=file)
    ctx.note(f"{file}: {matched:,} of {len(results):,} rows matched a FIPS code; {len(rows):,} distinct names "
             "ambiguous or unresolved (see table unresolved_names)")
    if rows:
        stage = register_frame(ctx, pd.DataFrame(list(rows.values())))
        ctx.emit("unresolved_names", stage, file=file, sheet=f"{table}")
    return len(rows)


UNRESOLVED = TableSpec(
    table="unresolved_names",
    description="Names a source carries that matched no FIPS code, or more than one: listed, never guessed.",
    columns=(
        Col("source_table", required=True), Col("name", required=True), Col("state"), Col("kind"),
        Col("status", required=True, values=frozenset({"ambiguous", "unresolved"})), Col("reason"),
        Col("candidates"), Col("rows", "int", min=1),
    ),
    flag_exact_copies=False,
)
