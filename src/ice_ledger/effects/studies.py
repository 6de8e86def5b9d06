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
    text = resources.files("ice_ledger.effects").joinpath("studies.csv").read_text(encoding="utf-8")
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
