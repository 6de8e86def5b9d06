"""Staggered-adoption difference-in-differences that stays valid when effects differ across cohorts and time.

    from ice_ledger.effects.did import estimate
    res = estimate(panel, "county", "year", "violent_crime", "first_year_287g", method="did2s")
    print("\\n".join(res.summary_lines()))

Estimators (see docs/effects.md for what each assumes):
- "did2s": Gardner's two-stage imputation estimator (unit and period effects learned from untreated
  unit-periods only), with its GMM cluster-robust variance; computed exactly in `effects/did2s.py` (sparse,
  memory linear in rows), checked against pyfixest.did2s.
- "sunab": Sun & Abraham's interaction-weighted estimator: one coefficient per cohort × relative period,
  averaged with cohort shares, never-treated (or last-treated) units as controls.
- "twfe": the classic two-way fixed-effects regression, shown beside the others because it is biased when
  effects vary and adoption is staggered (already-treated units serve as controls).
"""

from __future__ import annotations

import warnings as _warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy import special

from ice_ledger.effects.did2s import _indicator_cross, cluster_sum, did2s, did2s_indicators, did2s_never
from ice_ledger.effects.fe import Shared, TwoWayFE, codes
from ice_ledger.effects.memory import small_pages
from ice_ledger.effects.panel import (
    CID,
    CLUSTER,
    REL,
    REL_ALL,
    TIME,
    UID,
    UNIT,
    D,
    EffectInputError,
    G,
    PreparedPanel,
    Y,
    prepare,
)
from ice_ledger.effects.result import Bootstrap, EffectResult

__all__ = ["METHODS", "EffectInputError", "EffectResult", "estimate"]

METHODS = ("did2s", "cs", "sunab", "twfe")
FEW_CLUSTERS = 30
FEW_TREATED = 10
POST = "post_"
DESIGNS = {
    "did2s": "staggered difference-in-differences, Gardner (2021) two-stage imputation estimator (did2s): unit "
             "and period effects are fitted on untreated unit-periods only, then averaged over treated ones",
    "cs": "staggered difference-in-differences, Callaway & Sant'Anna (2021) group-time average treatment "
          "effects (each cohort's change against a comparison group's), aggregated with cohort shares",
    "sunab": "staggered difference-in-differences, Sun & Abraham (2021) interaction-weighted event study: "
             "cohort × relative-period effects averaged with cohort shares",
    "twfe": "two-way fixed-effects regression of the outcome on a treated-and-post indicator (biased under "
            "staggered adoption with heterogeneous effects)",
}


class _Fit:
    """Coefficients and cluster-robust covariance, addressed by name."""

    def __init__(self, names: Sequence[str], beta: np.ndarray, vcov: np.ndarray, clusters: int):
        self.index = {str(n): i for i, n in enumerate(names)}
        self.beta, self.vcov, self.df = np.asarray(beta, float), np.asarray(vcov, float), max(clusters - 1, 1)

    @classmethod
    def of(cls, model: Any, clusters: int) -> _Fit:
        return cls(list(model._coefnames), np.asarray(model._beta_hat), np.asarray(model._vcov), clusters)

    def combo(self, weights: dict[str, float]) -> tuple[float, float]:
        """Estimate and SE of sum(w * beta) over the named coefficients that were estimated."""
        r = self._row(weights)
        return float(r @ self.beta), float(np.sqrt(max(r @ self.vcov @ r, 0.0)))

    def _row(self, weights: dict[str, float]) -> np.ndarray:
        r = np.zeros(len(self.beta))
        for name, w in weights.items():
            if name in self.index:
                r[self.index[name]] = w
        return r

    def joint_f(self, rows: list[dict[str, float]]) -> tuple[float | None, int, float | None]:
        """Joint Wald F test that every combination is zero (df2 = clusters − 1)."""
        rs = [self._row(w) for w in rows]
        rs = [r for r in rs if r.any()]
        if not rs:
            return None, 0, None
        R = np.vstack(rs)
        return wald(R @ self.beta, R @ self.vcov @ R.T, self.df)

    def cov_of(self, rows: list[dict[str, float]]) -> np.ndarray:
        R = np.vstack([self._row(w) for w in rows]) if rows else np.zeros((0, len(self.beta)))
        return R @ self.vcov @ R.T


def wald(est: np.ndarray, cov: np.ndarray, df: int) -> tuple[float | None, int, float | None]:
    """Joint Wald F test that every estimate is zero, F(k, df)."""
    if not len(est):
        return None, 0, None
    k = int(np.linalg.matrix_rank(cov))
    if k == 0:
        return None, 0, None
    f = float(est @ np.linalg.pinv(cov) @ est) / k
    return f, k, float(special.fdtrc(k, df, f))


def _event_name(e: int) -> str:
    return f"ev_{'m' if e < 0 else 'p'}{abs(e)}"


def event_codes(data: pd.DataFrame) -> tuple[dict[int, str], np.ndarray]:
    """Which relative-period indicator each row belongs to (-1: none): treated units' rows, binned at the window's
    ends, period -1 being the reference.

    Never-treated units' rows have relative period -1 (`prepare` sets it, and every window holds -1), so they fall
    on the reference like treated units' period -1 and need no mask: one lookup by relative period does it."""
    rel = data[REL].to_numpy()
    lo = int(rel.min())
    off = rel - lo
    present = np.flatnonzero(np.bincount(off)) + lo
    events = {int(e): _event_name(int(e)) for e in present if e != -1}
    index = np.full(int(rel.max()) - lo + 1, -1, np.int64)
    index[np.array(list(events), dtype=np.int64) - lo] = np.arange(len(events))
    return events, np.take(index, off)


def event_dummies(data: pd.DataFrame) -> tuple[dict[int, str], np.ndarray]:
    """The relative-period indicators as a rows × K 0/1 matrix (for the regressions that need columns)."""
    events, col = event_codes(data)
    M = np.zeros((len(col), len(events)))
    hit = np.flatnonzero(col >= 0)
    M[hit, col[hit]] = 1.0
    return events, M


def _with_dummies(p: PreparedPanel, sunab_cells: bool = True
                  ) -> tuple[pd.DataFrame, dict[int, str], dict[tuple[int, int], str]]:
    """Add the post indicator, relative-period dummies (treated units only) and cohort × period dummies."""
    df = p.data
    treated = np.isfinite(df[G]).to_numpy()
    rel_all, g = df[REL_ALL].to_numpy(), df[G].to_numpy()
    new: dict[str, np.ndarray] = {POST: df[D].to_numpy(dtype=float)}
    events, M = event_dummies(df)
    new.update({name: M[:, j] for j, name in enumerate(events.values())})
    cells = {}
    if sunab_cells:
        # Sun-Abraham cells span every relative period (not the display window's pooled end bins), so the
        # overall ATT does not depend on the window. Each cohort's reference is its last observed pre-period
        # (normally -1; -2 when, say, a missing year removes -1), so that no cohort's dummies span all its rows
        # and collide with the unit effects.
        ref = df[treated & (rel_all < 0)].groupby(G)[REL_ALL].max()
        for (gv, e), _ in df[treated].groupby([G, REL_ALL]):
            if e != ref.get(gv, -1):
                name = f"sa_{int(gv)}_{_event_name(int(e))}"
                cells[(int(gv), int(e))] = name
                new[name] = ((g == gv) & (rel_all == e)).astype(float)
    return pd.concat([df, pd.DataFrame(new, index=df.index)], axis=1), events, cells


def _rhs(cols: Sequence[str], covs: Sequence[str]) -> str:
    return " + ".join([*cols, *covs])


def _feols(df: pd.DataFrame, cols: Sequence[str], covs: Sequence[str], clusters: int) -> _Fit:
    import pyfixest as pf

    model = pf.feols(f"{Y} ~ {_rhs(cols, covs)} | {UNIT} + {TIME}", data=df, vcov={"CRV1": CLUSTER})
    return _Fit.of(model, clusters)


def twfe_exact(df: pd.DataFrame, covs: Sequence[str], clusters: int, shared: Shared | None = None) -> _Fit:
    """TWFE coefficient on the post indicator, by Frisch–Waugh on the exact two-way solver, with pyfixest's CRV1
    small-sample factor (G/(G−1)·(N−1)/(N−k), k = 1 + covariates + periods) so the numbers match feols."""
    sh = shared or Shared(df, covs)
    fe = sh.fe(untreated=False)
    x, y = sh.d, sh.y
    xt, yt = fe.fitted(x)[:, 0], fe.fitted(y)[:, 0]
    np.subtract(x, xt, out=xt)  # in place: the residuals take the fitted values' memory
    np.subtract(y, yt, out=yt)
    sh.d_resid[sh.with_covariates(True)] = xt
    sxx = float(xt @ xt)
    if sxx <= 1e-12 * max(float(x @ x), 1.0):
        raise EffectInputError("the treatment indicator is collinear with the unit and period effects")
    beta = float(xt @ yt) / sxx
    e = xt * beta
    np.subtract(yt, e, out=e)
    e *= xt
    scores = np.bincount(sh.cid, weights=e)
    n, k = len(y), 1 + len(covs) + fe.n_periods
    var = float(scores @ scores) / sxx**2 * clusters / max(clusters - 1, 1) * (n - 1) / max(n - k, 1)
    return _Fit([POST], np.array([beta]), np.array([[var]]), clusters)


def first_stage(df: pd.DataFrame, covs: Sequence[str]) -> TwoWayFE:
    """Unit and period effects (and covariates) fitted on the untreated unit-periods only."""
    return Shared(df, covs).fe(untreated=True)


def _did2s(df: pd.DataFrame, cols: Sequence[str], covs: Sequence[str], clusters: int,
           fe: TwoWayFE | None = None) -> _Fit:
    fe = fe if fe is not None else first_stage(df, covs)
    fit = did2s(df[Y].to_numpy(dtype=float), df[D].to_numpy() == 1, df[list(cols)].to_numpy(dtype=float), fe,
                codes(df[CID].to_numpy()))
    return _Fit(list(cols), fit.beta, fit.vcov, clusters)


EventTable = dict[str, np.ndarray]
EVENT_COLUMNS = ("rel_period", "estimate", "se", "ci_low", "ci_high", "treated_obs", "reference")


def _sorted_table(rows: dict[str, list[Any]]) -> EventTable:
    """Columns as arrays, rows ordered by relative period (the event study is built as arrays, framed once)."""
    order = np.argsort(np.asarray(rows["rel_period"]), kind="stable")
    return {k: np.asarray(rows[k])[order] for k in EVENT_COLUMNS}


def _event_table(fit: _Fit, weights: dict[int, dict[str, float]], counts: dict[int, int]) -> EventTable:
    crit = float(special.stdtrit(fit.df, 0.975))
    rows: dict[str, list[Any]] = {"rel_period": [-1], "estimate": [0.0], "se": [0.0], "ci_low": [0.0],
                                  "ci_high": [0.0], "treated_obs": [counts.get(-1, 0)], "reference": [True]}
    for e, w in weights.items():
        est, se = fit.combo(w)
        if not any(name in fit.index for name in w):
            continue
        for k, v in zip(EVENT_COLUMNS, (e, est, se, est - crit * se, est + crit * se, counts.get(e, 0), False),
                        strict=True):
            rows[k].append(v)
    return _sorted_table(rows)


def negative_weight_share(p: PreparedPanel, shared: Shared | None = None) -> float:
    """Share of treated unit-periods that TWFE weights negatively (de Chaisemartin & D'Haultfœuille 2020).

    TWFE's coefficient is sum(w_it * effect_it) over treated cells with w proportional to the treatment
    indicator net of unit and period means; a negative w means that cell's effect is subtracted.
    """
    sh = shared or Shared(p.data, p.covariates)
    x = sh.d
    resid = sh.d_resid.get(False)
    if resid is None:
        resid = x - sh.fe(untreated=False, covariates=False).fitted(x)[:, 0]
    treated = x == 1
    return float((resid[treated] < -1e-9).mean()) if treated.any() else 0.0


_Fits = tuple[_Fit, _Fit, dict[str, float], _Fit, dict[int, dict[str, float]]]


def _fit_all(df: pd.DataFrame, sh: Shared, method: str, G_: int, events: dict[int, str],
             cells: dict[tuple[int, int], str], window: tuple[int, int], event_col: np.ndarray | None,
             control: str | None = None) -> _Fits:
    """TWFE (always, for comparison), the main fit with its ATT weights, the event-study fit with its weights."""
    twfe = twfe_exact(df, sh.covs, G_, sh)
    if method == "did2s":
        col = event_col if event_col is not None else event_codes(df)[1]
        # The post indicator is the union of the post periods' indicators: one pass fits both.
        post = np.array([e >= 0 for e in events], bool)
        if control == "never":
            never = ~np.isfinite(df[G].to_numpy())
            fit = did2s_never(col, len(events), sh.y, sh.d, sh.uid, sh.tid, sh.X, never, sh.cid, pool=post)
        else:
            fit = did2s_indicators(col, len(events), sh.d == 1, sh.fe(untreated=True), sh.cid, sh.first_resid(),
                                   pool=post)
        K = len(events)
        es_fit = _Fit(list(events.values()), fit.beta[:K], fit.vcov[:K, :K], G_)
        es_w = {e: {name: 1.0} for e, name in events.items()}
        main = _Fit([POST], fit.beta[K:], fit.vcov[K:, K:], G_)
        att_w = {POST: 1.0}
    elif method == "twfe":
        main, att_w = twfe, {POST: 1.0}
        es_fit = _feols(df, list(events.values()), sh.covs, G_)
        es_w = {e: {name: 1.0} for e, name in events.items()}
    else:
        main = es_fit = _feols(df, list(cells.values()), sh.covs, G_)
        att_w, es_w = sunab_weights(df, cells, main, window)
    return twfe, main, att_w, es_fit, es_w


def estimate(panel: pd.DataFrame, unit: str, time: str, outcome: str, first_treated: str, *,
             method: str = "did2s", cluster: str | None = None, covariates: Sequence[str] = (),
             min_pre: int = 2, window: tuple[int, int] = (-5, 5), bootstrap: int | None = None,
             seed: int = 20260101, control: str | None = None, base_period: str = "varying",
             share_uncertainty: bool | None = None) -> EffectResult:
    with small_pages():
        return _estimate(panel, unit, time, outcome, first_treated, method=method, cluster=cluster,
                         covariates=covariates, min_pre=min_pre, window=window, bootstrap=bootstrap, seed=seed,
                         control=control, base_period=base_period, share_uncertainty=share_uncertainty)


def _estimate(panel: pd.DataFrame, unit: str, time: str, outcome: str, first_treated: str, *,
              method: str, cluster: str | None, covariates: Sequence[str], min_pre: int, window: tuple[int, int],
              bootstrap: int | None, seed: int, control: str | None, base_period: str,
              share_uncertainty: bool | None) -> EffectResult:
    """Overall ATT, event study, pre-trend tests and plain-language warnings for a staggered adoption panel.

    `first_treated` is the first period each unit is treated (NaN/0/inf: never). Standard errors are clustered by
    `cluster` (default: the unit). `min_pre`: treated units need at least this many (and at least 2) untreated
    periods in the panel. `window`: relative periods shown in the event study; those outside are pooled into
    its end bins for display (the overall ATT never depends on it).
    `bootstrap`: bootstrap draws for the ATT (None: 999 when clusters are few, else none; 0: never).
    `control`: the comparison units, "never" (never-treated) or "notyet" (not-yet-treated); None: the method's
    own (cs: never; did2s: notyet, i.e. every untreated unit-period; sunab: never). TWFE has no such choice.
    Callaway–Sant'Anna only:
    `base_period` "varying" or "universal"; `share_uncertainty`: include the estimated cohort shares' variance
    (None: yes); any other method refuses the choice rather than ignore it.
    """
    if method not in METHODS:
        raise EffectInputError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
    share_uncertainty = cohort_share_choice(method, share_uncertainty)
    if method == "cs" and covariates:
        raise EffectInputError("method 'cs' is implemented without covariates here; use 'did2s' with covariates")
    control = comparison_group(method, control)
    p = prepare(panel, unit, time, outcome, first_treated, cluster=cluster, covariates=covariates,
                min_pre=min_pre, window=window)
    event_col = None
    if method in ("sunab", "twfe"):  # pyfixest fits these from named columns
        df, events, cells = _with_dummies(p, sunab_cells=method == "sunab")
    else:
        df, cells = p.data, {}
        events, event_col = event_codes(df) if method == "did2s" else ({}, None)
    sh = Shared(df, p.covariates, p.regular)
    G_ = p.clusters
    crit = float(special.stdtrit(G_ - 1, 0.975))
    extra: dict[str, Any] = {}
    with _warnings.catch_warnings():
        _warnings.simplefilter("ignore")
        try:
            if method == "cs":
                twfe = twfe_exact(df, p.covariates, G_, sh)
                from ice_ledger.effects.cs import cell_records, cs_estimate

                c = cs_estimate(df, window, control or "never", base_period, share_uncertainty, p.regular)
                att, se, es_cov = c.att, c.se, c.event_cov
                es = _cs_event_table(c.event, crit, base_period)
                lead = c.event["rel_period"] <= (-1 if base_period == "varying" else -2)
                f, k, fp = wald(c.event["estimate"][lead], es_cov[np.ix_(lead, lead)], G_ - 1)
                dropped = c.gt.dropped
                extra = {"control_group": control, "se_fixed_shares": c.se_fixed_shares,
                         "group_time": cell_records(c.gt),
                         "aggregations": c.aggregations}
            else:
                fits = _fit_all(df, sh, method, G_, events, cells, window, event_col, control)
                twfe, main, att_w, es_fit, es_w = fits
                asked = list(cells.values()) if method == "sunab" else list(events.values())
                dropped = [name for name in asked if name not in es_fit.index]
                att, se = main.combo(att_w)
                es = _event_table(es_fit, es_w, treated_counts(df, method))
                shown = [int(e) for e in es["rel_period"][~es["reference"].astype(bool)]]
                es_cov = es_fit.cov_of([es_w[e] for e in shown])
                f, k, fp = es_fit.joint_f([w for e, w in es_w.items() if e <= -2])
        except (ValueError, np.linalg.LinAlgError) as exc:  # the library's own checks, e.g. collinearity
            raise EffectInputError(f"the {method} estimator cannot be fitted on this panel: {exc}") from exc
        except MemoryError as exc:
            raise EffectInputError(f"not enough memory to fit {method} on {len(df):,} unit-periods with "
                                   f"{int(df[UID].max()) + 1:,} units; try method 'did2s' (memory linear in rows) "
                                   "or a smaller panel") from exc
    if not np.isfinite(se) or se == 0:
        raise EffectInputError("the effect is not identified in this panel (no variation left after unit and "
                               "period effects)")
    pval = float(2 * special.stdtr(G_ - 1, -abs(att / se)))
    twfe_att, twfe_se = twfe.combo({POST: 1.0})
    sup = _add_uniform_band(es, es_cov, seed)
    neg = negative_weight_share(p, sh)
    imp = imputation_pretrend(df, p.covariates, window, G_, sh)

    few = G_ < FEW_CLUSTERS or p.treated_clusters < FEW_TREATED
    draws = (999 if few else 0) if bootstrap is None else bootstrap
    boot, refused = None, None
    if draws > 0 and method == "cs":
        from ice_ledger.effects.cs import multiplier_bootstrap

        bp, lo, hi = multiplier_bootstrap(c.gt, c.att_inf, att, se, draws, seed, p.cluster_rank())
        boot = Bootstrap(draws=draws, weights="Rademacher multiplier on the influence function", p_value=bp,
                         ci_low=lo, ci_high=hi)
    elif draws > 0 and method == "did2s" and control == "never":
        refused = ("it is implemented for did2s's default comparison (every untreated unit-period) only, not for "
                   "never-treated comparison units")
    elif draws > 0:
        from ice_ledger.effects.bootstrap import BootstrapUnavailable, wild_cluster_bootstrap

        regressors = list(cells.values()) if method == "sunab" else [POST]
        try:
            boot = wild_cluster_bootstrap(df, p.covariates, method, regressors, att_w, draws, seed, att, se,
                                          shared=sh, cluster_rank=p.cluster_rank())
        except BootstrapUnavailable as exc:
            refused = str(exc)

    result = EffectResult(
        method=method, design=DESIGNS[method], outcome=outcome, att=att, se=se, ci_low=att - crit * se,
        ci_high=att + crit * se, p_value=pval, n_obs=len(df), n_units=sh.fe(untreated=False).n_units,
        n_treated_units=p.treated_units, n_control_units=p.control_units, n_periods=len(p.periods),
        periods=p.periods, n_clusters=G_, n_treated_clusters=p.treated_clusters, cohorts=p.cohorts(),
        event_study=pd.DataFrame(es), pretrend_f=f, pretrend_df=k, pretrend_p=fp, twfe_att=twfe_att, twfe_se=twfe_se,
        negative_weight_share=neg, bootstrap=boot, excluded=dict(p.excluded), dropped_cells=dropped,
        uniform_critical_value=sup, imputation_pretrend_f=imp[0], imputation_pretrend_df=imp[1],
        imputation_pretrend_p=imp[2], **{"control_group": control, **extra},
    )
    result.warnings = p.notes + design_warnings(result, p)
    if dropped:
        what = {"sunab": "cohort × relative-period cells", "cs": "group-time cells"}.get(method,
                                                                                        "relative-period dummies")
        result.warnings.append(f"{len(dropped)} {what} could not be estimated and were dropped "
                               f"({'; '.join(dropped[:6])}{'; ...' if len(dropped) > 6 else ''}); the averages "
                               "re-weight the remaining ones.")
    if refused:
        result.warnings.append(f"the wild cluster bootstrap was not run: {refused}; rely on the analytic "
                               "interval with the caveats above.")
    return result


SHARES_FIXED_BY_DESIGN = {
    "did2s": "has no separately estimated cohort shares: its ATT is one second-stage coefficient (every treated "
             "unit-period weighted alike) and its GMM standard error already covers all it estimates",
    "sunab": "averages its cohort × period coefficients with cohort shares held fixed, and offers no variant that "
             "adds their uncertainty",
    "twfe": "has no cohort shares: its ATT is one regression coefficient",
}


def cohort_share_choice(method: str, share_uncertainty: bool | None) -> bool:
    """Whether the SE includes the cohort shares' uncertainty: Callaway–Sant'Anna's choice (default yes); any other
    method refuses an explicit choice instead of silently ignoring it."""
    if method == "cs":
        return True if share_uncertainty is None else bool(share_uncertainty)
    if share_uncertainty is not None:
        flag = "--share-uncertainty" if share_uncertainty else "--fixed-shares"
        raise EffectInputError(f"{flag} (share_uncertainty={share_uncertainty}) is a choice for method 'cs' only: "
                               f"{method} {SHARES_FIXED_BY_DESIGN[method]}; leave it out, or use --method cs")
    return True


def comparison_group(method: str, control: str | None) -> str | None:
    """The comparison units a method uses, from the one asked (None: its own); refuses a choice it does not have."""
    from ice_ledger.effects.cs import CONTROL_GROUPS

    if control is not None and control not in CONTROL_GROUPS:
        raise EffectInputError(f"comparison group (control) must be never or notyet, not {control!r}")
    if method == "twfe":
        if control is not None:
            raise EffectInputError("TWFE has no comparison-group choice: it compares treated units with every other "
                                   "unit, already-treated ones included; leave out control (--control), or use "
                                   "did2s or cs")
        return None
    if method == "sunab":
        if control == "notyet":
            raise EffectInputError("sunab's comparison units are the never-treated (or, without any, the last-treated "
                                   "cohort); it has no not-yet-treated comparison: use cs or did2s for that")
        return "never"
    return control or ("never" if method == "cs" else "notyet")


def _cs_event_table(event: dict[str, np.ndarray], crit: float, base_period: str) -> EventTable:
    est, se = event["estimate"].astype(float), event["se"].astype(float)
    rel = event["rel_period"]
    rows: dict[str, list[Any]] = {"rel_period": list(rel), "estimate": list(est), "se": list(se),
                                  "ci_low": list(est - crit * se), "ci_high": list(est + crit * se),
                                  "treated_obs": list(event["treated_obs"]),
                                  "reference": [False] * len(rel)}
    if base_period == "universal" and -1 not in set(rel.tolist()):
        for k, v in zip(EVENT_COLUMNS, (-1, 0.0, 0.0, 0.0, 0.0, 0, True), strict=True):
            rows[k].append(v)
    return _sorted_table(rows)


def _add_uniform_band(es: EventTable, cov: np.ndarray, seed: int) -> float | None:
    """Sup-t simultaneous 95% band over the estimated event-study periods (Montiel Olea & Plagborg-Møller)."""
    from ice_ledger.effects.cs import sup_t_critical

    est = ~es["reference"].astype(bool)
    if not est.any() or cov.shape[0] != est.sum():
        es["band_low"], es["band_high"] = es["ci_low"], es["ci_high"]
        return None
    q = sup_t_critical(cov, seed)
    es["band_low"] = np.where(est, es["estimate"] - q * es["se"], 0.0)
    es["band_high"] = np.where(est, es["estimate"] + q * es["se"], 0.0)
    return q


def imputation_pretrend(df: pd.DataFrame, covs: Sequence[str], window: tuple[int, int], clusters: int,
                        shared: Shared | None = None) -> tuple[float | None, int, float | None]:
    """Borusyak–Jaravel–Spiess pre-trend test: on untreated rows only, regress the outcome on unit and period
    effects plus lead dummies for treated units' last pre-periods (-1 to the window's start), and test the leads
    jointly (cluster-robust Wald F). Unlike did2s's leads, it does not reuse the imputation it tests.

    The fixed effects are did2s's first stage (the same fit on the untreated rows). The leads are disjoint 0/1
    indicators on untreated rows, so Frisch–Waugh needs only their sums by unit, period and cluster (bincount)
    and one solve of the first stage's normal equations: no rows × leads matrix is formed."""
    sh = shared or Shared(df, covs)
    try:
        fe = sh.fe(untreated=True)
    except EffectInputError:
        return None, 0, None
    untreated = sh.d == 0
    rel = df[REL_ALL].to_numpy()
    lo = window[0]
    # a treated unit's row before its first treated period is untreated: rel ≤ -1 says it (never-treated units'
    # rows carry rel -1 too, hence the cohort test)
    lead = (rel >= lo) & (rel <= -1)
    lead &= np.isfinite(df[G].to_numpy())
    rows = np.flatnonzero(lead)
    del lead
    if not len(rows):
        return None, 0, None
    back = -1 - rel[rows]  # 0 for period -1, 1 for -2, ...
    present = np.bincount(back, minlength=-lo)
    leads = np.flatnonzero(present)  # the leads observed, latest first
    index = np.full(len(present), -1, np.int64)
    index[leads] = np.arange(len(leads))
    c = index[back]
    del back
    b_unit, b_rest = _indicator_cross(fe, rows, c, len(leads))
    b_unit = b_unit.astype(float)  # a matrix product below: BLAS's, as for every other float product here
    x_unit, x_rest = fe.solve(b_unit, b_rest)
    XtX = np.diag(present[leads].astype(float)) - (b_unit.T @ x_unit + b_rest.T @ x_rest)  # X'MX
    del b_unit  # freed early, as the row-level arrays below: a lower peak is fewer pages to fault in
    # A cohort whose every pre-period is a lead makes the leads collinear with its unit effects: drop the
    # earliest leads until the rest are identified (scale-free: X'MX against X'X).
    k = len(leads)
    scale = 1 / np.sqrt(present[leads].astype(float))
    while k and np.linalg.eigvalsh(XtX[:k, :k] * np.outer(scale[:k], scale[:k])).min() < 1e-9:
        k -= 1
    if not k:
        return None, 0, None
    first = sh.first_resid()  # M y on the untreated rows
    kept = c < k
    rows_k, c_k = rows[kept], c[kept]
    del rows, c, kept
    XtX = XtX[:k, :k]
    beta = np.linalg.solve(XtX, np.bincount(c_k, weights=first[rows_k], minlength=k))
    xu, xr = x_unit[:, :k], x_rest[:, :k]
    # residual r = M y − M X β = first − Xβ + Z A⁻¹ Z'X β, used on the untreated rows only
    r = fe.apply(xu @ beta[:, None], xr @ beta[:, None])[:, 0]
    r += first
    r[rows_k] -= beta[c_k]
    r *= untreated
    cluster = sh.cid
    n_cl = int(cluster.max()) + 1
    own = np.bincount(cluster[rows_k] * k + c_k, weights=r[rows_k], minlength=n_cl * k).reshape(n_cl, k)
    cross = fe.group_sums_of_fit(cluster, n_cl, r, xu, xr)
    if cross is None:  # clusters cut across units: sum the projection row by row
        cross = cluster_sum(cluster) @ (fe.apply(xu, xr) * r[:, None])
    scores = own - cross  # clusters × leads: Σ_c (M X)_i r_i
    bread = np.linalg.inv(XtX)
    vcov = clusters / max(clusters - 1, 1) * bread @ (scores.T @ scores) @ bread
    return wald(beta, vcov, max(clusters - 1, 1))


def treated_counts(df: pd.DataFrame, method: str) -> dict[int, int]:
    """Treated unit-periods behind each displayed relative period; reference rows count only at -1."""
    treated = np.isfinite(df[G].to_numpy())
    rel = df[REL].to_numpy()
    if method == "sunab":
        ref = df[treated & (df[REL_ALL] < 0)].groupby(G)[REL_ALL].max()
        is_ref = treated & (df[REL_ALL] == df[G].map(ref)).to_numpy()
    else:
        is_ref = treated & (rel == -1)
    keep = treated & ~is_ref
    lo = int(rel.min())
    n = np.bincount(rel[keep] - lo)
    counts = {int(e) + lo: int(c) for e, c in enumerate(n) if c}
    counts[-1] = int(is_ref.sum())
    return counts


def sunab_weights(df: pd.DataFrame, cells: dict[tuple[int, int], str], fit: _Fit, window: tuple[int, int]
                  ) -> tuple[dict[str, float], dict[int, dict[str, float]]]:
    """Cohort-share weights of the estimated cells: the ATT over every post cell, the event study by period.

    Cells the regression dropped as collinear are left out and the shares of the rest re-normalised (the
    result reports them). Periods beyond the window are pooled into its end bins for display only.
    """
    kept = {k: v for k, v in cells.items() if v in fit.index}
    n_cell = {k: int(((df[G] == k[0]) & (df[REL_ALL] == k[1])).sum()) for k in kept}
    att_w = _shares({k: v for k, v in kept.items() if k[1] >= 0}, n_cell)
    lo, hi = window
    shown = {k: min(max(k[1], lo), hi) for k in kept}
    es_w = {e: _shares({k: v for k, v in kept.items() if shown[k] == e}, n_cell) for e in sorted(set(shown.values()))}
    return att_w, es_w


def _shares(cells: dict[tuple[int, int], str], n_cell: dict[tuple[int, int], int]) -> dict[str, float]:
    total = sum(n_cell[k] for k in cells)
    return {name: n_cell[k] / total for k, name in cells.items()} if total else {}


def design_warnings(r: EffectResult, p: PreparedPanel) -> list[str]:
    """Plain-language reasons to doubt the estimate, most serious first."""
    out = []
    if r.pretrend_p is not None and r.pretrend_p < 0.05:
        out.append(f"pre-trends: the leads are jointly different from zero (p = {r.pretrend_p:.3g}); treated and "
                   f"comparison units were already diverging before treatment, so parallel trends is doubtful.")
    if r.imputation_pretrend_p is not None and r.imputation_pretrend_p < 0.05:
        out.append(f"pre-trends (imputation test on untreated rows, Borusyak–Jaravel–Spiess): the leads are jointly "
                   f"different from zero (p = {r.imputation_pretrend_p:.3g}); treated units' untreated outcomes "
                   f"were already departing from the comparison units' before treatment.")
    if r.n_treated_units < FEW_TREATED:
        out.append(f"only {r.n_treated_units} treated units: a single unusual unit can drive the estimate.")
    if r.n_clusters < FEW_CLUSTERS or r.n_treated_clusters < FEW_TREATED:
        out.append(f"few clusters ({r.n_clusters} in all, {r.n_treated_clusters} with treated units): "
                   f"cluster-robust standard errors are unreliable below about {FEW_CLUSTERS} clusters or "
                   f"{FEW_TREATED} treated clusters; prefer the wild cluster bootstrap line.")
    pre = p.pre_periods().to_numpy()
    if len(pre) and float(np.median(pre)) < 3:
        out.append(f"short pre-period: treated units have a median of {float(np.median(pre)):g} untreated "
                   f"period(s) observed, so the pre-trend test has little power.")
    if r.pretrend_p is None:
        out.append("no lead beyond the reference period: pre-trends cannot be tested at all.")
    if r.cohorts:
        top_g, top_n = max(r.cohorts.items(), key=lambda kv: kv[1])
        share = top_n / sum(r.cohorts.values())
        if len(r.cohorts) == 1:
            out.append(f"all treated units start in {top_g}: the design is a single before/after comparison, "
                       f"and any other change in {top_g} is confounded with treatment.")
        elif share >= 0.75:
            out.append(f"treatment timing is clustered: {share:.0%} of treated units start in {top_g}.")
    es = r.event_study
    reference, treated_obs = es["reference"].to_numpy(dtype=bool), es["treated_obs"].to_numpy()
    thin = es["rel_period"].to_numpy()[~reference & (treated_obs < FEW_TREATED)].tolist()
    if thin:
        out.append(f"event-study period(s) {', '.join(map(str, thin))} rest on fewer than {FEW_TREATED} treated "
                   f"unit-periods each: read them as anecdotes, not estimates.")
    gap = abs(r.twfe_att - r.att)
    if r.method == "twfe":
        out.append("TWFE is biased when effects vary across cohorts or over time under staggered adoption; "
                   "compare with method 'did2s' or 'sunab'.")
    elif r.se > 0 and gap > r.se:
        out.append(f"TWFE gives {r.twfe_att:.4g}, {gap / r.se:.1f} standard errors away from this estimate "
                   f"({r.att:.4g}): effects likely differ across cohorts or over time, and TWFE's comparisons of "
                   f"late with already-treated units distort it.")
    if r.bootstrap and (r.bootstrap.p_value < 0.05) != (r.p_value < 0.05):
        out.append(f"the bootstrap p-value ({r.bootstrap.p_value:.3g}) and the analytic one ({r.p_value:.3g}) "
                   f"disagree about significance at 5%; trust the bootstrap.")
    return out
