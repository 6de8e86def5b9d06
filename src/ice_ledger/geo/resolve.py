"""Resolve a jurisdiction or agency name to a FIPS-coded state, county or place, or say why not.

The resolver never guesses: a name that fits two places is `ambiguous` (with the candidates), a name that fits
none is `unresolved` (with the reason). Fuzzy matching runs only within a known state, only above
FUZZY_THRESHOLD, and a runner-up within FUZZY_MARGIN makes the answer ambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ice_ledger.errors import IceLedgerError
from ice_ledger.geo.gazetteer import Entry, Gazetteer, default_gazetteer
from ice_ledger.geo.names import (
    COUNTY_SUFFIXES,
    PLACE_SUFFIXES,
    STATES,
    State,
    lookup_state,
    norm,
    split_suffix,
)

FUZZY_THRESHOLD = 92.0
FUZZY_MARGIN = 4.0
KINDS = frozenset({"state", "county", "place", "agency"})

# Agency words, normalised, longest first: what they tell us about the level of government.
AGENCY_SUFFIXES: tuple[tuple[str, str | None], ...] = (  # checked in this order
    ("county sheriffs office", "county"), ("county sheriffs department", "county"),
    ("parish sheriffs office", "county"), ("county police department", "county"),
    ("sheriffs office", "county"), ("sheriffs department", "county"), ("sheriff department", "county"),
    ("sheriff office", "county"), ("sheriffs dept", "county"), ("sheriffs", "county"), ("sheriff", "county"),
    ("county jail", "county"), ("county detention center", "county"), ("county correctional facility", "county"),
    ("county department of corrections", "county"), ("county corrections", "county"),
    ("unified police department", None), ("public safety", None), ("police department", "place"), ("police dept", "place"), ("department of public safety", "place"),
    ("public safety department", "place"), ("police", "place"), ("pd", "place"),
)
PREFIX_RE = re.compile(r"^(city and county|city and borough|county|city|town|village|borough|parish|municipality"
                       r"|township) of (.+)$")


@dataclass(frozen=True)
class Resolution:
    """The answer for one name: matched (fips and canonical name), ambiguous (candidates) or unresolved."""

    query: str
    state: str | None
    kind: str | None  # 'state'|'county'|'place'|'agency'|None
    status: str  # 'matched' | 'ambiguous' | 'unresolved'
    fips: str | None  # 2-digit state, 5-digit county, or 7-digit state+place
    name: str | None  # canonical name, e.g. 'Travis County, Texas'
    level: str | None  # 'state' | 'county' | 'place'
    method: str  # 'exact' | 'normalised' | 'alias' | 'fuzzy' | 'none'
    reason: str | None  # why unresolved/ambiguous
    candidates: tuple[str, ...] = ()

    @property
    def matched(self) -> bool:
        return self.status == "matched"


def _label(e: Entry) -> str:
    return f"{e.fips} {e.name}"


def resolve(name: str, state: str | None = None, kind: str | None = None, *,
            gazetteer: Gazetteer | None = None) -> Resolution:
    """Resolve one name. `state` (name, postal code or FIPS) narrows the search; `kind` states what it is."""
    gaz = gazetteer or default_gazetteer()
    return _Resolver(gaz, name, state, kind).run()


def resolve_many(rows: Iterable[tuple[str, str | None, str | None]], *,
                 gazetteer: Gazetteer | None = None) -> list[Resolution]:
    """Resolve (name, state, kind) rows; repeated rows are resolved once."""
    gaz = gazetteer or default_gazetteer()
    memo: dict[tuple[str, str | None, str | None], Resolution] = {}
    out = []
    for row in rows:
        if row not in memo:
            memo[row] = _Resolver(gaz, *row).run()
        out.append(memo[row])
    return out



class PlaceNotFoundError(IceLedgerError):
    """A name that resolves to no place, or to several."""

    def __init__(self, res: Resolution):
        self.resolution = res
        msg = f"{res.query!r} is {res.status}: {res.reason}"
        if res.candidates:
            msg += "; candidates: " + "; ".join(res.candidates[:10])
        super().__init__(msg)


class _Resolver:
    def __init__(self, gaz: Gazetteer, query: str, state: str | None, kind: str | None):
        self.gaz, self.query, self.state_arg, self.kind = gaz, query, state, kind

    def result(self, status: str, method: str, entry: Entry | None = None, state: State | None = None,
               reason: str | None = None, candidates: Iterable[Entry] = ()) -> Resolution:
        cands = tuple(_label(c) for c in candidates)
        if entry is not None:
            return Resolution(self.query, _state_name(entry.state_fips), self.kind, status, entry.fips, entry.name,
                              entry.level, method, reason, cands)
        if state is not None and status == "matched":
            return Resolution(self.query, state.name, self.kind, status, state.fips, state.name, "state", method,
                              reason, cands)
        return Resolution(self.query, state.name if state else self.state_arg, self.kind, status, None, None, None,
                          method, reason, cands)

    def run(self) -> Resolution:
        if self.kind is not None and self.kind not in KINDS:
            return self.result("unresolved", "none", reason=f"unknown kind {self.kind!r} (use {sorted(KINDS)})")
        text = (self.query or "").strip()
        if not text:
            return self.result("unresolved", "none", reason="empty name")
        state = lookup_state(self.state_arg) if self.state_arg else None
        if self.state_arg and state is None:
            return self.result("unresolved", "none", reason=f"unknown state {self.state_arg!r}")
        if state is None and "," in text:
            head, tail = text.rsplit(",", 1)
            tail_state = lookup_state(tail)
            if tail_state is not None and head.strip():
                state, text = tail_state, head.strip()
        if state is None and (m := re.fullmatch(r"(.+?)\s+([A-Z]{2})", text)) and lookup_state(m.group(2)):
            state, text = lookup_state(m.group(2)), m.group(1)
        whole_state = lookup_state(text)
        if whole_state is not None and self.kind in (None, "state") and (state is None or state == whole_state):
            return self.result("matched", "exact" if text in (whole_state.name, whole_state.abbr) else "normalised",
                               state=whole_state)
        if self.kind == "state":
            return self.result("unresolved", "none", state=state, reason=f"{text!r} is not a state name or code")
        return self._match(text, state)

    def _match(self, text: str, state: State | None) -> Resolution:
        key = norm(text)
        level = self.kind if self.kind in ("county", "place") else None
        method = "normalised"
        for suffix, hint in AGENCY_SUFFIXES:
            if key.endswith(" " + suffix) or key == suffix:
                key = key[: -len(suffix)].strip()
                method, level = "alias", level or hint
                if hint == "county" and split_suffix(key, COUNTY_SUFFIXES)[1] is None:
                    key = f"{key} county" if key else key
                break
        if m := PREFIX_RE.match(key):
            word, rest = m.group(1), m.group(2)
            method = "alias"
            if word in ("city and county", "city and borough"):
                level, key = level or "county", rest
            elif word in ("county", "parish", "municipality"):
                level, key = level or "county", f"{rest} {word}"
            else:
                level, key = level or "place", f"{rest} {word}"
        if level == "place" and self.kind != "place" and key.endswith(" county"):
            level = "county"  # 'Baltimore County Police Department'
        if not key:
            return self.result("unresolved", "none", state=state, reason="nothing left after removing agency words")
        scope = [state.fips] if state else None
        exact = self._lookup(key, scope, level)
        if exact:
            return self._decide(exact, state, method if method == "alias" else self._exactness(text, exact[0]))
        base_hits = self._lookup_base(key, scope, level)
        if base_hits:
            return self._decide(base_hits, state, "alias")
        if state is not None:  # 'La Salle' == 'LaSalle', 'De Witt' == 'DeWitt'
            compact = [e for e in self.gaz.by_compact.get((state.fips, key.replace(" ", "")), [])
                       if level is None or e.level == level]
            if compact:
                return self._decide(compact, state, "normalised")
        if state is None:
            return self.result("unresolved", "none", reason="no exact match and no state given (fuzzy matching "
                               "needs a state)")
        return self._fuzzy(key, state, level)

    def _exactness(self, text: str, e: Entry) -> str:
        return "exact" if text.strip().lower() in (e.local_name.lower(), e.name.lower()) else "normalised"

    def _lookup(self, key: str, scope: list[str] | None, level: str | None) -> list[Entry]:
        if scope is None:
            hits = list(self.gaz.by_key_any_state.get(key, []))
        else:
            hits = [e for st in scope for e in self.gaz.by_key.get((st, key), [])]
        return [e for e in hits if level is None or e.level == level]

    def _lookup_base(self, key: str, scope: list[str] | None, level: str | None) -> list[Entry]:
        """'Travis' -> 'Travis County'; 'New Orleans' -> 'New Orleans city' (kind word left off)."""
        if scope is None:
            return []  # a bare name without a state ('Washington') is never matched by its base
        hits = [e for st in scope for e in self.gaz.by_base.get((st, key), [])]
        return [e for e in hits if level is None or e.level == level]

    def _decide(self, hits: list[Entry], state: State | None, method: str) -> Resolution:
        hits = _prefer(hits)
        if len(hits) == 1:
            others = [e for e in self.gaz.by_key.get((hits[0].state_fips, hits[0].key), []) if e is not hits[0]]
            return self.result("matched", method, hits[0], candidates=others)
        where = f" in {state.name}" if state else " (no state given)"
        return self.result("ambiguous", method, state=state, candidates=hits[:25],
                           reason=f"{len(hits)} places share this name{where}; give the state or the kind "
                           "(county/place)")

    def _fuzzy(self, key: str, state: State, level: str | None) -> Resolution:
        pool = self.gaz.in_state(state.fips, level)
        # Each entry is scored on its full name and on its name without the kind word; its best score counts.
        choices = {2 * i + j: (e.key, e.base)[j] for i, e in enumerate(pool) for j in (0, 1)}
        scored = process.extract(key, choices, scorer=fuzz.ratio, limit=10)
        best: dict[str, tuple[float, Entry]] = {}
        for _, s, i in scored:
            e = pool[int(i) // 2]
            if e.fips not in best or float(s) > best[e.fips][0]:
                best[e.fips] = (float(s), e)
        best_by_entry = sorted(best.values(), key=lambda t: -t[0])
        if not best_by_entry or best_by_entry[0][0] < FUZZY_THRESHOLD:
            near = [e for s, e in best_by_entry[:3] if s >= 70]
            return self.result("unresolved", "none", state=state, candidates=near,
                               reason=f"no county or place in {state.name} matches"
                               + (f" (closest below threshold {FUZZY_THRESHOLD:g})" if near else ""))
        top, entry = best_by_entry[0]
        rivals = [e for s, e in best_by_entry[1:] if top - s < FUZZY_MARGIN and e.fips != entry.fips]
        if rivals:
            return self.result("ambiguous", "fuzzy", state=state, candidates=[entry, *rivals],
                               reason=f"fuzzy match {top:.0f} has a close runner-up")
        return self.result("matched", "fuzzy", entry, reason=f"fuzzy score {top:.0f}")


def _prefer(hits: list[Entry]) -> list[Entry]:
    """Rules that decide between same-named entries without guessing.

    A county-equivalent and a place with the same full name are one government (St. Louis city, Anchorage
    Municipality): the county-equivalent is the answer. Among places, an incorporated one beats a CDP.
    """
    seen: dict[str, Entry] = {}
    for e in hits:
        seen.setdefault(e.fips, e)
    hits = list(seen.values())
    counties = [e for e in hits if e.level == "county"]
    places = [e for e in hits if e.level == "place"]
    if len(counties) == 1 and places and all(p.key == counties[0].key or
                                             split_suffix(p.key, PLACE_SUFFIXES)[0] == counties[0].key
                                             for p in places) and counties[0].kind_word != "county":
        return counties
    if not counties and len(places) > 1:
        inc = [p for p in places if p.incorporated]
        if len(inc) == 1:
            return inc
    return hits


def _state_name(fips: str) -> str:
    return STATES[fips].name
