"""NPR's published detainer tables (calendar years 2007-2015) from the FOIA 15-87693 detainer records.

NPR computed these from the full Oct 2007 - Jul 2015 record files, of which only FY2015 is in the mirror
(npr_detainers_fy15). Loading NPR's own tables keeps the published numbers as published, and lets the build
check them against a direct count of the records we do hold. Periods are calendar years: 2007 covers only
Oct-Dec and 2015 only 1 Jan - 19 Jul.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from ice_ledger.errors import SourceFileError
from ice_ledger.schema import LoadContext, quote_ident
from ice_ledger.schema.relations import has_view
from ice_ledger.sources.base import Col, RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import stage_csv

BRANCH_COMMIT = "f80c438e8aa5f3254a2abe1290c7e32fccec5834"  # nprapps/sanctuary-cities, branch reporting-analysis
PUBLISHER = "NPR (nprapps/sanctuary-cities), from ICE FOIA 15-87693 detainer records"
DECLINED = "Detainer Declined by LEA"
PARTIAL_YEAR = (
    "CASE {y} WHEN '2007' THEN 'partial year: Oct-Dec 2007 only' "
    "WHEN '2015' THEN 'partial year: 1 Jan - 19 Jul 2015 only' END"
)


@dataclass(frozen=True)
class PublishedTable:
    """One NPR CSV and the SQL that reshapes its rows into (period, dimension, dimension_value, count, note)."""

    file: str
    period_type: str
    select: str  # over the staged raw table `{raw}`; must keep source_file, source_sheet, source_row
    rows: int


def _by_year(dimension: str | None) -> str:
    dim_value = quote_ident(dimension) if dimension else "CAST(NULL AS VARCHAR)"
    dim_name = f"'{dimension}'" if dimension else "CAST(NULL AS VARCHAR)"
    return (
        f"SELECT year AS period, {dim_name} AS dimension, {dim_value} AS dimension_value, count, "
        f"{PARTIAL_YEAR.format(y='year')} AS note, source_file, source_sheet, source_row FROM {{raw}}"
    )


# declined_vs_everythingelse.csv is an SQL left join whose two halves share column names; DuckDB's CSV reader
# renames the second `det_facility`, `year`, `count` to `det_facility_1`, `year_1`, `count_1`. Parts of the
# dimension value are kept in place when empty, so '|'-separated positions always mean the same thing.
_DECLINED_VS_OTHER = (
    "SELECT year AS period, 'det_facility|city|state|lift_reason' AS dimension, "
    f"concat_ws('|', coalesce(det_facility, ''), coalesce(city, ''), coalesce(state, ''), '{DECLINED}') "
    "AS dimension_value, count, "
    f"{PARTIAL_YEAR.format(y='year')} AS note, source_file, source_sheet, source_row FROM {{raw}} "
    "UNION ALL "
    "SELECT year_1, 'det_facility|city|state|lift_reason', "
    "concat_ws('|', coalesce(det_facility_1, ''), coalesce(city, ''), coalesce(state, ''), 'any other lift reason'), "
    "count_1, "
    f"{PARTIAL_YEAR.format(y='year_1')}, source_file, source_sheet, source_row FROM {{raw}} "
    "WHERE count_1 IS NOT NULL"
)

TABLES = (
    PublishedTable("detainers_by_year.csv", "calendar_year", _by_year(None), 9),
    PublishedTable("all_detainers_by_year.csv", "calendar_year", _by_year(None), 9),
    PublishedTable("lifted_detainers_by_year.csv", "calendar_year", _by_year(None), 9),
    PublishedTable("detainers_by_lift_reason_and_year.csv", "calendar_year", _by_year("lift_reason"), 108),
    PublishedTable("detainers_by_type_and_year.csv", "calendar_year", _by_year("detainer_type"), 8),
    PublishedTable(
        "detainers_by_year_and_month.csv", "month",
        "SELECT year_month AS period, CAST(NULL AS VARCHAR) AS dimension, CAST(NULL AS VARCHAR) AS dimension_value, "
        "count, CAST(NULL AS VARCHAR) AS note, source_file, source_sheet, source_row FROM {raw}",
        94,
    ),
    PublishedTable("declined_vs_everythingelse.csv", "calendar_year", _DECLINED_VS_OTHER, 1_370),
)

AGGREGATES = TableSpec(
    table="published_aggregates",
    description="NPR's detainer counts by calendar year, month, lift reason, detainer type and facility.",
    columns=(
        Col("publisher", required=True, not_null=True),
        Col("table_name", required=True, not_null=True),
        Col("period_type", required=True, not_null=True, values=frozenset({"calendar_year", "month"})),
        Col("period", required=True, not_null=True),
        Col("dimension"),
        Col("dimension_value"),
        Col("count", "int", required=True, not_null=True, min=0),
        Col("note"),
    ),
)


def load(ctx: LoadContext) -> None:
    for table in TABLES:
        path = ctx.path(table.file)
        raw = ctx.stage_name()
        n, repaired, malformed = stage_csv(ctx.con, raw, path, ctx.build.dir)
        ctx.qa("rows_read", n + len(malformed), table.rows, "pass" if n + len(malformed) == table.rows else "fail",
               scope=table.file)
        stage = ctx.stage_name()
        try:
            ctx.con.execute(f"CREATE OR REPLACE TEMP TABLE {quote_ident(stage)} AS "
                            + table.select.format(raw=quote_ident(raw)))
        except duckdb.BinderException as exc:  # a renamed or missing column in the header
            header = [r[0] for r in ctx.con.execute(f"DESCRIBE {quote_ident(raw)}").fetchall()]
            problem = str(exc).splitlines()[0].removeprefix("Binder Error: ")
            raise SourceFileError(table.file, f"unexpected header ({problem}); the header is: {', '.join(header)}",
                                  where="line 1") from exc
        ctx.emit("published_aggregates", stage, file=table.file, malformed=malformed, repaired_lines=repaired,
                 constants={"publisher": PUBLISHER, "table_name": table.file, "period_type": table.period_type})
    _cross_check(ctx)


def _published(ctx: LoadContext, table: str, period: str, dimension_value: str | None = None) -> int | None:
    row = ctx.con.execute(
        "SELECT sum(count) FROM published_aggregates WHERE source_id = ? AND table_name = ? AND period = ? "
        "AND dimension_value IS NOT DISTINCT FROM ?",
        [SOURCE.id, table, period, dimension_value],
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def _cross_check(ctx: LoadContext) -> None:
    """NPR's 2015 (Jan-Jul) counts against a direct count of the FY2015 records in the same window."""
    has_records = has_view(ctx.con, "detainers")
    direct = ctx.con.execute(
        "SELECT count(*), count(*) FILTER (WHERE lift_reason = ?) FROM detainers "
        "WHERE source_id = 'npr_detainers_fy15' AND calendar_year = 2015",
        [DECLINED],
    ).fetchone() if has_records else None
    if not direct or not direct[0]:
        ctx.qa("declined_2015_vs_fy15_records", None, None, "info", scope="npr_detainers_fy15 not built")
        return
    total, declined = int(direct[0]), int(direct[1])
    published = _published(ctx, "detainers_by_lift_reason_and_year.csv", "2015", DECLINED)
    ctx.qa("declined_2015_vs_fy15_records", declined, published, "pass" if declined == published else "info",
           scope="calendar 2015 (Jan-Jul), Detainer Declined by LEA")
    published_total = _published(ctx, "detainers_by_year.csv", "2015")
    ctx.qa("detainers_2015_vs_fy15_records", total, published_total,
           "pass" if total == published_total else "info", scope="calendar 2015 (Jan-Jul), all detainers")
    _internal_consistency(ctx)


def _internal_consistency(ctx: LoadContext) -> None:
    """Monthly counts must add up to NPR's yearly counts; lift-reason counts to the lifted counts."""
    rows = ctx.con.execute(
        """WITH y AS (SELECT period, count FROM published_aggregates WHERE source_id = $1
                      AND table_name = 'detainers_by_year.csv'),
                m AS (SELECT left(period, 4) AS period, sum(count) AS count FROM published_aggregates
                      WHERE source_id = $1 AND table_name = 'detainers_by_year_and_month.csv' GROUP BY 1),
                l AS (SELECT period, count FROM published_aggregates WHERE source_id = $1
                      AND table_name = 'lifted_detainers_by_year.csv'),
                r AS (SELECT period, sum(count) AS count FROM published_aggregates WHERE source_id = $1
                      AND table_name = 'detainers_by_lift_reason_and_year.csv' GROUP BY 1)
           SELECT y.period, y.count, m.count, l.count, r.count FROM y
           LEFT JOIN m USING (period) LEFT JOIN l USING (period) LEFT JOIN r USING (period) ORDER BY 1""",
        [SOURCE.id],
    ).fetchall()
    for period, yearly, monthly, lifted, by_reason in rows:
        ctx.qa("months_sum_to_year", monthly, yearly, "pass" if monthly == yearly else "fail", scope=str(period))
        ctx.qa("lift_reasons_sum_to_lifted", by_reason, lifted, "pass" if by_reason == lifted else "info",
               scope=str(period))


SOURCE = Source(
    id="npr_detainer_aggregates",
    title="NPR detainer tables by calendar year, month, lift reason, type and facility (2007-2015)",
    publisher=PUBLISHER,
    licence="Derived from U.S. government FOIA records (public domain); NPR repository code MIT",
    homepage="https://github.com/nprapps/sanctuary-cities",
    release=f"nprapps/sanctuary-cities branch reporting-analysis @ {BRANCH_COMMIT[:12]} (2016-12-06)",
    files=tuple(
        RemoteFile(
            name=t.file,
            url=f"https://raw.githubusercontent.com/nprapps/sanctuary-cities/{BRANCH_COMMIT}/export/{t.file}",
            mirror_path=f"npr-sanctuary-cities/{t.file}",
        )
        for t in TABLES
    ),
    tables=(AGGREGATES,),
    load=load,
    kind="aggregate",
    depends_on=("npr_detainers_fy15",),
    description=__doc__ or "",
    citation="NPR, 'sanctuary-cities' analysis tables (2016), from ICE FOIA 15-87693 detainer records.",
)
