"""What a sentence says between two of its own counts: the direction ('arrests rose to 143,099 in fiscal 2019 from
158,581 a year earlier') or the multiple ('nearly double the 110,104 of fiscal 2016'). Both numbers can be right and
the relation wrong, so the relation is a claim of its own, rated on the ledger's figures for the two years, never on
the article's numbers."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ice_ledger.claims.model import Claim, Period, Span

_UP = r"doubled|tripled|quadrupled|rose|risen|increased|grew|grown|climbed|jumped|soared|surged|spiked|swelled|up|went\s+up|gone\s+up"
_DOWN = r"halved|fell|fallen|dropped|declined|decreased|plunged|plummeted|shrank|shrunk|slid|sank|down|went\s+down|gone\s+down"
_HEDGE = (r"(?:(?:about|nearly|almost|roughly|around|approximately|some|over|under|more\s+than|fewer\s+than|less\s+than|"
          r"just\s+(?:over|under)|an?\s+(?:record|estimated|all-time\s+high\s+of|high\s+of|low\s+of))\s+)?")
# 'fell from 267,258 …' / 'rose sharply to 143,099 …': the verb, at most three words, then 'from' or 'to'
_VERB_THEN = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?:\s+[\w-]+){{0,3}}?,?\s+(?P<prep>from|to)\s+{_HEDGE}$",
                        re.I)
# 'ICE made 143,099 arrests in fiscal 2019, up from 158,581': the second number is where the first came from
_UP_FROM = re.compile(rf"^[^;:—–()]{{0,60}},\s*(?:(?P<up>up|an?\s+increase|a\s+rise|a\s+jump)|"
                      rf"(?P<down>down|an?\s+decrease|a\s+drop|a\s+decline|a\s+fall))\s+from\s+{_HEDGE}$", re.I)
# between the two numbers of 'from Y in fiscal 2018 to X': only their periods
_THEN_TO = re.compile(rf"^[^;:—–()]{{0,50}}?\bto\s+{_HEDGE}$", re.I)
_THEN_FROM = re.compile(rf"^[^;:—–()]{{0,50}}?\bfrom\s+{_HEDGE}$", re.I)
_NEGATED = re.compile(r"\b(?:not|n't|never|no\s+longer)\b", re.I)
# the notes that mark a relation's claims (read by the verdict and by the reading order)
ENDPOINTS_NOTE = "endpoints: the first and last years only"
# the verbs of a count's rise or fall ('rose to 185,884', 'fell from 226,119'), shared by the move and change readers
UP_VERBS = r"rose|rises?|risen|rising|climbed|climbs?|grew|grows?|grown|increased|increases?|jumped|jumps?|soared|soars?"
DOWN_VERBS = (r"fell|falls?|fallen|dropped|drops?|declined|declines?|decreased|decreases?|slipped|sank|plunged|"
              r"plummeted|dipped|shrank|shrunk")
# one end of 'from X to Y' whose year an earlier sentence gave: the change may start or end in that year's neighbour
CHANGE_START_NOTE = "the start of a change, its year carried from an earlier sentence"
CHANGE_END_NOTE = "the end of a change, its year carried from an earlier sentence"
MULTIPLE_NOTE = "a multiple of the base year's count"
RATIO_NOTE = "a ratio of two counts the sentence gives: "
MISCREDITED_NOTE = "the number is another study's than the one the sentence credits"


def between_counts(sent: Span, si: int, claims: list[Claim]) -> list[Claim]:
    """What the sentence says between its counts, in order: directions and multiples (new claims), then the
    differences and percentages that restate them (claims already read, corrected in place)."""
    found = stated_directions(sent, si, claims)
    found += multiples(sent, si, claims + found)
    align_differences(sent, claims)
    restated_changes(sent, claims + found)
    summed_counts(sent, claims)
    found += fractions_of_a_year(sent, si, claims)
    return found


# 'Interior removals in FY2014 were three-quarters of the FY2013 level': a share of another year's figure
_OF_ANOTHER_YEAR = re.compile(r"^\s+of\s+(?:the\s+|that\s+|its\s+)?(?:FY\s?|fiscal(?:\s+year)?\s+)(?P<base>(?:19|20)\d\d)"
                              r"(?:['’]s)?(?:\s+(?:level|total|figure|count|number|peak))?\b", re.I)
YEAR_FRACTION_NOTE = "a fraction of another year's figure: "


def fractions_of_a_year(sent: Span, si: int, claims: list[Claim]) -> list[Claim]:
    """'Interior removals in FY2014 were three-quarters of the FY2013 level': not a share of a group but the ratio of
    two years' figures of one measure, rated as a multiple (the share reading is set aside)."""
    s, off = sent.text, sent.start
    out: list[Claim] = []
    for c in claims:
        if c.kind != "share" or c.value_span is None or c.value is None or not 0 < c.value < 1 or c.period is None \
                or c.period.kind != "fiscal_year" or c.period.fiscal_year is None:
            continue
        m = _OF_ANOTHER_YEAR.match(s[c.value_span.end - off:])
        if m is None or int(m.group("base")) >= c.period.fiscal_year:
            continue
        base = int(m.group("base"))
        c.notes.append(YEAR_FRACTION_NOTE + f"FY{base}")
        period = Period(kind="fiscal_years", fiscal_year=c.period.fiscal_year, first_fiscal_year=base,
                        confidence=c.period.confidence, how=f"FY{c.period.fiscal_year} against FY{base}")
        # ('less than a third of' the base is a fall of more than two-thirds: a bound on the fraction is the
        # opposite bound on the fall the change rater reads)
        flipped = {"lt": "gt", "le": "ge", "gt": "lt", "ge": "le"}.get(c.comparator, c.comparator)
        out.append(replace(c, kind="change", unit="change", value=c.value - 1, period=period, comparator=flipped,
                           base_subject=f"FY{base}", notes=[MULTIPLE_NOTE],
                           span=Span(c.span.start, c.value_span.end + m.end(),
                                     s[c.span.start - off:c.value_span.end - off + m.end()])))
    return out


SUM_NOTE = "a sum of counts the sentence gives: "
# '142,580 removals and 62,545 expulsions ... topped 200,000 combined', '... together topped 200,000'
_COMBINED_AFTER = re.compile(r"^\s*(?:combined|together|in\s+all|all\s+told|between\s+them)\b", re.I)
_COMBINED_BEFORE = re.compile(r"\b(?:together|combined|between\s+them|in\s+all)\s+(?:[\w-]+\s+){0,2}$", re.I)


def summed_counts(sent: Span, claims: list[Claim]) -> None:
    """A count said to be what two earlier counts of the sentence come to together is their sum, not a figure of
    either one's measure (each is rated on its own)."""
    s, off = sent.text, sent.start
    counts = [c for c in claims if c.kind == "count" and c.value_span is not None]
    for i, c in enumerate(counts):
        assert c.value_span is not None
        start, end = c.value_span.start - off, c.value_span.end - off
        if len(counts[:i]) >= 2 and (_COMBINED_AFTER.match(s[end:]) or _COMBINED_BEFORE.search(s[max(0, start - 40):start])):
            c.notes.append(SUM_NOTE + ", ".join(x.value_span.text for x in counts[:i] if x.value_span is not None))


def stated_directions(sent: Span, si: int, claims: list[Claim]) -> list[Claim]:
    """One trend claim per pair of counts of one measure that the sentence sets 'from' one 'to' the other with a
    direction word, each count with its own fiscal year."""
    s, off = sent.text, sent.start
    counts = [c for c in claims if c.kind == "count" and c.value_span is not None and c.polarity == "asserted"]
    out: list[Claim] = []
    for first, second in itertools.pairwise(counts):
        assert first.value_span is not None and second.value_span is not None
        a0, a1 = first.value_span.start - off, first.value_span.end - off
        b0 = second.value_span.start - off
        lo = max(0, a0 - 70)
        between, before = s[a1:b0], s[lo:a0]
        lead, up_from = _VERB_THEN.search(before), _UP_FROM.match(between)
        if lead is not None and lead.group("prep").lower() == "from" and _THEN_TO.match(between):
            base, level, up = first, second, bool(lead.group("up"))  # 'fell from Y … to X'
        elif lead is not None and lead.group("prep").lower() == "to" and _THEN_FROM.match(between):
            base, level, up = second, first, bool(lead.group("up"))  # 'rose to X … from Y'
        elif up_from is not None:
            base, level, up = second, first, bool(up_from.group("up"))  # 'X …, up from Y'
        else:
            continue
        start = lo + lead.start() if lead is not None else a0
        if _NEGATED.search(s[max(0, start - 25):start]):
            continue  # 'arrests never fell from …': a denial, not a direction
        claim = _direction_of(sent, si, base, level, up, start, second.value_span.end - off)
        if claim is not None and not _said_by_a_change(claims, claim, a0, s, off):
            out.append(claim)  # (a change written with the counts says their direction in its own claim)
    return out


_CHANGE_THEN_PAIR = re.compile(rf"^,?\s*(?:from|to)\s+{_HEDGE}$", re.I)


_MULTIPLE_WORDS = {"double": 2.0, "twice": 2.0, "triple": 3.0, "half": 0.5, "two": 2.0, "three": 3.0, "four": 4.0,
                   "five": 5.0, "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0}
_MULTIPLE_HEDGES = {"nearly": "nearly", "almost": "nearly", "roughly": "approx", "about": "approx",
                    "around": "approx", "more than": "gt", "over": "gt", "less than": "lt", "under": "lt"}
# '158,581 arrests in fiscal 2018, nearly double the 110,104 of fiscal 2016': the first count as a multiple of the second
_MULTIPLE_BETWEEN = re.compile(
    r"^[^;:()]{0,60}?,?\s+(?:or\s+|which\s+(?:is|was)\s+|(?:is|was|were)\s+)?(?P<hedge>nearly|almost|roughly|about|around|"
    r"more\s+than|over|less\s+than|under)?\s*(?P<mult>double|twice|triple|half|(?P<n>two|three|four|five|\d+(?:\.\d+)?)"
    r"\s+times)\s+(?:as\s+many\s+as\s+|that\s+of\s+|those\s+of\s+)?(?:the\s+|its\s+)?" + _HEDGE + "$", re.I)


def _times_said(m: re.Match[str]) -> float:
    """The multiple a match's words say: 'double' 2, 'three times' 3, '4.6 times' 4.6."""
    word = (m.group("n") or m.group("mult")).lower()
    return float(word) if word[0].isdigit() else _MULTIPLE_WORDS[word]


def multiples(sent: Span, si: int, claims: list[Claim]) -> list[Claim]:
    """'Nearly double the 110,104 arrests of fiscal 2016': a change claim of the ratio between two dated counts of one
    measure, rated as a ratio on the ledger's figures for the two years."""
    s, off = sent.text, sent.start
    counts = [c for c in claims if c.kind == "count" and c.value_span is not None and c.polarity == "asserted"]
    out: list[Claim] = []
    for level, base in itertools.pairwise(counts):
        assert level.value_span is not None and base.value_span is not None
        m = _MULTIPLE_BETWEEN.match(s[level.value_span.end - off:base.value_span.start - off])
        if m is None:
            continue
        times = _times_said(m)
        hedge = re.sub(r"\s+", " ", (m.group("hedge") or "").lower())
        start, end = level.value_span.end - off + m.start("mult"), level.value_span.end - off + m.end("mult")
        pair = _direction_of(sent, si, base, level, times > 1, start, end) if times != 1 else None
        if pair is None:
            continue
        whole = Span(level.value_span.start, base.value_span.end, s[level.value_span.start - off:base.value_span.end - off])
        comparator = _MULTIPLE_HEDGES.get(hedge, "eq")
        # (its words with their hedge, 'less than half', as the explanation quotes them)
        said_from = level.value_span.end - off + m.start("hedge") if m.group("hedge") else start
        if times < 1:
            # ('less than half the 209,208 of FY2013': a bound on the fraction is the opposite bound on the fall's
            # ratio, which the change rater reads: more than twice as few)
            comparator = {"lt": "gt", "le": "ge", "gt": "lt", "ge": "le"}.get(comparator, comparator)
        out.append(Claim(id="", kind="change", sentence_index=si, sentence=sent, span=whole, subject=level.subject,
                         subject_span=level.subject_span, value=times - 1, comparator=comparator,
                         unit="change", value_span=Span(off + said_from, off + end, s[said_from:end]), precision=0.0,
                         period=pair.period, place=level.place, event=level.event, qualifiers=list(level.qualifiers),
                         measure_confidence=pair.measure_confidence, asserted_by=level.asserted_by,
                         credited_to=level.credited_to, base_subject=f"FY{pair.period.first_fiscal_year}"
                         if pair.period else None, notes=[MULTIPLE_NOTE]))
    return out + _multiples_of_a_year(sent, si, counts) + _multiples_of_a_named_year(sent, si, counts)


_SUBJECT_EVENTS = {"arrests": "arrest", "removals": "removal", "deportations": "removal", "detainers": "detainer"}
# 'Arrests in fiscal 2018 were nearly double the 110,104 of fiscal 2016': the level named by its event and year only
_MULTIPLE_OF = (r"\s+(?:were|was|came\s+to|reached|totaled|totalled)\s+(?P<hedge>nearly|almost|roughly|about|"
                r"around|more\s+than|over|less\s+than|under)?\s*(?P<mult>double|twice|triple|half|(?P<n>two|three|four|"
                r"five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+times)\s+(?:that\s+of\s+|those\s+of\s+)?(?:the\s+|its\s+)?")
# ('FY2024 removals were more than five times the FY2021 level of 59,011': the year before the event)
_LEVEL_YEAR = (r"(?:\b(?P<ev>arrests|removals|deportations|detainers)\s+(?:in|during|for)\s+(?:FY\s?|fiscal(?:\s+year)?\s+)"
               r"(?P<fy>(?:19|20)\d\d)|\b(?:FY\s?|fiscal(?:\s+year)?\s+)(?P<fy2>(?:19|20)\d\d)(?:['’]s)?\s+(?:ICE\s+)?"
               r"(?P<ev2>arrests|removals|deportations|detainers))")
_YEAR_AS_MULTIPLE = re.compile(_LEVEL_YEAR + _MULTIPLE_OF + r"(?:(?:FY\s?|fiscal(?:\s+year)?\s+)(?:19|20)\d\d(?:['’]s)?\s+"
                               r"(?:level|total|figure|count|number)\s+of\s+)?" + _HEDGE + "$", re.I)
# 'FY2024 removals were 4.6 times the FY2021 level': both years named, neither count written
_YEARS_AS_MULTIPLE = re.compile(_LEVEL_YEAR + _MULTIPLE_OF + r"(?:FY\s?|fiscal(?:\s+year)?\s+)(?P<base>(?:19|20)\d\d)"
                                r"(?:['’]s)?(?:\s+(?:level|total|figure|count|number))?\s*(?:[.;,]|$)", re.I)


def _multiples_of_a_year(sent: Span, si: int, counts: list[Claim]) -> list[Claim]:
    """A multiple whose level is a year's figure named only by its event and year, set against a dated count."""
    s, off = sent.text, sent.start
    out: list[Claim] = []
    for base in counts:
        assert base.value_span is not None
        m = _YEAR_AS_MULTIPLE.search(s[:base.value_span.start - off])
        bp = base.period
        if m is None or _SUBJECT_EVENTS[(m.group("ev") or m.group("ev2")).lower()] != base.event or bp is None \
                or bp.kind != "fiscal_year" or bp.fiscal_year is None or base.qualifiers:
            continue
        claim = _multiple_claim(sent, si, m, bp.fiscal_year, bp.confidence, Span(
            off + m.start(), base.value_span.end, s[m.start():base.value_span.end - off]), base.event)
        if claim is not None:
            claim.place, claim.asserted_by, claim.credited_to = base.place, base.asserted_by, base.credited_to
            out.append(claim)
    if not counts:
        for m in _YEARS_AS_MULTIPLE.finditer(s):
            noun = m.start("ev") if m.group("ev") else m.start("ev2")
            word = re.search(r"(\S+)\s+$", s[max(0, noun - 30):noun])
            if word is not None and not _TOTAL_WORD.fullmatch(word.group(1).strip(".,;:“”\"'")):
                continue  # 'Interior removals in fiscal 2018 were double …': a part whose words the multiple drops
            claim = _multiple_claim(sent, si, m, int(m.group("base")), "high",
                                    Span(off + m.start(), off + m.end(), m.group(0)),
                                    _SUBJECT_EVENTS[(m.group("ev") or m.group("ev2")).lower()])
            if claim is not None:
                out.append(claim)
    return out


# '158,581 arrests in fiscal 2018, more than double the fiscal 2016 level': a dated count, then a multiple of a year
# named by its number alone ('half' is left to the share it is read as: 'half the fiscal 2013 level')
_MULTIPLE_OF_A_NAMED_YEAR = re.compile(
    r"^(?:[^;:()\d]|(?:19|20)\d\d){0,60}?(?:,|\s[—–]|\s--)?\s+(?:or\s+|which\s+(?:is|was)\s+|(?:is|was|were)\s+)?"
    r"(?P<hedge>nearly|almost|roughly|about|around|more\s+than|over|less\s+than|under)?\s*"
    r"(?P<mult>double|twice|triple|(?P<n>two|three|four|five|\d+(?:\.\d+)?)\s+times)\s+(?:that\s+of\s+|those\s+of\s+)?"
    r"(?:(?:the\s+|its\s+)?(?:FY\s?|fiscal(?:\s+year)?\s+)(?P<base>(?:19|20)\d\d)"
    r"|(?P<rel>the\s+(?:fiscal\s+)?year\s+before|a\s+year\s+(?:earlier|before)|"
    r"(?:the|its)\s+(?:previous|prior|preceding)\s+(?:fiscal\s+)?year))(?:['’]s)?"
    r"(?:\s+(?:level|total|figure|count|number))?\s*(?:[.;,—–)]|$)", re.I)


_ANOTHER_CLAUSE_BETWEEN = re.compile(r"\b(?:and|while|but|whereas|removals|deportations|detainers|arrests|removed|"
                                     r"deported|arrested)\b", re.I)


def _multiples_of_a_named_year(sent: Span, si: int, counts: list[Claim]) -> list[Claim]:
    """A dated count said to be a multiple of an earlier year's figure that the sentence names but does not write."""
    s, off = sent.text, sent.start
    out: list[Claim] = []
    for level in counts:
        assert level.value_span is not None
        lp, end = level.period, level.value_span.end - off
        m = _MULTIPLE_OF_A_NAMED_YEAR.match(s[end:])
        if m is None or lp is None or lp.kind != "fiscal_year" or lp.fiscal_year is None \
                or (m.group("base") is not None and int(m.group("base")) >= lp.fiscal_year) \
                or any(o.value_span is not None and end <= o.value_span.start - off < end + m.end() for o in counts):
            continue
        if _ANOTHER_CLAUSE_BETWEEN.search(re.split(r"[,—–]|--", s[end:end + m.start("mult")], maxsplit=1)[-1]):
            continue  # ('158,581 arrests in fiscal 2018, and removals were double the fiscal 2016 level': another's)
        times = _times_said(m)
        if times <= 1:
            continue
        # ('… 142,356 detainers in fiscal 2017, more than double the year before': the year before the count's)
        base_fy = int(m.group("base")) if m.group("base") else lp.fiscal_year - 1
        hedge, base_end = re.sub(r"\s+", " ", (m.group("hedge") or "").lower()), end + m.end("base" if m.group("base") else "rel")
        period = Period(kind="fiscal_years", fiscal_year=lp.fiscal_year, first_fiscal_year=base_fy,
                        confidence=lp.confidence, how=f"FY{lp.fiscal_year} against fiscal {base_fy}")
        start, stop = end + m.start("mult"), end + m.end("mult")
        out.append(Claim(id="", kind="change", sentence_index=si, sentence=sent,
                         span=Span(level.value_span.start, off + base_end, s[level.value_span.start - off:base_end]),
                         subject=level.subject, subject_span=level.subject_span, value=times - 1,
                         comparator=_MULTIPLE_HEDGES.get(hedge, "eq"), unit="change",
                         value_span=Span(off + start, off + stop, s[start:stop]), precision=0.0, period=period,
                         place=level.place, event=level.event, qualifiers=list(level.qualifiers),
                         measure_confidence=level.measure_confidence, asserted_by=level.asserted_by,
                         credited_to=level.credited_to, base_subject=f"FY{base_fy}", notes=[MULTIPLE_NOTE]))
    return out


# the words that may stand before the total's noun ('ICE's administrative arrests in FY2020', 'FY2024 removals')
_TOTAL_WORD = re.compile(r"(?i:ICE|ICE['’]s|the|its|all|total|overall|annual|agency['’]s|administrative|ERO|fiscal|"
                         r"FY\s?\d{2,4}|(?:19|20)\d\d['’]?s?|in|were|was|and|but|while)")


def _multiple_claim(sent: Span, si: int, m: re.Match[str], base_fy: int, confidence: str, span: Span,
                    event: str | None) -> Claim | None:
    """The change claim a multiple of a base year states: 'were nearly double', '4.6 times' (value: the multiple
    minus one, rated as a ratio)."""
    fy = int(m.group("fy") or m.group("fy2"))
    times = _times_said(m)
    if times == 1 or base_fy >= fy:
        return None
    hedge = re.sub(r"\s+", " ", (m.group("hedge") or "").lower())
    off = sent.start
    period = Period(kind="fiscal_years", fiscal_year=fy, first_fiscal_year=base_fy, confidence=confidence,
                    how=f"fiscal {fy} against fiscal {base_fy}")
    return Claim(id="", kind="change", sentence_index=si, sentence=sent, span=span, subject=event,
                 value=times - 1, comparator=_MULTIPLE_HEDGES.get(hedge, "eq"), unit="change",
                 value_span=Span(off + m.start("mult"), off + m.end("mult"), m.group("mult")), precision=0.0,
                 period=period, event=event, qualifiers=[], measure_confidence="high", base_subject=f"FY{base_fy}",
                 notes=[MULTIPLE_NOTE])


_THAN_THE = re.compile(rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:fewer|more|less|higher|lower)\s+than\s+(?:the\s+|that\s+of\s+)?{_HEDGE}$",
                       re.I)


def align_differences(sent: Span, claims: list[Claim]) -> None:
    """'The 160,725 removals of people apprehended by Border Patrol in fiscal 2018 were about 74,000 fewer than the
    235,093 border removals of fiscal 2013': a difference between two counts of one measure is of that measure,
    whatever other agency the words between name."""
    off = sent.start
    counts = [c for c in claims if c.kind == "count" and c.value_span is not None]
    for d in claims:
        if d.kind != "change" or d.unit != "difference" or d.value_span is None:
            continue
        before = [c for c in counts if c.value_span is not None and c.value_span.end <= d.value_span.start]
        after = next((c for c in counts if c.value_span is not None and c.value_span.start >= d.value_span.end), None)
        if not before or after is None or after.value_span is None or before[-1].event != after.event \
                or d.event == after.event:
            continue
        if _THAN_THE.match(sent.text[d.value_span.end - off:after.value_span.start - off]):
            d.event, d.subject, d.qualifiers = after.event, after.subject, list(after.qualifiers)


_OR_PERCENT = re.compile(r"^[^;:()]{0,50}?(?:,\s*(?:or|that\s+is|i\.e\.,?|a\s+(?:rise|jump|gain|increase|drop|fall|decline|"
                         r"decrease)\s+of)\s+|"
                         # ('fell from 133,551 to 102,224 — roughly 23 percent', '…, roughly 11 percent')
                         r"(?P<bare>\s*(?:[—–]|--)\s*|,\s*))$", re.I)
# (never '…, 66 percent of them convicted', '… — 23 percent convicted criminals': a bare percent restates the change
# only where its clause ends)
_CLAUSE_ENDS = re.compile(r"\s*(?:percent\b|per\s+cent\b|%)?\s*(?:[.;,)—–]|--|$|\s+(?:increase|rise|jump|gain|drop|fall|"
                          r"decline|decrease|in\s+all|overall|altogether)\b)", re.I)


def restated_changes(sent: Span, claims: list[Claim]) -> None:
    """'Removals rose to 267,258 in fiscal 2019 from 256,085 a year earlier, or about 4 percent': a percentage
    set after a direction or a difference restates that change; it is not a share of anything."""
    off = sent.start
    for c in claims:
        if c.kind != "share" or c.value is None or c.value_span is None:
            continue
        before = [x for x in claims if x.span.end <= c.value_span.start and x.period is not None and (
            (x.kind == "trend" and x.endpoints) or (x.kind == "change" and x.unit == "difference"))]
        before.sort(key=lambda x: x.span.end)
        joined = _OR_PERCENT.match(sent.text[before[-1].span.end - off:c.value_span.start - off]) if before else None
        if joined is None or (joined.group("bare") is not None
                              and not _CLAUSE_ENDS.match(sent.text[c.value_span.end - off:])):
            continue
        said = before[-1]
        if any(x.value_span is not None and said.span.end <= x.value_span.start < c.value_span.start for x in claims) \
                and re.search(r",\s*and\b|;|\bof\s+(?:those|them|whom|these)\b",
                              sent.text[said.span.end - off:c.value_span.start - off]):
            continue  # '…, down from 170,590, and 81,312 of those arrested, or 71.7%, had …': it restates the 81,312
        down = said.comparator == "down" if said.kind == "trend" else (said.value or 0) < 0
        c.kind, c.unit, c.value = "change", "change", -c.value if down else c.value
        c.period, c.base_subject, c.event, c.subject = said.period, said.base_subject, said.event, said.subject
        c.qualifiers, c.measure_confidence = list(said.qualifiers), said.measure_confidence
        c.notes.append("the change before it, restated as a percentage")
        if said.period is not None and said.period.first_fiscal_year and not c.base_subject:
            c.base_subject = f"FY{said.period.first_fiscal_year}"


def _said_by_a_change(claims: list[Claim], direction: Claim, first_start: int, s: str, off: int) -> bool:
    """Whether a change claim of the sentence already says the direction: one between the same two years, or one
    written right before the counts ('Arrests rose 10 percent, from 143,470 in fiscal 2017 to 158,581 in fiscal
    2018'), which is dated by them when it read no years of its own."""
    p = direction.period
    if p is None:
        return False
    if any(c.kind == "change" and c.event == direction.event and c.period is not None
           and c.period.fiscal_year == p.fiscal_year
           and f"FY{p.first_fiscal_year}" in (c.base_subject, f"FY{c.period.first_fiscal_year}") for c in claims):
        return True  # '…, down from 409,849 in fiscal 2012, a 10 percent drop': the change of the same two years
    change = next((c for c in claims if c.kind == "change" and c.value_span is not None
                   and c.event == direction.event and sorted(c.qualifiers) == sorted(direction.qualifiers)
                   and _CHANGE_THEN_PAIR.match(s[c.value_span.end - off:first_start])), None)
    # (a period lent by an earlier sentence is not the change's own: the counts after it date it)
    own = change.period if change is not None and change.period is not None \
        and not change.period.how.endswith("(from an earlier sentence)") else None
    if change is None or (own is not None and own.fiscal_year != p.fiscal_year):
        return False
    if own is not None and own.first_fiscal_year not in (None, own.fiscal_year):
        return own.first_fiscal_year == p.first_fiscal_year  # its own two years: the same change
    change.period = Period(kind="fiscal_years", fiscal_year=p.fiscal_year, first_fiscal_year=p.first_fiscal_year,
                           confidence=p.confidence, how=f"the two counts after it: {p.how}")
    change.base_subject = f"FY{p.first_fiscal_year}"
    return True


def _direction_of(sent: Span, si: int, base: Claim, level: Claim, up: bool, start: int, end: int) -> Claim | None:
    """The trend from the base's fiscal year to the level's, when both are fiscal years of one measure."""
    bp, lp = base.period, level.period
    if base.value is None or level.value is None or bp is None or lp is None:
        return None
    if bp.kind != "fiscal_year" or lp.kind != "fiscal_year" or bp.fiscal_year is None or lp.fiscal_year is None \
            or bp.fiscal_year >= lp.fiscal_year:
        return None
    if base.event != level.event or sorted(base.qualifiers) != sorted(level.qualifiers) \
            or base.place != level.place or base.unresolved or level.unresolved:
        return None
    sure = bp.confidence == "high" and lp.confidence == "high"
    period = Period(kind="fiscal_years", fiscal_year=lp.fiscal_year, first_fiscal_year=bp.fiscal_year,
                    confidence="high" if sure else "medium", how=f"from {bp.how or bp.kind} to {lp.how or lp.kind}")
    span = Span(sent.start + start, sent.start + end, sent.text[start:end])
    # the grammar ties the two numbers to one measure: one of them read with certainty is enough
    sure_measure = "high" in (base.measure_confidence, level.measure_confidence)
    return Claim(id="", kind="trend", sentence_index=si, sentence=sent, span=span, subject=level.subject,
                 subject_span=level.subject_span, comparator="up" if up else "down", unit="direction",
                 value_span=span, period=period, place=level.place, event=level.event,
                 qualifiers=list(level.qualifiers), measure_confidence="high" if sure_measure else "medium",
                 asserted_by=level.asserted_by, credited_to=level.credited_to,
                 endpoints=[base.value or 0.0, level.value or 0.0],
                 notes=[ENDPOINTS_NOTE])
