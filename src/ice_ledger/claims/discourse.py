"""What earlier sentences of an article established, for the sentences after them (its own module so that the
extraction steps, `extract` and `lists`, can share it without importing each other)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ice_ledger.claims.model import Period

# the note on a count with no place of its own, after a sentence about one state, county, city or facility
LOCAL_NOTE = "an earlier sentence is about "


@dataclass
class Discourse:
    """What earlier sentences established: the period and event a later 'that number' or 'these' refers to."""

    article_date: dt.date | None
    period: Period | None = None
    event: str | None = None
    qualifiers: list[str] = field(default_factory=list)
    list_name: str | None = None
    article_list: str | None = None  # the one sanctuary list the whole article names, if it names just one
    list_models: list[str] = field(default_factory=list)  # the 287(g) models an earlier sentence named
    text: str = ""  # the whole article (who a study's authors are may be named sentences earlier)
    agency: str | None = None  # the last agency a sentence named alone ('The agency reported ...' means it)
    local_place: str | None = None  # the last state, county, city or facility a sentence named (None after 'nationwide')
    cities: frozenset[str] = frozenset()  # the large cities' names, from the evidence ('in Houston' names a place)
