"""Running a metric: one Ibis aggregate per request, then suppression, then provenance.

Every request is answered by a single aggregate grouped by the breakdowns *and* by source, release and file,
so the provenance (which files contributed, how many records) comes from the same pass as the numbers. A
request that matches a rollup built with the warehouse is answered from the rollup instead (same rows).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ibis
from ibis import _

from ice_ledger.config import suppression_threshold
from ice_ledger.errors import IceLedgerError, QueryError
from ice_ledger.metrics.engine import LOCK as ENGINE_LOCK
from ice_ledger.metrics.engine import Engine, build_path, open_engine
from ice_ledger.metrics.policystatus import BREAKDOWN as STATUS_BREAKDOWN
from ice_ledger.metrics.policystatus import Membership, PolicyStatus, definitions_hint, membership
from ice_ledger.metrics.provenance import LINEAGE_KEYS, Provenance, from_lineage
from ice_ledger.metrics.registry import Joined, Lookup, Metric, get
from ice_ledger.query import Filter, parse_filters
from ice_ledger.rates import per_100k

if TYPE_CHECKING:
    import pandas as pd

SAMPLE_SIZE = 5
DUPLICATE_FILTER = "rows flagged duplicate_likely are left out"


@dataclass
class MetricResult:
    metric: Metric
    frame: pd.DataFrame
    provenance: Provenance
    notes: list[str] = field(default_factory=list)
    by: tuple[str, ...] = ()

    @property
    def suppressed_cells(self) -> int:
        return int(self.frame["suppressed"].sum()) if "suppressed" in self.frame else 0


def check_breakdowns(m: Metric, by: Sequence[str]) -> tuple[str, ...]:
    by = tuple(by)
    for b in by:
        if (why := m.unavailable(b)) is not None:
            raise QueryError(f"metric {m.name} cannot be broken down by {b}: {why}")
    unknown = [b for b in by if b not in m.breakdowns]
    if unknown:
        raise QueryError(f"metric {m.name} cannot be broken down by {', '.join(unknown)}; "
                         f"breakdowns: {', '.join(m.breakdowns)}")
    if len(set(by)) != len(by):
        raise QueryError(f"a breakdown is repeated in {', '.join(by)}")
    return by


def _column(m: Metric, t: Any, breakdown: str) -> Any:
    try:
        return m.column(breakdown)(t)
    except (AttributeError, ibis.common.exceptions.IbisError) as exc:
        raise QueryError(f"breakdown {breakdown!r} of {m.name} needs a column that no loaded source fills "
                         f"in table {m.table} ({exc})") from exc


def needed_breakdowns(m: Metric, by: Sequence[str], where: Sequence[str]) -> list[str]:
    """The breakdowns a request reads: its own, and those its filters name (`--where county=48453`)."""
    named = [w.split("=")[0].rstrip("!<>~").strip() for w in where]
    return [*by, *(b for b in named if b in m.breakdowns and b not in by)]


def joined(m: Metric, t: Any, table: Callable[[str], Any], names: Sequence[str]) -> Any:
    """`t` left-joined to each lookup table the named breakdowns read (none: `t` itself)."""
    lookups = {lk for n in names if (lk := m.lookup(n)) is not None}
    for lk in sorted(lookups, key=lambda x: x.table):
        try:
            other = table(lk.table)
        except IceLedgerError as exc:
            raise QueryError(f"breakdowns {', '.join(names)} of {m.name} need the derived table {lk.table}, "
                             f"which this build lacks: rebuild the warehouse (`ice-ledger build`)") from exc
        t = _left_join(t, other, lk)
    return t


def _left_join(t: Any, other: Any, lk: Lookup) -> Any:
    """Null-safe equality on the keys (a record without a state still finds its facility's row)."""
    keys = {f"_lk_{k}": other[k].cast("string").fill_null("") for k in lk.keys}
    right = other.select(**keys, **{lk.prefix + c: other[c] for c in other.columns if c not in lk.keys})
    preds = [t[k].cast("string").fill_null("") == right[f"_lk_{k}"] for k in lk.keys]
    return t.left_join(right, preds).drop(*keys)


def _labels(m: Metric, by: Sequence[str]) -> dict[str, tuple[str, Joined]]:
    """Readable columns shown beside a key (a county's name beside its FIPS): label -> (breakdown, column)."""
    out: dict[str, tuple[str, Joined]] = {}
    for b in by:
        fn = m.columns.get(b)
        if isinstance(fn, Joined) and fn.label is not None:
            out[fn.label] = (b, fn)
    return out


def _predicate(expr: Any, f: Filter) -> Any:
    """The Ibis form of one `--where` item, with the same meaning as in `ice-ledger table`."""
    if f.op == "~":
        return expr.cast("string").lower().contains(f.value.lower())
    if f.value.lower() in ("null", "none") and f.op in ("=", "!="):
        return expr.isnull() if f.op == "=" else expr.notnull()
    if f.op in ("=", "!="):
        text = expr.cast("string")
        return text == f.value if f.op == "=" else text != f.value
    dtype = expr.type()
    try:
        value: Any = (int(f.value) if dtype.is_integer() else float(f.value) if dtype.is_floating()
                      else dt.date.fromisoformat(f.value) if dtype.is_date() else f.value)
    except ValueError as exc:
        raise QueryError(f"cannot compare {f.column} ({dtype}) with {f.value!r}") from exc
    if isinstance(value, int) and not -(2**63) <= value < 2**63:
        raise QueryError(f"{f.value} is out of range for {f.column} ({dtype})")
    if isinstance(value, float) and not math.isfinite(value):
        raise QueryError(f"cannot compare {f.column} ({dtype}) with {f.value!r}: not a finite number")
    return {"<": expr < value, "<=": expr <= value, ">": expr > value, ">=": expr >= value}[f.op]


def metric_query(m: Metric, t: Any, by: Sequence[str], where: Sequence[str] = (), *,
                 lineage: bool = True, weight: str | None = None) -> tuple[Any, Any, list[str]]:
    """(aggregate expression, sample expression, filter descriptions) for a metric over table `t`.

    With `lineage` the aggregate is also grouped by source, release and file (the provenance of every cell);
    without it, it is exactly the breakdown and the provenance comes from the build's rollup of the metric.
    `weight` names a column of `t` counting the records each row stands for (a pre-aggregated table).
    """
    filters_text: list[str] = []
    preds = []
    if "duplicate_likely" in t.columns:
        preds.append(~t.duplicate_likely.fill_null(False))
        filters_text.append(DUPLICATE_FILTER)
    try:
        sel = m.select(t)
    except (AttributeError, ibis.common.exceptions.IbisError) as exc:
        raise QueryError(f"metric {m.name} needs a column that no loaded source fills in table {m.table} "
                         f"({exc})") from exc
    if sel.rows is not None:
        preds.append(sel.rows)
        filters_text.append(f"counted rows: {m.numerator if m.unit == 'count' else m.denominator}")
    user = parse_filters(list(where), set(t.columns) | set(m.breakdowns))
    for f in user:
        target = _column(m, t, f.column) if f.column in m.breakdowns else t[f.column]
        preds.append(_predicate(target, f))
        filters_text.append(f"{f.column} {f.op} {f.value}")
    for b in dict.fromkeys([*by, *(f.column for f in user)]):
        if isinstance(fn := m.columns.get(b), Joined) and fn.note:
            filters_text.append(fn.note)
    if m.unit == "rate_per_100k":
        probe = m.select(t)
        preds += [probe.amount.notnull(), probe.population.notnull()]
        filters_text.append("rows with both a count and a population")
    base = t.filter(*preds) if preds else t
    extra: dict[str, Any] = {b: _column(m, base, b) for b in by}
    chosen = m.select(base)
    hits = chosen.hits
    if m.unit == "share":
        extra["_hit"] = hits.cast("int64") if hits is not None else ibis.literal(1, "int64")
    if chosen.amount is not None:
        extra["_amount"] = chosen.amount.cast("int64")
    if m.unit == "rate_per_100k":
        extra["_population"] = chosen.population.cast("int64")
    for label, (_b, fn) in _labels(m, by).items():
        extra[label] = fn.label_of(base)
    keyed = base.mutate(**extra)
    metrics = {"n_records": _.count() if weight is None else _[weight].sum().cast("int64"),
               **{label: _[label].max() for label in _labels(m, by)}}
    if m.unit == "share":
        metrics["hits"] = _._hit.sum() if weight is None else (_._hit * _[weight]).sum().cast("int64")
    if chosen.amount is not None:
        metrics["amount"] = _._amount.sum()
    if m.unit == "rate_per_100k":
        metrics["population"] = _._population.sum()
    keys = [*by, *(k for k in LINEAGE_KEYS if k not in by)] if lineage else list(by)
    agg = keyed.group_by(keys).aggregate(**metrics) if keys else keyed.aggregate(**metrics)
    if weight is not None:  # a pre-aggregated table has no row ids to sample
        return agg, None, filters_text
    sample_rows = base.filter(hits) if (m.unit == "share" and hits is not None) else base
    # The first rows in source order: the same sample every build (row order in the Parquet files is not
    # fixed), and cheap, since DuckDB skips row groups whose source_row range cannot be in the first few.
    order = [c for c in ("source_row", "source_file", "source_sheet", "source_id", "release", "row_id")
             if c in sample_rows.columns]
    return agg, sample_rows.order_by(order).select("row_id").limit(SAMPLE_SIZE), filters_text


def shape(m: Metric, lineage: pd.DataFrame, by: Sequence[str]) -> pd.DataFrame:
    """Sum the per-source aggregate over the breakdowns into the public frame (same on every engine)."""
    import pandas as pd

    by = list(by)
    cols: dict[str, str] = {c: "sum" for c in ("n_records", "hits", "amount", "population") if c in lineage}
    labels = [c for c in _labels(m, by) if c in lineage]
    cols.update({c: "max" for c in labels})
    if by and not any(k in lineage.columns for k in LINEAGE_KEYS if k not in by):
        frame = lineage[[*by, *cols]]  # grouped by the breakdown alone already: one row per cell
    elif by:
        frame = lineage.groupby(by, dropna=False, sort=False).agg(cols).reset_index()
    else:
        frame = pd.DataFrame({k: [pd.to_numeric(lineage[k]).sum() if len(lineage) else 0] for k in cols})
    for b in by:
        if frame[b].dtype.kind in "iuf":
            frame[b] = frame[b].astype("Int64")
        else:
            frame[b] = frame[b].astype(object).where(frame[b].notna(), None)
    n = pd.to_numeric(frame["n_records"]).astype("Int64")
    if m.unit == "share":
        num = pd.to_numeric(frame["hits"]).astype("Int64")
        out = frame[[*by, *labels]].copy()
        out["value"] = (num / n).astype("Float64")
        out["numerator"] = num
        out["denominator"] = n
        out["n_records"] = n
    elif m.unit == "rate_per_100k":
        amount = pd.to_numeric(frame["amount"]).astype("Int64")
        pop = pd.to_numeric(frame["population"]).astype("Int64")
        out = frame[[*by, *labels]].copy()
        out["value"] = [per_100k(float(a), float(p)) if not (pd.isna(a) or pd.isna(p)) else None
                        for a, p in zip(amount, pop, strict=True)]
        out["value"] = out["value"].astype("Float64")
        out["numerator"] = amount
        out["denominator"] = pop
        out["n_records"] = n
    elif "amount" in frame:
        out = frame[[*by, *labels]].copy()
        out["value"] = pd.to_numeric(frame["amount"]).astype("Int64")
        out["n_records"] = n
    else:
        out = frame[[*by, *labels]].copy()
        out["value"] = n
        out["n_records"] = n
    if by:
        out = out.sort_values(by, na_position="last", kind="stable").reset_index(drop=True)
    return out


def compute(name: str, by: Sequence[str] = (), where: Sequence[str] = (), *, per_capita: bool = False,
            engine: str = "duckdb", home: str | Path | None = None, suppress: bool = True,
            threshold: int | None = None, rollup: bool = True, definition: str | None = None) -> MetricResult:
    """A metric's values by the given breakdowns, with provenance, and small cells suppressed.

    `definition` names the sanctuary definition the `policy_status` breakdown (or a filter on it) judges by.
    """
    m = get(name)
    by = check_breakdowns(m, by)
    m, members = with_definition(m, needed_breakdowns(m, by, where), definition, home)
    if per_capita and m.unit != "rate_per_100k":
        try:
            rate = per_capita_metric(m)
        except QueryError as no_rate_metric:
            if m.unit != "count" or not m.person_level:
                raise
            from ice_ledger.metrics.percapita import add_state_rates, check_request

            try:
                year_column = check_request(by)
            except QueryError as exc:
                raise QueryError(f"{exc} ({no_rate_metric})") from exc
            counted = compute(name, by, where, engine=engine, home=home, suppress=suppress, threshold=threshold,
                              rollup=rollup, definition=definition)
            counted.frame, extra = add_state_rates(counted.frame, year_column, home)
            counted.notes.extend(extra)
            counted.provenance.sources = sorted({*counted.provenance.sources, "population_urban"})
            return counted
        return compute(rate.name, by, where, engine=engine, home=home, suppress=suppress, threshold=threshold,
                       rollup=rollup, definition=definition)
    threshold = suppression_threshold() if threshold is None else int(threshold)
    answered = _from_rollup(home, m, by) if (rollup and engine == "duckdb" and not where) else None
    if answered is not None:
        lineage, prov_extra = answered
        prov = from_lineage(lineage, filters=prov_extra["filters"], query=prov_extra["query"], table=m.table,
                            sample=prov_extra["sample"], answered_from="rollup metric_rollups")
    else:
        # Without filters, the files behind the metric are those of its build-time total: the query then groups
        # by the breakdown alone (as fast as hand-written SQL) and takes its provenance from that rollup.
        known = _from_rollup(home, m, ()) if not where else None
        eng = open_engine(engine, home)
        try:
            agg, sql, sample, sample_sql, filters_text = _compiled(eng, m, by, where, known is None)
            lineage = eng.duck.execute(sql).df() if eng.duck is not None else eng.execute(agg)
            if known is None:
                sample_ids = (eng.duck.execute(sample_sql).df() if eng.duck is not None
                              else eng.execute(sample))["row_id"].tolist()
                prov = from_lineage(lineage, filters=filters_text, query=sql, table=m.table, sample=sample_ids)
            else:
                prov = from_lineage(known[0], filters=filters_text, query=sql, table=m.table,
                                    sample=known[1]["sample"])
        finally:
            eng.close()
    frame = shape(m, lineage, by)
    notes: list[str] = []
    if members is not None:
        status = m.columns[STATUS_BREAKDOWN]
        assert isinstance(status, PolicyStatus)
        prov.filters.append(members.describe(status.date))
        notes.append(members.note())
    if suppress and not m.person_level:
        frame["suppressed"] = False
        notes.append("cells count jurisdictions or published aggregates, not people: no small-cell suppression")
    elif suppress:
        # Imported here: suppression needs SciPy (≈ 0.3 s to import), which a build, that only reads the
        # metric definitions and queries, never uses.
        from ice_ledger.metrics.suppression import suppress as _suppress

        frame, report = _suppress(frame, by, threshold)
        if report.note():
            notes.append(str(report.note()))
        if prov.n_records is not None and 0 < prov.n_records < threshold:
            prov.n_records = None
            notes.append(f"the total is below the minimum cell size of {threshold} and is suppressed")
    else:
        frame["suppressed"] = False
    if m.caveats:
        notes.append(m.caveats)
    return MetricResult(m, frame, prov, notes, by)


_COMPILED: dict[tuple[Any, ...], tuple[Any, str, Any, str, list[str]]] = {}


def _compiled(eng: Engine, m: Metric, by: Sequence[str], where: Sequence[str], lineage: bool
              ) -> tuple[Any, str, Any, str, list[str]]:
    """The Ibis expressions and their SQL for one request, built once per build, engine and request.

    Building and compiling Ibis expressions costs tens of milliseconds; a repeated question (the web app, the
    claim checker) goes straight to the query.
    """
    status = m.columns.get(STATUS_BREAKDOWN)
    definition = status.members.definition if isinstance(status, PolicyStatus) and status.members else None
    key = (eng.name, eng.build, m.name, tuple(by), tuple(where), lineage, definition)
    with ENGINE_LOCK:
        if key not in _COMPILED:
            if len(_COMPILED) > 2_000:
                _COMPILED.clear()
            t = joined(m, eng.table(m.table), eng.table, needed_breakdowns(m, by, where))
            agg, sample, filters_text = metric_query(m, t, by, where, lineage=lineage)
            _COMPILED[key] = (agg, eng.sql(agg), sample, eng.sql(sample) if lineage else "", filters_text)
        return _COMPILED[key]


def with_definition(m: Metric, needed: Sequence[str], definition: str | None, home: str | Path | None
                    ) -> tuple[Metric, Membership | None]:
    """The metric with its policy_status breakdown bound to the members of `definition` (when it is used)."""
    status = m.columns.get(STATUS_BREAKDOWN)
    if STATUS_BREAKDOWN not in needed:
        if definition is not None:
            raise QueryError(f"a definition ({definition}) is used only with the {STATUS_BREAKDOWN} breakdown "
                             f"(--by {STATUS_BREAKDOWN}) or a filter on it")
        return m, None
    assert isinstance(status, PolicyStatus)
    if definition is None:
        raise QueryError(f"the {STATUS_BREAKDOWN} breakdown needs a sanctuary definition (--definition ID); "
                         f"{definitions_hint(home)}")
    members = membership(definition, home)
    return replace(m, columns={**m.columns, STATUS_BREAKDOWN: status.bind(members)}), members


def per_capita_metric(m: Metric) -> Metric:
    """The per-100,000 version of a count metric: same table and numerator, divided by a population."""
    from ice_ledger.metrics.registry import catalogue

    for other in catalogue():
        if other.unit == "rate_per_100k" and other.table == m.table and other.numerator == m.numerator:
            return other
    with_rates = ", ".join(x.name for x in catalogue() if x.unit == "rate_per_100k")
    raise QueryError(f"no population is matched to {m.name}'s records (its places carry no county or agency "
                     f"code that a population joins on); per-capita metrics: {with_rates}")


def rollup_key(by: Sequence[str]) -> str:
    return ",".join(sorted(by)) or "-"


# build -> {(metric, breakdown key): (rollup rows, metadata row)}
_ROLLUPS: dict[Path, dict[tuple[str, str], tuple[pd.DataFrame, pd.Series]]] = {}


def _rollup_tables(build: Path) -> dict[tuple[str, str], tuple[pd.DataFrame, pd.Series]] | None:
    """A build's rollups by (metric, breakdown), read and split once per process (builds are immutable).

    Split up front, so that answering a request is a dictionary lookup, not a scan of every rollup row.
    """
    import pandas as pd

    if build not in _ROLLUPS:
        numbers_files = sorted((build / "tables" / "metric_rollups").glob("*.parquet"))
        meta_files = sorted((build / "tables" / "metric_rollup_meta").glob("*.parquet"))
        if not numbers_files or not meta_files:
            return None
        numbers = pd.concat([pd.read_parquet(f) for f in numbers_files], ignore_index=True)
        meta = pd.concat([pd.read_parquet(f) for f in meta_files], ignore_index=True)
        groups = dict(tuple(numbers.groupby(["metric", "breakdown"], sort=False)))
        _ROLLUPS.clear()
        _ROLLUPS[build] = {
            (str(row["metric"]), str(row["breakdown"])): (
                groups.get((row["metric"], row["breakdown"]), numbers.iloc[0:0]), row)
            for _, row in meta.iterrows()
        }
    return _ROLLUPS[build]


def _from_rollup(home: str | Path | None, m: Metric, by: Sequence[str]
                 ) -> tuple[pd.DataFrame, dict[str, Any]] | None:
    """The lineage aggregate read back from the build's rollups, or None when the build has none for it.

    The claim checker and web pages ask these questions again and again, so the (small) rollup files are
    read once per build and answered from memory, without opening the database.
    """
    tables = _rollup_tables(build_path(home))
    if tables is None:
        return None
    found = tables.get((m.name, rollup_key(by)))
    if found is None:
        return None
    lineage, row = found
    keys = [*by, *(k for k in LINEAGE_KEYS if k not in by)]
    measures = [c for c in ("hits", "amount", "population") if c in lineage and lineage[c].notna().any()]
    lineage = lineage[[*keys, "n_records", *measures]].reset_index(drop=True)
    return lineage, {"query": row["query"], "filters": json.loads(row["filters"]), "sample": json.loads(row["sample"])}
