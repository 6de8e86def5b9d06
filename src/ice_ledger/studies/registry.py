"""The research registry: published studies and official reports on enforcement policy and crime, as data.

Each row of `studies.csv` records design, unit, period, outcome, estimate, uncertainty, the direction of the
finding, topic tags, a verification tag (per shared/reference/evidence_figures.md) and a citation. Directions
are stated for the study's own exposure; `cooperation_sign` (+1 more cooperation with ICE, -1 less, 0 none)
lets the claim checker compare a study of Secure Communities with a claim about sanctuary cities.
"""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass
from functools import cache
from importlib import resources
from typing import Any

from ice_ledger.errors import IceLedgerError

DIRECTIONS = ("no_effect", "reduces_crime", "increases_crime", "reduces_reporting", "increases_reporting", "mixed",
              "reduces_deportations",
              "lower_than_natives", "higher_than_natives")
EFFECTS = ("none", "increase", "decrease", "mixed", "lower", "higher")


@dataclass(frozen=True)
class Study:
    study_id: str
    authors: str
    year: int
    title: str
    venue: str
    design: str
    unit: str
    period: str
    exposure: str
    cooperation_sign: int
    outcome: str
    effect: str
    estimate: str
    uncertainty: str
    direction: str
    topics: tuple[str, ...]
    weight: float
    verification: str
    citation: str
    url: str
    finding: str

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["topics"] = list(self.topics)
        return d


@cache
def all_studies() -> tuple[Study, ...]:
    """Every study in the registry (validated: a bad row is an error naming the row, not a silent skip)."""
    text = resources.files("ice_ledger.studies").joinpath("studies.csv").read_text(encoding="utf-8")
    out = []
    for line, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            fields: dict[str, Any] = {**row, "year": int(row["year"]), "cooperation_sign": int(row["cooperation_sign"]),
                                      "weight": float(row["weight"]),
                                      "topics": tuple(t for t in row["topics"].split(";") if t)}
            s = Study(**fields)
        except (TypeError, ValueError, KeyError) as exc:
            raise IceLedgerError(f"studies.csv line {line}: {exc}") from exc
        if s.direction not in DIRECTIONS or s.effect not in EFFECTS:
            raise IceLedgerError(f"studies.csv line {line}: unknown direction {s.direction!r} or effect {s.effect!r}")
        out.append(s)
    return tuple(out)


def studies(topic: str | None = None, outcome: str | None = None) -> list[Study]:
    """Studies carrying a topic tag (e.g. sanctuary_crime) and/or measuring an outcome (crime, crime_reporting)."""
    return [s for s in all_studies() if (topic is None or topic in s.topics) and (outcome is None or s.outcome == outcome)]


def topics() -> list[str]:
    return sorted({t for s in all_studies() for t in s.topics})


@dataclass(frozen=True)
class StudyFigure:
    """A number a study reported ("140 counties", "about 22,300 deportations prevented", "2.5 times").

    `words` are regex fragments a sentence must all contain (case-insensitive) to speak of this number;
    `comparator` says how the study phrased it (eq, about, over, up_to). Rows live in study_figures.csv.
    """

    study_id: str
    quantity: str
    value: float
    unit: str  # count, share, percent, percentage_points, times, per_10k, per_100k, dollars
    words: tuple[str, ...]
    citation: str
    quote: str
    comparator: str = "eq"
    verification: str = "VERIFIED"


FIGURE_UNITS = ("count", "share", "percent", "percentage_points", "times", "per_10k", "per_100k", "dollars")
FIGURE_COMPARATORS = ("eq", "about", "over", "up_to")


@cache
def study_figures() -> tuple[StudyFigure, ...]:
    """Every number in study_figures.csv, with its study's citation (an unknown study or unit is an error)."""
    by_id = {s.study_id: s for s in all_studies()}
    text = resources.files("ice_ledger.studies").joinpath("study_figures.csv").read_text(encoding="utf-8")
    out = []
    for line, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            study = by_id[row["study_id"]]
            fig = StudyFigure(study_id=study.study_id, quantity=row["quantity"], value=float(row["value"]),
                              unit=row["unit"], words=tuple(w.strip() for w in row["words"].split(";") if w.strip()),
                              citation=study.citation, quote=row["quote"], comparator=row["comparator"] or "eq",
                              verification=row["verification"])
        except (TypeError, ValueError, KeyError) as exc:
            raise IceLedgerError(f"study_figures.csv line {line}: {exc!r}") from exc
        if fig.unit not in FIGURE_UNITS or fig.comparator not in FIGURE_COMPARATORS or not fig.words:
            raise IceLedgerError(f"study_figures.csv line {line}: unit {fig.unit!r}, comparator {fig.comparator!r} "
                                 f"or words {row['words']!r} not understood")
        if not fig.verification.startswith("VERIFIED"):
            raise IceLedgerError(f"study_figures.csv line {line}: only VERIFIED figures belong here")
        out.append(fig)
    return tuple(out)
