"""--compare-sources: records beside ICE's published figures, with the difference and the reasons."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ice_ledger import api, metrics
from ice_ledger.errors import QueryError

REPO = Path(__file__).resolve().parents[2]


def _official(home: Path, metric: str) -> dict[int, float]:
    df = api.table("official_figures", where=[f"metric={metric}"], limit=None, home=home)
    df = df[df["duplicate_likely"] != True]  # noqa: E712 - nullable boolean column
    return {int(y): float(v) for y, v in zip(df.fiscal_year, df.value, strict=True)}


def test_admin_arrests_official_fy2016_to_fy2024_without_records(built_home: Path) -> None:
    cmp = metrics.compare_sources("admin_arrests", home=built_home)
    official = _official(built_home, "admin_arrests")
    assert set(range(2016, 2025)) <= set(cmp.fiscal_year)
    for row in cmp.itertuples():
        if row.fiscal_year not in official:  # records (e.g. the Seattle workbook, 2012-2015) with no figure
            assert "no published figure" in row.reasons
            continue
        assert row.official == official[row.fiscal_year]
        assert row.official_citation and row.verification
        if built_home and str(row.computed) in ("<NA>", "nan"):
            assert "no record-level data" in row.reasons


def test_admin_arrests_computed_beside_official(synth_home: Path) -> None:
    cmp = metrics.compare_sources("admin_arrests", home=synth_home).set_index("fiscal_year")
    computed = metrics.compute("admin_arrests", by=["fiscal_year"], home=synth_home).frame.set_index("fiscal_year")
    official = _official(synth_home, "admin_arrests")
    for fy in range(2016, 2025):
        row = cmp.loc[fy]
        assert int(row["computed"]) == int(computed.loc[fy, "value"])
        assert float(row["official"]) == official[fy]
        assert float(row["difference"]) == pytest.approx(int(row["computed"]) - official[fy])
        assert float(row["pct_difference"]) == pytest.approx((int(row["computed"]) - official[fy]) / official[fy] * 100)
        assert "retroactively" in row["reasons"]


def test_releases_compare_the_same_way(synth_home: Path) -> None:
    cmp = metrics.compare_sources("admin_arrests", by=["fiscal_year", "release"], home=synth_home)
    assert "release" in cmp.columns and cmp["release"].notna().any()


def test_metric_without_official_figure_says_which_have_one(built_home: Path) -> None:
    with pytest.raises(QueryError, match="admin_arrests"):
        metrics.compare_sources("detainers_declined", home=built_home)


def test_cli_compare_sources(built_home: Path) -> None:
    env = {**os.environ, "ICE_LEDGER_HOME": str(built_home), "COLUMNS": "200"}
    out = subprocess.run([sys.executable, "-m", "ice_ledger", "metric", "admin_arrests", "--by", "fiscal_year",
                          "--compare-sources"], capture_output=True, text=True, env=env, cwd=REPO, check=False)
    assert out.returncode == 0, out.stderr
    for fy, value in _official(built_home, "admin_arrests").items():
        if 2016 <= fy <= 2024:
            assert f"\t{int(value)}\t" in out.stdout or f"{int(value):,}" in out.stdout, fy  # piped: tab-separated
