"""The metric registry: every published number has a name, a plain-language definition and one Ibis definition.

A metric is declared once with `@metric(...)` over a function that, given the Ibis table of its canonical
table, says which rows are counted (`Selection.rows`) and, for shares, which of those are the numerator
(`Selection.hits`). Because the definition is an Ibis expression, the same code runs on DuckDB and on Spark.
Breakdowns are user-facing names (fiscal_year, state, aor ...) mapped per table to column expressions. A
breakdown may read a derived lookup table joined to the rows (`Joined`: a detainer's county comes from
`facility_places`), and a breakdown the records cannot support is declared `Unavailable` with the reason.
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ice_ledger.errors import QueryError, UnknownMetricError

Unit = Literal["count", "share", "rate_per_100k"]
# An Ibis table -> an Ibis column expression (a breakdown) or boolean expression (a selection).
ColumnFn = Callable[[Any], Any]

FAMILY_MODULES = (
    "ice_ledger.metrics.detainers",
    "ice_ledger.metrics.arrests",
    "ice_ledger.metrics.removals",
    "ice_ledger.metrics.encounters",
    "ice_ledger.metrics.policies",
    "ice_ledger.metrics.crime",
)


@dataclass(frozen=True)
class Lookup:
    """A derived table left-joined to a metric's rows on `keys` (NULL matches NULL; unique in the lookup), so
    no record is lost or repeated. Its other columns arrive renamed `prefix + name`."""

    table: str
    keys: tuple[str, ...]
    prefix: str


@dataclass(frozen=True)
class Joined:
    """A breakdown read from a lookup column; `label` adds a readable column beside the key (e.g. a county's
    name beside its FIPS), and rows without a match get `missing` as their label (counted, not dropped)."""

    lookup: Lookup
    column: str
    label: str | None = None
    missing: str = "unresolved"
    note: str = ""  # how the lookup was made, for the provenance filters

    def __call__(self, t: Any) -> Any:
        return t[self.lookup.prefix + self.column]

    def label_of(self, t: Any) -> Any:
        assert self.label is not None
        return t[self.lookup.prefix + self.label].fill_null(self.missing)


@dataclass(frozen=True)
class Unavailable:
    """A breakdown the records cannot give (say why, rather than return one NULL bucket)."""

    reason: str

    def __call__(self, t: Any) -> Any:
        raise QueryError(self.reason)


@dataclass(frozen=True)
class Selection:
    """Which rows a metric counts (`rows`, None: all) and, for shares, which of them are the numerator.

    Metrics over published aggregates (crime counts per agency-year) sum `amount` instead of counting rows,
    and rates divide it by the summed `population` (rows lacking either are left out of a rate).
    """

    rows: Any = None
    hits: Any = None
    amount: Any = None
    population: Any = None


@dataclass(frozen=True)
class Metric:
    """One named, documented number. `official_metric` names the ICE figure it reconciles with, if any."""

    name: str
    title: str
    definition: str
    unit: Unit
    numerator: str
    denominator: str | None
    table: str
    breakdowns: tuple[str, ...]
    sources: tuple[str, ...]
    caveats: str
    official_metric: str | None = None
    select: Callable[[Any], Selection] = field(default=lambda t: Selection(), compare=False, repr=False)
    columns: Mapping[str, ColumnFn] = field(default_factory=dict, compare=False, repr=False)
    population_keys: tuple[str, ...] = field(default=(), compare=False, repr=False)
    person_level: bool = True

    def column(self, breakdown: str) -> ColumnFn:
        return self.columns[breakdown]

    def lookup(self, breakdown: str) -> Lookup | None:
        """The lookup table a breakdown (or a filter on it) needs joined to the rows, if any."""
        fn = self.columns.get(breakdown)
        return fn.lookup if isinstance(fn, Joined) else None

    def unavailable(self, breakdown: str) -> str | None:
        fn = self.columns.get(breakdown)
        return fn.reason if isinstance(fn, Unavailable) else None

    def describe(self) -> dict[str, Any]:
        """The catalogue entry as plain data (CLI, API, docs)."""
        return {
            "name": self.name, "title": self.title, "definition": self.definition, "unit": self.unit,
            "numerator": self.numerator, "denominator": self.denominator, "table": self.table,
            "breakdowns": list(self.breakdowns), "sources": list(self.sources), "caveats": self.caveats,
            "official_metric": self.official_metric, "per_capita": bool(self.population_keys),
            "suppressed_small_cells": self.person_level,
        }


_REGISTRY: dict[str, Metric] = {}


def metric(*, name: str, title: str, definition: str, unit: Unit, numerator: str, table: str,
           columns: Mapping[str, ColumnFn], sources: tuple[str, ...], caveats: str = "",
           denominator: str | None = None, official_metric: str | None = None,
           population_keys: tuple[str, ...] = (), person_level: bool = True) -> Callable[[Callable[[Any], Selection]],
                                                              Callable[[Any], Selection]]:
    """Declare a metric over a selection function; the breakdowns are the keys of `columns`."""
    if unit in ("share", "rate_per_100k") and denominator is None:
        raise ValueError(f"share metric {name} needs a denominator")

    def wrap(func: Callable[[Any], Selection]) -> Callable[[Any], Selection]:
        _REGISTRY[name] = Metric(
            name=name, title=title, definition=definition, unit=unit, numerator=numerator,
            denominator=denominator, table=table, sources=sources, caveats=caveats,
            breakdowns=tuple(k for k, v in columns.items() if not isinstance(v, Unavailable)),
            official_metric=official_metric, select=func, columns=dict(columns), population_keys=population_keys,
            person_level=person_level,
        )
        return func

    return wrap


def _load() -> None:
    for module in FAMILY_MODULES:
        importlib.import_module(module)


def catalogue() -> list[Metric]:
    """Every metric, in declaration order (family by family)."""
    _load()
    return list(_REGISTRY.values())


def get(name: str) -> Metric:
    """One metric by name; an unknown name raises with the closest names in the catalogue."""
    _load()
    if name in _REGISTRY:
        return _REGISTRY[name]
    close = difflib.get_close_matches(name, list(_REGISTRY), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise UnknownMetricError(f"no metric {name!r}{hint} (`ice-ledger metrics` lists them all)")


# -- breakdown helpers shared by the families ----------------------------------------------------------
def col(name: str) -> ColumnFn:
    """A breakdown that is a column as loaded."""
    return lambda t: t[name]


def month_of(date_column: str) -> ColumnFn:
    """'YYYY-MM' of a date column (the same text on every engine)."""
    return lambda t: t[date_column].strftime("%Y-%m")


LINEAGE_BREAKDOWNS: dict[str, ColumnFn] = {"source": col("source_id"), "release": col("release")}


def no_place(what: str, has: str) -> dict[str, ColumnFn]:
    """`county` and `policy_status` declared unavailable for records that hold no place below the state."""
    def why(breakdown: str) -> str:
        return (f"{what} records carry {has} but no county, facility or city (the Deportation Data Project "
                f"files withhold Apprehension County), so they cannot be broken down by {breakdown}; "
                "break down by state or aor instead")

    return {b: Unavailable(why(b)) for b in ("county", "policy_status")}
