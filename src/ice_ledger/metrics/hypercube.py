"""Complementary suppression of three- and four-way tables by boxes (the hypercube idea of τ-ARGUS / sdcMicro).

A small cell p = (a_1, …, a_k) is protected by choosing, along some of the dimensions D, another value b_d and
hiding the 2^|D| cells of the box (each d in D at a_d or b_d, the other dimensions at p's values). Adding t to
the corners an even number of steps from p and subtracting t from the others leaves every sum over a dimension
of D unchanged, so a margin that sums over one of them cannot see the move. A margin that keeps every
dimension of D sees each corner in a cell of its own, so the box is valid only if those margin cells are not
published (hidden in the margin's own suppressed table: `blocked`). With D = every dimension no margin keeps
them all, so a full box protects against every margin; smaller boxes follow the margins' own suppression (a
state with one fiscal year in the data has its small cells hidden in the state margin as well). When every
corner is positive, t can be ±1 at least and p moves both ways; with zero corners on one side, one way.

The check is a property of the box, so no matrix over the table is formed: a candidate box costs 2^|D|
look-ups, and the work grows with the number of small cells. A dimension with declared coarsenings (a month
and its fiscal and calendar year) takes its partner among the levels sharing them (`partner_class`), so that
fiscal- and calendar-year totals are unchanged too. Boxes are chosen greedily, cheapest first: fewest cells
not yet hidden, then the smallest total newly hidden. Over-suppression is the price (a box may hide cells an
exact method would leave).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

# Candidate partners tried per dimension at first (the most promising: hidden already, then smallest); all are
# tried when none of those boxes works. Boxes evaluated at once are bounded so memory stays small.
FIRST_CANDIDATES = 8
MAX_BOXES_AT_ONCE = 200_000
MAX_BOXES_PER_CELL = 2_000_000  # the most boxes tried around one cell (the best-ranked partners are kept)
DENSE_LOOKUP_CELLS = 10_000_000  # below this many combinations a dense index array is used for look-ups


@dataclass
class BoxResult:
    """The hidden mask over the table's cells, and the primary cells no box protects."""

    hidden: np.ndarray
    unprotected: np.ndarray


class _Lookup:
    """Cell index (or -1) of level-code combinations: dense array for small grids, sorted keys otherwise."""

    def __init__(self, codes: np.ndarray, levels: np.ndarray) -> None:
        self.radix = np.ones(len(levels), dtype=np.int64)
        for d in range(len(levels) - 2, -1, -1):
            self.radix[d] = self.radix[d + 1] * int(levels[d + 1])
        size = float(np.prod(levels.astype(float)))
        if size >= 2.0 ** 62:
            raise OverflowError("too many combinations of breakdown values")
        self.keys = codes.astype(np.int64) @ self.radix
        self.dense: np.ndarray | None = None
        if size <= DENSE_LOOKUP_CELLS:
            self.dense = np.full(int(size), -1, dtype=np.int64)
            self.dense[self.keys] = np.arange(len(self.keys))
        else:
            self.order = np.argsort(self.keys, kind="stable")
            self.sorted = self.keys[self.order]

    def __call__(self, keys: np.ndarray) -> np.ndarray:
        if self.dense is not None:
            return self.dense[keys]
        pos = np.searchsorted(self.sorted, keys).clip(0, max(len(self.sorted) - 1, 0))
        found = self.sorted[pos] == keys if len(self.sorted) else np.zeros(keys.shape, dtype=bool)
        return np.where(found, self.order[pos], -1)


def protect(codes: np.ndarray, partner_class: list[np.ndarray], primary: np.ndarray, sizes: np.ndarray,
            blocked: dict[tuple[int, ...], np.ndarray] | None = None, hidden: np.ndarray | None = None,
            stop: Callable[[], None] | None = None) -> BoxResult:
    """Hide a box around every primary cell.

    `codes`: the level code of each cell along each dimension (cells × k); `partner_class[d]`: the class of each
    level of dimension d (a partner is taken in the same class); `sizes`: cell counts; `blocked[D]`: cells whose
    margin cell is published in some margin keeping every dimension of D (None: only full boxes are tried).
    `stop` is called between cells (it raises to stop the work).
    """
    n, k = codes.shape
    hidden = primary.copy() if hidden is None else hidden | primary
    levels = np.array([len(c) for c in partner_class], dtype=np.int64)
    lookup = _Lookup(codes, levels)
    positive = sizes > 0
    members = [_class_members(c) for c in partner_class]
    shapes = [tuple(range(k))] if blocked is None else \
        sorted((s for s in blocked if s), key=lambda s: (len(s), s))
    protected = np.zeros(n, dtype=bool)
    unprotected = np.zeros(n, dtype=bool)
    # larger small cells first: they are the hardest to cover with small partners
    for p in sorted(np.flatnonzero(primary).tolist(), key=lambda c: -sizes[c]):
        if protected[p]:
            continue
        if stop is not None:
            stop()
        best: tuple[tuple[int, int, float], np.ndarray] | None = None
        for dims in shapes:
            block = blocked[dims] if blocked is not None else np.zeros(n, dtype=bool)
            if block[p]:
                continue
            candidates = _candidates(p, dims, codes, partner_class, members, lookup, hidden, sizes, block)
            if candidates is None:
                continue
            for first in (FIRST_CANDIDATES, None):
                if first is None and all(len(c) <= FIRST_CANDIDATES for c in candidates):
                    break
                found = _best_box(p, dims, candidates, first, codes, lookup, hidden, positive, sizes, block)
                if found is not None:
                    if best is None or found[0] < best[0]:
                        best = found
                    break
        if best is None:
            unprotected[p] = True
            continue
        cells = best[1]
        hidden[cells] = True
        protected[cells] = True
    return BoxResult(hidden, unprotected)


def _class_members(classes: np.ndarray) -> dict[int, np.ndarray]:
    order = np.argsort(classes, kind="stable")
    bounds = np.flatnonzero(np.diff(classes[order])) + 1
    return {int(classes[g[0]]): g for g in np.split(order, bounds) if len(g)}


def _candidates(p: int, dims: tuple[int, ...], codes: np.ndarray, partner_class: list[np.ndarray],
                members: list[dict[int, np.ndarray]], lookup: _Lookup, hidden: np.ndarray, sizes: np.ndarray,
                block: np.ndarray) -> list[np.ndarray] | None:
    """Partner levels along each dimension of the box, whose edge cell next to p is usable, best first."""
    out = []
    for d in dims:
        same = members[d][int(partner_class[d][codes[p, d]])]
        same = same[same != codes[p, d]]
        cells = lookup(lookup.keys[p] + (same - codes[p, d]) * lookup.radix[d])
        keep = cells >= 0
        same, cells = same[keep], cells[keep]
        keep = ~block[cells]
        same, cells = same[keep], cells[keep]
        if not len(same):
            return None
        out.append(same[np.lexsort((sizes[cells], ~hidden[cells]))])
    return out


def _best_box(p: int, dims: tuple[int, ...], candidates: list[np.ndarray], first: int | None, codes: np.ndarray,
              lookup: _Lookup, hidden: np.ndarray, positive: np.ndarray, sizes: np.ndarray,
              block: np.ndarray) -> tuple[tuple[int, int, float], np.ndarray] | None:
    """((one-way?, new cells, newly hidden total), corner cells) of the cheapest valid box around p, or None."""
    k = len(dims)
    cands = [c[:first] if first else c for c in candidates]
    while np.prod([len(c) for c in cands], dtype=float) > MAX_BOXES_PER_CELL:  # bounded work and memory
        longest = max(range(k), key=lambda j: len(cands[j]))
        cands[longest] = cands[longest][: max(1, len(cands[longest]) // 2)]
    rest = int(np.prod([len(c) for c in cands[1:]], dtype=float))
    per_chunk = max(1, MAX_BOXES_AT_ONCE // max(1, rest))
    subsets = [t for t in itertools.product([False, True], repeat=k)][1:]
    best: tuple[tuple[int, int, float], np.ndarray] | None = None
    for start in range(0, len(cands[0]), per_chunk):
        chunk = [cands[0][start:start + per_chunk], *cands[1:]]
        shape = tuple(len(c) for c in chunk)
        deltas = [((c - codes[p, d]) * lookup.radix[d]).reshape([-1 if e == j else 1 for e in range(k)])
                  for j, (d, c) in enumerate(zip(dims, chunk, strict=True))]
        usable = np.ones(shape, dtype=bool)
        up = np.ones(shape, dtype=bool)    # every odd corner positive: p can grow
        down = np.ones(shape, dtype=bool)  # every even corner positive: p can shrink
        cost = np.zeros(shape, dtype=np.int64)
        loss = np.zeros(shape, dtype=float)
        corners = []
        for t in subsets:
            q = lookup.keys[p] + sum((deltas[j] for j in range(k) if t[j]), start=np.zeros((1,) * k, np.int64))
            cell = np.broadcast_to(lookup(q), shape)
            corners.append(cell)
            present = cell >= 0
            safe = np.where(present, cell, 0)
            usable &= present & ~block[safe]
            if sum(t) % 2:
                up &= positive[safe]
            else:
                down &= positive[safe]
            new = ~hidden[safe]
            cost += new
            loss += np.where(new, sizes[safe], 0)
        for rank, valid in enumerate((usable & up & down, usable & (up | down))):
            if valid.any():
                flat = np.flatnonzero(valid)
                i = flat[np.lexsort((loss.ravel()[flat], cost.ravel()[flat]))[0]]
                score = (rank, int(cost.ravel()[i]), float(loss.ravel()[i]))
                if best is None or score < best[0]:
                    best = (score, np.array([p, *(int(c.ravel()[i]) for c in corners)], dtype=np.int64))
                break
    return best
