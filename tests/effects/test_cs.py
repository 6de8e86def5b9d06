"""Callaway–Sant'Anna group-time ATTs against the csdid package, and the tests and bands every method reports."""

from __future__ import annotations

import contextlib
import io
import warnings

import numpy as np
import pandas as pd
import pytest
from did_simulate import staggered_panel

from ice_ledger.effects import cs
from ice_ledger.effects.did import EffectInputError, estimate
from ice_ledger.effects.panel import prepare

ARGS = ("unit", "year", "y", "first_treated")


def _csdid(df: pd.DataFrame, control: str, base: str) -> object:
    from csdid.att_gt import ATTgt

    d = df.assign(id=df["unit"].str[1:].astype(int), g=df["first_treated"].fillna(0))
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        return ATTgt(yname="y", tname="year", idname="id", gname="g", data=d,
                     control_group="nevertreated" if control == "never" else "notyettreated",
                     ).fit(est_method="dr", base_period=base, bstrap=False)


@pytest.mark.parametrize(("control", "base"), [("never", "varying"), ("notyet", "varying"),
                                                ("never", "universal")])
def test_group_time_atts_and_aggregations_equal_csdid(control: str, base: str) -> None:
    df = staggered_panel(3, effect="dynamic", units=150)
    gt = cs.group_time(prepare(df, *ARGS).data, control, base)
    ref = _csdid(df, control, base)
    theirs = pd.DataFrame({"group": ref.results["group"], "period": ref.results["year"],
                           "att": ref.results["att"], "se": ref.results["se"]})
    m = gt.cells.merge(theirs, on=["group", "period"], how="inner")
    assert len(m) == len(gt.cells)  # csdid's extra rows (universal base) are its zero reference cells
    np.testing.assert_allclose(m["estimate"], m["att"], atol=1e-6)
    np.testing.assert_allclose(m["se_x"], m["se_y"], rtol=1e-6)
    for kind in ("simple", "dynamic", "group", "calendar"):
        _, overall, inf = cs.aggregate(gt, kind)
        with contextlib.redirect_stdout(io.StringIO()):
            ref.aggte(typec=kind, bstrap=False)
        assert overall == pytest.approx(ref.atte["overall_att"], abs=1e-6)
        assert gt.se(inf[:, None])[0] == pytest.approx(ref.atte["overall_se"], rel=1e-6)


def test_cs_recovers_dynamic_effects_and_offers_both_uncertainties() -> None:
    df = staggered_panel(2, effect="dynamic", units=300)
    r = estimate(df, *ARGS, method="cs", bootstrap=0)
    treated = df["first_treated"].notna() & (df["year"] >= df["first_treated"])
    cells = df[treated].groupby(["first_treated", "year"])["true_effect"].mean()
    assert r.ci_low - 0.3 < cells.mean() < r.ci_high + 0.3
    assert r.se_fixed_shares is not None and r.se >= r.se_fixed_shares
    fixed = estimate(df, *ARGS, method="cs", bootstrap=0, share_uncertainty=False)
    assert fixed.se == pytest.approx(r.se_fixed_shares) and fixed.att == pytest.approx(r.att)
    assert set(r.aggregations) == {"simple", "dynamic", "group", "calendar"}
    assert r.group_time and {"group", "period", "estimate", "se"} <= set(r.group_time[0])
    notyet = estimate(df, *ARGS, method="cs", bootstrap=0, control="notyet")
    gt_n, gt_y = pd.DataFrame(r.group_time), pd.DataFrame(notyet.group_time)
    assert (gt_y["control_units"] >= gt_n["control_units"]).all()
    assert (gt_y["control_units"] > gt_n["control_units"]).any()
    assert "not yet treated" in "\n".join(notyet.summary_lines())


def test_cs_bootstrap_is_a_multiplier_bootstrap_of_the_influence_function() -> None:
    r = estimate(staggered_panel(3, units=16, years=(2000, 2009), effect="constant", size=3.0), *ARGS,
                 method="cs")
    assert r.bootstrap is not None and "multiplier" in r.bootstrap.weights
    assert r.bootstrap.ci_low < r.att < r.bootstrap.ci_high and r.bootstrap.p_value < 0.05


@pytest.mark.parametrize("method", ["did2s", "cs", "sunab", "twfe"])
def test_uniform_bands_contain_pointwise_intervals(method: str) -> None:
    r = estimate(staggered_panel(6, effect="dynamic"), *ARGS, method=method, bootstrap=0)
    es = r.event_study[~r.event_study["reference"]]
    assert r.uniform_critical_value is not None and r.uniform_critical_value > 1.97
    assert (es["band_low"] <= es["ci_low"] + 1e-12).all() and (es["band_high"] >= es["ci_high"] - 1e-12).all()


def test_imputation_pretrend_test_detects_an_injected_trend() -> None:
    flagged_bad = flagged_clean = 0
    for seed in range(4):
        bad = estimate(staggered_panel(seed, effect="constant", pretrend=0.4), *ARGS, bootstrap=0)
        clean = estimate(staggered_panel(seed, effect="constant"), *ARGS, bootstrap=0)
        assert bad.imputation_pretrend_p is not None and clean.imputation_pretrend_p is not None
        flagged_bad += bad.imputation_pretrend_p < 0.01
        flagged_clean += clean.imputation_pretrend_p < 0.05
    assert flagged_bad == 4 and flagged_clean <= 1


@pytest.mark.parametrize("method", ["did2s", "sunab", "twfe"])
@pytest.mark.parametrize("choice", [False, True])
def test_only_cs_takes_the_cohort_share_choice(method: str, choice: bool) -> None:
    df = staggered_panel(3, effect="constant", units=60)
    with pytest.raises(EffectInputError, match=f"is a choice for method 'cs' only: {method} "):
        estimate(df, *ARGS, method=method, bootstrap=0, share_uncertainty=choice)
    assert estimate(df, *ARGS, method=method, bootstrap=0).se > 0  # left out: the method's own


def test_cs_includes_the_share_uncertainty_unless_told() -> None:
    df = staggered_panel(3, effect="dynamic", units=200)
    default, told = (estimate(df, *ARGS, method="cs", bootstrap=0, share_uncertainty=s) for s in (None, True))
    assert default.se_fixed_shares is not None and default.se == told.se > default.se_fixed_shares
