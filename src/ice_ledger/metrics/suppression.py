"""Small-cell suppression for every public table: primary cells below a threshold, plus complementary cells.

A breakdown table is published together with its margins (any coarser breakdown of the same metric can be
asked for), so hiding a small cell is not enough: if a row total is public and only one cell of the row is
hidden, subtraction gives it back. The model: every margin (the sum over any subset of the breakdowns) that
is visible in the margin's own suppressed table is public. Complementary cells are added until no primary cell
is determined by the published cells and margins — checked exactly with linear algebra: a hidden cell is recoverable by
subtraction iff it is fixed on the null space of the margin equations restricted to the hidden cells.

It scales with the table: the equations split into independent blocks (hidden cells linked by shared margins)
and each block is solved alone; a two-way table (the common case: `--by facility --by month`) needs no matrix at
all — its hidden cells are the edges of a graph between row and column margins, and a cell is fixed exactly when
its edge is a bridge (on no cycle), found in linear time (the hypercube/network view of τ-ARGUS and sdcMicro).

Declared coarsenings (functional dependencies between breakdowns: a month determines its fiscal year and its
calendar year) make breakdowns margins of each other, not extra dimensions. In a fiscal_year x month table the
"month margin" is the table itself, so it is not a constraint: treating it as one (suppressed on its own, with
other complementary cells) made every hidden cell look recoverable and hid the whole table. Instead the coarser
breakdowns a dimension implies are added as published margins of every table holding it, whether or not they
are in `by`: the table by month and the table by fiscal_year x month are then the same problem, suppressed the
same way, and protected against the fiscal-year and calendar-year totals anyone can ask for. Dependencies that
merely happen in the data are not declared and stay ordinary margins (safe: their own tables may differ).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.linalg import svd
from scipy.optimize import linprog
from threadpoolctl import threadpool_limits

from ice_ledger.fiscal import fiscal_year
from ice_ledger.metrics import hypercube
from ice_ledger.metrics.stopping import Deadline, deadline_scope, stopper

_NA_KEY = "\x00<null>"
# The exact check of a block costs m·n·min(m, n) (m margins, n hidden cells); past this much work for one table the
# table is hidden whole instead (never published unprotected, and never minutes of a request). Work, not time,
# so the same table is always suppressed the same way.
MAX_EXACT_WORK = 4e10


class _TooLarge(Exception):
    """A block of linked hidden cells too large to check exactly in bounded time."""


@dataclass(frozen=True)
class SuppressionReport:
    threshold: int
    primary: int
    complementary: int
    # Small cells the coarser tables give away whatever this one hides (a linear program's smallest and largest
    # value of the cell, with the whole table hidden, at most 0.5 apart). Tables of three or more breakdowns:
    # exact; when the empty combinations had to be hidden too it may count more, never fewer (hiding them can
    # only widen a cell's range). Tables of one or two breakdowns report 0: they are protected by hiding more.
    pinned_by_margins: int = 0

    @property
    def total(self) -> int:
        return self.primary + self.complementary

    def note(self) -> str | None:
        if not self.total:
            return None
        note = (f"{self.total} cell(s) suppressed: {self.primary} below the minimum cell size of {self.threshold}, "
                f"{self.complementary} more so that published totals cannot reveal them")
        if self.pinned_by_margins:
            note += (f"; {self.pinned_by_margins} of the small cells can still be worked out from the totals of "
                     "coarser breakdowns (published on their own), whatever this table hides")
        return note


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


_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def _month_coarsenings(values: pd.Series) -> dict[str, list[str]] | None:
    """Fiscal and calendar year of each 'YYYY-MM' month (ice_ledger.fiscal), or None if any month is not one.

    A NULL or unreadable month has no known year, and a published year total may include it: the implied
    margins are then left out (the breakdowns actually requested are still margins)."""
    fy, cy = [], []
    for v in values.tolist():
        m = _MONTH.match(v) if isinstance(v, str) else None
        if m is None or not 1 <= int(m.group(2)) <= 12:
            return None
        year, month = int(m.group(1)), int(m.group(2))
        fy.append(str(fiscal_year(dt.date(year, month, 1))))
        cy.append(str(year))
    return {"fiscal_year": fy, "calendar_year": cy}


# breakdown -> the coarser breakdowns it determines, computed from its values (None: not for these values)
COARSENINGS = {"month": _month_coarsenings}


def _coarsenings(frame: pd.DataFrame, by: Sequence[str]) -> dict[str, dict[str, list[str]]]:
    """For each breakdown of `by` with declared coarsenings that hold for every cell: {coarser: values}."""
    out = {}
    for dim, fn in COARSENINGS.items():
        if dim in by and (implied := fn(frame[dim])) is not None:
            out[dim] = implied
    return out


def implied_dimensions(frame: pd.DataFrame, by: Sequence[str]) -> tuple[pd.DataFrame, list[str]]:
    """The table with the coarser breakdowns its dimensions imply (month -> fiscal_year, calendar_year) as
    extra columns, and the extended dimension list. Breakdowns already in `by` are not added twice."""
    extra: dict[str, list[str]] = {}
    for implied in _coarsenings(frame, by).values():
        extra.update({k: v for k, v in implied.items() if k not in by and k not in frame.columns and k not in extra})
    if not extra:
        return frame, list(by)
    return frame.assign(**extra), [*by, *extra]


def _as_fine_as_table(dims: Sequence[str], by: Sequence[str], declared: dict[str, dict[str, list[str]]]) -> bool:
    """True when `dims` with what they determine by declaration covers `by`: that grouping is the table."""
    closure = set(dims)
    for dim, implied in declared.items():
        if dim in closure:
            closure |= set(implied)
    return closure >= set(by)


def margin_groups(frame: pd.DataFrame, by: Sequence[str]) -> list[tuple[tuple[str, ...], np.ndarray]]:
    """Every margin as (dims kept, group id per cell): each subset of `by` and of the breakdowns it implies
    by declaration, but those that determine every breakdown of `by` (month in a fiscal_year x month table):
    such a grouping is the table itself, not a margin."""
    ext, dims_all = implied_dimensions(frame, by)
    declared = _coarsenings(frame, by)
    keys = _keys(ext, dims_all)
    out = []
    for size in range(len(dims_all)):
        for dims in itertools.combinations(dims_all, size):
            if dims and _as_fine_as_table(dims, by, declared):
                continue
            ids = keys.groupby(list(dims), sort=False).ngroup().to_numpy() if dims else np.zeros(len(frame), int)
            out.append((dims, ids))
    return out


# From this many independent breakdowns on, complementary cells are chosen by hypercubes (metrics/hypercube.py):
# the exact check below grows with the square of the table and took minutes on three- and four-way tables.
BOX_DIMENSIONS = 3


@dataclass(frozen=True)
class BoxLayout:
    """A table as a k-way array: the independent breakdowns (those no other breakdown of `by` determines by
    declaration), each cell's level code along them, and the partner class of each level (levels sharing
    every coarser value they declare: a month's fiscal and calendar year)."""

    dims: list[str]
    codes: np.ndarray
    classes: list[np.ndarray]
    implied_by: dict[str, str]  # breakdown of `by` left out -> the breakdown that determines it


def box_layout(frame: pd.DataFrame, by: Sequence[str]) -> BoxLayout | None:
    """The hypercube view of a table with at least BOX_DIMENSIONS independent breakdowns, else None."""
    declared = _coarsenings(frame, by)
    implied_by = {c: dim for dim, implied in declared.items() for c in implied if c in by and c != dim}
    dims = [d for d in by if d not in implied_by]
    if len(dims) < BOX_DIMENSIONS:
        return None
    keys = _keys(frame, dims)
    codes = np.column_stack([keys.groupby([d], sort=True).ngroup().to_numpy() for d in dims]).astype(np.int64)
    classes = []
    for j, d in enumerate(dims):
        levels = np.zeros(int(codes[:, j].max()) + 1 if len(codes) else 0, dtype=np.int64)
        if d in declared:
            coarse = pd.DataFrame(declared[d])
            levels[codes[:, j]] = coarse.groupby(list(coarse.columns), sort=True).ngroup().to_numpy()
        classes.append(levels)
    return BoxLayout(dims, codes, classes, implied_by)


def _blocked(layout: BoxLayout, full: list[tuple[tuple[str, ...], int, np.ndarray]],
             n: int) -> dict[tuple[int, ...], np.ndarray]:
    """For each set D of box dimensions, the cells whose margin cell is published in a margin keeping all of D
    (a box along D cannot use them: that margin would see the move)."""
    published: dict[tuple[str, ...], np.ndarray] = {}
    for dims, _g, members in full:
        published.setdefault(dims, np.zeros(n, dtype=bool))[members] = True
    out = {}
    k = len(layout.dims)
    for size in range(1, k + 1):
        for box in itertools.combinations(range(k), size):
            names = {layout.dims[i] for i in box}
            mask = np.zeros(n, dtype=bool)
            for dims, cells in published.items():
                if names <= set(dims):
                    mask |= cells
            out[box] = mask
    return out


def _visible_margins(frame: pd.DataFrame, by: Sequence[str], threshold: int,
                     counts: Sequence[str]) -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    """For each margin (dims kept), the keys of its cells that its own suppressed table shows.

    The margin's own table is the one `suppress` publishes (`_published_mask`): when its margins pin one of its
    small cells it is suppressed again with the empty combinations added, which can leave cells visible that
    `hidden_mask` alone would hide. Modelling it with `hidden_mask` missed those published totals: boxes were
    accepted that a published margin sees, and small cells it gives away went unreported.
    """
    out: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    ext, dims_all = implied_dimensions(frame, by)
    keys = _keys(ext, dims_all)
    sums = pd.DataFrame({c: pd.to_numeric(frame[c], errors="coerce").fillna(0).to_numpy() for c in counts})
    for dims, _ids in margin_groups(frame, by):
        if not dims:
            out[dims] = set() if primary_mask(sums.sum().to_frame().T, threshold, counts).any() else {()}
            continue
        margin = pd.concat([keys[list(dims)], sums], axis=1).groupby(list(dims), sort=True).sum().reset_index()
        memo, key = _margin_memo.get(), (tuple(dims), threshold, tuple(counts))
        if memo is not None and key in memo:
            out[dims] = memo[key]
            continue
        shown, hidden, _primary, _pinned = _published_mask(margin, list(dims), threshold, counts)
        out[dims] = {tuple(r) for r in shown.loc[~hidden, list(dims)].itertuples(index=False)}
        if memo is not None:
            memo[key] = out[dims]
    return out


def published_constraints(frame: pd.DataFrame, by: Sequence[str], threshold: int,
                          count_columns: Sequence[str] = ("n_records",),
                          reference: pd.DataFrame | None = None) -> list[np.ndarray]:
    """Index arrays of the cells summed by each margin an outsider can see.

    A margin is the same metric broken down by fewer dimensions, and is published under the same rules, so
    the margin table is itself suppressed (recursively, from `reference`: the table as the metric returns
    it) and only its visible cells constrain this table. A margin cell absent from `reference` is a published
    zero.
    """
    return [members for _dims, _group, members in _constraints(frame, by, threshold, count_columns, reference)]


def _constraints(frame: pd.DataFrame, by: Sequence[str], threshold: int, count_columns: Sequence[str],
                 reference: pd.DataFrame | None) -> list[tuple[tuple[str, ...], int, np.ndarray]]:
    """(dims kept, group id, member cells) of every published margin cell (see `published_constraints`)."""
    counts = [c for c in count_columns if c in frame]
    ref = frame if reference is None else reference
    visible = _visible_margins(ref, by, threshold, counts)
    ref_ext, ref_dims = implied_dimensions(ref, by)
    ref_keys = _keys(ref_ext, ref_dims)
    present = {dims: {tuple(r) for r in ref_keys[list(dims)].drop_duplicates().itertuples(index=False)}
               for dims in visible}
    ext, dims_all = implied_dimensions(frame, by)
    keys = _keys(ext, dims_all)
    out = []
    for dims, ids in margin_groups(frame, by):
        members_of = pd.Series(np.arange(len(ids))).groupby(ids, sort=False).indices  # one pass, not one per group
        first = pd.DataFrame({"_g": ids}).join(keys[list(dims)]).drop_duplicates("_g").set_index("_g")
        for g, key in zip(first.index, first.itertuples(index=False), strict=True):
            key = tuple(key)
            if dims not in visible:
                continue  # not a margin of the reference table (e.g. its months are not all readable)
            if key in visible[dims] or key not in present[dims]:
                out.append((dims, int(g), np.asarray(members_of[g])))
    return out


def determined(hidden: np.ndarray, constraints: list[np.ndarray], values: np.ndarray | None = None,
               check: np.ndarray | None = None, budget: _Budget | None = None, by_lp: bool = False) -> np.ndarray:
    """Which hidden cells are fixed by the published margins (given every other cell is published).

    Exact by linear algebra when every hidden cell is positive (a free direction of the margin equations
    moves it both ways); with hidden zero cells, which can only grow, the cells in `check` are confirmed
    by linear programming (their smallest and largest feasible values). Solved block by block; a block seen
    before (the same hidden cells, cells checked and method) is not solved again.

    `by_lp` (needs `values`): every cell in `check` that the linear algebra leaves free gets its two linear
    programs, and is fixed when they differ by at most 0.5. A free direction of a three-way table's margins
    can move a cell much less than the other cells, so "free" alone does not say the cell moves by a unit.
    """
    budget = budget or _Budget()
    out = np.zeros_like(hidden)
    touching = [m[hidden[m]] for m in constraints]
    touching = [m for m in touching if len(m)]
    for cells, block in _blocks(hidden, touching):
        key = (cells.tobytes(), len(block), check[cells].tobytes() if check is not None else b"", by_lp)
        if key not in budget.seen:
            budget.spend(len(block) * len(cells) * min(len(block), len(cells)))
            budget.seen[key] = _determined_block(hidden, cells, block, values, check, budget.stop, by_lp)
        out[cells] |= budget.seen[key]
    return out


class _Budget:
    """Work spent on exact checks for one table, and the blocks already solved."""

    def __init__(self) -> None:
        self.work = 0.0
        self.seen: dict[tuple[bytes, int, bytes, bool], np.ndarray] = {}
        self.stop = stopper(what="small-cell suppression")

    def spend(self, work: float) -> None:
        self.stop()
        self.work += work
        if self.work > MAX_EXACT_WORK:
            raise _TooLarge


def _blocks(hidden: np.ndarray, touching: list[np.ndarray]) -> list[tuple[np.ndarray, list[np.ndarray]]]:
    """Independent blocks: hidden cells linked through the margins they share (connected components)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    if not touching:
        return []
    n = len(hidden)
    rows = np.concatenate([np.full(len(m), i) for i, m in enumerate(touching)])
    cols = np.concatenate(touching)
    incidence = coo_matrix((np.ones(len(rows)), (rows + n, cols)), shape=(n + len(touching), n + len(touching)))
    _, label = connected_components(incidence, directed=False)
    by_label: dict[int, list[np.ndarray]] = {}
    for m in touching:
        by_label.setdefault(int(label[m[0]]), []).append(m)
    return [(np.unique(np.concatenate(block)), block) for block in by_label.values()]


def _determined_block(hidden: np.ndarray, idx: np.ndarray, block: list[np.ndarray], values: np.ndarray | None,
                      check: np.ndarray | None, stop: Callable[[], None] | None = None,
                      by_lp: bool = False) -> np.ndarray:
    out = np.zeros_like(hidden)
    pos = np.full(len(hidden), -1)
    pos[idx] = np.arange(len(idx))
    a = np.zeros((len(block), len(idx)))
    for r, members in enumerate(block):
        a[r, pos[members]] = 1.0
    out[idx] = ~_free_cells(a)
    if values is not None and (by_lp or (values[idx] == 0).any()):
        _confirm_by_lp(out, hidden, idx, a, pos, values, check, stop, shortcut=not by_lp)
    return out[idx]


def _row_space(a: np.ndarray) -> np.ndarray:
    """An orthonormal basis of the row space of `a` (rank × cells), by the economic SVD."""
    _, s, vt = svd(a, full_matrices=False, lapack_driver="gesdd")
    rank = int((s > max(a.shape) * np.finfo(float).eps * (s[0] if len(s) else 0.0)).sum())
    return np.asarray(vt[:rank])


def _free_cells(a: np.ndarray) -> np.ndarray:
    """Cells (columns of `a`) that some null vector moves: those outside the row space of the equations.

    Cell i is fixed iff the unit vector e_i lies in the row space, i.e. its projection there has length 1. The
    economic SVD gives an orthonormal basis of the row space at O(m·n·min(m, n)) cost and memory m·n, where
    the full null space needed an n×n matrix.
    """
    basis = _row_space(a)
    inside = (basis ** 2).sum(axis=0) if len(basis) else np.zeros(a.shape[1])
    return np.asarray(inside < 1 - 1e-9)


def _moves_half_a_unit(basis: np.ndarray, x: np.ndarray, p: int) -> bool:
    """A sufficient test that cell p's feasible range is wider than 0.5, without a linear program.

    d = e_p minus its projection on the row space is a null vector with d_p = 1 - |projection|² > 0; x ± t·d
    stays non-negative for t up to min x_j / |d_j|, so cell p moves 2·d_p·t in all."""
    d = -(basis.T @ basis[:, p]) if len(basis) else np.zeros(len(x))
    d[p] += 1.0
    moving = np.abs(d) > 1e-12
    if not moving[p]:
        return False
    t = float(np.min(x[moving] / np.abs(d[moving])))
    return 2 * d[p] * t > 0.5 + 1e-6


def _confirm_by_lp(out: np.ndarray, hidden: np.ndarray, idx: np.ndarray, a: np.ndarray, pos: np.ndarray,
                   values: np.ndarray, check: np.ndarray | None, stop: Callable[[], None] | None = None,
                   shortcut: bool = True) -> None:
    """Cells free on the null space but pinned by non-negativity (a hidden zero can only grow).

    `shortcut`: a cell that moves while the hidden zeros stay put is taken as free without its linear programs;
    without it a cell is taken as free only when a null vector provably moves it by more than 0.5 in all
    (`_moves_half_a_unit`), and the others get their linear programs."""
    b = a @ values[idx]
    # A cell that moves while every hidden zero stays at zero is free both ways: the margin equations have
    # 0/±1 circuits (exactly so for two-way tables), so it moves by at least 1 in each direction before a
    # positive integer cell reaches zero. Only the other cells need their two linear programs.
    positive = values[idx] > 0
    free_alone = np.zeros(len(idx), dtype=bool)
    if shortcut and positive.any():
        free_alone[positive] = _free_cells(a[:, positive])
    basis = _row_space(a) if not shortcut else None
    for cell in np.flatnonzero(hidden & ~out & (check if check is not None else hidden)):
        if pos[cell] < 0 or free_alone[pos[cell]]:
            continue
        if basis is not None and _moves_half_a_unit(basis, values[idx].astype(float), int(pos[cell])):
            continue
        if stop is not None:
            stop()
        c = np.zeros(len(idx))
        c[pos[cell]] = 1.0
        lo = linprog(c, A_eq=a, b_eq=b, bounds=[(0, None)] * len(idx))
        hi = linprog(-c, A_eq=a, b_eq=b, bounds=[(0, None)] * len(idx))
        if lo.status == 0 and hi.status == 0 and (-hi.fun) - lo.fun <= 0.5 + 1e-9:  # as tests/metrics attack
            out[cell] = True


def determined_two_way(hidden: np.ndarray, constraints: list[tuple[tuple[str, ...], int, np.ndarray]],
                       by: Sequence[str], row_of: np.ndarray, col_of: np.ndarray) -> np.ndarray:
    """`determined` for a two-way table without hidden zeros, in linear time.

    Hidden cells are edges between their row margin and their column margin. An unpublished row margin joins
    the other unpublished rows in one vertex (which the grand total, when published, still constrains; if not,
    unpublished rows and columns are one free vertex). Values are fixed exactly on edges that lie on no cycle:
    the bridges of that multigraph.
    """
    rows_published = {g for dims, g, _ in constraints if dims == (by[0],)}
    cols_published = {g for dims, g, _ in constraints if dims == (by[1],)}
    total_published = any(dims == () for dims, _, _ in constraints)
    cells = np.flatnonzero(hidden)
    n_rows = int(row_of.max()) + 1 if len(row_of) else 0
    free_row = n_rows  # vertex of the unpublished rows
    n_cols = int(col_of.max()) + 1 if len(col_of) else 0
    col_base = n_rows + 1
    free_col = col_base + n_cols if total_published else free_row
    edges_u = np.array([row_of[c] if row_of[c] in rows_published else free_row for c in cells], dtype=np.int64)
    edges_v = np.array([col_base + col_of[c] if col_of[c] in cols_published else free_col for c in cells],
                       dtype=np.int64)
    bridge = _bridges(col_base + n_cols + 1, edges_u, edges_v)
    out = np.zeros_like(hidden)
    out[cells[bridge]] = True
    return out


def _bridges(n: int, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Bridges of an undirected multigraph (edge i joins u[i] and v[i]): iterative Tarjan, linear time."""
    adjacency: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for e, (a, b) in enumerate(zip(u.tolist(), v.tolist(), strict=True)):
        adjacency[a].append((b, e))
        adjacency[b].append((a, e))
    order = [-1] * n
    low = [0] * n
    is_bridge = np.zeros(len(u), dtype=bool)
    counter = 0
    for root in range(n):
        if order[root] != -1 or not adjacency[root]:
            continue
        order[root] = low[root] = counter
        counter += 1
        stack: list[tuple[int, int, int]] = [(root, -1, 0)]  # (vertex, edge it was reached by, next neighbour)
        while stack:
            vertex, via, i = stack[-1]
            if i < len(adjacency[vertex]):
                stack[-1] = (vertex, via, i + 1)
                nxt, e = adjacency[vertex][i]
                if e == via:
                    continue  # the edge back to the parent (a parallel edge has another id and counts)
                if order[nxt] == -1:
                    order[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append((nxt, e, 0))
                else:
                    low[vertex] = min(low[vertex], order[nxt])
            else:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[vertex])
                    if low[vertex] > order[parent]:
                        is_bridge[via] = True
    return is_bridge


def hidden_mask(frame: pd.DataFrame, by: Sequence[str], threshold: int,
                count_columns: Sequence[str] = ("n_records", "numerator")) -> np.ndarray:
    """Primary plus complementary cells of a table (the mask `suppress` blanks)."""
    return complementary(frame, by, primary_mask(frame, threshold, count_columns), threshold, count_columns)[0]


def complementary(frame: pd.DataFrame, by: Sequence[str], primary: np.ndarray, threshold: int,
                  count_columns: Sequence[str] = ("n_records", "numerator"),
                  reference: pd.DataFrame | None = None) -> tuple[np.ndarray, bool]:
    """The primary cells plus enough other cells that no primary cell can be recovered from the margins.

    Returns the mask and whether it protects every primary cell (False: even hiding the whole table does not,
    because the margins pin a cell; `suppress` then also hides the empty combinations).
    """
    hidden, protected, _pinned = _complementary(frame, by, primary, threshold, count_columns, reference)
    return hidden, protected


_margin_memo: ContextVar[dict[tuple[object, ...], set[tuple[str, ...]]] | None] = ContextVar("_margin_memo",
                                                                                              default=None)


@contextlib.contextmanager
def _one_table() -> Iterator[None]:
    """The margin tables of one published table are suppressed once, however deep the recursion asks."""
    token = _margin_memo.set({}) if _margin_memo.get() is None else None
    try:
        yield
    finally:
        if token is not None:
            _margin_memo.reset(token)


def _complementary(frame: pd.DataFrame, by: Sequence[str], primary: np.ndarray, threshold: int,
                   count_columns: Sequence[str], reference: pd.DataFrame | None,
                   ) -> tuple[np.ndarray, bool, np.ndarray]:
    """`complementary`, and the small cells of a table of three or more breakdowns that the margins pin
    whatever this table hides (the coarser tables give them away: they stay hidden, and are reported)."""
    with _one_table():
        return _complementary_in(frame, by, primary, threshold, count_columns, reference)


def _complementary_in(frame: pd.DataFrame, by: Sequence[str], primary: np.ndarray, threshold: int,
                      count_columns: Sequence[str], reference: pd.DataFrame | None,
                      ) -> tuple[np.ndarray, bool, np.ndarray]:
    hidden = primary.copy()
    pinned = np.zeros_like(primary)
    if not by or not primary.any():
        return hidden, True, pinned
    sizes = pd.to_numeric(frame["n_records"], errors="coerce").fillna(0).to_numpy()
    full = _constraints(frame, by, threshold, count_columns, reference)
    constraints = [members for _d, _g, members in full]
    budget = _Budget()
    if (layout := box_layout(frame, by)) is not None:
        boxes = hypercube.protect(layout.codes, layout.classes, primary, sizes, _blocked(layout, full, len(frame)),
                                  stop=budget.stop)
        hidden = boxes.hidden
        if not boxes.unprotected.any():
            return hidden, True, pinned
        # A small cell no box protects. If the margins pin it even with the whole table hidden, hiding more
        # here is no use (the coarser tables give it away); the others go to the exact check below. Each is
        # decided by its two linear programs (not the null space alone), so the count reported is exact: a box
        # moves the cells it protects by at least 1 each way, so no other small cell can be pinned.
        try:
            pinned = determined(np.ones_like(primary), constraints, sizes, boxes.unprotected, budget, by_lp=True)
        except _TooLarge:
            return np.ones_like(primary), True, pinned
        pinned &= boxes.unprotected
        primary = primary & ~pinned
    of_cell: list[list[int]] = [[] for _ in range(len(frame))]  # the constraints each cell is in
    for i, members in enumerate(constraints):
        for m in members.tolist():
            of_cell[m].append(i)
    two_way = None
    if len(by) == 2 and {d for d, _g, _m in full} <= {(), (by[0],), (by[1],)}:
        keys = _keys(frame, by)
        two_way = (keys.groupby([by[0]], sort=False).ngroup().to_numpy(),
                   keys.groupby([by[1]], sort=False).ngroup().to_numpy())
    hidden_count = np.array([int(hidden[m].sum()) for m in constraints])

    def hide(cell: int) -> None:
        hidden[cell] = True
        for i in of_cell[cell]:
            hidden_count[i] += 1

    stop = budget.stop
    while True:
        stop()
        # Fast pass: a published margin with exactly one hidden cell gives it away; hide its smallest sibling.
        queue = [i for i in range(len(constraints)) if hidden_count[i] == 1 and len(constraints[i]) > 1]
        while queue:
            i = queue.pop()
            members = constraints[i]
            if hidden_count[i] != 1 or len(members) < 2:
                continue
            candidates = members[~hidden[members]]
            cell = int(candidates[np.argmin(sizes[candidates])])
            hide(cell)
            queue.extend(j for j in of_cell[cell] if hidden_count[j] == 1)
        # Exact pass: a primary cell fixed by a combination of margins (e.g. a bridge between two blocks).
        if two_way is not None and not (sizes[hidden] == 0).any():
            fixed = determined_two_way(hidden, full, by, *two_way)
        else:
            try:
                fixed = determined(hidden, constraints, sizes, primary, budget)
            except _TooLarge:
                hidden[:] = True
                return hidden, True, pinned
        exposed = np.flatnonzero(fixed & primary)
        if len(exposed) == 0:
            return hidden, True, pinned
        added = False
        for cell in exposed.tolist():
            for i in of_cell[cell]:
                members = constraints[i]
                if (~hidden[members]).any():
                    candidates = members[~hidden[members]]
                    hide(int(candidates[np.argmin(sizes[candidates])]))
                    added = True
                    break
        if not added:
            hidden[:] = True
            return hidden, False, pinned


MAX_GRID = 20_000


def _complete_grid(frame: pd.DataFrame, by: Sequence[str], count_columns: Sequence[str]) -> pd.DataFrame | None:
    """The table with every absent combination of the breakdown values added as a zero cell."""
    levels = [frame[b].drop_duplicates().tolist() for b in by]
    if np.prod([len(v) for v in levels]) > MAX_GRID:
        return None
    grid = pd.DataFrame(list(itertools.product(*levels)), columns=list(by))
    keyed = frame.assign(_present=True)
    full = grid.merge(keyed, on=list(by), how="left")
    for c in count_columns:
        if c in full:
            full[c] = pd.to_numeric(full[c], errors="coerce").fillna(0)
    return full


def suppress(frame: pd.DataFrame, by: Sequence[str], threshold: int,
             count_columns: Sequence[str] = ("n_records", "numerator"),
             blank_columns: Sequence[str] = ("value", "n_records", "numerator", "denominator"),
             *, deadline: Deadline = None) -> tuple[pd.DataFrame, SuppressionReport]:
    """Blank suppressed cells (the row stays, flagged `suppressed`), and report how many and why.

    When the margins would pin a small cell however many cells are hidden, the empty combinations are added
    as hidden cells too (an outsider can no longer tell they are zero); those rows carry no value.
    `deadline` (a `time.monotonic()` value or a callable answering True to stop; see metrics/stopping.py)
    stops the work with `ComputationStopped`.
    """
    # One BLAS thread: the matrices here are small and many, and on a busy machine a multi-threaded BLAS spends
    # its time waiting for its threads (an SVD of 300 x 150 cells: 2.5 s with the default threads, 0.03 s alone).
    with deadline_scope(deadline), threadpool_limits(1, user_api="blas"):
        return _suppress(frame, by, threshold, count_columns, blank_columns)


def _suppress(frame: pd.DataFrame, by: Sequence[str], threshold: int, count_columns: Sequence[str],
              blank_columns: Sequence[str]) -> tuple[pd.DataFrame, SuppressionReport]:
    out, hidden, primary, pinned = _published_mask(frame, by, threshold, count_columns)
    return _blank(out.copy() if out is frame else out, hidden, primary, threshold, blank_columns, int(pinned.sum()))


def _published_mask(frame: pd.DataFrame, by: Sequence[str], threshold: int, count_columns: Sequence[str],
                    ) -> tuple[pd.DataFrame, np.ndarray, np.ndarray, np.ndarray]:
    """The rows `suppress` publishes (the table, plus hidden empty combinations when the margins would pin a
    small cell however many cells are hidden), their hidden and primary masks, and the pinned small cells."""
    with _one_table():
        primary = primary_mask(frame, threshold, count_columns)
        hidden, protected, pinned = _complementary(frame, by, primary, threshold, count_columns, None)
        out = frame
        if not protected:
            full = _complete_grid(frame, by, count_columns)
            if full is not None:
                full_primary = primary_mask(full, threshold, count_columns)
                full_hidden, _ = complementary(full, by, full_primary, threshold, count_columns, reference=frame)
                present = full["_present"].eq(True).to_numpy()
                keep = present | full_hidden
                out = full.loc[keep].drop(columns="_present").reset_index(drop=True)
                hidden = full_hidden[keep]
                primary = full_primary[keep]
                for c in out.columns:
                    if c in frame and c not in by:
                        out[c] = out[c].astype(frame[c].dtype) if not out[c].isna().any() else out[c]
                out = out.sort_values(list(by), na_position="last", kind="stable")
                order = out.index.to_numpy()
                out, hidden, primary = out.reset_index(drop=True), hidden[order], primary[order]
    return out, hidden, primary, pinned


def _blank(out: pd.DataFrame, hidden: np.ndarray, primary: np.ndarray, threshold: int,
           blank_columns: Sequence[str], pinned: int = 0) -> tuple[pd.DataFrame, SuppressionReport]:
    for c in blank_columns:
        if c in out:
            kind = out[c].dtype.kind
            out[c] = out[c].astype("Int64" if kind in "iu" else "Float64" if kind == "f" else out[c].dtype)
            out.loc[hidden, c] = pd.NA
    out["suppressed"] = hidden
    return out, SuppressionReport(threshold, int(primary.sum()), int((hidden & ~primary).sum()), pinned)

