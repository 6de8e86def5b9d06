"""Find every checkable claim in a text: sentences (pysbd), quantities, subjects from the typed lexicon, periods,
places, subgroups and causal stances, each part with the exact span it came from.

Rule-based on purpose: it runs offline, needs no model, and every decision can be read in `lexicon.yaml`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import pysbd
import yaml

from ice_ledger.claims.model import Claim, Period, Span, Stance, Subgroup
from ice_ledger.claims.numbers import Quantity, find_majorities, find_quantities
from ice_ledger.claims.periods import find_period
from ice_ledger.claims.places import find_place

MAX_CLAIMS_PER_SENTENCE = 12
_CHANGE_RE = re.compile(r"\b(rose|risen|rising|increase[sd]?|increasing|grew|grown|jump(?:ed)?|up|climb(?:ed)?|"
                        r"fell|fallen|drop(?:ped)?|declin(?:e|ed|ing)|decrease[sd]?|down|cut|shr[ua]nk|"
                        r"doubl(?:ed|ing)|tripl(?:ed|ing)|halved)\b", re.I)
_MULTIPLIER = {"doubl": 1.0, "tripl": 2.0, "halved": -0.5}
_RANKING_RE = re.compile(r"\b(highest|lowest|largest|smallest|most|fewest|record|all-time)\b.{0,60}?"
                         r"(?:since\s+(?:FY\s?|fiscal(?: year)?\s+)?((?:19|20)\d\d)|in (?:a|over a) decade|"
                         r"in (\w+) years|ever|on record)", re.I)
_COMPARE_RE = re.compile(r"\b(more|fewer|less|higher|lower)\b[^.]{0,80}?\bthan\s+(?:in\s+|during\s+)?(?:the\s+)?"
                         r"(?:FY\s?|fiscal(?: year)?\s+)?((?:19|20)\d\d)", re.I)
_RATE_RE = re.compile(r"\b(?:a|per|each|every)\s+(day|week|month)\b", re.I)
_HIGH_RE = re.compile(r"\b(?:a\s+)?(decade|record|(\w+)-year|all-time)[- ](high|low)\b", re.I)
_ANAPHORA_RE = re.compile(r"\b(?:these|those|them|they|of whom)\b", re.I)
_OFFENCE_RE = re.compile(r"\b(violent|violence|drugs?|homicides?|murders?|sex(?:ual)? offen[cs]es?|DUI|assault|"
                         r"property crimes?|gang)\b", re.I)
_NATIONALITY_RE = re.compile(r"\b(Mexican|Guatemalan|Honduran|Salvadoran|Chinese|Indian|Haitian|Venezuelan|Cuban|"
                             r"Ecuadorian|Colombian|Brazilian|Nicaraguan)s?\b")


@dataclass(frozen=True)
class Lexicon:
    subjects: dict[str, dict[str, Any]]
    criminality: dict[str, dict[str, Any]]
    exposures: dict[str, dict[str, Any]]
    outcomes: dict[str, dict[str, list[str]]]


@cache
def lexicon() -> Lexicon:
    """The typed lexicon kept as data in `lexicon.yaml`."""
    raw = yaml.safe_load(resources.files("ice_ledger.claims").joinpath("lexicon.yaml").read_text(encoding="utf-8"))
    return Lexicon(raw["subjects"], raw["criminality_definitions"], raw["exposures"], raw["outcomes"])


@cache
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def sentences(text: str) -> list[Span]:
    """Sentences with offsets; paragraphs are split first so headings never glue onto the next sentence."""
    out: list[Span] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        block = para.group(0)
        if not block.strip():
            continue
        for seg in _segmenter().segment(block):
            s = seg.sent.strip()
            if not s:
                continue
            start = para.start() + seg.start + (len(seg.sent) - len(seg.sent.lstrip()))
            out.append(Span(start, start + len(s), s))
    return out


def _subject_hits(sentence: str) -> list[tuple[str, int, int]]:
    hits: list[tuple[str, int, int]] = []
    for name, spec in lexicon().subjects.items():
        for pattern in spec.get("patterns", []):
            for m in re.finditer(pattern, sentence, re.I):
                hits.append((name, m.start(), m.end()))
    # a more specific subject (interior removals, at-large arrests) hides the generic one on the same words
    specific = {"interior_removals": "removals", "at_large_arrests": "admin_arrests"}
    for special, generic in specific.items():
        spans = [(s, e) for n, s, e in hits if n == special]
        hits = [h for h in hits if not (h[0] == generic and any(s - 30 <= h[1] <= e + 30 for s, e in spans))]
    return sorted(hits, key=lambda h: h[1])


def _subgroups(sentence: str, offset: int) -> list[Subgroup]:
    out: list[Subgroup] = []
    for name, spec in lexicon().criminality.items():
        for cue in spec["cues"]:
            for m in re.finditer(cue, sentence, re.I):
                out.append(Subgroup("criminality", name, Span(offset + m.start(), offset + m.end(), m.group(0))))
    for m in _OFFENCE_RE.finditer(sentence):
        out.append(Subgroup("offence", m.group(1).lower(), Span(offset + m.start(), offset + m.end(), m.group(0))))
    for m in _NATIONALITY_RE.finditer(sentence):
        out.append(Subgroup("nationality", m.group(1), Span(offset + m.start(), offset + m.end(), m.group(0))))
    return out


def _stances(sentence: str, offset: int) -> list[Stance]:
    lex = lexicon()
    exposure = None
    for name, spec in lex.exposures.items():
        for pattern in spec["patterns"]:
            m = re.search(pattern, sentence, re.I)
            if m and exposure is None:
                exposure = (name, int(spec["cooperation_sign"]), Span(offset + m.start(), offset + m.end(), m.group(0)))
    if exposure is None:
        return []
    out: list[Stance] = []
    for outcome, directions in lex.outcomes.items():
        for effect, patterns in directions.items():
            for pattern in patterns:
                m = re.search(pattern, sentence, re.I)
                if m:
                    name, sign, espan = exposure
                    if outcome == "immigrant_crime_rate":
                        name, sign = "undocumented_status", 0
                    elif name == "undocumented_status":
                        continue
                    out.append(Stance(name, sign, outcome, effect, espan,
                                      Span(offset + m.start(), offset + m.end(), m.group(0))))
                    break
            if out and out[-1].outcome == outcome:
                break
        if out:
            break  # one stance per sentence: the first outcome the lexicon lists
    return out


def _nearest_subject(hits: list[tuple[str, int, int]], q: Quantity, want_share: bool) -> tuple[str, int, int] | None:
    share_subjects = {"arrest_criminality", "removal_criminality"}
    pool = [h for h in hits if (h[0] in share_subjects) == want_share]
    if not pool:
        return None
    adjacent = [h for h in pool if 0 <= q.start - h[2] <= 2]  # "detained 396,448": the verb right before
    if adjacent:
        return adjacent[-1]
    after = [h for h in pool if h[1] >= q.end]
    if after and after[0][1] - q.end <= 40:
        return after[0]
    return min(pool, key=lambda h: min(abs(h[1] - q.end), abs(q.start - h[2])))


def extract(text: str, article_date: dt.date | None = None) -> list[Claim]:
    """Every checkable claim in the text, in reading order."""
    claims: list[Claim] = []
    previous: dict[str, Any] = {}
    for si, sent in enumerate(sentences(text)):
        found = _claims_in_sentence(sent, si, article_date, previous)
        claims.extend(found[:MAX_CLAIMS_PER_SENTENCE])
        if len(found) > MAX_CLAIMS_PER_SENTENCE:
            claims[-1].notes.append(f"{len(found) - MAX_CLAIMS_PER_SENTENCE} more quantities in this sentence were "
                                    f"not checked (limit {MAX_CLAIMS_PER_SENTENCE} per sentence)")
    claims = narrower_claims(claims)
    for i, c in enumerate(claims, 1):
        c.id = f"c{i}"
    return claims


def _span(sent: Span, start: int, end: int) -> Span:
    return Span(sent.start + start, sent.start + end, sent.text[start:end])


def _claims_in_sentence(sent: Span, si: int, article_date: dt.date | None, previous: dict[str, Any]) -> list[Claim]:
    s, off = sent.text, sent.start
    hits = _subject_hits(s)
    period = find_period(s, off, article_date)
    place = find_place(s, off)
    subgroups = _subgroups(s, off)
    quantities = find_quantities(s)
    majorities = find_majorities(s)
    out: list[Claim] = []
    count_subjects = [h for h in hits if h[0] not in ("arrest_criminality", "removal_criminality")]
    anaphora = bool(_ANAPHORA_RE.search(s))

    def new(kind: str, start: int, end: int, **kw: Any) -> Claim:
        return Claim(id="", kind=kind, sentence_index=si, sentence=sent, span=_span(sent, start, end),
                     period=period, place=place, subgroups=subgroups, **kw)

    # counts, rates, changes and existence claims
    change = _CHANGE_RE.search(s)
    for q in quantities:
        if q.is_share and change and not any(h[0] == "arrest_criminality" for h in hits if abs(h[1] - q.end) < 25):
            subj = _nearest_subject(hits, q, want_share=False)
            if subj:
                out.append(new("change", min(change.start(), q.start, subj[1]), max(q.end, subj[2], change.end()),
                               subject=subj[0], subject_span=_span(sent, subj[1], subj[2]),
                               value=q.value if not re.match(r"(?:fell|fallen|drop|declin|decrease|down|cut|shr)",
                                                              change.group(1), re.I) else -q.value,
                               comparator=q.comparator, unit="change", value_span=_span(sent, q.start, q.end),
                               precision=q.precision))
            continue
        if q.is_share:
            subj = _nearest_subject(hits, q, want_share=True)
            if subj:
                out.append(_share_claim(new, sent, subj, q, hits, previous, anaphora))
            continue
        subj = _nearest_subject(hits, q, want_share=False)
        if subj is None:
            continue
        kind = "existence" if subj[0] == "sanctuary_jurisdictions" else "count"
        rate = _RATE_RE.search(s[q.end:q.end + 60])
        unit = "count"
        if rate and kind == "count":
            kind, unit = "rate", f"per_{rate.group(1).lower()}"
        out.append(new(kind, min(q.start, subj[1]), max(q.end, subj[2]), subject=subj[0],
                       subject_span=_span(sent, subj[1], subj[2]), value=q.value, value_high=q.high,
                       comparator=q.comparator, unit=unit, value_span=_span(sent, q.start, q.end), precision=q.precision))
    # "doubled", "tripled" without a number
    if change and not quantities and count_subjects:
        mult = next((v for k, v in _MULTIPLIER.items() if change.group(1).lower().startswith(k)), None)
        if mult is not None:
            subj = count_subjects[0]
            out.append(new("change", min(change.start(), subj[1]), max(change.end(), subj[2]), subject=subj[0],
                           subject_span=_span(sent, subj[1], subj[2]), value=mult, unit="change",
                           value_span=_span(sent, change.start(), change.end()), precision=0.0))
    # vague majorities: "most of these were criminals"
    for q in majorities:
        if any(c.value_span and c.value_span.start <= off + q.start < c.value_span.end for c in out):
            continue
        subj = _nearest_subject(hits, q, want_share=True)
        if subj:
            out.append(_share_claim(new, sent, subj, q, hits, previous, anaphora))
        elif q.comparator == "vague" and count_subjects:
            other = count_subjects[-1]
            out.append(new("share", q.start, max(q.end, other[2]), subject=other[0],
                           subject_span=_span(sent, other[1], other[2]), value=None, comparator="vague", unit="share",
                           value_span=_span(sent, q.start, q.end), precision=0.0))
    # rankings and comparisons between years
    for m in _RANKING_RE.finditer(s):
        if count_subjects:
            subj = count_subjects[0]
            out.append(new("ranking", min(m.start(), subj[1]), max(m.end(), subj[2]), subject=subj[0],
                           subject_span=_span(sent, subj[1], subj[2]), comparator=m.group(1).lower(), unit="rank",
                           value=float(m.group(2)) if m.group(2) else None, value_span=_span(sent, m.start(), m.end()),
                           notes=[m.group(0)]))
            break
    hm = _HIGH_RE.search(s)
    if hm and count_subjects and not any(c.kind == "ranking" for c in out):
        subj = count_subjects[0]
        word = "highest" if hm.group(3).lower() == "high" else "lowest"
        span_words = hm.group(0).lower()
        out.append(new("ranking", min(hm.start(), subj[1]), max(hm.end(), subj[2]), subject=subj[0],
                       subject_span=_span(sent, subj[1], subj[2]), comparator=word, unit="rank", value=None,
                       value_span=_span(sent, hm.start(), hm.end()),
                       notes=["in a decade" if "decade" in span_words else
                              ("on record" if "record" in span_words or "all-time" in span_words else
                               f"in {hm.group(2)} years")]))
    cm = _COMPARE_RE.search(s)
    if cm and count_subjects and not any(c.kind in ("ranking",) for c in out):
        subj = count_subjects[0]
        out.append(new("comparison", min(cm.start(), subj[1]), max(cm.end(), subj[2]), subject=subj[0],
                       subject_span=_span(sent, subj[1], subj[2]), comparator=cm.group(1).lower(), unit="comparison",
                       value=float(cm.group(2)), value_span=_span(sent, cm.start(), cm.end())))
    # causal and research claims
    for st in _stances(s, off):
        out.append(new("causal" if st.outcome != "immigrant_crime_rate" else "comparison", 0, len(s), stance=st,
                       subject=f"research:{st.outcome}", unit="direction"))
    # remember the population for anaphora in the next sentence
    main = next((c for c in out if c.kind in ("count", "rate") and c.subject), None)
    if main is not None:
        previous.clear()
        previous.update(subject=main.subject, period=main.period, place=main.place)
    elif period is not None or count_subjects:
        previous.update(period=period or previous.get("period"))
    return out


def _share_claim(new: Any, sent: Span, subj: tuple[str, int, int], q: Quantity, hits: list[tuple[str, int, int]],
                 previous: dict[str, Any], anaphora: bool) -> Claim:
    base = next((h[0] for h in hits if h[0] in ("admin_arrests", "removals", "interior_removals")), None)
    inherited: list[str] = []
    if base is None and anaphora and previous.get("subject"):
        base = previous["subject"]
        inherited.append(f"population taken from the previous sentence ({base})")
    base = base or "admin_arrests"
    subject = "removal_criminality" if base in ("removals", "interior_removals") else "arrest_criminality"
    c: Claim = new("share", min(q.start, subj[1]), max(q.end, subj[2]), subject=subject,
                   subject_span=_span(sent, subj[1], subj[2]), value=q.value, value_high=q.high, comparator=q.comparator,
                   unit="share", value_span=_span(sent, q.start, q.end), precision=q.precision, base_subject=base)
    if c.period is None and anaphora and previous.get("period") is not None:
        c.period = previous["period"]
        inherited.append("period taken from the previous sentence")
    if c.place is None and anaphora and previous.get("place") is not None:
        c.place = previous["place"]
    c.notes.extend(inherited)
    # "criminals who were already wanted by local police": a second, narrower claim in the same words
    return c


def narrower_claims(claims: list[Claim]) -> list[Claim]:
    """Split 'most were criminals who were wanted by police' into the criminality claim and the 'wanted' claim."""
    out: list[Claim] = []
    for c in claims:
        out.append(c)
        if c.kind != "share" or c.subject != "arrest_criminality":
            continue
        wanted = [g for g in c.subgroups if g.dimension == "criminality" and g.value == "pending"
                  and "wanted" in g.span.text.lower()]
        if wanted and any(g.value == "convicted_or_pending" for g in c.subgroups):
            w = wanted[0]
            tail_start = w.span.start
            sentence_end = c.sentence.end
            text = c.sentence.text[tail_start - c.sentence.start:sentence_end - c.sentence.start].rstrip(".")
            c.subgroups = [g for g in c.subgroups if g is not w]
            extra = Claim(id="", kind="share", sentence_index=c.sentence_index, sentence=c.sentence,
                          span=Span(tail_start, tail_start + len(text), text), subject="arrest_criminality",
                          subject_span=w.span, value=c.value, comparator=c.comparator, unit="share",
                          value_span=c.value_span, precision=c.precision, period=c.period, place=c.place,
                          subgroups=[w], base_subject=c.base_subject,
                          notes=[*c.notes, "the same quantifier applied to the narrower description"])
            out.append(extra)
    return out


def period_or_unknown(p: Period | None) -> Period:
    return p if p is not None else Period("unknown", None, confidence="none", how="no period in the sentence")
