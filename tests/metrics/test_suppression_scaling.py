"""The scalable paths of complementary suppression agree with the exact dense computation they replace.

The two-way graph test (a hidden cell is fixed iff its edge is a bridge) and the block-by-block null space must
give the same cells as one null space over the whole table, on random tables and random hidden patterns; the
recoverability property itself is tested in test_suppression.py (a linear program per hidden cell).
"""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.linalg import null_space

from ice_ledger.metrics.suppression import _constraints, _keys, determined, determined_two_way


def dense_determined(hidden: np.ndarray, constraints: list[np.ndarray]) -> np.ndarray:
    idx = np.flatnonzero(hidden)
    out = np.zeros_like(hidden)
    if not len(idx):
        return out
    rows = [np.isin(idx, m).astype(float) for m in constraints]
    rows = [r for r in rows if r.any()]
    if not rows:
        return out
    basis = null_space(np.vstack(rows))
    out[idx] = ~(np.linalg.norm(basis, axis=1) > 1e-9) if basis.size else True
    return out


@st.composite
def tables(draw: st.DrawFn) -> tuple[pd.DataFrame, list[str], np.ndarray, int]:
    sizes = [draw(st.integers(1, 6)), draw(st.integers(1, 6))]
    cells = list(itertools.product(range(sizes[0]), range(sizes[1])))
    present = draw(st.lists(st.booleans(), min_size=len(cells), max_size=len(cells)))
    rows = [{"d0": a, "d1": b, "n_records": draw(st.integers(1, 40))} for (a, b), p in zip(cells, present,
                                                                                          strict=True) if p]
    if not rows:
        rows = [{"d0": 0, "d1": 0, "n_records": 3}]
    frame = pd.DataFrame(rows)
    hidden = np.array(draw(st.lists(st.booleans(), min_size=len(frame), max_size=len(frame))))
    return frame, ["d0", "d1"], hidden, draw(st.integers(2, 15))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_two_way_bridges_match_the_null_space(table: tuple[pd.DataFrame, list[str], np.ndarray, int]) -> None:
    frame, by, hidden, threshold = table
    full = _constraints(frame, by, threshold, ["n_records"], None)
    constraints = [m for _d, _g, m in full]
    keys = _keys(frame, by)
    rows, cols = (keys.groupby([b], sort=False).ngroup().to_numpy() for b in by)
    expected = dense_determined(hidden, constraints)
    assert (determined_two_way(hidden, full, by, rows, cols) == expected).all()
    assert (determined(hidden, constraints) == expected).all()  # block by block


def test_a_fine_two_way_table_is_suppressed_quickly() -> None:
    """500 x 36 cells, a third of them small: the graph path handles it (the dense SVD needed minutes)."""
    from ice_ledger.metrics.suppression import suppress

    rng = np.random.default_rng(7)
    frame = pd.DataFrame(list(itertools.product(range(500), range(36))), columns=["facility", "month"])
    frame["n_records"] = np.where(rng.random(len(frame)) < 0.33, rng.integers(1, 10, len(frame)),
                                  rng.integers(10, 500, len(frame)))
    frame["value"] = frame["n_records"]
    out, report = suppress(frame, ["facility", "month"], 10)
    assert report.primary == int((frame["n_records"] < 10).sum())
    # no published row or column margin is left with exactly one hidden cell
    for dim in ("facility", "month"):
        hidden_per = out.groupby(dim)["suppressed"].sum()
        assert not (hidden_per == 1).any()
