"""A count a sentence reaches by a move ('Deportations rose to 185,884', 'Removals fell slightly from the previous
year's 226,119'): the count, when it is exactly a year's figure, dates the move, so the move's direction is checked
against that year even when the words alone did not date it with certainty. A move is called false only when it runs
the wrong way against every year it could be measured from."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from ice_ledger.claims.evidence import Evidence
from ice_ledger.claims.model import CheckedClaim, Claim, Period, Span
from ice_ledger.claims.relations import DOWN_VERBS, ENDPOINTS_NOTE, UP_VERBS
from ice_ledger.claims.verdict import fmt
from ice_ledger.fiscal import fiscal_year

# '… rose to 185,884', '… also fell last year, to about 256,000', '… fell slightly from the previous year's 226,119'
# (the move's verb is the last one before the level: 'Deportations, which had fallen under Obama, rose to …')
_MOVE = re.compile(r"\b(?P<verb>" + UP_VERBS + "|" + DOWN_VERBS + r")\b(?P<mid>(?:(?!\b(?:and|but|while|whereas|"
                   r"though|although|not|never|by|" + UP_VERBS + "|" + DOWN_VERBS + r")\b)[^.;:\d])*?)"
                   r"\b(?P<prep>to|from)\s+(?:the\s+(?:previous|prior|"
                   r"preceding)\s+(?:fiscal\s+)?year['’]s\s+)?(?:(?:about|roughly|nearly|almost|some|around|"
                   r"approximately|just\s+(?:over|under))\s+)?$", re.I)
# what is not a move that happened: 'did not fall to', 'would rise to', 'if arrests climb to'
_NOT_SAID_TO_HAPPEN = re.compile(r"\b(?:not|n['’]t|never|would|could|might|may|will|should|expected|projected|"
                                 r"likely|if|whether|unless|predict\w*|forecast\w*|goal|target|aim\w*)\b", re.I)
# another base the sentence measures from ('… from 110,104 in fiscal 2016', 'since 2017', 'than', 'over three years')
_ANOTHER_BASE = re.compile(r"\b(?:from|since|than|compared|versus|vs\.?|between|over\s+the|in\s+the\s+(?:past|last)|"
                           r"earlier|ago|before)\b", re.I)
_A_NAMED_FISCAL_YEAR = re.compile(r"^\W*(?:from|since|compared\s+(?:with|to)|than(?:\s+in)?)\s+(?:fiscal(?:\s+year)?\s*|"
                                  r"FY\s*)(?P<year>(?:19|20)\d\d)\b", re.I)
_ANOTHER_VERB_OR_CLAUSE = re.compile(r"\b(?:" + UP_VERBS + "|" + DOWN_VERBS + r"|and|but|which|who|that|while|then)\b|,",
                                     re.I)
# ', an increase over fiscal year 2016', ', a decline from the previous year': a move set beside its level, no size
# (a table's cell too: '| Removals | 226,119 | up from the previous fiscal year |')
# ('up slightly from fiscal 2018', 'a sharp drop from the previous year': how much, in words, changes nothing)
_SMALL_WORDS, _LARGE_WORDS = r"slight|marginal|modest|small", r"sharp|steep|significant|substantial|big|large"
_A_DEGREE = rf"(?:{_SMALL_WORDS}|{_LARGE_WORDS})"
# ('ICE's 143,099 arrests in fiscal 2019 were an increase over fiscal 2018': the move as the level's complement)
_APPOSED_MOVE = re.compile(r"(?:[^.;|\d]|\b(?:19|20)\d\d\b){0,40}?(?:,|\s\||\s(?:were|was|marked|represented)(?=\s+an?\s))\s*"
                           r"(?P<move>(?:(?:an?\s+)?(?:" + _A_DEGREE +
                           r"\s+)?(?:(?P<up>increase|rise|jump|gain|uptick)|(?P<down>decrease|decline|drop|fall|reduction|dip))|"
                           r"(?P<up2>up)|(?P<down2>down))(?:\s+(?:" + _A_DEGREE + r"ly|somewhat|a\s+(?:bit|little)))?"
                           r"\s+(?:over|from|since|compared\s+(?:with|to)|on)\s+"
                           r"(?:the\s+(?:previous|prior|preceding)\s+(?:fiscal\s+)?year|(?:fiscal(?:\s+year)?\s*|FY\s*)"
                           r"(?P<year>(?:19|20)\d\d)))\b(?!\s+(?:in|among|for|of)\b)", re.I)
# ('…, while removals were an increase over fiscal 2016', '… came as removals were a decrease'): another subject
# (not the level's own 'and were', '…, which were', '…, the agency said, were')
_ANOTHER_SUBJECT = re.compile(r"\b(?:and|while|whereas|as|but|when|though|although)\s+(?:[\w'’-]+\s+){1,3}?"
                              r"(?:were|was|marked|represented)\s|\b(?:removals|deportations|detainers|arrests|"
                              r"apprehensions|expulsions|returns)\b", re.I)
_THE_LEVELS_NOUN = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}?(?:arrests|removals|deportations|detainers)\b", re.I)
_HAVE = re.compile(r"\b(?:have|has|['’]ve)\s+(?:\w+\s+)?$", re.I)
_WINDOW = 3  # the years before (or after) the level a move could be measured from


def checked_moves(checked: list[CheckedClaim], ev: Evidence, article_date: dt.date | None,
                  rate: Callable[[Claim], CheckedClaim]) -> list[CheckedClaim]:
    """Each move to (or from) a level the ledger confirms, rated against the year the level dates: the trend claim
    read for it is re-rated, or one is added when none was read."""
    out = list(checked)
    for cc in checked:
        found = _move_of(cc, ev, article_date)
        if found is None:
            continue
        trend, years = found
        rated = rate(trend)
        if rated.verdict.label not in ("accurate", "inaccurate"):
            continue
        if rated.verdict.label == "inaccurate" and not _wrong_from_every_year(trend, years, ev):
            continue  # (wrong against the year before, right against another: which base is meant is not certain)
        if rated.verdict.label == "accurate" and (size := _degree_unlike(trend, years, ev)) is not None:
            # ('up slightly from fiscal 2016' for a rise of 30 percent): the direction holds, the degree does not
            rated = replace(rated, verdict=replace(
                rated.verdict, label="unverifiable", settle_with="how large a change the words mean",
                explanation=f"{rated.verdict.explanation} The change was {size:+.1%}, which the words "
                            f"'{trend.span.text}' do not describe; the checker rates the direction only, so it does "
                            "not call the claim right."))
        said = cc.claim.value_span.text if cc.claim.value_span is not None else fmt(cc.claim.value, "count")
        rated.verdict.explanation += f" (The level the sentence gives, {said}, is FY{years[0]}'s figure, which dates " \
                                     "the change.)"
        # the trend read for this verb (its span holds the verb, and it moves the same way): re-rated; a trend of
        # another verb in the sentence ('the senator claimed deportations fell') is left as it was
        same = next((x for x in out if x.claim.kind == "trend" and x.claim.sentence_index == trend.sentence_index
                     and x.claim.event == trend.event and x.claim.comparator == trend.comparator
                     and x.claim.span.start <= trend.span.end - 1 and trend.span.end <= x.claim.span.end), None)
        if same is None:
            out.append(rated)
        elif same.verdict.label == "unverifiable":
            out[out.index(same)] = replace(rated, claim=replace(trend, id=same.claim.id, span=same.claim.span,
                                                                value_span=same.claim.value_span))
    return out


def _move_of(cc: CheckedClaim, ev: Evidence, article_date: dt.date | None) -> tuple[Claim, list[int]] | None:
    """The trend claim a confirmed count's move makes, and the years compared (the level's first for 'to')."""
    c = cc.claim
    p = c.period
    if c.kind != "count" or c.unit != "count" or c.polarity != "asserted" or cc.verdict.label != "accurate" \
            or c.value is None or c.value_span is None or c.measure is None or p is None \
            or p.kind != "fiscal_year" or p.fiscal_year is None or p.first_fiscal_year not in (None, p.fiscal_year):
        return None
    fig = ev.figure(c.measure, p.fiscal_year)
    if fig is None or abs(fig.value - c.value) > max(0.5, 0.005 * fig.value):
        return None  # (only a level that is the year's figure dates the move)
    s, off = c.sentence.text, c.sentence.start
    before = s[c.span.start - off:c.value_span.start - off]
    m = _MOVE.search(before)
    rest = re.split(r"[;]|\.\s", s[c.value_span.end - off:])[0]
    if s.rstrip().endswith("?") or _NOT_SAID_TO_HAPPEN.search(s[:c.value_span.start - off]):
        return None
    # (not after two counts: '143,470 arrests and 226,119 removals in fiscal 2017, an increase over fiscal 2016')
    apposed = _APPOSED_MOVE.match(rest) if m is None and not re.search(
        r"\b\d{1,3}(?:,\d{3})+\b|\b\d{5,}\b", s[:c.value_span.start - off]) else None
    own_noun = _THE_LEVELS_NOUN.match(rest)
    if apposed is not None and _ANOTHER_SUBJECT.search(rest, own_noun.end() if own_noun else 0, apposed.start("move")):
        apposed = None  # ('143,099 arrests in fiscal 2019, and deportations were an increase …': another's move)
    if apposed is not None:
        return _apposed_move(c, apposed, p.fiscal_year)
    if m is None:
        return None
    if re.search(r"\d", before[:m.start()]) or re.search(r"\d[\d,.]*\s+(?:[\w-]+\s+){0,2}$", s[:c.span.start - off]):
        return None  # ('276,181 detainers prepared in fiscal 2012 fell to 85,720': moved from the count or year before)
    if c.subject_span is None or not c.span.start <= c.subject_span.start < c.span.start + m.start():
        return None  # (the move's subject is the count's own: 'Deportations rose to …')
    up = re.fullmatch(UP_VERBS, m.group("verb"), re.I) is not None
    fy = p.fiscal_year
    if m.group("prep").lower() == "to":
        named = _A_NAMED_FISCAL_YEAR.search(rest[rest.lower().find("from"):]) if "from" in rest.lower() else None
        if _ANOTHER_BASE.search(s[:c.span.start - off + m.start()]) or (_ANOTHER_BASE.search(rest) and (
                named is None or not fy - _WINDOW <= int(named.group("year")) < fy)):
            return None  # ('rose to 143,099 in fiscal 2019 from 110,104 in fiscal 2016': measured from that year)
        years = [fy, *range(fy - 1, fy - _WINDOW - 1, -1)]
        end = fy
    else:
        if re.search(r"\bto\s+(?:about\s+|nearly\s+|roughly\s+)?\d", rest) or _ANOTHER_BASE.search(rest):
            return None  # ('fell from 240,255 to 226,119': a move between two counts, read as such already)
        last = _last_published(article_date, fy)
        if _HAVE.search(before[max(0, m.start() - 14):m.start()]) and last > fy \
                and not re.search(r"\b(?:19|20)\d\d\b", rest[rest.find(str(fy)) + 4 if str(fy) in rest else 0:]):
            # ('Removals have risen from 226,119 in fiscal 2017', in 2022): from the level to now, the last year
            # ended by the article's date
            return _endpoints_move(c, m, up, fy, last, span_of(c, m)), [fy, last]
        years = [fy, *range(fy + 1, last + 1)]  # (to any year since, up to the last one ended by the article)
        end = fy + 1
        if len(years) < 2:
            return None
    span = span_of(c, m)
    period = Period("fiscal_year", fiscal_year=end, first_fiscal_year=end, confidence="high",
                    how=f"FY{end}: dated by the level the sentence gives, FY{fy}'s figure")
    trend = replace(c, id=f"{c.id}m", kind="trend", span=span, value=None, value_high=None,
                    comparator="up" if up else "down", unit="direction", value_span=span, precision=1.0, period=period,
                    endpoints=[], notes=[], measure_confidence="high")  # (the level is the measure's figure)
    return trend, years


def _last_published(article_date: dt.date | None, fy: int) -> int:
    """The last fiscal year whose figures were out by the article's date: one that ended by September, published by
    December (a year that ended weeks before is not yet counted)."""
    if article_date is None:
        return fy + _WINDOW
    return fiscal_year(article_date) - (2 if article_date.month in (10, 11) else 1)


def span_of(c: Claim, m: re.Match[str]) -> Span:
    """The move's words: from the count's subject to its verb, unless another verb or clause stands between ('The
    senator claimed deportations fell, but they rose to 256,085': 'rose')."""
    s, off = c.sentence.text, c.sentence.start
    verb_at, verb_end = c.span.start + m.start(), c.span.start + m.end("verb")
    start = c.span.start if not _ANOTHER_VERB_OR_CLAUSE.search(s[c.span.start - off:verb_at - off]) else verb_at
    return Span(start, verb_end, s[start - off:verb_end - off])


def _endpoints_move(c: Claim, m: re.Match[str], up: bool, first: int, last: int, span: Span) -> Claim:
    period = Period("fiscal_years", fiscal_year=last, first_fiscal_year=first, confidence="high",
                    how=f"FY{first} to FY{last}: from the level's year to the last year ended by the article's date")
    return replace(c, id=f"{c.id}m", kind="trend", span=span, value=None, value_high=None,
                   comparator="up" if up else "down", unit="direction", value_span=span, precision=1.0, period=period,
                   endpoints=[], notes=[ENDPOINTS_NOTE], measure_confidence="high")


def _apposed_move(c: Claim, m: re.Match[str], fy: int) -> tuple[Claim, list[int]]:
    """'226,119 removals in fiscal year 2017, an increase over fiscal year 2016': the move the words set beside the
    level, from the year they name (or the year before)."""
    base = int(m.group("year")) if m.group("year") else fy - 1
    assert c.value_span is not None
    at = c.value_span.end + m.start("move")
    span = Span(at, at + len(m.group("move")), m.group("move"))
    period = Period("fiscal_years", fiscal_year=fy, first_fiscal_year=base, confidence="high",
                    how=f"FY{base} to FY{fy}: the level's year and the year it is set against")
    trend = replace(c, id=f"{c.id}m", kind="trend", span=span, value=None, value_high=None,
                    comparator="down" if m.group("down") or m.group("down2") else "up", unit="direction", value_span=span, precision=1.0,
                    period=period, endpoints=[], notes=[ENDPOINTS_NOTE], measure_confidence="high")
    return trend, [fy, base]


_SMALL_DEGREE = re.compile(rf"\b(?:(?:{_SMALL_WORDS})(?:ly)?|a\s+(?:bit|little)|somewhat)\b", re.I)
_LARGE_DEGREE = re.compile(rf"\b(?:{_LARGE_WORDS})(?:ly)?\b", re.I)


def _degree_unlike(trend: Claim, years: list[int], ev: Evidence) -> float | None:
    """The change, when the words' degree does not fit it: 'slightly' for more than 15 percent, 'sharply' for
    less than 5."""
    assert trend.measure is not None
    small, large = _SMALL_DEGREE.search(trend.span.text), _LARGE_DEGREE.search(trend.span.text)
    level, other = ev.figure(trend.measure, years[0]), ev.figure(trend.measure, years[1])
    if not (small or large) or level is None or other is None or not other.value:
        return None
    first, last = (other, level) if years[1] < years[0] else (level, other)
    size = (last.value - first.value) / first.value
    return size if (small and abs(size) > 0.15) or (large and abs(size) < 0.05) else None


def _wrong_from_every_year(trend: Claim, years: list[int], ev: Evidence) -> bool:
    """Whether the move runs the wrong way against every year of the window it could be measured from."""
    assert trend.measure is not None
    level = ev.figure(trend.measure, years[0])
    others = [f for f in (ev.figure(trend.measure, y) for y in years[1:]) if f is not None]
    if level is None or not others:
        return False
    up = trend.comparator == "up"
    towards = years[1] > years[0]  # 'from' a level: the later years are where the move ends
    return all(((o.value > level.value) if towards else (level.value > o.value)) != up for o in others)
