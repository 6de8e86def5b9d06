"""Least squares on unit and period dummies (plus a few covariates), solved exactly without dense matrices.

The normal equations of y ~ unit + period (+ x) on a subset of rows have a diagonal unit block, so the unit
effects are eliminated in closed form (a Schur complement, i.e. within-unit demeaning) and only a small dense
system in the period dummies and covariates remains. Memory is linear in rows; the answer is exact up to
floating point (no iterative demeaning tolerance), so every estimator built on it can be compared with its
own closed form to machine precision.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import sparse

from ice_ledger.effects.panel import CID, TID, UID, D, EffectInputError, Y, is_regular


class TwoWayFE:
    """Unit effects + period effects (first period dropped) + covariates, fitted on the rows in `mask`.

    `unit` and `time` are integer codes 0..n-1 per row; `covariates` is rows × k (k may be 0). The period
    dummies are never materialised: their sums come from `bincount` on the codes and their products from
    indexing by period, so one fit costs a few passes over the rows.
    """

    def __init__(self, unit: np.ndarray, time: np.ndarray, covariates: np.ndarray | None = None,
                 mask: np.ndarray | None = None, cache: dict[int, tuple[np.ndarray, np.ndarray]] | None = None,
                 regular: bool = False, n_units: int | None = None, n_periods: int | None = None):
        """`regular`: the rows are the full unit × period grid, unit-major (row = unit·periods + period), as
        `is_regular` checks; sums by unit or period are then reshapes and the fit's values broadcasts."""
        n = len(unit)
        # Cell keys (group × period per row) may be shared between fits on the same rows (`cache`).
        self._keys: dict[int, tuple[np.ndarray, np.ndarray]] = {} if cache is None else cache
        self._nest: dict[int, tuple[np.ndarray, np.ndarray | None]] = {}
        self.unit = np.asarray(unit, dtype=np.int64)
        self.time = np.asarray(time, dtype=np.int64)
        self.n_units = int(self.unit.max()) + 1 if n_units is None else n_units
        self.n_periods = int(self.time.max()) + 1 if n_periods is None else n_periods
        self.regular = regular and n == self.n_units * self.n_periods
        self.masked = mask is not None
        self._mask = None if mask is None else np.asarray(mask, bool)
        self.X = np.zeros((n, 0)) if covariates is None else np.asarray(covariates, float).reshape(n, -1)
        m = None if self._mask is None else self._mask.astype(float)
        self._m = m
        full_grid = self.regular and m is None  # every unit in every period: the counts are known
        if full_grid:
            self.counts = np.full(self.n_units, float(self.n_periods))
        else:
            self.counts = self._by_unit(m)[:, 0] if m is not None else \
                np.bincount(self.unit, minlength=self.n_units).astype(float)
        if (self.counts == 0).any():
            raise EffectInputError(f"{int((self.counts == 0).sum())} unit(s) have no row to learn their own "
                                   "level from (no untreated period): their effects are not identified")
        kp = self.n_periods - 1
        if full_grid:  # Σ over a unit's rows of its period dummies: one each
            self.B = np.ones((self.n_units, kp))
            if self.X.shape[1]:
                self.B = np.hstack([self.B, _group_sum(self.unit, self.n_units, self.X)])
            period_counts = np.full(kp, float(self.n_units))
        else:
            ones = np.ones(n) if m is None else m
            self.B = self.q_sums(self.unit, self.n_units, ones)  # units × k: Σ over a unit's fitting rows of Q
            period_counts = (self._by_period(m)[:, 0] if m is not None else
                             np.bincount(self.time, minlength=self.n_periods).astype(float))[1:]
        if self.X.shape[1]:
            Xm = self.X if m is None else self.X * m[:, None]
            PX = self._by_period(Xm)[1:]
            QtQ = np.block([[np.diag(period_counts), PX], [PX.T, Xm.T @ self.X]])
        else:
            QtQ = np.diag(period_counts)
        S = QtQ.reshape(kp + self.X.shape[1], -1) - self.B.T @ (self.B / self.counts[:, None])
        if S.size:
            scale = np.sqrt(np.clip(np.diag(S), 1e-300, None))
            Sn = S / np.outer(scale, scale)
            if np.linalg.cond(Sn) > 1e12:
                raise EffectInputError("the period effects (or a covariate) cannot be separated from the unit "
                                       "effects on the rows used: a covariate is constant within units, or the "
                                       "untreated unit-periods do not connect every period")
        self.S = S

    def _by_unit(self, Y: np.ndarray) -> np.ndarray:
        """units × k: each column of Y (rows × k, or a vector) summed within units."""
        Y = _cols(Y)
        if self.regular:
            return Y.reshape(self.n_units, self.n_periods, Y.shape[1]).sum(axis=1)
        return _group_sum(self.unit, self.n_units, Y)

    def _by_period(self, Y: np.ndarray) -> np.ndarray:
        """periods × k: each column of Y summed within periods."""
        Y = _cols(Y)
        if self.regular:
            return Y.reshape(self.n_units, self.n_periods, Y.shape[1]).sum(axis=0)
        return _group_sum(self.time, self.n_periods, Y)

    @property
    def mask(self) -> np.ndarray:
        """The fitting rows (every row when the fit is not masked)."""
        return np.ones(len(self.unit), bool) if self._mask is None else self._mask

    @property
    def U0(self) -> sparse.csc_matrix:
        """Units × rows summation over the fitting rows (U0 @ v: each unit's sum of v on its fitting rows)."""
        return _summer(self.unit, self.n_units, self.mask.astype(float))

    @property
    def k(self) -> int:
        """Number of non-unit columns (period dummies after the first, then covariates)."""
        return self.n_periods - 1 + self.X.shape[1]

    @property
    def Q(self) -> np.ndarray:
        """The non-unit columns of the design as a dense rows × k matrix (for tests and small panels)."""
        n = len(self.unit)
        periods = np.zeros((n, self.n_periods - 1))
        has = self.time > 0
        periods[np.flatnonzero(has), self.time[has] - 1] = 1.0
        return np.hstack([periods, self.X])

    def _cell_key(self, group: np.ndarray) -> np.ndarray:
        """group × period cell of every row (cached for the arrays the estimators pass again and again)."""
        hit = self._keys.get(id(group))
        if hit is not None and hit[0] is group:
            return hit[1]
        key = group * self.n_periods + self.time
        self._keys[id(group)] = (group, key)
        return key

    def unit_groups(self, group: np.ndarray) -> np.ndarray | None:
        """The group of each unit when every unit lies in one group (clusters nest units), else None."""
        hit = self._nest.get(id(group))
        if hit is not None and hit[0] is group:
            return hit[1]
        if group is self.unit:
            return np.arange(self.n_units)
        unit_group: np.ndarray | None = np.empty(self.n_units, np.int64)
        assert unit_group is not None
        unit_group[self.unit] = group
        if (np.take(unit_group, self.unit) != group).any():
            unit_group = None
        self._nest[id(group)] = (group, unit_group)
        return unit_group

    def q_sums(self, group: np.ndarray, n_groups: int, weights: np.ndarray) -> np.ndarray:
        """groups × k: Σ_{i in group} weights_i · Q_i, without forming Q."""
        w = np.asarray(weights, float)
        if self.regular and group is self.unit:  # one row per unit × period cell: the weights themselves
            periods = w.reshape(n_groups, self.n_periods)[:, 1:]  # a view: matrix products read it in place
        else:
            periods = np.bincount(self._cell_key(group), weights=w,
                                  minlength=n_groups * self.n_periods).reshape(n_groups, self.n_periods)[:, 1:]
        if not self.X.shape[1]:
            return periods
        return np.hstack([periods, _group_sum(group, n_groups, self.X * w[:, None])])

    def _rest(self, period_sums: np.ndarray, X_rows: np.ndarray, Y: np.ndarray) -> np.ndarray:
        """Q'Y from per-period sums and the covariates' cross products."""
        return np.vstack([period_sums[1:], X_rows.T @ Y]) if self.X.shape[1] else period_sums[1:]

    def solve(self, b_unit: np.ndarray, b_rest: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Solve the fitting rows' normal equations A x = b, with b split into unit and other rows."""
        rest = b_rest - self.B.T @ (b_unit / self.counts[:, None])
        x_rest = np.linalg.solve(self.S, rest) if self.S.size else np.zeros((0, b_unit.shape[1]))
        x_unit = self.B @ x_rest  # then (b_unit − B x_rest) / counts, in place
        np.subtract(b_unit, x_unit, out=x_unit)
        x_unit /= self.counts[:, None]
        return x_unit, x_rest

    def apply(self, x_unit: np.ndarray, x_rest: np.ndarray) -> np.ndarray:
        """Design times coefficients, for every row (fitting rows or not): rows × K, column-major.

        Column by column with `np.take` (a 2-D fancy index over a million rows is several times slower)."""
        kp = self.n_periods - 1
        K = x_rest.shape[1] if x_rest.ndim == 2 else x_unit.shape[1]
        x_period = np.vstack([np.zeros((1, K)), x_rest[:kp]])
        out = np.empty((len(self.unit), K), order="F")
        for j in range(K):
            col = out[:, j]
            if self.regular:  # unit effect down the rows of the grid, period effect across: one broadcast
                np.add(x_unit[:, j, None], x_period[None, :, j], out=col.reshape(self.n_units, self.n_periods))
                continue
            np.take(np.ascontiguousarray(x_unit[:, j]), self.unit, out=col)
            col += np.take(np.ascontiguousarray(x_period[:, j]), self.time)
        if self.X.shape[1]:
            out += self.X @ x_rest[kp:]
        return out

    def coefs(self, Y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Least-squares coefficients (unit effects; period effects after the first, then covariates) of each
        column of Y on the fitting rows."""
        Y = _cols(Y)
        Ym = Y * self._m[:, None] if self._m is not None else Y
        b_rest = self._rest(self._by_period(Ym), self.X, Ym)
        return self.solve(self._by_unit(Ym), b_rest)

    def fitted(self, Y: np.ndarray) -> np.ndarray:
        """Fit each column of Y on the fitting rows; return the fitted values on all rows."""
        return self.apply(*self.coefs(Y))

    def project_all(self, X: np.ndarray) -> np.ndarray:
        """Z A⁻¹ Z'X with Z'X summed over ALL rows (the cross-stage term of Gardner's GMM variance)."""
        return self.apply(*self.project_coefs(X))

    def project_coefs(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """A⁻¹ Z'X (unit and other coefficients), Z'X summed over ALL rows: `project_all` before `apply`."""
        X = _cols(X)
        return self.solve(self._by_unit(X), self._rest(self._by_period(X), self.X, X))

    def group_sums_of_fit(self, group: np.ndarray, n_groups: int, weights: np.ndarray, x_unit: np.ndarray,
                          x_rest: np.ndarray) -> np.ndarray | None:
        """Σ_{i in group} weights_i · apply(x_unit, x_rest)_i without the rows × K product, when every unit lies
        in one group (clusters nest units); None when they do not."""
        unit_group = self.unit_groups(group)
        if unit_group is None:
            return None
        w = np.asarray(weights, float)
        per_unit = self._by_unit(w)[:, 0]
        if group is self.unit:  # one unit per group: the sum is the unit's own term
            by_unit = per_unit[:, None] * x_unit
        else:
            Gu = _summer(unit_group, n_groups, per_unit)  # groups × units, weighted by each unit's weight sum
            by_unit = np.asarray(Gu @ x_unit)
        by_unit += self.q_sums(group, n_groups, w) @ x_rest
        return by_unit


class Shared:
    """The prepared panel's arrays and the two-way fixed-effects fits the estimators share, each built once.

    TWFE, the negative-weight diagnostic and the bootstrap's null model use the fit on all rows; did2s's first
    stage and the imputation pre-trend test use the fit on untreated rows.
    """

    def __init__(self, data: pd.DataFrame, covs: Sequence[str], regular: bool | None = None):
        """`regular`: whether the rows are the unit × period grid (`PreparedPanel.regular`; None: check here)."""
        self.covs = list(covs)
        self.y = data[Y].to_numpy(dtype=float)
        self.d = data[D].to_numpy(dtype=float)
        # The prepared panel's codes are already 0..n-1 (effects.panel.prepare made them): no re-coding.
        self.uid, self.tid, self.cid = (data[c].to_numpy().astype(np.int64, copy=False) for c in (UID, TID, CID))
        if self.cid.shape == self.uid.shape and np.shares_memory(self.cid, self.uid):
            self.cid = self.uid  # clustered by unit: one array, so the fits' per-array caches serve both
        self.X = data[self.covs].to_numpy(dtype=float) if self.covs else None
        self.n_units, self.n_periods = int(self.uid.max()) + 1, int(self.tid.max()) + 1
        self.regular = is_regular(self.uid, self.tid, self.n_units, self.n_periods) if regular is None else regular
        self._fits: dict[tuple[bool, bool], TwoWayFE] = {}
        self._keys: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # cell keys, shared by the fits
        self._first_resid: np.ndarray | None = None
        self.d_resid: dict[bool, np.ndarray] = {}  # treatment net of all-row effects, by "with covariates"

    def with_covariates(self, covariates: bool) -> bool:
        """Whether a fit asked with/without covariates actually has any (without them both are one fit)."""
        return covariates and self.X is not None

    def fe(self, untreated: bool, covariates: bool = True) -> TwoWayFE:
        key = (untreated, self.with_covariates(covariates))
        if key not in self._fits:
            self._fits[key] = TwoWayFE(self.uid, self.tid, self.X if key[1] else None,
                                       mask=self.d == 0 if untreated else None, cache=self._keys,
                                       regular=self.regular, n_units=self.n_units, n_periods=self.n_periods)
        return self._fits[key]

    def first_resid(self) -> np.ndarray:
        """y minus its imputed untreated outcome (did2s's first-stage residual), every row."""
        if self._first_resid is None:
            fit = self.fe(untreated=True).fitted(self.y)[:, 0]
            self._first_resid = np.subtract(self.y, fit, out=fit)
        return self._first_resid


def _summer(group: np.ndarray, n_groups: int, weights: np.ndarray) -> sparse.csc_matrix:
    """groups × rows matrix with one entry per row: M @ v sums weighted v within each group."""
    n = len(group)
    return sparse.csc_matrix((np.asarray(weights, float), np.asarray(group, np.int64), np.arange(n + 1)),
                             shape=(n_groups, n))


def _group_sum(group: np.ndarray, n_groups: int, Y: np.ndarray) -> np.ndarray:
    """groups × k: each column of Y (rows × k) summed within groups, by bincount (no sparse matrix to build)."""
    return np.column_stack([np.bincount(group, weights=Y[:, j], minlength=n_groups) for j in range(Y.shape[1])]) \
        if Y.shape[1] else np.zeros((n_groups, 0))


def _cols(Y: np.ndarray) -> np.ndarray:
    Y = np.asarray(Y, dtype=float)
    return Y[:, None] if Y.ndim == 1 else Y


def codes(values: np.ndarray) -> np.ndarray:
    """Integer codes 0..n-1, sorted by value (so period 0 is the first period)."""
    values = np.asarray(values)
    if np.issubdtype(values.dtype, np.integer) and len(values):
        lo, hi = int(values.min()), int(values.max())
        if hi - lo <= 4 * len(values) + 1_000_000:  # small span: offsets, no sort or hash
            present = np.zeros(hi - lo + 1, bool)
            present[values - lo] = True
            return (np.cumsum(present) - 1)[values - lo].astype(np.int64)
    return pd.factorize(pd.Series(values), sort=True)[0].astype(np.int64)
