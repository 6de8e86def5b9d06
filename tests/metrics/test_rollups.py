"""Rollups built with the warehouse answer exactly what the full query answers."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from ice_ledger import api, metrics
from ice_ledger.errors import QueryError
from ice_ledger.metrics.rollups import rollup_breakdowns


@pytest.mark.parametrize("home_fixture", ["synth_home", "built_home"])
def test_rollup_answers_equal_full_query(home_fixture: str, request: pytest.FixtureRequest) -> None:
    home: Path = request.getfixturevalue(home_fixture)
    present = set(api.tables(home))
    checked = 0
    for m in metrics.catalogue():
        if m.table not in present:
            continue
        for by in rollup_breakdowns(m):
            try:
                full = metrics.compute(m.name, by=by, home=home, rollup=False)
            except QueryError:  # breakdown column not filled by any loaded source
                continue
            fast = metrics.compute(m.name, by=by, home=home)
            assert fast.provenance.answered_from == "rollup metric_rollups", (m.name, by)
            pd.testing.assert_frame_equal(fast.frame, full.frame, obj=f"{m.name} by {by}")
            assert (fast.provenance.sources, fast.provenance.releases, fast.provenance.files,
                    fast.provenance.n_records, fast.provenance.filters) == (
                full.provenance.sources, full.provenance.releases, full.provenance.files,
                full.provenance.n_records, full.provenance.filters)
            assert f'"{m.table}"' in fast.provenance.query  # the build-time query, grouped by file too
            checked += 1
    assert checked >= 10


def test_filtered_requests_bypass_rollups(synth_home: Path) -> None:
    r = metrics.compute("admin_arrests", by=["fiscal_year"], where=["aor=SEA"], home=synth_home)
    assert r.provenance.answered_from == "full query"


def test_large_tables_rollups_are_summed_from_a_cube(synth_home: Path, built_home: Path) -> None:
    """The synthetic build (cube forced) records which rollups came from a cube; the mirror build has none."""
    def cubed(home: Path) -> dict[str, int]:
        with api.connect(home) as con:
            rows = con.execute("SELECT scope, value FROM qa WHERE check_name = 'rollups_from_cube'").fetchall()
        return {str(scope): int(value) for scope, value in rows}

    got = cubed(synth_home)
    assert got.get("arrests", 0) >= 20 and got.get("removals", 0) > 0  # every breakdown but month, per metric
    assert cubed(built_home) == {}  # 79,053 detainer rows: below CUBE_MIN_ROWS, summed directly
