"""Callaway & Sant'Anna (2021) group-time average treatment effects, without covariates, and their aggregations.

ATT(g,t) compares the change in outcome from a base period to period t for the cohort first treated in g with
the same change for a comparison group: never-treated units ("never") or units not yet treated by t and by the
base period ("notyet"). The base period is "varying" (the period before t for pre-periods, the last pre-period
g−1 after treatment, as in `did`/`csdid`) or "universal" (g−1 always). Without covariates the doubly robust
estimator reduces to this difference of mean changes, so ATT(g,t) equals csdid's exactly.

Uncertainty comes from each estimate's influence function (one value per unit, summed within clusters). The
aggregations (simple, dynamic, group, calendar) weight cells by cohort size; `share_uncertainty=True` (default,
as `did::aggte`) adds the influence function of those estimated weights, which is what makes Callaway–Sant'Anna
intervals wider than ones that hold cohort shares fixed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse

from ice_ledger.effects.panel import CID, TID, TIME, UID, EffectInputError, G, Y

CONTROL_GROUPS = ("never", "notyet")
BASE_PERIODS = ("varying", "universal")


@dataclass
class Aggregate:
    """One aggregated effect (or a family of them) with its influence function (units × k)."""

    labels: list[int]
    estimates: np.ndarray
    inf: np.ndarray


@dataclass
class GroupTime:
    """ATT(g,t) for every cohort g and period t, with influence functions and what went into each.

    Every aggregation is linear in the cells' influence functions plus, with `share_uncertainty`, a term that
    depends on a unit only through its cohort: its influence is `inf @ W + V[cohort + 1]` for cell weights W
    and per-cohort values V (row 0: never-treated units). So all of them come from one product, and their
    cluster sums from the cells' cluster sums (`cluster_inf`) and the clusters' cohort counts."""

    cells: pd.DataFrame  # group, period, base, estimate, se, treated_units, control_units, post
    inf: np.ndarray  # units × cells (column-major; units in cohort order, as unit_cohort and cluster)
    unit_cohort: np.ndarray  # first treated period per unit (inf: never)
    cluster: np.ndarray  # cluster code per unit
    dropped: list[str] = field(default_factory=list)
    _cohorts: tuple[np.ndarray, np.ndarray, np.ndarray] | None = field(default=None, repr=False)
    _summer: sparse.csc_matrix | None = field(default=None, repr=False)
    _cols: dict[str, np.ndarray] = field(default_factory=dict, repr=False)
    _cluster_inf: np.ndarray | None = field(default=None, repr=False)
    _identity: bool | None = field(default=None, repr=False)
    _gram: np.ndarray | None = field(default=None, repr=False)
    spans: list[tuple[int, int]] | None = field(default=None, repr=False)  # each cell's rows outside which inf is 0

    @property
    def n_units(self) -> int:
        return len(self.unit_cohort)

    def se(self, inf: np.ndarray) -> np.ndarray:
        """Cluster-robust SE from influence functions (units × k): sqrt(Σ_c (Σ_i∈c ψ_i)²) / n."""
        return _se(self.cluster_sums(inf), self.n_units)

    def _clusters_are_units(self) -> bool:
        """Clusters nest units, so as many clusters as units means one unit each (sums within are the rows)."""
        if self._identity is None:
            self._identity = int(self.cluster.max()) + 1 == len(self.cluster)
        return self._identity

    def cluster_sums(self, inf: np.ndarray) -> np.ndarray:
        if self._clusters_are_units():
            return np.asarray(inf)
        if self._summer is None:
            n = len(self.cluster)
            self._summer = sparse.csc_matrix((np.ones(n), self.cluster, np.arange(n + 1)),
                                             shape=(int(self.cluster.max()) + 1, n))
        return np.asarray(self._summer @ inf)

    def cluster_inf(self) -> np.ndarray:
        """Clusters × cells: the cells' influence functions summed within clusters (once)."""
        if self._cluster_inf is None:
            self._cluster_inf = self.cluster_sums(self.inf)
        return self._cluster_inf

    def influence(self, W: np.ndarray, V: np.ndarray) -> np.ndarray:
        """Units × k influence functions of the combinations: inf @ W plus the cohort term V (C+1 × k)."""
        return self.inf @ W + np.take(V, self.cohort_index()[2] + 1, axis=0)

    def gram(self) -> np.ndarray:
        """Cross products of the cluster sums of [cells' influence, cohort indicators] (cells + cohorts + 1
        square): the variance of any combination `influence(W, V)` is z'·gram·z/n² with z = [W; V]."""
        if self._gram is None:
            of_unit = self.cohort_index()[2]
            C = len(self.cohort_index()[0]) + 1
            if self._clusters_are_units():
                A = self.inf
                key = of_unit + 1
                AE = np.empty((A.shape[1], C))
                spans = self.spans or [(0, len(key))] * A.shape[1]
                for j, (a, z) in enumerate(spans):  # the rows beyond a cell's span add exact zeros: skipped
                    AE[j] = np.bincount(key[a:z], weights=A[a:z, j], minlength=C)
                EE = np.diag(np.bincount(of_unit + 1, minlength=C).astype(float))
            else:
                A = self.cluster_inf()
                G = int(self.cluster.max()) + 1
                Ec = np.bincount(self.cluster * C + of_unit + 1, minlength=G * C).reshape(G, C).astype(float)
                AE, EE = A.T @ Ec, Ec.T @ Ec
            self._gram = np.block([[A.T @ A, AE], [AE.T, EE]])
        return self._gram

    def cov_of(self, W: np.ndarray, V: np.ndarray) -> np.ndarray:
        """Cluster-robust covariance of the combinations `influence(W, V)` (k × k), from `gram`."""
        Z = np.vstack([W, V])
        return Z.T @ self.gram() @ Z / self.n_units**2

    def se_of(self, W: np.ndarray, V: np.ndarray) -> np.ndarray:
        """Cluster-robust SEs of the combinations `influence(W, V)`, without forming them."""
        Z = np.vstack([W, V])
        return np.sqrt(np.clip((Z * (self.gram() @ Z)).sum(axis=0), 0, None)) / self.n_units

    def col(self, name: str) -> np.ndarray:
        """A column of `cells` as a numpy array (read once: the aggregations index it many times)."""
        if name not in self._cols:
            self._cols[name] = self.cells[name].to_numpy()
        return self._cols[name]

    def cohort_index(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Cohorts (first treated periods), their shares of all units, and each unit's cohort index (-1: never)."""
        if self._cohorts is None:
            finite = np.isfinite(self.unit_cohort)
            values, index = np.unique(self.unit_cohort[finite], return_inverse=True)
            of_unit = np.full(self.n_units, -1, np.int64)
            of_unit[finite] = index
            self._cohorts = values, np.bincount(index, minlength=len(values)) / self.n_units, of_unit
        return self._cohorts

    def share_values(self, groups: np.ndarray, att_k: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Cohort-share weights of cells in `groups`, and the influence of estimating those shares on Σ w·att
        as one value per cohort (index 0: never-treated units, c+1: cohort c).

        Equals (member − pg)/Σpg − Σ_k(member − pg)·pg/(Σpg)² times att (member: units × cells indicator of the
        unit's cohort being the cell's), which depends on a unit only through its cohort.
        """
        values, shares, _ = self.cohort_index()
        gidx = np.searchsorted(values, groups)
        pg = shares[gidx]
        total = pg.sum()
        s = pg @ att_k
        att_by_cohort = np.bincount(gidx, weights=att_k, minlength=len(values))
        cells_by_cohort = np.bincount(gidx, minlength=len(values)).astype(float)
        member_att = np.concatenate([[0.0], att_by_cohort])
        member_n = np.concatenate([[0.0], cells_by_cohort])
        return pg, (member_att - s) / total - (member_n - total) * s / total**2

    def share_influence(self, groups: np.ndarray, att_k: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """`share_values` with the influence spelled out per unit."""
        pg, V = self.share_values(groups, att_k)
        return pg, np.take(V, self.cohort_index()[2] + 1)


def _se(sums: np.ndarray, n: int) -> np.ndarray:
    return np.sqrt((sums**2).sum(axis=0)) / n


def group_time(data: pd.DataFrame, control: str = "never", base: str = "varying", regular: bool | None = None
               ) -> GroupTime:
    """ATT(g,t) on a prepared panel (internal column names, G = inf for never-treated). `regular`: the rows are
    the unit × period grid in unit-major order (`PreparedPanel.regular`), so the wide layout is a reshape."""
    if control not in CONTROL_GROUPS:
        raise EffectInputError(f"control group must be one of {', '.join(CONTROL_GROUPS)}, not {control!r}")
    if base not in BASE_PERIODS:
        raise EffectInputError(f"base period must be one of {', '.join(BASE_PERIODS)}, not {base!r}")
    # The prepared panel's unit, period and cluster codes are 0..n-1 already. Units are laid out by cohort
    # (never-treated last), so every cohort and every comparison group is one or two contiguous ranges.
    u = data[UID].to_numpy().astype(np.int64, copy=False)
    tid = data[TID].to_numpy().astype(np.int64, copy=False)
    n, T = int(u.max()) + 1, int(tid.max()) + 1
    periods = np.empty(T, np.int64)
    periods[tid] = data[TIME].to_numpy()
    grid = bool(regular) and len(u) == n * T  # row = unit · T + period: every cell present, once
    if grid:
        g_of = data[G].to_numpy(dtype=float)[::T].copy()
    else:
        g_of = np.full(n, np.inf)
        g_of[u] = data[G].to_numpy(dtype=float)
    order = np.argsort(g_of, kind="stable")
    if grid:  # a gather of whole unit rows, then period-major
        wide = np.ascontiguousarray(data[Y].to_numpy(dtype=float).reshape(n, T)[order].T)
        cl = data[CID].to_numpy()[::T][order].astype(np.int64)
    else:
        place = np.empty(n, np.int64)
        place[order] = np.arange(n)
        flat = np.full(T * n, np.nan)
        flat[tid * n + np.take(place, u)] = data[Y].to_numpy(dtype=float)
        wide = flat.reshape(T, n)  # period-major: one period's outcomes for every unit are contiguous
        cl = np.zeros(n, np.int64)
        cl[place[u]] = data[CID].to_numpy()
    gi = g_of[order]
    never_from = int(np.searchsorted(gi, np.inf, side="left"))
    if control == "never" and never_from == n:
        raise EffectInputError("no never-treated units: use the not-yet-treated comparison group")
    observed = np.isfinite(wide)
    balanced = bool(observed.all())
    cohorts = np.unique(gi[:never_from])
    inf: np.ndarray = np.zeros((n, len(cohorts) * T), order="F")
    rows: list[dict[str, Any]] = []
    spans: list[tuple[int, int]] = []
    dropped: list[str] = []
    for g in cohorts:
        pre = np.flatnonzero(periods < g)
        if not len(pre):
            continue
        g_base = pre[-1]
        lo, hi = int(np.searchsorted(gi, g, side="left")), int(np.searchsorted(gi, g, side="right"))
        for j in range(T):
            b = g_base if (base == "universal" or periods[j] >= g) else j - 1
            if b < 0 or j == b:
                continue
            if control == "never":
                comp = [(never_from, n)]
            else:  # units not treated by either period, the cohort itself excluded
                start = int(np.searchsorted(gi, max(periods[j], periods[b]), side="right"))
                comp = [(start, n)] if start >= hi else [(start, lo), (hi, n)]
                comp = [(a, z) for a, z in comp if z > a]
            if balanced:
                n1, n0 = hi - lo, sum(z - a for a, z in comp)
            else:
                ok = observed[j] & observed[b]
                treat = lo + np.flatnonzero(ok[lo:hi])
                comp_idx = np.concatenate([a + np.flatnonzero(ok[a:z]) for a, z in comp]) if comp else \
                    np.zeros(0, np.int64)
                n1, n0 = len(treat), len(comp_idx)
            name = f"ATT({int(g)},{int(periods[j])})"
            if n1 == 0 or n0 == 0:
                dropped.append(f"{name}: no {'treated' if n1 == 0 else 'comparison'} units observed in both "
                               f"{int(periods[b])} and {int(periods[j])}")
                continue
            psi = inf[:, len(rows)]
            if balanced:
                dy1 = wide[j, lo:hi] - wide[b, lo:hi]
                dy0 = [wide[j, a:z] - wide[b, a:z] for a, z in comp]
                m1 = dy1.mean()
                m0 = dy0[0].mean() if len(dy0) == 1 else np.concatenate(dy0).mean()
                psi[lo:hi] = (dy1 - m1) * n / n1
                for (a, z), part in zip(comp, dy0, strict=True):
                    psi[a:z] = -(part - m0) * n / n0
            else:
                dy1 = np.take(wide[j], treat) - np.take(wide[b], treat)
                dy0_all = np.take(wide[j], comp_idx) - np.take(wide[b], comp_idx)
                m1, m0 = dy1.mean(), dy0_all.mean()
                psi[treat] = (dy1 - m1) * n / n1
                psi[comp_idx] = -(dy0_all - m0) * n / n0
            rows.append({"group": int(g), "period": int(periods[j]), "base": int(periods[b]),
                         "estimate": m1 - m0, "treated_units": n1, "control_units": n0,
                         "post": bool(periods[j] >= g)})
            spans.append((min([lo, *(a for a, _ in comp)]), max([hi, *(z for _, z in comp)])))
    if not rows:
        raise EffectInputError("no group-time effect can be estimated: no cohort has a comparison group")
    cols = {name: np.array([r[name] for r in rows]) for name in rows[0]}
    out = GroupTime(pd.DataFrame(cols), inf[:, :len(rows)], gi, cl, dropped, _cols=cols, spans=spans)
    k = len(rows)
    cols["se"] = np.sqrt(np.clip(np.diag(out.gram())[:k], 0, None)) / n
    out.cells["se"] = cols["se"]
    return out


def cell_records(gt: GroupTime) -> list[dict[str, Any]]:
    """The group-time cells as plain records (for JSON), from the columns already in hand."""
    names = list(gt.cells.columns)
    cols = [gt.col(name).tolist() for name in names]
    return [dict(zip(names, values, strict=True)) for values in zip(*cols, strict=True)]


# One aggregated quantity as (estimate, cell weights W, cohort term V): its influence is gt.influence(W, V).
_Part = tuple[float, np.ndarray, np.ndarray]


def _weighted_part(gt: GroupTime, keep: np.ndarray, share_uncertainty: bool) -> _Part:
    """Cohort-size-weighted mean of the kept cells, its cell weights and (with the weights' own) cohort term."""
    groups = gt.col("group")[keep]
    att_k = gt.col("estimate")[keep]
    pg, V = gt.share_values(groups, att_k)
    w = pg / pg.sum()
    W = np.zeros(len(keep))
    W[keep] = w
    return float(w @ att_k), W, V if share_uncertainty else np.zeros_like(V)


def _weighted(gt: GroupTime, keep: np.ndarray, share_uncertainty: bool) -> tuple[float, np.ndarray]:
    """Cohort-size-weighted mean of the kept cells and its influence function (with the weights' own)."""
    att, W, V = _weighted_part(gt, keep, share_uncertainty)
    return att, gt.influence(W[:, None], V[:, None])[:, 0]


@dataclass
class _Family:
    labels: list[int]
    estimates: np.ndarray
    W: np.ndarray  # cells × labels
    V: np.ndarray  # cohorts + 1 × labels
    overall: _Part


def _stack(parts: list[_Part]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return (np.array([p[0] for p in parts]), np.column_stack([p[1] for p in parts]),
            np.column_stack([p[2] for p in parts]))


def _family(gt: GroupTime, kind: str, share_uncertainty: bool) -> _Family:
    """`did::aggte`'s aggregations as weights: the family (by event time, cohort or period) and its overall."""
    post, group, period, estimate = gt.col("post"), gt.col("group"), gt.col("period"), gt.col("estimate")
    if kind == "simple":
        part = _weighted_part(gt, post, share_uncertainty)
        return _Family([0], np.array([part[0]]), part[1][:, None], part[2][:, None], part)
    if kind == "dynamic":
        e = period - group
        labels = sorted(set(e.tolist()))
        est, W, V = _stack([_weighted_part(gt, e == k, share_uncertainty) for k in labels])
        pos = np.array(labels) >= 0
        return _Family(labels, est, W, V, (float(est[pos].mean()), W[:, pos].mean(axis=1), V[:, pos].mean(axis=1)))
    if kind == "group":
        labels = sorted(set(group[post].tolist()))
        sel = [post & (group == g) for g in labels]
        est = np.array([estimate[m].mean() for m in sel])
        W = np.column_stack([m / m.sum() for m in sel])
        pg, Vg = gt.share_values(np.array(labels, dtype=float), est)
        w = pg / pg.sum()
        V = np.zeros((len(Vg), len(labels)))
        return _Family(labels, est, W, V, (float(w @ est), W @ w, Vg if share_uncertainty else np.zeros_like(Vg)))
    if kind == "calendar":
        labels = sorted(set(period[post].tolist()))
        est, W, V = _stack([_weighted_part(gt, post & (period == t), share_uncertainty) for t in labels])
        return _Family(labels, est, W, V, (float(est.mean()), W.mean(axis=1), V.mean(axis=1)))
    raise EffectInputError(f"unknown aggregation {kind!r}; choose simple, dynamic, group or calendar")


def aggregate(gt: GroupTime, kind: str, share_uncertainty: bool = True) -> tuple[Aggregate, float, np.ndarray]:
    """`did::aggte`'s aggregations: the family (by event time, cohort or period) and its overall average.

    "simple": one number, cohort-size-weighted mean of post cells. "dynamic": by event time e = t − g; overall =
    mean over e ≥ 0. "group": by cohort (mean of its post cells); overall = cohort-size-weighted. "calendar":
    by period; overall = mean over periods.
    """
    fam = _family(gt, kind, share_uncertainty)
    att, W, V = fam.overall
    inf = gt.influence(np.column_stack([fam.W, W]), np.column_stack([fam.V, V]))
    return Aggregate(fam.labels, fam.estimates, inf[:, :-1]), att, inf[:, -1]


@dataclass
class CSEstimate:
    """What `did.estimate` needs from Callaway–Sant'Anna: the ATT, the event study, their uncertainty."""

    att: float
    se: float
    se_fixed_shares: float
    att_inf: np.ndarray
    event: dict[str, np.ndarray]  # rel_period, estimate, se, treated_obs
    event_cov: np.ndarray
    gt: GroupTime
    aggregations: dict[str, dict[str, object]]


def cs_estimate(data: pd.DataFrame, window: tuple[int, int], control: str = "never", base: str = "varying",
                share_uncertainty: bool = True, regular: bool | None = None) -> CSEstimate:
    """Group-time ATTs, the simple ATT, and an event study whose end bins pool the periods beyond the window.
    `regular`: as `group_time`.

    Every aggregate's weights are collected first and their cluster sums taken in one product."""
    gt = group_time(data, control, base, regular)
    e_cell = gt.col("period") - gt.col("group")
    shown = np.clip(e_cell, *window)
    labels = sorted(set(shown.tolist()))
    es_est, es_W, es_V = _stack([_weighted_part(gt, shown == e, share_uncertainty) for e in labels])
    families = {kind: _family(gt, kind, share_uncertainty) for kind in ("simple", "dynamic", "group", "calendar")}
    att, W_att, V_att = families["simple"].overall
    blocks: list[tuple[np.ndarray, np.ndarray]] = [(W_att[:, None], np.zeros((len(V_att), 1))), (es_W, es_V)]
    for fam in families.values():
        blocks += [(fam.W, fam.V), (fam.overall[1][:, None], fam.overall[2][:, None])]
    W = np.column_stack([b[0] for b in blocks])
    V = np.column_stack([b[1] for b in blocks])
    se_all = gt.se_of(W, V)
    se_fixed = float(se_all[0])
    at = 1
    cov = gt.cov_of(W[:, at:at + len(labels)], V[:, at:at + len(labels)])
    at += len(labels)
    event = {"rel_period": np.array(labels), "estimate": es_est, "se": np.sqrt(np.diag(cov)),
             "treated_obs": np.array([int(gt.col("treated_units")[shown == e].sum()) for e in labels])}
    aggs: dict[str, dict[str, object]] = {}
    se = float("nan")
    for kind, fam in families.items():
        k = len(fam.labels)
        fam_se, overall_se = se_all[at:at + k], float(se_all[at + k])
        at += k + 1
        if kind == "simple":
            se = overall_se
        aggs[kind] = {"overall": fam.overall[0], "overall_se": overall_se,
                      "by": [{"label": int(lab), "estimate": float(v), "se": float(s)}
                             for lab, v, s in zip(fam.labels, fam.estimates, fam_se, strict=True)]
                      if kind != "simple" else []}
    att_inf = gt.influence(W_att[:, None], V_att[:, None])[:, 0]
    return CSEstimate(att, se, se_fixed, att_inf, event, cov, gt, aggs)


def multiplier_bootstrap(gt: GroupTime, inf: np.ndarray, att: float, se: float, draws: int, seed: int,
                         cluster_rank: np.ndarray | None = None) -> tuple[float, float, float]:
    """Rademacher multiplier bootstrap of the influence function by cluster (as `did`): p, CI low, CI high."""
    sums = np.bincount(gt.cluster, weights=inf, minlength=int(gt.cluster.max()) + 1)  # in cluster-code order
    if cluster_rank is not None:  # the clusters' canonical order (PreparedPanel.cluster_rank)
        canonical = np.empty_like(sums)
        canonical[cluster_rank] = sums
        sums = canonical
    rng = np.random.default_rng(seed)
    star = np.concatenate([rng.choice(np.array([-1.0, 1.0]), size=(min(1000, draws - s), len(sums))) @ sums
                           for s in range(0, draws, 1000)]) / gt.n_units
    t = np.abs(star) / se
    q = float(np.quantile(t, 0.95))
    p = float((1 + (np.abs(star) >= abs(att)).sum()) / (1 + draws))
    return p, att - q * se, att + q * se


def sup_t_critical(cov: np.ndarray, seed: int, draws: int = 10_000, level: float = 0.95) -> float:
    """Critical value for simultaneous (sup-t) bands: the `level` quantile of max_k |Z_k|/σ_k, Z ~ N(0, cov)."""
    sd = np.sqrt(np.clip(np.diag(cov), 0, None))
    keep = sd > 0
    if not keep.any():
        return float("nan")
    corr = cov[np.ix_(keep, keep)] / np.outer(sd[keep], sd[keep])
    w, v = np.linalg.eigh(corr)
    root = v * np.sqrt(np.clip(w, 0, None))
    z = np.random.default_rng(seed).standard_normal((draws, keep.sum())) @ root.T
    return float(np.quantile(np.abs(z).max(axis=1), level))
