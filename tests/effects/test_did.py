"""Staggered DiD estimators on simulated panels whose true effects are known."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pandas as pd
import pytest
from did_simulate import staggered_panel

from ice_ledger.effects.did import EffectInputError, estimate
from ice_ledger.errors import IceLedgerError

warnings.filterwarnings("ignore", module="pyfixest")
ARGS = ("unit", "year", "y", "first_treated")
SEEDS = range(50)


def true_att(df: pd.DataFrame) -> float:
    treated = df["first_treated"].notna() & (df["year"] >= df["first_treated"])
    return float(df.loc[treated, "true_effect"].mean())


@pytest.mark.slow
@pytest.mark.parametrize("method", ["did2s", "sunab"])
def test_zero_effect_ci_covers_zero_in_most_draws(method: str) -> None:
    covered = 0
    for seed in SEEDS:
        df = staggered_panel(seed, units=60, years=(2000, 2009))
        r = estimate(df, *ARGS, method=method, bootstrap=0)
        covered += r.ci_low <= 0 <= r.ci_high
    assert covered / len(SEEDS) >= 0.85, f"{method}: 95% CI covered 0 in only {covered}/{len(SEEDS)} draws"


@pytest.mark.parametrize("method", ["did2s", "sunab", "twfe"])
def test_constant_effect_recovered_by_every_method(method: str) -> None:
    df = staggered_panel(7, effect="constant", size=2.0)
    r = estimate(df, *ARGS, method=method, bootstrap=0)
    assert r.ci_low <= 2.0 <= r.ci_high
    assert abs(r.att - 2.0) < 0.3


def test_dynamic_effects_recovered_while_twfe_is_biased() -> None:
    """Goodman-Bacon's case: effects grow with time since adoption and adoption is staggered."""
    robust_err, sunab_err, twfe_err = [], [], []
    for seed in range(5):
        df = staggered_panel(seed, effect="dynamic", size=1.0)
        truth = true_att(df)
        r = estimate(df, *ARGS, method="did2s", bootstrap=0)
        s = estimate(df, *ARGS, method="sunab", bootstrap=0)
        robust_err.append(r.att - truth)
        sunab_err.append(s.att - truth)
        twfe_err.append(r.twfe_att - truth)
        assert any("TWFE gives" in w for w in r.warnings), r.warnings
        assert r.negative_weight_share > 0
        es = r.event_study.set_index("rel_period")
        for e in range(0, 4):  # true effect at relative period e is e + 1
            assert es.loc[e, "ci_low"] - 0.3 <= e + 1 <= es.loc[e, "ci_high"] + 0.3, (seed, e, es.loc[e])
    assert abs(np.mean(robust_err)) < 0.25
    assert abs(np.mean(sunab_err)) < 0.25
    assert np.mean(twfe_err) < -1.0  # TWFE badly understates the average effect here


def test_injected_pretrend_is_detected_and_absent_one_is_not() -> None:
    flagged = 0
    for seed in range(5):
        df = staggered_panel(seed, effect="constant", pretrend=0.4)
        r = estimate(df, *ARGS, bootstrap=0)
        assert r.pretrend_p is not None and r.pretrend_p < 0.01
        assert any(w.startswith("pre-trends") for w in r.warnings)
        clean = estimate(staggered_panel(seed, effect="constant"), *ARGS, bootstrap=0)
        flagged += clean.pretrend_p is not None and clean.pretrend_p < 0.05
    assert flagged <= 1


def test_few_clusters_run_the_wild_bootstrap_and_say_so() -> None:
    df = staggered_panel(3, units=16, years=(2000, 2009), effect="zero")
    r = estimate(df, *ARGS)
    assert r.n_clusters == 16
    assert r.bootstrap is not None and r.bootstrap.draws == 999
    assert 0 < r.bootstrap.p_value <= 1 and r.bootstrap.ci_low < r.att < r.bootstrap.ci_high
    assert any("few clusters" in w for w in r.warnings)
    big = estimate(staggered_panel(3, effect="constant", size=3.0, units=16, years=(2000, 2009)), *ARGS)
    assert big.bootstrap is not None and big.bootstrap.p_value < 0.01


@pytest.mark.slow
def test_bootstrap_holds_size_with_few_clusters() -> None:
    rejections = 0
    for seed in range(30):
        r = estimate(staggered_panel(seed, units=14, years=(2000, 2009)), *ARGS, method="twfe", bootstrap=199)
        assert r.bootstrap is not None
        rejections += r.bootstrap.p_value < 0.05
    assert rejections <= 5


def test_two_by_two_design_has_no_negative_weights_and_warns_about_timing() -> None:
    df = staggered_panel(2, cohorts={2005.0: 0.5, np.nan: 0.5}, effect="constant")
    r = estimate(df, *ARGS, bootstrap=0)
    assert r.negative_weight_share == 0
    assert r.cohorts == {2005: int(df.loc[df.year == 2000, "first_treated"].notna().sum())}
    assert any("all treated units start in 2005" in w for w in r.warnings)


def test_last_cohort_serves_as_control_when_none_is_never_treated() -> None:
    df = staggered_panel(4, cohorts={2004.0: 0.5, 2008.0: 0.5}, effect="constant", size=1.5)
    r = estimate(df, *ARGS, bootstrap=0)
    assert max(r.periods) == 2007
    assert any("serves as the control" in w for w in r.warnings)
    assert r.ci_low <= 1.5 <= r.ci_high


def test_result_serialises_to_json_and_reads_plainly() -> None:
    r = estimate(staggered_panel(5, effect="constant"), *ARGS, bootstrap=0)
    d = json.loads(json.dumps(r.to_dict()))
    assert d["method"] == "did2s" and d["event_study"][0]["rel_period"] == -5
    text = "\n".join(r.summary_lines())
    for needle in ("Design:", "95% CI", "Pre-trend test", "TWFE"):
        assert needle in text


def _panel(**over: object) -> pd.DataFrame:
    df = staggered_panel(0, units=40)
    for k, v in over.items():
        df[k] = v
    return df


@pytest.mark.parametrize(("df", "message"), [
    (staggered_panel(0, cohorts={2005.0: 1.0}), "no never-treated or not-yet-treated"),
    (staggered_panel(0, cohorts={np.nan: 1.0}), "no treated units"),
    (staggered_panel(0, cohorts={2000.0: 0.5, np.nan: 0.5}), "no treated units"),
    (_panel(y=np.nan), "missing in every row"),
    (_panel(year="twenty"), "must be numeric"),
])
def test_degenerate_panels_raise_clear_errors(df: pd.DataFrame, message: str) -> None:
    with pytest.raises(EffectInputError, match=message):
        estimate(df, *ARGS)


def test_single_treated_unit_is_refused() -> None:
    df = staggered_panel(0, units=40, cohorts={np.nan: 1.0})
    df.loc[df.unit == "u000", "first_treated"] = 2005.0
    with pytest.raises(EffectInputError, match="only one treated unit"):
        estimate(df, *ARGS)


def test_input_errors_are_ice_ledger_errors_naming_the_problem() -> None:
    df = staggered_panel(0, units=40)
    with pytest.raises(IceLedgerError, match=r"no column.*'violent'"):
        estimate(df, "unit", "year", "violent", "first_treated")
    with pytest.raises(EffectInputError, match="unknown method"):
        estimate(df, *ARGS, method="ols")
    with pytest.raises(EffectInputError, match="duplicate"):
        estimate(pd.concat([df, df.head(3)]), *ARGS)
    moved = df.copy()
    moved.loc[moved.index[0], "first_treated"] = 2001.0
    with pytest.raises(EffectInputError, match="varies within unit"):
        estimate(moved, *ARGS)


def test_partly_missing_outcome_is_counted_not_silently_dropped() -> None:
    df = staggered_panel(0, units=60)
    df.loc[df.index[:25], "y"] = np.nan
    r = estimate(df, *ARGS, bootstrap=0)
    assert r.excluded["rows with missing outcome or covariate"] == 25
    assert r.n_obs == len(df) - 25


@pytest.mark.parametrize("method", ["did2s", "sunab"])
def test_missing_year_removing_period_minus_one_still_recovers_the_effect(method: str) -> None:
    """Like the FBI tables' missing 2016: the 2017 cohort has no period -1 (sunab uses its -2 as reference)."""
    df = staggered_panel(8, years=(2011, 2019), cohorts={2015.0: 0.3, 2017.0: 0.3, np.nan: 0.4},
                         effect="constant", size=1.0, units=150)
    df = df[df.year != 2016]
    r = estimate(df, *ARGS, method=method, bootstrap=0)
    assert r.periods == [2011, 2012, 2013, 2014, 2015, 2017, 2018, 2019]
    assert r.ci_low <= 1.0 <= r.ci_high
    es = r.event_study.set_index("rel_period")
    assert all(es.loc[e, "ci_low"] - 0.2 <= 0 <= es.loc[e, "ci_high"] + 0.2 for e in (-4, -3, -2))


def test_covariates_enter_both_the_estimate_and_the_bootstrap() -> None:
    df = staggered_panel(9, effect="constant", size=1.0, units=24)
    rng = np.random.default_rng(9)
    df["x"] = rng.normal(size=len(df))
    df["y"] = df["y"] + 3.0 * df["x"]
    r = estimate(df, *ARGS, covariates=["x"])
    assert r.ci_low <= 1.0 <= r.ci_high and r.se < 0.6
    assert r.bootstrap is not None  # 24 clusters: the closed form with the covariate reproduced the estimate
    with pytest.raises(EffectInputError, match="no column"):
        estimate(df, *ARGS, covariates=["z"])
