"""Claims about lists: how many jurisdictions a named sanctuary list holds (by type and state), whether a place is
on it, and how many 287(g) agreements or agencies there are (by state, model and date).

A claim that names its list ("DHS identified", "the Justice Department's list", "CIS counts") is checked against
that list; only a claim about "sanctuary cities" that names none depends on the definition.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import us

from ice_ledger.claims.discourse import Discourse
from ice_ledger.claims.model import Claim, Period, Place, Span
from ice_ledger.claims.numbers import (
    BY_DIFFERENCE,
    FAR_BELOW_LEAD,
    MULTIPLY_VERB,
    NEGATED_BEFORE,
    NEGATED_BOUND,
    Quantity,
)
from ice_ledger.claims.periods import FROM_A_REPORTED_COUNT, MONTH, PART_OF_A_MONTH, PeriodMention
from ice_ledger.claims.places import (
    A_STATE_UNNAMED,
    NOT_THE_STATE,
    OUTSIDE_A_STATE,
    SET_ASIDE_BEFORE,
    SPEAKERS_STATE,
    US_REGIONS,
    local_area,
    state_mentions,
)
from ice_ledger.claims.research_frames import credits_a_study

LIST_NAMES: list[tuple[str, re.Pattern[str]]] = [
    ("ice_287g", re.compile(r"\b287\s*\(\s*g\s*\)", re.I)),
    ("dhs", re.compile(r"\b(?:DHS|Department of Homeland Security|Homeland Security)\b")),
    ("doj", re.compile(r"\b(?:DOJ|Justice Department|Department of Justice|Attorney General Bondi)\b")),
    ("cis", re.compile(r"\b(?:Center for Immigration Studies|CIS)\b")),
    ("ilrc", re.compile(r"\b(?:Immigrant Legal Resource Center|ILRC)\b")),
    ("fair", re.compile(r"\b(?:FAIR|Federation for American Immigration Reform)\b")),
]
_SANCTUARY = re.compile(r"\bsanctuar(?:y|ies)\b|\bnon-?cooperat\w*|\brefus\w* to cooperate\b|\bnon-?complian\w*|"
                        r"\bnot compliant\b|\bdo not hold\b[^.]{0,30}\bdetainers\b|"
                        r"\brefus\w* (?:to honor |to hold )?(?:ICE |immigration )?(?:holds|detainers)\b", re.I)
# 'a 2016 study found that 287(g) led to fear in two jurisdictions': a number inside what a study found
_A_STUDY_FOUND = re.compile(r"\b(?:stud(?:y|ies)|researchers|scholars|survey|paper|analysis|authors)\b[^.;]{0,80}"
                            r"\b(?:found|finds|showed|shows|concluded|documented|reported)\b", re.I)
# 'He examined the onset of sanctuary policies in 140 counties': the places a study looked at
_STUDIED_IN = re.compile(r"\b(?:examined|studied|analy[sz]ed|looked\s+at|surveyed|tracked)\b[^.;]{0,60}\b(?:in|across)\s+$",
                         re.I)
STUDY_PLACES_NOTE = "a number in a study's finding: the places it studied, perhaps"
_TYPE_AFTER = re.compile(
    r"^\s*(?:\)\s*)?(?:(?i:new|active|signed|more|local|so-called|sanctuary|non-?cooperative|uncooperative|non-?compliant|entire|whole|full|individual|separate|participating|current|existing|approved|law[- ]enforcement|other|county,?|city,?|and state|"
    r"(?:state|nation|country|list)['’]s|"
    r"287\s*\(\s*g\s*\)|task[- ]force|jail[- ]enforcement|warrant[- ]service(?:[- ]officers?)?|models?|TFM|JEM|WSO|"
    r")\s+|[“\"']|(?:[A-Z][a-z]+\s){1,2}|(?-i:[A-Z]{2,5})['’]?s?\s)*"
    r"(?i:((?:cities|counties|states)(?:,\s*(?:cities|counties|states))*,?\s+(?:and|or)\s+(?:cities|counties|states)|"
    r"counties|county|cities|city|states|state|jurisdictions|localities|"
    r"agencies|agreements|sheriffs?|(?:sheriff'?s?'?\s)?offices|partners|programs|sanctuary cities|places|entries))\b"
    r"(?!['’]s\b)")  # ('ten of the Cornhusker State's counties': a possessive names a place, not what is counted)
_TYPE_BEFORE = re.compile(r"\b(counties|cities|states|jurisdictions|localities)\b[^.()]{0,30}\(\s*$", re.I)
# 'the number of 287(g) agreements reached 832', 'entries on the list totaled 605'
_NOUN_REACHED = re.compile(r"\b(agreements|agencies|partners|jurisdictions|counties|cities|localities|entries)\b[^.;,\d]{0,25}?"
                          r"\b(?:reached|totaled|totalled|stood\s+at|hit|topped|numbered|came\s+to|climbed\s+to|rose\s+to|"
                          r"grew\s+to|swelled\s+to)\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+|roughly\s+|some\s+)?$",
                          re.I)
# 'agreements have grown from 135 in January to more than 460': the noun whose number moved, then its two ends
_MOVED_FROM_TO = re.compile(r"\b(agreements|agencies|partners|partnerships|jurisdictions|counties|cities|localities)"
                            r"\s+(?:have|has|had)?\s*(?:grown|risen|rose|grew|increased|climbed|jumped|soared|"
                            r"swelled|fallen|fell|dropped|declined|went|gone|expanded|shrank|shrunk)\s+from\s+(?:about\s+|roughly\s+|just\s+)?"
                            r"(?:\d[\d,]*(?:\s+[\w.-]+){0,4}?\s+to\s+(?:about\s+|nearly\s+|roughly\s+|more than\s+|over\s+)?)?$",
                            re.I)
# a list of kinds ('cities, counties and states', 'cities and counties') counts every entry: "total" by default
_TYPE_WORD = {"counties": "counties", "county": "counties", "cities": "cities", "city": "cities",
              "states": "states", "state": "states", "jurisdictions": "total", "localities": "total",
              "sanctuary cities": "cities", "places": "total", "agencies": "agencies", "agreements": "agreements",
              "sheriff": "agencies", "sheriffs": "agencies", "offices": "agencies", "partners": "agencies",
              "programs": "agreements", "entries": "total"}
MODELS = {"task_force": re.compile(r"\btask[- ]force\b|\bTFM\b", re.I),
          "jail_enforcement": re.compile(r"\bjail[- ]enforcement\b|\bJEM\b", re.I),
          "warrant_service_officer": re.compile(r"\bwarrant[- ]service\b|\bWSO\b", re.I)}
_SHARE_OF = re.compile(r"\s+of (?:all )?(?:the )?(?:(?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s?\s+(?P<whole>\d[\d,]*)\s+)?"
                       # ("of the nation's counties", 'of U.S. counties')
                       r"(?:(?:nation|country)['’]s\s+|U\.S\.\s+|American\s+)?"
                       r"(counties|states)\b(?: in the (?:country|nation|United States|U\.S\.))?", re.I)
# 'But Fairfax County and Richmond City are.': places and a bare copula, the predicate left to the sentence before
_ELLIPTICAL = re.compile(r"^\s*(?:(?:But|And|Yet|So),?\s+)?(.+?)\s+(?:are|is|were|was)(?:\s+(?:too|also|as well))?\s*[.!]?\s*$")
# a state that is the subject of a list verb: 'Minnesota self-identified as', 'California is listed'
_STATE_MEMBER_VERB = re.compile(r"\s+(?:(?:is|was|were|has been)\s+(?:not\s+)?)?(?:self-identified|identified|listed|"
                                r"included|named|designated|on (?:the|its|that) (?:[\w'’-]+ ){0,3}list)\b", re.I)
_CHANGED = re.compile(r"\b(?:strengthen|adopt|pass|enact|expand|limit|join)\w*", re.I)
_AGREEMENT_VERB = re.compile(r"\b(?:has|have|signed|under|holds?|with) (?:an? |its )?(?:\w+ )?287\s*\(\s*g\s*\)|"
                             r"\b287\s*\(\s*g\s*\) (?:agreement|partner|program)", re.I)
_LEADING_WORD = re.compile(r"^(?:(?:The|But|And|In|Of|For|At|On|As|While|Both|Neither|Nor|Even|Only)\s+)+")
_MEMBER_VERB = re.compile(r"\b(?:on (?:the|its|that|DHS'?s?) (?:[\w'’-]+ ){0,3}list|listed|identified|included|named|among|"
                          r"designated|labell?ed)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|n't|absent|left off|excluded|missing|no longer)\b", re.I)
_PLACE_NAME = re.compile(r"\b((?:[A-Z][a-z]+\s){1,3})(County|City)\b|\bCity of ([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")
_STATE_NAMES = sorted((s.name for s in us.states.STATES_AND_TERRITORIES), key=len, reverse=True)
_STATE_RE = re.compile(r"\b(" + "|".join(re.escape(n) for n in _STATE_NAMES) + r")\b")
# 'Illinois lawmakers push back on DHS list naming 96 counties': a state named for its people may still be the place
_PEOPLE_OF_A_STATE = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in _STATE_NAMES) + r")\s+(?:Republicans?|Democrats?|"
                                r"GOP|lawmakers?|legislators?|officials?|leaders?|sheriffs?|senators?|residents|"
                                r"congress(?:man|woman|members?)|governor|delegation|Gov\.|Sen\.|Rep\.|"
                                r"Attorney\s+General)(?!\w)|\b(?:congress(?:man|woman)|senator|lawmaker|representative|"
                                r"governor)\s+(?:from|of)\s+(?:" + "|".join(re.escape(n) for n in _STATE_NAMES) + r")\b")
# 'The state had six jurisdictions on the list', 'It also had six': a place named before, which this sentence does not say
_A_PLACE_PRONOUN = re.compile(r"^\W*(?:(?:the|that|this)\s+(?:state|county|city)|it|its)\b", re.I)
# 'Colorado and California together account for 166': a count of two states at once, neither one's
_TWO_STATES = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in _STATE_NAMES) + r")\s*,?\s+(?:and|&|plus)\s+(?:"
                         + "|".join(re.escape(n) for n in _STATE_NAMES) + r")\b[^.;,]{0,50}$")


_LIST_PATTERN = dict(LIST_NAMES)


def list_name_in(text: str) -> str | None:
    for name, pat in LIST_NAMES:
        if pat.search(text):
            return name
    return None


def article_list(text: str) -> str | None:
    """The sanctuary list an article is about, when it names exactly one (a count in it then refers to that list)."""
    named = {name for name, pat in LIST_NAMES if name != "ice_287g" and pat.search(text)}
    return named.pop() if len(named) == 1 else None


# a state's name that begins a county's or parish's name ('Washington County', 'Iowa Co.') is not the state
_A_PLACE_NAME = re.compile(r"\s+(?:(?:County|Counties|Parish|Parishes|Township)\b|Co\.)")
_STATE_AFTER = re.compile(r"^\s+(?:(?!(?:and|or|but|while)\b)[A-Za-z()’'-]+\s+){0,3}?(?:in|from|for)\s+(?:the\s+state\s+of\s+)?(" +
                          "|".join(re.escape(n) for n in _STATE_NAMES) + r")\b")


# the AP style's state abbreviations, read only right after a place's name ('Clark County, Wash.')
_AP_STATES = {"Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE",
              "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD",
              "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE",
              "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND",
              "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
              "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY"}
_AP_STATE = re.compile(r"^,\s*(" + "|".join(re.escape(k) for k in sorted(_AP_STATES, key=len, reverse=True)) + r")")


def _state_near(s: str, start: int, end: int, around: bool = False) -> str | None:
    """The state a count is about: named within a few words of the number ('seven North Dakota counties'); with
    `around`, only outside the span (a place's own name: 'Washington County' names no state)."""
    # ('a congressman from Florida said …': where a person is from; blanked, so offsets stay)
    # ('the list covered 36 states plus the District of Columbia, and 200 were cities': where the list reaches)
    s = _STATE_RE.sub(lambda m: " " * len(m.group(0)) if SPEAKERS_STATE.search(s[max(0, m.start() - 50):m.start()])
                      or SET_ASIDE_BEFORE.search(s[max(0, m.start() - 25):m.start()])
                      or _IN_STATES_LIST.search(s[max(0, m.start() - 30):m.start()])
                      or (_LIST_REACHES.search(s[max(0, m.start() - 50):m.start()])
                          and _NEW_CLAUSE.search(s[m.end():start]))
                      or _EXAMPLES_BEFORE.search(s[max(0, m.start() - 60):m.start()])
                      or (_COMPARED_STATE_BEFORE.search(s[max(0, m.start() - 30):m.start()])
                          and not _OWN_FIGURE_AFTER.match(s[m.end():])) else m.group(0), s)
    after = s[end:end + 60]
    if around and (ap := _AP_STATE.match(after)) is not None:
        return _AP_STATES[ap.group(1)]  # 'Clark County, Wash.': the AP style's abbreviation, right after the name
    if around and (full := re.match(r",\s*(" + "|".join(re.escape(n) for n in _STATE_NAMES) + r")\b", after)):
        st = us.states.lookup(full.group(1))  # 'Clark County, Nevada': the state written right after the name
        if st is not None:
            return st.abbr
    # 'More than 400 ..., and Florida alone has ...'; a count's own phrase ends at a comma, a dash, 'than' or
    # 'except' ('13 cities — more than any other state except California'; 'Of the 605 entries, California had')
    # ('570 agreements as Florida leads': a new clause with its own subject)
    clause = re.search(r",\s+(?:and|but|while|whereas)\b|;" if around else r",|;|\s[—–]\s?|\s-\s|\(|\b(?:than|except)\b|"
                       r"\b(?:as|while|whereas|although|though)\s+(?=[A-Z])", after)
    after = after[:clause.start()] if clause else after
    if not around and (code := _POSTAL_OWN.match(s[start:end] + after)) is not None and code.group(1) != "US" \
            and us.states.lookup(code.group(1)) is not None:
        return code.group(1)  # 'Four NC counties on DHS list': a headline's postal code
    if not around:
        # '118 Texas agreements and 31 in Georgia': the state written after the number, in its own phrase, is its own
        own = _STATE_AFTER.match(after)
        if own is not None and not _A_PLACE_NAME.match(after[own.end():]) and not NOT_THE_STATE.match(after[own.end():]):
            st = us.states.lookup(own.group(1))
            return st.abbr if st else None
    window = s[max(0, start - 40):start] + " | " + after if around else s[max(0, start - 40):end] + after
    # '605 jurisdictions in 36 states and the District of Columbia': a state in a count of states is not the place;
    # 'Washington County' names a county, not the state
    found = [x for x in _STATE_RE.finditer(window) if not _IN_STATES_LIST.search(window[:x.start()])
             and not _A_PLACE_NAME.match(window[x.end():]) and not NOT_THE_STATE.match(window[x.end():])]
    if not found:
        return None
    # 'seven North Dakota counties': a state inside the count's own words is its own; 'Oregon had 20 and New Mexico
    # had 25 entries': of the states before the number, the nearest is its own
    at = start - max(0, start - 40)
    own_words = [x for x in found if at <= x.start() and x.end() <= at + (end - start)] if not around else []
    before = [x for x in found if x.end() <= at]
    m = own_words[0] if own_words else before[-1] if before and not around else found[0]
    st = us.states.lookup(m.group(1))
    return st.abbr if st else None


# 'Illinois had 104 entries, second only to California, and 96 of them were counties': a state compared with is not
# the count's place (unless its own figure follows: 'second only to Florida's 255')
_COMPARED_STATE_BEFORE = re.compile(r"\b(?:(?:second|third|next)\s+only\s+to|behind|trailing|ahead\s+of|fewer\s+than|"
                                    r"more\s+than|less\s+than|unlike|compared\s+(?:with|to)|outpaced\s+by|"
                                    r"surpassed\s+by)\s+(?:only\s+)?$", re.I)
_OWN_FIGURE_AFTER = re.compile(r"['’]s?\b|\s*(?:\(|,?\s+(?:with|at|which\s+had|at\s+about)\s+)\d|,?\s+(?:whose|which|where)\b")


COUNTY_COUNT_NOTE = "a county's own count"
_COUNTY_SUBJECT = re.compile(r"\b((?:[A-Z][a-z]+\s){1,3}(?:County|Parish))\s*,\s*(" + "|".join(re.escape(n) for n in _STATE_NAMES)
                             + r")\s*,?\s+(?:(?:now|also|still|currently|only)\s+)?(?:has|had|have|holds?|held|signed|"
                             r"operates?|runs?)\s+(?:(?:about|nearly|just|only|more\s+than|at\s+least)\s+)?$")


def _nearest_state_before(s: str, at: int) -> str | None:
    """Of the states a sentence names as places, the last one before a count: the one its clause is about."""
    before = [m for m in state_mentions(s) if m.end() <= at
              and not (_COMPARED_STATE_BEFORE.search(s[max(0, m.start() - 30):m.start()])
                       and not _OWN_FIGURE_AFTER.match(s[m.end():]))]
    st = us.states.lookup(before[-1].group(1)) if before else None
    return st.abbr if st else None


def list_claims(sent: Span, si: int, ctx: Discourse, quantities: list[Quantity], periods: list[PeriodMention],
                place: Place | None) -> list[Claim]:
    """Counts of list members and list memberships in one sentence. A sentence naming a sanctuary list and ICE's
    287(g) list ('Georgia had 31 287(g) agreements and six entries on the DHS list') counts each number on the list
    named nearest to it."""
    s = sent.text
    names = [name for name, pat in LIST_NAMES if pat.search(s)]
    if "ice_287g" not in names or len(names) < 2:
        return _list_claims(sent, si, ctx, quantities, periods, place)
    first = names[0]  # the list the sentence is read for (list_name_in's)
    second = next(n for n in names if n != first and (first == "ice_287g" or n == "ice_287g"))
    by_list = {second: _list_claims(sent, si, ctx, quantities, periods, place, second)}
    default = by_list[first] = _list_claims(sent, si, ctx, quantities, periods, place)  # last: its context stays
    mentions = sorted((m.start(), name) for name, pat in LIST_NAMES for m in pat.finditer(s))
    out = [c for c in default if c.value_span is None]  # memberships and ranks: the sentence's first list's
    numbers = {(c.value_span.start, c.kind) for cs in by_list.values() for c in cs if c.value_span is not None}
    for start, kind in sorted(numbers):
        own = _nearest_list(s, start - sent.start, mentions)
        pool = by_list.get(own, default) if own is not None else default
        c = next((x for x in pool if x.value_span is not None and (x.value_span.start, x.kind) == (start, kind)), None)
        if c is not None:  # (a number its own list's reading left out is left out)
            out.append(c)
    return out


def _nearest_list(s: str, at: int, mentions: list[tuple[int, str]]) -> str | None:
    """The list named nearest a number within its clause ('31 287(g) agreements … and six entries on the DHS list')."""
    start = at - len(_clause_before(s, at))
    end_m = re.search(r"[;:]|,\s+(?:and|but|while|whereas)\b|\s+and\s+(?:\w+\s+){0,3}?\d", s[at + 1:])
    end = at + 1 + end_m.start() if end_m else len(s)
    inside = [(abs(pos - at), name) for pos, name in mentions if start <= pos < end]
    return min(inside)[1] if inside else None


# 'Some activists say …', 'Critics claim …', 'Others put it at …': a generic new speaker, not the list named before
_OTHERS_SAY = re.compile(r"\b(?:(?:some|many|other|several|most)\s+(?:\w+\s+)?(?:activists|advocates|critics|opponents|"
                         r"supporters|commentators|politicians|officials|lawmakers|pundits|groups|people|observers)|"
                         r"critics|opponents|supporters|others|pundits|commentators)\s+(?:\w+\s+){0,2}?(?:say|said|"
                         r"claim|claimed|argue|argued|insist|insisted|contend|contended|assert|asserted|put|estimate|"
                         r"estimated|maintain|maintained)\b", re.I)


def _list_claims(sent: Span, si: int, ctx: Discourse, quantities: list[Quantity], periods: list[PeriodMention],
                 place: Place | None, force: str | None = None) -> list[Claim]:
    """The counts and memberships of one sentence, of the list it names (or `force`, of that list)."""
    s = sent.text
    named = force or list_name_in(s)
    sanctuary = _SANCTUARY.search(s) is not None
    inherited = False
    earlier = ctx.list_name or (ctx.article_list if sanctuary else None)
    if earlier == "ice_287g" and ctx.article_list and re.search(r"\b(?:on|off|from) (?:the|that) list\b", s, re.I):
        earlier = ctx.article_list  # 'on the list' in an article about a sanctuary list is that list, not 287(g)
    elif earlier == "ice_287g" and ctx.article_list not in (None, "ice_287g") \
            and re.search(r"\b(?:the|that)\s+(?:federal\s+)?(?:sanctuary\s+)?list\b", s, re.I) \
            and not re.search(r"287\(?g\)?|\bagreements?\b|\btask[- ]force\b|\bwarrant service\b|\bjail enforcement\b",
                              s, re.I):
        earlier = ctx.article_list  # 'the list included 12 Nebraska counties', in an article about the DHS list
    if earlier == "ice_287g" and sanctuary and not re.search(r"287\(?g\)?|\bagreements?\b", s, re.I):
        # 'The White House has claimed there are more than 500 sanctuary jurisdictions', after a sentence on 287(g):
        # sanctuary places are not on the 287(g) list
        earlier = ctx.article_list if ctx.article_list != "ice_287g" else None
    if named is None and sanctuary and _OTHERS_SAY.search(s):
        # 'Some activists now say there are more than 500 sanctuary cities', after a sentence on ILRC's count: others'
        # figure, of no list the sentence names
        earlier = None
    model_named = any(pat.search(s) for pat in MODELS.values())
    if named is None and earlier not in (None, "ice_287g") and not sanctuary \
            and (model_named or re.search(r"\bagreements\b", s)):
        earlier = "ice_287g"  # 'Nationally, 571 agreements were on ICE's list': only the 287(g) list holds agreements
    if named is None and earlier is not None and (
            sanctuary or re.search(r"\b(?:list|entries|these agencies|those agencies|the agreements)\b", s, re.I)
            or _LIST_ANAPHORA.match(s)
            or (earlier == "ice_287g" and (model_named or re.search(r"\bagreements\b|\bsigned (?:on|up)\b", s)))):
        named, inherited = earlier, True  # the list an earlier sentence (or the article) named
    elliptical = _ELLIPTICAL.match(s) if earlier is not None and named is None else None
    if elliptical is not None and _PLACE_NAME.search(elliptical.group(1)):
        # 'So, Loudoun might not be on the list. But Fairfax County and Richmond City are.': the earlier
        # sentence's predicate, asserted unless this one negates it
        named, inherited = earlier, True
    if named is None and not sanctuary:
        return []
    if named is not None:
        ctx.list_name = named
    named_models = sorted(k for k, pat in MODELS.items() if pat.search(s))
    if named_models:
        ctx.list_models = named_models
    event = "agreement_287g" if named == "ice_287g" else "sanctuary_list"
    period = _list_period(periods, ctx)
    mentions = sorted((m.start(), name) for name, pat in LIST_NAMES if name != "ice_287g" for m in pat.finditer(s)) \
        if event == "sanctuary_list" else []
    every_list = sorted((m.start(), name) for name, pat in LIST_NAMES for m in pat.finditer(s))
    beside_an_area = local_area(s, ctx.cities) is not None  # a region, city or set-aside state: read once
    out: list[Claim] = []
    for q in quantities:
        whole = _SHARE_OF.match(s[q.end:q.end + 60]) if q.is_share else None
        if whole is not None and _ON_THE_LIST.match(s[q.end + whole.end():q.end + whole.end() + 40]):
            continue  # 'About 40 percent of the counties on the DHS list have …': a share of the listed places
        if whole is not None and (event == "sanctuary_list" or whole.group("whole")):
            # 'nearly a quarter of the counties in the country', '25% of Texas' 254 counties'
            stated = float(whole.group("whole").replace(",", "")) if whole.group("whole") else None
            out.append(Claim(id="", kind="list_share", sentence_index=si, sentence=sent,
                             span=Span(sent.start + q.start, sent.start + q.end + whole.end(), q.text + whole.group(0)),
                             subject=event, value=q.value, comparator=q.comparator, unit="share",
                             value_span=Span(sent.start + q.start, sent.start + q.end, q.text), precision=q.precision,
                             period=period, place=place, event=event, qualifiers=[whole.group(2).lower()],
                             measure_confidence="high" if named and not inherited else "medium", list_name=named,
                             denominator=stated))
            continue
        if q.is_share and event == "agreement_287g":
            growth = _list_change(sent, si, q, periods, ctx, place, named, inherited)
            if growth is not None:  # 'agreements have more than tripled since January'
                out.append(growth)
            continue
        if q.is_share or (q.value == 1 and q.from_words):  # 'one county that is not on the list' names one place
            continue
        if _NO_PLACE_MORE_THAN.search(s[max(0, q.start - 80):q.start]):
            continue  # 'No state has more than 112 entries': a bound every state is under, not the list's count
        if event == "sanctuary_list" and _MOVED_OFF.search(s[max(0, q.start - 40):q.start]):
            continue  # 'DOJ dropped more than 550 jurisdictions from the DHS list': how many left, not how many listed
        if BY_DIFFERENCE.search(s[max(0, q.start - 90):q.start]):
            # 'the list grew by 182 agreements': how many the list gained, not how many it holds
            if event == "agreement_287g" and (grown := _list_change(sent, si, q, periods, ctx, place, named,
                                                                    inherited)) is not None:
                out.append(replace(grown, unit="difference"))
            continue
        if _SURVEYED.search(s[max(0, q.start - 60):q.start]) or _INSTRUMENT_COVERS.search(s[max(0, q.start - 80):q.start]):
            continue  # 'the map tracks the policies of 3,000 counties': the places looked at, not the list's members
        if _UNIVERSE.match(s[q.end:q.end + 60]) and re.search(r"\bof\s+(?:the\s+|all\s+)?$", s[max(0, q.start - 12):q.start],
                                                              re.I):
            continue  # 'of the roughly 3,000 counties nationwide': all the country's counties, not a list's
        if q.from_words and q.value <= 12 and re.search(r"\b(?:the|these|those|both)\s+$", s[max(0, q.start - 8):q.start],
                                                         re.I):
            continue  # 'questions about the two counties': places named before, not a count
        if re.match(r"\s+(?:more\s+)?other\b", s[q.end:q.end + 12], re.I) and re.search(
                r"\band\s+(?:(?:about|nearly|some|roughly|almost|more than)\s+)?$", s[max(0, q.start - 30):q.start], re.I):
            continue  # 'Hennepin and 19 other counties': the count leaves out the places named before it
        if OUTSIDE_A_STATE.search(s[:q.start]) and not re.search(r"[;.]", s[:q.start]):
            continue  # 'Everywhere but Washington, the list had 564 entries': the nation less a state, not a count held
        if re.search(r"\ball\s+but\s+$", s[max(0, q.start - 10):q.start], re.I):
            continue  # 'all but four of Washington's 39 counties': the ones left out, not a count of the list
        if _AN_AVERAGE.search(s[max(0, q.start - 30):q.start]) or _PER_PLACE.match(s[q.end:q.end + 40]):
            continue  # 'an average of about 17 jurisdictions per state': a ratio, not a count of the list
        if _THAN_ALL_BUT.search(s[max(0, q.start - 80):q.start]):
            continue  # 'more entries than all but two states': a rank, not a count of the list
        if _SAME_NAME.match(s[q.end:q.end + 60]):
            continue  # 'two Ramsey Counties', 'five counties named Franklin': places of one name, not the list's count
        if event == "sanctuary_list" and _A_WHOLE_BEFORE.search(s[max(0, q.start - 40):q.start]) \
                and _PLACES_OF_A_STATE.match(s[q.end:q.end + 60]):
            continue  # '35 of its 39 counties', 'of Oregon's 36 counties': how many the state has, not how many listed
        if event == "sanctuary_list" and re.match(r"\s+states\b", s[q.end:q.end + 10]) \
                and _PLACE_NAME.search(_clause_before(s, q.start)):
            continue  # 'Washington County appeared on the list in three states': where one name appears
        if event == "agreement_287g" and sanctuary and _list_in_clause(s, q.start, every_list) not in (None, "ice_287g"):
            continue  # 'DHS published a list of sanctuary jurisdictions with 605 entries ... 287(g)': not a 287(g) count
        kind = _column_for(q, s, out[-1].qualifiers[0] if out and out[-1].qualifiers else None, event)
        part_of = _OF_WHOLE.match(s[q.end:q.end + 40]) is not None  # '255 of the nation's 571 agreements'
        if kind is None:
            continue
        column, type_end = kind
        own_dates = [p for p in periods if not _anothers_date(s, q, p)  # 'up from 86 in mid-May': 86's, not 102's
                     and not _A_DOCUMENTS_DATE.match(s[p.end:p.end + 40])  # 'an April 28 executive order'
                     and not _DOCUMENT_DATED.search(s[max(0, p.start - 60):p.start])]  # 'an order signed April 28'

        models = _models_of(q, s, quantities)
        if not models and out and re.match(r"\s+of\s+(?:them|these|those)\b", s[q.end:q.end + 12], re.I):
            models = [m for m in out[-1].qualifiers if m in MODELS]  # '... and Florida alone has 237 of them'
        if not models and inherited and re.search(r"\b(?:these|those|such) (?:agencies|agreements)\b", s, re.I):
            models = list(ctx.list_models)  # 'These agencies operate in 23 states': the model named before
        # '13 states: California, ...' names no one state; 'of the nation's 571' is the national whole
        of_the = _WHOLE_BEFORE.search(s[max(0, q.start - 40):q.start]) or _SHARE_OF_A_WHOLE.search(s[max(0, q.start - 40):q.start])
        list_whole = _LIST_WHOLE_CLAUSE.search(s[max(0, q.start - 160):q.start]) is not None \
            and _STATE_RE.search(s[q.end:type_end] + re.split(r"[,;]", s[type_end:type_end + 40])[0]) is None
        # ('the list's 16 Pennsylvania entries': a state between the number and its noun narrows the list's whole)
        national = column == "states" or column.startswith("member_states") \
            or (_NATIONAL_BEFORE.search(s[max(0, q.start - 25):q.start]) is not None
                and _STATE_RE.search(s[q.end:type_end]) is None) or list_whole \
            or (not part_of and _NATIONAL_AFTER.match(s[type_end:type_end + 30]) is not None) \
            or (of_the is not None and not of_the.groupdict().get("poss")
                and (any(c.kind == "list_count" for c in out) or not of_the.group(0)[:1].isdigit()))
        state = _state_near(s, q.start, type_end) if not national else None
        if state is None and re.match(r"\s+of\s+(?:the\s+)?list['’]s\b", s[q.end:q.end + 20]):
            national = True  # '…, and 199 of the list's 605 entries were cities': a part of the whole list
        if state is None and not national and place is not None and place.level == "state":
            nearest = _nearest_state_before(s, q.start)  # 'Pennsylvania 27, … a state that also has 16 jurisdictions'
            state = nearest if nearest != place.code else None
        if state is None and _THE_STATES_OWN.search(s[max(0, q.start - 40):q.start]):
            # "The state's 22 DHS entries are more than Pennsylvania's 16": a state named before, not the one after
            national, place_here = False, None
        else:
            place_here = place
        where = Place("state", state, code=state) if state else \
            (place_here if not national and not _later_clause(place_here, sent, q) and not _reached(place_here, sent, q)
             else None)
        if state is None and not national and out and out[-1].place is not None and out[-1].place.level == "state" \
                and re.match(r"\s+of\s+(?:them|these|those|its|their|the\s+state['’]s)\b", s[q.end:q.end + 24], re.I):
            # 'Pennsylvania had 16 entries on the DHS list; 11 of them were counties' (and never the state compared
            # with in between: 'Illinois had 104, second only to California, and 96 of them were counties')
            where = out[-1].place
        county_count = False
        county = _COUNTY_SUBJECT.search(s[max(0, q.start - 90):q.start]) if not national else None
        if county is not None:  # 'Dakota County, Nebraska, has three 287(g) agreements': the county's own count
            st = us.states.lookup(county.group(2))
            where = Place("county", county.group(1).strip(), code=st.abbr if st else None)
            county_count = True
        two_states = state is not None and _TWO_STATES.search(s[max(0, q.start - 90):q.start]) is not None
        if two_states:
            where = None
        # the whole a part is of ('a third of the 829 agreements', 'Of the 605 entries, California had 112'): the
        # nation's, or the place's; not certain enough to call false
        leading = _LEADING_WHOLE.search(s[:q.start]) is not None
        whole_unsure = (of_the is not None and not of_the.groupdict().get("poss")) or (state is None and leading)
        if state is None and leading:
            where = None
        comparator, said_from = q.comparator, q.start
        denied = NEGATED_BEFORE.search(s, max(0, q.start - 40), q.start) \
            if comparator in NEGATED_BOUND and not FAR_BELOW_LEAD.match(q.text) else None
        if denied is not None:  # 'DHS's list never named more than 300 counties': at most 300, said so
            comparator, said_from = NEGATED_BOUND[comparator], denied.start()
        c = Claim(id="", kind="list_count", sentence_index=si, sentence=sent,
                  span=Span(sent.start + q.start, sent.start + q.end, q.text),
                  subject=event, value=q.value, value_high=q.high, comparator=comparator, unit="count",
                  value_span=Span(sent.start + said_from, sent.start + q.end, s[said_from:q.end]), precision=q.precision,
                  period=(_years_after(q, periods, ctx, s) if event == "agreement_287g" else None)
                  or _own_list_period(q, s, own_dates, ctx) or _list_period(own_dates, ctx),
                  place=where, event=event, qualifiers=[column, *models],
                  measure_confidence="high" if named and not inherited else "medium", list_name=named)
        if two_states:
            c.measure_confidence = "medium"
            c.notes.append("a count of two states together")
        if county_count:
            c.notes.append(COUNTY_COUNT_NOTE)
        if credits_a_study(s) or _A_STUDY_FOUND.search(s[:q.start]) or _STUDIED_IN.search(s[:q.start]):
            # 'Gill and Nguyen found fear in two North Carolina jurisdictions': the places a study looked at
            c.measure_confidence = "medium"
            c.notes.append(STUDY_PLACES_NOTE)
        if where is None and not national and (_PEOPLE_OF_A_STATE.search(s) or _A_PLACE_PRONOUN.match(s)
                                               or A_STATE_UNNAMED.search(s)):
            c.measure_confidence = "medium"
            c.notes.append("a state named for its people: the count may be that state's")
        if whole_unsure:
            c.measure_confidence = "medium"
            c.notes.append("the whole of a part: the nation's or the place's")
        if beside_an_area:
            # 'In the Bay Area, six counties made the list, among 48 California counties': the area's count, maybe
            c.measure_confidence = "medium"
            c.notes.append("a region, metro area or city beside the count: it may be that area's, or a state's outside it")
        if c.period is not None and c.period.how == "the article date" and ctx.article_date is not None \
                and c.list_name not in _UNHELD_LISTS and any(
                p.period.kind in ("calendar_year", "fiscal_year") and p.period.fiscal_year
                and p.period.fiscal_year < ctx.article_date.year for p in periods):
            # 'as the Justice Department tried in 2017, when it warned 29 jurisdictions': the count may be of then
            c.measure_confidence = "medium"
            c.notes.append("the sentence names an earlier year: the count may be of that year, not of the article date")
        if len([p for p in periods if not p.administration]) >= 2 and _own_list_period(q, s, periods, ctx) is None \
                and c.list_name not in _UNHELD_LISTS \
                and (event != "agreement_287g" or _years_after(q, periods, ctx, s) is None):
            # 'CIS counted about 300 in 2016 and 340 in October 2015': which of the sentence's dates is this count's
            # is not certain
            c.measure_confidence = "medium"
            c.notes.append("the sentence names several periods; which is this count's is not certain")
        if event == "agreement_287g" and (_SANCTUARY.search(s) or any(
                pat.search(s) for name, pat in LIST_NAMES if name != "ice_287g")):
            # 'Georgia's 287(g) count climbs as DHS names four counties on its sanctuary list': which list a count is
            # of is not certain
            c.measure_confidence = "medium"
            c.notes.append("the sentence names a sanctuary list beside 287(g)")
        if len({n for _, n in mentions}) > 1:
            # 'The Justice Department named 13 states in August, while DHS named 14 in May': each count is of the list
            # named in its own clause; with none there, of neither for certain
            mine = _counted_after(s, q, mentions) or _list_in_clause(s, q.start, mentions)
            if mine is not None:
                c.list_name = mine
            else:
                c.measure_confidence = "medium"
        if c.list_name in _UNHELD_LISTS and not inherited and not _counted_by_list(s, q, c.list_name):
            c.measure_confidence = "medium"  # 'FAIR says 17 states have ...': a count of the world, FAIR's words
            c.notes.append("a count of the world that the sentence attributes to the list's publisher")
        if column.startswith("member_states") and out and "in_some_states" in out[-1].qualifiers:
            c.qualifiers.append("in_some_states")  # '… are counties in just three states': where that part is
            c.notes.extend(n for n in out[-1].notes if n.startswith("counted in some states only: "))
        elif not column.startswith("member_states") \
                and (few := _IN_SOME_STATES.match(s[type_end:type_end + 50])) is not None \
                and (part_of or re.search(r"\b(?:just|only)\b", few.group("where"), re.I)):
            # 'More than 200 of the jurisdictions on the list are counties in just three states': a part in states it
            # leaves unnamed, not the list's count of that kind
            c.qualifiers.append("in_some_states")
            c.notes.append(f"counted in some states only: '{few.group('where')}'")
        if event == "agreement_287g" and _REQUESTED.search(s[max(0, q.start - 60):q.end + 80]):
            c.qualifiers.append("requested")  # '92 agencies had 287(g) requests pending': not signed agreements
        if _signed_within(s, q) and not _as_of_a_span(c.period, sent) \
                and not _LEVEL_REACHED.search(s[max(0, q.start - 80):q.start]):
            c.notes.append("signed within the period")
        if event == "sanctuary_list" and _quoted(s, q.start) and (inherited or _A_QUOTED_CLAIM.match(
                s[q.end:q.end + 60])):
            # 'the candidate said there are "at least 500 sanctuary cities"': a speaker's count of the world, not of
            # the list the article is about, so it is read against every list
            c.list_name, c.measure_confidence = None, "medium"
            c.notes.append("a quoted count that names no list")
        if event == "sanctuary_list" and _CHANGED.search(_clause_around(s, q)):
            # ('735 counties do not hold people on detainers, and 410 localities strengthened policies': the 410's)
            c.measure_confidence = "medium"  # adopted or strengthened policies: not a count of a list's members
            c.notes.append("the sentence may count places that changed their policy, not a list's members")
            c.qualifiers.append("policy_changed")
        if event == "agreement_287g" and _MOVED_OFF.search(s[max(0, q.start - 40):q.start]) and not (
                c.period is not None and c.period.start and c.period.start != c.period.end):
            continue  # 'ICE added 261 agreements after May 16': a gain with no span to measure it over, not a total
        each = _EACH_PLACES_COUNT.search(s[max(0, q.start - 50):q.start])
        if each is not None and (q.comparator != "eq" or "each" in each.group(0).lower()
                                 or re.match(r"(?:exactly|only|just)\b", q.text, re.I)
                                 or re.match(r"\s+[\w()-]+\s+each\b", s[q.end:q.end + 25], re.I)):
            # 'three states have exactly two entries': each such place's own count, not the list's ('New England
            # states had 46 entries' is the region's)
            continue
        if _NARROWED_AFTER.match(s[type_end:type_end + 120]):
            c.measure_confidence = "medium"  # places with something in common
            c.notes.append("the count is narrowed by what its places have in common")
        if _HEARSAY_BEFORE.search(s[max(0, q.start - 40):q.start]):
            c.measure_confidence = "medium"
            c.notes.append("a figure others use, named to be answered")
        if re.search(r"\?\s*[”\"’']?\s*$", s):
            c.polarity = "questioned"  # 'Does the DHS list show 500 sanctuary cities?': asked, not asserted
        elif _TO_COME.search(_clause_before(s, q.start)):
            c.polarity = "hypothetical"  # 'DHS said it would issue a list with more than 600': a list to come
        out.append(c)
    if named is not None and event == "sanctuary_list" and (_MEMBER_VERB.search(s) or _LISTS_VERB.search(s)):
        out.extend(_none_on_the_list(sent, si, s, named, inherited, period, place))
    if named is not None:
        out.extend(_state_ranks(sent, si, named, event, period, inherited, out))
    member_verb = _MEMBER_VERB if named != "ice_287g" else _AGREEMENT_VERB
    if named is not None and (member_verb.search(s) or elliptical is not None):
        for m in _PLACE_NAME.finditer(s):
            name = (m.group(1) or "").strip() + " " + m.group(2) if m.group(2) else f"City of {m.group(3)}"
            name = _LEADING_WORD.sub("", name)
            state = _state_near(s, m.start(), m.end(), around=True)
            # ('Douglas County, Kansas, is not on the list': the state set off by commas is part of the name)
            named_state = re.match(r",\s*(?:" + _STATE_RE.pattern + r"|[A-Z][a-z]+\.)\s*,", s[m.end():])
            tail = m.end() + (named_state.end() if named_state else 0)
            clause_end = re.search(r"[,;]|\bbut\b|\bwhile\b|$", s[tail:])
            clause = s[max(0, m.start() - 30):tail + (clause_end.start() if clause_end else 60)]
            negated = _NEGATION.search(clause) is not None
            out.append(Claim(id="", kind="membership", sentence_index=si, sentence=sent,
                             span=Span(sent.start + m.start(), sent.start + m.end(), m.group(0)), subject=event,
                             unit="member", period=period, place=Place("member", name.strip(), code=state),
                             event=event, measure_confidence="medium", list_name=named,
                             polarity="negated" if negated else "asserted"))
        for m in _STATE_RE.finditer(s):  # 'Minnesota self-identified as a state sanctuary jurisdiction'
            after = s[m.end():m.end() + 60]
            if not _STATE_MEMBER_VERB.match(after) or re.search(r"\b(?:in|of|from|across)\s+$", s[:m.start()]):
                continue
            st = us.states.lookup(m.group(1))
            out.append(Claim(id="", kind="membership", sentence_index=si, sentence=sent,
                             span=Span(sent.start + m.start(), sent.start + m.end(), m.group(0)), subject=event,
                             unit="member", period=period,
                             place=Place("member", m.group(1), code=st.abbr if st else None),
                             event=event, measure_confidence="medium", list_name=named,
                             polarity="negated" if _NEGATION.search(after) else "asserted"))
    return out


# 'up 45 percent', never the 'up' of 'makes up roughly half'
_GROWN = re.compile(r"\b(?:rose|risen|increase[sd]?|grew|grown|growth|jump(?:ed|s)?|(?<!makes )(?<!made )(?<!make )up|"
                    r"climb(?:ed|s)?|surge[sd]?|soared|swelled|expan(?:ded|sion))\b", re.I)
_SHRUNK = re.compile(r"\b(?:fell|fallen|drop(?:ped|s)?|declin(?:e|ed|es)|decrease[sd]?|down|shr[ua]nk)\b", re.I)


def _list_change(sent: Span, si: int, q: Quantity, periods: list[PeriodMention], ctx: Discourse,
                 place: Place | None, named: str | None, inherited: bool) -> Claim | None:
    """'287(g) agreements have more than tripled since January', 'a 280% increase from the 134 agencies in place
    before the inauguration': how much the list grew between two dates. The interval is the sentence's span of dates
    ('since January', 'between January 20 and April 10'), or, first, a base date after 'from' up to the article
    date; with neither, the claim is kept without a period (and left unverifiable)."""
    s = sent.text
    multiple = MULTIPLY_VERB.search(q.text)
    if multiple is not None:
        value = -0.5 if multiple.group(1).lower() == "halved" else q.value
    else:
        if re.search(r"\b(?:to|from|at)\s*$", s[max(0, q.start - 6):q.start], re.I):
            return None  # 'rose to 43%': a level, not the size of a change
        near = s[max(0, q.start - 40):q.start] + " " + s[q.end:q.end + 40]
        up, down = _GROWN.search(near), _SHRUNK.search(near)
        if up is None and down is None:
            return None
        value = -q.value if down is not None and (up is None or down.start() < up.start()) else q.value
    # ('as of mid-May, 571 agreements, up 300 percent from 135 at the start': mid-May is when, not what the change spans)
    spans = [p.period for p in periods if p.period.kind == "dates" and p.period.start and p.period.end
             and p.period.start != p.period.end and not p.period.how.startswith(PART_OF_A_MONTH)]
    # ('from 13 to 28 as of July 3': a date after 'as of' ends the change, whatever 'from' came before)
    base = [p.period for p in periods if p.period.kind == "date" and p.start > q.end
            and re.search(r"\bfrom\b", s[q.end:p.start], re.I)
            and not re.search(r"\b(?:as\s+of|by|through|until|to)\s+(?:the\s+)?$", s[q.end:p.start], re.I)]
    period: Period | None = None
    dated = sorted((p.period for p in periods if p.period.kind in ("date", "dates", "month") and p.period.start
                    and p.period.end), key=lambda p: str(p.start))
    if len(dated) >= 2 and str(dated[0].end) < str(dated[-1].start):
        # 'as of July 3, up from 19 in mid-May, a jump of 58 percent': from the earlier date named to the later one
        first, last = dated[0], dated[-1]
        spans = [Period("dates", None, start=first.start, end=last.end, span=first.span, confidence="medium",
                        how=f"from {first.how or first.start} to {last.how or last.end}")]
        base = []
    if base and base[0].start and ctx.article_date is not None:
        period = Period("dates", None, start=base[0].start, end=ctx.article_date.isoformat(), span=base[0].span,
                        confidence="medium", how=f"from {base[0].how or base[0].start} to the article date")
    elif spans:
        period = spans[0]
    # ('North Carolina had 22 …, while South Carolina nearly doubled from 13 to 25': the state of the change's own
    # clause; with several states named and none there, which state is not certain)
    clause = max((m.end() for m in re.finditer(r"[,;]|\b(?:while|whereas|but)\b", s[:q.start])), default=0)
    own_state = list(_STATE_RE.finditer(s[clause:q.start]))
    unsure_place = False
    if own_state:
        st = us.states.lookup(own_state[-1].group(1))
        place = Place("state", own_state[-1].group(1), code=st.abbr if st else None)
    elif len({m.group(1) for m in _STATE_RE.finditer(s)}) > 1:
        unsure_place = True
    return Claim(id="", kind="list_change", sentence_index=si, sentence=sent,
                 span=Span(sent.start + q.start, sent.start + q.end, q.text), subject="agreement_287g", value=value,
                 comparator=q.comparator, unit="change", value_span=Span(sent.start + q.start, sent.start + q.end,
                                                                         q.text),
                 precision=q.precision, period=period, place=place, event="agreement_287g",
                 qualifiers=sorted({k for k, pat in MODELS.items() if pat.search(s)}),
                 measure_confidence="high" if not inherited and not unsure_place else "medium", list_name=named)


_LIST_NOUN = (r"(?:287\(g\)\s+)?(?:agreements|agencies|partners|partnerships|entries|jurisdictions|counties|cities|"
              r"localities|sheriffs|participants)")
# 'Florida ... the most agreements', '... more agreements than any other state', '... leads the nation'
_MOST_AFTER = re.compile(r"^[^.;:]{0,70}?\b(?:(?:has|had|have|with|holds?|held)\s+the\s+most(?:\s+[\w()-]+){0,2}?\s+"
                         + _LIST_NOUN + r"\b|more\b[^.;:]{0,60}?\bthan any other state|the (?:greatest|largest|highest|biggest) "
                         r"(?:number|count|total)\b|leads? (?:the nation|the country|all (?:other )?states)\b)", re.I)
# 'the greatest number of agreements signed in Florida'
_MOST_BEFORE = re.compile(r"\bthe (?:greatest|largest|highest|biggest|most) (?:number of\s+)?(?:[\w()-]+\s+){0,3}?"
                          r"(?:signed|listed|located|based)?\s*in\s*$", re.I)
# 'Texas was second with 118', 'Texas ranks third'
_NTH_AFTER = re.compile(r"^(?:,[^,;.]{1,50},)?,?\s+(?:was|is|ranks?|ranked|came|comes|placed|is ranked|was ranked)\s+(?:in\s+)?"
                        r"(second|third|fourth|fifth|2nd|3rd|4th|5th)\b", re.I)
_EXCEPT = re.compile(r"\s*,?\s*(?:except(?:\s+for)?|but|save|other than|apart from|besides|behind|after)\b([^.;:]*)", re.I)
_NTH = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}


def _state_ranks(sent: Span, si: int, named: str, event: str, period: Period | None, inherited: bool,
                 counts: list[Claim]) -> list[Claim]:
    """'Florida has the most 287(g) agreements', 'Texas was second with 118': a state's place among the states
    on a list, counted as the list counts (a count in the same words is its own claim)."""
    s = sent.text
    out = []
    for m in _STATE_RE.finditer(s):
        nth, most = _NTH_AFTER.match(s[m.end():]), _MOST_AFTER.match(s[m.end():])
        lead = _MOST_BEFORE.search(s[:m.start()]) if nth is None and most is None else None
        if nth is None and most is None and lead is None:
            continue
        start = lead.start() if lead is not None else m.start()
        tail = nth or most
        end = m.end() + tail.end() if tail is not None else m.end()
        if _NEGATION.search(s[max(0, start - 30):end]):
            continue
        if most is not None and (_OTHERS_AHEAD.search(s[:m.start()]) or _TOP_FEW.search(s[m.end():m.end() + most.end()])):
            # 'After California, New Jersey has the most cities', 'California, Illinois and Colorado are the three
            # states with the most entries': a place behind others, or one of the top few, not the first
            continue
        st = us.states.lookup(m.group(1))
        said = [q for c in counts for q in c.qualifiers if q in ("agencies", "agreements", "counties", "cities", "total")]
        own_kind = re.search(r"\b(counties|cities|agencies|agreements|entries|jurisdictions|localities|places)\b",
                             s[start:end], re.I)
        if own_kind is not None:  # 'more counties on the list than any other state': ranked by that kind
            word = own_kind.group(1).lower()
            said = [word if word in ("counties", "cities", "agencies", "agreements") else "total"]
        place_ = 1.0
        if most is not None:
            # 'more than any other state except California, Illinois and Colorado': behind the states named
            exc = _EXCEPT.match(s[m.end() + most.end():])
            if exc is not None:
                behind = [x for x in _STATE_RE.finditer(exc.group(1)) if x.group(1) != m.group(1)]
                if not behind:
                    continue
                place_ = 1.0 + len(behind)
                end = m.end() + most.end() + exc.end()
        out.append(Claim(id="", kind="list_rank", sentence_index=si, sentence=sent,
                         span=Span(sent.start + start, sent.start + end, s[start:end]), subject=event,
                         value=float(_NTH[nth.group(1).lower()]) if nth else place_, unit="rank",
                         value_span=Span(sent.start + start, sent.start + end, s[start:end]), period=period,
                         place=Place("state", m.group(1), code=st.abbr if st else None), event=event,
                         qualifiers=sorted(set(said[:1]) | {k for k, pat in MODELS.items() if pat.search(s)}),
                         measure_confidence="high" if not inherited else "medium", list_name=named))
    return out


_ON_THE_LIST = re.compile(r"\s+(?:(?:that\s+are\s+|now\s+)?(?:on|in)\s+(?:the|its|this|that|DHS['’]s?|ICE['’]s?)\s+"
                          r"(?:[\w()'’-]+\s+){0,3}?list\b|listed\b|named\s+(?:on|in|by)\b)", re.I)
_OTHERS_AHEAD = re.compile(r"\b(?i:after|behind|besides|apart\s+from|other\s+than|except(?:\s+for)?|outside(?:\s+of)?)\s+"
                           r"(?:[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?(?:\s*,\s*|\s+(?:and|or)\s+)?){0,4},?\s*$")
_TOP_FEW = re.compile(r"\b(?:the\s+)?(?:top\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:states|places)\b|"
                      r"\bamong\s+the\b|\btop\s+(?:two|three|four|five|\d+)\b", re.I)


_NO_MEMBERS = re.compile(r"\bno (cities (?:or|and) counties|counties (?:or|and) cities|"
                         r"localities|jurisdictions|counties|cities|states?)\b", re.I)
_THE_STATES_OWN = re.compile(r"\b(?:the|that|this)\s+(?:state|commonwealth)['’]s?\s+(?:[\w-]+\s+){0,2}$", re.I)
_NONE_BUT_A_RANK = re.compile(r"\s+(?:(?:except|but|other\s+than|besides|apart\s+from|save)\b|[^.;]{0,30}?\b(?:more|fewer|"
                              r"less|larger|bigger|longer|higher|as\s+many|so\s+many)\b)", re.I)
_IN_A_REGION = re.compile(r"\s+(?:in|from|across)\s+(?:the\s+)?" + US_REGIONS + r"\b", re.I)
# 'no state has more than 112 entries': a bound each place is under, not a count of the list
_NO_PLACE_MORE_THAN = re.compile(r"\bno\s+(?:other\s+)?(?:states?|count(?:y|ies)|cit(?:y|ies)|jurisdictions?|agenc(?:y|ies))\b"
                                 r"[^.;,]{0,40}$", re.I)
_LISTS_VERB = re.compile(r"\b(?:includes?|names|lists)\b", re.I)
_NONE_COLUMN = {"counties": "counties", "cities": "cities", "states": "states", "state": "states",
                "jurisdictions": "total"}


def _none_on_the_list(sent: Span, si: int, s: str, named: str, inherited: bool, period: Period | None,
                      place: Place | None) -> list[Claim]:
    """'No cities or counties in Virginia were included': a count of zero, at the state named beside it. Cities and
    counties together (or 'localities') leave the state's own entry out."""
    out = []
    for m in _NO_MEMBERS.finditer(s):
        if _NONE_BUT_A_RANK.match(s[m.end():m.end() + 60]):
            continue  # 'No state except Illinois had more counties', 'no state has more than 112': a rank, not zero
        if _IN_A_REGION.match(s[m.end():m.end() + 40]):
            continue  # 'No states in the South were on the list': a region's count, which the checker does not hold
        words = m.group(1).lower()
        column = _NONE_COLUMN.get(words, "local")
        state = _state_near(s, m.start(), m.end()) if column != "states" else None
        where = Place("state", state, code=state) if state else (place if column != "states" else None)
        # ('no cities in the state' with no state named before: the state's count, not the nation's)
        unsure = inherited or (where is None and A_STATE_UNNAMED.search(s) is not None)
        out.append(Claim(id="", kind="list_count", sentence_index=si, sentence=sent,
                         span=Span(sent.start + m.start(), sent.start + m.end(), m.group(0)), subject="sanctuary_list",
                         value=0.0, comparator="eq", unit="count",
                         value_span=Span(sent.start + m.start(), sent.start + m.start() + 2, m.group(0)[:2]),
                         period=period, place=where, event="sanctuary_list", qualifiers=[column],
                         measure_confidence="medium" if unsure else "high", list_name=named))
    return out


# '… are counties in just three states', '… in only a handful of states': entries of a few states left unnamed
_IN_SOME_STATES = re.compile(r"[^.;\d]{0,40}?\b(?P<where>in\s+(?:just\s+|only\s+)?(?:a\s+(?:few|handful\s+of)|two|three|four|"
                             r"five|six|seven|eight|nine|ten|\d{1,2})\s+states)\b", re.I)

# what a list does to the places it has entries in: 'covered', 'spanned', 'reached into', 'stretched across'
_REACHES = (r"(?:cover|covered|covers|span|spanned|spans|reach|reached|reaches|touched|touches|extended|extends|"
            r"stretched|stretches)(?:\s+(?:into|to|across))?")
# 'It counted 199 cities, 391 counties and 14 states.': the list an earlier sentence named
_LIST_ANAPHORA = re.compile(r"^\s*(?:It|The list|That list|The document)\s+(?:also\s+)?(?:counted|counts|named|names|listed|"
                            r"lists|included|includes|identified|identifies)\b")
_MEMBERS_IN = re.compile(r"\b(?:jurisdictions|cities|counties|localities|places|entries|municipalities)\b[^.;]{0,40}"
                         r"\b(?:in|across|(?:spread|scattered|located)\s+(?:across|over|throughout|in)|from|span|spans|"
                         r"spanned|spanning)\s+"
                         r"(?:just |only )?(?:more than |over |at least |about |nearly |almost |some |fewer than |all )?$|"
                         # 'the DHS list covered 35 states': the states it reaches, not whole states listed
                         r"\blist\b[^.;]{0,30}\b" + _REACHES + r"\s+"
                         r"(?:more than |over |at least |about |nearly |almost |some |all )?$",
                         re.I)
# 'The first map said more than 200, in 32 states': a count of places just before, and the states they are in
# ('The original CIS map found them in 32 states': the states its entries are in)
_THEM_IN = re.compile(r"\b(?:found|put|placed|located|listed|counted|mapped|identified)\s+(?:them|those|these|it)\s+in\s+"
                      r"(?:just |only )?(?:more than |over |at least |about |nearly |almost |some )?$", re.I)
_A_COUNT_IN = re.compile(r"\d[\d,]*\)?\s*,?\s+(?:in|across|(?:spread|scattered|located)\s+(?:across|over|throughout|in))\s+"
                         r"(?:just |only )?(?:more than |over |at least |about |nearly |almost |some )?$", re.I)
_WITH_MEMBERS = re.compile(r"\s+(?:that |which )?(?:had|have|has|with|where)\s+(?:at least one |any |a |one or more |"
                           r"some )?(?:listed |sanctuary )?(?:jurisdictions?|entr(?:y|ies)|count(?:y|ies)|cit(?:y|ies)|"
                           r"localit(?:y|ies)|places?)\b", re.I)
_UNIVERSE = re.compile(r"^\s+(?:U\.S\.\s+)?(?:counties|cities|states|jurisdictions|sheriffs?['’]?\s+offices|"
                       r"law\s+enforcement\s+agencies)\s+(?:nationwide|in\s+the\s+(?:country|nation|United\s+States|"
                       r"U\.S\.)|across\s+the\s+(?:country|nation|United\s+States))\b", re.I)
_REQUESTED = re.compile(r"\b(?:pending|requests?|requested|applications?|applied|seeking|sought|waiting)\b", re.I)
_UNHELD_LISTS = {"fair"}  # publishers whose lists the ledger does not hold
_COUNTING_VERB = re.compile(r"^[)”\"]?(?:['’]s?)?(?:\s+(?:own|new|latest|report|study|analysis|list|tally|count)){0,2}\s+"
                            r"(?:has\s+|have\s+)?(identified|identifies|counted|counts|found|finds|lists|listed|"
                            r"tallied|documented|recorded|reported|reports|flagged)\b", re.I)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|but|while|whereas)\b|\.\s")


def _counted_by_list(s: str, q: Quantity, name: str) -> bool:
    """'FAIR identified 564 jurisdictions', '1,003 jurisdictions ..., the report from FAIR found': the number is what
    the list's publisher counted. 'That figure, FAIR says, includes 17 states that have statewide policies' and
    'in 2016 it had surged to over 300, and by 2018 FAIR identified 564' (for the 300) state counts of the world."""
    pat = _LIST_PATTERN[name]
    for m in pat.finditer(s):
        verb = _COUNTING_VERB.match(s[m.end():])
        if verb is None:
            continue
        v_end = m.end() + verb.end()
        if q.start >= v_end and not _CLAUSE_BREAK.search(s[v_end:q.start]):
            return True  # the number follows the counting verb in its clause
        if q.end <= m.start() and not s[v_end:].strip(" .,;:”\"'’)"):
            return True  # a closing attribution ('..., the report found.') covers the whole sentence
    return False


def _models_of(q: Quantity, s: str, quantities: list[Quantity]) -> list[str]:
    """The 287(g) models a count is of: each model named belongs to the nearest count before it in its clause, or,
    named before every count ('Under the Task Force Model, 415 agencies ...'), to the first count after it.
    'Florida has 309 agreements, including 237 under the Task Force Model': the model is the 237's only."""
    counts = sorted((x for x in quantities if not x.is_share), key=lambda x: x.start)
    out = set()
    for name, pat in MODELS.items():
        for m in pat.finditer(s):
            before = [x for x in counts if x.end <= m.start()]
            after = next((x for x in counts if x.start >= m.end() and not re.search(r"[,;]", s[m.end():x.start])), None)
            if before and after is not None and re.search(r"[,;]\s*(?:while|whereas|but|and)\b|;|\b(?:while|whereas)\b",
                                                          s[before[-1].end:m.start()]):
                before = []  # '205 used the WSO model, while the jail model accounted for 91': the later clause's own
            if before and _A_VAGUE_PART.search(s[before[-1].end:m.start()]):
                continue  # '21 agencies held agreements, most of them under the WSO model': a part's model, not the 21's
            owner = before[-1] if before else next((x for x in counts if x.start >= m.end()), None)
            part = next((x for x in counts if owner is not None and x.end <= owner.start
                         and (w := _OF_WHOLE.match(s[x.end:])) is not None and x.end + w.start("n") == owner.start), None)
            owner = part or owner  # '16 of Georgia's 29 agreements used the WSO model': the model is the part's
            if owner is not None and owner.start == q.start:
                out.add(name)
    return sorted(out)


_POSTAL_OWN = re.compile(r"[\w,.]*\s+([A-Z]{2})\s+(?:counties|county|cities|agencies|sheriffs?|jurisdictions|jails?|entries)\b")
_A_VAGUE_PART = re.compile(r"\b(?:most|many|some|several|half|nearly\s+all|almost\s+all|the\s+(?:majority|bulk)|a\s+few|"
                           r"all\s+but\s+\w+)\s+of\s+(?:them|these|those|which|whom)\b", re.I)
_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:nation|country|state|list)['’]s\s+|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s?\s+)?"
                       r"(?:total\s+(?:of\s+)?)?(?P<n>\d|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"fifteen|twenty)\b)")
# ('covers' is left out: 'its count covers 19 states' counts them)
_SURVEYED = re.compile(r"\b(?:track(?:s|ed|ing)?|monitor(?:s|ed|ing)?|survey(?:s|ed|ing)?|maps|mapped|mapping|"
                       r"examin(?:es|ed|ing)|review(?:s|ed|ing)?|analy[sz](?:es|ed|ing)|stud(?:y|ies|ied)|look(?:s|ed) "
                       r"at|checked|sampled)\s+(?:(?:the|all|data|policies|practices|records|of|on|from|in|each|every)\s+)*"
                       r"(?:(?:more than|over|nearly|about|some|roughly|almost)\s+)?$", re.I)
# 'the ILRC's map covers more than 3,000 counties': what a map or database spans, not what it counts as members
# ('a live map of more than 3,000 counties', 'the report covers 3,000 counties', 'out of more than 3,000 counties')
_INSTRUMENT_COVERS = re.compile(r"(?:\b(?:map|database|tracker|survey|dataset|website|tool|project|report|study|"
                                r"analysis)\b[^.;,]{0,30}?\b(?:covers|covered|covering|spans|spanned|spanning|"
                                r"includes data on)|\b(?:map|database|dataset)\s+of|\bout\s+of)\s+"
                                r"(?:the\s+policies\s+of\s+|the\s+)?(?:(?:more than|over|nearly|about|some|roughly|almost|"
                                r"all)\s+)?$", re.I)
_NATIONAL_AFTER = re.compile(r"\s*(?:nationwide|nationally|in the (?:nation|country|United States|U\.S\.)|across the "
                             r"(?:nation|country))\b", re.I)
# 'of the 571' after a part: the whole, national unless a place owns it ('of Florida's 300')
_WHOLE_BEFORE = re.compile(r"(?:\d[\d,]*|\b(?i:not\s+(?:a\s+single\s+)?one|none|any|each|every\s+one))\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?P<poss>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s?)\s+)?"
                           r"(?:total\s+(?:of\s+)?)?$")
_LEADING_WHOLE = re.compile(r"^\W*(?:Of|Among|Out of)\s+(?:the\s+|all\s+|its\s+)?(?:(?:about|nearly|roughly|some|more than|"
                            r"over|almost)\s+)?$", re.I)
# 'more than a third of the 832 agreements': the whole a share is taken of
_SHARE_OF_A_WHOLE = re.compile(r"\b(?:thirds?|quarters?|half|fifths?|tenths?|percent|share|portion|majority|most|"
                               r"(?:one|two|three|four|\d+)\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|"
                               r"nine|ten|\d+))\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?$", re.I)
_MOVED_OFF = re.compile(r"\b(?:dropped|drops|removed|removes|deleted|deletes|struck|strikes|took\s+off|takes\s+off|"
                        r"cut|cuts|trimmed|culled|pared|added|adds)\s+(?:more than |about |nearly |over |some |roughly |"
                        r"another |at least )?$", re.I)
# ('the nation's 605', 'the list's 605 entries': the whole list, wherever the sentence's state is)
# '14 states, among them Delaware and Maryland, and nearly 400 counties': states named as examples of a count
# (and 'third behind California and Illinois': states ranked against, the second one too)
_EXAMPLES_BEFORE = re.compile(r"\b(?:among\s+them|including|such\s+as|for\s+example|e\.g\.,?|behind|ahead\s+of|"
                              r"trailing)\s+(?:[A-Z][\w.'’-]*"
                              r"(?:\s+[A-Z][\w.'’-]*)?\s*(?:,\s*|\s+and\s+|\s+or\s+))*$")
_NATIONAL_BEFORE = re.compile(r"\b(?:the\s+)?(?:nation|country|list)['’]s\s+(?:total\s+(?:of\s+)?)?$|\bnationwide\s+$|"
                              # 'and nationwide there are 275 …', 'nationally, 571 agreements'
                              r"\b(?:nationwide|nationally|across\s+the\s+(?:country|nation))\s*,?\s+(?:there\s+(?:are|were|was|is)|"
                              r"ICE\s+(?:had|has|listed|lists|counted))\s+(?:about\s+|nearly\s+|more\s+than\s+)?$", re.I)
# 'Texas was not on the DHS list, which named 605 places': the list's own whole (unless a state follows the count:
# '..., which named 28 jurisdictions in New York')
_LIST_WHOLE_CLAUSE = re.compile(r"\blist\b[^.;,]{0,80},\s*(?:which|a\s+list\s+that)\s+(?:named|listed|included|includes|"
                                r"counted|contained|contains|had|has|holds|held|identified|ran\s+to|runs\s+to|"
                                r"numbered|totaled|totalled|stretched\s+to)\s+"
                                # ('which named 14 states and 605 jurisdictions in all': each count of the clause)
                                r"(?:[\d,]+\s+[a-z]+(?:\s+[a-z]+)?,?\s+(?:and\s+)?){0,3}"
                                r"(?:about\s+|nearly\s+|more than\s+|over\s+|some\s+|roughly\s+)?$", re.I)
# 'Colorado drew more entries than all but two states': a rank among the states, not a count of the list
_THAN_ALL_BUT = re.compile(r"\b(?:more|fewer|larger|bigger|higher|greater|less)\b[^.;]{0,50}\bthan\s+(?:all|every\s+"
                           r"\w+|any\s+\w+)\s+(?:but|except)\s+(?:the\s+)?$", re.I)


# 'has more than doubled since mid-May, to 28 agreements': the level the list reached, not what was signed since
_LEVEL_REACHED = re.compile(r"\b(?:grown|grew|climbed|risen|rose|doubled|tripled|quadrupled|jumped|increased|swelled|"
                            r"surged|soared|reached|expanded)\b[^.;]{0,40}?\bto\s+(?:about\s+|nearly\s+|more\s+than\s+|"
                            r"over\s+|roughly\s+|some\s+)?$", re.I)
# 'the "500 cities" claim', '"at least 500 sanctuary cities," a figure ...': a count named as someone's claim
_A_QUOTED_CLAIM = re.compile(r"^[^”\"]{0,40}[”\"],?\s+(?:\w+\s+){0,2}?(?:claim|figure|number|talking point|statistic|"
                             r"myth|line|estimate|assertion)s?\b", re.I)


def _quoted(s: str, at: int) -> bool:
    """Whether a position is inside quotation marks (curly or straight)."""
    before = s[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# a count of places sharing one name: 'two Ramsey Counties', 'five counties named Franklin'
_SAME_NAME = re.compile(r"^\s+(?:[A-Z][a-z]+\s+){1,2}(?:Counties|Cities|Parishes)\b|^\s+(?:[A-Z][a-z]+\s+)?"
                        r"(?:counties|cities|towns|parishes)\s+(?:named|called)\s+[A-Z]")
# the whole a part is taken of ('35 of its 39 counties'), and what a state has, not what a list holds
_A_WHOLE_BEFORE = re.compile(r"\d[\d,]*\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w.]*(?:\s[A-Z]\w*)?['’]s?\s+)"
                             r"(?:total\s+)?$")
_PLACES_OF_A_STATE = re.compile(r"\s+(?:counties|cities|parishes|towns|municipalities)\b(?![^.;]{0,25}\b(?:list|"
                                r"listed|named|identified|designated)\b)", re.I)


def _counted_after(s: str, q: Quantity, mentions: list[tuple[int, str]]) -> str | None:
    """'nearly twice the 276 jurisdictions CIS counted in July 2015': the list whose publisher counted the number, in
    a relative clause after its noun."""
    for pos, name in mentions:
        if pos > q.end and re.fullmatch(r"\s+(?:[\w()-]+\s+){0,3}?(?:that\s+|which\s+)?(?:the\s+)?", s[q.end:pos]) \
                and (m := _LIST_PATTERN[name].match(s, pos)) is not None and _COUNTING_VERB.match(s[m.end():]):
            return name
        # 'compared with 199 cities on the earlier DHS list': the list named right after the count's noun
        if pos > q.end and re.fullmatch(r"\s+(?:[\w()-]+\s+){1,3}?(?:on|in|from)\s+(?:the|its|that)\s+(?:[\w-]+\s+)?",
                                        s[q.end:pos]):
            return name
    return None


def _list_in_clause(s: str, at: int, mentions: list[tuple[int, str]]) -> str | None:
    """The list named last before a position, within its clause."""
    start = at - len(_clause_before(s, at))
    inside = [name for pos, name in mentions if start <= pos < at]
    return inside[-1] if inside else None


_SINCE_AN_ADVERB = re.compile(r"since\s+(?!(?:the|last|early|mid|late|then|taking|Trump|Biden|Obama|fiscal|FY|inauguration|"
                              + MONTH + r")\b|\d)", re.I)
# 'it would issue an updated list', 'ICE plans to sign 200 more agreements': a list or count still to come
_TO_COME = re.compile(r"\b(?:would|will|plans?\s+to|intends?\s+to|expects?\s+to|is\s+set\s+to|aims?\s+to|"
                      r"is\s+expected\s+to|promised\s+to|vowed\s+to)\s+(?:soon\s+|also\s+|likely\s+|probably\s+)?"
                      r"(?:issue|publish|release|add|sign|name|list|put\s+out|update|expand|grow|reach|top|hit|include)\b"
                      # 'The goal is 1,000 287(g) agreements by year's end': a target, not a count
                      r"|\b(?:goal|target|aim|quota)\s+(?:is|was|of)\b", re.I)
# what a count's places have in common narrows it: 'three states have exactly two entries', 'Ten states had no 287(g)
# agreements', '15 cities that have sued DHS' (but not '605 jurisdictions that are on the list')
_NAME = r"(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})"  # a place's name: one to three capitalised words
_NARROWED_AFTER = re.compile(r"^\s*(?:that|which|who|whose|where)\s+(?!(?:are|were|is|was)\s+(?:also\s+)?(?:on|named|listed|"
                             r"included|in)\b)(?!(?:appear|appeared|made|make)\b)"
                             # ('812 jurisdictions that shield illegal aliens': what makes a place a sanctuary, not a part)
                             r"(?!(?:\w+\s+)?(?:shield|protect|refuse|limit|restrict|decline|obstruct|bar|block|defy|impede|"
                             r"hinder|thwart|resist|forbid|prohibit|harbou?r|ignore|do\s+not|don['’]t|will\s+not|won['’]t|"
                             r"(?:have|has|had)\s+(?:adopted\s+)?(?:sanctuary|such))\w*\b)|"
                             # ('Only three states, New Hampshire, Kansas and Tennessee, have exactly two entries')
                             r"^(?:\s*,\s*" + _NAME + r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)" + _NAME + r"){0,7}\s*,)?"
                             r"\s*(?:have|has|had|with)\s+(?:no|exactly|only|just|more\s+than|fewer\s+than|less\s+than|"
                             r"at\s+least|over|under|at\s+most)\b|"
                             # ('Twenty-five states appeared both on the DHS list and among 287(g) states': an overlap)
                             r"^\s*(?:\w+\s+){0,2}both\s+(?:on|in|among)\b", re.I)
# 'three states have exactly two entries': the number is each such place's own count
_EACH_PLACES_COUNT = re.compile(r"\b(?:states|counties|cities)(?:\s*,[^;]{0,80},)?\s+(?:that\s+|which\s+)?(?:each\s+)?"
                                r"(?:have|has|had|with)\s+"
                                r"(?:exactly\s+|only\s+|just\s+|more\s+than\s+|fewer\s+than\s+|at\s+least\s+|over\s+)?$",
                                re.I)
# 'Despite talk of 500 sanctuary cities': a figure others use, named to be answered
_HEARSAY_BEFORE = re.compile(r"\b(?:talk|claims?|rhetoric|rumou?rs?|fears?|warnings?|predictions?|estimates?\s+by\s+"
                             r"\w+)\s+(?:of|about)\s+(?:some\s+|about\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.I)
_WITHIN_CUE = re.compile(r"\bsince\b|\bsigned\b|\bnew\b|\badded\b", re.I)
# 'up 46 percent since May 16': a change's own span, not the count's
_CHANGE_BEFORE = re.compile(r"\b(?:up|down|rose|risen|grew|grown|increased?|jump(?:ed)?|climb(?:ed)?|percent|%)\b[^.;,]{0,25}$",
                            re.I)


def _signed_within(s: str, q: Quantity) -> bool:
    """'ICE has signed 240 agreements since May': a count of what was signed within a period, not the list's size.
    Not '571 signed agreements' (an adjective: the list's signed ones) nor '832 agreements, up 46 percent since May'."""
    lo = max(0, q.start - 80)
    for m in _WITHIN_CUE.finditer(s, lo, min(len(s), q.end + 80)):
        if m.group(0).lower() == "signed" and re.fullmatch(r"\s+", s[q.end:m.start()]):
            continue
        if m.start() > q.end and _CHANGE_BEFORE.search(s[q.end:m.start()]):
            continue
        if m.group(0).lower() == "since" and (_SINCE_AN_ADVERB.match(s, m.start())
                                              or re.search(r"\b(?:has|have|had)\s+$", s[max(0, m.start() - 12):m.start()],
                                                           re.I)):
            continue  # 'a number that has since more than doubled': 'since' is 'since then', not a period's start
        return True
    return False


_CLAUSE_BREAK_RE = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|\bwhile\b|\bwhereas\b")


def _clause_around(s: str, q: Quantity) -> str:
    """The text of the clause a number stands in: from the clause break before it to the one after it."""
    after = _CLAUSE_BREAK_RE.search(s, q.end)
    return _clause_before(s, q.start) + s[q.start:after.start() if after else len(s)]


def _clause_before(s: str, at: int) -> str:
    """The text of the clause a position is in, up to it."""
    starts = [m.end() for m in _CLAUSE_BREAK_RE.finditer(s, 0, at)]
    return s[starts[-1] if starts else 0:at]


# 'the DHS list covered the District of Columbia': a place the list reaches, not the place a count is of
_LIST_REACHES = re.compile(r"\blist\b[^.;,]{0,20}\b(?:" + _REACHES + r"|included\s+entries\s+in)\s+(?:the\s+)?$", re.I)
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\b|;")
_IN_STATES_LIST = re.compile(r"\bstates\s+(?:and|plus|as well as)\s+(?:the\s+)?$", re.I)


def _reached(place: Place | None, sent: Span, q: Quantity) -> bool:
    """A place the list reaches, not the place a count is of: 'in 36 states plus the District of Columbia', 'the DHS
    list covered the District of Columbia, and about 200 of its entries were cities' (but 'the list covered Oregon,
    where 20 of its entries were counties' counts Oregon's)."""
    if place is None or place.span is None:
        return False
    before = sent.text[:max(0, place.span.start - sent.start)]
    return _IN_STATES_LIST.search(before[-30:]) is not None or (
        _LIST_REACHES.search(before[-50:]) is not None
        and _NEW_CLAUSE.search(sent.text[place.span.end - sent.start:q.start]) is not None)


def _later_clause(place: Place | None, sent: Span, q: Quantity) -> bool:
    """A place named in a later clause than the number ('More than 400 ..., and Florida alone has 237'; '570
    agreements as Florida leads'), or at the end of a count of states."""
    if place is None or place.span is None:
        return False
    if place.span.end - sent.start <= q.start:  # 'Washington had 41 entries; 199 of the list's entries were cities'
        return ";" in sent.text[place.span.end - sent.start:q.start]
    if place.span.start - sent.start <= q.end:
        return False
    between = sent.text[q.end:place.span.start - sent.start]
    # another clause between them, or a place that ends a count of states ('in 36 states and the District of Columbia')
    # ('753 agreements by July 3, including 290 in Florida': the state is the part's, after another number)
    return re.search(r",[”\"’']?\s+(?:and|but|while|whereas)\b|;", between) is not None \
        or re.search(r"\b(?:as|while|whereas|but|although|though|with)\s+$", between) is not None \
        or _IN_STATES_LIST.search(between) is not None \
        or re.search(r"(?:,|\bwith)\s+(?:including|among them|of which|of whom|led by|with)\b[^.;]*\d", between) is not None \
        or re.search(r",\s+(?:[a-z]+\s+){0,2}?\d", between) is not None  # '571 agreements, 255 of them in Florida'


def _type_of(m: re.Match[str]) -> str:
    word = m.group(1).lower()
    return _TYPE_WORD.get(word.split()[-1] if word.endswith("offices") else word, "total")


# 'only 199 of the entries (on the DHS list) are cities': the predicate names the kind the part counts
# ('… are actually cities', '… were in fact counties': an adverb between the verb and the kind)
_KIND_ADVERB = r"(?:(?:actually|really|only|just|truly|in\s+fact|in\s+reality|strictly|technically|genuinely)\s+)?"
_PART_KIND = re.compile(r"\s+(?:(?:on|in|of)\s+(?:the\s+)?[\w'’]+(?:\s+[\w'’]+){0,3}?\s+)?(?:were|are|was|is)\s+"
                        + _KIND_ADVERB + r"(?:all\s+)?(?:whole\s+|entire\s+)?(counties|cities|states)\b", re.I)
# 'Counties make up nearly two-thirds of the list, roughly 391 entries': the kind the sentence opens with, set
# beside the number that counts it
_KIND_LEADS = re.compile(r"^\W*(?:the\s+)?(counties|cities|states)\s+(?:make\s+up|made\s+up|account\s+for|"
                         r"accounted\s+for|comprise|comprised|represent|represented|form|formed)\b[^;:]*,\s*"
                         r"(?:about\s+|roughly\s+|nearly\s+|some\s+|almost\s+|or\s+|just\s+)*$", re.I)


_PART_OTHER_KIND = re.compile(_PART_KIND.pattern.replace("(counties|cities|states)",
                                                         "(?:municipalities|towns|villages|boroughs|townships|localities|"
                                                         "parishes|sheriffs|police\\s+departments)"), re.I)


# 'Across the 36 states named, …': the states the list reaches
_AN_AVERAGE = re.compile(r"\b(?:an?\s+)?(?:average|mean|median)\s+of\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?$", re.I)
_PER_PLACE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:per|a|each)\s+(?:state|county|city|jurisdiction)\b", re.I)
# ('across the 36 states named', 'ninth among the 36 states': the states with an entry, a ranking's field)
_ACROSS_STATES = re.compile(r"\b(?:across|throughout|spanning|in\s+all|(?:first|second|third|fourth|fifth|sixth|seventh|"
                            r"eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last)\s+among)\s+(?:the\s+|all\s+)?"
                            r"(?:more\s+than\s+|about\s+)?$", re.I)


# '..., and New Jersey had 22': a state's count in words left out, of the kind the count before counted
# 'California had the most entries, 112': the number set beside the kind it counts, of the state named before
_KIND_THEN_NUMBER = re.compile(r"\b(entries|jurisdictions|counties|cities|agreements|agencies)\s*[,:]\s*(?:about\s+|nearly\s+|"
                               r"some\s+|roughly\s+)?$", re.I)
_A_STATE_BEFORE_THE_KIND = re.compile(r"(?:" + _STATE_RE.pattern + r")\s+(?:had|has|have|listed|led|leads|topped|tops)\b"
                                      r"[^,;.\d]{0,30}$")
_A_STATE_HAD = re.compile(r"(?:,|;|\band\b|\bwhile\b|\bwhereas\b|\bfollowed\s+by\b|\bthen\b|\bbehind\b|\bahead\s+of\b)"
                          r"\s+(?:" + _STATE_RE.pattern +
                          r")\s+(?:had|has|have|listed|counted|with)\s+(?:about\s+|nearly\s+|more\s+than\s+|just\s+|"
                          r"only\s+)?$")


# 'the list included 35 states and the District of Columbia': where its entries are, as the District is named with
# them (the District is a place with entries, not a state on the list)
_AND_THE_DISTRICT = re.compile(r"\s*,?\s+(?:plus|and|as\s+well\s+as)\s+(?:the\s+District\s+of\s+Columbia|"
                               r"(?:Washington,?\s+)?D\.?\s?C\.?(?!\w))", re.I)


def _column_for(q: Quantity, s: str, previous: str | None, event: str) -> tuple[str, int] | None:
    """What a count counts ('20 counties', 'counties (735)'), and where those words end; an elliptical count after
    another ('in 23 states, with 137 in Florida') counts the same members as the one before."""
    m = _TYPE_AFTER.match(s[q.end:q.end + 70])
    window = s[max(0, q.start - 60):q.start]
    members_in = _MEMBERS_IN.search(window) or _A_COUNT_IN.search(window) or _THEM_IN.search(window)
    if m is not None and event == "sanctuary_list" and m.group(1).lower() in ("states", "state") \
            and (members_in or _WITH_MEMBERS.match(s[q.end + m.end():]) or _AND_THE_DISTRICT.match(s[q.end + m.end():])
                 or _ACROSS_STATES.search(s[max(0, q.start - 25):q.start])):
        # 'named jurisdictions in 36 states', '35 states had at least one jurisdiction listed': states with any entry;
        # '391 counties in 30 states': the states with a county listed
        # ('cities, counties and states in 36 states': several kinds together, so states with any entry)
        said = members_in.group(0) if members_in else ""
        nouns = list(re.finditer(r"\b(counties|cities|states|jurisdictions|localities|places|entries|municipalities)\b",
                                 said, re.I))
        # ('199 are cities and 391 are counties, spread across 36 states': kinds counted apart, states of them all)
        joined = len(nouns) > 1 and (re.fullmatch(r"\s*(?:,|and|or|&|,\s*and|,\s*or)\s*",
                                                  said[nouns[-2].end():nouns[-1].start()]) is not None
                                     or len({n.group(1).lower() for n in nouns}) > 1)
        kind = nouns[-1].group(1).lower() if nouns and not joined else None
        if kind == "cities" and members_in is not None \
                and re.search(r"\bsanctuary\s+$", window[:members_in.start() + nouns[-1].start()], re.I):
            kind = None  # 'sanctuary cities … in 36 states': the common name for every kind of entry
        kind = kind if kind in ("counties", "cities") else None
        return ("member_states" if kind is None else f"member_states_{kind}"), q.end + m.end()
    if m is not None:
        # (never for the whole of a part: '14 of the 605 jurisdictions on the list are states')
        whole_of = re.search(r"\d[\d,]*\s+of\s+[^.;,\d]{0,30}$", s[max(0, q.start - 40):q.start])
        kind = _PART_KIND.match(s[q.end + m.end():]) if _type_of(m) == "total" and whole_of is None else None
        if kind is not None:  # 'only 199 entries on the DHS list are cities': the predicate names the kind
            return _TYPE_WORD[kind.group(1).lower()], q.end + m.end() + kind.end()
        leads = _KIND_LEADS.search(s[:q.start]) if _type_of(m) == "total" else None
        if leads is not None:
            return _TYPE_WORD[leads.group(1).lower()], q.end + m.end()
        if _type_of(m) == "total" and whole_of is None and _PART_OTHER_KIND.match(s[q.end + m.end():]):
            return None  # '199 entries were municipalities': a kind the lists do not type, never all the entries
        return _type_of(m), q.end + m.end()
    # ('(199 of them) are cities', '(199) are cities': the predicate after the parenthesis)
    # ('Most of the DHS list was counties: 391 of the 605 entries': the kind named before the colon)
    lead_kind = re.search(r"\b(counties|cities|states)\s*[:—–]\s*(?:about\s+|nearly\s+|some\s+|roughly\s+)?$",
                          s[max(0, q.start - 30):q.start], re.I) if event == "sanctuary_list" else None
    if lead_kind is not None and re.match(r"\s+of\s+(?:the|its|all)\b", s[q.end:q.end + 12], re.I):
        return _TYPE_WORD[lead_kind.group(1).lower()], q.end
    bare = re.match(r"(?:\s+of\s+(?:them|these|those))?\)?\s+(?:were|are)\s+" + _KIND_ADVERB +
                    r"(?:all\s+)?(counties|cities|states)\b",
                    s[q.end:q.end + 40], re.I) \
        if event == "sanctuary_list" else None
    if bare is not None:  # 'Of the list's 605 entries, 391 were counties': the predicate names what the number counts
        return _TYPE_WORD[bare.group(1).lower()], q.end + bare.end()
    before = _TYPE_BEFORE.search(s[max(0, q.start - 50):q.start])
    if before is not None:
        return _TYPE_WORD.get(before.group(1).lower(), "total"), q.end
    reached = _NOUN_REACHED.search(s[max(0, q.start - 60):q.start])
    if reached is not None:  # 'the number of 287(g) agreements reached 832': the noun that reached it
        return _TYPE_WORD.get(reached.group(1).lower(), "total"), q.end
    moved = _MOVED_FROM_TO.search(s[:q.start])
    if moved is not None:  # 'agreements have grown from 135 in January to more than 460': both ends count the noun
        return _TYPE_WORD.get(moved.group(1).lower(), "total"), q.end
    later = re.match(r"[^;]{0,60}?,?\s+and\b[^;]{0,50}?\b(?!(?:19|20)\d\d\b)\d[\d,]*\s+", s[q.end:])
    if previous is None and later is not None and re.match(r"\s*(?:,|$)", s[q.end:q.end + 2]) \
            and not re.match(r"\s*,?\s*(?:including|among\s+them|of\s+which|of\s+whom)\b", s[q.end:q.end + 20], re.I):
        # 'it had surged to over 300, and by 2018, FAIR identified 564 jurisdictions': the parallel count's noun
        parallel = _TYPE_AFTER.match(s[q.end + later.end() - 1:q.end + later.end() + 70])
        if parallel is not None:
            return _type_of(parallel), q.end
    # 'more than 400 of the agreements', '35 of the state's 39 counties', '19 of them counties': the part counts
    # what the words after 'of' name; '237 of them' alone counts what the count before it counted
    whole = _OF_WHOLE.match(s[q.end:q.end + 40])
    of_the = re.match(r"\s+of\s+(?:(?:the|these|those|its|all)\s+|(?:them|these|those|which|whom)\b\s*)",
                      s[q.end:q.end + 20], re.I)
    at = -1
    if whole is not None:
        number = re.match(r"\d[\d,]*", s[q.end + whole.start("n"):])
        at = q.end + whole.start("n") + (number.end() if number else 0)
    elif of_the is not None:
        at = q.end + of_the.end()
    if at >= 0:
        named = _TYPE_AFTER.match(s[at:at + 70])
        if named is not None:
            # 'only 199 of the entries were cities': the predicate names the kind the part counts
            kind = _PART_KIND.match(s[at + named.end():])
            if kind is not None:
                return _TYPE_WORD[kind.group(1).lower()], at + named.end() + kind.end()
            if _PART_OTHER_KIND.match(s[at + named.end():]):
                return None  # 'fewer than 200 of the entries were municipalities': a kind the lists do not type
            return _type_of(named), at + named.end()
        kind = re.match(r"\s*(?:were|are|was|is)\s+" + _KIND_ADVERB + r"(?:all\s+)?(counties|cities|states)\b", s[at:]) \
            if of_the is not None else None
        if kind is not None:  # '605 jurisdictions, but only 199 of them were cities': the predicate names the kind
            return _TYPE_WORD[kind.group(1).lower()], at + kind.end()
        if previous is not None and of_the is not None and whole is None:
            return previous, q.end
    apposed = _KIND_THEN_NUMBER.search(s[max(0, q.start - 40):q.start])
    if apposed is not None and _A_STATE_BEFORE_THE_KIND.search(s[max(0, q.start - 90):q.start - len(apposed.group(0))]) \
            and re.match(r"\s*(?:[,;.)]|$|\s+(?:followed|then|and|ahead|while)\b)", s[q.end:]):
        return _TYPE_WORD[apposed.group(1).lower()], q.end  # 'California had the most entries, 112, followed by …'
    if previous is not None and _A_STATE_HAD.search(s[max(0, q.start - 60):q.start]) \
            and not re.match(r"\s+(?!(?:and|or|while|then)\b)[a-z]", s[q.end:q.end + 8]):
        return previous, q.end  # 'Oregon had 20 entries on the DHS list, and New Jersey had 22': the same kind
    if previous is not None and re.search(r"\band\s+(?:(?:had|has|have)\s+)?(?:(?:reached|hit|topped|stood\s+at|(?:grown|"
                                          r"grew|climbed|risen|rose|swelled|jumped)\s+to)\s+)?(?:only\s+|just\s+|nearly\s+|"
                                          r"about\s+|some\s+|more\s+than\s+|over\s+|almost\s+)?$",
                                          s[max(0, q.start - 45):q.start]) \
            and re.match(r"\s+(?:by|in|on|as\s+of)\s+(?:early\s+|mid-?|late\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                         r"Oct|Nov|Dec)", s[q.end:q.end + 20]):
        return previous, q.end  # '571 agreements in May and 832 by mid-July': the same kind, at another date
    if previous is not None and re.match(r"\s+in\s+(?:" + _STATE_RE.pattern + ")", s[q.end:q.end + 30]):
        if previous == "states":
            return ("agencies" if event == "agreement_287g" else "total"), q.end
        return previous, q.end
    return None


def _as_of_a_span(period: Period | None, sent: Span) -> bool:
    """'As of mid-July, ICE listed 832 signed agreements': a span read as a point in time, the stock on it, not
    what was signed within it."""
    if period is None or period.span is None or not sent.start <= period.span.start <= sent.end:
        return False
    return re.search(r"\b(?:as of|by)\s+$", sent.text[:period.span.start - sent.start], re.I) is not None


_A_DOCUMENTS_DATE = re.compile(r"\s+(?:executive\s+)?(?:order|memo|memorandum|proclamation|directive|law|bill|rule|"
                               r"announcement|letter|ruling)\b", re.I)


_DOCUMENT_DATED = re.compile(r"\b(?:order|memo|memorandum|proclamation|directive|law|bill|rule|letter|ruling)\s+"
                             r"(?:(?:that|which)\s+(?:was\s+|\w+\s+)?)?(?:signed|issued|dated|enacted|passed|released)\s+"
                             r"(?:on\s+|in\s+)?$", re.I)


def _anothers_date(s: str, q: Quantity, p: PeriodMention) -> bool:
    """'Texas has 102 agreements, up from 86 in mid-May': a date written after 'from N' dates N, not the sentence's
    other counts."""
    m = re.search(r"\bfrom\s+(?:about\s+|roughly\s+|just\s+|nearly\s+)?(\d[\d,]*)\s+(?:[\w()'’-]+\s+){0,3}?"
                  r"(?:in|on|as of|at|by|back in)\s+$", s[:p.start], re.I) \
        or FROM_A_REPORTED_COUNT.search(s[:p.start])  # 'up from the 276 jurisdictions CIS reported in July'
    if m is not None:
        return m.start(1) != q.start
    # 'Texas has 118 agreements, up from eighty-six in mid-May', '…, up from mid-May': the date a change starts from
    base = re.search(r"\b(?:up|down|rising|falling|growing)\s+(?:from|since)\s+(?:[\w'’-]+\s+){0,4}?"
                     r"(?:(?:in|on|as of|at|back in)\s+)?(?:the\s+)?$|\b(?:compared\s+(?:with|to)|than)\s+(?:in\s+)?$",
                     s[:p.start], re.I)
    return base is not None and not base.start() <= q.start < p.start


def _years_after(q: Quantity, periods: list[PeriodMention], ctx: Discourse, s: str) -> Period | None:
    """The years written just after a 287(g) count ('six new agreements were added between 2012 and 2016'), up to
    the article date: 287(g) agreements are held by year back to 2005."""
    # ('rose from 38 in 2016 to 128 in 2019': the year compared from is still the year of the count it follows)
    named = [p for p in periods if p.period.kind in ("calendar_year", "fiscal_year", "fiscal_years")
             and (not p.base or re.fullmatch(r"\s+in\s+", s[q.end:p.start]))
             and not p.administration and not p.relative_to_other and p.period.fiscal_year
             and 0 <= p.start - q.end <= 60]
    # ('In 2019, 128 sheriff's offices had agreements': the year that opens the sentence)
    named = named or [p for p in periods if p.period.kind in ("calendar_year", "fiscal_year") and p.end <= q.start
                      and not p.administration and not p.relative_to_other and p.period.fiscal_year
                      and re.fullmatch(r"\W*(?:in|during|by|as\s+of)\s+", s[:p.start], re.I)
                      and re.match(r"\s*,", s[p.end:])]
    if not named:
        return None
    y = named[0].period
    last = dt.date(int(y.fiscal_year or 0), 12, 31)
    if ctx.article_date is not None:
        last = min(last, ctx.article_date)
    first = dt.date(int(y.first_fiscal_year or y.fiscal_year or 0), 1, 1)
    return Period("dates", None, start=first.isoformat(), end=last.isoformat(), span=y.span,
                  confidence="medium", how=f"the years named ({y.span.text if y.span else y.how})")


_TO_END = re.compile(r"\bfrom\s+(?:about\s+|roughly\s+|just\s+)?\d[^.;]{0,60}\bto\s+"
                     r"(?:about\s+|nearly\s+|roughly\s+|more than\s+|over\s+|almost\s+)?$", re.I)


def _own_list_period(q: Quantity, s: str, periods: list[PeriodMention], ctx: Discourse) -> Period | None:
    """When a sentence dates several counts ('55 signed in the last week; ICE now has more than 510 partners, up from
    the 134 before Trump's inauguration'), each count's own date: 'now' is the article date, else the dated words
    nearest the number within its clause (no dash or semicolon between them)."""
    if re.search(r"\b(?:now|currently|today|as of today)\b(?:\s+\w+){0,3}\s*$", s[max(0, q.start - 40):q.start], re.I):
        return _list_period([], ctx)  # no dated words: the article date
    dated = [p for p in periods if p.period.kind in ("date", "dates", "month")]
    if _TO_END.search(s[max(0, q.start - 90):q.start]):
        # 'grew from 135 in January to more than 460': the end a change reached is dated by its own words, else now
        after = [p for p in dated if 0 <= p.start - q.end <= 40]
        return after[0].period if after else _list_period([], ctx)
    if len(dated) < 2:
        return None  # one date in the sentence: it dates every count (the caller's reading)

    def gap(p: PeriodMention) -> int:
        return min(abs(p.start - q.end), abs(q.start - p.end))

    near = [p for p in dated if gap(p) <= 80 and not re.search(r"[—;]|\s–\s", s[min(p.end, q.end):max(p.start, q.start)])
            and not (p.start > q.end and _ANOTHER_NUMBER_DATED.search(s[q.end:p.start]))
            # ('Last April it sent letters to 29 jurisdictions, and in November to 29 more': a date that opens the
            # next clause is that clause's)
            and not (p.start > q.end and _OPENS_THE_NEXT_CLAUSE.search(s[q.end:p.start]))
            # ('340 jurisdictions in October 2015 and about 300 as of August 2016': the date before is 340's)
            and not (p.end <= q.start and _dates_another_number(s, p, q))]
    return min(near, key=gap).period if near else None


_OPENS_THE_NEXT_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|then|before|after)?\s*(?:then\s+)?(?:in|on|by|during|as\s+of)?\s*$",
                                   re.I)


def _dates_another_number(s: str, p: PeriodMention, q: Quantity) -> bool:
    """A date written right after a number other than `q` is that number's."""
    m = _ANOTHER_NUMBER_DATED.search(s[:p.start])
    return m is not None and not q.start <= m.start() < q.end


# 'Last month it warned 29 jurisdictions, after nine in April': a date written right after another number is that
# number's
_ANOTHER_NUMBER_DATED = re.compile(r"(?:\b\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                   r"\w+teen|\w+ty(?:[- ]\w+)?)\b)\s+(?:[\w'’-]+\s+){0,3}?(?:in|on|as\s+of|by|back\s+in)\s+$",
                                   re.I)


def _list_period(periods: list[PeriodMention], ctx: Discourse) -> Period | None:
    """As of when a list is counted: a date in the sentence, else the article date."""
    dated = [p.period for p in periods if p.period.kind in ("date", "dates", "month")]
    if dated:
        return dated[0]
    if ctx.article_date is not None:
        d = ctx.article_date.isoformat()
        return Period("date", None, start=d, end=d, confidence="medium", how="the article date")
    return None
