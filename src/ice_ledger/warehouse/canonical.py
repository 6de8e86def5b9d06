"""The canonical tables: every column's type and meaning, whichever source fills it.

Sources map their own headers onto these names (in their `TableSpec`); `tests/test_canonical.py` checks that
every source column is declared here with the same type. Lineage and flag columns are added to every
record table by the pipeline: row_id, redactions, duplicate_likely, duplicate_rule, duplicate_of, source_id,
release, source_file, source_sheet, source_row.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CanonicalColumn:
    type: str
    description: str


def _cols(**kw: tuple[str, str]) -> dict[str, CanonicalColumn]:
    return {k: CanonicalColumn(*v) for k, v in kw.items()}


LINEAGE = _cols(
    row_id=("text", "Stable id derived from the row's content (source and raw values); '-2', '-3' mark identical copies."),
    redactions=("text", "FOIA redaction markers found in this row, as 'column=marker; ...' (the typed value is NULL)."),
    duplicate_likely=("bool", "True when an earlier row of the same source is likely the same event (never deleted)."),
    duplicate_rule=("text", "The rule that flagged the duplicate (exact_copy or a source's declared rule)."),
    duplicate_of=("text", "row_id of the first row of the duplicate group."),
    source_id=("text", "The source that supplied the row (see `ice-ledger sources`)."),
    release=("text", "The source's release (FOIA number and date, or publication)."),
    source_file=("text", "The raw file the row came from."),
    source_sheet=("text", "The spreadsheet sheet (NULL for CSV)."),
    source_row=("int", "Row number in the sheet as a spreadsheet shows it (header = its own row), or CSV line number."),
    fiscal_year=("int", "Federal fiscal year (Oct-Sep) of the table's main date, from ice_ledger.fiscal."),
    calendar_year=("int", "Calendar year of the table's main date."),
)

TABLES: dict[str, dict[str, CanonicalColumn]] = {
    "detainers": _cols(
        prepare_date=("date", "Date ICE prepared the detainer (Form I-247/I-247A)."),
        detainer_type=("text", "Form type as printed, e.g. 'I247D - Immigration Detainer - Request for Voluntary Action'."),
        facility=("text", "Jail or prison the detainer was sent to (free text)."),
        facility_code=("text", "ICE detention-facility code (DETLOC), when released."),
        facility_city=("text", "City of the facility."),
        facility_state=("text", "State of the facility, upper-case full name as ICE prints it."),
        facility_aor=("text", "ICE Area of Responsibility of the facility, as released."),
        lift_reason=("text", "Why the detainer was lifted, e.g. 'Detainer Declined by LEA'; NULL while active or unrecorded."),
        lift_reason_code=("text", "ICE's code for the lift reason, when released."),
        criminality=("text", "ICE criminality category when the detainer was prepared ('1 Convicted Criminal', ...)."),
        threat_level=("text", "ICE threat level at preparation (1 highest)."),
        citizenship_country=("text", "Country of citizenship."),
        birth_country=("text", "Country of birth."),
        gender=("text", "Gender as recorded."),
        birth_year=("int", "Year of birth."),
        msc_charge=("text", "Most serious conviction charge."),
        apprehension_date=("date", "Date of the related apprehension, when released."),
        apprehension_method=("text", "How the person was apprehended."),
        case_status=("text", "Case status at extraction."),
        case_category=("text", "Case category."),
        processing_disposition=("text", "Processing disposition."),
        unique_identifier=("text", "Anonymised person identifier of the release (consistent within a release only)."),
        aor=("text", "Normalised three-letter AOR code (e.g. SPM), derived from facility_aor."),
        publisher_duplicate_likely=("bool", "The publisher's own duplicate flag (DDP `duplicate_likely`), kept as data."),
    ),
    "arrests": _cols(
        apprehension_date=("date", "Date of the ICE administrative arrest."),
        apprehension_state=("text", "State of the arrest (often missing)."),
        apprehension_county=("text", "County of the arrest (withheld in recent releases)."),
        apprehension_aor=("text", "ICE Area of Responsibility of the arrest."),
        aor=("text", "Normalised three-letter AOR code (e.g. SEA), derived from apprehension_aor."),
        final_program=("text", "ICE program credited with the arrest."),
        final_program_group=("text", "Program group."),
        apprehension_method=("text", "Method: CAP local incarceration, located, ... as released."),
        criminality=("text", "ICE criminality: '1 Convicted Criminal', '2 Pending Criminal Charges', '3 Other Immigration Violator'."),
        case_status=("text", "Case status."),
        case_category=("text", "Case category."),
        departed_date=("date", "Date the person departed (was removed), if any."),
        departure_country=("text", "Country of departure."),
        final_order_yes_no=("text", "Whether a final order exists."),
        final_order_date=("date", "Date of final order."),
        birth_year=("int", "Year of birth."),
        citizenship_country=("text", "Country of citizenship."),
        gender=("text", "Gender."),
        apprehension_site_landmark=("text", "Landmark of the arrest site."),
        unique_identifier=("text", "Anonymised person identifier of the release."),
        publisher_duplicate_likely=("bool", "The publisher's own duplicate flag (DDP `duplicate_likely`), kept as data."),
    ),
    "removals": _cols(
        departed_date=("date", "Date of removal."),
        port_of_departure=("text", "Port of departure."),
        departure_country=("text", "Country removed to."),
        docket_aor=("text", "AOR of the docket."),
        aor=("text", "Normalised three-letter AOR code."),
        apprehension_state=("text", "State of the apprehension that led to removal."),
        case_criminality=("text", "Criminality category of the case."),
        final_program=("text", "Program credited."),
        latest_arrest_program=("text", "Program of the latest arrest (ICE vs CBP: interior vs border)."),
        case_category=("text", "Case category."),
        msc_charge=("text", "Most serious conviction charge."),
        birth_year=("int", "Year of birth."),
        citizenship_country=("text", "Country of citizenship."),
        gender=("text", "Gender."),
        unique_identifier=("text", "Anonymised person identifier of the release."),
        publisher_duplicate_likely=("bool", "The publisher's own duplicate flag (DDP `duplicate_likely`), kept as data."),
    ),
    "encounters": _cols(
        event_date=("date", "Date of the encounter."),
        responsible_aor=("text", "AOR responsible."),
        aor=("text", "Normalised three-letter AOR code."),
        responsible_site=("text", "Responsible site."),
        event_type=("text", "Event type."),
        lead_event_type=("text", "Lead event type."),
        criminality=("text", "Encounter criminality."),
        final_program=("text", "Program."),
        citizenship_country=("text", "Country of citizenship."),
        gender=("text", "Gender."),
        birth_year=("int", "Year of birth."),
        unique_identifier=("text", "Anonymised person identifier."),
        publisher_duplicate_likely=("bool", "The publisher's own duplicate flag (DDP `duplicate_likely`), kept as data."),
    ),
    "detention_stints": _cols(
        book_in_date=("date", "Book-in date of the stint."),
        book_out_date=("date", "Book-out date of the stint."),
        detention_facility=("text", "Facility name."),
        detention_facility_code=("text", "Facility code."),
        release_reason=("text", "Detention release reason."),
        criminality=("text", "Book-in criminality."),
        citizenship_country=("text", "Country of citizenship."),
        gender=("text", "Gender."),
        birth_year=("int", "Year of birth."),
        unique_identifier=("text", "Anonymised person identifier."),
        publisher_duplicate_likely=("bool", "The publisher's own duplicate flag (DDP `duplicate_likely`), kept as data."),
    ),
    "official_figures": _cols(
        fiscal_year=("int", "Federal fiscal year the figure covers."),
        metric=("text", "What is counted, e.g. admin_arrests, removals_total, share_arrests_convicted."),
        value=("float", "The figure as published (shares as fractions, 0.66 for 66%)."),
        unit=("text", "count or share."),
        definition=("text", "ICE's own definition of the figure, quoted or paraphrased."),
        publisher=("text", "Who published the figure (ICE ERO, DHS, TRAC ...)."),
        document=("text", "The report or release the figure appears in."),
        citation_url=("text", "Where the figure can be read."),
        quote=("text", "The sentence that states the figure."),
        verification=("text", "VERIFIED, VERIFIED_SECONDHAND, DERIVED or UNVERIFIED, per shared/reference/evidence_figures.md."),
        note=("text", "Caveats: definitions, revisions, typos in secondary sources."),
    ),
    "published_aggregates": _cols(
        publisher=("text", "Who published the table."),
        table_name=("text", "The published table (file) name."),
        period_type=("text", "calendar_year, fiscal_year, month or period."),
        period=("text", "The period label as published (e.g. 2014, 2015-07)."),
        dimension=("text", "What the count is broken down by (lift_reason, detainer_type, facility ...), NULL for totals."),
        dimension_value=("text", "The category of the breakdown."),
        count=("int", "The published count."),
        note=("text", "Coverage caveats (partial years ...)."),
    ),
}

# Geography, population and crime (sources geo_census_names, geo_uwchr_county_aor, geo_fbi_agencies,
# population_urban, crime_fbi_cius, crime_kaplan_agencies, crime_urban_rates).
_MATCH = {
    "match_status": ("text", "Name resolution (ice_ledger.geo.resolve): matched, ambiguous or unresolved."),
    "match_method": ("text", "How the name matched: exact, normalised, alias, fuzzy; none when it did not."),
}
_RATES = {
    "year": ("int", "Calendar year of the offences."),
    "state_fips": ("text", "Two-digit state FIPS."),
    "violent_rate": ("float", "Reported violent crimes per 100,000 residents, as published."),
    "property_rate": ("float", "Reported property crimes per 100,000 residents, as published."),
    "violent_quality": ("int", "Publisher's coverage flag for the violent rate: 1 good, 2 marginal, 3 poor."),
    "property_quality": ("int", "Publisher's coverage flag for the property rate: 1 good, 2 marginal, 3 poor."),
}
TABLES.update({
    "counties": _cols(
        fips=("text", "Five-digit county FIPS (state + county), leading zeros kept."),
        county_name=("text", "County or equivalent as the Census names it ('Travis County', 'St. Louis city')."),
        state_fips=("text", "Two-digit state FIPS."),
        state=("text", "State name."),
        name=("text", "Canonical name, 'Travis County, Texas'."),
    ),
    "county_aor": _cols(
        fips=("text", "Five-digit county FIPS."),
        county_name=("text", "County name, title-cased from the source's lower case."),
        state_fips=("text", "Two-digit state FIPS."),
        aor=("text", "ICE ERO Area of Responsibility code (24 codes; Harlingen has none of its own)."),
    ),
    "aor_field_offices": _cols(
        aor=("text", "ICE ERO Area of Responsibility code."),
        field_office_address=("text", "Street address of the ERO field office."),
        latitude=("float", "Latitude of the field office."),
        longitude=("float", "Longitude of the field office."),
    ),
    "places": _cols(
        place_fips=("text", "Seven-digit place FIPS (state + place)."),
        place_name=("text", "Place as the Census names it ('Austin city', 'Paradise CDP')."),
        state_fips=("text", "Two-digit state FIPS."),
        state_abbr=("text", "USPS state code."),
        place_type=("text", "Last word(s) of the Census name: city, town, village, borough, CDP ..."),
    ),
    "place_county": _cols(
        place_fips=("text", "Seven-digit place FIPS."),
        county_fips=("text", "Five-digit county FIPS."),
        place_name=("text", "Place name as in the crosswalk."),
        population=("int", "2020 Census population of the place-county piece."),
        afact=("float", "Share of the county's population living in this place (Geocorr county->place factor)."),
        afact2=("float", "Share of the place's population living in this county (place->county factor)."),
        crosswalk_period=("text", "Years the crosswalk applies to, as published (2022-2029)."),
    ),
    "agencies": _cols(
        ori=("text", "FBI Originating Agency Identifier (9 characters)."),
        agency_name=("text", "Agency name as the FBI publishes it."),
        agency_type=("text", "FBI agency type (City, County, University or College, ...)."),
        state_abbr=("text", "USPS state code."),
        county_name_raw=("text", "County name(s) as the FBI lists them (upper case; several joined by ', ')."),
        county_fips=("text", "Five-digit FIPS of the (first) county, resolved by name; NULL when unresolved."),
        population_served=("int", "Population the agency serves (FBI LEOKA, latest year)."),
        population_year=("int", "Year of population_served."),
        nibrs=("bool", "Whether the agency reports to NIBRS (FBI agency list)."),
        **_MATCH,
    ),
    "population": _cols(
        level=("text", "county or place."),
        fips=("text", "Five-digit county or seven-digit place FIPS."),
        year=("int", "Calendar year of the estimate."),
        population=("int", "Resident population."),
        area_name=("text", "Name as the source prints it."),
        series=("text", "Which estimate series (e.g. Census PEP/ACS via Urban Institute)."),
    ),
    "crime_agency_year": _cols(
        year=("int", "Calendar year of the offences."),
        table_id=("text", "Published table: T8 (cities), T10 (county agencies) of FBI CIUS, or kaplan."),
        state=("text", "State as the table prints it (footnote digits removed)."),
        area_type=("text", "City, Metropolitan Counties, Nonmetropolitan Counties."),
        agency_name=("text", "Agency or jurisdiction name with footnote digits removed."),
        agency_name_raw=("text", "The name exactly as printed (with footnote digits)."),
        footnotes=("text", "Footnote numbers glued to the name or state, comma-separated; see quality_note."),
        ori=("text", "FBI ORI when the source gives it."),
        population=("int", "Population covered by the agency (FBI T8 and Kaplan; T10 has none)."),
        violent_crime=("int", "Violent crime: murder, rape, robbery, aggravated assault (blank if rape was not "
                              "reported under the table's definition)."),
        murder=("int", "Murder and nonnegligent manslaughter."),
        rape_revised=("int", "Rape, revised UCR definition (2013 on; the only rape column from 2017)."),
        rape_legacy=("int", "Rape, legacy UCR definition (2013-2016 tables)."),
        robbery=("int", "Robbery."),
        aggravated_assault=("int", "Aggravated assault."),
        property_crime=("int", "Property crime: burglary, larceny-theft, motor vehicle theft."),
        burglary=("int", "Burglary."),
        larceny_theft=("int", "Larceny-theft."),
        motor_vehicle_theft=("int", "Motor vehicle theft."),
        arson=("int", "Arson (published only with 12 months of data)."),
        fips=("text", "FIPS of the resolved jurisdiction (5 county, 7 place); NULL when unresolved."),
        geo_level=("text", "county or place."),
        quality_note=("text", "The text of the table footnotes attached to this row (coverage, definitions)."),
        **_MATCH,
    ),
    "crime_county_year": _cols(fips=("text", "Five-digit county FIPS."), **_RATES),
    "crime_place_year": _cols(fips=("text", "Seven-digit place FIPS."), **_RATES),
    "unresolved_names": _cols(
        source_table=("text", "The canonical table whose rows carry the name."),
        name=("text", "The name as the source prints it."),
        state=("text", "The state it was filed under."),
        kind=("text", "What the resolver was told it is (county, place, agency)."),
        status=("text", "ambiguous or unresolved."),
        reason=("text", "The resolver's reason."),
        candidates=("text", "Candidate FIPS and names, '; '-separated."),
        rows=("int", "How many source rows carry this name."),
    ),
})


def columns_of(table: str) -> dict[str, CanonicalColumn]:
    return {**TABLES[table], **LINEAGE}
