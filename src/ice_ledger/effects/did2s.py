"""Gardner's two-stage difference-in-differences (did2s), exact and sparse.

Stage 1 fits unit and period effects (and covariates) on untreated unit-periods only; stage 2 regresses the
stage-1 residual of every row on the treatment regressors (no intercept). The variance is Gardner's GMM
cluster-robust one, as `pyfixest.did2s` computes it, but without its dense unit × row design: the cross-stage
term Z A⁻¹ Z'X2 comes from the same closed-form fixed-effects solve as stage 1. Memory is linear in rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ice_ledger.effects.fe import TwoWayFE
from ice_ledger.effects.panel import EffectInputError


@dataclass
class Did2sFit:
    beta: np.ndarray
    vcov: np.ndarray
    first_resid: np.ndarray  # y − imputed untreated outcome, every row
    counts: np.ndarray | None = None  # indicator regressors: rows in each


def cluster_sum(cluster: np.ndarray) -> sparse.csr_matrix:
    """Clusters × rows 0/1 matrix: C @ v sums v within each cluster."""
    n = len(cluster)
    return sparse.csr_matrix((np.ones(n), (cluster, np.arange(n))), shape=(int(cluster.max()) + 1, n))


def did2s(y: np.ndarray, treated: np.ndarray, X2: np.ndarray, fe: TwoWayFE, cluster: np.ndarray,
          first_resid: np.ndarray | None = None) -> Did2sFit:
    """Two-stage estimate and GMM cluster-robust covariance.

    `fe` must be fitted on the untreated rows (mask = ~treated); `X2` is rows × K second-stage regressors;
    `first_resid`: y − fe.fitted(y) when already computed (it is the same for every second stage).
    """
    X2 = np.asarray(X2, float).reshape(len(y), -1)
    first_u = y - fe.fitted(y)[:, 0] if first_resid is None else first_resid
    XtX = X2.T @ X2
    if np.linalg.matrix_rank(XtX) < XtX.shape[0]:
        raise EffectInputError("the second-stage regressors are collinear")
    beta = np.linalg.solve(XtX, X2.T @ first_u)
    second_u = first_u - X2 @ beta
    untreated = ~np.asarray(treated, bool)
    C = cluster_sum(cluster)
    v = untreated * first_u
    x_unit, x_rest = fe.project_coefs(X2)  # H = Z A⁻¹ Z'X2 = fe.apply(x_unit, x_rest), rows × K
    cross = fe.group_sums_of_fit(np.asarray(cluster, np.int64), C.shape[0], v, x_unit, x_rest)
    if cross is None:  # clusters cut across units: sum H row by row
        cross = C @ (fe.apply(x_unit, x_rest) * v[:, None])
    W = C @ (X2 * second_u[:, None]) - cross  # clusters × K
    psi = np.linalg.solve(XtX, W.T)  # K × clusters
    return Did2sFit(beta, psi @ psi.T, first_u)


def did2s_indicators(col: np.ndarray, n_cols: int, treated: np.ndarray, fe: TwoWayFE, cluster: np.ndarray,
                     first_resid: np.ndarray, pool: np.ndarray | None = None) -> Did2sFit:
    """`did2s` when the second-stage regressors are disjoint 0/1 indicators (the post dummy, the event-study
    dummies): row i belongs to column col[i] (-1: none). Same estimate and covariance, computed with bincount on
    the codes instead of rows × K products, so the event study costs about as much as the single ATT.

    `pool` (K booleans): also fit, as an extra last coefficient, the single indicator of the union of those
    columns (the post dummy as the union of the post periods') from the same sums; its second stage has its own
    residuals, but its cross-stage term is the sum of the pooled columns'."""
    col = np.asarray(col, np.int64)
    rows = np.flatnonzero(col >= 0)
    c = col[rows]
    counts = np.bincount(c, minlength=n_cols).astype(float)
    if (counts == 0).any():
        raise EffectInputError("the second-stage regressors are collinear")
    first_u = first_resid
    fr = first_u[rows]
    sums = np.bincount(c, weights=fr, minlength=n_cols)
    beta = sums / counts
    unit_key = _cell_key(fe.unit, rows, c, n_cols)
    by_unit_cell, b_rest = _indicator_cross(fe, rows, c, n_cols, unit_key)
    if cluster is fe.unit:  # clustered by unit: the cluster × column cells are the unit × column ones
        G = fe.n_units
        n_cell = by_unit_cell
        by_cell = np.bincount(unit_key, weights=fr, minlength=G * n_cols).reshape(G, n_cols)
    else:
        G = int(cluster.max()) + 1
        key = cluster[rows] * n_cols + c
        by_cell = np.bincount(key, weights=fr, minlength=G * n_cols).reshape(G, n_cols)
        n_cell = np.bincount(key, minlength=G * n_cols).reshape(G, n_cols)
        del key
    # The row-level arrays are done with: freed before the clusters × K ones are made, so the estimate's peak
    # memory (and the pages it must fault in) stays lower.
    del rows, c, fr, unit_key
    x_unit, x_rest = fe.solve(by_unit_cell, b_rest)
    v = np.where(treated, 0.0, first_u)
    cross = fe.group_sums_of_fit(np.asarray(cluster, np.int64), G, v, x_unit, x_rest)
    if cross is None:  # clusters cut across units: sum the projection row by row
        cross = cluster_sum(cluster) @ (fe.apply(x_unit, x_rest) * v[:, None])
    del x_unit, v
    return _fit(first_u, by_cell, n_cell, sums, counts, beta, cross, pool)


def did2s_never(col: np.ndarray, n_cols: int, y: np.ndarray, d: np.ndarray, unit: np.ndarray, time: np.ndarray,
                X: np.ndarray | None, never: np.ndarray, cluster: np.ndarray, pool: np.ndarray | None = None
                ) -> Did2sFit:
    """did2s with never-treated comparison units only: the period effects (and covariates) are learned from the
    never-treated units' rows alone; each treated unit's own level is the mean of its untreated rows net of them.

    `never`: rows of never-treated units. The estimate is linear in y, so its GMM cluster-robust covariance is
    Σ_c (Σ_{i∈c} w_i ê_i)² with w_i the weight of y_i and ê_i the residual of the equation row i enters. A treated
    unit's untreated rows carry one weight each (its level is their mean) and residuals summing to zero within the
    unit, so they drop out; the never-treated rows enter through the period effects, as the cross-stage term
    Z A⁻¹ Z'x̃ of did2s (x̃: the regressors net of each treated unit's pre-period mean).
    """
    col = np.asarray(col, np.int64)
    untreated = d == 0
    never_rows = np.flatnonzero(never)
    codes_never = np.unique(unit[never_rows], return_inverse=True)[1]
    T = int(time.max()) + 1
    if len(np.unique(time[never_rows])) < T:
        raise EffectInputError("some periods have no never-treated unit observed, so the never-treated "
                               "comparison cannot learn their period effects; use the not-yet-treated comparison")
    fe_n = TwoWayFE(codes_never, time[never_rows], None if X is None else X[never_rows])
    _, x_rest = fe_n.coefs(y[never_rows])
    kp = T - 1
    period = np.concatenate([[0.0], x_rest[:kp, 0]])
    part = np.take(period, time)  # period effects (+ covariates) on every row
    if X is not None and X.shape[1]:
        part += X @ x_rest[kp:, 0]
    net = y - part
    n_units = int(unit.max()) + 1
    pre_n = np.bincount(unit, weights=untreated, minlength=n_units)
    level = np.bincount(unit, weights=np.where(untreated, net, 0.0), minlength=n_units) / np.maximum(pre_n, 1)
    first_u = net - np.take(level, unit)

    rows = np.flatnonzero(col >= 0)
    c = col[rows]
    counts = np.bincount(c, minlength=n_cols).astype(float)
    if (counts == 0).any():
        raise EffectInputError("the second-stage regressors are collinear")
    fr = first_u[rows]
    sums = np.bincount(c, weights=fr, minlength=n_cols)
    beta = sums / counts
    G = int(cluster.max()) + 1
    key = cluster[rows] * n_cols + c
    by_cell = np.bincount(key, weights=fr, minlength=G * n_cols).reshape(G, n_cols)
    n_cell = np.bincount(key, minlength=G * n_cols).reshape(G, n_cols)
    # Z'x̃ for the never-treated fit: x̃ = the indicator minus, on each unit's untreated rows, the unit's count
    # in that column spread evenly over them. It is zero on never-treated rows, so only the period and covariate
    # blocks are non-zero.
    per_unit = np.bincount(unit[rows] * n_cols + c, minlength=n_units * n_cols).reshape(n_units, n_cols)
    spread = per_unit / np.maximum(pre_n, 1)[:, None]  # units × K
    pre_rows = np.flatnonzero(untreated & ~never)
    by_period = np.bincount(time[rows] * n_cols + c, minlength=T * n_cols).reshape(T, n_cols).astype(float)
    unit_period = sparse.csr_matrix((np.ones(len(pre_rows)), (time[pre_rows], unit[pre_rows])), shape=(T, n_units))
    rest = by_period - unit_period @ spread
    b_rest = rest[1:]
    if X is not None and X.shape[1]:
        cov = np.column_stack([np.bincount(c, weights=X[rows, j], minlength=n_cols) for j in range(X.shape[1])]).T
        unit_x = np.column_stack([np.bincount(unit[pre_rows], weights=X[pre_rows, j], minlength=n_units)
                                  for j in range(X.shape[1])])
        b_rest = np.vstack([b_rest, cov - unit_x.T @ spread])
    x_unit, x_rest_k = fe_n.solve(np.zeros((fe_n.n_units, n_cols)), b_rest)
    v = first_u[never_rows]
    cl_never = np.asarray(cluster, np.int64)[never_rows]
    cross = fe_n.group_sums_of_fit(cl_never, G, v, x_unit, x_rest_k)
    if cross is None:  # clusters cut across units: sum the projection row by row
        C = sparse.csr_matrix((np.ones(len(cl_never)), (cl_never, np.arange(len(cl_never)))),
                              shape=(G, len(cl_never)))
        cross = C @ (fe_n.apply(x_unit, x_rest_k) * v[:, None])
    return _fit(first_u, by_cell, n_cell, sums, counts, beta, cross, pool)


def _cell_key(group: np.ndarray, rows: np.ndarray, c: np.ndarray, n_cols: int) -> np.ndarray:
    """group × column cell of each of `rows` (group · n_cols + column), made in one array."""
    key = group[rows]
    key *= n_cols
    key += c
    return key


def _indicator_cross(fe: TwoWayFE, rows: np.ndarray, c: np.ndarray, n_cols: int, unit_key: np.ndarray | None = None
                     ) -> tuple[np.ndarray, np.ndarray]:
    """Z'X2 over ALL rows for indicator regressors, split into the unit block and the rest (as TwoWayFE.solve).
    `unit_key`: `_cell_key(fe.unit, rows, c, n_cols)` when the caller has it already."""
    if unit_key is None:
        unit_key = _cell_key(fe.unit, rows, c, n_cols)
    by_unit = np.bincount(unit_key, minlength=fe.n_units * n_cols).reshape(fe.n_units, n_cols)
    by_period = np.bincount(_cell_key(fe.time, rows, c, n_cols), minlength=fe.n_periods * n_cols).reshape(
        fe.n_periods, n_cols)
    rest = by_period[1:].astype(float)
    if fe.X.shape[1]:
        cov = np.column_stack([np.bincount(c, weights=fe.X[rows, j], minlength=n_cols) for j in range(fe.X.shape[1])])
        rest = np.vstack([rest, cov.T])
    return by_unit, rest  # integer counts: every use mixes them with floats, exactly as their float copies would


def _fit(first_u: np.ndarray, by_cell: np.ndarray, n_cell: np.ndarray, sums: np.ndarray, counts: np.ndarray,
         beta: np.ndarray, cross: np.ndarray, pool: np.ndarray | None) -> Did2sFit:
    """The estimate and its GMM covariance from the indicator regressors' sums by cluster and column.

    psi (clusters × columns): Σ over a cluster's rows of the second-stage residual ("own": by_cell − n_cell·β),
    minus the cross-stage term, over the column's count; its cross product is the covariance. `pool`: also the
    single indicator of the union of those columns, as a last column (its own cells' sums; the sum of their
    cross-stage terms). psi is filled in place: with clusters × K cells it is among the largest arrays here."""
    n_cols = len(counts)
    psi = np.empty((by_cell.shape[0], n_cols + (pool is not None)))
    np.multiply(n_cell, beta[None, :], out=psi[:, :n_cols])
    np.subtract(by_cell, psi[:, :n_cols], out=psi[:, :n_cols])
    if pool is not None:
        n_pool = counts[pool].sum()
        b_pool = sums[pool].sum() / n_pool
        last = psi[:, -1]
        np.subtract(by_cell[:, pool].sum(axis=1), n_cell[:, pool].sum(axis=1) * b_pool, out=last)
        last -= cross[:, pool].sum(axis=1)
        counts, beta = np.append(counts, n_pool), np.append(beta, b_pool)
    psi[:, :n_cols] -= cross
    psi /= counts[None, :]
    return Did2sFit(beta, psi.T @ psi, first_u, counts)
