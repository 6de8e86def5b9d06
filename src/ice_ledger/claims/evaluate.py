"""Score the checker against labelled claims: claim recall, match accuracy, verdict accuracy, confusion matrix.

Labels are a CSV with columns `article, sentence, expected_subject, expected_value, expected_verdict` and an
optional `article_date` and `claim_text` (words of the claim, to tell two claims of one sentence apart); `article` is a path relative to the CSV file. A label is found when an extracted claim
sits in the labelled sentence and has the expected subject (the first claim of the sentence otherwise).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ice_ledger.claims.check import check_text, read_input
from ice_ledger.claims.model import CheckedClaim, Report
from ice_ledger.errors import IceLedgerError

REQUIRED = ("article", "sentence", "expected_subject", "expected_value", "expected_verdict")


@dataclass
class EvalResult:
    n_labels: int
    n_found: int
    n_matched: int
    n_verdict_correct: int
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.n_found / self.n_labels if self.n_labels else 0.0

    @property
    def match_accuracy(self) -> float:
        return self.n_matched / self.n_found if self.n_found else 0.0

    @property
    def verdict_accuracy(self) -> float:
        return self.n_verdict_correct / self.n_found if self.n_found else 0.0

    def summary(self) -> dict[str, Any]:
        return {"labels": self.n_labels, "found": self.n_found, "claim_recall": round(self.recall, 3),
                "match_accuracy": round(self.match_accuracy, 3), "verdict_accuracy": round(self.verdict_accuracy, 3),
                "confusion": self.confusion}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("“", '"').replace("”", '"')).strip().lower()


def _value_ok(expected: str, got: float | None) -> bool:
    if not expected.strip():
        return True
    if got is None:
        return False
    want = float(expected)
    return abs(want - got) <= 1e-6 * max(1.0, abs(want))


def evaluate(labels: str | Path, home: str | Path | None = None) -> EvalResult:
    path = Path(labels)
    if not path.is_file():
        raise IceLedgerError(f"{path}: no such labels file")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise IceLedgerError(f"{path}: missing columns {', '.join(missing)} (need {', '.join(REQUIRED)})")
        rows = list(reader)
    reports: dict[tuple[str, str], Report] = {}
    result = EvalResult(len(rows), 0, 0, 0)
    for line, row in enumerate(rows, start=2):
        article = (path.parent / row["article"]).resolve()
        date_text = (row.get("article_date") or "").strip()
        key = (str(article), date_text)
        if key not in reports:
            try:
                text, _ = read_input(str(article))
                date = dt.date.fromisoformat(date_text) if date_text else None
            except (ValueError, IceLedgerError) as exc:
                raise IceLedgerError(f"{path} line {line}: {exc}") from exc
            reports[key] = check_text(text, date, home=home, source_name=article.name)
        found = _find(reports[key], row)
        expected = row["expected_verdict"].strip()
        predicted = found.verdict.label if found else "not_found"
        if found is not None:
            result.n_found += 1
            if found.claim.subject == row["expected_subject"].strip() and _value_ok(row["expected_value"],
                                                                                  found.claim.value):
                result.n_matched += 1
            if predicted == expected:
                result.n_verdict_correct += 1
        result.confusion.setdefault(expected, {}).setdefault(predicted, 0)
        result.confusion[expected][predicted] += 1
        result.rows.append({"line": line, "sentence": row["sentence"][:70], "expected_subject": row["expected_subject"],
                            "subject": found.claim.subject if found else None, "expected": expected,
                            "predicted": predicted})
    return result


def _find(report: Report, row: dict[str, str]) -> CheckedClaim | None:
    want = _norm(row["sentence"])
    in_sentence = [c for c in report.claims if want in _norm(c.claim.sentence.text) or
                   _norm(c.claim.sentence.text) in want]
    if not in_sentence:
        return None
    hint = _norm(row.get("claim_text") or "")
    if hint:
        in_sentence = [c for c in in_sentence if hint in _norm(c.claim.span.text)] or in_sentence
    subject = row["expected_subject"].strip()
    same = [c for c in in_sentence if c.claim.subject == subject]
    if same:
        exact = [c for c in same if _value_ok(row["expected_value"], c.claim.value)]
        return (exact or same)[0]
    return in_sentence[0]
