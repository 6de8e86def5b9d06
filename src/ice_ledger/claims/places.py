"""Where a claim is about: the nation, a state (via `us`), a county, a city or an ICE area of responsibility."""

from __future__ import annotations

import re

import us

from ice_ledger.claims.model import Place, Span

_NATION_RE = re.compile(r"\b(?:nationwide|nationally|across the (?:country|nation|United States)|in the United States|"
                        r"in the U\.S\.|in America|across America)\b", re.I)
_AREA_RE = re.compile(r"\bICE['’]s ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:field )?office\b|"
                      r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:field|area) office\b")
_COUNTY_RE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) County\b")
_STATE_NAMES = sorted((s.name for s in us.states.STATES_AND_TERRITORIES), key=len, reverse=True)
_STATE_RE = re.compile(r"\b(" + "|".join(re.escape(n) for n in _STATE_NAMES) + r")\b")


def find_place(sentence: str, offset: int) -> Place | None:
    """The most specific place the sentence names (area office, county, state), else the nation if it says so."""

    def span(m: re.Match[str]) -> Span:
        return Span(offset + m.start(), offset + m.end(), m.group(0))

    m = _AREA_RE.search(sentence)
    if m:
        return Place("ice_area", (m.group(1) or m.group(2)), span=span(m))
    m = _COUNTY_RE.search(sentence)
    if m:
        state = _STATE_RE.search(sentence)
        return Place("county", m.group(0) + (f", {state.group(1)}" if state else ""), span=span(m))
    m = _STATE_RE.search(sentence)
    if m and not re.match(r"\s+(?:Avenue|Street|University)", sentence[m.end():]):
        st = us.states.lookup(m.group(1))
        return Place("state", m.group(1), code=st.abbr if st else None, span=span(m))
    m = _NATION_RE.search(sentence)
    if m:
        return Place("nation", "United States", code="US", span=span(m))
    return None
