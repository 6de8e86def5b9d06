"""Wild cluster bootstrap with the null imposed (WCR) for the overall ATT.

Cluster-robust standard errors over-reject when clusters (or treated clusters) are few; the WCR bootstrap-t
(Cameron, Gelbach & Miller 2008; MacKinnon & Webb 2017) holds size far better. pyfixest's `wildboottest` hook
needs the separate `wildboottest` package and covers one-stage regressions only, so this module re-estimates
all three estimators in closed form: each ATT is linear in the outcome, so one sparse factorisation serves
every draw.

Null model: outcome = unit effect + period effect (+ covariates), no treatment effect. Each draw multiplies the
null residuals by one weight per cluster (Rademacher; Webb's six-point weights below 12 clusters), re-estimates
ATT and its cluster-robust SE, and compares |t*| with the observed |t|. The 95% interval is ATT ± q·SE with q
the 95th percentile of |t*| (a symmetric bootstrap-t interval).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd
from scipy import sparse

from ice_ledger.effects.did2s import cluster_sum
from ice_ledger.effects.fe import Shared, TwoWayFE, codes
from ice_ledger.effects.panel import TID, UID, EffectInputError
from ice_ledger.effects.result import Bootstrap

Stat = Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]
RADEMACHER = np.array([-1.0, 1.0])
WEBB = np.array([-np.sqrt(1.5), -1.0, -np.sqrt(0.5), np.sqrt(0.5), 1.0, np.sqrt(1.5)])
CHUNK = 100


class BootstrapUnavailable(EffectInputError):
    """The bootstrap cannot be run on this design; the message says why in plain words."""


def fixed_effects(df: pd.DataFrame, covariates: Sequence[str], mask: np.ndarray | None = None) -> TwoWayFE:
    """Unit and period effects (+ covariates), fitted on `mask` rows (default: all)."""
    X = df[list(covariates)].to_numpy(dtype=float) if covariates else None
    return TwoWayFE(codes(df[UID].to_numpy()), codes(df[TID].to_numpy()), X, mask=mask)



def ols_stat(X: np.ndarray, r: np.ndarray, fe: TwoWayFE, cluster: np.ndarray) -> Stat:
    """ATT = r'β from OLS of Y on X plus the fixed effects (Frisch–Waugh), with its CRV1 SE, many Ys at once."""
    Xt = X - fe.fitted(X)
    XtX = Xt.T @ Xt
    if np.linalg.matrix_rank(XtX) < XtX.shape[0]:
        raise BootstrapUnavailable("the treatment regressors are collinear once unit and period effects are "
                                   "removed, so the regression has no unique solution to resample")
    h = Xt @ np.linalg.solve(XtX, r)
    C = cluster_sum(cluster)
    G = C.shape[0]

    def stat(Ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        Ym = Ys - fe.fitted(Ys)
        resid = Ym - Xt @ np.linalg.solve(XtX, Xt.T @ Ym)
        scores = C @ (h[:, None] * resid)
        return h @ Ys, np.sqrt(G / (G - 1) * (scores**2).sum(axis=0))

    return stat


def did2s_stat(fe: TwoWayFE, d: np.ndarray, cluster: np.ndarray) -> Stat:
    """Gardner's two-stage ATT and its GMM cluster-robust SE (as `did2s.did2s`), for many outcomes at once."""
    untreated = d == 0
    za = fe.project_all(d)[:, 0]
    n1 = d.sum()
    C = cluster_sum(cluster)

    def stat(Ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        resid = Ys - fe.fitted(Ys)
        att = d @ resid / n1
        second = resid - d[:, None] * att[None, :]
        s = d[:, None] * second - (untreated * za)[:, None] * resid
        return att, np.sqrt(np.asarray((C @ s) ** 2).sum(axis=0)) / n1

    return stat


def did2s_draws(fe: TwoWayFE, d: np.ndarray, cluster: np.ndarray, resid: np.ndarray, V: np.ndarray
                ) -> tuple[np.ndarray, np.ndarray]:
    """did2s ATT* and SE* for outcomes Y* = null fit + resid ⊙ V[cluster] (V: clusters × draws), by cluster.

    The null fit lies in the fixed effects' span, so stage 1 removes it exactly; what remains is linear in the
    cluster weights, and since clusters nest units every sum can be taken per unit or per cluster, never per
    row and draw. Equals `did2s_stat` on the explicit Y* (a test checks it) at a fraction of the cost.
    """
    n = len(d)
    untreated = (d == 0).astype(float)
    za = fe.project_all(d)[:, 0]
    w = d - untreated * za
    C = cluster_sum(cluster)
    rows = np.arange(n)
    n_units = fe.n_units
    Urows = sparse.csr_matrix((np.ones(n), (fe.unit, rows)), shape=(n_units, n))
    unit_cluster = np.zeros(n_units, np.int64)
    unit_cluster[fe.unit] = cluster
    Cu = sparse.csr_matrix((np.ones(n_units), (unit_cluster, np.arange(n_units))), shape=(C.shape[0], n_units))
    e0_unit = fe.U0 @ resid  # untreated residual sums per unit
    G = C.shape[0]
    P = fe.q_sums(cluster, G, untreated * resid).T  # k × clusters
    w_unit, d_unit = Urows @ w, Urows @ d
    Wq, dQ = fe.q_sums(cluster, G, w), fe.q_sums(np.zeros(n, np.int64), 1, d)[0]
    swe, sde, sd = C @ (w * resid), C @ (d * resid), C @ d
    n1 = d.sum()
    x_unit, x_rest = fe.solve(e0_unit[:, None] * V[unit_cluster], P @ V)
    att = (sde @ V - d_unit @ x_unit - dQ @ x_rest) / n1
    scores = swe[:, None] * V - Cu @ (w_unit[:, None] * x_unit) - Wq @ x_rest - sd[:, None] * att[None, :]
    return att, np.sqrt((scores**2).sum(axis=0)) / n1


def make_stat(df: pd.DataFrame, covariates: Sequence[str], method: str, regressors: Sequence[str],
              att_w: dict[str, float], shared: Shared | None = None) -> Stat:
    """The ATT statistic of `method`; `regressors` are the treatment columns of the regression (TWFE, sunab)."""
    sh = shared or Shared(df, covariates)
    if method == "did2s":
        return did2s_stat(sh.fe(untreated=True), sh.d, sh.cid)
    cols = list(regressors)
    return ols_stat(df[cols].to_numpy(dtype=float), np.array([att_w.get(c, 0.0) for c in cols]),
                    sh.fe(untreated=False), sh.cid)


def wild_cluster_bootstrap(df: pd.DataFrame, covariates: Sequence[str], method: str, regressors: Sequence[str],
                           att_w: dict[str, float], draws: int, seed: int, att: float, se: float,
                           shared: Shared | None = None, cluster_rank: np.ndarray | None = None) -> Bootstrap:
    """WCR bootstrap-t for H0: ATT = 0, from the estimator's exact closed form.

    `att`, `se`: the reported estimate; the closed form must agree with it to a small fraction of its SE (an
    iterative solver's tolerance is far below that), else the design differs and the bootstrap is refused.
    Raises BootstrapUnavailable with the reason when it cannot run. `shared`: the estimate's fixed-effects fits.
    `cluster_rank`: each cluster code's place in the clusters' canonical order, in which the weights are drawn
    (PreparedPanel.cluster_rank; None: the codes are that order).
    """
    try:
        return _run(df, covariates, method, regressors, att_w, draws, seed, att, se, shared or Shared(df, covariates),
                    cluster_rank)
    except MemoryError as exc:
        raise BootstrapUnavailable(f"not enough memory for {draws} bootstrap draws on {len(df):,} rows; try "
                                   "fewer draws (--draws N)") from exc


def _run(df: pd.DataFrame, covariates: Sequence[str], method: str, regressors: Sequence[str],
         att_w: dict[str, float], draws: int, seed: int, att: float, se: float, sh: Shared,
         cluster_rank: np.ndarray | None = None) -> Bootstrap:
    stat = make_stat(df, covariates, method, regressors, att_w, sh)
    y = sh.y
    att0, se0 = (float(a[0]) for a in stat(y[:, None]))
    if abs(att0 - att) > 1e-4 * max(se, 1e-12):
        raise BootstrapUnavailable(f"its closed form gives ATT {att0:.6g}, not the reported {att:.6g} "
                                   f"({abs(att0 - att) / se:.2g} SE apart), so the design it would resample "
                                   "is not the one estimated")
    if not se0 > 0:
        raise BootstrapUnavailable("the ATT's standard error is zero in the closed form")
    fitted = sh.fe(untreated=False).fitted(y)[:, 0]
    resid = y - fitted
    clusters = sh.cid
    G = int(clusters.max()) + 1
    rng = np.random.default_rng(seed)
    kind = "Rademacher" if G >= 12 else "Webb six-point"
    d = sh.d
    fe = sh.fe(untreated=True) if method == "did2s" else None
    chunk = CHUNK if fe is None else max(CHUNK, int(2e7 // G))
    t_star = []
    for start in range(0, draws, chunk):
        b = min(chunk, draws - start)
        weights = RADEMACHER if G >= 12 else WEBB
        v = weights[rng.integers(0, len(weights), size=(G, b))]  # = rng.choice(weights, ...), same draws, 2× faster
        if cluster_rank is not None:
            v = v[cluster_rank]  # cluster code c gets the draw of its place in the canonical order
        if fe is not None:
            a, s = did2s_draws(fe, d, clusters, resid, v)
        else:
            a, s = stat(fitted[:, None] + resid[:, None] * v[clusters])
        t_star.append(a / np.where(s > 0, s, np.nan))
    t = np.abs(np.concatenate(t_star))
    t = t[np.isfinite(t)]
    if not len(t):
        raise BootstrapUnavailable("every bootstrap draw had a zero standard error")
    t_obs = abs(att0 / se0)
    p = float((1 + (t >= t_obs).sum()) / (1 + len(t)))
    q = float(np.quantile(t, 0.95))
    return Bootstrap(draws=draws, weights=kind, p_value=p, ci_low=att0 - q * se0, ci_high=att0 + q * se0)
