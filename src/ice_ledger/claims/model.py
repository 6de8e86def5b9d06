"""The claim checker's data: spans, the parts of a claim, candidates and verdicts (plain dataclasses → JSON)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

VERDICTS = ("accurate", "approximately_accurate", "inaccurate", "misleading", "depends_on_definition",
            "unverifiable", "supported_by_research", "contradicted_by_research", "mixed_research")


@dataclass
class Span:
    """Character offsets into the checked text (after HTML stripping), and the text itself."""

    start: int
    end: int
    text: str


@dataclass
class Period:
    """When a claim is about, as an interval: one fiscal year, a run of fiscal years, a calendar year, a month, a
    week or a day. `fiscal_year` is the last fiscal year of the interval (None when it is not a fiscal period)."""

    kind: str  # fiscal_year, fiscal_years, calendar_year, month, date, dates, unknown
    fiscal_year: int | None = None
    first_fiscal_year: int | None = None  # a run of fiscal years: FY first..fiscal_year
    start: str | None = None  # ISO dates of the interval, when it is not whole fiscal years
    end: str | None = None
    span: Span | None = None
    confidence: str = "low"  # high, medium, low
    how: str = ""


@dataclass
class Place:
    level: str  # nation, state, county, city, region, ice_area, facility
    name: str
    code: str | None = None
    span: Span | None = None


@dataclass
class Claim:
    id: str
    kind: str
    sentence_index: int
    sentence: Span
    span: Span
    subject: str | None = None
    subject_span: Span | None = None
    value: float | None = None
    value_high: float | None = None
    comparator: str = "eq"
    unit: str = "count"
    value_span: Span | None = None
    precision: float = 1.0
    period: Period | None = None
    place: Place | None = None
    base_subject: str | None = None  # for changes: the base year read ("FY2018")
    endpoints: list[float] = field(default_factory=list)  # a direction set between two counts: from, to, as written
    notes: list[str] = field(default_factory=list)
    measure: str | None = None  # the catalogue measure the frame resolved to (None: not resolved)
    measure_confidence: str = "low"
    event: str | None = None  # what happened: arrest, removal, detainer, sanctuary_list, agreement_287g, ...
    qualifiers: list[str] = field(default_factory=list)  # subgroup words read: interior, convicted, at_large, ...
    unresolved: list[str] = field(default_factory=list)  # subgroups the catalogue cannot count (family, gang, ...)
    polarity: str = "asserted"  # asserted, negated, hypothetical, questioned
    asserted_by: str = "article"  # the article, or who it quotes
    list_name: str | None = None  # a named list: dhs, doj, cis, ilrc, fair, ice_287g
    research: Any = None  # a research frame (claims.research_frames.ResearchFrame) for a causal claim
    study_figure: Any = None  # the study number (studies.StudyFigure) a count or ratio claims to report
    study_id: str | None = None  # the registry study a claim about a publication refers to
    denominator: float | None = None  # a share's whole when the claim states it ('25% of Texas' 254 counties')
    credited_to: str | None = None  # the one agency the sentence credits the number to (ICE, CBP), if it names one

    def frame(self) -> dict[str, Any]:
        """What was read, slot by slot, for the report: a reader can see why the verdict followed."""
        measure = self.measure
        r = self.research
        if r is not None:  # a research claim: what policy, which outcome, which way
            measure = f"{r.exposure.replace('_', ' ')} → {r.outcome.replace('_', ' ')} ({r.effect})"
        return {
            "measure": measure, "measure_confidence": self.measure_confidence, "event": self.event,
            "qualifiers": self.qualifiers, "unresolved": self.unresolved, "list": self.list_name,
            "value": self.value, "value_high": self.value_high, "comparator": self.comparator, "unit": self.unit,
            "value_text": self.value_span.text if self.value_span else None,
            "period": (self.period.span.text if self.period and self.period.span else None),
            "period_read_as": period_words(self.period),
            "period_confidence": self.period.confidence if self.period else "none",
            "place": self.place.name if self.place else "United States (no place named)",
            "polarity": self.polarity, "asserted_by": self.asserted_by, "credited_to": self.credited_to,
        }


def period_words(p: Period | None) -> str | None:
    """A period as a reader would say it: FY2018, FY2016–FY2018, or its dates."""
    if p is None:
        return None
    if p.kind == "fiscal_year" and p.fiscal_year:
        return f"FY{p.fiscal_year}"
    if p.kind == "fiscal_years" and p.fiscal_year:
        return f"FY{p.first_fiscal_year}–FY{p.fiscal_year}"
    if p.start and p.end:
        return p.start if p.start == p.end else f"{p.start} to {p.end}"
    return p.kind


@dataclass
class Candidate:
    """One executable reading of a claim: a metric and period (or a set of studies), with its score."""

    target: str  # official_figures:<metric>, policies:sanctuary_counts, studies:<topic>
    metric: str | None
    fiscal_year: int | None
    score: float
    fit: dict[str, float]
    value: float | None = None
    query: str = ""
    row_ids: list[str] = field(default_factory=list)
    label: str = ""


@dataclass
class Provenance:
    metric: str | None = None
    query: str = ""
    sources: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    row_ids: list[str] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)  # ready-to-run `ice-ledger trace ...` commands
    citations: list[str] = field(default_factory=list)
    studies: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Robustness:
    holds: bool | None
    checks: list[dict[str, Any]] = field(default_factory=list)
    summary: str = ""


@dataclass
class Verdict:
    label: str
    explanation: str
    evidence_value: float | None = None
    definitions: list[dict[str, Any]] = field(default_factory=list)
    settle_with: str | None = None  # for unverifiable: what data would settle it


@dataclass
class CheckedClaim:
    claim: Claim
    verdict: Verdict
    candidates: list[Candidate] = field(default_factory=list)
    provenance: Provenance = field(default_factory=Provenance)
    robustness: Robustness | None = None


@dataclass
class Report:
    schema_version: str
    article_date: str | None
    article_date_confidence: str
    article_date_how: str
    text: str
    n_sentences: int
    claims: list[CheckedClaim]
    notes: list[str] = field(default_factory=list)
    source_name: str = "-"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for out, cc in zip(d["claims"], self.claims, strict=True):
            out["claim"]["frame"] = cc.claim.frame()
        return d
