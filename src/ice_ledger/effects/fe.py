"""Least squares on unit and period dummies (plus a few covariates), solved exactly without dense matrices.

The normal equations of y ~ unit + period (+ x) on a subset of rows have a diagonal unit block, so the unit
effects are eliminated in closed form (a Schur complement, i.e. within-unit demeaning) and only a small dense
system in the period dummies and covariates remains. Memory is linear in rows; the answer is exact up to
floating point (no iterative demeaning tolerance), so every estimator built on it can be compared with its
own closed form to machine precision.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse

from ice_ledger.effects.panel import EffectInputError


class TwoWayFE:
    """Unit effects + period effects (first period dropped) + covariates, fitted on the rows in `mask`.

    `unit` and `time` are integer codes 0..n-1 per row; `covariates` is rows × k (k may be 0).
    """

    def __init__(self, unit: np.ndarray, time: np.ndarray, covariates: np.ndarray | None = None,
                 mask: np.ndarray | None = None):
        n = len(unit)
        self.unit = np.asarray(unit, dtype=np.int64)
        self.n_units = int(self.unit.max()) + 1
        self.mask = np.ones(n, bool) if mask is None else np.asarray(mask, bool)
        time = np.asarray(time, dtype=np.int64)
        n_periods = int(time.max()) + 1
        cols = [np.zeros((n, 0))] if covariates is None else [np.asarray(covariates, float).reshape(n, -1)]
        periods = np.zeros((n, n_periods - 1))
        has = time > 0
        periods[np.flatnonzero(has), time[has] - 1] = 1.0
        self.Q = np.hstack([periods, *cols])  # the non-unit columns of the design, dense but narrow
        m = self.mask.astype(float)
        # Row-to-unit summation over the fitting rows only.
        self.U0 = sparse.csr_matrix((m, (self.unit, np.arange(n))), shape=(self.n_units, n))
        self.counts = np.asarray(self.U0.sum(axis=1)).ravel()
        if (self.counts == 0).any():
            raise EffectInputError(f"{int((self.counts == 0).sum())} unit(s) have no row to learn their own "
                                   "level from (no untreated period): their effects are not identified")
        self.B = np.asarray(self.U0 @ self.Q)  # units × k
        Q0 = self.Q[self.mask]
        S = Q0.T @ Q0 - self.B.T @ (self.B / self.counts[:, None])
        if S.size:
            scale = np.sqrt(np.clip(np.diag(S), 1e-300, None))
            Sn = S / np.outer(scale, scale)
            if np.linalg.cond(Sn) > 1e12:
                raise EffectInputError("the period effects (or a covariate) cannot be separated from the unit "
                                       "effects on the rows used: a covariate is constant within units, or the "
                                       "untreated unit-periods do not connect every period")
        self.S = S

    def solve(self, b_unit: np.ndarray, b_rest: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Solve the fitting rows' normal equations A x = b, with b split into unit and other rows."""
        rest = b_rest - self.B.T @ (b_unit / self.counts[:, None])
        x_rest = np.linalg.solve(self.S, rest) if self.S.size else np.zeros((0, b_unit.shape[1]))
        x_unit = (b_unit - self.B @ x_rest) / self.counts[:, None]
        return x_unit, x_rest

    def apply(self, x_unit: np.ndarray, x_rest: np.ndarray) -> np.ndarray:
        """Design times coefficients, for every row (fitting rows or not)."""
        return x_unit[self.unit] + self.Q @ x_rest

    def fitted(self, Y: np.ndarray) -> np.ndarray:
        """Fit each column of Y on the fitting rows; return the fitted values on all rows."""
        Y = _cols(Y)
        return self.apply(*self.solve(np.asarray(self.U0 @ Y), self.Q[self.mask].T @ Y[self.mask]))

    def project_all(self, X: np.ndarray) -> np.ndarray:
        """Z A⁻¹ Z'X with Z'X summed over ALL rows (the cross-stage term of Gardner's GMM variance)."""
        X = _cols(X)
        U = sparse.csr_matrix((np.ones(len(self.unit)), (self.unit, np.arange(len(self.unit)))),
                              shape=(self.n_units, len(self.unit)))
        return self.apply(*self.solve(np.asarray(U @ X), self.Q.T @ X))


def _cols(Y: np.ndarray) -> np.ndarray:
    Y = np.asarray(Y, dtype=float)
    return Y[:, None] if Y.ndim == 1 else Y


def codes(values: np.ndarray) -> np.ndarray:
    """Integer codes 0..n-1, sorted by value (so period 0 is the first period)."""
    return pd.factorize(pd.Series(values), sort=True)[0].astype(np.int64)
