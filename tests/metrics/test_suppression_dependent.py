"""Suppression of breakdowns that determine one another: a month determines its fiscal year and calendar year.

The attacker here knows everything a user can ask for: the visible cells of the fiscal_year x month table, and
the fiscal-year, calendar-year, fiscal x calendar year and grand totals (each published with its own
suppression). It tries plain subtraction first, then the full linear attack (the smallest and largest value
of each hidden cell consistent with all of that). No small cell may be pinned.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from ice_ledger.fiscal import fiscal_year
from ice_ledger.metrics.suppression import suppress

THRESHOLD = 10
COARSER = [(), ("fiscal_year",), ("calendar_year",), ("fiscal_year", "calendar_year")]


def month_table(counts: list[int], start: str = "2015-07") -> pd.DataFrame:
    months = pd.period_range(start, periods=len(counts), freq="M")
    frame = pd.DataFrame({
        "fiscal_year": [fiscal_year(p.to_timestamp().date()) for p in months],
        "month": months.astype(str),
        "n_records": counts,
    })
    frame["value"] = frame["n_records"]
    return frame


def published_totals(truth: pd.DataFrame, threshold: int) -> list[tuple[np.ndarray, float]]:
    """(member months, total) of every total a user can see: each coarser table, suppressed on its own."""
    t = truth.assign(calendar_year=truth["month"].str[:4].astype(int))
    out = []
    for dims in COARSER:
        if not dims:
            total = float(t["n_records"].sum())
            if not 0 < total < threshold:
                out.append((np.arange(len(t)), total))
            continue
        margin = t.groupby(list(dims), as_index=False)["n_records"].sum()
        margin["value"] = margin["n_records"]
        shown, _ = suppress(margin, list(dims), threshold)
        groups = t.groupby(list(dims)).indices
        for row in shown.loc[~shown["suppressed"]].itertuples(index=False):
            key = tuple(getattr(row, d) for d in dims)
            out.append((np.asarray(groups[key if len(key) > 1 else key[0]]), float(row.value)))
    return out


def recovered_by_subtraction(truth: pd.DataFrame, out: pd.DataFrame, threshold: int) -> dict[int, float]:
    """Cells an attacker gets by repeated subtraction: a total minus every other known cell of its group."""
    assert out["month"].tolist() == truth["month"].tolist()
    known = {i: float(v) for i, v in enumerate(out["value"]) if not pd.isna(v)}
    recovered: dict[int, float] = {}
    totals = published_totals(truth, threshold)
    changed = True
    while changed:
        changed = False
        for members, total in totals:
            unknown = [int(m) for m in members if int(m) not in known]
            if len(unknown) == 1:
                cell = unknown[0]
                known[cell] = recovered[cell] = total - sum(known[int(m)] for m in members if int(m) != cell)
                changed = True
    return recovered


def linear_bounds(truth: pd.DataFrame, out: pd.DataFrame, threshold: int) -> dict[int, tuple[float, float]]:
    hidden = np.flatnonzero(out["suppressed"].to_numpy())
    values = truth["n_records"].to_numpy(dtype=float)
    a_eq, b_eq = [], []
    for members, total in published_totals(truth, threshold):
        row = np.isin(hidden, members).astype(float)
        if row.any():
            a_eq.append(row)
            b_eq.append(total - values[members][~out["suppressed"].to_numpy()[members]].sum())
    bounds = {}
    for j, cell in enumerate(hidden):
        c = np.zeros(len(hidden))
        c[j] = 1.0
        kw = {"A_eq": np.array(a_eq), "b_eq": np.array(b_eq)} if a_eq else {}
        lo = linprog(c, bounds=[(0, None)] * len(hidden), **kw)
        hi = linprog(-c, bounds=[(0, None)] * len(hidden), **kw)
        bounds[int(cell)] = (lo.fun, -hi.fun if hi.status == 0 else np.inf)
    return bounds


def assert_no_small_cell_recoverable(truth: pd.DataFrame, out: pd.DataFrame, threshold: int) -> None:
    small = set(np.flatnonzero((truth["n_records"] > 0) & (truth["n_records"] < threshold)).tolist())
    assert small <= set(np.flatnonzero(out["suppressed"].to_numpy()).tolist()), "every small cell is hidden"
    leaked = set(recovered_by_subtraction(truth, out, threshold)) & small
    assert not leaked, f"recovered by subtraction: {truth.iloc[sorted(leaked)].to_dict('records')}"
    for cell, (lo, hi) in linear_bounds(truth, out, threshold).items():
        if cell in small:
            assert hi - lo > 0.5, f"{truth.iloc[cell].to_dict()} pinned to {lo}..{hi}"


def test_subtraction_would_recover_a_lone_hidden_month() -> None:
    """The attack works: hide only the small month, and its fiscal-year total gives it back."""
    truth = month_table([50, 60, 70, 80, 90, 100, 3, 120, 130, 140, 150, 160, 170, 180, 190])
    naive = truth.assign(suppressed=truth["n_records"] < THRESHOLD)
    naive.loc[naive["suppressed"], "value"] = np.nan
    assert recovered_by_subtraction(truth, naive, THRESHOLD) == {6: 3.0}


def test_fiscal_year_by_month_hides_a_few_cells_not_the_table() -> None:
    rng = np.random.default_rng(7)
    counts = rng.integers(40, 500, 93)
    counts[rng.choice(93, 9, replace=False)] = rng.integers(1, THRESHOLD, 9)
    truth = month_table(counts.tolist(), start="2012-01")
    out, report = suppress(truth, ["fiscal_year", "month"], THRESHOLD)
    assert len(out) == len(truth)  # no empty combinations (fiscal year, another year's month) were added
    assert report.primary == 9 and report.complementary <= 12
    assert_no_small_cell_recoverable(truth, out, THRESHOLD)
    # the same months hide whether or not fiscal_year is asked for: the two tables cannot be played off
    alone, _ = suppress(truth.drop(columns="fiscal_year"), ["month"], THRESHOLD)
    assert alone["suppressed"].tolist() == out["suppressed"].tolist()


def test_a_month_table_alone_is_protected_against_year_totals() -> None:
    """By month only, the fiscal- and calendar-year totals (other requests) are margins too."""
    truth = month_table([50, 60, 70, 80, 90, 100, 3, 120, 130, 140, 150, 160, 170, 180, 190])
    out, report = suppress(truth.drop(columns="fiscal_year"), ["month"], THRESHOLD)
    assert report.complementary >= 1
    assert_no_small_cell_recoverable(truth, out, THRESHOLD)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.integers(1, 12), st.integers(20, 300)), min_size=2, max_size=40),
       st.sampled_from(["2015-07", "2015-10", "2016-01"]), st.integers(3, 12))
def test_no_small_month_is_recoverable(counts: list[int], start: str, threshold: int) -> None:
    truth = month_table(counts, start)
    out, report = suppress(truth, ["fiscal_year", "month"], threshold)
    assert out["month"].tolist() == truth["month"].tolist()
    assert report.primary == int(((truth["n_records"] > 0) & (truth["n_records"] < threshold)).sum())
    assert_no_small_cell_recoverable(truth, out, threshold)
