"""FBI *Crime in the United States*: offences known to law enforcement by city (Table 8, 2013-2015) and by
county agency (Table 10, 2013-2015 and 2017-2019), parsed from the published spreadsheets.

Table 10 counts the sheriff's office or county police only, not county totals (city police are in Table 8),
so it can never be summed to a county figure. Footnotes travel with each row in `quality_note`: rape under the
legacy definition (violent crime left blank), under- or over-reporting, changed practices. The mirror's tidy
CSV (derived by the mirror's builder) is read only as a cross-check and reported in `qa`.
"""

from __future__ import annotations

from dataclasses import replace

from ice_ledger.geo.resolve import Resolution
from ice_ledger.schema import LoadContext, quote_str
from ice_ledger.sources._fbi_tables import COUNT_COLUMNS, raw_row, read_table, split_footnotes, state_and_area
from ice_ledger.sources._geo_helpers import (
    UNRESOLVED,
    emit_unresolved,
    gazetteer_of,
    register_frame,
    resolve_frame,
)
from ice_ledger.sources.base import Col, DuplicateRule, RemoteFile, Source, TableSpec

CAPSTONE = "https://raw.githubusercontent.com/Majorfalcon/Foundations-of-Data-Science-Capstone/" \
    "c0ec627d583789f45622f40ae671d3fc3587b9eb/Raw%20Data"
RELOCATOR = "https://raw.githubusercontent.com/joshwinebrener/Relocator/39e7f5d86e3b682690932eced7ad9fcf85fdc674"
HIEMER = "https://raw.githubusercontent.com/moniceHiemer/Final_Hiemer/1c96884d6ba61a1cc1750db7324f8ad7e6720b51"
T8 = "Table_8_Offenses_Known_to_Law_Enforcement_by_State_by_City_{year}.xls"
T10 = "Table_10_Offenses_Known_to_Law_Enforcement_by_State_by_Metropolitan_and_Nonmetropolitan_Counties_{year}.{ext}"
TIDY = "fbi_cius_offenses_known_tidy_2013_2019.csv"
FBI_PAGE = "https://ucr.fbi.gov/crime-in-the-u.s/{year}/crime-in-the-u.s.-{year}"

# (file, year, table id, mirror folder, official URL)
TABLES: tuple[tuple[str, int, str, str, str], ...] = (
    *((T8.format(year=y), y, "T8", "fbi-cius-2013-2015", f"{CAPSTONE}/{y}%20Crime%20Data/{T8.format(year=y)}")
      for y in (2013, 2014, 2015)),
    *((T10.format(year=y, ext="xls"), y, "T10", "fbi-cius-2013-2015",
       f"{CAPSTONE}/{y}%20Crime%20Data/{T10.format(year=y, ext='xls')}") for y in (2013, 2014, 2015)),
    (T10.format(year=2017, ext="xls"), 2017, "T10", "fbi-cius-table10-2017-2019",
     f"{RELOCATOR}/{T10.format(year=2017, ext='xls')}"),
    *((T10.format(year=y, ext="csv"), y, "T10", "fbi-cius-table10-2017-2019", f"{HIEMER}/{T10.format(year=y, ext='csv')}")
      for y in (2018, 2019)),
)

CRIME = TableSpec(
    table="crime_agency_year",
    description="Offences known to one law-enforcement agency in one year, as published.",
    columns=(
        Col("year", "int", required=True, not_null=True, min=1960, max=2030),
        Col("table_id", required=True, values=frozenset({"T8", "T10", "kaplan"})),
        Col("state", required=True, not_null=True), Col("area_type"), Col("agency_name", required=True, not_null=True),
        Col("agency_name_raw"), Col("footnotes"), Col("ori"),
        *(Col(c, "int", min=0) for c in COUNT_COLUMNS),
        Col("rape_total", "int", min=0),
        Col("fips"), Col("geo_level"), Col("quality_note"), Col("match_status"), Col("match_method"),
    ),
    duplicate_rules=(DuplicateRule("same_agency_year", ("year", "table_id", "state", "area_type", "agency_name")),),
)


def load(ctx: LoadContext) -> None:
    import pandas as pd

    gaz = gazetteer_of(ctx)
    for file, year, table_id, _, _ in TABLES:
        sheet, parsed = read_table(ctx.path(file), file)
        if not parsed.rows:
            ctx.note(f"{file}: no data rows")
            continue
        df = pd.DataFrame(parsed.rows)
        for c in COUNT_COLUMNS:
            if c not in df:
                df[c] = None
        states = [state_and_area(s, table_id) for s in df["state_raw"]]
        names = [split_footnotes(n) for n in df["agency_name_raw"]]
        df["state"] = [s for s, _, _ in states]
        df["area_type"] = [a for _, a, _ in states]
        df["agency_name"] = [n for n, _ in names]
        notes = [sorted(set(fa) | set(fn), key=int) for (_, _, fa), (_, fn) in zip(states, names, strict=True)]
        df["footnotes"] = [", ".join(n) or None for n in notes]
        df["quality_note"] = [" | ".join(f"{n}: {parsed.footnotes.get(n, '(footnote text not in file)')}" for n in ns)
                              or None for ns in notes]
        df["agency_name_raw"] = [raw if raw != name else None for raw, (name, _) in
                                 zip(df["agency_name_raw"], names, strict=True)]
        kind = "place" if table_id == "T8" else "county"
        results = resolve_frame(gaz, pd.DataFrame({"name": df["agency_name"], "state": df["state"], "kind": kind}))
        if table_id == "T10":
            results = [table10_rule(r) for r in results]
        df["fips"] = [r.fips for r in results]
        df["geo_level"] = [r.level for r in results]
        df["match_status"] = [r.status for r in results]
        df["match_method"] = [r.method for r in results]
        df["year"], df["table_id"], df["ori"], df["rape_total"] = str(year), table_id, None, None
        df["source_file"], df["source_sheet"] = file, sheet
        ctx.emit("crime_agency_year", register_frame(ctx, df.drop(columns=["state_raw"])), file=file, sheet=sheet)
        emit_unresolved(ctx, "crime_agency_year", file,
                        pd.DataFrame({"name": df["agency_name"], "state": df["state"], "source_row": df["source_row"],
                                      "source_sheet": sheet}), results, [kind] * len(results))
        _check_sums(ctx, file)
    if ctx.has(TIDY):
        cross_check_tidy(ctx)


def table10_rule(res: Resolution) -> Resolution:
    """Table 10 lists sheriff's offices and county police, never an independent city's police (those are in
    Table 8): 'Franklin' in Virginia's Table 10 block is Franklin County, not Franklin city."""
    if res.status != "ambiguous":
        return res
    counties = [c for c in res.candidates if len(c.split()[0]) == 5 and " city, " not in c]
    if len(counties) != 1:
        return res
    fips, name = counties[0].split(" ", 1)
    return replace(res, status="matched", fips=fips, name=name, level="county", method="alias",
                   reason="Table 10 rule: a county agency, so the county rather than the independent city")


def _check_sums(ctx: LoadContext, file: str) -> None:
    """Property crime = burglary + larceny-theft + motor vehicle theft, as published (a parse check)."""
    row = ctx.con.execute(
        "SELECT count(*) FILTER (WHERE property_crime <> burglary + larceny_theft + motor_vehicle_theft), count(*) "
        f"FROM crime_agency_year WHERE source_file = {quote_str(file)} AND source_id = {quote_str(SOURCE.id)}"
    ).fetchone()
    if row:  # a published total that does not add up is kept as published and counted here
        ctx.qa("published_property_equals_components", int(row[0]), "0 (mismatches kept as published)",
               "pass" if int(row[0]) == 0 else "info", scope=file)


def cross_check_tidy(ctx: LoadContext) -> None:
    """Compare every parsed row with the mirror's tidy CSV: rows matched, violent/property mismatches.

    The tidy file left some footnote lists on names ('Louisville Metro6,'); they are stripped before joining."""
    path = ctx.path(TIDY)
    ctx.con.execute(
        f"""CREATE OR REPLACE TEMP TABLE fbi_tidy AS SELECT * FROM read_csv({quote_str(str(path))}, all_varchar=true,
            header=true)""")
    for year, table_id in sorted({(y, t) for _, y, t, _, _ in TABLES}):
        row = ctx.con.execute(
            f"""WITH mine AS (SELECT * FROM crime_agency_year WHERE source_id = {quote_str(SOURCE.id)}
                    AND year = {year} AND table_id = '{table_id}' AND NOT duplicate_likely),
                theirs AS (SELECT * FROM fbi_tidy WHERE year = '{year}' AND "table" = '{table_id}')
            SELECT (SELECT count(*) FROM theirs), (SELECT count(*) FROM mine),
                   count(*) FILTER (WHERE m.agency_name IS NOT NULL),
                   count(*) FILTER (WHERE m.agency_name IS NOT NULL AND (
                       m.violent_crime IS DISTINCT FROM TRY_CAST(t.violent_crime AS BIGINT)
                       OR m.property_crime IS DISTINCT FROM TRY_CAST(t.property_crime AS BIGINT)))
            FROM theirs t LEFT JOIN mine m ON upper(m.state) = upper(t.state) AND m.agency_name = regexp_replace(t.agency_name, '[0-9]+(, ?[0-9]*)*,?$', '')
                 AND coalesce(m.area_type, '') = coalesce(t.area_type, '')"""
        ).fetchone()
        if row is None:
            continue
        tidy_n, mine_n, joined, mismatched = (int(v) for v in row)
        scope = f"{year} {table_id}"
        ctx.qa("tidy_rows_found_in_parse", joined, tidy_n, "pass" if joined == tidy_n else "fail", scope=scope)
        ctx.qa("tidy_violent_property_mismatches", mismatched, 0, "pass" if mismatched == 0 else "fail", scope=scope)
        ctx.qa("parsed_rows_not_in_tidy", mine_n - joined, "info: the tidy CSV omits some published rows", "info",
               scope=scope)


SOURCE = Source(
    id="crime_fbi_cius",
    title="FBI Crime in the United States, Tables 8 (cities, 2013-2015) and 10 (county agencies, 2013-2015, "
    "2017-2019)",
    publisher="Federal Bureau of Investigation, Uniform Crime Reporting Program",
    licence="U.S. government work, public domain; the GitHub copies state no licence",
    homepage="https://ucr.fbi.gov/crime-in-the-u.s",
    release="CIUS 2013, 2014, 2015, 2017, 2018, 2019 (as published each autumn)",
    files=(
        *(RemoteFile(f, url, mirror_path=f"{folder}/{f}", note=f"publisher page: {FBI_PAGE.format(year=y)}")
          for f, y, _, folder, url in TABLES),
        # DERIVED for the offline mirror (no public copy exists): the URL is the publisher's page of the figures
        # it restates. Read only for the QA cross-check; absent on a network build.
        RemoteFile(TIDY, "https://ucr.fbi.gov/crime-in-the-u.s", mirror_path=f"fbi-cius-tidy/{TIDY}", optional=True,
                   note="DERIVED by the mirror's builder from the tables above; cross-check only"),
    ),
    tables=(CRIME, UNRESOLVED),
    load=load,
    raw_row=raw_row,
    kind="aggregate",
    depends_on=("geo_census_names", "geo_uwchr_county_aor"),
    description=__doc__ or "",
    citation="FBI, Crime in the United States 2013-2015 (Table 8, Table 10) and 2017-2019 (Table 10).",
)
