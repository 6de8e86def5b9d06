"""Claims that date a policy event: "In January 2017, Trump signed an executive order ...", "DHS published a list
on May 29". The event's kind and actor are read from the sentence (words in `measures.yaml`), its date from the
sentence's own date, month or year; the verdict compares it with the ledger's dated events (`policy_events`).

The ledger holds a handful of events, so a date that matches none of them is unverifiable, never false.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from ice_ledger.claims.model import Claim, Period, Place, Provenance, Span, Verdict
from ice_ledger.claims.periods import PeriodMention

NEAR_DAYS = 7  # a date a week off names the same event loosely: approximately accurate


@dataclass(frozen=True)
class EventWords:
    kinds: dict[str, tuple[re.Pattern[str], ...]]
    actors: dict[str, tuple[re.Pattern[str], ...]]


@cache
def event_words() -> EventWords:
    raw = yaml.safe_load(resources.files("ice_ledger.claims").joinpath("measures.yaml").read_text(encoding="utf-8"))
    def comp(pats: list[str]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for p in pats)  # a word that must keep its case says so: (?-i:ICE)

    return EventWords({k: comp(v) for k, v in raw["policy_events"].items()},
                      {k: comp(v) for k, v in raw["actors"].items()})


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# 'Trump's January executive order', 'the April 28 executive order': the month written into the event's own name
_MONTH_BEFORE = re.compile(r"\b(" + "|".join(_MONTHS) + r")(?:\s+(\d{1,2}))?(?:,?\s+((?:19|20)\d\d))?\s+$")
# a date in another clause of the sentence ('... order on enforcement, says that during the week of Jan. 28') is
# that clause's, not the event's
_OTHER_CLAUSE = re.compile(r",\s+(?:says?|said|shows?|showed|reports?|reported|finds?|found)\b|;|\bwhich\b", re.I)


def event_claims(sent: Span, si: int, periods: list[PeriodMention], place: Place | None,
                 article_date: dt.date | None = None) -> list[Claim]:
    """One claim per event kind the sentence states with a date (a sentence with no date states nothing checkable)."""
    words = event_words()
    s = sent.text
    # 'on May 29' reads as the base of a comparison elsewhere; for an event it is the day it happened
    dated = [p for p in periods if p.period.kind in ("date", "dates", "month", "calendar_year") and p.period.start
             and not re.search(r"\b(?:since|than|compared)\b[^.;]{0,12}$", s[max(0, p.start - 25):p.start], re.I)]
    actors = sorted(a for a, pats in words.actors.items() if any(p.search(s) for p in pats))
    out: list[Claim] = []
    for kind, pats in words.kinds.items():
        m = next((hit for p in pats if (hit := p.search(s))), None)
        if m is None:
            continue
        period = _named_month(s, sent, m.start(), article_date)
        if period is None:
            near = [p for p in dated if not _OTHER_CLAUSE.search(s[min(p.end, m.end()):max(p.start, m.start())])]
            if not near:
                continue
            period = min(near, key=lambda p: min(abs(p.start - m.end()), abs(m.start() - p.end))).period
        out.append(Claim(id="", kind="event", sentence_index=si, sentence=sent,
                         span=Span(sent.start + m.start(), sent.start + m.end(), m.group(0)), subject=kind,
                         unit="date", period=period, place=place, event=kind, qualifiers=actors,
                         measure_confidence="high", value_span=period.span))
    return out


def _named_month(s: str, sent: Span, at: int, article_date: dt.date | None) -> Period | None:
    """The month (and day) written just before the event's words, in the year written or the latest before the
    article."""
    lead = _MONTH_BEFORE.search(s[max(0, at - 40):at])
    if lead is None or (lead.group(3) is None and article_date is None):
        return None
    month = _MONTHS.index(lead.group(1)) + 1
    if lead.group(3):
        year = int(lead.group(3))
    else:  # the latest such month (or day) on or before the article
        assert article_date is not None
        said = (month, int(lead.group(2) or 1))
        year = article_date.year if said <= (article_date.month, article_date.day) else article_date.year - 1
    start = max(0, at - 40) + lead.start()
    span = Span(sent.start + start, sent.start + start + len(lead.group(0).rstrip()), lead.group(0).rstrip())
    try:
        if lead.group(2):
            day = dt.date(year, month, int(lead.group(2)))
            return Period("date", None, start=day.isoformat(), end=day.isoformat(), span=span, confidence="high",
                          how="the date written into the event's name")
        first = dt.date(year, month, 1)
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    except ValueError:
        return None
    return Period("month", None, start=first.isoformat(), end=last.isoformat(), span=span, confidence="medium",
                  how="the month written into the event's name")


def rate_event(c: Claim, events: list[dict[str, object]]) -> tuple[Verdict, list, Provenance]:
    """The event the claim dates, among the ledger's events of that kind by that actor."""
    p: Period | None = c.period
    kind = c.event or ""
    pool = [e for e in events if e["kind"] == kind and (not c.qualifiers or e["actor"] in c.qualifiers)]
    if p is None or not p.start or not pool:
        return (Verdict("unverifiable", f"The ledger holds no dated {kind.replace('_', ' ')} "
                        f"{'by ' + ' or '.join(c.qualifiers) + ' ' if c.qualifiers else ''}to compare with.",
                        settle_with=f"the date of the {kind.replace('_', ' ')}"), [], Provenance())
    start, end = dt.date.fromisoformat(p.start), dt.date.fromisoformat(p.end or p.start)

    def gap(e: dict[str, object]) -> int:
        d = e["date"]
        assert isinstance(d, dt.date)
        return 0 if start <= d <= end else min(abs((d - start).days), abs((d - end).days))

    best = min(pool, key=gap)
    said = p.span.text if p.span else p.start
    expl = f"{best['title']} is dated {best['date']} ({best['summary']}); the claim dates it '{said}'."
    prov = Provenance(metric="policy_events", query=f"SELECT * FROM policy_events WHERE event_id = '{best['event_id']}'",
                      sources=["curated_dated"], row_ids=[str(best["row_id"])],
                      trace=[f"ice-ledger trace policy_events {best['row_id']}"], citations=[str(best["citation_url"])])
    if gap(best) == 0:
        return Verdict("accurate", expl), [], prov
    if gap(best) <= NEAR_DAYS:
        return Verdict("approximately_accurate", expl + f" That is {gap(best)} days off."), [], prov
    return (Verdict("unverifiable", f"The ledger's nearest {kind.replace('_', ' ')} is {best['title']}, dated "
                    f"{best['date']}; the claim's '{said}' may be another one, which the ledger does not hold.",
                    settle_with=f"the {kind.replace('_', ' ')} the claim dates"), [], prov)
