"""The dev set's score cannot slip back: `ice-ledger eval` on ../shared/reference/claims_dev/ (read there, never
copied here) must reach the floor in dev_set_floor.json, and must agree with ../shared/tools/eval_claims.py.

The floor is checked on the whole dev set, in process. The agreement with the shared script is checked on the
first articles of every leaning: the script runs `ice-ledger check` once per article, a process each, which on
the whole set took a minute or more of the suite's time; the subset still covers every leaning (and the
small-set agreement in test_eval.py stands beside it).
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from test_eval import PARITY_KEYS, run_shared_script  # a sibling module: pytest puts tests/claims on the path

from ice_ledger.claims.evaluate import Score, score_labels

FLOOR = Path(__file__).resolve().parent / "dev_set_floor.json"
PARITY_ARTICLES_PER_LEANING = 2


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


@pytest.fixture(scope="module")
def dev_subset(dev_set: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The labels of the first PARITY_ARTICLES_PER_LEANING articles of each leaning, with their leaning.csv beside
    them (where the script and `ice-ledger eval` look for it); the articles stay in the dev set's folder."""
    def rows(name: str) -> tuple[list[str], list[dict[str, str]]]:
        with (dev_set / name).open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            return list(reader.fieldnames or ()), list(reader)

    leaning_fields, leanings = rows("leaning.csv")
    seen: Counter[str] = Counter()
    chosen = []
    for row in leanings:
        seen[row["leaning"]] += 1
        if seen[row["leaning"]] <= PARITY_ARTICLES_PER_LEANING:
            chosen.append(row)
    files = {r["article_file"] for r in chosen}
    label_fields, labels = rows("claims.csv")
    folder = tmp_path_factory.mktemp("dev_subset")
    for name, fields, kept in (("leaning.csv", leaning_fields, chosen),
                               ("claims.csv", label_fields, [r for r in labels if r["article_file"] in files])):
        with (folder / name).open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=fields)
            writer.writeheader()
            writer.writerows(kept)
    return folder


def test_eval_command_agrees_with_the_shared_script_on_the_dev_set(dev_set: Path, dev_subset: Path,
                                                                    built_home: Path, mirror: Path,
                                                                    tmp_path: Path) -> None:
    labels = dev_subset / "claims.csv"
    theirs = run_shared_script(mirror, labels, dev_set, built_home, tmp_path / "theirs.json")
    out = tmp_path / "ours.json"
    env = {**os.environ, "ICE_LEDGER_HOME": str(built_home)}
    done = subprocess.run([str(Path(sys.executable).parent / "ice-ledger"), "eval", str(labels),
                           str(dev_set), "--json-out", str(out), "--min-recall", "0", "--min-accuracy", "0"],
                          env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    ours: dict[str, Any] = json.loads(out.read_text())
    assert ours["labels"] >= 30, "the subset should hold dozens of labelled claims"
    assert {k: ours[k] for k in PARITY_KEYS} == {k: theirs[k] for k in PARITY_KEYS}
    in_process = score_labels(labels, dev_set, home=built_home).to_json()
    assert {k: ours[k] for k in PARITY_KEYS} == {k: in_process[k] for k in PARITY_KEYS}
    assert set(ours["by_leaning"]) >= {"news", "pro_enforcement", "pro_immigrant", "fact_check", "government"}
