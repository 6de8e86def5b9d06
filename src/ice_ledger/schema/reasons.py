"""Why a row was quarantined: one closed list, field problem first, each documented.

A quarantine row names the reason, the column and the raw value, so that nothing is lost silently.
`tests/test_docs.py` checks that every reason here is described in docs/quarantine.md.
"""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    """Quarantine reasons. The value is what the `quarantine.reason` column holds."""

    value_missing = "value_missing"
    date_unparseable = "date_unparseable"
    date_placeholder = "date_placeholder"
    date_out_of_range = "date_out_of_range"
    number_unparseable = "number_unparseable"
    count_negative = "count_negative"
    number_out_of_range = "number_out_of_range"
    value_not_allowed = "value_not_allowed"
    value_is_formula = "value_is_formula"
    cell_error = "cell_error"
    row_malformed = "row_malformed"
    name_unresolved = "name_unresolved"
    name_ambiguous = "name_ambiguous"
    agreement_ends_before_start = "agreement_ends_before_start"
    agreement_duplicate = "agreement_duplicate"
    fips_invalid = "fips_invalid"


DESCRIPTIONS: dict[Reason, str] = {
    Reason.value_missing: "A column that every row must have is empty (a redaction marker is not empty).",
    Reason.date_unparseable: "A date cell holds text that is not a date in any known layout.",
    Reason.date_placeholder: "A date is a spreadsheet placeholder (1899-12-30, 1899-12-31, 1900-01-01, or a bare time of "
    "day, which is Excel's day zero), not a real date.",
    Reason.date_out_of_range: "A date falls outside the range the source covers.",
    Reason.number_unparseable: "A numeric cell holds text that is not a number (or a count that is not whole).",
    Reason.count_negative: "A count is below zero.",
    Reason.number_out_of_range: "A number is outside its declared range, or a count above one billion.",
    Reason.value_not_allowed: "A coded value is not in the source's declared value set.",
    Reason.value_is_formula: "A cell holds an unevaluated formula: text starting with '=', or a formula saved "
    "without its computed value.",
    Reason.cell_error: "A spreadsheet error value (#REF!, #VALUE!, #N/A, ...).",
    Reason.row_malformed: "A CSV line with the wrong number of fields or an unclosed quote (often a truncated file); "
    "the line's text is kept.",
    Reason.name_unresolved: "A jurisdiction or agency name matched no FIPS-coded place.",
    Reason.name_ambiguous: "A name matched more than one place and no rule decides between them.",
    Reason.agreement_ends_before_start: "A policy record whose end date precedes its start date.",
    Reason.agreement_duplicate: "The same agreement (agency, model, signing date) listed twice in one snapshot.",
    Reason.fips_invalid: "A FIPS code that is not a valid state or county code, even after restoring leading zeros.",
}

PLACEHOLDER_DATES = ("1899-12-30", "1899-12-31", "1900-01-01", "1900-01-00")
