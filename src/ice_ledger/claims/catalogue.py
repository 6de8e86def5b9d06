"""The catalogue of measures: which words name which event, which subgroups narrow it, and which series in the
ledger counts the result.

The words are data (`measures.yaml`); what each measure covers (the fiscal years held) is read from the
warehouse by `evidence.py`, so a claim about a year the ledger does not hold is told so by name.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True)
class Hit:
    """A word of the catalogue found in a text: its name and offsets."""

    name: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Measure:
    id: str
    event: str
    qualifiers: frozenset[str]
    unit: str
    label: str
    tolerance: float = 0.0  # extra relative tolerance (a series counted differently from the claim's words)
    rounding: int = 1  # the publisher rounds every figure to this (OHSS: 10), so no claim can match it to the unit


@dataclass(frozen=True)
class Reading:
    """One way to read a claim's event and qualifiers: the measure, and the qualifier reading used."""

    measure: Measure
    reading: str  # e.g. "convicted" when the claim said "criminals"


@dataclass(frozen=True)
class Administration:
    name: str
    words: tuple[re.Pattern[str], ...]
    first_fy: int
    last_fy: int
    sworn: dt.date | None = None  # a later term: meant by an article written after this day, unless it says otherwise


# 'arrested by ICE or the Border Patrol', 'ICE and CBP arrests': both agencies' arrests, not the interior's alone
_OR_THE_BORDER_PATROL = re.compile(r",?\s+(?:or|and)\s+(?:by\s+)?(?:the\s+)?(?:U\.S\.\s+)?(?:Border\s+Patrol|CBP|Customs)\b")

@dataclass(frozen=True)
class Catalogue:
    events: dict[str, tuple[re.Pattern[str], ...]]
    event_labels: dict[str, str]
    not_held: frozenset[str]
    qualifiers: dict[str, tuple[re.Pattern[str], ...]]
    unresolvable: frozenset[str]
    criminal_readings: tuple[str, ...]
    measures: tuple[Measure, ...]
    administrations: tuple[Administration, ...]
    implied: dict[str, frozenset[str]]  # event -> qualifiers every one of its measures already means
    nested: tuple[tuple[str, str], ...] = ()  # (narrower, wider) measure ids: two readings, one a part of the other

    def measure(self, measure_id: str) -> Measure | None:
        return next((m for m in self.measures if m.id == measure_id), None)

    def event_hits(self, text: str) -> list[Hit]:
        """Every event word in `text`, longest first where two overlap."""
        hits = [Hit(name, m.start(), m.end(), m.group(0)) for name, pats in self.events.items()
                for p in pats for m in p.finditer(text)]
        return _without_overlaps(hits)

    def qualifier_hits(self, text: str) -> list[Hit]:
        # ('removals of people arrested by ICE or the Border Patrol': ICE's and CBP's arrests, every removal)
        hits = [Hit(name, m.start(), m.end(), m.group(0)) for name, pats in self.qualifiers.items()
                for p in pats for m in p.finditer(text)
                if name != "interior" or not _OR_THE_BORDER_PATROL.match(text, m.end())]
        return _without_overlaps(hits)

    def readings(self, event: str, qualifiers: set[str], unit: str) -> list[Reading]:
        """The measures a claim could mean. Empty when a qualifier names a subgroup the ledger cannot count."""
        counted = {q for m in self.measures if m.event == event for q in m.qualifiers}
        if qualifiers & (self.unresolvable - counted):  # a subgroup with a series of its own (jail arrests) is read
            return []
        if "criminal_broad" in qualifiers:  # the wording that names all four groups is that one reading
            qualifiers = qualifiers - {"convicted", "convicted_or_pending", "pending", "criminal"}
        record_and_charges = {"criminal", "pending"} <= qualifiers and not qualifiers & {"convicted", "noncriminal"}
        if qualifiers & {"convicted", "convicted_or_pending", "pending", "noncriminal"}:
            qualifiers = qualifiers - {"criminal"}  # "convicted of a criminal offense" names the narrower reading
        options: list[tuple[set[str], str]] = [(set(qualifiers), "")]
        if record_and_charges:  # 'a criminal record, counting pending charges': the union, or the charged alone
            options = [((qualifiers - {"pending"}) | {"convicted_or_pending"}, "convicted_or_pending"),
                       (set(qualifiers), "pending")]
        if "criminal" in qualifiers:
            base = qualifiers - {"criminal"}
            options = [(base | {r}, r) for r in self.criminal_readings]
        if "convicted_or_pending" in qualifiers:  # "criminal records or convictions" reads as the broader set
            options = [((q - {"convicted", "pending"}), r) for q, r in options]
        out: list[Reading] = []
        for quals, reading in options:
            for m in self.measures:
                if m.event == event and m.unit == unit and m.qualifiers == frozenset(quals):
                    out.append(Reading(m, reading))
        return out


def _without_overlaps(hits: list[Hit]) -> list[Hit]:
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Hit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in patterns)


@cache
def catalogue() -> Catalogue:
    """The catalogue kept as data in `measures.yaml` (read once per process)."""
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("ice_ledger.claims").joinpath("measures.yaml").read_text(encoding="utf-8"))
    events = {k: _compile(v["words"]) for k, v in raw["events"].items()}
    labels = {k: str(v["label"]) for k, v in raw["events"].items()}
    not_held = frozenset(k for k, v in raw["events"].items() if v.get("not_held"))
    quals = {k: _compile(v) for k, v in raw["qualifiers"].items()}
    measures = tuple(Measure(m["id"], m["event"], frozenset(m.get("qualifiers") or []), m["unit"], m["label"],
                             float(m.get("tolerance", 0.0)), int(m.get("rounding", 1))) for m in raw["measures"])
    admins = tuple(Administration(a["name"], _compile(a["words"]), int(a["first_fy"]), int(a["last_fy"]),
                                  dt.date.fromisoformat(str(a["sworn"])) if a.get("sworn") else None)
                   for a in raw["administrations"])
    implied = {k: frozenset(v.get("implies") or []) for k, v in raw["events"].items()}
    nested = tuple((str(a), str(b)) for a, b in raw.get("nested_readings") or [])
    return Catalogue(events, labels, not_held, quals, frozenset(raw["unresolvable"]),
                     tuple(raw["criminal_readings"]), measures, admins, implied, nested)
