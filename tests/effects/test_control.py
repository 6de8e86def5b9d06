"""The comparison-group choice (--control): did2s with never-treated comparison units against a brute-force
computation, and a clear refusal where an estimator has no such choice."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import pytest
from did_simulate import staggered_panel

from ice_ledger.effects.did import estimate
from ice_ledger.effects.did2s import Did2sFit, did2s_indicators, did2s_never
from ice_ledger.effects.fe import Shared
from ice_ledger.effects.panel import EffectInputError, prepare

ARGS = ("unit", "year", "y", "first_treated")


def _panel(seed: int, covariate: bool) -> tuple[Shared, pd.DataFrame]:
    df = staggered_panel(seed, units=50, effect="dynamic")
    covs: list[str] = []
    if covariate:
        df["x"] = np.random.default_rng(seed).normal(size=len(df))
        df["y"] += 0.7 * df["x"]
        covs = ["x"]
    df["cl"] = df["unit"].str[1:].astype(int) // 3  # clusters of three units
    p = prepare(df, *ARGS, covariates=covs, cluster="cl")
    return Shared(p.data, p.covariates), p.data


def _brute_force(fit_of: Callable[[np.ndarray], Did2sFit], sh: Shared) -> tuple[float, float]:
    """The estimate's weight on every outcome (it is linear in y: the estimate of each unit vector), and the GMM
    variance Σ_c (Σ_{i∈c} w_i ê_i)², ê the second-stage residual on treated rows, the first-stage one elsewhere."""
    fit = fit_of(sh.y)
    n = len(sh.y)
    w = np.array([fit_of(np.eye(1, n, i)[0]).beta[0] for i in range(n)])
    resid = np.where(sh.d == 1, fit.first_resid - fit.beta[0], fit.first_resid)
    psi = np.bincount(sh.cid, weights=w * resid)
    assert w @ sh.y == pytest.approx(fit.beta[0], rel=1e-10)
    return float(fit.beta[0]), float(psi @ psi)


@pytest.mark.parametrize("covariate", [False, True])
def test_did2s_variances_equal_the_brute_force_influence(covariate: bool) -> None:
    """Both comparison groups' closed-form GMM variances equal the brute-force one (the check is first shown to
    hold for the standard, not-yet-treated did2s, which is tested against pyfixest elsewhere)."""
    sh, data = _panel(4, covariate)
    post = np.where(sh.d == 1, 0, -1)
    never = ~np.isfinite(data["g_"].to_numpy())

    def notyet(y: np.ndarray) -> Did2sFit:
        s = Shared(data.assign(y_=y), sh.covs)
        return did2s_indicators(post, 1, s.d == 1, s.fe(untreated=True), s.cid, s.first_resid())

    def never_only(y: np.ndarray) -> Did2sFit:
        return did2s_never(post, 1, y, sh.d, sh.uid, sh.tid, sh.X, never, sh.cid)

    for fit_of in (notyet, never_only):
        _, var = _brute_force(fit_of, sh)
        assert fit_of(sh.y).vcov[0, 0] == pytest.approx(var, rel=1e-9)


def test_did2s_never_learns_period_effects_from_never_treated_units_only() -> None:
    """The point estimate by dense least squares: period effects from the never-treated rows, each treated unit's
    level from its own untreated rows; and it differs from the not-yet-treated estimate."""
    sh, data = _panel(5, False)
    never = ~np.isfinite(data["g_"].to_numpy())
    Z = np.hstack([pd.get_dummies(data["u_"]).to_numpy(float)[never],
                   pd.get_dummies(data["t_"]).to_numpy(float)[never][:, 1:]])
    coef, *_ = np.linalg.lstsq(Z, sh.y[never], rcond=None)
    lam = np.concatenate([[0.0], coef[-(sh.tid.max()):]])
    net = sh.y - lam[sh.tid]
    untreated = sh.d == 0
    level = np.bincount(sh.uid, weights=net * untreated) / np.bincount(sh.uid, weights=untreated)
    ref = (net - level[sh.uid])[sh.d == 1].mean()
    r = estimate(data.assign(unit=data["u_"], year=data["t_"], y=data["y_"],
                             first_treated=data["g_"].replace(np.inf, np.nan)), *ARGS, method="did2s",
                 control="never", bootstrap=0)
    assert r.att == pytest.approx(ref, rel=1e-10)
    default = estimate(data.assign(unit=data["u_"], year=data["t_"], y=data["y_"],
                                   first_treated=data["g_"].replace(np.inf, np.nan)), *ARGS, method="did2s",
                       bootstrap=0)
    assert default.control_group == "notyet" and r.control_group == "never"
    assert abs(default.att - r.att) > 1e-6


def test_estimate_with_never_treated_controls_reports_its_comparison_and_event_study() -> None:
    df = staggered_panel(6, units=200, effect="dynamic")
    r = estimate(df, *ARGS, method="did2s", control="never", bootstrap=0)
    assert r.control_group == "never"
    assert any("never-treated units only" in line for line in r.summary_lines())
    truth = df[df["year"] >= df["first_treated"]]["true_effect"].mean()
    assert r.ci_low - 0.3 < truth < r.ci_high + 0.3
    assert r.event_study["rel_period"].tolist() == estimate(df, *ARGS, bootstrap=0).event_study["rel_period"].tolist()


@pytest.mark.parametrize(("method", "control"), [("twfe", "never"), ("twfe", "notyet"), ("sunab", "notyet")])
def test_a_comparison_group_an_estimator_does_not_have_is_refused(method: str, control: str) -> None:
    df = staggered_panel(7, units=80)
    with pytest.raises(EffectInputError, match="comparison"):
        estimate(df, *ARGS, method=method, control=control, bootstrap=0)


def test_did2s_never_with_a_bootstrap_says_why_it_is_not_run() -> None:
    df = staggered_panel(8, units=60)
    r = estimate(df, *ARGS, method="did2s", control="never", bootstrap=99)
    assert r.bootstrap is None
    assert any("bootstrap was not run" in w and "never-treated" in w for w in r.warnings)


def test_unknown_comparison_group_is_refused() -> None:
    with pytest.raises(EffectInputError, match="never or notyet"):
        estimate(staggered_panel(7, units=80), *ARGS, method="did2s", control="later", bootstrap=0)

