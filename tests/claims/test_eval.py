"""The labelled set holds the checker to its thresholds: claim recall ≥ 0.9, verdict accuracy ≥ 0.8."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ice_ledger.claims.evaluate import evaluate
from ice_ledger.errors import IceLedgerError

LABELS = Path(__file__).resolve().parent / "labels.csv"


def test_labelled_set_covers_every_claim_kind_and_verdict() -> None:
    rows = list(csv.DictReader(LABELS.open(encoding="utf-8")))
    verdicts = {r["expected_verdict"] for r in rows}
    assert verdicts >= {"accurate", "approximately_accurate", "inaccurate", "misleading", "depends_on_definition",
                        "unverifiable", "supported_by_research", "contradicted_by_research", "mixed_research"}
    assert any("example_article" in r["article"] for r in rows)


def test_eval_thresholds(built_home: Path) -> None:
    result = evaluate(LABELS, home=built_home)
    assert result.recall >= 0.9, result.rows
    assert result.verdict_accuracy >= 0.8, [r for r in result.rows if r["expected"] != r["predicted"]]
    assert result.match_accuracy >= 0.8
    assert sum(sum(row.values()) for row in result.confusion.values()) == result.n_labels


def test_eval_rejects_a_labels_file_without_the_columns(tmp_path: Path) -> None:
    bad = tmp_path / "labels.csv"
    bad.write_text("article,sentence\nx.txt,hello\n")
    with pytest.raises(IceLedgerError, match="missing columns"):
        evaluate(bad)
