"""Small-cell suppression: primary cells below the threshold, complementary cells so margins cannot reveal them.

For every hidden small cell a linear program finds the smallest and largest value consistent with everything
published: the visible cells of the table, and the visible cells of every margin table (the same metric by
fewer breakdowns, itself published with suppression). The two must differ.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from ice_ledger import metrics
from ice_ledger.metrics.suppression import suppress


def _bounds_of_hidden(original: pd.DataFrame, out: pd.DataFrame, by: list[str],
                      threshold: int) -> dict[int, tuple[float, float, float]]:
    """(true value, min, max) of each hidden output cell, given what is published.

    Published: the visible output cells; rows absent from the output (known zeros); and every margin table
    (the same counts by fewer breakdowns, as `compute` would return and suppress them), whose visible cells
    and absent cells (zeros) constrain the hidden ones.
    """
    key = [str(c) for c in by]
    truth = out[by].merge(original[[*by, "n_records"]].rename(columns={"n_records": "_true"}), on=by, how="left")
    values = truth["_true"].fillna(0).to_numpy(dtype=float)
    hidden = out["suppressed"].to_numpy()
    idx = np.flatnonzero(hidden)
    a_eq, b_eq = [], []
    okeys = out[by].astype(str)
    for size in range(len(by)):
        for dims in itertools.combinations(key, size):
            if dims:
                margin = original.groupby(list(dims), as_index=False)["n_records"].sum()
                margin["value"] = margin["n_records"]
                shown = suppress(margin, list(dims), threshold)[0]
                visible = {tuple(str(x) for x in r) for r in shown.loc[~shown["suppressed"], list(dims)]
                           .itertuples(index=False)}
                known = {tuple(str(x) for x in r) for r in margin[list(dims)].itertuples(index=False)}
                groups = okeys.groupby(list(dims)).indices
            else:
                total = original["n_records"].sum()
                visible, known = ({()} if not 0 < total < threshold else set()), {()}
                groups = {(): np.arange(len(out))}
            for k, members in groups.items():
                k = k if isinstance(k, tuple) else (k,)
                if k in visible or k not in known:
                    row = np.isin(idx, members).astype(float)
                    if row.any():
                        a_eq.append(row)
                        b_eq.append(values[members].sum() - values[members][~hidden[members]].sum())
    result = {}
    for j, cell in enumerate(idx):
        c = np.zeros(len(idx))
        c[j] = 1.0
        kw = {"A_eq": np.array(a_eq), "b_eq": np.array(b_eq)} if a_eq else {}
        lo = linprog(c, bounds=[(0, None)] * len(idx), **kw)
        hi = linprog(-c, bounds=[(0, None)] * len(idx), **kw)
        result[int(cell)] = (values[cell], lo.fun if lo.status == 0 else 0.0,
                             -hi.fun if hi.status == 0 else np.inf)
    return result


def assert_protected(original: pd.DataFrame, out: pd.DataFrame, by: list[str], threshold: int) -> None:
    for cell, (true, lo, hi) in _bounds_of_hidden(original, out, by, threshold).items():
        if 0 < true < threshold:
            assert hi - lo > 0.5, f"cell {out.iloc[cell].to_dict()} (true {true}) is pinned to {lo}..{hi}"


def _table(draw: st.DrawFn, ndims: tuple[int, int] = (1, 2), levels: tuple[int, int] = (1, 4),
           ) -> tuple[pd.DataFrame, list[str]]:
    ndim = draw(st.integers(*ndims))
    sizes = [draw(st.integers(*levels)) for _ in range(ndim)]
    by = [f"d{i}" for i in range(ndim)]
    cells = list(itertools.product(*[range(s) for s in sizes]))
    present = draw(st.lists(st.booleans(), min_size=len(cells), max_size=len(cells)))
    counts = draw(st.lists(st.one_of(st.integers(1, 12), st.integers(1, 200)), min_size=len(cells),
                           max_size=len(cells)))
    rows = [dict(zip(by, c, strict=True), n_records=n) for c, p, n in zip(cells, present, counts, strict=True) if p]
    if not rows:
        rows = [dict(zip(by, cells[0], strict=True), n_records=counts[0])]
    frame = pd.DataFrame(rows)
    frame["value"] = frame["n_records"]
    return frame, by


tables = st.composite(_table)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(), st.integers(2, 15))
def test_no_suppressed_small_cell_is_recoverable(table: tuple[pd.DataFrame, list[str]], threshold: int) -> None:
    frame, by = table
    out, report = suppress(frame, by, threshold)
    small = frame[(frame["n_records"] > 0) & (frame["n_records"] < threshold)]
    assert report.primary == len(small)
    merged = small[by].merge(out, on=by, how="left")
    assert merged["suppressed"].all(), "every small cell is suppressed"
    hidden = out["suppressed"].to_numpy()
    assert out.loc[hidden, "value"].isna().all() and out.loc[hidden, "n_records"].isna().all()
    shown = out.loc[~hidden, [*by, "value"]].merge(frame[[*by, "value"]], on=by, suffixes=("", "_true"))
    assert len(shown) == int((~hidden).sum()) and (shown["value"].astype(int) == shown["value_true"]).all()
    assert_protected(frame, out, by, threshold)


def test_one_hidden_cell_in_a_row_gets_a_partner() -> None:
    frame = pd.DataFrame({"year": [2015, 2016, 2017], "n_records": [3, 40, 55]})
    frame["value"] = frame["n_records"]
    out, report = suppress(frame, ["year"], 10)
    assert report.primary == 1 and report.complementary == 1
    assert out["suppressed"].tolist() == [True, True, False]  # the smallest other cell hides with it
    assert "more so that published totals cannot reveal them" in (report.note() or "")


def test_bridge_between_blocks_is_caught() -> None:
    """Each row and column has two hidden cells, yet margins pin a bridge cell: the exact check finds it."""
    cells = {(0, 0): 3, (0, 1): 50, (1, 0): 50, (1, 1): 4, (1, 2): 5, (2, 2): 50, (2, 3): 3, (3, 2): 50, (3, 3): 60}
    frame = pd.DataFrame([{"a": a, "b": b, "n_records": n} for (a, b), n in cells.items()])
    frame["value"] = frame["n_records"]
    out, _ = suppress(frame, ["a", "b"], 10)
    assert_protected(frame, out, ["a", "b"], 10)


def test_margins_that_pin_a_cell_hide_empty_combinations_too() -> None:
    """Row 1 has one cell (published as its row total), so column 0's total would give away (0, 0)."""
    frame = pd.DataFrame({"a": [0, 0, 1, 3], "b": [0, 1, 0, 1], "n_records": [7, 74, 111, 78]})
    frame["value"] = frame["n_records"]
    out, report = suppress(frame, ["a", "b"], 10)
    assert len(out) > len(frame) and report.primary == 1
    assert_protected(frame, out, ["a", "b"], 10)


def test_metric_output_reports_suppression_and_threshold_is_configurable(built_home: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    default = metrics.compute("detainers_declined", by=["fiscal_year", "state"], home=built_home)
    assert default.frame["suppressed"].any()
    assert any("suppressed" in n and "minimum cell size of 10" in n for n in default.notes)
    monkeypatch.setenv("ICE_LEDGER_MIN_CELL", "50")
    stricter = metrics.compute("detainers_declined", by=["fiscal_year", "state"], home=built_home)
    assert stricter.frame["suppressed"].sum() > default.frame["suppressed"].sum()
    assert any("minimum cell size of 50" in n for n in stricter.notes)
    explicit = metrics.compute("detainers_declined", by=["fiscal_year", "state"], home=built_home, threshold=2)
    assert explicit.frame["suppressed"].sum() < default.frame["suppressed"].sum()
    raw = metrics.compute("detainers_declined", by=["fiscal_year", "state"], home=built_home, suppress=False)
    assert not raw.frame["suppressed"].any() and raw.frame["value"].notna().all()


def test_published_metric_tables_do_not_reveal_small_cells(built_home: Path) -> None:
    """Real data: fiscal year x state declines, checked against the margins the same metric publishes."""
    two_way = metrics.compute("detainers_declined", by=["fiscal_year", "state"], home=built_home)
    truth = metrics.compute("detainers_declined", by=["fiscal_year", "state"], home=built_home, suppress=False)
    original = truth.frame.fillna({"state": "<null>"})
    out = two_way.frame.fillna({"state": "<null>"})
    assert (original["n_records"] < 10).any() and two_way.frame["suppressed"].any()
    assert_protected(original.astype({"n_records": int}), out, ["fiscal_year", "state"], 10)
    # and the margins themselves are what the metric publishes for the coarser breakdowns
    by_year = metrics.compute("detainers_declined", by=["fiscal_year"], home=built_home).frame
    visible = by_year[~by_year["suppressed"]]
    sums = truth.frame.groupby("fiscal_year")["n_records"].sum()
    assert all(int(sums.loc[y]) == int(v) for y, v in zip(visible.fiscal_year, visible.value, strict=True))
