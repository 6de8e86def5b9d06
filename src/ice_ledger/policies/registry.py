"""The policy registry as library calls: which policies held on a date, and who counts as "sanctuary" by whom.

Every call reads the last good build. A definition is data (table `definitions`); lists known only by a
published count (`definition_counts`) appear beside member-level lists, marked "count as published, members
not held", so one table shows why "500 sanctuary cities" can be both said and disputed.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from ice_ledger.errors import IceLedgerError
from ice_ledger.schema.relations import has_view, relation_names
from ice_ledger.warehouse import reader

if TYPE_CHECKING:
    import pandas as pd

Home = str | Path | None
MEMBER_KINDS = ("sanctuary_list_member", "detainer_noncompliance_behavioural")
COUNT_COLUMNS = ["definition_id", "title", "publisher", "states", "counties", "cities", "other", "total",
                 "member_level", "citation", "period", "basis", "count_text", "note"]
BEHAVIOURAL_RE = re.compile(r"^npr_declined_share_ge_(?P<share>[0-9.]+)(?:_min(?P<min>\d+))?$")


def _connect(home: Home) -> duckdb.DuckDBPyConnection:
    con = reader.connect(home)
    have = relation_names(con, tables=False)
    missing = {"policies", "definitions"} - have
    if missing:
        con.close()
        raise IceLedgerError(f"the warehouse has no {', '.join(sorted(missing))} table: build the policy sources "
                             "(ice-ledger build dhs_sanctuary_2025 ice_287g_2025 wapo_287g_history policy_definitions)")
    return con


def _has(con: duckdb.DuckDBPyConnection, view: str) -> bool:
    return has_view(con, view)


def _active(as_of: dt.date | None) -> tuple[str, list[object]]:
    if as_of is None:
        return "TRUE", []
    return "(p.valid_from <= ? AND (p.valid_to IS NULL OR p.valid_to >= ?))", [as_of, as_of]


def policies(kind: str | None = None, as_of: dt.date | None = None, home: Home = None) -> pd.DataFrame:
    """Policy rows in force on `as_of` (all dates when None); `kind` matches a kind or a prefix ('287g')."""
    active, params = _active(as_of)
    where = [active]
    if kind:
        where.append("(p.policy_kind = ? OR starts_with(p.policy_kind, ? || '_'))")
        params += [kind, kind]
    with _connect(home) as con:
        if kind:
            kinds = [k for (k,) in con.execute("SELECT DISTINCT policy_kind FROM policies ORDER BY 1").fetchall()]
            if not any(k == kind or k.startswith(kind + "_") for k in kinds):
                raise IceLedgerError(f"no policy kind {kind!r}; kinds held: {', '.join(kinds)} (a prefix such as "
                                     "'287g' selects every model)")
        return con.execute(
            f"SELECT p.* FROM policies p WHERE {' AND '.join(where)} "
            "ORDER BY p.state, p.jurisdiction_name, p.policy_kind, p.valid_from", params).df()


def policies_for(fips: str, home: Home = None) -> pd.DataFrame:
    """Every policy row about one place (state, county or place FIPS), plus its state's own rows."""
    if not re.fullmatch(r"\d{2}|\d{5}|\d{7}", fips or ""):
        raise IceLedgerError(f"FIPS {fips!r} must have 2 (state), 5 (county) or 7 (place) digits")
    with _connect(home) as con:
        return con.execute(
            "SELECT CASE WHEN jurisdiction_fips = ? THEN 'this place' ELSE 'its state' END AS applies_via, p.* "
            "FROM policies p WHERE jurisdiction_fips = ? OR (length(?) > 2 AND jurisdiction_fips = left(?, 2)) "
            "ORDER BY valid_from, policy_kind", [fips, fips, fips, fips]).df()


def definitions(home: Home = None) -> pd.DataFrame:
    """Every definition: publisher, what it counts, criteria, coverage, and how many rows the warehouse holds."""
    with _connect(home) as con:
        counted = ("(SELECT count(*) FROM definition_counts c WHERE c.definition_id = d.definition_id)"
                   if _has(con, "definition_counts") else "0")
        return con.execute(
            f"""SELECT d.definition_id, d.title, d.publisher, d.family, d.counts_what, d.coverage_start,
                      d.coverage_end, d.member_level, d.trust,
                      (SELECT count(*) FROM policies p WHERE p.definition_id = d.definition_id) AS member_rows,
                      {counted} AS published_counts,
                      d.criteria, d.citation_url, d.note
               FROM definitions d ORDER BY d.family DESC, d.coverage_start, d.definition_id""").df()


def _sanctuary_definitions(con: duckdb.DuckDBPyConnection, definition: str | None) -> pd.DataFrame:
    defs = con.execute("SELECT * FROM definitions WHERE family = 'sanctuary' ORDER BY coverage_start").df()
    if definition is None:
        return defs
    chosen = defs[defs["definition_id"] == definition]
    if chosen.empty and not BEHAVIOURAL_RE.match(definition):
        raise IceLedgerError(f"no sanctuary definition {definition!r}; known: {', '.join(defs['definition_id'])} "
                             "(or npr_declined_share_ge_<share>[_min<n>] for another threshold)")
    return chosen


def _members_on(con: duckdb.DuckDBPyConnection, def_id: str, as_of: dt.date) -> tuple[pd.DataFrame, dt.date]:
    """Members on `as_of`; when none hold then, the members on the last earlier day any held (and that day)."""
    import pandas as pd

    active, params = _active(as_of)
    df = con.execute(f"SELECT p.* FROM policies p WHERE p.definition_id = ? AND {active} "
                     "ORDER BY p.state, p.jurisdiction_type, p.jurisdiction_name", [def_id, *params]).df()
    if not df.empty:
        return df, as_of
    row = con.execute("SELECT max(valid_to) FROM policies WHERE definition_id = ? AND valid_to < ?",
                      [def_id, as_of]).fetchall()
    last = row[0][0] if row and row[0][0] is not None else None
    if last is None:
        return df, as_of
    last = pd.Timestamp(last).date()
    return _members_on(con, def_id, last)[0], last


def _threshold(def_id: str) -> tuple[float, int]:
    """(share, minimum declined) of a behavioural definition id such as npr_declined_share_ge_0.1_min25."""
    m = BEHAVIOURAL_RE.match(def_id)
    assert m is not None
    try:
        return float(m.group("share")), int(m.group("min") or 10)
    except ValueError as exc:
        raise IceLedgerError(f"{def_id!r}: the threshold must be a number such as 0.05") from exc


def _behavioural_on_demand(def_id: str, as_of: dt.date, home: Home) -> pd.DataFrame:
    from ice_ledger.fiscal import fiscal_year
    from ice_ledger.policies.behavioural import declined_share_members

    df = declined_share_members(*_threshold(def_id), home=home)
    fy = fiscal_year(as_of)
    held = df[df["fiscal_year"] <= fy]
    if held.empty:
        return held
    held = held[held["fiscal_year"] == held["fiscal_year"].max()]
    return held.assign(jurisdiction_name=held["facility"], jurisdiction_type="facility",
                       state=held["facility_state"], policy_kind="detainer_noncompliance_behavioural")


def sanctuaries(as_of: dt.date, definition: str | None = None, home: Home = None) -> pd.DataFrame:
    """Members of the sanctuary definitions held at member level, on `as_of` (one definition or all)."""
    import pandas as pd

    frames = []
    with _connect(home) as con:
        defs = _sanctuary_definitions(con, definition)
        for d in defs[defs["member_level"]].itertuples():
            df, on = _members_on(con, d.definition_id, as_of)
            frames.append(df.assign(members_as_of=on))
    if definition and defs.empty:
        frames.append(_behavioural_on_demand(definition, as_of, home))
    frames = [f for f in frames if not f.empty]
    if not frames:
        return pd.DataFrame(columns=["definition_id", "jurisdiction_name", "state", "jurisdiction_type"])
    out = pd.concat(frames, ignore_index=True)
    first = ["definition_id", "jurisdiction_type", "state", "jurisdiction_name", "jurisdiction_fips", "match_status"]
    return out[[c for c in first if c in out] + [c for c in out.columns if c not in first]]


def _type_counts(df: pd.DataFrame) -> dict[str, int]:
    t = df["jurisdiction_type"]
    states, counties, cities = int((t == "state").sum()), int((t == "county").sum()), int((t == "city").sum())
    return {"states": states, "counties": counties, "cities": cities, "other": len(df) - states - counties - cities,
            "total": len(df)}


def sanctuary_counts(as_of: dt.date, definition: str | None = None, home: Home = None) -> pd.DataFrame:
    """One row per sanctuary definition: states, counties, cities, other and total on `as_of`.

    Member-level lists are counted from their members (corrected jurisdiction types); lists held only as a
    published count show the latest count published on or before `as_of`, marked as such.
    """
    import pandas as pd

    rows = []
    with _connect(home) as con:
        defs = _sanctuary_definitions(con, definition)
        counts = con.execute("SELECT * FROM definition_counts ORDER BY as_of").df() if _has(con, "definition_counts") \
            else pd.DataFrame(columns=["definition_id", "as_of", "count_text"])
        for d in defs.itertuples():
            base = {"definition_id": d.definition_id, "title": d.title, "publisher": d.publisher,
                    "member_level": bool(d.member_level), "citation": d.citation_url}
            published = counts[counts["definition_id"] == d.definition_id]
            said = published[pd.to_datetime(published["as_of"]).dt.date <= as_of]
            said_text = f"published: '{said.iloc[-1]['count_text']}' ({pd.Timestamp(said.iloc[-1]['as_of']).date()})" \
                if not said.empty else ""
            if d.member_level:
                df, on = _members_on(con, d.definition_id, as_of)
                note = "" if on == as_of else (f"no members on {as_of} (coverage {_d(d.coverage_start)} to "
                                               f"{_d(d.coverage_end)}); counts are the last held, on {on}")
                if df.empty:
                    note = f"no members held on or before {as_of}"
                if d.definition_id.startswith("npr_declined_share"):
                    note = "; ".join(x for x in (note, "other = jails; counties = counties whose resolved jails "
                                                 "together meet the rule (the same declines counted again)") if x)
                rows.append({**base, **_type_counts(df), "period": on, "basis": "members held",
                             "count_text": said_text, "note": note})
                continue
            if said.empty:
                later = published.iloc[0] if not published.empty else None
                rows.append({**base, "states": None, "counties": None, "cities": None, "other": None, "total": None,
                             "period": None, "basis": "count as published, members not held", "count_text": "",
                             "note": f"first published {pd.Timestamp(later['as_of']).date()}, after {as_of}"
                             if later is not None else "no published count held"})
                continue
            c = said.iloc[-1]
            rows.append({**base, **{k: _int(c[k]) for k in ("states", "counties", "cities", "other", "total")},
                         "period": pd.Timestamp(c["as_of"]).date(), "basis": "count as published, members not held",
                         "count_text": c["count_text"], "note": c["note"]})
    if definition and not rows:
        df = _behavioural_on_demand(definition, as_of, home)
        rows.append({"definition_id": definition, "title": f"behavioural, computed on demand ({definition})",
                     "publisher": "ice-ledger (method of NPR 2016)", "member_level": True,
                     "citation": "https://github.com/nprapps/sanctuary-cities", **_type_counts(df),
                     "period": f"FY{int(df['fiscal_year'].max())}" if not df.empty else None,
                     "basis": "members computed on demand", "count_text": "", "note": "jails (facilities) only"})
    out = pd.DataFrame(rows, columns=COUNT_COLUMNS)
    for col in ("states", "counties", "cities", "other", "total"):
        out[col] = out[col].astype("Int64")
    return out


def _d(v: object) -> str:
    import pandas as pd

    return "open" if v is None or pd.isna(v) else str(pd.Timestamp(v).date())  # type: ignore[arg-type,unused-ignore]


def _int(v: object) -> int | None:
    import pandas as pd

    return None if v is None or pd.isna(v) else int(v)  # type: ignore[arg-type,call-overload,unused-ignore]


MEMBER_COLUMNS = ["jurisdiction_type", "jurisdiction_fips", "jurisdiction_name", "state", "valid_from", "valid_to"]


def sanctuary_definition_ids(home: Home = None) -> tuple[list[str], list[str]]:
    """(definitions whose members are held, definitions held only as a published count)."""
    with _connect(home) as con:
        defs = _sanctuary_definitions(con, None)
    held = defs["member_level"].astype(bool)
    return defs.loc[held, "definition_id"].tolist(), defs.loc[~held, "definition_id"].tolist()


def definition_members(definition: str, home: Home = None) -> pd.DataFrame:
    """Every member row of one sanctuary definition, all dates (to classify records dated anywhere).

    A definition held only as a published count raises: its members are unknown, so a record cannot be called
    listed or not listed. Behavioural thresholds other than the built one are recomputed from the stored shares.
    """
    with _connect(home) as con:
        chosen = _sanctuary_definitions(con, definition)
        if not chosen.empty and not bool(chosen.iloc[0]["member_level"]):
            raise IceLedgerError(f"{definition} is held only as a published count (members not held): records "
                                 "cannot be classified as listed or not under it")
        if not chosen.empty:
            return con.execute(
                f"SELECT {', '.join(MEMBER_COLUMNS)} FROM policies WHERE definition_id = ? "
                "AND NOT coalesce(duplicate_likely, FALSE) ORDER BY valid_from, state, jurisdiction_name",
                [definition]).df()
    return _behavioural_members(definition, home)


def _behavioural_members(definition: str, home: Home) -> pd.DataFrame:
    """Facility-years of a behavioural threshold computed on demand, as member rows with fiscal-year spells."""
    import pandas as pd

    from ice_ledger.fiscal import fiscal_year_bounds
    from ice_ledger.policies.behavioural import declined_share_members

    df = declined_share_members(*_threshold(definition), home=home)
    bounds = [fiscal_year_bounds(int(fy)) for fy in df["fiscal_year"]]
    return pd.DataFrame({"jurisdiction_type": "facility", "jurisdiction_fips": None,
                         "jurisdiction_name": df["facility"], "state": df["facility_state"],
                         "valid_from": [b[0] for b in bounds], "valid_to": [b[1] for b in bounds]},
                        columns=MEMBER_COLUMNS)
