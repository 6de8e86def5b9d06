"""The exact sparse did2s and fixed-effects solver against dense least squares and against pyfixest."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from did_simulate import staggered_panel

from ice_ledger.effects import bootstrap as bs
from ice_ledger.effects import did
from ice_ledger.effects.did import estimate
from ice_ledger.effects.fe import TwoWayFE, codes
from ice_ledger.effects.panel import EffectInputError, prepare

ARGS = ("unit", "year", "y", "first_treated")


def _prepared(seed: int, covariate: bool = False, **kw: object) -> tuple[pd.DataFrame, dict[int, str], list[str]]:
    df = staggered_panel(seed, effect="dynamic", **kw)  # type: ignore[arg-type]
    covs: list[str] = []
    if covariate:
        df["x"] = np.random.default_rng(seed).normal(size=len(df))
        df["y"] += 0.7 * df["x"]
        covs = ["x"]
    p = prepare(df, *ARGS, covariates=covs)
    data, events, _ = did._with_dummies(p)
    return data, events, p.covariates


def _dense_first_stage(data: pd.DataFrame, covs: list[str]) -> np.ndarray:
    """y minus its imputed untreated outcome, by dense least squares on explicit dummies."""
    Z = np.hstack([pd.get_dummies(data["u_"]).to_numpy(float), pd.get_dummies(data["t_"]).to_numpy(float)[:, 1:],
                   data[covs].to_numpy(float)])
    untreated = data["d_"].to_numpy() == 0
    gamma, *_ = np.linalg.lstsq(Z[untreated], data["y_"].to_numpy()[untreated], rcond=None)
    return data["y_"].to_numpy() - Z @ gamma


@pytest.mark.parametrize("covariate", [False, True])
def test_did2s_matches_dense_least_squares_to_machine_precision(covariate: bool) -> None:
    data, events, covs = _prepared(3, covariate)
    resid = _dense_first_stage(data, covs)
    fe = did.first_stage(data, covs)
    fit = did._did2s(data, [did.POST], covs, 120, fe)
    d = data[did.POST].to_numpy()
    assert fit.beta[0] == pytest.approx(d @ resid / d.sum(), rel=1e-10, abs=1e-12)
    es = did._did2s(data, list(events.values()), covs, 120, fe)
    for e, name in events.items():
        rows = data[name].to_numpy() == 1
        assert es.combo({name: 1.0})[0] == pytest.approx(resid[rows].mean(), rel=1e-10, abs=1e-12), e


@pytest.mark.parametrize("covariate", [False, True])
def test_did2s_matches_pyfixest(covariate: bool) -> None:
    """pyfixest's first stage is iterative (tolerance ~1e-8), so agreement is to its accuracy, not ours."""
    import pyfixest as pf

    data, events, covs = _prepared(5, covariate, units=80)
    first = f"~ {' + '.join(covs) if covs else '0'} | u_ + t_"
    for cols in ([did.POST], list(events.values())):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ref = pf.did2s(data.copy(), yname="y_", first_stage=first, second_stage="~ " + " + ".join(cols),
                           treatment="d_", cluster="cl_")
        ours = did._did2s(data, cols, covs, 80)
        assert list(ref._coefnames) == cols
        np.testing.assert_allclose(ours.beta, np.asarray(ref._beta_hat), rtol=1e-6, atol=1e-8)
        np.testing.assert_allclose(np.sqrt(np.diag(ours.vcov)), np.sqrt(np.diag(np.asarray(ref._vcov))),
                                   rtol=1e-6)


def test_bootstrap_closed_form_is_the_estimate_itself() -> None:
    df = staggered_panel(3, effect="dynamic")
    r = estimate(df, *ARGS, bootstrap=0)
    data, _, _ = _prepared(3)
    att, se = bs.make_stat(data, [], "did2s", [did.POST], {did.POST: 1.0})(data[["y_"]].to_numpy())
    assert att[0] == pytest.approx(r.att, rel=1e-12)
    assert se[0] == pytest.approx(r.se, rel=1e-10)


@pytest.mark.parametrize("method", ["did2s", "twfe", "sunab"])
def test_bootstrap_runs_on_many_clusters_without_a_false_collinearity_warning(method: str) -> None:
    df = staggered_panel(11, effect="constant", size=0.5, units=400)
    r = estimate(df, *ARGS, method=method, bootstrap=199)
    assert r.bootstrap is not None, r.warnings
    assert not any("bootstrap" in w for w in r.warnings), r.warnings
    assert r.bootstrap.ci_low < r.att < r.bootstrap.ci_high
    assert r.bootstrap.p_value < 0.05  # 0.5 with 400 units is far outside noise


def test_two_way_solver_refuses_a_covariate_constant_within_units() -> None:
    u = np.repeat(np.arange(20), 5)
    t = np.tile(np.arange(5), 20)
    with pytest.raises(EffectInputError, match="constant within units"):
        TwoWayFE(u, t, (u % 3).astype(float)[:, None])
    fe = TwoWayFE(u, t)
    y = np.random.default_rng(0).normal(size=100)
    Z = np.hstack([np.eye(20)[u], np.eye(5)[t][:, 1:]])
    np.testing.assert_allclose(fe.fitted(y)[:, 0], Z @ np.linalg.lstsq(Z, y, rcond=None)[0], atol=1e-12)
    assert list(codes(np.array(["b", "a", "b"]))) == [1, 0, 1]


def test_sunab_overall_att_does_not_depend_on_the_display_window() -> None:
    df = staggered_panel(4, effect="dynamic", years=(2000, 2013))
    wide = estimate(df, *ARGS, method="sunab", bootstrap=0, window=(-20, 20))
    narrow = estimate(df, *ARGS, method="sunab", bootstrap=0, window=(-2, 2))
    assert narrow.att == pytest.approx(wide.att, rel=1e-9)
    assert narrow.se == pytest.approx(wide.se, rel=1e-9)
    assert narrow.event_study["rel_period"].tolist() == [-2, -1, 0, 1, 2]
    # The end bins pool the cells beyond them; each row counts only non-reference treated unit-periods.
    es = narrow.event_study.set_index("rel_period")
    wide_es = wide.event_study.set_index("rel_period")
    assert es.loc[2, "treated_obs"] == wide_es.loc[wide_es.index >= 2, "treated_obs"].sum()
    assert es.loc[-1, "treated_obs"] == narrow.n_treated_units  # one reference period per treated unit


def test_sunab_reference_rows_are_not_counted_as_event_study_evidence() -> None:
    """A cohort missing period -1 uses -2 as its reference; its -2 rows are not counted at -2."""
    df = staggered_panel(8, years=(2011, 2019), cohorts={2015.0: 0.3, 2017.0: 0.3, np.nan: 0.4}, units=150)
    df = df[df.year != 2016]
    r = estimate(df, *ARGS, method="sunab", bootstrap=0)
    es = r.event_study.set_index("rel_period")
    n2015 = r.cohorts[2015]
    assert es.loc[-2, "treated_obs"] == n2015  # the 2017 cohort's -2 rows are its reference
    assert es.loc[-1, "treated_obs"] == r.n_treated_units


@pytest.mark.parametrize("covariate", [False, True])
def test_fast_did2s_draws_equal_the_statistic_on_explicit_bootstrap_outcomes(covariate: bool) -> None:
    data, _, covs = _prepared(12, covariate, units=60)
    data["cl_"] = (codes(data["u_"].to_numpy()) // 3).astype(str)  # clusters of three units
    data["cid_"] = codes(data["cl_"].to_numpy())
    d = data["d_"].to_numpy(dtype=float)
    y = data["y_"].to_numpy()
    fitted = bs.fixed_effects(data, covs).fitted(y)[:, 0]
    cl = data["cid_"].to_numpy()
    V = np.random.default_rng(0).choice([-1.0, 1.0], size=(int(cl.max()) + 1, 7))
    fe = bs.fixed_effects(data, covs, mask=d == 0)
    att, se = bs.did2s_draws(fe, d, cl, y - fitted, V)
    ref_att, ref_se = bs.did2s_stat(fe, d, cl)(fitted[:, None] + (y - fitted)[:, None] * V[cl])
    np.testing.assert_allclose(att, ref_att, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(se, ref_se, rtol=1e-9)


@pytest.mark.parametrize("covariate", [False, True])
def test_exact_twfe_matches_pyfixest_feols(covariate: bool) -> None:
    data, _, covs = _prepared(3, covariate)
    ours = did.twfe_exact(data, covs, 120)
    ref = did._feols(data, [did.POST], covs, 120)
    assert ours.beta[0] == pytest.approx(ref.beta[0], rel=1e-7)
    assert ours.vcov[0, 0] == pytest.approx(ref.vcov[0, 0], rel=1e-6)


@pytest.mark.parametrize("covariate", [False, True])
def test_did2s_on_indicator_codes_equals_the_dense_second_stage(covariate: bool) -> None:
    """The bincount path `estimate` uses for the post and event-study dummies gives the dense path's numbers."""
    from ice_ledger.effects.did2s import did2s, did2s_indicators
    from ice_ledger.effects.fe import Shared

    data, events, covs = _prepared(6, covariate)
    data["cid_"] = codes(data["u_"].to_numpy()) // 4  # clusters of four units
    sh = Shared(data, covs)
    ev, col = did.event_codes(data)
    assert ev == events
    M = data[list(events.values())].to_numpy(float)
    for X2, c in ((sh.d[:, None], np.where(sh.d == 1, 0, -1)), (M, col)):
        dense = did2s(sh.y, sh.d == 1, X2, sh.fe(untreated=True), sh.cid)
        fast = did2s_indicators(c, X2.shape[1], sh.d == 1, sh.fe(untreated=True), sh.cid, sh.first_resid())
        np.testing.assert_allclose(fast.beta, dense.beta, rtol=1e-10, atol=1e-12)
        np.testing.assert_allclose(fast.vcov, dense.vcov, rtol=1e-9, atol=1e-14)


def _dense_imputation_pretrend(data: pd.DataFrame, covs: list[str], window: tuple[int, int], clusters: int
                               ) -> tuple[float | None, int, float | None]:
    """The Borusyak–Jaravel–Spiess test with explicit rows × leads columns (the reference for the bincount path)."""
    from ice_ledger.effects.did2s import cluster_sum
    from ice_ledger.effects.fe import Shared

    sh = Shared(data, covs)
    untreated = sh.d == 0
    treated = np.isfinite(data["g_"].to_numpy()) & untreated
    rel = data["rel_all_"].to_numpy()
    leads = [e for e in range(-1, window[0] - 1, -1) if ((rel == e) & treated).any()]
    X = np.column_stack([((rel == e) & treated).astype(float) for e in leads])
    fe = sh.fe(untreated=True)
    Xt = (X - fe.fitted(X))[untreated]
    while Xt.shape[1] and np.linalg.matrix_rank(Xt.T @ Xt) < Xt.shape[1]:
        Xt = Xt[:, :-1]
    if not Xt.shape[1]:
        return None, 0, None
    yt = sh.first_resid()[untreated]
    beta = np.linalg.solve(Xt.T @ Xt, Xt.T @ yt)
    scores = cluster_sum(sh.cid[untreated]) @ (Xt * (yt - Xt @ beta)[:, None])
    bread = np.linalg.inv(Xt.T @ Xt)
    return did.wald(beta, clusters / (clusters - 1) * bread @ (scores.T @ scores) @ bread, clusters - 1)


@pytest.mark.parametrize(("covariate", "cohorts", "window"), [
    (False, None, (-5, 5)),
    (True, None, (-3, 3)),
    (False, {2003.0: 0.3, 2005.0: 0.3, np.nan: 0.4}, (-5, 5)),  # every pre-period a lead: collinear leads dropped
])
def test_imputation_pretrend_equals_the_dense_regression(covariate: bool, cohorts: dict[float, float] | None,
                                                         window: tuple[int, int]) -> None:
    data, _, covs = _prepared(9, covariate, **({"cohorts": cohorts} if cohorts else {}))
    data["cid_"] = codes(data["u_"].to_numpy()) // 3  # clusters of three units
    clusters = int(data["cid_"].max()) + 1
    f, k, p = did.imputation_pretrend(data, covs, window, clusters)
    ref_f, ref_k, ref_p = _dense_imputation_pretrend(data, covs, window, clusters)
    assert k == ref_k and k > 0
    assert f == pytest.approx(ref_f, rel=1e-9)
    assert p == pytest.approx(ref_p, rel=1e-9, abs=1e-15)


def test_pooled_post_indicator_equals_its_own_did2s_fit() -> None:
    """`estimate` fits the post dummy as the pool of the post periods' dummies in the event-study pass: same
    coefficient and GMM variance as fitting it alone (its own second-stage residuals, not the event study's)."""
    from ice_ledger.effects.did2s import did2s_indicators
    from ice_ledger.effects.fe import Shared

    data, events, covs = _prepared(6, True)
    data["cid_"] = codes(data["u_"].to_numpy()) // 4
    sh = Shared(data, covs)
    _, col = did.event_codes(data)
    fe = sh.fe(untreated=True)
    alone = did2s_indicators(np.where(sh.d == 1, 0, -1), 1, sh.d == 1, fe, sh.cid, sh.first_resid())
    both = did2s_indicators(col, len(events), sh.d == 1, fe, sh.cid, sh.first_resid(),
                            pool=np.array([e >= 0 for e in events]))
    es = did2s_indicators(col, len(events), sh.d == 1, fe, sh.cid, sh.first_resid())
    assert both.beta[-1] == pytest.approx(alone.beta[0], rel=1e-12)
    assert both.vcov[-1, -1] == pytest.approx(alone.vcov[0, 0], rel=1e-10)
    np.testing.assert_allclose(both.vcov[:-1, :-1], es.vcov, rtol=1e-12, atol=1e-16)
    assert both.counts is not None
    w = np.where([e >= 0 for e in events], both.counts[:-1], 0.0) / both.counts[-1]
    assert w @ es.beta == pytest.approx(alone.beta[0], rel=1e-12)  # the coefficient is the weighted mean ...
    assert w @ es.vcov @ w != pytest.approx(alone.vcov[0, 0], rel=1e-3)  # ... its variance is not


@pytest.mark.parametrize("method", ["did2s", "cs"])
def test_row_order_does_not_change_the_estimate(method: str) -> None:
    """A balanced panel sorted by unit and period takes the grid path (sums as reshapes, fits as broadcasts);
    the same rows shuffled take the indexed path: the numbers agree to rounding."""
    from ice_ledger.effects.fe import Shared

    df = staggered_panel(13, effect="dynamic", units=150)
    df["x"] = np.random.default_rng(13).normal(size=len(df))
    shuffled = df.sample(frac=1.0, random_state=1)
    assert Shared(prepare(df, *ARGS).data, []).regular
    assert not Shared(prepare(shuffled, *ARGS).data, []).regular
    covs = ["x"] if method == "did2s" else []
    a = estimate(df, *ARGS, method=method, covariates=covs, bootstrap=99)
    b = estimate(shuffled, *ARGS, method=method, covariates=covs, bootstrap=99)
    for field in ("att", "se", "twfe_att", "twfe_se", "imputation_pretrend_f", "pretrend_f", "negative_weight_share"):
        assert getattr(a, field) == pytest.approx(getattr(b, field), rel=1e-9), field
    np.testing.assert_allclose(a.event_study["se"], b.event_study["se"], rtol=1e-9)
    assert a.bootstrap is not None and b.bootstrap is not None
    assert a.bootstrap.ci_low == pytest.approx(b.bootstrap.ci_low, rel=1e-9)
