"""Check and shape a unit × period panel for staggered-adoption estimators.

Every row or unit the estimators cannot use is counted in `PreparedPanel.excluded` with its reason, so a reader
sees what the estimate rests on (flag, never silently drop).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd

from ice_ledger.errors import IceLedgerError

# Internal column names: user names may contain spaces or formula operators.
UNIT, TIME, Y, G, D, REL, CLUSTER = "u_", "t_", "y_", "g_", "d_", "rel_", "cl_"
# Relative period without the display window's end bins (estimators that must not depend on the window).
REL_ALL = "rel_all_"
# Integer codes of unit, period and cluster (sorted), made once: the estimators index arrays with them.
UID, TID, CID = "uid_", "tid_", "cid_"
NEVER = np.inf
# A treated unit seen untreated only once fits its own level exactly: the imputation's first stage drops it as a
# singleton and it says nothing about pre-trends, so at least two untreated periods are required.
MIN_PRE = 2


class EffectInputError(IceLedgerError):
    """A panel that the effect estimators cannot use (missing column, no comparison units, ...)."""


@dataclass
class PreparedPanel:
    """A validated panel with internal column names, plus what was set aside and why.

    `data` holds integer codes (0..n-1; periods in time order, units and clusters as `_factorize` orders them)
    made once here with vectorised numpy; the estimators index arrays with them instead of grouping strings.
    """

    data: pd.DataFrame
    covariates: list[str]
    names: dict[str, str]
    excluded: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    cluster_labels: pd.Index | None = None  # the cluster of each cluster code
    regular: bool | None = None  # the rows are the unit × period grid in unit-major order (None: not checked)
    _arrays: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    def cluster_rank(self) -> np.ndarray | None:
        """Each cluster code's place in the sorted order of the cluster labels (None: the codes are that order).

        The bootstraps draw one weight per cluster in this order, so a panel's row order (which sets the codes of
        text ids) never changes their draws."""
        labels = self.cluster_labels
        if labels is None:
            return None
        try:
            order = np.asarray(labels.argsort())
        except TypeError:  # labels of mixed types: order them as text
            order = np.asarray(labels.astype(str).argsort())
        if (order == np.arange(len(order))).all():
            return None
        rank = np.empty(len(order), np.int64)
        rank[order] = np.arange(len(order))
        return rank

    def array(self, col: str) -> np.ndarray:
        """A column of `data` as numpy (read once; the checks and summaries index it repeatedly)."""
        if col not in self._arrays:
            self._arrays[col] = self.data[col].to_numpy()
        return self._arrays[col]

    @cached_property
    def n_units(self) -> int:
        return int(self.array(UID).max()) + 1

    def _per_unit(self, col: str) -> np.ndarray:
        """One value of a unit-constant column per unit code."""
        uid = self.array(UID)
        out = np.empty(self.n_units, dtype=self.array(col).dtype)
        out[uid] = self.array(col)
        return out

    @cached_property
    def treated_units(self) -> int:
        return int(np.count_nonzero(np.bincount(self.array(UID)[self.array(D) == 1])))

    @cached_property
    def control_units(self) -> int:
        """Units never treated inside the window (never-treated or treated only after it)."""
        return int((~np.isfinite(self._per_unit(G))).sum())

    @cached_property
    def clusters(self) -> int:
        return int(self.array(CID).max()) + 1

    @cached_property
    def treated_clusters(self) -> int:
        return int(np.count_nonzero(np.bincount(self.array(CID)[self.array(D) == 1])))

    @cached_property
    def periods(self) -> list[int]:
        """The periods present, in order (from the period codes: no sort of the rows)."""
        tid = self.array(TID)
        values = np.empty(int(tid.max()) + 1, np.int64)
        values[tid] = self.array(TIME)
        return [int(t) for t in values]

    def cohorts(self) -> dict[int, int]:
        """First treated period → number of units."""
        g = self._per_unit(G)
        values, counts = np.unique(g[np.isfinite(g)], return_counts=True)
        return {int(k): int(v) for k, v in zip(values, counts, strict=True)}

    def pre_periods(self) -> pd.Series:
        """Observed untreated periods per treated unit (what its counterfactual is learned from)."""
        uid = self.array(UID)
        pre = np.bincount(uid[self.array(D) == 0], minlength=self.n_units)
        treated = np.flatnonzero(np.isfinite(self._per_unit(G)))
        return pd.Series(pre[treated], index=treated)


def prepare(panel: pd.DataFrame, unit: str, time: str, outcome: str, first_treated: str, *,
            cluster: str | None = None, covariates: Sequence[str] = (), min_pre: int = MIN_PRE,
            window: tuple[int, int] = (-5, 5)) -> PreparedPanel:
    """Validate the panel and build the treatment indicator and binned relative time.

    `first_treated` holds the first period a unit is treated; NaN, 0 or +inf means never treated. Treatment is
    absorbing (once treated, always treated), as all three estimators assume.
    """
    cluster = cluster or unit
    needed = [unit, time, outcome, first_treated, cluster, *covariates]
    missing = [c for c in dict.fromkeys(needed) if c not in panel.columns]
    if missing:
        raise EffectInputError(f"panel has no column(s) {', '.join(map(repr, missing))}; "
                               f"columns are: {', '.join(map(str, panel.columns))}")
    if panel.empty:
        raise EffectInputError("panel is empty")
    lo, hi = window
    if not (lo <= -2 and hi >= 0):
        raise EffectInputError(f"event window {window} must include at least period -2 and period 0")
    u, unit_labels = _factorize(panel[unit])
    t_col = panel[time]
    t = t_col.to_numpy(dtype=np.int64) if pd.api.types.is_integer_dtype(t_col.dtype) and not t_col.hasnans else \
        _numeric(t_col, time)
    y = _numeric(panel[outcome], outcome, allow_missing=True)
    g = _numeric(panel[first_treated], first_treated, allow_missing=True)
    cl, cluster_labels = (u, unit_labels) if cluster == unit else _factorize(panel[cluster])
    X = np.column_stack([_numeric(panel[c], c, allow_missing=True) for c in covariates]) if covariates else \
        np.zeros((len(panel), 0))
    covs = [f"x{i}_" for i in range(len(covariates))]
    excluded: dict[str, int] = {}
    notes: list[str] = []

    if np.isnan(y).all():
        raise EffectInputError(f"outcome {outcome!r} is missing in every row")
    if t.dtype.kind == "f":
        if (t != np.round(t)).any():
            raise EffectInputError(f"time column {time!r} must hold whole periods (e.g. years)")
        t = t.astype(np.int64)
    tc, _ = _int_codes(t)
    n_units, n_periods = len(unit_labels), int(tc.max()) + 1
    # A balanced panel sorted by unit and period is the grid itself (no duplicate possible, checked by two
    # reshapes); any other needs the count of distinct unit × period cells.
    grid = is_regular(u, tc, n_units, n_periods)
    dups = 0 if grid else len(u) - _distinct(u * n_periods + tc, n_units * n_periods)
    if dups:
        raise EffectInputError(f"{dups} duplicate ({unit}, {time}) rows: the panel needs one row per unit "
                               "and period")
    g = np.where(np.isnan(g) | (g == 0), NEVER, g)  # a new array: the caller's frame is never written
    if grid:  # each unit's rows are one row of the grid: compare them with its first
        by_unit = g.reshape(n_units, n_periods)
        g_unit = by_unit[:, 0].copy()
        varying = np.flatnonzero(g != np.take(g_unit, u)) if (by_unit != g_unit[:, None]).any() else ()
    else:
        g_unit = np.empty(n_units)
        g_unit[u] = g
        varying = np.flatnonzero(g != np.take(g_unit, u))
    if len(varying):
        units_varying = np.unique(u[varying])
        raise EffectInputError(f"{first_treated!r} varies within unit for {len(units_varying)} unit(s) "
                               f"(e.g. {unit_labels[units_varying[0]]!r}); it must be one value per unit")
    if cl is not u:
        cl_unit = np.empty(n_units, np.int64)
        cl_unit[u] = cl
        if (cl.reshape(n_units, n_periods) != cl_unit[:, None]).any() if grid else (cl != np.take(cl_unit, u)).any():
            raise EffectInputError(f"cluster {cluster!r} must be constant within each unit")

    rows: dict[str, np.ndarray] = {"u": u, "t": t, "tc": tc, "y": y, "g": g, "cl": cl, "X": X}
    dropped = False  # while no row is set aside, the codes made above are already compact

    def keep(mask: np.ndarray) -> None:
        nonlocal dropped
        dropped = True
        for k in rows:
            rows[k] = rows[k][mask]

    nan_rows = np.isnan(y)
    if covariates:
        nan_rows |= np.isnan(X).any(axis=1)
    if nan_rows.any():
        excluded["rows with missing outcome or covariate"] = int(nan_rows.sum())
        keep(~nan_rows)

    # A unit seen once has no within-unit variation; the fixed-effects fits drop it, so drop it here, counted.
    per_unit = np.full(n_units, n_periods) if grid and not dropped else np.bincount(rows["u"], minlength=n_units)
    if (per_unit == 1).any():
        once = np.take(per_unit == 1, rows["u"])
        excluded["units observed in only one period"] = int(once.sum())
        keep(~once)

    # Units treated after the last observed period are controls inside the window (checked unit by unit first:
    # the never-treated, at +inf, are "later" too but need nothing).
    t_max = rows["t"].max()
    if (np.isfinite(g_unit) & (g_unit > t_max)).any():
        rows["g"] = np.where(rows["g"] > t_max, NEVER, rows["g"])

    # A treated unit needs untreated periods to learn its own level from.
    u, t, g = rows["u"], rows["t"], rows["g"]
    d = t >= g
    on_grid = grid and not dropped  # still every unit × period cell, unit-major: sums by unit are reshapes
    if on_grid:
        pre = n_periods - np.count_nonzero(d.reshape(n_units, n_periods), axis=1)
        g_unit = g[::n_periods].copy()
    else:
        pre = np.bincount(u, weights=~d, minlength=n_units)
        g_unit = np.full(n_units, NEVER)
        g_unit[u] = g
    need = max(min_pre, MIN_PRE)
    short = np.isfinite(g_unit) & (pre < need)
    if short.any():
        excluded[f"treated units with fewer than {need} observed pre-treatment periods"] = int(short.sum())
        keep(~np.take(short, u))

    g = rows["g"]
    if not np.isfinite(g).any():
        raise EffectInputError("no treated units remain: every unit is never treated, or treated before the "
                               "panel starts")
    if np.isfinite(g).all():
        g_last = g.max()
        cut = rows["t"] >= g_last
        if cut.all():
            raise EffectInputError("no never-treated or not-yet-treated units to compare with")
        reason = f"rows from {int(g_last)} on (no never-treated units; the last cohort is the control)"
        excluded[reason] = int(cut.sum())
        notes.append(f"no never-treated units: the cohort first treated in {int(g_last)} serves as the control, "
                     f"so periods from {int(g_last)} on are not used")
        keep(~cut)
        rows["g"] = np.where(rows["g"] == g_last, NEVER, rows["g"])
        if not np.isfinite(rows["g"]).any():
            raise EffectInputError("no never-treated or not-yet-treated units to compare with: all units are "
                                   "treated at the same time")

    if rows["t"] is not t or rows["g"] is not g:  # rows set aside or cohorts recoded since
        d = rows["t"] >= rows["g"]
    tc = rows["tc"]
    if grid and not dropped:
        untreated_per_period = n_units - np.count_nonzero(d.reshape(n_units, n_periods), axis=0)
    else:
        untreated_per_period = np.bincount(tc, weights=~d, minlength=n_periods)
    if (untreated_per_period == 0).any():
        empty = np.take(untreated_per_period == 0, tc)
        excluded["rows in periods with no untreated unit"] = int(empty.sum())
        keep(~empty)
        d = d[~empty]
    if dropped:  # renumber what remains 0..k-1 (units, periods or clusters may have gone)
        uid, tid = _compact(rows["u"]), _compact(rows["tc"])
        cid, kept = _int_codes(rows["cl"])
        cluster_labels = cluster_labels.take(kept)
        if cluster == unit:
            cid = uid
    else:
        uid, tid, cid = rows["u"], rows["tc"], rows["cl"]
    t, g = rows["t"], rows["g"]
    treated = np.isfinite(g)
    rel = np.full(len(t), -1, np.int64)
    np.subtract(t, g, out=rel, where=treated, casting="unsafe")
    # copy=False: the arrays are fresh, so the frame keeps them as they are instead of copying them into blocks.
    data = pd.DataFrame({UNIT: uid, TIME: t, Y: rows["y"], G: g, CLUSTER: cid,
                         **{c: rows["X"][:, i] for i, c in enumerate(covs)},
                         D: d.astype(np.int64), REL_ALL: rel, UID: uid, TID: tid, CID: cid,
                         REL: np.clip(rel, lo, hi)}, copy=False)
    prepared = PreparedPanel(data, covs,
                             {"unit": unit, "time": time, "outcome": outcome, "first_treated": first_treated,
                              "cluster": cluster}, excluded, notes, cluster_labels,
                             regular=grid if not dropped else is_regular(uid, tid, int(uid.max()) + 1,
                                                                         int(tid.max()) + 1))
    n_treated = prepared.treated_units
    if n_treated == 0:
        raise EffectInputError("no treated unit-periods remain after the checks above")
    if n_treated == 1:
        raise EffectInputError("only one treated unit: an effect could be estimated but its uncertainty cannot "
                               "(cluster-robust inference needs several treated units)")
    return prepared


def _factorize(s: pd.Series) -> tuple[np.ndarray, pd.Index]:
    """Integer codes 0..k-1: integers in sorted order, a categorical's in its categories' order, text in order of
    first appearance (missing values form one group of their own); the labels stay a pandas Index (only an error
    message reads one).

    Integer and categorical ids need no hashing (offsets from the smallest value / the category codes)."""
    if isinstance(s.dtype, pd.CategoricalDtype) and not s.hasnans:
        codes, present = _int_codes(s.cat.codes.to_numpy(dtype=np.int64))
        return codes, pd.Index(s.cat.categories).take(present)
    if pd.api.types.is_integer_dtype(s.dtype) and not s.hasnans:
        codes, labels = _int_codes(s.to_numpy(dtype=np.int64))
        return codes, pd.Index(labels)
    # Text ids in order of first appearance: no sort, and a panel sorted by unit keeps its units' codes
    # increasing down the rows (the fits' grid path), whatever the ids' own order ("u99" < "u100" or not).
    runs = _text_runs(s)
    if runs is not None:
        return runs
    codes, labels = pd.factorize(s, sort=False, use_na_sentinel=False)
    return np.asarray(codes, dtype=np.int64), pd.Index(labels)


def _text_runs(s: pd.Series) -> tuple[np.ndarray, pd.Index] | None:
    """`pd.factorize(s, sort=False)` of Arrow-backed text without nulls, hashing one id per run of equal ids
    instead of one per row: a panel sorted by unit has one run per unit, a tenth of its rows at 10 periods. When
    the runs' ids are strictly increasing (ids sorted as text) they are all distinct and need no hashing at all.
    None: not Arrow text, with nulls, or in runs too short to gain anything (pd.factorize handles those)."""
    arrow = getattr(s.array, "__arrow_array__", None)
    if arrow is None or not pd.api.types.is_string_dtype(s.dtype) or s.hasnans or len(s) < 2:
        return None
    import pyarrow as pa
    import pyarrow.compute as pc

    # Arrow's own allocator (mimalloc) costs tens of ms of system time the first time it serves arrays this
    # size in a process; the C allocator, tuned by effects.memory while an estimate runs, does not.
    pool = pa.system_memory_pool()
    chunked = arrow()
    flat = chunked
    if isinstance(chunked, pa.ChunkedArray):
        flat = chunked.chunk(0) if chunked.num_chunks == 1 else chunked.combine_chunks(memory_pool=pool)
    head = flat[:4096]
    if 2 * pc.sum(pc.not_equal(head[1:], head[:-1], memory_pool=pool)).as_py() > len(head):  # short runs
        return None
    change = pc.not_equal(flat[1:], flat[:-1], memory_pool=pool).to_numpy(zero_copy_only=False)
    starts = np.concatenate([[0], np.flatnonzero(change) + 1])
    if 2 * len(starts) > len(s):
        return None
    lengths = np.diff(starts, append=len(s))
    heads = pc.take(flat, pa.array(starts), memory_pool=pool)
    if len(heads) < 2 or pc.all(pc.greater(heads[1:], heads[:-1], memory_pool=pool)).as_py():
        return np.repeat(np.arange(len(heads), dtype=np.int64), lengths), pd.Index(s.array.take(starts))
    index = pc.dictionary_encode(heads, memory_pool=pool).indices.to_numpy().astype(np.int64)  # first-seen order
    first = np.concatenate([[True], index[1:] > np.maximum.accumulate(index)[:-1]])  # a code's first run
    return np.repeat(index, lengths), pd.Index(s.array.take(starts[first]))


def _int_codes(t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes 0..k-1 of whole numbers in sorted order, by offset when the span is small (no sort)."""
    lo, hi = int(t.min()), int(t.max())
    if hi - lo > 4 * len(t) + 1_000_000:
        labels, codes = np.unique(t, return_inverse=True)
        return codes.astype(np.int64), labels
    off = t - lo
    present = np.zeros(hi - lo + 1, bool)
    present[off] = True
    if present.all():  # every value in the span present: the offsets are the codes
        return off, lo + np.arange(len(present))
    return np.take(np.cumsum(present) - 1, off), lo + np.flatnonzero(present)


def is_regular(unit: np.ndarray, time: np.ndarray, n_units: int, n_periods: int) -> bool:
    """Whether the rows are the full unit × period grid in unit-major order (row = unit·periods + period), as a
    balanced panel sorted by unit and period is: then sums by unit or period need no index at all."""
    if not len(unit) or len(unit) != n_units * n_periods:
        return False
    return bool((unit.reshape(n_units, n_periods) == np.arange(n_units)[:, None]).all()
                and (time.reshape(n_units, n_periods) == np.arange(n_periods)[None, :]).all())


def _compact(codes: np.ndarray) -> np.ndarray:
    """Renumber non-negative codes 0..k-1 keeping their order (after rows were set aside)."""
    return _int_codes(codes)[0]


def _distinct(keys: np.ndarray, span: int) -> int:
    if span <= 4 * len(keys) + 1_000_000:
        return int(np.count_nonzero(np.bincount(keys, minlength=span)))
    return len(np.unique(keys))


def _numeric(s: pd.Series, name: str, allow_missing: bool = False) -> np.ndarray:
    if pd.api.types.is_numeric_dtype(s.dtype) and not pd.api.types.is_bool_dtype(s.dtype):
        out = s.to_numpy(dtype=float, na_value=np.nan)
        if not allow_missing and np.isnan(out).any():
            raise EffectInputError(f"column {name!r} has {int(np.isnan(out).sum())} missing value(s)")
        return out
    conv = pd.to_numeric(s, errors="coerce")
    bad = conv.isna() & s.notna()
    if bad.any():
        raise EffectInputError(f"column {name!r} must be numeric; e.g. {s[bad].iloc[0]!r} is not")
    if not allow_missing and conv.isna().any():
        raise EffectInputError(f"column {name!r} has {int(conv.isna().sum())} missing value(s)")
    return conv.to_numpy(dtype=float, na_value=np.nan)
