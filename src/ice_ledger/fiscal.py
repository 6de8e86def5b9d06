"""The U.S. federal fiscal year (1 October – 30 September), derived in exactly one place.

FY2018 runs from 2017-10-01 to 2018-09-30. ICE reports by fiscal year; NPR and the FBI by calendar year.
Every table and metric takes its fiscal year from here, in Python or in SQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

FISCAL_YEAR_START_MONTH = 10


def fiscal_year(day: dt.date) -> int:
    """The fiscal year a date falls in."""
    return day.year + 1 if day.month >= FISCAL_YEAR_START_MONTH else day.year


def fiscal_year_bounds(fy: int) -> tuple[dt.date, dt.date]:
    """First and last day of a fiscal year (inclusive)."""
    return dt.date(fy - 1, FISCAL_YEAR_START_MONTH, 1), dt.date(fy, FISCAL_YEAR_START_MONTH - 1, 30)


def fiscal_year_sql(column: str) -> str:
    """The same rule as a DuckDB SQL expression over a DATE column."""
    return f"(year({column}) + CASE WHEN month({column}) >= {FISCAL_YEAR_START_MONTH} THEN 1 ELSE 0 END)"


def fiscal_year_ibis(expr: Any) -> Any:
    """The same rule as an Ibis expression over a date column, for metrics that run on any backend."""
    return expr.year() + (expr.month() >= FISCAL_YEAR_START_MONTH).ifelse(1, 0)
