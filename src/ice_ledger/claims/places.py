"""Where a claim is about: the nation, a state (via `us`), a county, a city, an ICE area of responsibility or one
named facility (a jail, a detention center)."""

from __future__ import annotations

import itertools
import re

import us

from ice_ledger.claims.model import Place, Span
from ice_ledger.errors import IceLedgerError
from ice_ledger.geo.resolve import resolve

_NATION_RE = re.compile(r"\b(?:nationwide|nationally|across the (?:country|nation|United States)|in the United States|"
                        r"in the U\.S\.|in America|across America)\b", re.I)
_AREA_RE = re.compile(r"\bICE['’]s ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:field )?office\b|"
                      r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:field|area) office\b")
# 'Moshannon Valley Correctional Center', 'the Northwest ICE Processing Center': one facility, counted by no series held
_FACILITY_RE = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,4}(?:(?:Correctional|Detention|Processing|Corrections)\s+(?:Center|"
                          r"Facility|Institution|Complex)|Jail|Prison|Penitentiary)\b")
_COUNTY_RE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) County\b")
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
# 'a congressman from Florida said': where a person is from, not what a number counts
A_PERSONS_STATE = re.compile(r"\b(?:congress(?:man|woman|member)|senator|lawmaker|representative|governor|Republican|"
                              r"Democrat)s?\s+(?:from|of)\s+$", re.I)
# 'after a federal court ruling in Oregon', 'a judge in Texas ruled': where a court sat, not what a number counts
_A_COURTS_PLACE = re.compile(r"\b(?:court|courts|judge|judges|ruling|ruled|rulings|decision|lawsuit|suit|case)\b[^.;,]{0,30}?"
                             r"\b(?:in|of|from)\s+(?:the\s+(?:state|District)\s+of\s+)?$", re.I)
# 'the list, which named 605 places, left out Texas': a state set outside what is counted is not its place
_LEFT_OUT = re.compile(r"\b(?:left out|leaves out|leave out|leaving out|excluded|excludes|excluding|omitted|omits|"
                       r"omitting|except|not including|skipped|skips|spared|spares)\s+(?:the\s+state\s+of\s+)?$", re.I)
# 'a report released Wednesday in Washington', 'officials told reporters in Washington': the capital, where news
# was made, not the state a number counts
_DATELINE = re.compile(r"\b(?:released|announced|unveiled|published|issued|said|says|told reporters|testified|spoke|"
                       r"speaking|briefing|conference|hearing|event|rally)\b[^.;]{0,30}\bin\s+$", re.I)
_STATE_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through)\s+)$")


def state_mentions(sentence: str) -> list[re.Match[str]]:
    """The states a sentence names as places: not inside another name ('the Washington Post'), and not as an item
    of a list of states ('California, Illinois and New York', 'from California to Vermont'), which names no one
    place."""
    found = [m for m in _STATE_RE.finditer(sentence) if not NOT_THE_STATE.match(sentence[m.end():])
             and not _A_COURTS_PLACE.search(sentence[max(0, m.start() - 50):m.start()])
             and not _LEFT_OUT.search(sentence[max(0, m.start() - 40):m.start()])
             and not A_PERSONS_STATE.search(sentence[max(0, m.start() - 30):m.start()])
             and not (m.group(1) == "Washington" and _DATELINE.search(sentence[max(0, m.start() - 60):m.start()]))]
    listed: set[int] = set()
    for a, b in itertools.pairwise(found):
        if _STATE_JOIN.match(sentence[a.end():b.start()]):
            listed.update((a.start(), b.start()))
    return [m for m in found if m.start() not in listed]


def _resolve(name: str, state: str | None, kind: str) -> tuple[str, str | None]:
    """A county's or city's canonical name and FIPS code via `ice_ledger.geo.resolve` (as written if unresolved)."""
    written = name + (f", {state}" if state else "")
    try:
        r = resolve(name, state, kind)
    except (IceLedgerError, OSError, ValueError, LookupError):  # unresolvable: the place stays as written
        return written, None
    return (r.name or written, r.fips) if r.status == "matched" else (written, None)


def find_place(sentence: str, offset: int) -> Place | None:
    """The most specific place the sentence names (area office, county, state), else the nation if it says so."""

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
        return Place("ice_area", (m.group(1) or m.group(2)), span=span(m))
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
    states = state_mentions(sentence)
    if states:
        m = states[0]
        st = us.states.lookup(m.group(1))
        return Place("state", m.group(1), code=st.abbr if st else None, span=span(m))
    if nation:
        return Place("nation", "United States", code="US", span=span(nation))
    return None
