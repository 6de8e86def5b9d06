"""The whole catalogue on DuckDB and on PySpark (local mode) over the same warehouse: identical frames."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
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
    m = metrics.get(name)
    import ibis

    t = ibis.table({c: "string" for c in cols}, name="probe")
    try:
        for b in by:
            m.column(b)(t)
    except Exception:
        return False
    return True


@pytest.fixture(scope="module")
def duckdb_answers(synth_home: Path) -> dict[tuple[str, tuple[str, ...]], pd.DataFrame]:
    return {(n, by): metrics.compute(n, by=by, home=synth_home, rollup=False).frame for n, by in _runnable(synth_home)}


def test_catalogue_runs_on_both_engines_identically(backend: str, synth_home: Path,
                                                    duckdb_answers: dict[tuple[str, tuple[str, ...]], pd.DataFrame]
                                                    ) -> None:
    assert len({n for n, _ in duckdb_answers}) >= 15, "arrest, removal and detainer metrics all run"
    for (name, by), expected in duckdb_answers.items():
        got = metrics.compute(name, by=by, home=synth_home, engine=backend, rollup=False).frame
        pd.testing.assert_frame_equal(got, expected, obj=f"{name} by {by or 'total'} on {backend}")


def test_filters_and_provenance_agree(backend: str, synth_home: Path) -> None:
    args = {"by": ["fiscal_year", "aor"], "where": ["fiscal_year>=2020", "aor!=SEA"], "home": synth_home}
    got = metrics.compute("share_arrests_convicted", engine=backend, **args)  # type: ignore[arg-type]
    ref = metrics.compute("share_arrests_convicted", **args)  # type: ignore[arg-type]
    pd.testing.assert_frame_equal(got.frame, ref.frame)
    assert got.frame["fiscal_year"].min() == 2020 and "SEA" not in set(got.frame["aor"])
    assert (got.provenance.sources, got.provenance.files, got.provenance.n_records) == (
        ref.provenance.sources, ref.provenance.files, ref.provenance.n_records)
    assert got.provenance.sample_row_ids["arrests"]


@pytest.fixture(scope="module")
def duckdb_real_answers(built_home: Path) -> dict[tuple[str, tuple[str, ...]], pd.DataFrame]:
    return {(n, by): metrics.compute(n, by=by, home=built_home, rollup=False).frame for n, by in _runnable(built_home)}


def test_catalogue_on_mirror_build_identical(backend: str, built_home: Path,
                                             duckdb_real_answers: dict[tuple[str, tuple[str, ...]], pd.DataFrame]
                                             ) -> None:
    """Detainer, policy and crime metrics over the real mirror build (parts of differing schemas included)."""
    tables = {metrics.get(n).table for n, _ in duckdb_real_answers}
    assert {"detainers", "policies", "crime_agency_year"} <= tables
    for (name, by), expected in duckdb_real_answers.items():
        got = metrics.compute(name, by=by, home=built_home, engine=backend, rollup=False).frame
        pd.testing.assert_frame_equal(got, expected, obj=f"{name} by {by or 'total'} on {backend}")


GEO_CASES: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    ("detainers_declined", ("fiscal_year", "county"), None),
    ("share_detainers_declined", ("county",), None),
    ("detainers_declined", ("fiscal_year", "policy_status"), "dhs_sanctuary_2025_05"),
    ("detainers_issued", ("policy_status",), "npr_declined_share_ge_0.05"),
)


def test_county_and_policy_status_identical(backend: str, built_home: Path) -> None:
    """Breakdowns that join facility_places (and bind a definition's members) give the same frames on Spark."""
    for name, by, definition in GEO_CASES:
        expected = metrics.compute(name, by=by, home=built_home, rollup=False, definition=definition)
        got = metrics.compute(name, by=by, home=built_home, engine=backend, rollup=False, definition=definition)
        pd.testing.assert_frame_equal(got.frame, expected.frame, obj=f"{name} by {by} on {backend}")
        assert got.provenance.filters == expected.provenance.filters
        assert got.provenance.n_records == expected.provenance.n_records
