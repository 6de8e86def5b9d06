"""Rates per 100,000 residents, computed in one place so that every table and metric rounds the same way.

A rate needs a count and a positive population; anything else gives None (NULL), never 0 or infinity.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ibis.expr.types as ir

PER = 100_000


def per_100k(count: float | None, population: float | None) -> float | None:
    """count / population * 100,000; None when either is missing or the population is not positive."""
    if count is None or population is None:
        return None
    if math.isnan(count) or math.isnan(population) or population <= 0:
        return None
    return float(count) / float(population) * PER


def per_100k_expr(count: ir.NumericValue, population: ir.NumericValue) -> ir.FloatingValue:
    """The same rule as an Ibis expression (DuckDB or PySpark backends)."""
    import ibis

    pop = population.cast("float64")
    return ibis.cases((pop > 0, count.cast("float64") / pop * PER), else_=ibis.null("float64"))


def per_100k_sql(count: str, population: str) -> str:
    """The same rule in SQL, for warehouse views."""
    return f"CASE WHEN ({population}) > 0 THEN CAST({count} AS DOUBLE) / ({population}) * {PER} END"
