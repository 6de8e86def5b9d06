"""When a claim is about: explicit fiscal or calendar years, or periods relative to the article's date.

ICE reports by fiscal year (Oct–Sep), so "last fiscal year" in an article dated 15 Dec 2018 is FY2018, while
"last year" is ambiguous (calendar 2017 or FY2018) and is marked so. Fiscal years come from `ice_ledger.fiscal`.
"""

from __future__ import annotations

import datetime as dt
import re

from ice_ledger.claims.model import Period, Span
from ice_ledger.fiscal import fiscal_year

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
_FY_RE = re.compile(r"\b(?:FY\s?|fiscal(?: year)?\s+)'?(\d{4}|\d{2})\b", re.I)
_SINCE_RE = re.compile(r"\bsince\s+(?:(?:FY\s?|fiscal(?: year)?\s+)?(\d{4})|(" + "|".join(_MONTHS) + r"))\b", re.I)
_YEAR_RE = re.compile(r"\b(?:in|during|for|of|by|throughout)\s+(?:calendar(?: year)?\s+)?((?:19|20)\d\d)\b", re.I)
_RELATIVE: list[tuple[str, int, str]] = [
    (r"\b(?:the )?(?:last|past|previous|prior) fiscal year\b", -1, "fiscal"),
    (r"\bthis fiscal year\b|\bthe current fiscal year\b", 0, "fiscal"),
    (r"\b(?:last|past|previous) year\b", -1, "ambiguous"),
    (r"\bthis year\b", 0, "ambiguous"),
]
_DATE_RES = [
    re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b", re.I),
    re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"),
]


def _fy_from_text(token: str) -> int:
    year = int(token)
    return year + 2000 if year < 100 else year


def find_period(sentence: str, offset: int, article_date: dt.date | None) -> Period | None:
    """The period a sentence names, with its span (offsets into the whole text)."""

    def span(m: re.Match[str]) -> Span:
        return Span(offset + m.start(), offset + m.end(), m.group(0))

    since = _SINCE_RE.search(sentence)
    fys = list(_FY_RE.finditer(sentence))
    if fys:
        m = fys[-1] if since and since.start() < fys[0].start() else fys[0]
        p = Period("fiscal_year", _fy_from_text(m.group(1)), span=span(m), confidence="high", how="named fiscal year")
        if since and since.group(1) and int(since.group(1)) != p.fiscal_year:
            p.since_fiscal_year = int(since.group(1))
        return p
    for pattern, delta, kind in _RELATIVE:
        rel = re.search(pattern, sentence, re.I)
        if rel:
            m = rel
            if article_date is None:
                return Period("relative", None, span=span(m), confidence="low",
                              how=f"'{m.group(0)}' relative to an unknown article date")
            fy = fiscal_year(article_date) + delta
            how = f"'{m.group(0)}' from the article date {article_date.isoformat()}"
            if kind == "ambiguous":
                how += " (calendar or fiscal year: read as fiscal, as ICE reports)"
            return Period("relative", fy, span=span(m), confidence="high" if kind == "fiscal" else "medium", how=how)
    if since:
        if since.group(1):
            end_fy = fiscal_year(article_date) - 1 if article_date else None
            return Period("since", end_fy, since_fiscal_year=int(since.group(1)), span=span(since),
                          confidence="medium" if article_date else "low",
                          how="since a year, to the last full fiscal year before the article")
        return Period("since", fiscal_year(article_date) if article_date else None, span=span(since),
                      confidence="low", how="since a month of the article's year: part of a fiscal year")
    bare = _YEAR_RE.search(sentence)
    if bare:
        m = bare
        year = int(m.group(1))
        return Period("calendar_year", year, span=Span(offset + m.start(1), offset + m.end(1), m.group(1)),
                      confidence="medium", how="a bare year: read as the fiscal year of that number (ICE reports by FY)")
    return None


def infer_article_date(text: str) -> tuple[dt.date | None, str, str]:
    """The article's date from dates written in it (the latest one), with how sure we are."""
    found: list[dt.date] = []
    for m in _DATE_RES[0].finditer(text):
        try:
            found.append(dt.date(int(m.group(3)), _MONTHS.index(m.group(1).lower()) + 1, int(m.group(2))))
        except ValueError:
            continue
    for m in _DATE_RES[1].finditer(text):
        try:
            found.append(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    today = dt.date.today()
    found = [d for d in found if d <= today]
    if found:
        return max(found), "medium", f"latest date written in the text ({max(found).isoformat()})"
    return None, "none", "no date in the text and no --date: relative periods are matched by value"
