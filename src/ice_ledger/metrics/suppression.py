"""Small-cell suppression for every public table: primary cells below a threshold, plus complementary cells.

A breakdown table is published together with its margins (any coarser breakdown of the same metric can be
asked for), so hiding a small cell is not enough: if a row total is public and only one cell of the row is
hidden, subtraction gives it back. The model: every margin (sum over any subset of the breakdowns) whose total
is at least the threshold is public. Complementary cells are added until no primary cell is determined by the
published cells and margins — checked exactly with linear algebra: a hidden cell is recoverable by
subtraction iff it is fixed on the null space of the margin equations restricted to the hidden cells.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.linalg import null_space

_NA_KEY = "\x00<null>"


@dataclass(frozen=True)
class SuppressionReport:
    threshold: int
    primary: int
    complementary: int

    @property
    def total(self) -> int:
        return self.primary + self.complementary

    def note(self) -> str | None:
        if not self.total:
            return None
        return (f"{self.total} cell(s) suppressed: {self.primary} below the minimum cell size of {self.threshold}, "
                f"{self.complementary} more so that published totals cannot reveal them")


def primary_mask(frame: pd.DataFrame, threshold: int, count_columns: Sequence[str]) -> np.ndarray:
    """Cells with any count between 1 and threshold-1 (zeros are not small cells)."""
    mask = np.zeros(len(frame), dtype=bool)
    for c in count_columns:
        if c in frame:
            v = pd.to_numeric(frame[c], errors="coerce").fillna(0).to_numpy()
            mask |= (v > 0) & (v < threshold)
    return mask


def _keys(frame: pd.DataFrame, by: Sequence[str]) -> pd.DataFrame:
    return frame[list(by)].astype(object).where(frame[list(by)].notna(), _NA_KEY).astype(str)


def margin_groups(frame: pd.DataFrame, by: Sequence[str]) -> list[tuple[tuple[str, ...], np.ndarray]]:
    """Every margin as (dimensions kept, group id per cell): all proper subsets of `by`."""
    keys = _keys(frame, by)
    out = []
    for size in range(len(by)):
        for dims in itertools.combinations(by, size):
            ids = keys.groupby(list(dims), sort=False).ngroup().to_numpy() if dims else np.zeros(len(frame), int)
            out.append((dims, ids))
    return out


def published_constraints(frame: pd.DataFrame, by: Sequence[str], threshold: int,
                          size_column: str = "n_records") -> list[np.ndarray]:
    """Index arrays of the cells summed by each margin an outsider can see (total >= threshold)."""
    sizes = pd.to_numeric(frame[size_column], errors="coerce").fillna(0).to_numpy()
    out = []
    for _, ids in margin_groups(frame, by):
        for g in np.unique(ids):
            members = np.flatnonzero(ids == g)
            if len(members) > 1 and sizes[members].sum() >= threshold:
                out.append(members)
    return out


def determined(hidden: np.ndarray, constraints: list[np.ndarray]) -> np.ndarray:
    """Which hidden cells are fixed by the published margins (given every other cell is published)."""
    idx = np.flatnonzero(hidden)
    if len(idx) == 0:
        return np.zeros_like(hidden)
    pos = {c: i for i, c in enumerate(idx)}
    rows = []
    for members in constraints:
        row = np.zeros(len(idx))
        for m in members:
            if m in pos:
                row[pos[m]] = 1.0
        if row.any():
            rows.append(row)
    out = np.zeros_like(hidden)
    if not rows:
        return out
    basis = null_space(np.vstack(rows))
    free = np.linalg.norm(basis, axis=1) > 1e-9 if basis.size else np.zeros(len(idx), dtype=bool)
    out[idx] = ~free
    return out


def complementary(frame: pd.DataFrame, by: Sequence[str], primary: np.ndarray, threshold: int,
                  size_column: str = "n_records") -> np.ndarray:
    """The primary cells plus enough other cells that no primary cell can be recovered from the margins."""
    hidden = primary.copy()
    if not by or not primary.any():
        return hidden
    sizes = pd.to_numeric(frame[size_column], errors="coerce").fillna(0).to_numpy()
    constraints = published_constraints(frame, by, threshold, size_column)
    while True:
        # Fast pass: a published margin with exactly one hidden cell gives it away; hide its smallest sibling.
        changed = True
        while changed:
            changed = False
            for members in constraints:
                h = hidden[members]
                if h.sum() == 1:
                    candidates = members[~h]
                    hidden[candidates[np.argmin(sizes[candidates])]] = True
                    changed = True
        # Exact pass: a primary cell fixed by a combination of margins (e.g. a bridge between two blocks).
        exposed = np.flatnonzero(determined(hidden, constraints) & primary)
        if len(exposed) == 0:
            return hidden
        added = False
        for cell in exposed:
            for members in constraints:
                if cell in members and (~hidden[members]).any():
                    candidates = members[~hidden[members]]
                    hidden[candidates[np.argmin(sizes[candidates])]] = True
                    added = True
                    break
        if not added:  # nothing left to hide beside it: hide the whole table
            hidden[:] = True
            return hidden


def suppress(frame: pd.DataFrame, by: Sequence[str], threshold: int,
             count_columns: Sequence[str] = ("n_records", "numerator"),
             blank_columns: Sequence[str] = ("value", "n_records", "numerator", "denominator"),
             ) -> tuple[pd.DataFrame, SuppressionReport]:
    """Blank suppressed cells (the row stays, flagged `suppressed`), and report how many and why."""
    primary = primary_mask(frame, threshold, count_columns)
    hidden = complementary(frame, by, primary, threshold)
    out = frame.copy()
    for c in blank_columns:
        if c in out:
            kind = out[c].dtype.kind
            out[c] = out[c].astype("Int64" if kind in "iu" else "Float64" if kind == "f" else out[c].dtype)
            out.loc[hidden, c] = pd.NA
    out["suppressed"] = hidden
    return out, SuppressionReport(threshold, int(primary.sum()), int((hidden & ~primary).sum()))
