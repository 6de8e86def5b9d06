"""FIPS codes as fixed-width strings: restore leading zeros lost to spreadsheets, refuse impossible codes.

Several mirror files store `1001` for Autauga County (01001) because a spreadsheet read the code as a number.
A code is restored only when its width is unambiguous; anything else is `FipsError` (quarantine `fips_invalid`).
"""

from __future__ import annotations

import re

from ice_ledger.errors import IceLedgerError

# State FIPS in use: the 50 states, DC (11) and Puerto Rico (72). 03, 07, 14, 43 and 52 were never assigned.
STATE_FIPS = frozenset(
    f"{n:02d}" for n in (*range(1, 57), 72) if n not in (3, 7, 14, 43, 52)
)
WIDTH = {"state": 2, "county": 5, "place": 7}


class FipsError(IceLedgerError):
    """A FIPS code that is not valid even after restoring leading zeros (quarantine reason `fips_invalid`)."""


def _digits(code: object, level: str) -> str:
    text = str(code).strip() if code is not None else ""
    if re.fullmatch(r"\d+\.0+", text):  # 1001.0 from a float column
        text = text.split(".")[0]
    if not text.isdigit():
        raise FipsError(f"{level} FIPS {code!r} is not a number")
    return text


def state_fips(code: object) -> str:
    """Two-digit state FIPS ('6' -> '06'); raises FipsError for codes no state has."""
    text = _digits(code, "state")
    if len(text) > 2:
        raise FipsError(f"state FIPS {code!r} has more than 2 digits")
    padded = text.zfill(2)
    if padded not in STATE_FIPS:
        raise FipsError(f"state FIPS {code!r} is not a state, DC or Puerto Rico")
    return padded


def county_fips(code: object, county: object | None = None) -> str:
    """Five-digit county FIPS from a GEOID ('1001' -> '01001') or from state and county parts ('1', '1')."""
    if county is not None:
        c = _digits(county, "county")
        if len(c) > 3:
            raise FipsError(f"county FIPS part {county!r} has more than 3 digits")
        return state_fips(code) + c.zfill(3)
    text = _digits(code, "county")
    if len(text) not in (4, 5):
        raise FipsError(f"county FIPS {code!r} must have 5 digits (4 when the leading zero was lost)")
    padded = text.zfill(5)
    state_fips(padded[:2])
    if padded[2:] == "000":
        raise FipsError(f"county FIPS {code!r} has county part 000 (that is a state total)")
    return padded


def place_fips(code: object, place: object | None = None) -> str:
    """Seven-digit state+place FIPS ('103076' -> '0103076') or from state and place parts."""
    if place is not None:
        p = _digits(place, "place")
        if len(p) > 5:
            raise FipsError(f"place FIPS part {place!r} has more than 5 digits")
        return state_fips(code) + p.zfill(5)
    text = _digits(code, "place")
    if len(text) not in (6, 7):
        raise FipsError(f"place FIPS {code!r} must have 7 digits (6 when the leading zero was lost)")
    padded = text.zfill(7)
    state_fips(padded[:2])
    return padded


def level_of(fips: str) -> str:
    """'state', 'county' or 'place' from a normalised code's width."""
    for level, width in WIDTH.items():
        if len(fips) == width:
            return level
    raise FipsError(f"FIPS {fips!r} has no level (widths are 2, 5 and 7)")


def pad_sql(expr: str, width: int) -> str:
    """The same restoration in SQL, for set-based staging: NULL when the value is not 1..width digits."""
    return (f"CASE WHEN regexp_full_match(trim({expr}), '[0-9]{{1,{width}}}') "
            f"THEN lpad(trim({expr}), {width}, '0') END")


def fips_sql(expr: str, level: str) -> str:
    """SQL: the zero-padded code when `expr` is a valid `level` FIPS (leading zeros restored), else NULL."""
    width = WIDTH[level]
    states = ", ".join(f"'{s}'" for s in sorted(STATE_FIPS))
    short = {"state": 1, "county": 4, "place": 6}[level]
    padded = f"lpad(trim(CAST({expr} AS VARCHAR)), {width}, '0')"
    ok = (f"regexp_full_match(trim(CAST({expr} AS VARCHAR)), '[0-9]{{{short},{width}}}') "
          f"AND substr({padded}, 1, 2) IN ({states})")
    if level == "county":
        ok += f" AND substr({padded}, 3) <> '000'"
    return f"CASE WHEN {ok} THEN {padded} END"
