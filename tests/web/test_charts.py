"""The metric page's chart is chosen by the breakdown, over real metric values from the shared build."""

from __future__ import annotations

import re
from pathlib import Path

from ice_ledger import metrics
from ice_ledger.web.charts import TOP_N, metric_figure
from ice_ledger.web.maps import SUPPRESSED_LABEL
from ice_ledger.web.metric_maps import metric_map
from ice_ledger.web.render import records


def _figure(home: Path, name: str, by: list[str]):  # type: ignore[no-untyped-def]
    r = metrics.compute(name, by=by, home=home)
    rows = records(r.frame)
    return r.frame, metric_figure(rows, by, name, r.metric.unit,
                                  map_drawer=lambda f, b, t, u: metric_map(home, f, b, t, u))


def test_time_is_a_line(built_home: Path) -> None:
    frame, fig = _figure(built_home, "detainers_issued", ["fiscal_year"])
    assert fig is not None and fig.kind == "line"
    assert 'aria-roledescription="line mark"' in fig.svg or "role-mark" in fig.svg
    points = fig.svg.count('aria-roledescription="point"')
    assert points == int(frame["value"].notna().sum())  # one point per published year, none for suppressed


def test_many_categories_are_top_bars_with_other(built_home: Path) -> None:
    frame, fig = _figure(built_home, "detainers_issued", ["facility"])
    assert fig is not None and fig.kind == "top-bars"
    bars = fig.svg.count('aria-roledescription="bar"')
    assert bars == TOP_N + 1
    assert re.search(r"other \(\d+ values\)", fig.svg)
    largest = frame.dropna(subset=["value"]).sort_values("value", ascending=False).iloc[0]["facility"]
    assert str(largest) in fig.svg


def test_state_breakdown_is_a_choropleth_with_suppressed_grey(built_home: Path) -> None:
    frame, fig = _figure(built_home, "detainers_declined", ["state"])
    assert fig is not None and fig.kind == "map"
    suppressed = int(frame["suppressed"].sum())
    assert suppressed > 0
    assert SUPPRESSED_LABEL in fig.svg  # in the legend, as its own category
    assert any("suppressed" in n and "not zero" in n for n in fig.notes)
    missing = frame[frame["state"].isna()]
    if not missing.empty:
        assert any(n.startswith("no state recorded") for n in fig.notes)
    assert "nan" not in " ".join(fig.notes).lower().split()


def test_missing_values_are_labelled_never_nan() -> None:
    rows = [{"state": None, "value": 40, "n_records": 40, "suppressed": False},
            {"state": "TEXAS", "value": 30, "n_records": 30, "suppressed": False},
            {"state": "OHIO", "value": None, "n_records": None, "suppressed": True}]
    fig = metric_figure(rows, ["state"], "t", "count")  # no map drawer: bars
    assert fig is not None
    assert "no state recorded" in fig.svg
    assert not re.search(r">\s*nan\s*<|\bnan\b", fig.svg)
    assert fig.svg.count('aria-roledescription="bar"') == 2  # the suppressed cell is not a zero bar
    assert any("suppressed" in n for n in fig.notes)


def test_all_suppressed_draws_nothing() -> None:
    rows = [{"fiscal_year": 2010, "value": None, "n_records": None, "suppressed": True}]
    assert metric_figure(rows, ["fiscal_year"], "t", "count") is None


def test_aor_map_draws_areas_through_their_counties(built_home: Path) -> None:
    from ice_ledger import api

    frame, fig = _figure(built_home, "detainers_declined", ["aor"])
    valued = set(frame[frame["value"].notna() & frame["aor"].notna()]["aor"])
    assert valued, "no ICE area holds a published value in this build"
    assert fig is not None and fig.kind == "map"
    crosswalk = api.table("county_aor", limit=None, columns=["fips", "aor"], home=built_home)
    atlas_ids = set(api.table("atlas_boundaries", where=["level=county"], limit=None, columns=["fips"],
                              home=built_home)["fips"])
    expected = int((crosswalk["aor"].isin(valued) & crosswalk["fips"].isin(atlas_ids)).sum())
    assert len(re.findall(r'aria-label="(count|share): ', fig.svg)) == expected  # a valued shape per county
