"""The detainer-policy application on a real warehouse of the mirror's Pennsylvania and national detainer records."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from ice_ledger import api
from ice_ledger.effects.applications import run
from ice_ledger.effects.detainer_panel import panel_detainer_declines
from ice_ledger.effects.panel import EffectInputError

SOURCES = ["geo_census_names", "pa_detainers", "npr_detainers_fy15"]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    home = tmp_path_factory.mktemp("detainer_home")
    api.build(SOURCES, mirror=mirror, home=home, quiet=True)
    return home


def test_panel_is_facility_by_fiscal_year_with_fy2015_counted_once(home: Path) -> None:
    panel = panel_detainer_declines(home=home)
    assert sorted(panel["fiscal_year"].unique()) == list(range(2008, 2016))
    assert not panel.duplicated(["facility", "fiscal_year"]).any()
    assert not panel["facility"].str.contains("MOSHANNON|FCI|USP", regex=True).any()  # federal prisons set aside
    by_year = panel.groupby("fiscal_year")[["detainers", "declined"]].sum()
    # FY2015 rows come from the national FY15 file once (pa_detainers' copies are flagged duplicates)
    assert 0 < by_year.loc[2015, "detainers"] < by_year.loc[2014, "detainers"]
    assert by_year.loc[2014, "declined"] > 10 * by_year.loc[2012, "declined"]  # the 2014 jump in declines
    first = panel.drop_duplicates("facility").set_index("facility")["first_fy"]
    assert first.get("PHILADELPHIA DETENTION CT") == 2014


def test_declines_are_refused_as_an_outcome(home: Path) -> None:
    with pytest.raises(EffectInputError, match="define the treatment"):
        run("detainer-declines", outcome="declined", home=home)


def test_cli_json_carries_the_caveats(home: Path) -> None:
    cmd = [sys.executable, "-m", "ice_ledger", "effect", "detainer-declines", "--outcome", "booked",
           "--home", str(home), "--no-bootstrap", "--format", "json"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    r = json.loads(out.stdout)
    assert r["periods"] == list(range(2008, 2016)) and r["n_treated_units"] >= 3
    assert np.isfinite(r["att"]) and r["ci_low"] < r["att"] < r["ci_high"]
    for needle in ("behavioural", "not a general causal effect", "19 July 2015", "never booked", "Provenance"):
        assert needle in r["description"]
    assert any("all treated units start in 2014" in w for w in r["warnings"])


def test_registered_ledger_estimate_is_what_the_command_computes(home: Path) -> None:
    """studies.csv cites the ledger's own detainer estimate; a rebuild that moves it must update the row."""
    from ice_ledger.studies import all_studies

    row = {s.study_id: s for s in all_studies()}["ledger_detainer_declines_detainers"]
    r = run("detainer-declines", outcome="detainers", home=home, bootstrap=999)
    assert f"ATT {r.att:.3f}" in row.estimate
    assert f"SE {r.se:.3f}" in row.uncertainty
    assert f"95% CI {r.ci_low:.3f} to {r.ci_high:.3f}" in row.uncertainty
    assert r.bootstrap is not None and f"bootstrap p = {r.bootstrap.p_value:.2g}" in row.uncertainty
    assert r.pretrend_p is not None and f"event-study p = {r.pretrend_p:.2g}" in row.uncertainty
    assert f"{r.n_treated_units} marked facilities, {r.n_control_units} comparison" in row.unit
    assert row.direction == ("no_effect" if r.ci_low <= 0 <= r.ci_high else row.direction)
