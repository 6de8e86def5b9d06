"""`ice-ledger effect` on a user-supplied CSV panel: output, JSON, plot, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from did_simulate import staggered_panel

CLI = [sys.executable, "-m", "ice_ledger"]
PANEL_ARGS = ["--unit", "unit", "--time", "year", "--outcome", "y", "--first-treated", "first_treated"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, "effect", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def panel_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("effects") / "panel.csv"
    staggered_panel(11, effect="constant", size=2.0, units=80).to_csv(path, index=False)
    return path


def test_panel_table_output_states_design_n_ci_pretrend(panel_csv: Path) -> None:
    # --format table: the drawn table (with its title) even though stdout is captured, not a terminal
    out = run("--panel", str(panel_csv), *PANEL_ARGS, "--no-bootstrap", "--format", "table")
    assert out.returncode == 0, out.stderr
    for needle in ("Design: staggered difference-in-differences", "N: 960 unit-periods", "95% CI",
                   "Pre-trend test", "TWFE", "Event study"):
        assert needle in out.stdout


def test_panel_json_and_png_plot(panel_csv: Path, tmp_path: Path) -> None:
    png = tmp_path / "es.png"
    out = run("--panel", str(panel_csv), *PANEL_ARGS, "--method", "sunab", "--format", "json", "--plot", str(png))
    assert out.returncode == 0, out.stderr
    res = json.loads(out.stdout)
    assert res["method"] == "sunab" and res["ci_low"] <= 2.0 <= res["ci_high"]
    assert {r["rel_period"] for r in res["event_study"]} >= {-2, -1, 0, 1}
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5_000


@pytest.mark.parametrize(("args", "message"), [
    (["--panel", "/nonexistent/p.csv", *PANEL_ARGS], "/nonexistent/p.csv: file not found"),
    (["--panel", "PANEL", "--unit", "unit"], "--panel needs --time, --outcome, --first-treated"),
    (["--panel", "PANEL", *PANEL_ARGS[:-1], "nope"], "no column(s) 'nope'"),
    (["--panel", "PANEL", *PANEL_ARGS, "--method", "ols"], "unknown method 'ols'"),
    (["--panel", "PANEL", *PANEL_ARGS, "--method", "twfe", "--control", "never"],
     "TWFE has no comparison-group choice"),
    (["--panel", "PANEL", *PANEL_ARGS, "--method", "sunab", "--control", "notyet"],
     "it has no not-yet-treated comparison"),
    (["--panel", "PANEL", *PANEL_ARGS, "--control", "sometimes"], "must be never or notyet, not 'sometimes'"),
    (["--panel", "PANEL", *PANEL_ARGS, "--fixed-shares"], "--fixed-shares (share_uncertainty=False) is a choice "
     "for method 'cs' only: did2s has no separately estimated cohort shares"),
    (["--panel", "PANEL", *PANEL_ARGS, "--method", "sunab", "--share-uncertainty"],
     "--share-uncertainty (share_uncertainty=True) is a choice for method 'cs' only: sunab averages"),
    (["--panel", "PANEL", *PANEL_ARGS, "--method", "twfe", "--fixed-shares", "--format", "json"],
     "twfe has no cohort shares"),
    (["no-such-application"], "unknown application 'no-such-application'"),
    ([], "name an application"),
])
def test_bad_requests_get_one_line_errors(args: list[str], message: str, panel_csv: Path) -> None:
    out = run(*[str(panel_csv) if a == "PANEL" else a for a in args])
    assert out.returncode == 1
    assert message in out.stderr and "Traceback" not in out.stderr


def test_did2s_control_choice_reaches_the_estimate_and_the_json(panel_csv: Path) -> None:
    never = json.loads(run("--panel", str(panel_csv), *PANEL_ARGS, "--control", "never", "--no-bootstrap",
                           "--format", "json").stdout)
    default = json.loads(run("--panel", str(panel_csv), *PANEL_ARGS, "--no-bootstrap", "--format", "json").stdout)
    assert never["method"] == default["method"] == "did2s"
    assert (never["control_group"], default["control_group"]) == ("never", "notyet")
    assert never["att"] != default["att"] and never["ci_low"] <= 2.0 <= never["ci_high"]
    table = run("--panel", str(panel_csv), *PANEL_ARGS, "--control", "never", "--no-bootstrap")
    assert "Comparison: never-treated units only" in table.stdout


def test_fixed_shares_reaches_the_cs_estimate_and_the_json(panel_csv: Path) -> None:
    fixed = json.loads(run("--panel", str(panel_csv), *PANEL_ARGS, "--method", "cs", "--fixed-shares",
                           "--no-bootstrap", "--format", "json").stdout)
    default = json.loads(run("--panel", str(panel_csv), *PANEL_ARGS, "--method", "cs", "--no-bootstrap",
                             "--format", "json").stdout)
    assert fixed["att"] == default["att"]
    assert fixed["se"] == default["se_fixed_shares"] == fixed["se_fixed_shares"] and default["se"] > fixed["se"]


def test_list_names_every_application_and_why_secure_communities_is_not_available() -> None:
    table = run("--list")
    assert table.returncode == 0, table.stderr
    assert "287g-crime:" in table.stdout and "detainer-declines:" in table.stdout
    assert "secure-communities: Secure Communities rollout (east_velasquez_exposure" in table.stdout
    listed = {a["name"]: a for a in json.loads(run("--list", "--format", "json").stdout)}
    assert listed["287g-crime"]["available"] and listed["287g-crime"]["outcomes"][0] == "violent_crime"
    sc = listed["secure-communities"]
    assert not sc["available"] and "no outcome is held at CPUMA grain" in sc["reason"]
    asked = run("secure-communities")
    assert asked.returncode == 1 and "Traceback" not in asked.stderr
    assert "'secure-communities'" in asked.stderr and "is not available: not estimable" in asked.stderr
    assert "not available: secure-communities" in run("no-such-application").stderr
