"""Name normalisation shared by the gazetteer and the resolver: one spelling rule for every source.

'Doña Ana' and 'Dona Ana', 'Saint Louis' and 'St. Louis', 'Abbeville3' (an FBI footnote glued to the name)
and 'Abbeville' all normalise to the same key.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import us

from ice_ledger.geo.fips import STATE_FIPS

# County-equivalent kinds, longest first so that 'city and borough' wins over 'borough'.
COUNTY_SUFFIXES = ("city and borough", "census area", "planning region", "municipality", "municipio",
                   "borough", "parish", "county", "city")
PLACE_SUFFIXES = ("consolidated government (balance)", "metropolitan government (balance)",
                  "unified government (balance)", "metro government (balance)", "government (balance)",
                  "city (balance)", "city and borough", "urban county", "municipality", "zona urbana",
                  "comunidad", "township", "borough", "village", "town", "city", "cdp")
INCORPORATED = frozenset({"city", "town", "village", "borough", "municipality", "city and borough",
                          "urban county", "township"})


def fold(text: str) -> str:
    """Accents removed (NFKD), so 'Doña' == 'Dona'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_FOOTNOTE = re.compile(r"(?<=[a-z)])\d+\b")
_NON_WORD = re.compile(r"[^a-z0-9()]+")
_WORDS = ((re.compile(r"\bsaint\b"), "st"), (re.compile(r"\bsainte\b"), "ste"), (re.compile(r"\bmt\b"), "mount"),
          (re.compile(r"\bft\b"), "fort"))
_SPACES = re.compile(r"\s+")


def norm(text: str) -> str:
    """The comparison key: lower case, no accents, no footnote digits, 'saint' -> 'st', no punctuation."""
    s = (fold(text) if not text.isascii() else text).lower().replace("&", " and ").replace("\u2019", "'")
    s = _FOOTNOTE.sub("", s)  # footnote digits glued to a word: 'abbeville3', 'counties6'
    s = _NON_WORD.sub(" ", s.replace("'", ""))
    for pattern, repl in _WORDS:
        s = pattern.sub(repl, s)
    return _SPACES.sub(" ", s).strip()


def split_suffix(key: str, suffixes: tuple[str, ...]) -> tuple[str, str | None]:
    """('travis', 'county') from 'travis county'; (key, None) when no kind word ends the name."""
    for suf, n in _normalised(suffixes):
        if key.endswith(" " + n) and len(key) > len(n) + 1:
            return key[: -len(n) - 1].strip(), suf
    return key, None


@cache
def _normalised(suffixes: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((s, norm(s)) for s in suffixes)


@dataclass(frozen=True)
class State:
    fips: str
    abbr: str
    name: str


def _states() -> dict[str, State]:
    out: dict[str, State] = {}
    for s in (*us.states.STATES_AND_TERRITORIES, us.states.DC):
        if s.fips in STATE_FIPS:
            out[s.fips] = State(s.fips, s.abbr, s.name)
    return out


STATES: dict[str, State] = _states()
_STATE_KEYS: dict[str, State] = {}
for _s in STATES.values():
    _STATE_KEYS[_s.fips] = _s
    _STATE_KEYS[_s.abbr.lower()] = _s
    _STATE_KEYS[norm(_s.name)] = _s
_STATE_KEYS["washington dc"] = _STATE_KEYS["d c"] = _STATE_KEYS["dist of columbia"] = STATES["11"]


def lookup_state(text: str | None) -> State | None:
    """A state from its name, postal code or FIPS, exactly (no phonetic guessing)."""
    if text is None:
        return None
    t = text.strip()
    if t.isdigit():
        return _STATE_KEYS.get(t.zfill(2))
    return _STATE_KEYS.get(norm(t)) or _STATE_KEYS.get(t.lower())


# a state's nickname names it as surely as its name ('the Sunshine State had 255 agreements'): postal codes
STATE_NICKNAMES = {
    "Yellowhammer State": "AL", "Heart of Dixie": "AL", "Last Frontier": "AK", "Grand Canyon State": "AZ",
    "Natural State": "AR", "Golden State": "CA", "Centennial State": "CO", "Constitution State": "CT",
    "Nutmeg State": "CT", "First State": "DE", "Diamond State": "DE", "Sunshine State": "FL", "Peach State": "GA",
    "Aloha State": "HI", "Gem State": "ID", "Land of Lincoln": "IL", "Prairie State": "IL", "Hoosier State": "IN",
    "Hawkeye State": "IA", "Sunflower State": "KS", "Bluegrass State": "KY", "Pelican State": "LA",
    "Pine Tree State": "ME", "Old Line State": "MD", "Bay State": "MA", "Great Lakes State": "MI",
    "Wolverine State": "MI", "North Star State": "MN", "Land of 10,000 Lakes": "MN", "Magnolia State": "MS",
    "Show Me State": "MO", "Show-Me State": "MO", "Treasure State": "MT", "Big Sky Country": "MT",
    "Cornhusker State": "NE", "Silver State": "NV", "Granite State": "NH", "Garden State": "NJ",
    "Land of Enchantment": "NM", "Empire State": "NY", "Tar Heel State": "NC", "Peace Garden State": "ND",
    "Buckeye State": "OH", "Sooner State": "OK", "Beaver State": "OR", "Keystone State": "PA", "Ocean State": "RI",
    "Palmetto State": "SC", "Mount Rushmore State": "SD", "Volunteer State": "TN", "Lone Star State": "TX",
    "Beehive State": "UT", "Green Mountain State": "VT", "Old Dominion": "VA", "Evergreen State": "WA",
    "Mountain State": "WV", "Badger State": "WI", "Equality State": "WY", "Cowboy State": "WY",
}
