"""Where a claim is about: the nation, a state (via `us`), a county, a city, an ICE area of responsibility or one
named facility (a jail, a detention center)."""

from __future__ import annotations

import functools
import itertools
import re

import us

from ice_ledger.claims.model import Place, Span
from ice_ledger.errors import IceLedgerError
from ice_ledger.geo.names import STATE_NICKNAMES
from ice_ledger.geo.resolve import resolve

_NATION_RE = re.compile(r"\b(?:nationwide|nationally|across the (?:country|nation|United States)|in the United States|"
                        r"in the U\.S\.|in America|across America)\b", re.I)
_AREA_RE = re.compile(r"\bICE['’]s ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:field )?office\b|"
                      r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:field|area) office\b|"
                      # 'the Atlanta area of responsibility made 13,551 arrests', 'the Dallas AOR'
                      r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:[Aa]rea [Oo]f [Rr]esponsibility|AOR)\b|"
                      # 'the Atlanta office arrested 20,000 people': an ICE field office named by its city alone
                      r"\bthe (Atlanta|Baltimore|Boston|Buffalo|Chicago|Dallas|Denver|Detroit|El Paso|Harlingen|Houston|"
                      r"Los Angeles|Miami|Newark|New Orleans|New York|Philadelphia|Phoenix|Salt Lake City|San Antonio|"
                      r"San Diego|San Francisco|Seattle|St\. Paul) (?:field )?office\b")
# 'Moshannon Valley Correctional Center', 'the Northwest ICE Processing Center': one facility, counted by no series held
_FACILITY_RE = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,4}(?:(?:Correctional|Detention|Processing|Corrections)\s+(?:Center|"
                          r"Facility|Institution|Complex)|Jail|Prison|Penitentiary)\b")
# ('And Travis County dominates', 'But Harris County …': a word that opens the sentence is not the county's name)
_COUNTY_RE = re.compile(r"\b(?!(?:And|But|Or|So|Yet|Nor|In|At|The|From|For|Of|By|Only|Even|Both|While|When|Then|Now|"
                        r"Also|Meanwhile|Still|Plus|About|Regarding|As|On|Re)\s)([A-Z][a-z]+(?: [A-Z][a-z]+)?) County\b")
_CITY_RE = re.compile(r"\b[Cc]ity of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b|"
                      r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?), ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
_STATE_NAMES = sorted((s.name for s in us.states.STATES_AND_TERRITORIES), key=len, reverse=True)
_STATE_RE = re.compile(r"\b(" + "|".join(re.escape(n) for n in _STATE_NAMES) + r")\b")


# 'the Washington Post', 'New York Times', 'Texas A&M': a state's name inside another name is not a place
# ('Washington County', 'Iowa Co.' name a county)
NOT_THE_STATE = re.compile(r"\s+(?:Avenue|Street|University|Post|Times|Examiner|Journal|Herald|Tribune|Gazette|"
                            r"Free Beacon|Monthly|Observer|Standard|Law Review|A&M|County|Counties|Parish|"
                            r"Parishes|Township|"
                            # 'the Virginia Republican said', 'a Texas Democrat': a person, not a place counted
                            r"Republicans?|Democrats?|Democratic (?:senator|lawmaker|congressman|congresswoman)|"
                            r"GOP|lawmakers?|congressman|congresswoman|senator|"
                            # 'Texas Gov. Greg Abbott said …', 'Florida Sen. Rick Scott': a person's title
                            r"Gov\.|Governor|Lt\.\s+Gov\.|Sen\.|Rep\.|Attorney\s+General|AG\b)\b|\s+Co\.|"
                            r"\s+(?:Gov|Sen|Rep)\.")
# 'after a federal court ruling in Oregon', 'a judge in Texas ruled': where a court sat, not what a number counts
_A_COURTS_PLACE = re.compile(r"\b(?:court|courts|judge|judges|ruling|ruled|rulings|decision|lawsuit|suit|case)\b[^.;,]{0,30}?"
                             r"\b(?:in|of|from)\s+(?:the\s+(?:state|District)\s+of\s+)?$", re.I)
# 'the list, which named 605 places, left out Texas': a state set outside what is counted is not its place
_LEFT_OUT = re.compile(r"\b(?:left out|leaves out|leave out|leaving out|excluded|excludes|excluding|omitted|omits|"
                       r"omitting|except|except for|not including|not counting|skipped|skips|spared|spares|outside|"
                       r"outside of|beyond|other than|apart from|besides)\s+(?:the\s+state\s+of\s+)?$", re.I)
# 'a report released Wednesday in Washington', 'officials told reporters in Washington': the capital, where news
# was made, not the state a number counts
_DATELINE = re.compile(r"\b(?:released|announced|unveiled|published|issued|said|says|told reporters|testified|spoke|"
                       r"speaking|briefing|conference|hearing|event|rally)\b[^.;]{0,30}\bin\s+$", re.I)
# 'Washington — ICE said Tuesday …', 'Austin, Texas (AP) — …': a dateline opening the sentence, where the story was
# filed; a second dash later makes it an aside instead ('Texas — the state with the most — has 60')
_OPENING_DATELINE = re.compile(r"\s*(?:[A-Z][\w.'’]+(?:\s+[A-Z][\w.'’]+)*,\s+)?")
# 'California — ICE arrested 20,000 people there': the rest points back at the place, so it is what is counted
_BACK_TO_THE_PLACE = re.compile(r"\b(?:there|here|statewide|(?:the|this|that)\s+state(?:['’]s)?|its|locally)\b", re.I)
# what follows a dateline's place: 'D.C.', a day ('Dec 19'), a source or date in parentheses, then the dash
_DATELINE_TAIL = r"(?:,?\s*D\.\s?C\.)?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*(?:—|–|--|-(?=\s))"
_DATELINE_DASH = re.compile(_DATELINE_TAIL + r"\s*(?=[A-Z])(?![^—–]*(?:—|–|--))")
# the country's regions by name ('the South', 'New England'): a set of states, never one of them
US_REGIONS = (r"(?:New\s+England|Midwest|South(?!\s+(?:Carolina|Dakota))|Southeast|Southwest|Northeast|Northwest|"
              r"West(?!\s+Virginia)|Mountain\s+West|Great\s+Plains|"
              r"Great\s+Lakes|Deep\s+South|Sun\s+Belt|Rust\s+Belt|Pacific\s+Northwest|Plains|Appalachia|region)")
# 'in the Southeast', 'across the Bay Area', 'in the Atlanta area': a region no series held counts (the southwest
# border is the Border Patrol's, a measure of its own, not a region)
_REGION_RE = re.compile(r"\b(?i:in|across|around|throughout|within|from)\s+(?:the\s+)?(?:(?:greater|Greater)\s+)?("
                        r"(?:Pacific\s+)?Northwest|Northeast|Southeast|Midwest|Mid-Atlantic|Deep South|New England|"
                        r"Great Plains|Gulf Coast|West Coast|East Coast|Rio Grande Valley|Bay Area|Twin Cities|"
                        r"Inland Empire|(?:[A-Z][a-z]+\s+){1,2}(?:area|region|metro(?:politan)?\s+area|metro|suburbs)|"
                        # 'metro Atlanta', 'Northern Virginia', 'upstate New York': part of a state or a city's region
                        r"(?:metro|suburban|[Mm]etropolitan)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|"
                        r"(?:Northern|Southern|Eastern|Western|Central|Upstate|Downstate|Coastal|Rural|[Uu]pstate|"
                        r"[Dd]ownstate)\s+(?:" + "|".join(re.escape(n) for n in _STATE_NAMES) + r"))"
                        r"\b(?!\s+(?:border|sector)\b)")
# 'New England states had 45 entries', 'Midwestern states': a region named with no preposition before it
_REGION_BARE = re.compile(r"\b(?:New England|Pacific Northwest|Mid-Atlantic|Deep South|Great Plains|Rust Belt|Sun Belt|"
                          r"Mountain West|(?:Midwestern|Southeastern|Northeastern|Southwestern|Southern|Western|Northern|"
                          r"Eastern|Gulf|Plains|border)\s+states)\b")
# 'Outside Florida, ICE listed 520 agreements': everywhere but the state named (SET_ASIDE_BEFORE: the words before it)
_SET_ASIDE = (r"\b(?i:outside(?:\s+of)?|excluding|except(?:\s+for)?|beyond|other\s+than|apart\s+from|besides|not\s+counting|"
              r"everywhere\s+(?:but|except)|all\s+but)")
OUTSIDE_A_STATE = re.compile(_SET_ASIDE + r"\s+(?:the\s+state\s+of\s+)?(?=[A-Z])")
SET_ASIDE_BEFORE = re.compile(_SET_ASIDE + r"\s+(?:the\s+state\s+of\s+)?$")
_NICKNAME_RE = re.compile(r"\b(?:the\s+)?(" + "|".join(re.escape(n) for n in sorted(STATE_NICKNAMES, key=len, reverse=True))
                          + r")(?!\s+(?:Building|University|College|Parkway|Plaza|Bank|Park|Conference|Games|Stadium|"
                            r"Times|Post|News|Journal)\b)")
# 'a congressman from Florida said', 'Rep. Jim Jordan, R-Ohio', 'at a campaign event in Iowa', 'a state senator in
# Colorado said': where a speaker is from or spoke, not what a number counts
SPEAKERS_STATE = re.compile(r"(?:\b[RDI]-\s?|\b(?:event|rally|conference|hearing|forum|town\s+hall|speech|stop|fundraiser|"
                            r"briefing|interview|debate|convention)\b[^.;,]{0,25}\bin\s+|"
                            r"\b(?:congress(?:man|woman|member)|senator|lawmaker|representative|governor|Republican|"
                            r"Democrat|gentle(?:man|woman|lady)|delegate|member)s?\s+(?:from|of)\s+|\b(?:state\s+)?(?:senator|lawmaker|legislator|representative|"
                            r"candidate|congress(?:man|woman|member))s?\s+in\s+)$", re.I)
# 'DHS listed four counties in the state', 'Statewide, …', 'the Commonwealth': a state the sentence does not name (one
# group per alternative, so `lastindex` is the words read)
A_STATE_UNNAMED = re.compile(r"\b(?:in|across|throughout)\s+((?:the|that|this)\s+(?:state|commonwealth))\b|"
                             r"\b((?:the|that|this)\s+(?:state|commonwealth))['’]s\b|\b(statewide)\b|\b(the\s+commonwealth)\b",
                             re.I)
_STATE_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through)\s+)$")


def state_mentions(sentence: str) -> list[re.Match[str]]:
    """The states a sentence names as places: not inside another name ('the Washington Post'), and not as an item
    of a list of states ('California, Illinois and New York', 'from California to Vermont'), which names no one
    place."""
    found, listed = _states_named(sentence)
    return [m for m in found if m.start() not in listed]


# 'third behind California and Illinois': states a place is ranked against, not the place
_RANKED_AGAINST = re.compile(r"\b(?:behind|after|ahead\s+of|than|like|such\s+as|including|besides|unlike)\s+$", re.I)


def listed_states(sentence: str) -> list[re.Match[str]]:
    """The states a sentence names together as a list ('Texas and Florida accounted for 70,000 arrests'): several
    places, not the nation."""
    found, listed = _states_named(sentence)
    return [m for m in found if m.start() in listed]


# 'FLORIDA LEADS THE NATION: 309 of the 832 …': a state's name in capitals, as mailers and headlines write it
_CAPS_STATE_RE = re.compile(r"\b(" + "|".join(re.escape(n.upper()) for n in _STATE_NAMES) + r")\b")


# 'WASHINGTON (Reuters) -', 'WASHINGTON, Dec 19 (Reuters) -', 'NEW YORK —': a wire dateline in capitals, never the place
_CAPS_DATELINE_REST = re.compile(_DATELINE_TAIL + r"\s")


def title_cased_states(sentence: str) -> str:
    """The sentence with states named in capitals written as names (same length, so every offset holds); a capitals
    dateline opening the sentence stays as written."""
    def named(m: re.Match[str]) -> str:
        if not sentence[:m.start()].strip(" \t\"'“‘(") and _CAPS_DATELINE_REST.match(sentence, m.end()):
            return m.group(1)
        return m.group(1).title().replace(" Of ", " of ")
    return _CAPS_STATE_RE.sub(named, sentence)


# 'Washington wants you to believe …', 'the flood Washington promised', 'some in Washington claim': the federal
# government, by the name of its capital, not the state
_THE_CAPITAL_ACTS = re.compile(r"\s+(?:wants|want|wanted|promised|promises|claims|claimed|expects|expected|threatens|"
                               # ('Washington tells the press that 92 per cent …', 'Washington says')
                               r"tells|told|says|said|maintains|maintained|asserts|asserted|boasts|boasted|"
                               r"threatened|insists|insisted|demands|demanded|did\s+not|does\s+not|doesn['’]t|"
                               r"didn['’]t|keeps|kept|won['’]t|would\s+have\s+you)\b")
# ('Washington says ICE arrested 3,000 people statewide': the state, speaking of itself)
_THE_STATES_SCOPE = re.compile(r"\b(?:statewide|state-wide|in\s+the\s+state|across\s+the\s+state|the\s+state['’]s)\b",
                               re.I)
_PEOPLE_IN = re.compile(r"\b(?:some|many|those|politicians|lawmakers|everyone|nobody|few)\s+in\s+$", re.I)
_THEY_SAY = re.compile(r"\s+(?:say|said|claim|claimed|insist|insisted|argue|argued|believe|want|think|thought)\b")


def _states_named(sentence: str) -> tuple[list[re.Match[str]], set[int]]:
    sentence = title_cased_states(sentence)
    found = [m for m in _STATE_RE.finditer(sentence) if not NOT_THE_STATE.match(sentence[m.end():])
             and not _A_COURTS_PLACE.search(sentence[max(0, m.start() - 50):m.start()])
             and not _LEFT_OUT.search(sentence[max(0, m.start() - 40):m.start()])
             and not SPEAKERS_STATE.search(sentence[max(0, m.start() - 50):m.start()])
             and not (m.group(1) == "Washington" and _DATELINE.search(sentence[max(0, m.start() - 60):m.start()]))
             and not (m.group(1) == "Washington" and not _THE_STATES_SCOPE.search(sentence)
                      and (_THE_CAPITAL_ACTS.match(sentence, m.end())
                           or (_PEOPLE_IN.search(sentence[max(0, m.start() - 30):m.start()])
                               and _THEY_SAY.match(sentence, m.end()))))
             and not _opens_a_dateline(sentence, m)]
    listed: set[int] = set()
    for a, b in itertools.pairwise(found):
        if _STATE_JOIN.match(sentence[a.end():b.start()]):
            listed.update((a.start(), b.start()))
    return found, listed


def _opens_a_dateline(sentence: str, m: re.Match[str]) -> bool:
    """A state named in the dateline that opens a sentence ('Washington — ICE removed …'): where the story was filed."""
    return _OPENING_DATELINE.fullmatch(sentence[:m.start()]) is not None \
        and _DATELINE_DASH.match(sentence, m.end()) is not None \
        and not _BACK_TO_THE_PLACE.search(sentence, m.end())


def _resolve(name: str, state: str | None, kind: str) -> tuple[str, str | None]:
    """A county's or city's canonical name and FIPS code via `ice_ledger.geo.resolve` (as written if unresolved)."""
    written = name + (f", {state}" if state else "")
    try:
        r = resolve(name, state, kind)
    except (IceLedgerError, OSError, ValueError, LookupError):  # unresolvable: the place stays as written
        return written, None
    return (r.name or written, r.fips) if r.status == "matched" else (written, None)


# 'according to a coalition in Chicago', 'a group based in Atlanta': who told it, not what the number counts
_TOLD_FROM = re.compile(r"\b(?:according to|based|headquartered)\b[^.;]{0,50}$", re.I)


# 'In Houston, officials said ICE made …': the place of the telling, a clause before the speaker's verb
_SAID_THERE = re.compile(r"\s*,\s*(?:[\w.'’-]+\s+){1,4}(?:said|says|told|announced|reported|testified|argued|noted)\b")


def _told_where(sentence: str, m: re.Match[str]) -> bool:
    """A place named where the news was made or where its source sits, not as what a number counts."""
    before = sentence[max(0, m.start() - 60):m.start() + 3]
    return _DATELINE.search(before) is not None or _TOLD_FROM.search(sentence[max(0, m.start() - 60):m.start()]) is not None \
        or _SAID_THERE.match(sentence[m.end():m.end() + 60]) is not None


@functools.cache
def _city_re(cities: frozenset[str]) -> re.Pattern[str] | None:
    """'in Houston', 'across St. Paul': a large city named after a preposition of place (not 'Houston's mayor')."""
    if not cities:
        return None
    names = "|".join(re.escape(n) for n in sorted(cities, key=len, reverse=True))
    return re.compile(r"\b(?i:in|across|around|throughout|within|from)\s+(?:the\s+city\s+of\s+)?(" + names +
                      r")\b(?!['’]s\b|\s+(?:County|Counties|Parish|Chronicle|Times|Post|Herald|Tribune|Journal|Star|"
                      r"News|Examiner)\b)")


@functools.cache
def _citys_own_re(cities: frozenset[str]) -> re.Pattern[str] | None:
    """'Atlanta's arrests rose 70 percent', 'Dallas arrests': a large city's own count, named before the noun."""
    if not cities:
        return None
    names = "|".join(re.escape(n) for n in sorted(cities, key=len, reverse=True))
    return re.compile(r"\b(" + names + r")(?:(?:['’]s)?\s+(?:(?:ICE|immigration|deportation|enforcement)\s+)?"
                      r"(?:arrests|removals|deportations|detainers|apprehensions|"
                      # 'Philadelphia's jails declined more than 500 detainers': the city's own institutions
                      r"jails?|prisons?|police|sheriff(?:['’]s)?|officials|authorities|(?:city|county)\s+(?:jails?|officials))\b|"
                      # 'Dallas also led in fiscal 2017, with 16,520 arrests', 'Dallas ranked second': the city ranked
                      r"\s+(?:also\s+|again\s+|then\s+)?(?:led|leads|ranked|ranks|came|placed|topped|tops|trailed|followed)\b)")


def local_area(sentence: str, cities: frozenset[str] = frozenset()) -> re.Match[str] | None:
    """A region, metro area or large city the sentence names as a place (not where it was said), or a state it sets
    aside ('outside Florida'): a count beside it may be of that area, not of the state or nation named."""
    city_re = _city_re(cities)
    found = [m for rx in ([city_re] if city_re else []) + [_REGION_RE, _REGION_BARE, OUTSIDE_A_STATE]
             for m in rx.finditer(sentence)
             if not _told_where(sentence, m)]
    return min(found, key=lambda m: m.start()) if found else None


def find_place(sentence: str, offset: int, cities: frozenset[str] = frozenset()) -> Place | None:
    """The most specific place the sentence names (area office, county, state), else the nation if it says so.
    `cities` are the large cities' names ('in Houston' names one; evidence.Evidence.cities)."""

    sentence = title_cased_states(sentence)

    def span(m: re.Match[str]) -> Span:
        return Span(offset + m.start(), offset + m.end(), m.group(0))

    nation = _NATION_RE.search(sentence)
    if nation and nation.start() == min(x.start() for x in (nation, _AREA_RE.search(sentence), _COUNTY_RE.search(
            sentence), _CITY_RE.search(sentence), *state_mentions(sentence)[:1]) if x is not None):
        # 'Nationwide, … after a federal court in Oregon ruled against Clackamas County …': the nation, named first
        return Place("nation", "United States", code="US", span=span(nation))
    m = _FACILITY_RE.search(sentence)
    if m and not _COUNTY_RE.search(m.group(0)):
        return Place("facility", m.group(0), span=span(m))
    m = _AREA_RE.search(sentence)
    if m:
        return Place("ice_area", re.sub(r"^(?:The|In|At|From|For) ", "", next(g for g in m.groups() if g)),
                     span=span(m))
    m = _COUNTY_RE.search(sentence)
    if m:
        in_state = _STATE_RE.search(sentence)
        name, fips = _resolve(m.group(0), in_state.group(1) if in_state else None, "county")
        return Place("county", name, code=fips, span=span(m))
    for cm in _CITY_RE.finditer(sentence):
        city, state_name = (cm.group(1), None) if cm.group(1) else (cm.group(2), cm.group(3))
        if state_name is not None and not _STATE_RE.fullmatch(state_name):
            continue
        city = re.sub(r"^(?:In|At|The|From|For) ", "", city)
        name, fips = _resolve(city, state_name, "place")
        if fips or cm.group(1):
            return Place("city", name, code=fips, span=span(cm))
    city_re, own_re = _city_re(cities), _citys_own_re(cities)
    big = next((m for m in city_re.finditer(sentence) if not _told_where(sentence, m)), None) if city_re else None
    big = big or (own_re.search(sentence) if own_re else None)
    # a state the sentence names is the place ('Virginia had 32 entries, many in the Washington suburbs'), unless
    # it is part of the city's name ('in Kansas City')
    states = [m for m in state_mentions(sentence) if big is None or not big.start(1) <= m.start() < big.end(1)]
    if big is not None and not states:
        return Place("city", big.group(1), span=span(big))
    region = next((m for m in _REGION_RE.finditer(sentence) if not _told_where(sentence, m)), None)
    if region is not None and not states:
        return Place("region", region.group(1), span=span(region))
    if states:
        m = states[0]
        st = us.states.lookup(m.group(1))
        return Place("state", m.group(1), code=st.abbr if st else None, span=span(m))
    nick = _NICKNAME_RE.search(sentence)
    if nick is not None and (st := us.states.lookup(STATE_NICKNAMES[nick.group(1)])) is not None:
        return Place("state", st.name, code=st.abbr, span=span(nick))
    together = listed_states(sentence)
    # ('from California to Vermont': the breadth of the country; 'fifth behind Florida, Texas and Georgia': a rank)
    if together and not nation and not re.search(r"\bto\b", sentence[together[0].end():together[-1].start()]) \
            and not _RANKED_AGAINST.search(sentence[max(0, together[0].start() - 25):together[0].start()]):
        # 'Texas and Florida accounted for 70,000 ICE arrests': the states together, a region no series counts
        first, last = together[0], together[-1]
        return Place("region", sentence[first.start():last.end()], span=Span(offset + first.start(), offset + last.end(),
                                                                             sentence[first.start():last.end()]))
    if nation:
        return Place("nation", "United States", code="US", span=span(nation))
    return None
