"""Compiled SQL kept across builds: a hit is exactly the compiler's text, and any change to the expression misses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ibis
import pytest

from ice_ledger import api
from ice_ledger.metrics import sqlcache
from ice_ledger.metrics.sqlcache import SqlCache


def _queries(amount_type: str = "int64", year: int = 2018) -> list[Any]:
    t = ibis.table({"fiscal_year": "int64", "state": "string", "amount": amount_type}, name="arrests")
    kept = t.filter(t.fiscal_year >= year)
    return [kept.group_by("fiscal_year").aggregate(n=kept.count()),
            kept.group_by(["fiscal_year", "state"]).aggregate(total=kept.amount.cast("int64").sum()),
            kept.order_by("state").select("state").limit(5)]


def test_texts_are_kept_across_instances_and_equal_the_compilers(tmp_path: Path) -> None:
    first = SqlCache(tmp_path)
    texts = [first.sql(q) for q in _queries()]
    assert texts == [str(ibis.to_sql(q, dialect="duckdb")) for q in _queries()]
    assert (first.hits, first.misses) == (0, 3)
    first.save()
    second = SqlCache(tmp_path)
    assert [second.sql(q) for q in _queries()] == texts  # new expressions, built again: same keys
    assert (second.hits, second.misses) == (3, 0)


@pytest.mark.parametrize("changed", [{"amount_type": "string"}, {"year": 2019}])
def test_a_changed_schema_or_literal_is_compiled_afresh(tmp_path: Path, changed: dict[str, Any]) -> None:
    cache = SqlCache(tmp_path)
    for q in _queries():
        cache.sql(q)
    cache.save()
    again = SqlCache(tmp_path)
    got = [again.sql(q) for q in _queries(**changed)]
    assert got == [str(ibis.to_sql(q, dialect="duckdb")) for q in _queries(**changed)]
    assert again.misses >= 2  # every query reading the changed column or literal


def test_a_damaged_cache_file_is_ignored_and_rewritten(tmp_path: Path) -> None:
    (tmp_path / sqlcache.FILE_NAME).write_text('{"truncated": ')
    cache = SqlCache(tmp_path)
    assert [cache.sql(q) for q in _queries()] == [str(ibis.to_sql(q, dialect="duckdb")) for q in _queries()]
    cache.save()
    assert SqlCache(tmp_path).sql(_queries()[0]) == cache.sql(_queries()[0])


def test_a_second_build_reads_its_rollup_queries_from_the_cache(tmp_path: Path, mirror: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Same rollup numbers and metadata (query texts included) whether compiled or read back; the second
    build of the same files compiles nothing."""
    compiled: list[Any] = []
    real = sqlcache.ibis.to_sql

    def counting(expr: Any, *args: Any, **kwargs: Any) -> Any:  # the real compiler, counted
        compiled.append(expr)
        return real(expr, *args, **kwargs)

    monkeypatch.setattr(sqlcache.ibis, "to_sql", counting)
    home = tmp_path / "home"
    meta = []
    for run in range(2):
        compiled.clear()
        api.build(["ddp_wa_arrests"], mirror=mirror, home=home, quiet=True)
        with api.connect(home) as con:
            meta.append(con.execute("SELECT * FROM metric_rollup_meta ORDER BY metric, breakdown").fetchall())
            numbers = con.execute("SELECT count(*) FROM metric_rollups").fetchone()
        if run == 0:
            assert len(compiled) > 50 and (home / "cache" / sqlcache.FILE_NAME).exists()
    assert compiled == []
    assert meta[0] == meta[1] and len(meta[0]) > 20 and numbers and numbers[0] > 0
