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
from scipy.sparse.linalg import splu

from ice_ledger.effects.panel import CLUSTER, TIME, UNIT, D, Y
from ice_ledger.effects.result import Bootstrap

Stat = Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]
WEBB = np.array([-np.sqrt(1.5), -1.0, -np.sqrt(0.5), np.sqrt(0.5), 1.0, np.sqrt(1.5)])
CHUNK = 100


def fixed_effects_design(df: pd.DataFrame, covariates: Sequence[str]) -> sparse.csr_matrix:
    """Unit dummies, period dummies (first dropped) and covariates, as one sparse matrix."""
    n = len(df)
    u, _ = pd.factorize(df[UNIT])
    t, _ = pd.factorize(df[TIME], sort=True)
    rows = np.arange(n)
    U = sparse.csr_matrix((np.ones(n), (rows, u)), shape=(n, u.max() + 1))
    T = sparse.csr_matrix((np.ones(n), (rows, t)), shape=(n, t.max() + 1))[:, 1:]
    parts = [U, T]
    if covariates:
        parts.append(sparse.csr_matrix(df[list(covariates)].to_numpy(dtype=float)))
    return sparse.hstack(parts, format="csr")


def _cluster_sum(df: pd.DataFrame) -> sparse.csr_matrix:
    c, _ = pd.factorize(df[CLUSTER])
    return sparse.csr_matrix((np.ones(len(c)), (c, np.arange(len(c)))), shape=(c.max() + 1, len(c)))


def ols_stat(W: sparse.csr_matrix, r: np.ndarray, C: sparse.csr_matrix) -> Stat:
    """ATT = r'β from OLS of Y on W, with its CRV1 standard error, for many outcome columns at once."""
    lu = splu((W.T @ W).tocsc())
    r_full = np.zeros(W.shape[1])
    r_full[: len(r)] = r
    h = W @ lu.solve(r_full)
    G = C.shape[0]

    def stat(Ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        beta = lu.solve(np.asarray(W.T @ Ys))
        resid = Ys - W @ beta
        scores = C @ (h[:, None] * resid)
        return h @ Ys, np.sqrt(G / (G - 1) * (scores**2).sum(axis=0))

    return stat


def did2s_stat(Z: sparse.csr_matrix, d: np.ndarray, C: sparse.csr_matrix) -> Stat:
    """Gardner's two-stage ATT and its GMM cluster-robust SE (as pyfixest.did2s), for many outcomes at once."""
    untreated = d == 0
    Z0 = Z[untreated]
    lu = splu((Z0.T @ Z0).tocsc())
    za = Z @ lu.solve(np.asarray(Z.T @ d).ravel())
    n1 = d.sum()

    def stat(Ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        gamma = lu.solve(np.asarray(Z0.T @ Ys[untreated]))
        resid = Ys - Z @ gamma
        att = d @ resid / n1
        second = resid - d[:, None] * att[None, :]
        s = d[:, None] * second - (untreated * za)[:, None] * resid
        return att, np.sqrt(((C @ s) ** 2).sum(axis=0)) / n1

    return stat


def make_stat(df: pd.DataFrame, covariates: Sequence[str], method: str, regressors: Sequence[str],
              att_w: dict[str, float]) -> Stat:
    """The ATT statistic of `method`; `regressors` are the treatment columns of the regression (TWFE, sunab)."""
    Z = fixed_effects_design(df, covariates)
    C = _cluster_sum(df)
    if method == "did2s":
        return did2s_stat(Z, df[D].to_numpy(dtype=float), C)
    cols = list(regressors)
    W = sparse.hstack([sparse.csr_matrix(df[cols].to_numpy(dtype=float)), Z], format="csr")
    return ols_stat(W, np.array([att_w.get(c, 0.0) for c in cols]), C)


def wild_cluster_bootstrap(df: pd.DataFrame, covariates: Sequence[str], method: str, regressors: Sequence[str],
                           att_w: dict[str, float], draws: int, seed: int, att: float) -> Bootstrap | None:
    """WCR bootstrap-t for H0: ATT = 0; None when the closed form cannot be solved (collinear design).

    `att` is the library's estimate; the closed form must reproduce it, else no bootstrap is reported.
    """
    try:
        stat = make_stat(df, covariates, method, regressors, att_w)
    except RuntimeError:  # singular factorisation
        return None
    y = df[Y].to_numpy(dtype=float)
    att0, se0 = (float(a[0]) for a in stat(y[:, None]))
    if not np.isclose(att0, att, rtol=1e-6, atol=1e-9 * max(1.0, abs(att))):
        return None
    Z = fixed_effects_design(df, covariates)
    lu = splu((Z.T @ Z).tocsc())
    fitted = Z @ lu.solve(np.asarray(Z.T @ y).ravel())
    resid = y - fitted
    clusters, _ = pd.factorize(df[CLUSTER])
    G = int(clusters.max()) + 1
    rng = np.random.default_rng(seed)
    kind = "Rademacher" if G >= 12 else "Webb six-point"
    t_star = []
    for start in range(0, draws, CHUNK):
        b = min(CHUNK, draws - start)
        v = rng.choice(np.array([-1.0, 1.0]), size=(G, b)) if G >= 12 else rng.choice(WEBB, size=(G, b))
        Ys = fitted[:, None] + resid[:, None] * v[clusters]
        a, s = stat(Ys)
        t_star.append(a / np.where(s > 0, s, np.nan))
    t = np.abs(np.concatenate(t_star))
    t = t[np.isfinite(t)]
    t_obs = abs(att0 / se0) if se0 > 0 else np.inf
    p = float((1 + (t >= t_obs).sum()) / (1 + len(t)))
    q = float(np.quantile(t, 0.95))
    return Bootstrap(draws=draws, weights=kind, p_value=p, ci_low=att0 - q * se0, ci_high=att0 + q * se0)
