"""The scorer: each figure of `ice-ledger eval` on label files and articles written here, and the project's own
labelled set held to its thresholds (claim recall ≥ 0.9, verdict accuracy ≥ 0.8)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ice_ledger.claims.evaluate import (
    MISSED,
    EvalInputError,
    Label,
    Prediction,
    Score,
    Thresholds,
    align,
    normalise_verdict,
    overlap,
    predictions,
    score_dev_set,
    score_labels,
)
from ice_ledger.cli import app

LABELS = Path(__file__).resolve().parent / "labels.csv"
DEV_HEADER = ["article_file", "claim_id", "sentence", "claimed_value", "expected_verdict"]


def test_labelled_set_covers_every_claim_kind_and_verdict() -> None:
    rows = list(csv.DictReader(LABELS.open(encoding="utf-8")))
    verdicts = {r["expected_verdict"] for r in rows}
    assert verdicts >= {"accurate", "approximately_accurate", "inaccurate", "misleading", "depends_on_definition",
                        "unverifiable", "supported_by_research", "contradicted_by_research", "mixed_research"}
    assert any("example_article" in r["article"] for r in rows)


def labelled_rows() -> list[dict[str, str]]:
    return list(csv.DictReader(LABELS.open(encoding="utf-8")))


def test_eval_thresholds(built_home: Path) -> None:
    result = score_labels(LABELS, home=built_home)
    misses = [o for o in result.outcomes if not o.right]
    assert result.label_format == "project"
    assert result.recall >= 0.9, misses
    assert result.verdict_accuracy >= 0.8, misses
    assert result.match_accuracy is not None and result.match_accuracy >= 0.8
    # The confusion matrix against the labels file read here: each labelled verdict's row holds as many claims
    # as the file labels so, its MISSED column the claims not found, and its diagonal the right verdicts.
    confusion = result.confusion()
    labelled = Counter(r["expected_verdict"].strip() for r in labelled_rows())
    rows: Counter[str] = Counter()
    for (expected, _), n in confusion.items():
        rows[expected] += n
    assert rows == labelled
    assert sum(n for (_, got), n in confusion.items() if got == MISSED) == len(labelled_rows()) - result.n_found
    assert sum(n for (want, got), n in confusion.items() if got == normalise_verdict(want)) == result.n_right
    assert result.n_labels == len(labelled_rows()) and 0 < result.n_right <= result.n_found


def test_eval_rejects_a_labels_file_without_the_columns(tmp_path: Path) -> None:
    bad = tmp_path / "labels.csv"
    bad.write_text("article,sentence\nx.txt,hello\n")
    with pytest.raises(EvalInputError, match=r"missing columns.*article_file.*expected_subject"):
        score_labels(bad)


def test_bad_label_files_are_named_with_the_place(tmp_path: Path, built_home: Path) -> None:
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes(b"article_file,claim_id,sentence,claimed_value,expected_verdict\na.txt,1,caf\xe9,,accurate\n")
    with pytest.raises(EvalInputError, match=r"latin1.csv: not UTF-8 text"):
        score_labels(latin1)
    article = tmp_path / "a.txt"
    article.write_text("ICE arrested 158,581 people in fiscal year 2018.\n", encoding="utf-8")
    words = tmp_path / "words.csv"
    words.write_text("article,sentence,expected_subject,expected_value,expected_verdict\n"
                     "a.txt,ICE arrested 158581 people.,admin_arrests,many,accurate\n", encoding="utf-8")
    with pytest.raises(EvalInputError, match=r"words.csv line 2: expected_value 'many' is not a number"):
        score_labels(words, home=built_home)
    missing = subprocess.run([str(Path(sys.executable).parent / "ice-ledger"), "eval", str(tmp_path / "nowhere.csv")],
                             capture_output=True, text=True, timeout=300)
    assert missing.returncode == 1 and "nowhere.csv: no such labels file" in missing.stderr
    assert "Traceback" not in missing.stderr


# --- the parts of the score, on predictions written here ---------------------------------------------------------

def claim(sentence: str, label: str, explanation: str = "", value: float | None = None) -> dict[str, Any]:
    """One checked claim as the checker's JSON document writes it (docs/claims-json-schema.md)."""
    return {"claim": {"id": "c1", "kind": "count", "sentence": {"start": 0, "end": len(sentence), "text": sentence},
                      "value": value},
            "verdict": {"label": label, "explanation": explanation,
                        "definitions": [{"definition": "other list", "verdict": "inaccurate"}]}}


def label(sentence: str, verdict: str, value: str = "", claim_id: str = "L1") -> Label:
    return Label("a.txt", claim_id, sentence, value, verdict)


def test_verdicts_are_normalised_to_the_checkers_words() -> None:
    assert normalise_verdict("Mostly accurate") == "approximately_accurate"
    assert normalise_verdict("FALSE") == "inaccurate"
    assert normalise_verdict("not verifiable") == "unverifiable"
    assert normalise_verdict("Depends on definition") == "depends_on_definition"
    assert normalise_verdict("misleading") == "misleading"
    assert normalise_verdict("unheard of") == "unheard_of"


def test_a_claim_is_one_object_with_a_verdict_and_its_nested_verdicts_are_parts_of_it() -> None:
    document = {"text": "whole article", "verdict_counts": {"accurate": 1},
                "claims": [claim("ICE removed 1,000 people.", "accurate", "matches", 1000.0)],
                "extra": [{"final_verdict": "False", "quote": "Another claim."}]}
    preds = predictions(document)
    assert [(p.text, p.verdict, p.explanation) for p in preds] == [
        ("ICE removed 1,000 people.", "accurate", "matches"), ("Another claim.", "inaccurate", "")]
    assert "1000" in preds[0].blob and "," not in preds[0].blob


def test_overlap_is_containment_either_way() -> None:
    assert overlap("ICE removed 368,644 people in 2013.", "In 2013 ICE removed 368644 people") == 1.0
    assert overlap("ICE removed people", "ICE removed 368,644 people in fiscal 2013 says the agency") == 1.0
    assert overlap("the weather was fine", "ICE removed people") == 0.0
    assert overlap("", "anything") == 0.0


def test_an_unfound_claim_is_missed_and_lowers_recall_not_accuracy() -> None:
    preds = predictions({"claims": [claim("ICE arrested 143,470 people in fiscal 2017.", "accurate")]})
    outcomes = align([label("ICE arrested 143,470 people in fiscal 2017.", "accurate", "143,470", "L1"),
                      label("Border crossings fell sharply last spring.", "inaccurate", "", "L2")], preds)
    assert [o.predicted for o in outcomes] == ["accurate", None]
    score = Score(2, outcomes, articles=["a.txt"])
    assert (score.recall, score.verdict_accuracy, score.end_to_end) == (0.5, 1.0, 0.5)
    assert score.confusion() == {("accurate", "accurate"): 1, ("inaccurate", MISSED): 1}
    assert score.per_article() == [("a.txt", 2, 1, 1)]


def test_the_value_picks_the_claim_and_a_reused_claim_is_penalised() -> None:
    # (a sentence without its figures, so that each claim's JSON holds only its own value)
    sentence = "ICE removed people caught at the border and people caught in the interior."
    preds = predictions({"claims": [claim(sentence, "inaccurate", value=235093.0),
                                    claim(sentence, "accurate", value=133551.0)]})
    # the first label's value is in the second claim: the value bonus beats reading order
    by_value = align([label(sentence, "accurate", "133,551", "L1"), label(sentence, "inaccurate", "235,093", "L2")],
                     preds)
    assert [o.predicted for o in by_value] == ["accurate", "inaccurate"]
    # no values: the first claim answers the first label, and the reuse penalty gives the second label the other
    no_values = align([label(sentence, "inaccurate", "", "L1"), label(sentence, "accurate", "", "L2")], preds)
    assert [o.predicted for o in no_values] == ["inaccurate", "accurate"]
    # one claim for two labels: it answers both (a penalised reuse still beats missing)
    one = align([label(sentence, "inaccurate", "", "L1"), label(sentence, "inaccurate", "", "L2")], preds[:1])
    assert [o.predicted for o in one] == ["inaccurate", "inaccurate"]


def test_false_accusations_count_true_claims_rated_inaccurate_or_misleading() -> None:
    preds = [Prediction(f"Sentence number {w} about removals.", v, "", "") for w, v in
             [("one", "inaccurate"), ("two", "misleading"), ("three", "unverifiable"), ("four", "inaccurate"),
              ("five", "accurate")]]
    labels = [label("Sentence number one about removals.", "accurate", claim_id="L1"),
              label("Sentence number two about removals.", "Approximately accurate", claim_id="L2"),
              label("Sentence number three about removals.", "accurate", claim_id="L3"),
              label("Sentence number four about removals.", "inaccurate", claim_id="L4"),
              label("Sentence number five about removals.", "accurate", claim_id="L5")]
    score = Score(5, align(labels, preds, leaning="news"), articles=["a.txt"])
    assert score.false_accusations == 2  # L1 and L2: L3 is wrong but abstains, L4 is right
    assert score.n_true_found == 4
    assert score.false_accusation_rate == 0.5
    assert score.by_leaning() == {"news": (5, 2)}
    assert score.failures(Thresholds(0.8, 0.3, 0.4)) == ["false-accusation rate 0.500 > 0.4"]
    assert score.failures(Thresholds(1.0, 0.5, 1.0)) == ["verdict accuracy 0.400 < 0.5"]
    figures = score.to_json()
    assert figures["false_accusations"] == 2 and figures["confusion"]["accurate->inaccurate"] == 1


def write_dev_set(folder: Path, articles: dict[str, str], rows: list[list[str]], leaning: dict[str, str]) -> Path:
    """A labelled set in the dev set's layout (claims.csv, leaning.csv, articles/) with texts written here."""
    (folder / "articles").mkdir(parents=True)
    for name, text in articles.items():
        (folder / "articles" / name).write_text(text, encoding="utf-8")
    with (folder / "claims.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([[*DEV_HEADER, "evidence"], *[[f"articles/{r[0]}", *r[1:], "x"] for r in rows]])
    with (folder / "leaning.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["article_file", "leaning"], *[[f"articles/{k}", v] for k, v in leaning.items()]])
    return folder / "claims.csv"


ARREST_SENTENCE = "A new ICE report shows that in fiscal year 2018 the agency arrested 158,581 immigrants nationwide."
WEATHER_SENTENCE = "The mayor spoke for an hour in the rain outside the courthouse."


@pytest.fixture
def small_set(tmp_path: Path) -> Path:
    articles = {
        "a1.txt": f"SOURCE: written for this test\nDATE: 2018-12-15\n\n{ARREST_SENTENCE}\n\n{WEATHER_SENTENCE}\n",
        "a2.txt": f"SOURCE: written for this test\nDATE: 2999-01-01\n\n{ARREST_SENTENCE}\n",
    }
    rows = [["a1.txt", "A1-01", ARREST_SENTENCE, "158,581", "accurate"],
            ["a1.txt", "A1-02", WEATHER_SENTENCE, "", "unverifiable"],
            ["a2.txt", "A2-01", ARREST_SENTENCE, "158,581", "accurate"]]
    return write_dev_set(tmp_path / "set", articles, rows, {"a1.txt": "news", "a2.txt": "government"})


def test_the_dev_format_checks_each_article_once_with_its_header_date(small_set: Path, built_home: Path) -> None:
    seen: list[tuple[str, dt.date | None]] = []
    real = score_dev_set(small_set, home=built_home)

    def recording(text: str, date: dt.date | None) -> dict[str, Any]:
        seen.append((text, date))
        return {"claims": [claim(ARREST_SENTENCE, "accurate")]}

    score = score_dev_set(small_set, checker=recording)
    assert [d for _, d in seen] == [dt.date(2018, 12, 15), dt.date(2999, 1, 1)]
    assert not seen[0][0].startswith("SOURCE") and seen[0][0].startswith(ARREST_SENTENCE)
    assert score.by_leaning() == {"news": (1, 1), "government": (1, 1)}
    # the real checker refuses a date in the future: that article is an error and its label is missed
    assert [e.split(":")[0] for e in real.errors] == ["articles/a2.txt"] and "future" in real.errors[0]
    assert real.n_labels == 3 and real.articles == ["articles/a1.txt"]
    assert [o.claim_id for o in real.outcomes if not o.found] == ["A1-02"]
    assert real.recall == pytest.approx(1 / 3)


def test_eval_command_reports_the_figures_and_fails_below_thresholds(small_set: Path, built_home: Path,
                                                                     tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    runner = CliRunner()
    failing = runner.invoke(app, ["eval", str(small_set), str(small_set.parent), "--verbose", "--json-out",
                                  str(out), "--home", str(built_home)], env={"COLUMNS": "200"})
    assert failing.exit_code == 1, failing.output
    assert "MISSED A1-02 (unverifiable)" in failing.output
    assert "ERROR articles/a2.txt" in failing.output
    assert "over 3 labelled claims" in failing.output
    assert "below threshold: claim recall 0.333 < 0.8" in failing.output
    figures = json.loads(out.read_text())
    assert figures["recall"] == pytest.approx(1 / 3) and figures["labels"] == 3
    passing = runner.invoke(app, ["eval", str(small_set), "--min-recall", "0.3", "--min-accuracy", "0",
                                  "--home", str(built_home), "--format", "json"])
    assert passing.exit_code == 0, passing.output
    assert json.loads(passing.stdout)["recall"] == figures["recall"]


def shared_script(mirror: Path) -> Path:
    path = mirror.parent / "tools" / "eval_claims.py"
    if not path.exists():
        pytest.fail(f"the shared scorer is missing at {path}", pytrace=False)
    return path


def run_shared_script(mirror: Path, labels: Path, articles: Path, home: Path, out: Path) -> dict[str, Any]:
    """../shared/tools/eval_claims.py, calling this venv's `ice-ledger check` on the given warehouse."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "ICE_LEDGER_HOME": str(home)}
    subprocess.run([sys.executable, str(shared_script(mirror)), str(labels), str(articles), "--json-out", str(out),
                    "--min-recall", "0", "--min-accuracy", "0"], env=env, check=True, capture_output=True,
                   text=True, timeout=1800)
    figures: dict[str, Any] = json.loads(out.read_text())
    return figures


PARITY_KEYS = ("recall", "verdict_accuracy", "end_to_end", "false_accusations", "false_accusation_rate",
               "by_leaning", "confusion")


def test_eval_agrees_with_the_shared_script_on_a_small_set(small_set: Path, built_home: Path, mirror: Path,
                                                           tmp_path: Path) -> None:
    theirs = run_shared_script(mirror, small_set, small_set.parent, built_home, tmp_path / "theirs.json")
    ours = score_labels(small_set, small_set.parent, home=built_home).to_json()
    assert {k: ours[k] for k in PARITY_KEYS} == {k: theirs[k] for k in PARITY_KEYS}
