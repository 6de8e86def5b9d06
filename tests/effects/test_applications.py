"""The 287(g) × sheriff-crime event study, built from a real warehouse of the mirror's WaPo and FBI files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from ice_ledger import api
from ice_ledger.effects.applications import panel_287g_crime, run, run_287g_crime
from ice_ledger.effects.panel import EffectInputError
from ice_ledger.errors import IceLedgerError

SOURCES = ["geo_census_names", "wapo_287g_history", "crime_fbi_cius"]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    home = tmp_path_factory.mktemp("effects_home")
    api.build(SOURCES, mirror=mirror, home=home, quiet=True)
    return home


def test_panel_is_one_sheriff_row_per_county_year_with_traceable_rows(home: Path) -> None:
    panel = panel_287g_crime("violent_crime", home=home)
    assert sorted(panel["year"].unique()) == [2013, 2014, 2015, 2017, 2018, 2019]
    assert not panel.duplicated(["fips", "year"]).any()
    assert not panel["agency_name"].str.contains("Police", case=False).any()
    with api.connect(home) as con:
        known = con.execute("SELECT count(*) FROM crime_agency_year WHERE row_id IN (SELECT unnest(?))",
                            [panel["row_id"].head(50).tolist()]).fetchone()
    assert known == (50,)
    first = panel.drop_duplicates("fips").set_index("fips")["first_year"]
    # The Post marks Teller County (CO) from 2019 and Etowah County (AL) from 2008.
    assert first.get("08119") == 2019
    assert first.get("01055") == 2008


@pytest.mark.parametrize("outcome", ["violent_crime", "property_crime"])
def test_event_study_reports_design_limits_and_exclusions(home: Path, outcome: str) -> None:
    r = run_287g_crime(outcome, home=home, bootstrap=0)
    assert r.periods == [2013, 2014, 2015, 2017, 2018, 2019]
    assert r.n_treated_units >= 30 and r.n_control_units > 500
    assert set(r.cohorts) <= {2015, 2016, 2017, 2018, 2019}
    assert any("pre-treatment" in k for k in r.excluded)  # counties that joined 2005-2014 are set aside
    assert any("balanced panel" in k for k in r.excluded)
    assert np.isfinite(r.att) and r.ci_low < r.att < r.ci_high and r.se > 0
    assert r.pretrend_p is not None and 0 <= r.pretrend_p <= 1
    assert set(r.event_study["rel_period"]) >= {-2, -1, 0, 1}
    for needle in ("2016", "not a general causal effect", "clustered by county", "Provenance: warehouse build",
                   "wapo_287g_history: sheriffs_287g"):
        assert needle in r.description


def test_methods_and_scales_agree_on_the_panel(home: Path) -> None:
    d = run("287g-crime", outcome="property_crime", home=home, bootstrap=0)
    s = run("287g-crime", outcome="property_crime", method="sunab", home=home, bootstrap=0)
    c = run("287g-crime", outcome="property_crime", scale="count", balanced=False, home=home, bootstrap=0)
    assert d.n_treated_units == s.n_treated_units
    assert d.twfe_att == pytest.approx(s.twfe_att)
    assert c.n_obs > d.n_obs  # the unbalanced panel keeps agencies with gaps
    with pytest.raises(EffectInputError, match="unknown outcome"):
        run("287g-crime", outcome="arrests", home=home)


def test_application_without_a_warehouse_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(IceLedgerError, match="no warehouse"):
        run_287g_crime(home=tmp_path)
    out = subprocess.run([sys.executable, "-m", "ice_ledger", "effect", "287g-crime", "--home", str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and "no warehouse" in out.stderr and "Traceback" not in out.stderr


def test_cli_application_output(home: Path) -> None:
    cmd = [sys.executable, "-m", "ice_ledger", "effect", "287g-crime", "--outcome", "property_crime",
           "--home", str(home), "--no-bootstrap"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    for needle in ("Washington Post", "Table 10", "ATT:", "Pre-trend test", "TWFE"):
        assert needle in out.stdout


@pytest.mark.parametrize("outcome", ["violent_crime", "property_crime"])
def test_cli_bootstrap_runs_on_both_outcomes(home: Path, outcome: str) -> None:
    """The closed form is the estimate itself, so the bootstrap is no longer refused on the real panel."""
    cmd = [sys.executable, "-m", "ice_ledger", "effect", "287g-crime", "--outcome", outcome, "--home", str(home),
           "--bootstrap", "--draws", "299", "--format", "json"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    r = json.loads(out.stdout)
    boot = r["bootstrap"]
    assert boot["draws"] == 299 and 0 < boot["p_value"] <= 1
    assert boot["ci_low"] < r["att"] < boot["ci_high"]
    assert not any("bootstrap was not run" in w or "collinear" in w for w in r["warnings"]), r["warnings"]


@pytest.mark.parametrize("outcome", ["violent_crime", "property_crime"])
def test_registered_ledger_estimate_is_what_the_command_computes(home: Path, outcome: str) -> None:
    """studies.csv cites the ledger's own 287(g) estimates; a rebuild that moves them must update the row."""
    from ice_ledger.studies import all_studies

    row = {s.study_id: s for s in all_studies()}[f"ledger_287g_{outcome}"]
    r = run_287g_crime(outcome, home=home, bootstrap=999)
    assert f"ATT {r.att:.3f}" in row.estimate
    assert f"SE {r.se:.3f}" in row.uncertainty
    assert f"95% CI {r.ci_low:.3f} to {r.ci_high:.3f}" in row.uncertainty
    assert r.bootstrap is not None and f"bootstrap p = {r.bootstrap.p_value:.2g}" in row.uncertainty
    assert f"{r.n_treated_units} adopting counties" in row.unit
    assert row.direction == ("no_effect" if r.ci_low <= 0 <= r.ci_high else row.direction)
