"""Three- and four-way tables: complementary cells chosen by boxes (metrics/hypercube.py), attacked as before.

The attacker knows every margin a user can ask for (the same counts by any fewer breakdowns, each suppressed
on its own) and the visible cells; a linear program gives each hidden small cell's smallest and largest value.
A small cell may be pinned only when the coarser tables pin it whatever this table hides (the whole table
hidden pins it too): those are counted in the report, never silently published.
"""

from __future__ import annotations

import itertools
import time

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_suppression import (  # a sibling module: pytest puts tests/metrics on the path
    _bounds_of_hidden,
    tables,
)

from ice_ledger.metrics.stopping import ComputationStopped, deadline_scope
from ice_ledger.metrics.suppression import box_layout, suppress
from ice_ledger.warehouse.store import RequestWork, active_work

THRESHOLD = 10


def assert_protected_or_pinned_anyway(frame: pd.DataFrame, out: pd.DataFrame, by: list[str], threshold: int,
                                      pinned_reported: int) -> None:
    bounds = _bounds_of_hidden(frame, out, by, threshold)
    pinned = [c for c, (true, lo, hi) in bounds.items() if 0 < true < threshold and hi - lo <= 0.5]
    if not pinned:
        return
    everything = out.copy()
    everything["suppressed"] = True
    anyway = _bounds_of_hidden(frame, everything, by, threshold)
    for cell in pinned:
        _true, lo, hi = anyway[cell]
        assert hi - lo <= 0.5, f"{out.iloc[cell].to_dict()} is pinned, but hiding more of the table would protect it"
    assert len(pinned) <= pinned_reported, "a pinned small cell is not reported"


def _check(frame: pd.DataFrame, by: list[str], threshold: int) -> None:
    out, report = suppress(frame, by, threshold)
    small = frame[(frame["n_records"] > 0) & (frame["n_records"] < threshold)]
    assert report.primary == len(small)
    assert small[by].merge(out, on=by, how="left")["suppressed"].all(), "every small cell is suppressed"
    hidden = out["suppressed"].to_numpy()
    assert out.loc[hidden, "value"].isna().all()
    shown = out.loc[~hidden, [*by, "value"]].merge(frame[[*by, "value"]], on=by, suffixes=("", "_true"))
    assert len(shown) == int((~hidden).sum()) and (shown["value"].astype(int) == shown["value_true"]).all()
    assert_protected_or_pinned_anyway(frame, out, by, threshold, report.pinned_by_margins)


def _ones(*cells: tuple[int, int, int]) -> tuple[pd.DataFrame, list[str]]:
    """A three-way table (d0, d1, d2) with one record in each of `cells`."""
    frame = pd.DataFrame(cells, columns=["d0", "d1", "d2"]).assign(n_records=1, value=1)
    return frame, ["d0", "d1", "d2"]


# Found by Hypothesis: the (d0, d2) margin, unprotectable alone, is published with its empty combinations hidden
# too, which leaves (1, 0) = 2 visible; modelled without them, a box along d0 looked safe and (2, 1, 0), pinned
# by that total, went unreported (pinned_by_margins 1 of 2).
@example(_ones((0, 1, 1), (0, 2, 0), (0, 2, 1), (1, 0, 0), (1, 1, 0), (2, 1, 0)), 2)
@pytest.mark.slow  # about 100 s on a loaded 2-core machine (a linear program per hidden cell)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(ndims=(3, 3), levels=(2, 4)), st.integers(2, 15))
def test_no_small_cell_of_a_three_way_table_is_recoverable(table: tuple[pd.DataFrame, list[str]],
                                                           threshold: int) -> None:
    _check(*table, threshold)


@pytest.mark.slow  # about 3 min on a loaded 2-core machine
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(ndims=(4, 4), levels=(2, 4)), st.integers(2, 15))
def test_no_small_cell_of_a_four_way_table_is_recoverable(table: tuple[pd.DataFrame, list[str]],
                                                          threshold: int) -> None:
    _check(*table, threshold)


def test_a_small_cell_pinned_by_a_margin_published_with_empty_combinations_is_reported() -> None:
    frame, by = _ones((0, 1, 1), (0, 2, 0), (0, 2, 1), (1, 0, 0), (1, 1, 0), (2, 1, 0))
    out, report = suppress(frame, by, 2)
    assert out["suppressed"].all() and report.primary == 6
    assert report.pinned_by_margins == 2  # (0, 2, 0) and (2, 1, 0), both pinned with the whole table hidden
    assert "2 of the small cells can still be worked out" in (report.note() or "")
    _check(frame, by, 2)


def _sparse_like_the_records(seed: int) -> tuple[pd.DataFrame, list[str]]:
    """Like detainers by state x fiscal year x lift reason: one state has every year, the others one year."""
    rng = np.random.default_rng(seed)
    rows = [(s, y, r) for s in range(8) for y in (range(5) if s == 0 else [4]) for r in range(5)
            if rng.random() < 0.8]
    frame = pd.DataFrame(rows, columns=["state", "fiscal_year", "reason"])
    frame["n_records"] = np.where(rng.random(len(frame)) < 0.3, rng.integers(1, THRESHOLD, len(frame)),
                                  rng.integers(THRESHOLD, 300, len(frame)))
    frame["value"] = frame["n_records"]
    return frame, ["state", "fiscal_year", "reason"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_sparse_three_way_table_is_protected_without_hiding_it_whole(seed: int) -> None:
    frame, by = _sparse_like_the_records(seed)
    out, report = suppress(frame, by, THRESHOLD)
    assert len(out) == len(frame) and not out["suppressed"].all()
    assert_protected_or_pinned_anyway(frame, out, by, THRESHOLD, report.pinned_by_margins)


def test_a_month_partner_shares_its_fiscal_and_calendar_year() -> None:
    """state x month x reason: a box moves two months of the same fiscal and calendar year, so the year totals
    (margins a user can ask for) do not see it."""
    rng = np.random.default_rng(5)
    months = [str(p) for p in pd.period_range("2014-07", periods=8, freq="M")]  # FY2014 and FY2015
    frame = pd.DataFrame(list(itertools.product(range(4), months, range(3))), columns=["state", "month", "reason"])
    frame["n_records"] = np.where(rng.random(len(frame)) < 0.2, rng.integers(1, THRESHOLD, len(frame)),
                                  rng.integers(THRESHOLD, 300, len(frame)))
    frame["value"] = frame["n_records"]
    layout = box_layout(frame, ["state", "month", "reason"])
    assert layout is not None and layout.dims == ["state", "month", "reason"]
    month_class = layout.classes[1]
    # Jul-Sep 2014: (FY2014, 2014); Oct-Dec 2014: (FY2015, 2014); Jan-Feb 2015: (FY2015, 2015)
    assert month_class.tolist() == [0, 0, 0, 1, 1, 1, 2, 2]
    out, report = suppress(frame, ["state", "month", "reason"], THRESHOLD)
    truth = frame.assign(fiscal_year=[2014 if m < "2014-10" else 2015 for m in frame["month"]],
                         calendar_year=frame["month"].str[:4])
    hidden = out["suppressed"].to_numpy()
    for dims in (["state", "fiscal_year", "reason"], ["state", "calendar_year", "reason"], ["fiscal_year"]):
        # each year total of hidden cells is made of at least two hidden cells, or none
        per = truth.assign(h=hidden).groupby(dims)["h"].sum()
        assert not (per == 1).any(), dims
    assert_protected_or_pinned_anyway(frame, out, ["state", "month", "reason"], THRESHOLD, report.pinned_by_margins)


def test_a_larger_four_way_table_is_not_hidden_whole() -> None:
    """24 x 6 x 5 x 8 cells, a fifth of them small: boxes protect each, no margin is left with one hidden cell."""
    rng = np.random.default_rng(11)
    by = ["state", "year", "kind", "reason"]
    frame = pd.DataFrame(list(itertools.product(range(24), range(6), range(5), range(8))), columns=by)
    frame = frame[rng.random(len(frame)) < 0.9].reset_index(drop=True)
    frame["n_records"] = np.where(rng.random(len(frame)) < 0.2, rng.integers(1, THRESHOLD, len(frame)),
                                  rng.integers(THRESHOLD, 500, len(frame)))
    frame["value"] = frame["n_records"]
    out, report = suppress(frame, by, THRESHOLD)
    assert report.primary == int((frame["n_records"] < THRESHOLD).sum()) and report.pinned_by_margins == 0
    assert out["suppressed"].mean() < 0.9
    for size in (1, 2, 3):
        for dims in itertools.combinations(by, size):
            assert not (out.groupby(list(dims))["suppressed"].sum() == 1).any(), dims


def _small_three_way() -> tuple[pd.DataFrame, list[str]]:
    frame, by = _sparse_like_the_records(1)
    return frame, by


def test_a_passed_deadline_stops_the_work() -> None:
    frame, by = _small_three_way()
    with pytest.raises(ComputationStopped, match="deadline"):
        suppress(frame, by, THRESHOLD, deadline=time.monotonic() - 1)
    with pytest.raises(ComputationStopped):
        suppress(frame, by, THRESHOLD, deadline=lambda: True)
    with deadline_scope(time.monotonic() - 1), pytest.raises(ComputationStopped):
        suppress(frame, by, THRESHOLD)
    # a deadline still ahead changes nothing
    assert suppress(frame, by, THRESHOLD, deadline=time.monotonic() + 600)[0].equals(suppress(frame, by, THRESHOLD)[0])


def test_a_cancelled_web_request_stops_the_work() -> None:
    frame, by = _small_three_way()
    work = RequestWork()
    work.cancel()
    token = active_work.set(work)
    try:
        with pytest.raises(ComputationStopped):
            suppress(frame, by, THRESHOLD)
    finally:
        active_work.reset(token)
