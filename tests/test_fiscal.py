"""The fiscal year is derived in one place; its boundaries are where mistakes happen."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ice_ledger.fiscal import fiscal_year, fiscal_year_bounds, fiscal_year_sql


@pytest.mark.parametrize(
    ("day", "fy"),
    [
        (dt.date(2017, 9, 30), 2017),
        (dt.date(2017, 10, 1), 2018),
        (dt.date(2018, 9, 30), 2018),
        (dt.date(2018, 10, 1), 2019),
        (dt.date(2018, 12, 31), 2019),
        (dt.date(2019, 1, 1), 2019),
    ],
)
def test_fiscal_year_boundaries(day: dt.date, fy: int) -> None:
    assert fiscal_year(day) == fy


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_python_and_sql_agree_and_bounds_contain_the_day(day: dt.date) -> None:
    fy = fiscal_year(day)
    start, end = fiscal_year_bounds(fy)
    assert start <= day <= end
    row = duckdb.execute(f"SELECT {fiscal_year_sql('d')} FROM (SELECT DATE '{day.isoformat()}' AS d)").fetchone()
    assert row is not None and row[0] == fy
