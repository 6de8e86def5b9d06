"""When a claim is about: every period a sentence names, each with its span, as an interval.

ICE reports by fiscal year (Oct–Sep). An explicit fiscal year is read with high confidence; a bare year ("in
2012") as that fiscal year with medium confidence (ICE's annual figures are the only annual series most
articles quote); relative periods ("last fiscal year", "the previous year", "since January") are resolved from the
article's date or from the other period of the same sentence, never from the number being checked. Fiscal years
come from `ice_ledger.fiscal`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from text_to_num import text2num

from ice_ledger.claims.catalogue import Administration, catalogue
from ice_ledger.claims.model import Period, Span
from ice_ledger.fiscal import fiscal_year

PART_OF_A_MONTH = "part of a month:"  # how a period read from 'mid-May', 'early July' begins: a time, not a span
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
_MON = r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|" \
       r"sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
MONTH = _MON  # a month's name or abbreviation, for other modules' patterns (case-insensitive)
_YEAR = r"((?:19|20)\d\d)"
# ('financial year 2017', as the foreign press calls the U.S. fiscal year)
# ('in federal FY2019', 'federal fiscal year 2018': the federal year named, as a county memo tells it from its own)
_FY = r"(?:federal\s+)?(?:FY\s?|(?:fiscal|financial)(?: year)?s?\s+(?:\(FY\)\s+)?)'?"
# years counted in words ('the past three years', 'in four years')
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 'in July of last year', 'March this year': the month of the calendar year before (or of) the article's
    ("month_of_year_said", re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|"
                                      r"November|December)\s+(?:of\s+)?(last|this)\s+year\b", re.I)),
    # 'the fiscal year that ended in September', 'the year ending Sept. 30, 2019': a fiscal year by its last month
    ("fy_ended", re.compile(rf"\b(?:the |its |that )?(?:(?:(fiscal|budget|financial) )?year|(?:12|twelve)[- ]months?) (?:that |which )?(ended|ending|ends|will end|wrapped up|closed|concluded|finished)"
                            rf"(?: (?:in|on|at the end of|last))? sep(?:t(?:ember|\.)?|\.)?(?:\s+30(?:th)?)?(?:,?\s+{_YEAR})?\b", re.I)),
    # 'By the end of the fiscal year in September': the fiscal year that ends (or ended) in the article's year
    ("fy_end_of", re.compile(rf"\b(?:by|at|through)\s+the\s+end\s+of\s+the\s+(?:federal\s+)?(?:fiscal|budget)\s+year\s+"
                             rf"(?:in|on)\s+sep(?:t(?:ember|\.)?|\.)?(?:\s+30(?:th)?)?(?:,?\s+{_YEAR})?\b", re.I)),
    # 'the State's fiscal year 2019', 'SFY 2020', 'state FY 2018-19': a state's budget year (most run July to June)
    ("state_fy", re.compile(r"\b(?:SFY\s*|(?:the\s+)?(?:state|commonwealth)(?:['’]s)?\s+(?:fiscal(?:\s+year)?|FY)\s*)'?"
                            r"((?:19|20)?\d\d)(?:\s*[-–/]\s*'?\d{2,4})?\b", re.I)),
    # 'the first Declined Detainer Outcome Report': ICE's first weekly report, which covered one named week
    ("ddor_first", re.compile(r"\b(?:the|ICE['’]s|DHS['’]s|its)\s+(?:very\s+)?first\s+(?:weekly\s+)?(?:Declined[- ]Detainer\s+"
                              r"(?:Outcome\s+)?Report|DDOR)\b", re.I)),
    ("fy_range", re.compile(rf"\b{_FY}(\d{{4}}|\d\d)\s*(?:-|–|—|to|through|and)\s*(?:FY\s?|fiscal(?: year)?\s+)?'?"
                            rf"(\d{{4}}|\d\d)\b(?![,.]\d)(?!\s*(?:%|percent|per cent))", re.I)),
    ("year_range", re.compile(rf"\b(?:between|from)\s+{_YEAR}\s+(?:and|to|through|until)\s+{_YEAR}\b", re.I)),
    # ('FY2017-19', '2017 – 2019'; not 'fiscal 2022 — 32.5 percent —': a spaced em dash sets off an aside)
    ("year_dash", re.compile(rf"\b{_YEAR}(?:\s*[-–]\s*|—)(\d{{4}}|\d\d)\b(?!\.\d|\s*(?:%|percent|per\s+cent))", re.I)),
    ("admin_nth", re.compile(r"\b(?:the )?(first|second|third|fourth|final|last) (full )?(?:fiscal )?year (?:of|under|in) "
                             r"(?:the )?(?:President |former President )?(?-i:[A-Z][a-z]+ )*(Obama|Trump|Biden)(?:['’]s)?",
                             re.I)),
    ("admin_nth_pos", re.compile(r"\b(?:President |former President )?(?-i:[A-Z][a-z]+ )*(Obama|Trump|Biden)"
                                 r"(?: administration| White House| presidency)?['’]s "
                                 # ('Trump's first year', 'in Obama's last year': his, not the article's last year)
                                 r"(first|second|third|fourth|final|last) (full )?(?:fiscal )?year\b", re.I)),
    # ('ICE arrests jump 30% in first Trump year', 'the last full Obama year': the name between the order and 'year')
    ("admin_nth", re.compile(r"\b(first|second|third|fourth|final|last) (full )?(?-i:(Obama|Trump|Biden))"
                             r"(?: administration| presidency)? (?:fiscal )?year\b", re.I)),
    ("admin_until", re.compile(r"\b(?:until|through|to) ((?:19|20)\d\d) under (?:President )?(Obama|Trump|Biden)\b", re.I)),
    # ('the 2020 budget year', as wire copy calls the federal fiscal year)
    ("fy_the", re.compile(rf"\bthe {_YEAR} (?:federal )?(?:fiscal|budget|financial) year\b", re.I)),
    ("fy", re.compile(rf"\b{_FY}(\d{{4}}|\d\d)\b(?!\s*(?:-|–)\s*\d)", re.I)),
    # 'fiscal twenty nineteen', 'fiscal year two thousand sixteen': a year read aloud (radio, transcripts)
    ("fy_words", re.compile(r"\b(?:fiscal|financial)(?: year)?\s+(?:(twenty)[- ](ten|eleven|twelve|thirteen|fourteen|"
                            r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|"
                            r"seven|eight|nine))?)|two thousand(?: and)? (ten|eleven|twelve|thirteen|fourteen|fifteen|"
                            r"sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine))\b", re.I)),
    ("n_before", re.compile(r"\bthe (two|three|four|five|six|seven|eight|nine|ten|\d+) (?:fiscal )?years (?:before|"
                            r"prior to|preceding) (?:that|it|then|this)\b", re.I)),
    # ('Two years earlier it was around 65,000': 'it' is the subject; 'two years before that' counts from another)
    # ('Two years before that, …': one year that far back; 'the two years before that' are a span of two)
    ("n_earlier", re.compile(r"(?<!the )\b(two|three|four|five|six|seven|eight|nine|ten|\d+) (?:fiscal )?years "
                             r"(?:earlier|ago|before\s+(?:that|then)(?=\s*[,.;!?]|\s*$)|"
                             r"(?:before|prior)\b(?!\s+(?:that|it|then|this)\b))\b", re.I)),
    # 'in the fiscal year before last', written in FY2019: FY2017
    ("fy_before_last", re.compile(r"\bthe (?:fiscal )?year before last\b", re.I)),
    ("past_n_fy", re.compile(r"\b(?:the )?(?:past|last|previous) (two|three|four|five|six|seven|eight|nine|ten|\d+) "
                             r"(fiscal )?years\b", re.I)),
    ("last_fy", re.compile(r"\b(?:the )?(?:last|past) (?:full |complete |completed )?(?:federal )?fiscal year\b|\blast fiscal\b|"
                           r"\bthe (?:most recent(?:ly completed)?|latest) (?:full )?fiscal year\b|\bthe fiscal year (?:that |which )?(?:ended|ending) (?:last|this past) September\b|"
                           r"\bthe fiscal year (?:that |which )?(?:just )?(?:ended|closed|concluded|wrapped up)"
                           r"(?: last month)?\b(?! (?:in|on) )|\bthe fiscal year just (?:ended|past|completed)\b", re.I)),
    ("this_fy", re.compile(r"\b(?:this|the current) fiscal year\b", re.I)),
    # 'and 158,581 the following year': the year after the sentence's other period (never one after the article)
    # ('The year after, interior removals fell …', 'the year after that'; never 'the year after Trump took office')
    # ('Two years later, the number was down by a third', 'three years on'): that many years after the other period
    ("n_later", re.compile(r"(?<!the )\b(two|three|four|five|six|seven|eight|nine|ten|\d+) (?:fiscal )?years "
                           r"(?:later|on\b(?=\s*,)|after\s+that\b)", re.I)),
    ("next_year", re.compile(r"\b(?:the (?:following|next|subsequent) (?:fiscal )?year|(?:a|one) year later|"
                             r"the year after(?: that\b|(?=\s*,)))", re.I)),
    ("prev_year", re.compile(r"\b(?:the (?:previous|prior|preceding) year|the year (?:before|earlier)|a year "
                             r"(?:before|earlier|ago)|the (?:previous|prior|preceding) (?:fiscal|financial) year|the year b)\b", re.I)),
    # ('arrested in the latest year, 66 percent …'): the last year ended, as 'last year' (never 'the latest year's
    # report', a report's year)
    # ('The latest total is down by a third from fiscal 2018's 158,581'): the total of the last year ended
    # (never 'the most recent year when removals topped 300,000', a year the clause after it picks out)
    ("last_year", re.compile(r"\b(?:last|past) year\b|\bthe (?:latest|most recent) year\b(?!['’]s)"
                             r"(?!\s+(?:when|in\s+which|that|for\s+which|with|of|on\s+record)\b)|"
                             r"\bthe (?:latest|most recent) (?:annual |yearly |full-year )?(?:total|tally|count)\b", re.I)),
    ("this_year", re.compile(r"\bthis year\b", re.I)),
    ("since_month", re.compile(rf"\bsince (?:late |early |mid-)?({_MON})\b(?!\s+\d)", re.I)),
    # 'in mid-May', 'by early July' with no year: a third of the latest such month before the article
    # ('mid-May 2025': that year's)
    ("part_month", re.compile(r"\b([Ee]arly|[Mm]id|[Ll]ate)[- ](January|February|March|April|May|June|July|August|"
                              r"September|October|November|December)\b(?:\s*,?\s*((?:19|20)\d\d)\b)?(?!\s*,?\s*\d)")),
    # 'since January 20, 2025': from that day to the article date
    ("since_date", re.compile(rf"\bsince ({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b", re.I)),
    ("date", re.compile(rf"\b({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b", re.I)),
    ("iso_date", re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")),
    ("month", re.compile(rf"\b({_MON})\s+(?:of\s+)?{_YEAR}\b", re.I)),
    # 'in November' with no year: the latest such month before the article (full names only: 'may' is a verb)
    ("month_bare", re.compile(r"(?:(?<=\bin )|(?<=\bIn )|(?<=\bfor )|(?<=\bof )|(?<=during )|(?<=through )|(?<=\bby )|(?<=\bBy ))(January|February|March|April|June|July|August|"
                              r"September|October|November|December)\b(?!\s*,?\s*\d)"
                              # ('by September of that year': the month of the year named before)
                              r"(?!\s+of\s+(?:that|the\s+same|the\s+following|the\s+next)\s+year)")),
    # 'last May', written in March 2026: May 2025, the latest May before the article's month
    ("last_month_name", re.compile(r"\b[Ll]ast (January|February|March|April|May|June|July|August|September|October|"
                                   r"November|December)\b(?!\s*,?\s*\d)")),
    ("last_week", re.compile(r"\b(?:in )?the (?:last|past) week\b|\blast week\b", re.I)),
    ("last_n_months", re.compile(r"\b(?:in )?the (?:last|past) (two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                 r"\d+) months\b", re.I)),
    # 'in the past month': the thirty days before the article, a window, not the stock at its end
    ("past_month", re.compile(r"\b(?:in |over |during )?the (?:last|past) month\b", re.I)),
    # 'Last month the Justice Department sent letters …': the calendar month before the article's
    ("prev_month", re.compile(r"\blast month\b", re.I)),
    ("inauguration", re.compile(r"\b(before|since|after) (?:President |former President )?(?:[A-Z][a-z]+ )*"
                                r"(Obama|Trump|Biden)(?:['’]s (?:second |first )?inauguration| was (?:inaugurated|sworn in)|"
                                r" took office)\b", re.I)),
    ("calendar_year", re.compile(rf"\bcalendar(?:[\s-]+year)?\s+{_YEAR}\b", re.I)),
    ("year", re.compile(rf"\b{_YEAR}\b(?!\s*(?:%|percent))")),
]


# when each president named in the catalogue took office (a 'since Trump took office' is read from the latest one
# before the article)
INAUGURATIONS = {"obama": (dt.date(2009, 1, 20), dt.date(2013, 1, 20)),
                 "trump": (dt.date(2017, 1, 20), dt.date(2025, 1, 20)), "biden": (dt.date(2021, 1, 20),)}


@dataclass(frozen=True)
class PeriodMention:
    """A period written in a sentence: where (offsets in the sentence) and what it means."""

    start: int
    end: int
    period: Period
    relative_to_other: bool = False  # "the previous year": one before the sentence's other period
    base: bool = False  # "than in fiscal 2019", "from 2013", "since 2008": what a change or ranking is measured from
    administration: bool = False  # "under Trump": the weakest reading, used only when nothing else is named
    years_before: int = 0  # "the three years before that": that many years before the sentence's other period
    back: int = 1  # a period relative to another: how many years before it ('the year before' 1, 'five years earlier' 5)


def _fy(token: str) -> int:
    y = int(token)
    return y + 2000 if y < 100 else y


def _month(token: str) -> int:
    t = token.lower().rstrip(".")[:3]
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(t))


def _month_end(year: int, month: int) -> dt.date:
    """The last day of a calendar month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _fy_period(fy: int, span: Span, conf: str, how: str) -> Period:
    return Period("fiscal_year", fy, first_fiscal_year=fy, span=span, confidence=conf, how=how)


def _fys_period(first: int, last: int, span: Span, conf: str, how: str) -> Period:
    return Period("fiscal_years", last, first_fiscal_year=first, span=span, confidence=conf, how=how)


# 'fiscal years 2023 and 2024 combined', 'in fiscal 2017 and 2018 together': one count over both years
_TOGETHER_AFTER = re.compile(r"^,?\s*(?:combined|together|taken\s+together|put\s+together|in\s+total|in\s+all|"
                             r"between\s+them)\b", re.I)
# 'in each of fiscal years 2017 and 2018', '... in fiscal 2017 and 2018, respectively': a count per year
_EACH_YEAR = re.compile(r"\b(?:each|both|either|every)\s+(?:of\s+)?(?:the\s+)?$", re.I)
_TWO_VALUES = re.compile(r"\d[\d,.]*(?:\s+(?:million|thousand|percent))?\s*,?\s+and\s+(?:about\s+|nearly\s+|roughly\s+|"
                         r"some\s+|more\s+than\s+)?\d", re.I)
_RESPECTIVELY = re.compile(r"^[^.;]{0,80}\b(?:respectively|each|apiece|a\s+year|per\s+year|annually)\b", re.I)


def _two_years_together(m: re.Match[str], a: int, b: int, sp: Span) -> tuple[Period, bool] | None:
    """'ICE removed about 414,000 people in fiscal years 2023 and 2024': two consecutive years read as their sum, which
    is sure only when the sentence says so ('combined'); per year ('in each of', 'respectively') is two counts, and two
    years apart ('FY2017 and FY2019') never the run between them."""
    before, after = m.string[:m.start()], m.string[m.end():]
    if b != a + 1 or _EACH_YEAR.search(before[-20:]) or _RESPECTIVELY.match(after) \
            or re.search(r"\d\s*,\s*$", before) or _TWO_VALUES.search(before + " " * len(m.group(0)) + after):
        return None  # ('in FY2016, FY2017 and FY2018': a list of years; '60,000 and 72,000 in FY2021 and FY2022': each)
    together = _TOGETHER_AFTER.match(after) is not None
    return _fys_period(a, b, sp, "high" if together else "medium",
                       f"fiscal years {a} and {b} together" + ("" if together else " (or each of them)")), False


# words that make 30 September the end of a year whose count is given, not a day of its own
_THE_YEAR_CLOSES = re.compile(r"\b(?:fiscal\s+)?year[- ]end\b|\b(?:fiscal\s+)?year\s+(?:closes|closed|ends|ended|concludes|"
                              r"concluded|wraps\s+up|wrapped\s+up)\b|\bend\s+of\s+(?:the\s+)?fiscal\s+year\b", re.I)
_WHICH_ENDED = re.compile(r"\s*,?\s*(?:which|that)\s+(?:just\s+)?(?:ended|closed|concluded)\b", re.I)
_ENDED_ASIDE = re.compile(r"\b(?:FY\s?'?\d{2,4}|fiscal(?:\s+year)?\s+'?\d{2,4}|(?:fiscal|budget)\s+year)\s*,?\s*"
                          r"(?:which|that)\s+(?:ended|ends|closed|concluded|began|begins|started|starts|ran|runs)\s+"
                          r"(?:(?:in|on)\s+)?$", re.I)


# 'testified last week that …', 'told reporters on Tuesday that …': when a claim was made, before what it says
_WHEN_SAID_BEFORE = re.compile(r"\b(?:said|says|told(?:\s+(?:you|us|me|him|her|them|reporters|the\s+\w+))?|testified|"
                               r"claimed|argued|insisted|wrote|tweeted|posted|stated|asserted|announced|declared)\s+"
                               r"(?:(?:on|in|at|during|earlier|just)\s+)?(?:this\s+|last\s+|the\s+)?$", re.I)
_THAT_AFTER = re.compile(r"\s*,?\s*that\b", re.I)
_A_NAMED_YEAR_AFTER = re.compile(r"\b(?:FY\s?['’]?\d{2,4}|(?:fiscal|calendar)\s+(?:year\s+)?(?:19|20)\d\d|(?:19|20)\d\d)\b",
                                 re.I)


def find_periods(sentence: str, offset: int, article_date: dt.date | None) -> list[PeriodMention]:
    """Every period the sentence names, left to right (the longest reading where two overlap)."""
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    article_date = _entry_date(sentence, article_date)
    afy = fiscal_year(article_date) if article_date else None

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for kind, pat in _PATTERNS:
        for m in pat.finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            if _WHEN_SAID_BEFORE.search(sentence, max(0, m.start() - 60), m.start()) \
                    and _THAT_AFTER.match(sentence, m.end()) \
                    and _A_NAMED_YEAR_AFTER.search(re.split(r"[,;]", sentence[m.end():], maxsplit=1)[0]):
                continue  # 'A witness told you last week that removals fell in fiscal 2018': when it was said
            sp = Span(offset + m.start(), offset + m.end(), m.group(0))
            p = _read(kind, m, sp, article_date, afy)
            if p is None:
                continue
            per, rel = p
            if per.kind == "calendar_year" and _RUN_AFTER.match(sentence, m.end()) \
                    and not re.search(r"\b(?:from|between)\s+$", sentence[max(0, m.start() - 10):m.start()], re.I):
                # 'in calendar 2010 through 2012': the first of a run of calendar years, not a year of its own
                per = Period("unknown", span=sp, how=f"'{m.group(0)}', the first of a run of calendar years")
            n = 0
            if kind in ("n_before", "n_earlier", "n_later"):
                n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS.get(m.group(1).lower(), 0)
            base = _is_base(sentence, m.start()) or (  # 'less than a tenth of the fiscal 2019 total'
                _OF_THE_BEFORE.search(sentence[:m.start()]) is not None
                and _TOTAL_AFTER.match(sentence[m.end():]) is not None
                # (not 'Of the FY2014 total, 102,224 were …': the whole the sentence's parts are of, and their year)
                and not (_OPENS_WITH_OF_THE.fullmatch(sentence[:m.start()])
                         and re.match(r"\s+\w+s?\s*,", sentence[m.end():])))
            if base and per.kind == "fiscal_years" and _A_MOVE_FROM_BEFORE.search(sentence, max(0, m.start() - 50),
                                                                                  m.start()):
                base = False  # 'rose from fiscal 2015 to fiscal 2016': the span the move runs over, not its base
            if base and _A_MULTIPLE_OF.search(sentence[:m.start()]) and _ITS_OWN_VALUE_AFTER.match(sentence[m.end():]):
                base = False  # 'half the FY2017-19 average of 148,000': the year of the number written after it
            if base and kind == "last_fy" and article_date is not None and article_date.month >= 10:
                # 'rose 30 percent over last fiscal year', in a year-end release of October to December: the year
                # compared with may be the one before the year just ended
                per = replace(per, confidence="medium")
            found.append(PeriodMention(m.start(), m.end(), per, rel, base=base,
                                       years_before=n if kind == "n_before" else 0,
                                       back=-1 if kind == "next_year" else n if kind == "n_earlier" and n
                                       else -n if kind == "n_later" and n else 1))
            taken.append((m.start(), m.end()))
    found.extend(_months_of_that_year(sentence, offset, found, taken))
    admins = _administrations(sentence, offset, taken, article_date)
    for a in admins:  # "Obama's last two fiscal years": the term's last years, not the two before the article
        part = _PART_OF_TERM_AFTER.match(sentence[a.end:])
        if part is not None:
            found = [f for f in found if not a.end <= f.start < a.end + part.end()]
    found.extend(admins)
    found.sort(key=lambda x: x.start)
    # ('fiscal 2020, which ended in September': the month the year ended, said of the year, not a period of its own)
    found = [p for p in found if not (p.period.kind == "month" and _ENDED_ASIDE.search(sentence[:p.start]))]
    away = [_years_away(sentence, offset, p) for p in found]
    # ('Two years before fiscal 2024': the words counted back belong to the named year's reading, not one of their own)
    counted = [q for q, p in zip(away, found, strict=True) if q is not p]
    found = [p for p in away if not any(q.start <= p.start and p.end <= q.end and q is not p for q in counted)]
    return [_as_whole_fiscal_years(p) for p in _date_ranges(sentence, offset,
                                                            _relative_to_named(sentence, _glossed(sentence, found)))]


# 'In the prior year (FY2017)', 'last fiscal year (i.e., FY2017)': the year in brackets says which year is meant
_GLOSS_BETWEEN = re.compile(r"\s*(?:\(|\s[-–—]|--)\s*(?:i\.\s?e\.,?\s*|that\s+is,?\s*)?")


def _glossed(sentence: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """A relative year glossed by a named one in brackets just after it reads as the named one."""
    out = []
    for p in found:
        g = next((g for g in found if g.start >= p.end and _GLOSS_BETWEEN.fullmatch(sentence[p.end:g.start])), None)
        relative = p.relative_to_other or "from the article date" in p.period.how
        if g is not None and relative and g.period.kind in ("fiscal_year", "calendar_year") \
                and g.period.how.startswith("named") and _GLOSS_CLOSE.match(sentence[g.end:]):
            p = replace(p, relative_to_other=False, back=0, period=replace(
                g.period, span=p.period.span, how=f"{g.period.how} (in brackets after '{sentence[p.start:p.end]}')"))
        out.append(p)
    return out


# 'Dec. 14, 2018 — ICE says it made 158,581 arrests last fiscal year', 'On Dec. 14, 2018, ICE said …', 'Dec. 2019 —':
# a timeline entry's (or a dated paragraph's) own date, from which its relative periods are counted
_ENTRY_DATE = re.compile(rf"^\W*(?:On\s+)?({_MON})\s+(?:(\d{{1,2}}),?\s+)?((?:19|20)\d\d)\s*(?:[—–:]|--|-\s|,)", re.I)


def _entry_date(sentence: str, article_date: dt.date | None) -> dt.date | None:
    """The date a sentence opens with, when it is before the article's: relative periods count from it."""
    m = _ENTRY_DATE.match(sentence)
    if m is None or article_date is None:
        return article_date
    try:
        mo, year = _month(m.group(1)), int(m.group(3))
        day = dt.date(year, mo, int(m.group(2))) if m.group(2) else \
            _month_end(year, mo)
    except (StopIteration, ValueError):
        return article_date
    return day if day < article_date else article_date


_MONTH_OF_THAT_YEAR = re.compile(rf"\b({_MON})\s+of\s+(?:that|the\s+same)\s+year\b", re.I)


def _months_of_that_year(sentence: str, offset: int, found: list[PeriodMention],
                         taken: list[tuple[int, int]]) -> list[PeriodMention]:
    """'276 in July 2015 and 340 by October of that year': a month of the year the sentence named before it."""
    out: list[PeriodMention] = []
    for m in _MONTH_OF_THAT_YEAR.finditer(sentence):
        earlier = [p.period.start for p in found
                   if p.end <= m.start() and p.period.start and p.period.kind in ("month", "date", "dates")]
        if not earlier or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        year, mo = int(earlier[-1][:4]), _month(m.group(1))
        first = dt.date(year, mo, 1)
        last = _month_end(year, mo)
        sp = Span(offset + m.start(), offset + m.end(), m.group(0))
        out.append(PeriodMention(m.start(), m.end(), Period("month", fiscal_year(first), start=first.isoformat(),
                                                            end=last.isoformat(), span=sp, confidence="high",
                                                            how=f"'{m.group(0)}', of {year} named before it")))
        taken.append((m.start(), m.end()))
    return out


# 'Two years after fiscal 2022, arrests had fallen to 113,431': a year counted from the one named ('the two years
# after fiscal 2022': the run of them)
_YEARS_AWAY = re.compile(r"\b(?:(?P<the>the\s+)?(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                         r"(?:full\s+)?(?:fiscal\s+)?years?|(?P<one>the\s+(?:fiscal\s+)?year))\s+(?P<way>after|following|"
                         r"later\s+than|before|prior\s+to|earlier\s+than|preceding)\s+(?:the\s+)?$", re.I)


def _years_away(sentence: str, offset: int, p: PeriodMention) -> PeriodMention:
    """A fiscal year named as the point some years are counted from: the year (or run of years) counted to."""
    per = p.period
    m = _YEARS_AWAY.search(sentence[max(0, p.start - 45):p.start])
    if m is None or per.kind != "fiscal_year" or per.fiscal_year is None or p.base or p.relative_to_other:
        return p
    word = (m.group("n") or "one").lower()
    n = int(word) if word.isdigit() else 1 if word in ("a", "an", "one") else NUMBER_WORDS.get(word, 0)
    if n == 0:
        return p
    sign = -1 if m.group("way").lower().startswith(("before", "prior", "earlier", "preceding")) else 1
    start = max(0, p.start - 45) + m.start()
    sp = Span(offset + start, offset + p.end, sentence[start:p.end])
    fy = per.fiscal_year
    if m.group("the") and n > 1:  # 'the three years before fiscal 2020': FY2017-FY2019
        first, last = (fy + 1, fy + n) if sign > 0 else (fy - n, fy - 1)
        return replace(p, start=start, period=_fys_period(first, last, sp, "medium",
                                                          f"'{sp.text}': FY{first}-FY{last}"))
    to = fy + sign * n
    return replace(p, start=start, period=_fy_period(to, sp, "medium", f"'{sp.text}': FY{to}"))


def _as_whole_fiscal_years(p: PeriodMention) -> PeriodMention:
    """'October 1, 2018, through September 30, 2019': dates that are exactly fiscal years are those fiscal years."""
    per = p.period
    if per.kind != "dates" or not per.start or not per.end or per.start[5:] != "10-01" or per.end[5:] != "09-30":
        return p
    first, last = int(per.start[:4]) + 1, int(per.end[:4])
    if last < first:
        return p
    return replace(p, period=replace(per, kind="fiscal_year" if first == last else "fiscal_years", fiscal_year=last,
                                     first_fiscal_year=first, start=None, end=None,
                                     how=f"{per.how}, fiscal year{'s' if first != last else ''} "
                                         f"{first if first == last else f'{first}-{last}'}"))


_FROM_A_MONTH = re.compile(r"\b(?:from|between)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                           r"\s*(?:through|thru|to|until|and|-|–|—)\s*$", re.I)
_A_MULTIPLE_OF = re.compile(r"\b(?:double|triple|quadruple|twice|thrice|half|times)\s+(?:the\s+)?$", re.I)
_ITS_OWN_VALUE_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?of\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+)?\d",
                                  re.I)
_RUN_AFTER = re.compile(r"\s*(?:through|thru|to|until|-|–|—)\s*(?:calendar\s+(?:year\s+)?)?(?:19|20)\d\d\b", re.I)
_LAST_WORDS = re.compile(r"\b(?:last|past|previous|prior)\b", re.I)
_THIS_WORDS = re.compile(r"\b(?:this|the current)\b", re.I)


# 'Last fiscal year ICE removed 240,255 people (FY16)': a year in brackets glosses the relative one, it is not another
# a year glossing another in brackets or between dashes: 'last fiscal year (FY2017)', 'Last year - fiscal 2024, …'
_GLOSS_OPEN, _GLOSS_CLOSE = re.compile(r"(?:\(|\s[-–—]|--)\s*$"), re.compile(r"\s*(?:\)|,|\s[-–—]|--)")


# 'according to the fiscal 2018 report': a document's year, which names no year a number is about
_A_DOCUMENT_AFTER = re.compile(r"\s+(?:(?:annual|year-end|enforcement|statistical|budget)\s+)*(?:report|review|yearbook|"
                               r"budget|request|statistics)\b", re.I)
# 'well above the 110,104 arrests of last fiscal year', '30 percent over last fiscal year': what it is compared with
_COMPARED_WITH_LEAD = re.compile(r"\b(?:above|over|than|from|compared\s+(?:with|to)|versus|vs\.?|below|under|up\s+on|"
                                 r"down\s+on)\b[^.;:]{0,60}$", re.I)


def _compared_with(sentence: str, start: int, found: list[PeriodMention]) -> bool:
    """'last fiscal year' as what a number is compared with, and no other year between (not 'rose from 67 percent in
    fiscal 2011 to 91 percent last fiscal year', nor 'last fiscal year, according to the fiscal 2018 report')."""
    lead = _COMPARED_WITH_LEAD.search(sentence[:start])
    return lead is not None and not any(lead.start() <= q.start < start for q in found)


def _relative_to_named(sentence: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """'143,470 arrests in FY2017, 30 percent over last fiscal year' written in December 2017: the sentence names the
    year just ended, so 'last fiscal year' is the one before it (FY2016), and 'this fiscal year' is the named one;
    read from the sentence, with medium confidence. 'Last fiscal year' moves back only as what a number is compared
    with ('last year', said loosely, whenever a fiscal year is named beside it); a year in brackets glossing it, a
    report's year and a year compared with are not years the sentence names for its numbers."""
    named = {p.period.fiscal_year for p in found if p.period.kind == "fiscal_year" and p.period.how == "named fiscal year"
             and not (_GLOSS_OPEN.search(sentence[:p.start]) and _GLOSS_CLOSE.match(sentence[p.end:]))
             and not _A_DOCUMENT_AFTER.match(sentence[p.end:])}
    compared = {p.period.fiscal_year for p in found if p.base}
    first_named = min((p.start for p in found if p.period.kind == "fiscal_year" and p.period.how == "named fiscal year"),
                      default=len(sentence))
    out = []
    for p in found:
        fy, how = p.period.fiscal_year, p.period.how
        if fy is None or p.period.kind != "fiscal_year" or "from the article date" not in how:
            out.append(p)
            continue
        text = sentence[p.start:p.end]
        # ('Last year's arrests (143,470) were …, double the fiscal 2018 level': another year than the one named; but
        # '91 percent last fiscal year, and 86 percent of fiscal 2015 removals' says the named year twice)
        # ('110,104 arrests in fiscal 2016, and about 65,000 of last year's removals', written in February 2017: a
        # 'last year' after the named year, compared with nothing, is that year)
        if fy in named and _LAST_WORDS.search(text) and (_compared_with(sentence, p.start, found)
                                                         or (not re.search(r"\bfiscal\b", text, re.I)
                                                             and p.start < first_named)):
            p = replace(p, period=replace(p.period, fiscal_year=fy - 1, first_fiscal_year=fy - 1, confidence="medium",
                                          how=f"'{text}', the year before the FY{fy} the sentence names"))
        elif fy - 1 in named - compared and fy not in named and _THIS_WORDS.search(text):
            # (not 'about 143,000 arrests this year, up from about 110,000 in fiscal 2016': a base is another year)
            p = replace(p, period=replace(p.period, fiscal_year=fy - 1, first_fiscal_year=fy - 1, confidence="medium",
                                          how=f"'{text}', the FY{fy - 1} the sentence names"))
        out.append(p)
    return out


_RANGE_JOIN = re.compile(r"\s*,?\s*(?:to|through|thru|until|and|-|–|—)\s*$", re.I)
_WEEK_BEFORE = re.compile(r"\b(?:the\s+)?week\s+(?:of|beginning|starting|from|that began(?: on)?)\s+$", re.I)
_WEEK_ENDING = re.compile(r"\b(?:the\s+)?week\s+(?:ending|ended|that ended(?: on)?|through)\s+$", re.I)


def _month_run(sentence: str, offset: int, a: PeriodMention, b: PeriodMention) -> PeriodMention | None:
    """'between October 2016 and September 2017' is that fiscal year; 'from January through June 2014' is those
    months (the year written once dates both ends)."""
    assert a.period.start and b.period.start and b.period.end
    first = dt.date.fromisoformat(a.period.start)
    if a.period.confidence != "high" and b.period.confidence == "high":
        first = first.replace(year=int(b.period.start[:4]))
        if first.isoformat() > b.period.start:
            first = first.replace(year=first.year - 1)
    if first.isoformat() >= b.period.start:
        return None
    text = sentence[a.start:b.end]
    conf = "high" if b.period.confidence == "high" else a.period.confidence
    span = Span(offset + a.start, offset + b.end, text)
    last = dt.date.fromisoformat(b.period.end)
    if (first.month, first.day, last.month, last.day) == (10, 1, 9, 30) and last.year == first.year + 1:
        per = Period("fiscal_year", last.year, last.year, span=span, confidence=conf,
                     how=f"'{text}', fiscal year {last.year}")
    elif (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and last.year == first.year:
        # 'from January through December 2019': calendar 2019
        per = Period("calendar_year", last.year, first_fiscal_year=last.year, start=first.isoformat(),
                     end=last.isoformat(), span=span, confidence=conf, how=f"'{text}', calendar year {last.year}")
    else:
        per = Period("dates", fiscal_year(last), start=first.isoformat(), end=last.isoformat(), span=span,
                     confidence=conf, how=f"'{text}'")
    starts = re.search(r"\b(?:from|between)\s+$", sentence[max(0, a.start - 10):a.start], re.I)
    return replace(a, end=b.end, period=per, base=False if starts else a.base)


def _date_ranges(sentence: str, offset: int, found: list[PeriodMention]) -> list[PeriodMention]:
    """Two dates joined ('from Jan. 28 to Feb. 3', 'between May 1 and May 7') are one interval; 'the week beginning
    January 28, 2017' is that day and the six after it, 'the week ending February 3' that day and the six before."""
    out: list[PeriodMention] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and a.period.kind == "date" and b.period.kind == "date" and a.period.start and b.period.end \
                and a.period.confidence != "high" and b.period.confidence == "high" \
                and _RANGE_JOIN.fullmatch(" " + sentence[a.end:b.start]):
            # 'from January 28 to February 3, 2017': the year written once dates both ends
            try:
                first = dt.date.fromisoformat(a.period.start).replace(year=int(b.period.end[:4]))
                if first.isoformat() > b.period.end:
                    first = first.replace(year=first.year - 1)
            except ValueError:  # 29 February in a year without one
                first = None
            if first is not None:
                a = replace(a, period=replace(a.period, start=first.isoformat(), end=first.isoformat(),
                                              fiscal_year=fiscal_year(first), confidence="high"))
        if b is not None and a.period.kind == "month" and b.period.kind == "month" and a.period.start \
                and b.period.start and b.period.end and _RANGE_JOIN.fullmatch(" " + sentence[a.end:b.start]):
            months = _month_run(sentence, offset, a, b)
            if months is not None:
                out.append(months)
                i += 2
                continue
        if b is not None and a.period.kind == "date" and b.period.kind == "date" and a.period.start \
                and b.period.end and a.period.start < b.period.end \
                and _RANGE_JOIN.fullmatch(" " + sentence[a.end:b.start]):
            text = sentence[a.start:b.end]
            conf = "high" if "high" in (a.period.confidence, b.period.confidence) else a.period.confidence
            per = replace(a.period, kind="dates", end=b.period.end, span=Span(offset + a.start, offset + b.end, text),
                          confidence=conf, how=f"'{text}'")
            starts_week = re.search(r"\b(?:from|between)\s+$", sentence[max(0, a.start - 10):a.start], re.I)
            out.append(replace(a, end=b.end, period=per, base=False if starts_week else a.base))
            i += 2
            continue
        lead = _FROM_A_MONTH.search(sentence[max(0, a.start - 40):a.start]) if a.period.kind == "month" else None
        if lead is not None and a.period.start and a.period.end:
            # 'from January through June 2014': the month written without its year starts the run
            month = next(k for k, name in enumerate(MONTHS, 1) if name.startswith(lead.group(1).lower()[:3]))
            year = int(a.period.start[:4]) - (1 if month > int(a.period.start[5:7]) else 0)
            at = max(0, a.start - 40) + lead.start(1)
            opening = Period("month", start=dt.date(year, month, 1).isoformat(),
                             end=dt.date(year, month, 1).isoformat(), confidence="medium")
            months = _month_run(sentence, offset, PeriodMention(at, at + len(lead.group(1)), opening, False), a)
            if months is not None:
                out.append(months)
                i += 1
                continue
        week = _WEEK_BEFORE.search(sentence[max(0, a.start - 40):a.start])
        ending = _WEEK_ENDING.search(sentence[max(0, a.start - 40):a.start]) if week is None else None
        if a.period.kind == "date" and a.period.start and week is not None:
            first = dt.date.fromisoformat(a.period.start)
            last = first + dt.timedelta(days=6)
            text = sentence[a.start - (len(week.group(0))):a.end]
            a = replace(a, period=replace(a.period, kind="dates", end=last.isoformat(), how=f"'{text}' (seven days)"))
        elif a.period.kind == "date" and a.period.end and ending is not None:
            # 'the week ending Feb. 3': that day and the six before it
            last = dt.date.fromisoformat(a.period.end)
            first = last - dt.timedelta(days=6)
            text = sentence[a.start - (len(ending.group(0))):a.end]
            a = replace(a, period=replace(a.period, kind="dates", start=first.isoformat(), end=last.isoformat(),
                                          fiscal_year=fiscal_year(first), how=f"'{text}' (seven days)"))
        out.append(a)
        i += 1
    return out


_BASE_BEFORE = re.compile(r"\b(?:from|since|than(?: (?:in|during))?|(?:compared|in comparison) (?:with|to)(?: (?:in|during))?|"
                          r"over|on|"
                          # ('if you compare it with fiscal 2016', 'if you go back to fiscal 2016, arrests are up 44%')
                          # (not 'Compare that with fiscal 2022, when …': the year the sentence then tells of)
                          r"\b(?:if|when)\s+(?:you|we|one)\s+(?:compares?\s+(?:(?:it|that|this|them|those|these)\s+)?"
                          r"(?:with|to)|(?:go(?:es)?|looks?)\s+back\s+to)|"
                          r"(?:measured|set|compared|weighed|benchmarked)\s+against|"
                          r"versus|vs\.?|relative to|(?:short|shy) of|below|beneath|above|past|behind|beyond|"
                          r"(?:exceed|top|surpass|eclipse|trail|outpace)(?:ed|s|ped|d)?|"
                          # '142,580 removals, nearly double fiscal 2022', 'three times the figure for 2019': a multiple
                          # of the year compared with
                          r"(?:double|triple|quadruple|twice|thrice|half|times)(?:\s+(?:that|those|the)\s+(?:figure|"
                          r"total|number|level|count|pace)s?\s+(?:of|for|in|during))?)\s+(?:at least\s+)?(?:the\s+)?$",
                          re.I)


_SINCE_FOUNDED = re.compile(r"\bsince\b[^.;,]{0,40}?\b(?:created|founded|established|formed|began|started|launched|"
                           r"opened)\s+in\s+$", re.I)
# 'fewer than it removed in fiscal 2017', 'more than ICE made during fiscal 2016': a clause of comparison's own year
_THAN_A_CLAUSE = re.compile(r"\bthan\s+(?:it|they|ICE|the\s+agency|DHS|[A-Z][a-z]+)\s+(?:had\s+|did\s+)?(?:\w+ed|made|did|"
                            r"saw|had|carried\s+out)\s+(?:\w+\s+){0,2}?(?:in|during)\s+(?:the\s+)?$", re.I)
# 'than in fiscal 2016, the last full year of the Obama administration': the apposition names the same base
_BASE_APPOSITION = re.compile(r"\b(?:from|since|than(?: (?:in|during))?|compared (?:with|to)(?: (?:in|during))?|versus|"
                              r"vs\.?|(?:measured|set|compared|weighed|benchmarked)\s+against)\s+(?:the\s+)?(?:FY\s?|fiscal(?: year)?\s+)?'?\d{2,4},\s+$", re.I)


# 'down from 409,849 in fiscal 2012': the year of the value a change started from
# 'a tenth of the fiscal 2019 total', 'above the 2014 level': a period that names the figure compared with
_OPENS_WITH_OF_THE = re.compile(r"\W*(?:Of|Among|Within)\s+(?:the|that|its)\s+", re.I)
_OF_THE_BEFORE = re.compile(r"\b(?:of|than|from|with|to|versus|above|below)\s+(?:the|that|its|their)\s+$", re.I)
_TOTAL_AFTER = re.compile(r"^\s+(?:total|figure|level|number|count|peak|high|low|mark|tally|share|rate|percentage|"
                          r"proportion)s?\b", re.I)
# 'down from 185,884 in fiscal 2020', '..., down from 185,884 the year before': the value the change started from
_BASE_VALUE_IN = re.compile(r"\bfrom\s+(?:about |nearly |roughly |almost |some |more than )?(?:[\d,.]+"
                            r"(?:\s+(?:million|thousand))?|(?:[a-z]+[\s-]+){1,5}?(?:thousand|million))"
                            r"(?:\s+[a-z]+)?\s+(?:(?:in|during)\s+)?(?:the\s+)?$", re.I)
# 'up from the 276 jurisdictions the Center for Immigration Studies reported in July': a base (group 1), its source
# and, next, its date (lists.py reads the same words for a list's count)
FROM_A_REPORTED_COUNT = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:about |nearly |roughly |almost |some |just |more than )?(\d[\d,.]*)(?:\s+(?:million|thousand))?"
    r"\s+[a-z]+\s+(?:that\s+|which\s+)?(?:the\s+)?(?:(?:[A-Z][\w.’'&-]*|for|of|on|and)\s+){1,7}(?:had\s+)?"
    r"(?:reported|counted|listed|found|tallied|recorded|published|identified|named|cited)\s+"
    r"(?:(?:in|during|on|as\s+of|back\s+in)\s+)?(?:the\s+)?$")
# '44 percent more than the 110,104 in fiscal 2016': the year of the count a comparison is made with (never 'more than
# 1.6 million encounters in fiscal 2021', a hedge, which takes no article; read only before a named year)
# ('a fall of 28 percent in comparison with the 143,099 in fiscal 2019': the year of the value compared with)
# ('256,000 people this year, compared with about 226,000 in fiscal 2017': after 'compared with' no article is needed)
_COMPARED_VALUE_IN = re.compile(r"\b(?:(?:over|than|above|below)\s+(?:the|its|their|that)|(?:compared|in\s+comparison)"
                                r"\s+(?:with|to)(?:\s+(?:the|its|their|that))?|versus|vs\.?)\s+"
                                r"(?:about |nearly |roughly |almost |some )?[\d,.]+(?:\s+(?:million|thousand))?"
                                r"(?:\s+[a-z]+)?\s+(?:in|during)\s+$", re.I)
_NAMED_YEAR = re.compile(r"(?:FY|fiscal|calendar|(?:19|20)\d\d)", re.I)


# 'rose from fiscal 2015 to fiscal 2016', 'fell sharply from …': a move's own span of years follows its verb
_A_MOVE_FROM_BEFORE = re.compile(r"\b(?:rose|risen|fell|fallen|climbed|grew|grown|increased|decreased|dropped|declined|"
                                 r"jumped|slipped|plunged|surged|soared|shrank|edged\s+(?:up|down)|went\s+(?:up|down))"
                                 r"\s+(?:[a-z]+ly\s+)?from\s+(?:the\s+)?$", re.I)


def _is_base(sentence: str, start: int) -> bool:
    before = sentence[max(0, start - 45):start]
    if re.search(r"(?:^|[,;:]\s*)(?:over|during|across)\s+(?:the\s+)?$", sentence[:start], re.I):
        return False  # 'Over fiscal 2017 through 2019, ICE averaged ...': the span the sentence is about
    if re.search(r"\b(?:arrests|removals|deportations|detainers|people|aliens|immigrants|agreements)\s+over\s+"
                 r"(?:the\s+)?$", sentence[:start], re.I):
        return False  # 'about 500,000 arrests over fiscal years 2021 through 2024': the span counted
    if re.search(r"\bsince\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s\s+$", before, re.I):
        return True  # 'the highest since the Obama administration's fiscal 2014': a ranking's start
    if _SINCE_FOUNDED.search(sentence[max(0, start - 70):start]):
        return True  # 'the lowest since the agency was created in 2003': a ranking's start, not the count's year
    if _THAN_A_CLAUSE.search(before):
        return True  # 'fewer than it removed in fiscal 2017 alone': the year of the count compared with
    if re.search(r"\bbetween\s+(?:the\s+)?$", before, re.I) and re.match(
            r"[^,;.]{0,25}?\s+and\s+(?:the\s+)?(?:last|this|past|previous|latest|most\s+recent)\b", sentence[start:], re.I):
        return True  # 'fell by a third between FY2018 and last fiscal year': the named year is where the change began
    if re.search(r"\b(?:until|till|up\s+until)\s+(?:the\s+)?$", before, re.I):
        return True  # 'removals stayed below 150,000 until fiscal 2024': the year a run of years ended before
    return _BASE_BEFORE.search(before[-30:]) is not None or _BASE_APPOSITION.search(before) is not None \
        or _BASE_VALUE_IN.search(before) is not None \
        or FROM_A_REPORTED_COUNT.search(sentence[max(0, start - 120):start]) is not None \
        or (_COMPARED_VALUE_IN.search(before) is not None and _NAMED_YEAR.match(sentence, start) is not None)


# a count told in the simple past ('ICE made', 'removed', 'deported') and one still running ('has made', 'so far')
_DONE_IN_THE_PAST = re.compile(r"\b(?:made|arrested|removed|deported|conducted|carried\s+out|booked|issued|prepared|"
                               r"declined|released|apprehended|expelled|returned|recorded|counted)\b", re.I)
_STILL_RUNNING = re.compile(r"\b(?:has|have|had|is|are|will|would|so\s+far|to\s+date|thus\s+far|on\s+(?:pace|track)|"
                            r"expected|projected|through|as\s+of|year-to-date)\b", re.I)


def _read(kind: str, m: re.Match[str], sp: Span, day: dt.date | None,
          afy: int | None) -> tuple[Period, bool] | None:
    g = m.groups()
    if kind == "fy_end_of":
        fy = int(g[0]) if g[0] else day.year if day is not None else None
        if fy is None:
            return None
        return _fy_period(fy, sp, "medium", f"'{m.group(0)}', the fiscal year ending September {fy}"), False
    if kind == "fy_ended":
        if g[2]:
            fy = int(g[2])
        elif day is not None:  # the last September 30 before the article ('ended'), or the current one ('ends')
            verb = g[1].lower()
            # 'the year ending Sept. 30' written in October to December reports the year just ended
            ended = verb in ("ended", "wrapped up", "closed", "concluded", "finished") or (
                verb == "ending" and day.month >= 10)
            if verb == "ending" and not ended and _DONE_IN_THE_PAST.search(m.string) \
                    and not _STILL_RUNNING.search(m.string):
                # 'ICE made 142,750 arrests in the 12 months ending Sept. 30' written in January: a year that is over
                fy = day.year - 1 if day.month < 10 else day.year
                return _fy_period(fy, sp, "medium", f"the fiscal year ending September {fy} (a past count, read "
                                  "from the article's date)"), False
            fy = (day.year if day.month >= 10 else day.year - 1) if ended else fiscal_year(day)
            if verb == "ending":
                return _fy_period(fy, sp, "medium", f"the fiscal year ending September {fy} (read from the "
                                  "article's date)"), False
        else:
            return None
        return _fy_period(fy, sp, "high", f"the fiscal year ending September {fy}"), False
    if kind == "fy_range":
        a, b = _fy(g[0]), _fy(g[1]) if len(g[1]) == 4 else (_fy(g[0]) // 100) * 100 + int(g[1])
        if re.search(r"\band\b", m.group(0), re.I) and not re.search(r"\bbetween\s+(?:the\s+)?$",
                                                                 m.string[:m.start()], re.I):
            return _two_years_together(m, a, b, sp)
        if not a < b <= a + 30 or (day is not None and b > day.year + 1):
            return None
        if b == a + 1 and re.search(r"\d\s*[-–—]\s*'?\d", m.group(0)):
            if re.match(r"fiscal year\s", m.group(0), re.I):  # 'fiscal year 2018-19': the year that ends in 2019
                return _fy_period(b, sp, "medium", f"'{m.group(0)}', the fiscal year ending in {b}"), False
            # 'FY2018-19' may be that one year or the two: never rated on one reading alone
            return _fys_period(a, b, sp, "medium", "named fiscal years (or the one year ending in "
                               f"{b})"), False
        return _fys_period(a, b, sp, "high", "named fiscal years"), False
    if kind in ("year_range", "year_dash"):
        a = int(g[0])
        b = int(g[1]) if len(g[1]) == 4 else (a // 100) * 100 + int(g[1])
        if not a < b <= a + 30:
            return None
        if kind == "year_dash" and b == a + 1 and re.match(r"\s*(?:federal\s+)?(?:fiscal|budget)\s+year\b(?!s)",
                                                           m.string[m.end():]):
            # 'the 2018-19 fiscal year': one year, the one that ends in 2019
            return _fy_period(b, sp, "medium", f"'{m.group(0)} fiscal year', the fiscal year ending in {b}"), False
        return _fys_period(a, b, sp, "medium", "a run of years, read as those fiscal years"), False
    if kind == "admin_nth_pos":
        g = (g[1], g[2], g[0])
        kind = "admin_nth"
    if kind == "admin_until":
        adm = next((a for a in catalogue().administrations if any(w.search(g[1]) for w in a.words)), None)
        if adm is None or not adm.first_fy <= int(g[0]) <= adm.last_fy:
            return None
        return _fys_period(adm.first_fy, int(g[0]), sp, "medium", f"the {adm.name} administration's fiscal years "
                           f"up to {g[0]}"), False
    if kind == "admin_nth":
        adm = next((a for a in catalogue().administrations if any(w.search(g[2]) for w in a.words)), None)
        if adm is None:
            return None
        order = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(g[0].lower())
        first_fy, last_fy, which = adm.first_fy, adm.last_fy, ""
        term = re.match(r"(?:['’]s|\s+administration['’]s)?\s+(first|second)\s+term\b", m.string[m.end():], re.I)
        if term is not None and last_fy - first_fy >= 7:  # 'the last full year of Obama's first term': FY2012
            first_fy, last_fy = (first_fy, first_fy + 3) if term.group(1).lower() == "first" else (first_fy + 4, last_fy)
            which = f" ({term.group(1).lower()} term)"
        fy = last_fy if order is None else first_fy + order - (0 if g[1] else 1)
        return _fy_period(fy, sp, "medium", f"the {g[0]} {'full ' if g[1] else ''}fiscal year of the {adm.name} "
                          f"administration{which}"), False
    if kind in ("fy_the", "fy"):
        return _fy_period(_fy(g[0]), sp, "high", "named fiscal year"), False
    if kind == "fy_words":
        # ('nineteen', 'twenty-one': the part after 'twenty' or 'two thousand', read by text2num)
        said = int(text2num(re.sub(r"[\s-]+", " ", (g[1] or g[2]).lower()), "en"))
        return _fy_period(2000 + said, sp, "high", "named fiscal year, in words"), False
    if kind == "past_n_fy":
        n = int(g[0]) if g[0].isdigit() else NUMBER_WORDS.get(g[0].lower(), 0)
        if afy is None or not n:
            return Period("unknown", None, span=sp, confidence="low", how="a run of years before an unknown date"), False
        return _fys_period(afy - n, afy - 1, sp, "medium", f"the {n} fiscal years before the article"), False
    if kind in ("last_fy", "this_fy", "last_year", "this_year"):
        delta = -1 if kind.startswith("last") else 0
        if afy is None:
            return Period("unknown", None, span=sp, confidence="low",
                          how=f"'{m.group(0)}' relative to an unknown article date"), False
        conf = "high" if kind.endswith("fy") else "medium"
        how = f"'{m.group(0)}' from the article date {day.isoformat() if day else ''}"
        if kind == "last_fy" and day is not None and day.month in (10, 11):
            # written in October or November, the year just ended has no published totals yet: a figure quoted for it
            # may be the year before's
            conf, how = "medium", how + " (the year just ended, whose totals ICE publishes from December)"
        if conf == "medium" and not kind.endswith("fy"):
            how += " (calendar or fiscal year: read as ICE's fiscal year)"

        # 'this year' in December 2017 is 2017 (the fiscal year just ended), never the one that began in October,
        # whose totals are not out; 'last year' in December 2024 is the fiscal year just ended too
        relative_fy = day.year if kind == "this_year" and day is not None else afy + delta
        if kind == "this_fy" and _WHICH_ENDED.match(m.string, m.end()):
            # 'This fiscal year, which ended in September, …', written in November 2020: the year just ended (FY2020)
            relative_fy, how = afy - 1, how + " (the fiscal year it says has ended)"
        return _fy_period(relative_fy, sp, conf, how), False
    if kind == "n_before":
        return Period("unknown", None, span=sp, confidence="medium", how="years before the sentence's other period"), True
    if kind == "n_earlier" and m.group(0).lower().endswith("ago") and afy is not None:
        n = int(g[0]) if g[0].isdigit() else NUMBER_WORDS.get(g[0].lower(), 0)
        if "fiscal" in m.group(0).lower() and n:  # 'two fiscal years ago', written in FY2026: FY2024
            return _fy_period(afy - n, sp, "medium", f"'{m.group(0)}' from the article date"), False
    if kind == "n_earlier":
        return Period("unknown", None, span=sp, confidence="medium",
                      how=f"{g[0]} years before the sentence's other period"), True
    if kind == "n_later":
        return Period("unknown", None, span=sp, confidence="medium",
                      how=f"{g[0]} years after the sentence's other period"), True
    if kind == "fy_before_last":
        if afy is None:
            return None
        return _fy_period(afy - 2, sp, "medium", f"'{m.group(0)}', two fiscal years before the article's"), False
    if kind == "next_year":
        return Period("unknown", None, span=sp, confidence="medium",
                      how="the year after the sentence's other period"), True
    if kind == "prev_year":
        prev = afy - 1 if afy else None
        return Period("fiscal_year" if prev else "unknown", prev, first_fiscal_year=prev, span=sp, confidence="medium",
                      how="the year before the sentence's other period (or the article's)"), True
    if kind == "state_fy":
        return Period("unknown", None, span=sp, confidence="low",
                      how=f"'{m.group(0).strip()}', a state's budget year, not the federal fiscal year ICE counts by"), False
    if kind == "ddor_first":
        return Period("dates", 2017, first_fiscal_year=2017, start="2017-01-28", end="2017-02-03", span=sp,
                      confidence="high", how="the week the first Declined Detainer Outcome Report covered "
                      "(28 January to 3 February 2017)"), False
    if kind in ("date", "iso_date"):
        try:
            if kind == "iso_date":
                d = dt.date(int(g[0]), int(g[1]), int(g[2]))
            else:
                year = int(g[2]) if g[2] else (day.year if day else None)
                if year is None:
                    return None
                d = dt.date(year, _month(g[0]), int(g[1]))
                if not g[2] and day is not None and d > day:
                    d = dt.date(year - 1, d.month, d.day)
        except (ValueError, StopIteration):
            return None
        conf = "high" if kind == "iso_date" or g[2] else "medium"
        if (d.month, d.day) == (9, 30) and _THE_YEAR_CLOSES.search(m.string):
            # 'Sept. 30, 2018: the year closes with 158,581 arrests', 'Fiscal year-end, Sept. 30, 2020:': the count of
            # the fiscal year that ends that day
            return _fy_period(d.year, sp, "medium", f"'{m.group(0)}', the last day of FY{d.year}"), False
        return Period("date", fiscal_year(d), start=d.isoformat(), end=d.isoformat(), span=sp, confidence=conf,
                      how="a date"), False
    if kind == "month":
        try:
            mo, year = _month(g[0]), int(g[1])
        except StopIteration:
            return None
        first = dt.date(year, mo, 1)
        last = _month_end(year, mo)
        return Period("month", fiscal_year(first), start=first.isoformat(), end=last.isoformat(), span=sp,
                      confidence="high", how="a calendar month"), False
    if kind == "month_of_year_said":
        if day is None:
            return None
        mo, year = _month(g[0]), day.year - (g[1].lower() == "last")
        first = dt.date(year, mo, 1)
        if first > day:  # 'in November this year', written in July: a month to come
            return Period("unknown", span=sp, how=f"'{m.group(0)}', a month after the article date"), False
        last = min(_month_end(year, mo), day)
        return Period("month", fiscal_year(first), start=first.isoformat(), end=last.isoformat(), span=sp,
                      confidence="medium", how=f"'{m.group(0)}', read from the article date"), False
    if kind == "month_bare":
        if day is None:
            return None
        mo = _month(g[0])
        # the month this year if it has begun ('in August', written on 25 August, is this August), else last year's
        year = day.year if mo <= day.month else day.year - 1
        first = dt.date(year, mo, 1)
        last = min(_month_end(year, mo), max(day, first))
        running = mo == day.month and year == day.year
        return Period("month", fiscal_year(first), start=first.isoformat(), end=last.isoformat(), span=sp,
                      confidence="low" if running else "medium",
                      how=f"'{g[0]}' up to the article date" if running else f"'{g[0]}' before the article date"), False
    if kind == "last_month_name":
        if day is None:
            return None
        mo = _month(g[0])
        year = day.year if mo < day.month else day.year - 1  # ('last March', written in March: a year before)
        first = dt.date(year, mo, 1)
        last = _month_end(year, mo)
        return Period("month", fiscal_year(first), start=first.isoformat(), end=last.isoformat(), span=sp,
                      confidence="medium", how=f"'last {g[0]}', the latest {g[0]} before the article's month"), False
    if kind == "part_month":
        if day is None and not g[2]:
            return None
        mo, part = _month(g[1]), g[0].lower()
        if g[2]:
            year = int(g[2])
        else:
            assert day is not None
            year = day.year if mo <= day.month else day.year - 1
        first = dt.date(year, mo, {"early": 1, "mid": 11, "late": 21}[part])
        if day is not None and first > day and not g[2]:  # 'late July', written on 10 July: last year's
            first = dt.date(year - 1, mo, first.day)
        month_end = _month_end(first.year, mo)
        last = dt.date(first.year, mo, 10) if part == "early" else dt.date(first.year, mo, 20) if part == "mid" \
            else month_end
        last = min(last, day) if day is not None and first <= day else last
        return Period("dates", fiscal_year(first), start=first.isoformat(), end=last.isoformat(), span=sp,
                      confidence="medium", how=f"{PART_OF_A_MONTH} '{m.group(0)}' ({first.isoformat()} to "
                                                f"{last.isoformat()})"), False
    if kind == "since_date":
        if day is None:
            return None
        try:
            mo = _month(g[0])
            year = int(g[2]) if g[2] else (day.year if (mo, int(g[1])) <= (day.month, day.day) else day.year - 1)
            first = dt.date(year, mo, int(g[1]))
        except (StopIteration, ValueError):
            return None
        if first > day:
            return None
        return Period("dates", fiscal_year(day), start=first.isoformat(), end=day.isoformat(), span=sp,
                      confidence="high" if g[2] else "medium", how=f"since {first.isoformat()}, to the article date"), False
    if kind == "since_month":
        if day is None:
            return None
        mo = _month(g[0])
        year = day.year if mo <= day.month else day.year - 1
        return Period("dates", fiscal_year(day), start=dt.date(year, mo, 1).isoformat(), end=day.isoformat(), span=sp,
                      confidence="medium", how="since a month, to the article date"), False
    if kind == "inauguration":
        if day is None:
            return None
        sworn = max((d for d in INAUGURATIONS[g[1].lower()] if d <= day), default=None)
        if sworn is None:
            return None
        how = f"{g[1]}'s inauguration on {sworn.isoformat()}"
        if g[0].lower() == "before":  # 'the 134 partners before Trump's inauguration': as of the day before
            eve = sworn - dt.timedelta(days=1)
            return Period("date", fiscal_year(eve), start=eve.isoformat(), end=eve.isoformat(), span=sp,
                          confidence="high", how=f"the day before {how}"), False
        return Period("dates", fiscal_year(day), start=sworn.isoformat(), end=day.isoformat(), span=sp,
                      confidence="high", how=f"from {how} to the article date"), False
    if kind == "last_n_months":
        n = int(g[0]) if g[0].isdigit() else NUMBER_WORDS.get(g[0].lower(), 0)
        if day is None or not 0 < n < 24:
            return None
        month0 = day.year * 12 + day.month - 1 - n
        first = dt.date(month0 // 12, month0 % 12 + 1, min(day.day, 28))
        return Period("dates", fiscal_year(day), start=first.isoformat(), end=day.isoformat(), span=sp,
                      confidence="medium", how=f"the {n} months before the article date"), False
    if kind == "prev_month":
        if day is None:
            return None
        last = day.replace(day=1) - dt.timedelta(days=1)
        first = last.replace(day=1)
        return Period("month", fiscal_year(first), start=first.isoformat(), end=last.isoformat(), span=sp,
                      confidence="medium", how="'last month', the calendar month before the article's"), False
    if kind == "past_month":
        if day is None:
            return None
        return Period("dates", fiscal_year(day), start=(day - dt.timedelta(days=30)).isoformat(), end=day.isoformat(),
                      span=sp, confidence="medium", how="the month before the article date"), False
    if kind == "last_week":
        if day is None:
            return None
        return Period("dates", fiscal_year(day), start=(day - dt.timedelta(days=7)).isoformat(), end=day.isoformat(),
                      span=sp, confidence="medium", how="the week before the article date"), False
    if kind == "calendar_year":  # 'in calendar 2022': the calendar year, said so
        y = int(g[0])
        if day is not None and y > day.year:
            return None
        return Period("calendar_year", y, first_fiscal_year=y, start=f"{y}-01-01", end=f"{y}-12-31", span=sp,
                      confidence="high", how="a calendar year, named as such"), False
    if kind == "year":
        y = int(g[0])
        if day is not None and y > day.year:
            return None
        return Period("calendar_year", y, first_fiscal_year=y, start=f"{y}-01-01", end=f"{y}-12-31", span=sp,
                      confidence="medium", how="a bare year (calendar or fiscal)"), False
    return None


def earlier_terms_named(sentence: str, article_date: dt.date | None) -> list[dt.date]:
    """The last days of the ended administrations a sentence names ('under Trump's first term', 'the Obama
    administration'), for a claim that gives no date of its own."""
    held = _terms_held(article_date)
    days = []
    for adm in held:
        namesakes = [a for a in held if a.words == adm.words]
        for pat in adm.words:
            if any(_term_meant(namesakes, sentence, m.start(), m.end()) is adm for m in pat.finditer(sentence)):
                last_day = dt.date(adm.last_fy + 1, 1, 19)  # a term ends on 20 January, inside its last fiscal year + 1
                if article_date is None or last_day < article_date:
                    days.append(last_day)
    return days


def _terms_held(article_date: dt.date | None) -> list[Administration]:
    """The administrations an article of this date can mean: a later term only once it has begun (its fiscal
    years up to the article's)."""
    out = []
    for adm in catalogue().administrations:
        if adm.sworn is None:
            out.append(adm)
        elif article_date is not None and article_date >= adm.sworn:
            out.append(replace(adm, last_fy=min(adm.last_fy, fiscal_year(article_date))))
    return out


def _term_meant(terms: list[Administration], sentence: str, start: int, end: int) -> Administration | None:
    """Which of the terms sharing a name this mention means: the one it numbers ('the first Trump administration',
    'Trump's first-term removals', 'the second term of President Trump'), else the earlier when the sentence names a
    first term or one of its years, else the latest begun (none for a second term not begun)."""
    named = (_NTH_TERM_BEFORE.search(sentence[:start]) or _NTH_TERM_AFTER.match(sentence[end:]))
    nth = (named.group(1) or named.group(2)).lower() if named is not None else None
    if len(terms) == 1:
        return None if nth == "second" and terms[0].last_fy - terms[0].first_fy < 7 else terms[0]
    if nth is not None:
        return terms[0] if nth == "first" else terms[-1]
    return terms[0] if _FIRST_TERM.search(sentence) else terms[-1]


_FIRST_TERM = re.compile(r"\bfirst[- ](?:term|administration|presidency)\b|\b20(?:1[7-9]|20)\b", re.I)
_NTH_TERM_BEFORE = re.compile(r"\b(first|second)(?:[- ]term)?\s+(?:(?:former\s+)?President\s+)?$|\b(first|second)[- ]"
                              r"(?:term|administration|presidency)\s+(?:of|under)\s+(?:the\s+)?(?:(?:former\s+)?"
                              r"President\s+)?$", re.I)
_NTH_TERM_AFTER = re.compile(r"^(?:['’]s|\s+administration['’]s)\s+(first|second)\b", re.I)


def _administrations(sentence: str, offset: int, taken: list[tuple[int, int]],
                     article_date: dt.date | None = None) -> list[PeriodMention]:
    """'the Trump years', 'under Obama': the administration's fiscal years (low priority: an explicit year wins)."""
    out: list[PeriodMention] = []
    held = _terms_held(article_date)
    for adm in held:
        namesakes = [a for a in held if a.words == adm.words]
        for pat in adm.words:
            for m in pat.finditer(sentence):
                if any(not (m.end() <= s or m.start() >= e) for s, e in taken):
                    continue
                if _term_meant(namesakes, sentence, m.start(), m.end()) is not adm:
                    continue
                sp = Span(offset + m.start(), offset + m.end(), m.group(0))
                around = sentence[max(0, m.start() - 30):m.end() + 30]
                conf = "medium" if _ADMIN_SPAN.search(around) else "low"
                part = _PART_OF_TERM_BEFORE.search(sentence[:m.start()]) or _PART_OF_TERM_AFTER.match(sentence[m.end():])
                if part is not None:
                    # 'Trump's first three fiscal years', 'the last two years of the Obama administration': those years
                    n = int(part.group(2)) if part.group(2).isdigit() else NUMBER_WORDS[part.group(2).lower()]
                    first = adm.first_fy if part.group(1).lower() == "first" else adm.last_fy - n + 1
                    out.append(PeriodMention(m.start(), m.end(), _fys_period(
                        first, min(first + n - 1, adm.last_fy), sp, "medium",
                        f"the {part.group(1).lower()} {n} fiscal years of the {adm.name} administration")))
                    continue
                term = _TERM_AFTER.match(sentence[m.end():]) or _TERM_BEFORE.search(sentence[:m.start()]) or (
                    _NTH_BEFORE.search(sentence[:m.start()]) if _TERM_WORD_AFTER.match(sentence[m.end():]) else None)
                if term is not None and adm.last_fy - adm.first_fy >= 7:
                    # "Obama's second term": FY2013-FY2016 (the term began in January, inside FY2013: read with
                    # less certainty)
                    second = term.group(1).lower() == "second"
                    first = adm.first_fy + 4 if second else adm.first_fy
                    out.append(PeriodMention(m.start(), m.end(), _fys_period(
                        first, first + 3, sp, "medium", f"the {term.group(1).lower()} term of the {adm.name} "
                        f"administration, FY{first}-FY{first + 3}"), administration=True))
                    continue
                out.append(PeriodMention(m.start(), m.end(), _fys_period(
                    adm.first_fy, adm.last_fy, sp, conf, f"the {adm.name} administration's fiscal years"),
                    administration=True))
    return out


_TERM_AFTER = re.compile(r"^(?:['’]s|\s+administration['’]s)\s+(first|second)\s+term\b", re.I)
_TERM_BEFORE = re.compile(r"\b(first|second)\s+term\s+(?:of|under)\s+(?:the\s+)?(?:(?:President|former\s+President)\s+)?$",
                          re.I)
_NTH_BEFORE = re.compile(r"\b(first|second)\s+(?:President\s+)?$", re.I)  # 'the second Obama term'
_TERM_WORD_AFTER = re.compile(r"^\s+(?:term|administration)\b", re.I)


_TERM_PART = r"(first|last|final)\s+(two|three|four|2|3|4)\s+(?:full\s+)?(?:fiscal\s+)?years"
_PART_OF_TERM_BEFORE = re.compile(r"\b(?:the\s+)?" + _TERM_PART + r"\s+(?:of|under)\s+(?:the\s+)?(?:(?:President|former "
                                  r"President)\s+)?$", re.I)
_PART_OF_TERM_AFTER = re.compile(r"^(?:['’]s|\s+administration['’]s)\s+" + _TERM_PART + r"\b", re.I)
_ADMIN_SPAN = re.compile(r"\b(?:years|term|era|presidency) of\b|\b(?:administration|presidency|term|years|era)\b",
                         re.I)


def as_fiscal(p: Period) -> Period:
    """A calendar year read as the fiscal year of that number, for ICE's fiscal-year series."""
    if p.kind == "calendar_year" and p.fiscal_year is not None:
        # a year the text calls a calendar year is not the fiscal year: read so, it is never sure enough to refute
        return replace(p, kind="fiscal_year", first_fiscal_year=p.first_fiscal_year or p.fiscal_year, start=None, end=None,
                       confidence="medium", how=p.how + "; read as FY" + str(p.fiscal_year) + ", as ICE reports")
    return p


def infer_article_date(text: str) -> tuple[dt.date | None, str, str]:
    """The article's date from dates written in it (the latest full date), with how sure we are."""
    found: list[dt.date] = []
    for m in re.finditer(rf"\b({_MON})\s+(\d{{1,2}}),?\s+{_YEAR}\b", text, re.I):
        try:
            found.append(dt.date(int(m.group(3)), _month(m.group(1)), int(m.group(2))))
        except (ValueError, StopIteration):
            continue
    for m in re.finditer(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b", text):
        try:
            found.append(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    today = dt.date.today()
    found = [d for d in found if d <= today]
    if found:
        return max(found), "medium", f"latest date written in the text ({max(found).isoformat()})"
    return None, "none", "no date in the text and no --date: relative periods cannot be resolved"
