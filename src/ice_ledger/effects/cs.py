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

import numpy as np
import pandas as pd
from scipy import sparse

from ice_ledger.effects.fe import codes
from ice_ledger.effects.panel import CID, TIME, UID, EffectInputError, G, Y

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
    """ATT(g,t) for every cohort g and period t, with influence functions and what went into each."""

    cells: pd.DataFrame  # group, period, base, estimate, se, treated_units, control_units, post
    inf: np.ndarray  # units × cells
    unit_cohort: np.ndarray  # first treated period per unit (inf: never)
    cluster: np.ndarray  # cluster code per unit
    dropped: list[str] = field(default_factory=list)
    _cohorts: tuple[np.ndarray, np.ndarray, np.ndarray] | None = field(default=None, repr=False)
    _summer: sparse.csc_matrix | None = field(default=None, repr=False)
    _cols: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    @property
    def n_units(self) -> int:
        return len(self.unit_cohort)

    def se(self, inf: np.ndarray) -> np.ndarray:
        """Cluster-robust SE from influence functions (units × k): sqrt(Σ_c (Σ_i∈c ψ_i)²) / n."""
        return np.sqrt((self.cluster_sums(inf) ** 2).sum(axis=0)) / self.n_units

    def cluster_sums(self, inf: np.ndarray) -> np.ndarray:
        if self._summer is None:
            n = len(self.cluster)
            self._summer = sparse.csc_matrix((np.ones(n), self.cluster, np.arange(n + 1)),
                                             shape=(int(self.cluster.max()) + 1, n))
        return np.asarray(self._summer @ inf)

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

    def share_influence(self, groups: np.ndarray, att_k: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Cohort-share weights of cells in `groups`, and the influence of estimating those shares on Σ w·att.

        Equals (member − pg)/Σpg − Σ_k(member − pg)·pg/(Σpg)² times att (member: units × cells indicator of the
        unit's cohort being the cell's), computed per unit from its cohort without the units × cells matrix.
        """
        values, shares, of_unit = self.cohort_index()
        gidx = np.searchsorted(values, groups)
        pg = shares[gidx]
        total = pg.sum()
        att_by_cohort = np.bincount(gidx, weights=att_k, minlength=len(values))
        cells_by_cohort = np.bincount(gidx, minlength=len(values)).astype(float)
        member_att = np.where(of_unit >= 0, att_by_cohort[np.maximum(of_unit, 0)], 0.0)
        member_n = np.where(of_unit >= 0, cells_by_cohort[np.maximum(of_unit, 0)], 0.0)
        wif = (member_att - pg @ att_k) / total - (member_n - total) * (pg @ att_k) / total**2
        return pg, wif


def group_time(data: pd.DataFrame, control: str = "never", base: str = "varying") -> GroupTime:
    """ATT(g,t) on a prepared panel (internal column names, G = inf for never-treated)."""
    if control not in CONTROL_GROUPS:
        raise EffectInputError(f"control group must be one of {', '.join(CONTROL_GROUPS)}, not {control!r}")
    if base not in BASE_PERIODS:
        raise EffectInputError(f"base period must be one of {', '.join(BASE_PERIODS)}, not {base!r}")
    u = codes(data[UID].to_numpy())
    periods = np.sort(data[TIME].unique())
    t_idx = np.searchsorted(periods, data[TIME].to_numpy())
    n, T = int(u.max()) + 1, len(periods)
    wide = np.full((n, T), np.nan)
    wide[u, t_idx] = data[Y].to_numpy(dtype=float)
    gi = np.full(n, np.inf)
    gi[u] = data[G].to_numpy(dtype=float)
    cl = np.zeros(n, np.int64)
    cl[u] = codes(data[CID].to_numpy())
    never = ~np.isfinite(gi)
    if control == "never" and not never.any():
        raise EffectInputError("no never-treated units: use the not-yet-treated comparison group")
    rows, infs, dropped = [], [], []
    for g in np.unique(gi[np.isfinite(gi)]):
        pre = np.flatnonzero(periods < g)
        if not len(pre):
            continue
        g_base = pre[-1]
        in_g = gi == g
        for j in range(T):
            b = g_base if (base == "universal" or periods[j] >= g) else j - 1
            if b < 0 or j == b:
                continue
            later = max(periods[j], periods[b])
            ctrl = never if control == "never" else (never | ((gi > later) & ~in_g))
            ok = np.isfinite(wide[:, j]) & np.isfinite(wide[:, b])
            treat, comp = in_g & ok, ctrl & ok
            n1, n0 = int(treat.sum()), int(comp.sum())
            name = f"ATT({int(g)},{int(periods[j])})"
            if n1 == 0 or n0 == 0:
                dropped.append(f"{name}: no {'treated' if n1 == 0 else 'comparison'} units observed in both "
                               f"{int(periods[b])} and {int(periods[j])}")
                continue
            dy = wide[:, j] - wide[:, b]
            m1, m0 = dy[treat].mean(), dy[comp].mean()
            psi = np.zeros(n)
            psi[treat] = (dy[treat] - m1) * n / n1
            psi[comp] = -(dy[comp] - m0) * n / n0
            rows.append({"group": int(g), "period": int(periods[j]), "base": int(periods[b]),
                         "estimate": m1 - m0, "treated_units": n1, "control_units": n0,
                         "post": bool(periods[j] >= g)})
            infs.append(psi)
    if not rows:
        raise EffectInputError("no group-time effect can be estimated: no cohort has a comparison group")
    out = GroupTime(pd.DataFrame(rows), np.column_stack(infs), gi, cl, dropped)
    out.cells["se"] = out.se(out.inf)
    return out


def _weighted(gt: GroupTime, keep: np.ndarray, share_uncertainty: bool) -> tuple[float, np.ndarray]:
    """Cohort-size-weighted mean of the kept cells and its influence function (with the weights' own)."""
    groups = gt.col("group")[keep]
    att_k = gt.col("estimate")[keep]
    pg, wif = gt.share_influence(groups, att_k)
    w = pg / pg.sum()
    inf = gt.inf[:, keep] @ w
    if share_uncertainty:
        inf = inf + wif
    return float(w @ att_k), inf


def aggregate(gt: GroupTime, kind: str, share_uncertainty: bool = True) -> tuple[Aggregate, float, np.ndarray]:
    """`did::aggte`'s aggregations: the family (by event time, cohort or period) and its overall average.

    "simple": one number, cohort-size-weighted mean of post cells. "dynamic": by event time e = t − g; overall =
    mean over e ≥ 0. "group": by cohort (mean of its post cells); overall = cohort-size-weighted. "calendar":
    by period; overall = mean over periods.
    """
    post, group, period, estimate = gt.col("post"), gt.col("group"), gt.col("period"), gt.col("estimate")
    if kind == "simple":
        att, inf = _weighted(gt, post, share_uncertainty)
        return Aggregate([0], np.array([att]), inf[:, None]), att, inf
    if kind == "dynamic":
        e = period - group
        labels = sorted(set(e.tolist()))
        parts = [_weighted(gt, e == k, share_uncertainty) for k in labels]
        est, inf = np.array([p[0] for p in parts]), np.column_stack([p[1] for p in parts])
        pos = np.array(labels) >= 0
        return Aggregate(labels, est, inf), float(est[pos].mean()), inf[:, pos].mean(axis=1)
    if kind == "group":
        labels = sorted(set(group[post].tolist()))
        est = np.array([estimate[post & (group == g)].mean() for g in labels])
        inf = np.column_stack([gt.inf[:, post & (group == g)].mean(axis=1) for g in labels])
        pg, wif = gt.share_influence(np.array(labels, dtype=float), est)
        w = pg / pg.sum()
        overall_inf = inf @ w
        if share_uncertainty:
            overall_inf = overall_inf + wif
        return Aggregate(labels, est, inf), float(w @ est), overall_inf
    if kind == "calendar":
        labels = sorted(set(period[post].tolist()))
        parts = [_weighted(gt, post & (period == t), share_uncertainty) for t in labels]
        est, inf = np.array([p[0] for p in parts]), np.column_stack([p[1] for p in parts])
        return Aggregate(labels, est, inf), float(est.mean()), inf.mean(axis=1)
    raise EffectInputError(f"unknown aggregation {kind!r}; choose simple, dynamic, group or calendar")


@dataclass
class CSEstimate:
    """What `did.estimate` needs from Callaway–Sant'Anna: the ATT, the event study, their uncertainty."""

    att: float
    se: float
    se_fixed_shares: float
    att_inf: np.ndarray
    event: pd.DataFrame  # rel_period, estimate, se, treated_obs
    event_cov: np.ndarray
    gt: GroupTime
    aggregations: dict[str, dict[str, object]]


def cs_estimate(data: pd.DataFrame, window: tuple[int, int], control: str = "never", base: str = "varying",
                share_uncertainty: bool = True) -> CSEstimate:
    """Group-time ATTs, the simple ATT, and an event study whose end bins pool the periods beyond the window."""
    gt = group_time(data, control, base)
    _, att, inf = aggregate(gt, "simple", share_uncertainty)
    _, _, inf_fixed = aggregate(gt, "simple", False)
    e_cell = gt.col("period") - gt.col("group")
    shown = np.clip(e_cell, *window)
    labels = sorted(set(shown.tolist()))
    parts = [_weighted(gt, shown == e, share_uncertainty) for e in labels]
    es_inf = np.column_stack([p[1] for p in parts])
    sums = gt.cluster_sums(es_inf)
    cov = sums.T @ sums / gt.n_units**2
    event = pd.DataFrame({"rel_period": labels, "estimate": [p[0] for p in parts], "se": np.sqrt(np.diag(cov)),
                          "treated_obs": [int(gt.col("treated_units")[shown == e].sum()) for e in labels]})
    aggs: dict[str, dict[str, object]] = {}
    for kind in ("simple", "dynamic", "group", "calendar"):
        fam, overall, o_inf = aggregate(gt, kind, share_uncertainty) if kind != "simple" else (None, att, inf)
        aggs[kind] = {"overall": overall, "overall_se": float(gt.se(o_inf[:, None])[0]),
                      "by": [{"label": int(k), "estimate": float(v), "se": float(s)}
                             for k, v, s in zip(fam.labels, fam.estimates, gt.se(fam.inf), strict=True)]
                      if fam is not None else []}
    return CSEstimate(att, float(gt.se(inf[:, None])[0]), float(gt.se(inf_fixed[:, None])[0]), inf, event, cov,
                      gt, aggs)


def multiplier_bootstrap(gt: GroupTime, inf: np.ndarray, att: float, se: float, draws: int, seed: int
                         ) -> tuple[float, float, float]:
    """Rademacher multiplier bootstrap of the influence function by cluster (as `did`): p, CI low, CI high."""
    sums = gt.cluster_sums(inf[:, None])[:, 0]
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
