"""The metrics on DuckDB and on PySpark (local mode): each engine against counts made here without the metric
code (Polars over the warehouse's Parquet tables), and the whole catalogue on Spark against DuckDB.

No case is dropped quietly: a breakdown is left out of the catalogue sweep only when the metric's own column
function names a column the table lacks (an Ibis attribute error), and anything else fails the test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import ibis
import pandas as pd
import polars as pl
import pytest

from ice_ledger import metrics
from ice_ledger.metrics.engine import open_engine

EXTRA_SHAPES: tuple[tuple[str, ...], ...] = (("fiscal_year", "aor"), ("month", "criminality"), ("calendar_year", "state"))


def shapes(m: metrics.Metric) -> list[tuple[str, ...]]:
    """The total, the first breakdown, the first two, and a few common pairs the metric allows."""
    first = m.breakdowns
    out = [(), first[:1], first[:2], *(s for s in EXTRA_SHAPES if set(s) <= set(first))]
    return list(dict.fromkeys(out))


def _runnable(home: Path) -> list[tuple[str, tuple[str, ...]]]:
    """(metric, breakdown) for every metric whose table is built and every shape its table has columns for."""
    eng = open_engine("duckdb", home)
    try:
        present = eng.tables
        cases = []
        for m in metrics.catalogue():
            if m.table not in present:
                continue
            cols = set(eng.table(m.table).columns)
            for by in shapes(m):
                if _columns_exist(m.name, by, cols):
                    cases.append((m.name, by))
        return cases
    finally:
        eng.close()


def _columns_exist(name: str, by: tuple[str, ...], cols: set[str]) -> bool:
    """Whether each breakdown's column function finds its columns (only a missing column is a 'no')."""
    m = metrics.get(name)
    t = ibis.table({c: "string" for c in cols}, name="probe")
    for b in by:
        try:
            m.column(b)(t)
        except (AttributeError, ibis.common.exceptions.IbisError):  # what compute() reports as a missing column
            return False
    return True


# --- independent counts: Polars over the Parquet parts of a table, with the metric's definition written out ---

def parquet_table(home: Path, table: str) -> pl.DataFrame:
    """One warehouse table read straight from its Parquet parts (no DuckDB, no Ibis)."""
    parts = sorted((home / "warehouse" / "current" / "tables" / table).glob("*.parquet"))
    assert parts, f"no parquet parts for {table} under {home}"
    return pl.concat([pl.read_parquet(p) for p in parts], how="diagonal_relaxed")


def fiscal_year(date_col: str) -> pl.Expr:
    """October-September fiscal year of a date, computed here from the date itself."""
    d = pl.col(date_col).cast(pl.Date)
    return (d.dt.year() + (d.dt.month() >= 10).cast(pl.Int32)).alias("fiscal_year")


BORDER = pl.col("latest_arrest_program").str.to_lowercase().str.contains("border patrol|cbp|field operations|inspections")
# metric -> (table, date column, the rows it counts) as the metric's docstring defines it
INDEPENDENT: dict[str, tuple[str, str, pl.Expr]] = {
    "admin_arrests": ("arrests", "apprehension_date", pl.lit(True)),
    "arrests_convicted": ("arrests", "apprehension_date", pl.col("criminality").str.starts_with("1")),
    "at_large_arrests": ("arrests", "apprehension_date", pl.col("apprehension_method").is_in(
        ["Located", "Non-Custodial Arrest", "Probation and Parole"])),
    "removals_total": ("removals", "departed_date", pl.lit(True)),
    "removals_border": ("removals", "departed_date", BORDER.fill_null(False)),
    "removals_interior": ("removals", "departed_date", pl.col("latest_arrest_program").is_not_null() & ~BORDER),
    "detainers_issued": ("detainers", "prepare_date", pl.lit(True)),
    "detainers_declined": ("detainers", "prepare_date", pl.col("lift_reason") == "Detainer Declined by LEA"),
}


def independent_counts(home: Path, name: str) -> dict[int, int]:
    """{fiscal year: rows} of a count metric, counted by Polars (rows flagged duplicate_likely left out)."""
    table, date_col, rows = INDEPENDENT[name]
    frame = (parquet_table(home, table)
             .filter(~pl.col("duplicate_likely") & rows.fill_null(False))
             .group_by(fiscal_year(date_col)).len())
    return {int(fy): int(n) for fy, n in frame.iter_rows() if n}


def engine_counts(home: Path, name: str, engine: str) -> dict[int, int]:
    frame = metrics.compute(name, by=["fiscal_year"], home=home, engine=engine, rollup=False, suppress=False).frame
    return {int(r.fiscal_year): int(r.value) for r in frame.itertuples(index=False) if r.value}


@pytest.mark.parametrize("name", sorted(INDEPENDENT))
def test_each_engine_matches_an_independent_count(backend: str, synth_home: Path, name: str) -> None:
    expected = independent_counts(synth_home, name)
    assert sum(expected.values()) > 100, f"{name}: the synthetic build should give it hundreds of rows"
    assert engine_counts(synth_home, name, backend) == expected, f"{name} by fiscal_year on {backend}"


def test_the_independent_fiscal_year_is_october_to_september() -> None:
    days = pl.DataFrame({"d": [dt.date(2017, 9, 30), dt.date(2017, 10, 1), dt.date(2018, 1, 1)]})
    assert days.select(fiscal_year("d"))["fiscal_year"].to_list() == [2017, 2018, 2018]


@pytest.fixture(scope="module")
def duckdb_answers(synth_home: Path) -> dict[tuple[str, tuple[str, ...]], pd.DataFrame]:
    return {(n, by): metrics.compute(n, by=by, home=synth_home, rollup=False).frame for n, by in _runnable(synth_home)}


@pytest.mark.spark
def test_catalogue_on_spark_identical_to_duckdb(spark_ready: None, synth_home: Path,
                                               duckdb_answers: dict[tuple[str, tuple[str, ...]], pd.DataFrame]) -> None:
    names = {n for n, _ in duckdb_answers}
    assert len(names) >= 15, "arrest, removal and detainer metrics all run"
    assert {"admin_arrests", "removals_total", "detainers_issued"} <= names
    assert len(duckdb_answers) >= 3 * len(names), "each metric runs with a total and at least two breakdowns"
    for (name, by), expected in duckdb_answers.items():
        got = metrics.compute(name, by=by, home=synth_home, engine="spark", rollup=False).frame
        pd.testing.assert_frame_equal(got, expected, obj=f"{name} by {by or 'total'} on spark")


@pytest.mark.spark
def test_filters_and_provenance_agree(spark_ready: None, synth_home: Path) -> None:
    args = {"by": ["fiscal_year", "aor"], "where": ["fiscal_year>=2020", "aor!=SEA"], "home": synth_home}
    got = metrics.compute("share_arrests_convicted", engine="spark", **args)  # type: ignore[arg-type]
    ref = metrics.compute("share_arrests_convicted", **args)  # type: ignore[arg-type]
    pd.testing.assert_frame_equal(got.frame, ref.frame)
    assert got.frame["fiscal_year"].min() == 2020 and "SEA" not in set(got.frame["aor"])
    assert (got.provenance.sources, got.provenance.files, got.provenance.n_records) == (
        ref.provenance.sources, ref.provenance.files, ref.provenance.n_records)
    assert got.provenance.sample_row_ids["arrests"]


@pytest.fixture(scope="module")
def duckdb_real_answers(built_home: Path) -> dict[tuple[str, tuple[str, ...]], pd.DataFrame]:
    return {(n, by): metrics.compute(n, by=by, home=built_home, rollup=False).frame for n, by in _runnable(built_home)}


@pytest.mark.spark
def test_catalogue_on_mirror_build_identical(spark_ready: None, built_home: Path,
                                             duckdb_real_answers: dict[tuple[str, tuple[str, ...]], pd.DataFrame]
                                             ) -> None:
    """Detainer, policy and crime metrics over the real mirror build (parts of differing schemas included)."""
    tables = {metrics.get(n).table for n, _ in duckdb_real_answers}
    assert {"detainers", "policies", "crime_agency_year"} <= tables
    for (name, by), expected in duckdb_real_answers.items():
        got = metrics.compute(name, by=by, home=built_home, engine="spark", rollup=False).frame
        pd.testing.assert_frame_equal(got, expected, obj=f"{name} by {by or 'total'} on spark")


GEO_CASES: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    ("detainers_declined", ("fiscal_year", "county"), None),
    ("share_detainers_declined", ("county",), None),
    ("detainers_declined", ("fiscal_year", "policy_status"), "dhs_sanctuary_2025_05"),
    ("detainers_issued", ("policy_status",), "npr_declined_share_ge_0.05"),
)


@pytest.mark.spark
def test_county_and_policy_status_identical(spark_ready: None, built_home: Path) -> None:
    """Breakdowns that join facility_places (and bind a definition's members) give the same frames on Spark."""
    for name, by, definition in GEO_CASES:
        expected = metrics.compute(name, by=by, home=built_home, rollup=False, definition=definition)
        assert len(expected.frame) > 1, f"{name} by {by}: the mirror build should give several cells"
        got = metrics.compute(name, by=by, home=built_home, engine="spark", rollup=False, definition=definition)
        pd.testing.assert_frame_equal(got.frame, expected.frame, obj=f"{name} by {by} on spark")
        assert got.provenance.filters == expected.provenance.filters
        assert got.provenance.n_records == expected.provenance.n_records
