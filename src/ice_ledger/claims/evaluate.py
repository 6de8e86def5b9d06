"""Score the checker against labelled claims: claim recall, verdict accuracy, false accusations, accuracy by
leaning and a confusion matrix.

Two label formats are read (told apart by their columns):

- the dev set's (`../shared/reference/claims_dev/claims.csv`): `article_file, claim_id, sentence, claimed_value,
  expected_verdict`, a `leaning.csv` (`article_file, leaning`) beside it, and articles that start with a
  `SOURCE:` / `DATE: YYYY-MM-DD` header and a blank line. It is scored as `../shared/tools/eval_claims.py`
  scores it, so the two agree figure for figure: a label is found by the predicted claim whose sentence shares
  most of its words (token containment >= 0.6 either way), +0.5 when every number of the claimed value occurs in
  that claim's JSON, -0.3 when that claim already answered an earlier label of the article.
- the project's own (`tests/claims/labels.csv`): `article, sentence, expected_subject, expected_value,
  expected_verdict[, article_date, claim_text]`; a label is found by a claim in its sentence, preferring the
  expected subject and value.

The checker is reached only through `check_text` and the JSON document of its report (the one
`ice-ledger check --format json` prints), so the scorer holds while the checker's internals change. Each article
is checked once, in this process, with the evidence loaded once.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ice_ledger.errors import IceLedgerError

DEV_COLUMNS = ("article_file", "claim_id", "sentence", "claimed_value", "expected_verdict")
PROJECT_COLUMNS = ("article", "sentence", "expected_subject", "expected_value", "expected_verdict")
VERDICTS = ("accurate", "approximately_accurate", "inaccurate", "misleading", "depends_on_definition",
            "unverifiable", "supported_by_research", "contradicted_by_research", "mixed_research")
TRUE_VERDICTS = ("accurate", "approximately_accurate")
ACCUSING_VERDICTS = ("inaccurate", "misleading")
MISSED = "MISSED"
MIN_OVERLAP = 0.6
VALUE_BONUS = 0.5
REUSE_PENALTY = 0.3
# prefixes of other words for the same verdicts, first match wins (labels written by hand or other checkers)
_ALIASES = (("approximately", "approximately_accurate"), ("mostly_accurate", "approximately_accurate"),
            ("true", "accurate"), ("false", "inaccurate"), ("depends", "depends_on_definition"),
            ("supported", "supported_by_research"), ("contradicted", "contradicted_by_research"),
            ("mixed", "mixed_research"), ("not_verifiable", "unverifiable"), ("unsupported", "unverifiable"))
_VERDICT_KEY = re.compile(r"(\w+_)?verdict")
_TEXT_KEYS = ("sentence", "text", "claim_text", "span_text", "claim", "quote", "span")

# An article's text and date → the checker's JSON document for it.
Checker = Callable[[str, dt.date | None], dict[str, Any]]


class EvalInputError(IceLedgerError):
    """A labels file, leaning file or article that cannot be scored (named, with the line or column)."""


# --- comparing words and verdicts -------------------------------------------------------------------------------

def normalise_verdict(label: object) -> str:
    """A verdict label in the checker's vocabulary ('Mostly accurate' → approximately_accurate)."""
    words = re.sub(r"[^a-z]+", "_", str(label).lower()).strip("_")
    if words in VERDICTS:
        return words
    return next((verdict for prefix, verdict in _ALIASES if words.startswith(prefix)), words)


def tokens(text: str) -> set[str]:
    """The words and numbers of a text, lower case, thousands separators dropped ('368,644' → '368644')."""
    return set(re.findall(r"[a-z0-9]+", text.lower().replace(",", "")))


def overlap(a: str, b: str) -> float:
    """Token containment either way: 1.0 when one text's words are all in the other."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    shared = len(ta & tb)
    return max(shared / len(ta), shared / len(tb))


def value_numbers(claimed_value: str) -> list[str]:
    """The numbers written in a claimed value ('1,003 jurisdictions' → ['1003'], '82%' → ['82'])."""
    return re.findall(r"\d+(?:\.\d+)?", claimed_value.replace(",", ""))


# --- reading the checker's JSON ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Prediction:
    """One rated claim of the checker's report: its sentence, normalised verdict, explanation, and its JSON
    (commas dropped) in which the labelled value's numbers are looked for."""

    text: str
    verdict: str
    explanation: str
    blob: str


def predictions(document: Any) -> list[Prediction]:
    """Every object of the document that carries a verdict (`verdict` or `<word>_verdict`), in order.

    A claim's nested verdicts (one per definition) are parts of it, not claims of their own.
    """
    if isinstance(document, list):
        return [p for item in document for p in predictions(item)]
    if not isinstance(document, dict):
        return []
    key = next((k for k in document if _VERDICT_KEY.fullmatch(k.lower()) and isinstance(document[k], (str, dict))),
               None)
    if key is None:
        return [p for value in document.values() for p in predictions(value)]
    verdict = document[key]
    explanation = document.get("explanation", "")
    if isinstance(verdict, dict):
        explanation = verdict.get("explanation", "")
        verdict = verdict.get("label") or verdict.get("name") or verdict.get("verdict") or json.dumps(verdict)
    text = _claim_text(document) or max((v for v in document.values() if isinstance(v, str) and len(v) < 2000),
                                        key=len, default="")
    return [Prediction(text, normalise_verdict(verdict), str(explanation),
                       json.dumps(document, default=str).replace(",", ""))]


def _claim_text(obj: Any, depth: int = 0) -> str:
    """The claim's sentence: the first text under a likely key, through nested objects (claim.sentence.text)."""
    if isinstance(obj, str):
        return obj
    if not isinstance(obj, dict) or depth > 3:
        return ""
    for key in _TEXT_KEYS:
        if key in obj:
            text = _claim_text(obj[key], depth + 1)
            if text:
                return text
    return ""


def check_document(home: str | Path | None = None) -> Checker:
    """The real checker, in process: `check_text` → the JSON document `ice-ledger check --format json` prints."""
    from ice_ledger.claims.check import check_text

    def run(text: str, date: dt.date | None) -> dict[str, Any]:
        report = check_text(text, date, home=home)
        document: dict[str, Any] = json.loads(json.dumps(report.to_dict(), default=str))
        return document

    return run


# --- articles and labels ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Article:
    body: str
    date: dt.date | None


def read_article(path: Path) -> Article:
    """A dev-set article: the header (`SOURCE: ...`, `DATE: YYYY-MM-DD`) up to the first blank line, then the text
    that is checked. Without a DATE the checker infers the date, as it would for a reader."""
    if not path.is_file():
        raise EvalInputError(f"{path}: no such article")
    head, _, body = path.read_bytes().decode("utf-8", errors="replace").partition("\n\n")
    found = re.search(r"DATE:\s*(\d{4}-\d{2}-\d{2})", head)
    try:
        date = dt.date.fromisoformat(found.group(1)) if found else None
    except ValueError as exc:
        raise EvalInputError(f"{path}: header DATE {found.group(1) if found else ''!r} is not a date ({exc})") from exc
    return Article(body, date)


@dataclass(frozen=True)
class Label:
    """One labelled claim of the dev set."""

    article_file: str
    claim_id: str
    sentence: str
    claimed_value: str
    expected_verdict: str


def _read_csv(path: Path, required: Sequence[str]) -> list[dict[str, str]]:
    if not path.is_file():
        raise EvalInputError(f"{path}: no such file")
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            columns = reader.fieldnames or []
            missing = [c for c in required if c not in columns]
            if missing:
                raise EvalInputError(f"{path}: missing columns {', '.join(missing)} (need {', '.join(required)})")
            return [{k: v or "" for k, v in row.items() if k is not None} for row in reader]
    except UnicodeDecodeError as exc:
        raise EvalInputError(f"{path}: not UTF-8 text (byte {exc.start:,})") from exc
    except csv.Error as exc:
        raise EvalInputError(f"{path}: not a readable CSV ({exc})") from exc


def label_format(path: Path) -> str:
    """`dev` or `project`, from the labels file's header; a clear error naming both formats otherwise."""
    if not path.is_file():
        raise EvalInputError(f"{path}: no such labels file")
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        columns = next(csv.reader(fh), [])
    if all(c in columns for c in DEV_COLUMNS):
        return "dev"
    if all(c in columns for c in PROJECT_COLUMNS):
        return "project"
    raise EvalInputError(f"{path}: missing columns: a labels file needs either {', '.join(DEV_COLUMNS)} "
                         f"(the dev set's) or {', '.join(PROJECT_COLUMNS)} (the project's)")


def read_leanings(labels_path: Path) -> dict[str, str]:
    """article_file → leaning from `leaning.csv` beside the labels file (empty when there is none)."""
    path = labels_path.parent / "leaning.csv"
    if not path.exists():
        return {}
    return {row["article_file"]: row["leaning"] for row in _read_csv(path, ("article_file", "leaning"))}


# --- scoring ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Outcome:
    """What became of one labelled claim: the verdict it got (None = not found) and why."""

    article: str
    claim_id: str
    sentence: str
    expected: str  # as labelled
    predicted: str | None
    explanation: str = ""
    leaning: str = "unknown"
    matched: bool | None = None  # project labels: the claim found has the expected subject and value

    @property
    def found(self) -> bool:
        return self.predicted is not None

    @property
    def right(self) -> bool:
        return self.predicted is not None and self.predicted == normalise_verdict(self.expected)

    @property
    def false_accusation(self) -> bool:
        return self.is_true_found and self.predicted in ACCUSING_VERDICTS

    @property
    def is_true_found(self) -> bool:
        """Found, and labelled accurate or approximately accurate (the false-accusation rate's denominator)."""
        return self.found and normalise_verdict(self.expected) in TRUE_VERDICTS


def align(labels: Sequence[Label], preds: Sequence[Prediction], leaning: str = "unknown") -> list[Outcome]:
    """Each label of one article paired with its best prediction, in label order (see the module docstring)."""
    used: set[int] = set()
    outcomes = []
    for label in labels:
        numbers = value_numbers(label.claimed_value)

        def score(i: int, label: Label = label, numbers: list[str] = numbers) -> float:
            fit = overlap(preds[i].text, label.sentence)
            if fit < MIN_OVERLAP:
                return -1.0
            bonus = VALUE_BONUS if numbers and all(n in preds[i].blob for n in numbers) else 0.0
            return fit + bonus - (REUSE_PENALTY if i in used else 0.0)

        best = max(range(len(preds)), key=score, default=None)  # the first of equals, like a stable sort
        if best is None or score(best) < 0:
            outcomes.append(Outcome(label.article_file, label.claim_id, label.sentence, label.expected_verdict, None,
                                    leaning=leaning))
            continue
        used.add(best)
        outcomes.append(Outcome(label.article_file, label.claim_id, label.sentence, label.expected_verdict,
                                preds[best].verdict, preds[best].explanation, leaning))
    return outcomes


@dataclass(frozen=True)
class Thresholds:
    """The figures a run must reach (the shared script's defaults)."""

    min_recall: float = 0.80
    min_accuracy: float = 0.70
    max_false: float = 1.0


@dataclass
class Score:
    """The figures of one evaluation, from its outcomes."""

    n_labels: int
    outcomes: list[Outcome] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # articles the checker could not check (their labels: missed)
    articles: list[str] = field(default_factory=list)  # articles checked, in order
    has_leanings: bool = False
    label_format: str = "dev"

    @property
    def n_found(self) -> int:
        return sum(o.found for o in self.outcomes)

    @property
    def n_right(self) -> int:
        return sum(o.right for o in self.outcomes)

    @property
    def n_true_found(self) -> int:
        return sum(o.is_true_found for o in self.outcomes)

    @property
    def false_accusations(self) -> int:
        return sum(o.false_accusation for o in self.outcomes)

    @property
    def recall(self) -> float:
        return self.n_found / self.n_labels if self.n_labels else 0.0

    @property
    def verdict_accuracy(self) -> float:
        return self.n_right / self.n_found if self.n_found else 0.0

    @property
    def end_to_end(self) -> float:
        return self.n_right / self.n_labels if self.n_labels else 0.0

    @property
    def false_accusation_rate(self) -> float:
        return self.false_accusations / self.n_true_found if self.n_true_found else 0.0

    @property
    def match_accuracy(self) -> float | None:
        """Project labels only: the share of found claims read with the expected subject and value."""
        if self.label_format != "project":
            return None
        return sum(bool(o.matched) for o in self.outcomes) / self.n_found if self.n_found else 0.0

    def by_leaning(self) -> dict[str, tuple[int, int]]:
        """leaning → (found, right verdict)."""
        out: dict[str, tuple[int, int]] = {}
        for o in self.outcomes:
            if o.found:
                found, right = out.get(o.leaning, (0, 0))
                out[o.leaning] = (found + 1, right + o.right)
        return out

    def confusion(self) -> Counter[tuple[str, str]]:
        """(expected as labelled, predicted or MISSED) → claims."""
        return Counter((o.expected, o.predicted or MISSED) for o in self.outcomes)

    def per_article(self) -> list[tuple[str, int, int, int]]:
        """(article, labelled, found, right verdict) for every article checked."""
        rows = []
        for article in self.articles:
            mine = [o for o in self.outcomes if o.article == article]
            rows.append((article, len(mine), sum(o.found for o in mine), sum(o.right for o in mine)))
        return rows

    def failures(self, thresholds: Thresholds) -> list[str]:
        """The thresholds missed, each said in words (empty when all are met)."""
        out = []
        if self.recall < thresholds.min_recall:
            out.append(f"claim recall {self.recall:.3f} < {thresholds.min_recall}")
        if self.verdict_accuracy < thresholds.min_accuracy:
            out.append(f"verdict accuracy {self.verdict_accuracy:.3f} < {thresholds.min_accuracy}")
        if self.false_accusation_rate > thresholds.max_false:
            out.append(f"false-accusation rate {self.false_accusation_rate:.3f} > {thresholds.max_false}")
        return out

    def to_json(self) -> dict[str, Any]:
        """The figures under the shared script's `--json-out` keys, plus counts, per-article rows and errors."""
        out: dict[str, Any] = {
            "recall": self.recall, "verdict_accuracy": self.verdict_accuracy, "end_to_end": self.end_to_end,
            "false_accusations": self.false_accusations, "false_accusation_rate": self.false_accusation_rate,
            "by_leaning": {k: {"found": f, "right": r} for k, (f, r) in self.by_leaning().items()},
            "confusion": {f"{a}->{b}": n for (a, b), n in self.confusion().items()},
            "labels": self.n_labels, "found": self.n_found, "right": self.n_right,
            "true_found": self.n_true_found, "label_format": self.label_format,
            "articles": [{"article": a, "labelled": t, "found": f, "right": r} for a, t, f, r in self.per_article()],
            "errors": self.errors,
        }
        if self.match_accuracy is not None:
            out["match_accuracy"] = self.match_accuracy
        return out


def score_labels(labels: str | Path, articles_dir: str | Path | None = None, home: str | Path | None = None,
                 checker: Checker | None = None, on_article: Callable[[str], None] | None = None) -> Score:
    """Score the checker on a labels file of either format (the dev set's or the project's).

    `articles_dir` is where the dev set's `article_file` paths start (default: the labels file's folder);
    `checker` defaults to the real one on `home`; `on_article` is told each article before it is checked.
    """
    path = Path(labels)
    if label_format(path) == "project":
        return _score_project_labels(path, home, checker, on_article)
    return score_dev_set(path, articles_dir, home, checker, on_article)


def score_dev_set(labels: str | Path, articles_dir: str | Path | None = None, home: str | Path | None = None,
                  checker: Checker | None = None, on_article: Callable[[str], None] | None = None) -> Score:
    """Score labels in the dev set's format, as `../shared/tools/eval_claims.py` does."""
    path = Path(labels)
    folder = Path(articles_dir) if articles_dir is not None else path.parent
    rows = _read_csv(path, DEV_COLUMNS)
    leanings = read_leanings(path)
    run = checker or check_document(home)
    by_article: dict[str, list[Label]] = {}
    for row in rows:
        by_article.setdefault(row["article_file"], []).append(
            Label(row["article_file"], row["claim_id"], row["sentence"], row["claimed_value"],
                  row["expected_verdict"]))
    result = Score(len(rows), has_leanings=bool(leanings), label_format="dev")
    for name, article_labels in sorted(by_article.items()):
        if on_article is not None:
            on_article(name)
        try:
            document = run(*_article_input(folder / name))
        except Exception as exc:  # a checker failure is a scored error (its labels missed), as in the shared script
            result.errors.append(f"{name}: {type(exc).__name__}: {exc}")
            continue
        result.articles.append(name)
        result.outcomes.extend(align(article_labels, predictions(document), leanings.get(name, "unknown")))
    return result


def _article_input(path: Path) -> tuple[str, dt.date | None]:
    article = read_article(path)
    return article.body, article.date


# --- the project's own label format -----------------------------------------------------------------------------

def _score_project_labels(path: Path, home: str | Path | None, checker: Checker | None,
                          on_article: Callable[[str], None] | None) -> Score:
    rows = _read_csv(path, PROJECT_COLUMNS)
    run = checker or check_document(home)
    documents: dict[tuple[Path, str], tuple[str, dict[str, Any]]] = {}  # (file, date) → (name shown, document)
    result = Score(len(rows), label_format="project")
    for line, row in enumerate(rows, start=2):
        article = (path.parent / row["article"]).resolve()
        date_text = row.get("article_date", "").strip()
        key = (article, date_text)
        if key not in documents:
            if on_article is not None:
                on_article(f"{row['article']} ({date_text or 'undated'})")
            try:
                date = dt.date.fromisoformat(date_text) if date_text else None
            except ValueError as exc:
                raise EvalInputError(f"{path} line {line}: article_date {date_text!r} is not a date ({exc})") from exc
            if not article.is_file():
                raise EvalInputError(f"{path} line {line}: {article}: no such article")
            name = article.name + (f" ({date_text})" if date_text else "")
            documents[key] = name, run(article.read_bytes().decode("utf-8", errors="replace"), date)
            result.articles.append(name)
        article_name, document = documents[key]
        if row["expected_value"].strip() and not _is_number(row["expected_value"]):
            raise EvalInputError(f"{path} line {line}: expected_value {row['expected_value']!r} is not a number "
                                 f"(write 158581 or 0.5, or leave it empty)")
        claim = _find_project_claim(_checked_claims(document), row)
        expected = row["expected_verdict"].strip()
        claim_id = f"line {line}"
        if claim is None:
            result.outcomes.append(Outcome(article_name, claim_id, row["sentence"], expected, None))
            continue
        matched = (row["expected_subject"].strip() in claim["names"]
                   and _value_ok(row["expected_value"], claim["value"]))
        result.outcomes.append(Outcome(article_name, claim_id, row["sentence"], expected,
                                       normalise_verdict(claim["verdict"]), claim["explanation"], matched=matched))
    return result


def _checked_claims(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The claims of a report (schema 2.0, docs/claims-json-schema.md) as flat records."""
    out = []
    for checked in document.get("claims") or []:
        claim, verdict = checked.get("claim") or {}, checked.get("verdict") or {}
        out.append({"sentence": _span_text(claim.get("sentence")), "span": _span_text(claim.get("span")),
                    "subject": claim.get("subject"), "value": claim.get("value"),
                    "names": {claim.get("subject"), claim.get("event"), claim.get("measure")} - {None},
                    "verdict": verdict.get("label", ""), "explanation": verdict.get("explanation", "")})
    return out


def _span_text(span: Any) -> str:
    return str(span.get("text", "")) if isinstance(span, dict) else ""


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("“", '"').replace("”", '"')).strip().lower()


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _value_ok(expected: str, got: Any) -> bool:
    if not expected.strip():
        return True
    if not isinstance(got, int | float):
        return False
    want = float(expected)
    return abs(want - float(got)) <= 1e-6 * max(1.0, abs(want))


def _find_project_claim(claims: Iterable[dict[str, Any]], row: dict[str, str]) -> dict[str, Any] | None:
    """The claim a project label means: in its sentence, with its words (`claim_text`), subject and value."""
    want = _norm(row["sentence"])
    in_sentence = [c for c in claims if c["sentence"] and (want in _norm(c["sentence"])
                                                           or _norm(c["sentence"]) in want)]
    if not in_sentence:
        return None
    hint = _norm(row.get("claim_text") or "")
    if hint:
        in_sentence = [c for c in in_sentence if hint in _norm(c["span"])] or in_sentence
    subject = row["expected_subject"].strip()
    same = [c for c in in_sentence if subject in c["names"]]
    if same:
        exact = [c for c in same if _value_ok(row["expected_value"], c["value"])]
        return (exact or same)[0]
    return in_sentence[0]
