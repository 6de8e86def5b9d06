"""The dev set's score cannot slip back: `ice-ledger eval` on ../shared/reference/claims_dev/ (read there, never
copied here) must reach the floor in dev_set_floor.json, and must agree with ../shared/tools/eval_claims.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from test_eval import PARITY_KEYS, run_shared_script  # a sibling module: pytest puts tests/claims on the path

from ice_ledger.claims.evaluate import Score, score_labels

FLOOR = Path(__file__).resolve().parent / "dev_set_floor.json"


@pytest.fixture(scope="module")
def dev_set(mirror: Path) -> Path:
    folder = mirror.parent / "reference" / "claims_dev"
    if not (folder / "claims.csv").exists() or not (folder / "leaning.csv").exists():
        pytest.fail(f"the labelled dev set is missing at {folder}", pytrace=False)
    return folder


@pytest.fixture(scope="module")
def dev_score(dev_set: Path, built_home: Path) -> Score:
    return score_labels(dev_set / "claims.csv", dev_set, home=built_home)


def misses(score: Score) -> str:
    return "\n".join(f"{o.claim_id}: expected {o.expected}, got {o.predicted or 'MISSED'}" for o in score.outcomes
                     if not o.right)


def test_the_dev_set_score_holds_its_floor(dev_score: Score) -> None:
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    assert not dev_score.errors
    assert dev_score.n_labels >= 180 and len(dev_score.articles) >= 34
    figures = (f"recall {dev_score.recall:.3f}, verdict accuracy {dev_score.verdict_accuracy:.3f}, false "
               f"accusations {dev_score.false_accusations}/{dev_score.n_true_found}\n{misses(dev_score)}")
    assert dev_score.recall >= floor["min_recall"], figures
    assert dev_score.verdict_accuracy >= floor["min_verdict_accuracy"], figures
    assert dev_score.false_accusation_rate <= floor["max_false_accusation_rate"], figures


def test_eval_command_agrees_with_the_shared_script_on_the_dev_set(dev_set: Path, dev_score: Score,
                                                                    built_home: Path, mirror: Path,
                                                                    tmp_path: Path) -> None:
    theirs = run_shared_script(mirror, dev_set / "claims.csv", dev_set, built_home, tmp_path / "theirs.json")
    out = tmp_path / "ours.json"
    env = {**os.environ, "ICE_LEDGER_HOME": str(built_home)}
    done = subprocess.run([str(Path(sys.executable).parent / "ice-ledger"), "eval", str(dev_set / "claims.csv"),
                           str(dev_set), "--json-out", str(out), "--min-recall", "0", "--min-accuracy", "0"],
                          env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    ours: dict[str, Any] = json.loads(out.read_text())
    assert {k: ours[k] for k in PARITY_KEYS} == {k: theirs[k] for k in PARITY_KEYS}
    assert {k: ours[k] for k in PARITY_KEYS} == {k: dev_score.to_json()[k] for k in PARITY_KEYS}
    assert set(ours["by_leaning"]) >= {"news", "pro_enforcement", "pro_immigrant", "fact_check", "government"}
