"""Claim frames: every extraction rule with its own sentence, written for these tests (no article text).

Each test reads one sentence and checks what the frame says: which measure words, which subgroup, which
value, which period and with what confidence. No warehouse is needed: this is reading, not rating.
"""

from __future__ import annotations

import datetime as dt

from ice_ledger.claims.extract import extract, sentences
from ice_ledger.claims.model import Claim

DEC_2019 = dt.date(2019, 12, 20)  # in FY2020


def frames(text: str, date: dt.date | None = DEC_2019) -> list[Claim]:
    return extract(text, date)


def one(text: str, value: float, date: dt.date | None = DEC_2019) -> Claim:
    found = [c for c in frames(text, date) if c.value is not None and abs(c.value - value) < 1e-9]
    assert len(found) == 1, [(c.kind, c.value) for c in frames(text, date)]
    return found[0]


def test_each_number_belongs_to_its_own_noun() -> None:
    text = "Agents made 90,500 arrests and carried out 201,300 deportations in fiscal 2019."
    arrests, removals = one(text, 90_500), one(text, 201_300)
    assert (arrests.event, removals.event) == ("arrest", "removal")
    assert arrests.measure_confidence == removals.measure_confidence == "high"
    assert arrests.period is not None and arrests.period.fiscal_year == 2019


def test_each_number_takes_the_period_written_right_after_it() -> None:
    text = "Removals of convicted criminals went from 150,100 in FY 2015 to 140,200 in FY 2016."
    first, second = one(text, 150_100), one(text, 140_200)
    assert first.period is not None and first.period.fiscal_year == 2015
    assert second.period is not None and second.period.fiscal_year == 2016
    assert first.qualifiers == second.qualifiers == ["convicted"]


def test_the_base_of_a_comparison_is_not_the_claims_period() -> None:
    text = "ICE logged 95,000 arrests, 20% fewer than in fiscal 2018."
    count = one(text, 95_000)
    assert count.period is None or count.period.fiscal_year != 2018
    change = one(text, -0.20)
    assert change.kind == "change" and change.base_subject == "FY2018"


def test_durations_ages_and_ordinals_are_not_claim_values() -> None:
    text = ("Over an 18-month span, and across the past three fiscal years, a 40-year-old program saw its "
            "2nd review; ICE deported 12,345 people.")
    values = [c.value for c in frames(text) if c.value is not None]
    assert values == [12_345]


def test_relative_periods_resolve_from_the_article_date_never_from_the_value() -> None:
    text = "Last fiscal year the agency removed 267,258 people."
    dated = one(text, 267_258)
    assert dated.period is not None and dated.period.fiscal_year == 2019 and dated.period.confidence == "high"
    undated = one(text, 267_258, date=None)
    assert undated.period is None or undated.period.fiscal_year is None


def test_the_previous_year_is_one_before_the_sentences_own_year() -> None:
    text = "ICE removed 300,000 people in fiscal 2016, up from 280,000 the previous year."
    before = one(text, 280_000)
    assert before.period is not None and before.period.fiscal_year == 2015


def test_years_before_that_are_counted_back_from_the_other_period() -> None:
    text = "Arrests fell to 60,000 from 90,000 in fiscal year 2021 and more than 120,000 in each of the two years before that."
    each = one(text, 120_000)
    assert each.period is not None and (each.period.first_fiscal_year, each.period.fiscal_year) == (2019, 2020)


def test_respectively_pairs_numbers_with_periods_in_order() -> None:
    text = "In 2013 and 2014, ICE lodged a daily average of 500 and 420 detainers, respectively."
    a, b = one(text, 500), one(text, 420)
    assert a.period is not None and a.period.fiscal_year == 2013
    assert b.period is not None and b.period.fiscal_year == 2014
    assert a.unit == b.unit == "per_day"


def test_respectively_pairs_changes_with_events_in_order() -> None:
    text = ("In fiscal year 2023 officers made 150,000 arrests and 90,000 removals, increases of 10% and 25%, "
            "respectively, compared to the previous fiscal year.")
    arrests, removals = one(text, 0.10), one(text, 0.25)
    assert (arrests.kind, arrests.event) == ("change", "arrest")
    assert (removals.kind, removals.event) == ("change", "removal")
    assert removals.base_subject == "FY2022"


def test_an_administrations_years_become_fiscal_years() -> None:
    second = one("During President Obama's second full fiscal year, ICE removed 392,000 people.", 392_000)
    assert second.period is not None and second.period.fiscal_year == 2011
    span = one("The number of deportations was 700,000 until 2019 under Trump.", 700_000)
    assert span.period is not None and (span.period.first_fiscal_year, span.period.fiscal_year) == (2017, 2019)


def test_subgroups_are_read_and_kept() -> None:
    family = one("In fiscal 2019 ICE removed more than 4,000 family members.", 4_000)
    assert "family" in family.qualifiers
    at_large = one("ICE made 33,000 at-large arrests in FY2024.", 33_000)
    assert at_large.qualifiers == ["at_large"]


def test_border_patrol_apprehensions_are_not_ice_arrests() -> None:
    c = one("Border Patrol apprehensions at the southern border reached 850,000 in fiscal 2019.", 850_000)
    assert c.event == "cbp"


def test_projections_and_questions_are_not_assertions() -> None:
    projected = one("ICE is expected to reach 300,000 removals this fiscal year.", 300_000)
    assert projected.polarity == "hypothetical"
    asked = one("Did ICE really make 200,000 arrests in fiscal 2019?", 200_000)
    assert asked.polarity == "questioned"


def test_a_part_of_a_figure_is_not_bound_with_certainty() -> None:
    c = one("The fiscal 2014 removal figure includes 80,000 criminals and 120,000 people caught at the border.", 80_000)
    assert c.measure_confidence == "medium"


def test_that_number_refers_to_the_previous_sentence() -> None:
    cs = frames("In FY 2013, ICE lodged 200,000 detainers. That number dropped 20 percent to 160,000 in FY 2014.")
    later = next(c for c in cs if c.value == 160_000)
    assert later.event == "detainer" and later.period is not None and later.period.fiscal_year == 2014
    change = next(c for c in cs if c.kind == "change")
    assert change.value == -0.20 and change.event == "detainer"


def test_rankings_name_their_window() -> None:
    cs = frames("ICE in 2019 arrested fewer people than in any other year of the Obama administration.")
    ranking = [c for c in cs if c.kind == "ranking"]
    assert ranking and ranking[0].event == "arrest" and ranking[0].comparator == "low"


def test_lists_by_name_type_and_state() -> None:
    cs = frames("The Department of Homeland Security listed 12 counties and 3 cities in Oregon as sanctuary jurisdictions.",
                dt.date(2025, 6, 2))
    counts = {c.value: (c.list_name, c.qualifiers[0], c.place.code if c.place else None) for c in cs
              if c.kind == "list_count"}
    assert counts == {12: ("dhs", "counties", "OR"), 3: ("dhs", "cities", "OR")}
    mixed = [c for c in frames("DHS named more than 40 cities and counties in Oregon.", dt.date(2025, 6, 2))
             if c.kind == "list_count"]
    assert mixed and mixed[0].qualifiers[0] == "total"


def test_an_unnamed_sanctuary_count_has_no_list() -> None:
    cs = frames("There are at least 900 sanctuary cities in America.")
    assert [(c.kind, c.list_name) for c in cs] == [("list_count", None)]


def test_membership_and_its_negation() -> None:
    cs = frames("Homeland Security identified Multnomah County as a sanctuary jurisdiction, but Linn County is not on "
                "the list.", dt.date(2025, 6, 2))
    members = {c.place.name: c.polarity for c in cs if c.kind == "membership" and c.place}
    assert members == {"Multnomah County": "asserted", "Linn County": "negated"}


def test_causes_are_claims_of_their_own() -> None:
    cs = frames("Removals fell to 60,000 in fiscal 2021, largely due to the pandemic.")
    assert any(c.kind == "causal" for c in cs)


def test_a_sentence_may_end_with_an_abbreviation() -> None:
    spans = sentences("ICE removed 9,000 people from the U.S. Of those, 5,000 had convictions. The U.S. Marshals helped.")
    assert [s.text[:6] for s in spans] == ["ICE re", "Of tho", "The U."]


def test_sentences_are_located_in_linear_time_with_offsets() -> None:
    text = "First sentence here. Second one, ICE removed 5,000 people in FY 2015.\n\nA heading\n\nLast."
    spans = sentences(text)
    assert [text[s.start:s.end] for s in spans] == [s.text for s in spans]
    assert len(spans) == 4
    long = "ICE removed 1,234 people in FY 2015. " * 3000
    assert len(sentences(long)) == 3000


def test_two_joined_dates_are_one_interval_and_a_week_is_seven_days() -> None:
    spring = dt.date(2018, 4, 2)
    ranged = one("Officers lodged 2,450 detainers from March 4 to March 10.", 2_450, spring)
    assert ranged.period is not None and ranged.period.kind == "dates"
    assert (ranged.period.start, ranged.period.end) == ("2018-03-04", "2018-03-10")
    week = one("Officers lodged 2,450 detainers in the week of March 4, 2018.", 2_450, spring)
    assert week.period is not None and (week.period.start, week.period.end) == ("2018-03-04", "2018-03-10")
    through = one("During the week of March 4, 2018, through March 10, 2018, officers lodged 2,450 detainers.",
                  2_450, spring)
    assert through.period is not None and (through.period.start, through.period.end) == ("2018-03-04", "2018-03-10")


def test_declined_detainers_and_releases_are_their_own_measures() -> None:
    declined = one("Local jails declined 312 detainers that month.", 312)
    assert declined.event == "detainer" and "declined" in declined.qualifiers
    released = one("Jails released 4,100 people wanted by ICE.", 4_100)
    assert released.event == "release"
    crimes = one("They were charged with 950 new crimes after their release.", 950)
    assert crimes.event == "new_crime"


def test_a_dated_policy_event_is_a_claim_and_an_undated_one_is_not() -> None:
    text = "In February 2017, the president signed an executive order on immigration enforcement."
    found = [c for c in frames(text) if c.kind == "event"]
    assert len(found) == 1 and found[0].event == "executive_order" and found[0].qualifiers == ["Trump"]
    assert found[0].period is not None and (found[0].period.start, found[0].period.end) == ("2017-02-01", "2017-02-28")
    assert not [c for c in frames("The president signed an executive order on immigration.") if c.kind == "event"]


def test_a_ranking_word_before_its_number_is_read_after_it() -> None:
    found = frames("Border Patrol reported a record 2.4 million apprehensions at the southwest border in fiscal 2021.")
    kinds = [c.kind for c in found]
    assert kinds.index("count") < kinds.index("ranking")


def test_section_numbers_and_a_places_own_total_are_not_claim_values() -> None:
    found = frames("Nineteen sheriffs signed 287(g) agreements, about 8% of Georgia's 159 counties.", dt.date(2025, 6, 1))
    assert all(c.value not in (287.0, 159.0) for c in found), [(c.kind, c.value) for c in found]
    share = [c for c in found if c.kind == "list_share"]
    assert len(share) == 1 and share[0].denominator == 159 and share[0].list_name == "ice_287g"


def test_an_elliptical_sentence_takes_the_list_predicate_before_it() -> None:
    text = ("DHS released its list of sanctuary jurisdictions. Pike County is not on the list. "
            "But Adams County and Jefferson County are.")
    members = [c for c in frames(text, dt.date(2025, 6, 2)) if c.kind == "membership"]
    assert [(c.place.name if c.place else None, c.polarity) for c in members] == [
        ("Pike County", "negated"), ("Adams County", "asserted"), ("Jefferson County", "asserted")]


def test_a_state_named_as_the_subject_of_a_list_verb_is_a_membership_claim() -> None:
    text = "DHS said Oregon self-identified as a state sanctuary jurisdiction, like 40 counties in Oregon listed too."
    members = [c for c in frames(text, dt.date(2025, 6, 2)) if c.kind == "membership"]
    assert [(c.place.name, c.place.code) for c in members if c.place] == [("Oregon", "OR")]


def test_on_the_list_in_a_sanctuary_list_article_is_that_list_not_287g() -> None:
    text = ("DHS published a list of sanctuary jurisdictions. The sheriff works with ICE under a 287(g) agreement. "
            "Kent County is not on the list.")
    members = [c for c in frames(text, dt.date(2025, 6, 2)) if c.kind == "membership"]
    assert len(members) == 1 and members[0].list_name == "dhs"


def test_the_last_n_months_end_at_the_article_date() -> None:
    c = next(x for x in extract("In the last 8 months ICE removed 150,000 people.", dt.date(2015, 7, 14))
             if x.value == 150_000)
    assert c.period is not None and (c.period.start, c.period.end) == ("2014-11-14", "2015-07-14")
    undated = next(x for x in extract("In the last 8 months ICE removed 150,000 people.") if x.value == 150_000)
    assert undated.period is None or undated.period.start is None


def test_trump_means_the_term_the_article_was_written_in() -> None:
    def period_of(text: str, day: dt.date) -> tuple[int | None, int | None]:
        c = next(x for x in extract(text, day) if x.value == 100_000)
        assert c.period is not None
        return c.period.first_fiscal_year, c.period.fiscal_year

    text = "Under the Trump administration, ICE has deported more than 100,000 people."
    assert period_of(text, dt.date(2021, 6, 10)) == (2017, 2020)
    assert period_of(text, dt.date(2025, 6, 10)) == (2025, 2025)  # the second term, up to the article's year
    assert period_of("During Trump's first term, ICE deported more than 100,000 people.", dt.date(2025, 6, 10)) == (
        2017, 2020)


def test_a_numbered_term_is_the_term_it_numbers() -> None:
    def years(text: str, day: dt.date) -> tuple[int | None, int | None]:
        c = next(x for x in extract(text, day) if x.value == 100_000)
        assert c.period is not None
        return c.period.first_fiscal_year, c.period.fiscal_year

    later = dt.date(2025, 10, 15)
    for text in ("In the first Trump administration, ICE deported more than 100,000 people.",
                 "Trump's first-term ICE deported more than 100,000 people.",
                 "Under the first-term Trump administration, ICE deported more than 100,000 people.",
                 "In the first term of President Trump, ICE deported more than 100,000 people."):
        assert years(text, later) == (2017, 2020), text
    assert years("In the second term of President Trump, ICE deported more than 100,000 people.", later) == (2025, 2026)
    # written before the second term began, a second term is no period the ledger can read
    early = next(x for x in extract("In a second Trump term, ICE would deport more than 100,000 people.",
                                    dt.date(2019, 6, 10)) if x.value == 100_000)
    assert early.period is None or early.period.first_fiscal_year != 2017


def test_words_after_most_of_them_describe_a_part_not_the_count() -> None:
    found = frames("ICE arrested 158,581 people last year, most of them criminals.", dt.date(2019, 1, 10))
    count = [c for c in found if c.kind == "count"]
    assert len(count) == 1 and count[0].qualifiers == [] and count[0].event == "arrest"
    whom = frames("ICE removed 256,085 people in FY2018, 57% of whom had criminal convictions.", dt.date(2019, 1, 10))
    assert [c.qualifiers for c in whom if c.kind == "count"] == [[]]
    for said_of_them in ("ICE arrested 142,000 people in fiscal 2022 and they were mostly criminals.",
                         "ICE arrested 142,000 people in fiscal 2022, who were overwhelmingly convicted criminals."):
        assert [c.qualifiers for c in frames(said_of_them, dt.date(2023, 1, 5)) if c.kind == "count"] == [[]]
    # a subgroup word before any such words still narrows the count
    border = frames("ICE removed 91,037 convicted criminals apprehended at the border in FY2014.", dt.date(2015, 1, 5))
    assert [c.qualifiers for c in border if c.kind == "count"] == [["border", "convicted"]]


def test_a_change_over_a_named_span_never_takes_its_base_from_an_earlier_sentence() -> None:
    text = ("ICE deported fewer than 60,000 people in fiscal 2021. ICE's interior removals dropped 29% between FY2013 "
            "and FY2018.")
    change = [c for c in frames(text, dt.date(2025, 8, 1)) if c.kind == "change"]
    assert len(change) == 1 and change[0].period is not None
    assert (change[0].period.first_fiscal_year, change[0].period.fiscal_year) == (2013, 2018)


def test_membership_on_a_list_named_in_several_words() -> None:
    date = dt.date(2025, 8, 1)
    city = [c for c in frames("New York City is on the DHS sanctuary list.", date) if c.kind == "membership"]
    assert [(c.place.name if c.place else None, c.polarity) for c in city] == [("New York City", "asserted")]
    state = [c for c in frames("Texas is not on the DHS sanctuary jurisdiction list.", date) if c.kind == "membership"]
    assert [(c.place.code if c.place else None, c.polarity) for c in state] == [("TX", "negated")]


def test_multiples_are_changes_and_multipliers_are_not() -> None:
    doubled = [(c.kind, c.value, c.comparator) for c in frames("ICE removals more than doubled from fiscal 2020 to "
                                                               "fiscal 2024.", dt.date(2025, 1, 1))]
    assert doubled == [("change", 1.0, "gt")]
    # 'three times as many' compares two quantities; it is not a change of its own
    assert [c.kind for c in frames("ICE removed three times as many people as in 2021.", dt.date(2025, 1, 1))
            if c.kind == "change"] == []


def test_one_in_five_is_a_share_and_a_criminal_record_is_no_ranking() -> None:
    found = frames("Fewer than 1 in 5 ICE arrests in fiscal 2018 were of people with no criminal record.",
                   dt.date(2019, 6, 1))
    assert [(c.kind, c.value, c.comparator) for c in found] == [("share", 0.2, "lt")]
    two = frames("Two out of three people ICE arrested in fiscal 2018 had a criminal conviction.", dt.date(2019, 6, 1))
    assert [(c.kind, round(c.value or 0, 3)) for c in two] == [("share", 0.667)]
    # a count of places: 'in 2017' is a year, never the whole of a ratio
    assert [c.value for c in frames("ICE removed 226,119 people in 2017.", dt.date(2018, 6, 1))] == [226_119]


def test_a_change_never_takes_a_later_year_as_its_base_and_the_value_it_reached_shares_its_period() -> None:
    text = ("ICE said it arrested 138,117 people with criminal histories in fiscal 2018. ICE deportations fell 3% in "
            "fiscal 2017 to 226,119.")
    found = {c.kind: c for c in frames(text, dt.date(2025, 8, 1)) if c.sentence_index == 1}
    change, count = found["change"], found["count"]
    assert change.period is not None and change.period.first_fiscal_year == 2016 and change.period.fiscal_year == 2017
    assert count.period is not None and count.period.fiscal_year == 2017


def test_subgroup_words_of_an_earlier_number_stay_with_it() -> None:
    text = ("Of the 240,255 removals in FY 2016, ICE removed 174,923 people apprehended at the border and 65,332 "
            "removals were of people convicted of a crime.")
    quals = {c.value: c.qualifiers for c in frames(text, dt.date(2017, 1, 5)) if c.kind == "count"}
    assert quals[174_923] == ["border"] and "border" not in quals[65_332] and "convicted" in quals[65_332]


def test_a_period_that_leads_into_a_number_is_its_own() -> None:
    text = ("In FY 2011 there were 396,906 removals, in FY 2012 there were 409,849 removals, and in FY 2013 there "
            "were 368,644 removals.")
    years = {c.value: c.period.fiscal_year if c.period else None for c in frames(text, dt.date(2015, 12, 22))
             if c.kind == "count"}
    assert years == {396_906: 2011, 409_849: 2012, 368_644: 2013}
    # 'Of the N removals in FY 2015, ICE removed M ...': the lead-in's period is also the whole's
    parts = frames("Of the 235,413 removals in FY 2015, ICE removed 165,935 people apprehended at the border.",
                   dt.date(2015, 12, 22))
    assert [c.period.fiscal_year if c.period else None for c in parts if c.kind == "count"] == [2015, 2015]


def test_numbers_of_other_things_and_of_possibilities_are_not_claims() -> None:
    date = dt.date(2020, 12, 23)
    rescued = frames("ICE made 3,671 gang-related arrests and identified and rescued 1,012 victims of child "
                     "exploitation and 418 victims of human trafficking.", date)
    # 'charged with nearly 7,500 new charges' counts an event the catalogue holds: it stays
    assert [c.value for c in rescued if c.kind == "count"] == [3_671]
    models = frames("In Texas, 63 sheriff's offices have signed one, two or three 287(g) agreements with ICE.", date)
    assert [c.value for c in models] == [63]


def test_a_count_credited_to_cbp_and_ice_together_is_dhs_wide() -> None:
    both = frames("In fiscal 2018, CBP and ICE together carried out 337,287 removals.", dt.date(2021, 10, 20))
    assert [c.credited_to for c in both] == ["CBP and ICE"]
    ice = frames("In fiscal 2018, ICE carried out 256,085 removals.", dt.date(2021, 10, 20))
    assert [c.credited_to for c in ice] == ["ICE"]


def test_who_asserts_a_number() -> None:
    date = dt.date(2025, 12, 15)

    def who(text: str) -> list[str]:
        return [c.asserted_by for c in frames(text, date) if c.kind == "count"]

    assert who('"We\'ve deported 400,000 people," the president said at a rally.') == ["the president"]
    assert who("Trump claimed that ICE deported more than 350,000 people in his first year.") == ["Trump"]
    assert who("The Department of Homeland Security said ICE removed 256,085 people in fiscal 2018.") == [
        "The Department of Homeland Security"]
    # a source of figures, or research, is the article's reporting
    assert who("ICE removed 256,085 people in fiscal 2018, according to the agency.") == ["article"]
    assert who("Studies show ICE arrested 300,000 people in fiscal 2025.") == ["article"]
    # a party's court filing, and a possessive before its noun
    assert who("Their motion asserts that ICE deported 256,085 people in fiscal 2018.") == ["Their motion"]
    assert who("The city's lawsuit claims ICE removed 256,085 people in fiscal 2018.") == ["The city's lawsuit"]
    assert who("The mayor would have you believe ICE deported 256,085 people in fiscal 2018.") == ["The mayor"]
    # a sentence opened by a conjunction: the speaker without it
    assert who("And the sheriff says ICE deported 256,085 people in fiscal 2018.") == ["the sheriff"]


def test_a_second_count_joined_by_and_counts_the_same_subgroup() -> None:
    text = ("Border Patrol reported 46,612 apprehensions at the southwest border in November and 56,526 in October.")
    quals = [c.qualifiers for c in frames(text, dt.date(2024, 12, 20)) if c.kind == "count"]
    assert quals == [["southwest"], ["southwest"]]
    # a count with words of its own keeps them
    own = frames("ICE removed 91,037 convicted criminals and 137,983 non-criminals in FY2014.", dt.date(2015, 1, 5))
    assert [c.qualifiers for c in own if c.kind == "count"] == [["convicted"], ["noncriminal"]]


def test_or_more_is_a_bound_not_an_alternative() -> None:
    found = frames("ICE removed 200,000 or more people in fiscal 2019.", dt.date(2022, 3, 1))
    assert [(c.value, c.comparator) for c in found] == [(200_000, "ge")]


def test_a_number_after_a_fiscal_year_is_not_the_end_of_a_range() -> None:
    cs = frames("Detainers fell from 276,181 in fiscal 2012 to 85,720 in fiscal 2016.")
    later = next(c for c in cs if c.value == 85_720)
    assert later.period is not None and later.period.fiscal_year == 2016
    first = next(c for c in cs if c.value == 276_181)
    assert first.period is not None and first.period.fiscal_year == 2012 and first.period.first_fiscal_year == 2012


def test_a_year_written_once_dates_both_ends_of_a_range() -> None:
    c = one("ICE's first weekly report counted 206 declined detainers from January 28 to February 3, 2017.", 206,
            dt.date(2018, 3, 1))
    assert c.period is not None and (c.period.start, c.period.end) == ("2017-01-28", "2017-02-03")
    across = one("From December 20 to January 5, 2015, ICE made 100 arrests.", 100, dt.date(2018, 3, 1))
    assert across.period is not None and across.period.start == "2014-12-20"


def test_a_percentage_after_to_or_from_is_the_level_not_the_change() -> None:
    date = dt.date(2024, 1, 10)
    rose_to = frames("The share of ICE arrestees with convictions or pending charges rose to 43 percent in fiscal "
                     "2023, from 32.5 percent in fiscal 2022.", date)
    assert [(c.kind, c.value) for c in rose_to] == [("share", 0.43), ("share", 0.325)]
    assert [c.period.fiscal_year for c in rose_to if c.period] == [2023, 2022]
    from_to = frames("The share of ICE arrestees with convictions or pending charges climbed from about 32.5 percent "
                     "in fiscal 2022 to 43 percent in fiscal 2023.", date)
    assert [c.kind for c in from_to] == ["share", "share"]
    # the size of a change is still a change
    assert [(c.kind, c.value) for c in frames("ICE arrests rose by 30 percent in fiscal 2017.", date)] == \
        [("change", 0.3)]


def test_a_vague_share_is_of_people_or_events_and_much_of_asserts_no_majority() -> None:
    date = dt.date(2024, 8, 25)
    text = ("In fiscal 2023 only 43 percent of ICE arrestees had convictions or pending charges, because so much of "
            "the agency's capacity went to border crossers.")
    assert [(c.kind, c.value) for c in frames(text, date)] == [("share", 0.43)]
    assert frames("Most of the agency's capacity in fiscal 2023 went to arrests of people with no criminal record.",
                  date) == []
    assert [c.value for c in frames("Most of the people ICE arrested in fiscal 2018 had criminal convictions.",
                                    date)] == [0.5]


def test_a_share_of_those_counted_takes_that_counts_period() -> None:
    found = frames("In fiscal 2023, ICE made 170,590 administrative arrests, and only 43 percent of those arrested had "
                   "criminal convictions or pending charges.", dt.date(2024, 8, 25))
    share = next(c for c in found if c.kind == "share")
    assert share.period is not None and share.period.fiscal_year == 2023


def test_a_share_in_a_relative_clause_takes_the_year_of_the_count_it_describes() -> None:
    found = frames("In fiscal 2017, the agency arrested 143,470 people, 74 percent of whom had criminal convictions.",
                   dt.date(2018, 3, 2))
    share = next(c for c in found if c.kind == "share")
    assert share.period is not None and share.period.fiscal_year == 2017


def test_this_year_late_in_a_calendar_year_is_that_year_not_the_fiscal_year_just_begun() -> None:
    def fy(text: str, date: dt.date) -> int | None:
        found = frames(text, date)
        assert len(found) == 1 and found[0].period is not None, [(c.kind, c.period) for c in found]
        return found[0].period.fiscal_year

    assert fy("ICE removed 226,119 people this year.", dt.date(2017, 12, 20)) == 2017
    assert fy("ICE removed 226,119 people this year.", dt.date(2017, 6, 1)) == 2017
    # 'last year' in December is the fiscal year that just ended, whose report has just come out
    assert fy("Last year ICE deported 271,484 people.", dt.date(2024, 12, 22)) == 2024
    assert fy("ICE removed 226,119 people this fiscal year.", dt.date(2017, 12, 20)) == 2018


def test_officers_are_staffing_only_when_counted_and_a_group_set_aside_is_no_qualifier() -> None:
    date = dt.date(2018, 1, 10)
    at_large = frames("At-large arrests, in which officers go into communities to find people rather than picking "
                      "them up from jails, rose to 40,066 in FY2017.", date)
    assert [(c.event, c.qualifiers) for c in at_large] == [("arrest", ["at_large"])]
    staff = frames("To add to its roughly 6,000 ICE deportation agents, the administration enlisted local police.", date)
    assert [c.event for c in staff] == ["personnel"]
    assert [c.event for c in frames("ICE plans to hire 10,000 new officers.", date)] == ["personnel"]


def test_removals_from_interior_arrests_are_interior_removals_not_arrests() -> None:
    found = frames("Removals from interior arrests fell to 28,204 in fiscal 2022.", dt.date(2023, 1, 10))
    assert [(c.kind, c.event, c.qualifiers) for c in found] == [("count", "removal", ["interior"]),
                                                                ("trend", "removal", ["interior"])]


def test_another_n_were_caught_along_the_border_continues_the_removals_before_it() -> None:
    found = frames("In fiscal 2013 ICE removed 368,644 people. Another 235,093 were people caught along the border "
                   "while trying to enter illegally.", dt.date(2014, 1, 10))
    assert [(c.value, c.event, c.qualifiers) for c in found] == [(368_644, "removal", []),
                                                                 (235_093, "removal", ["border"])]
    # Border Patrol's own catches stay Border Patrol's
    cbp = frames("Border Patrol agents caught 851,508 people along the border in fiscal 2019.", dt.date(2019, 12, 10))
    assert [c.event for c in cbp] == ["cbp"]


def test_the_year_before_counts_back_from_the_named_year_not_an_administration() -> None:
    date = dt.date(2022, 3, 20)
    shares = frames("The Biden administration says 66 percent of those deported last year were convicted criminals, "
                    "up from 56 percent the year before.", date)
    assert [(c.value, c.period.fiscal_year if c.period else None) for c in shares] == [(0.66, 2021), (0.56, 2020)]
    drop = [c for c in frames("ICE recorded 59,011 removals last fiscal year, down from 185,884 the year before, a "
                              "drop of more than two-thirds.", date) if c.kind == "change"]
    assert len(drop) == 1 and drop[0].period is not None
    assert (drop[0].period.first_fiscal_year, drop[0].period.fiscal_year) == (2020, 2021)


def test_a_when_clause_takes_its_year_and_a_leading_compared_with_is_the_changes_base() -> None:
    found = frames("ICE made 158,581 administrative arrests in fiscal 2018. Compared with FY2016, the final full year "
                   "of the Obama administration, when ICE made just 110,104 arrests, the agency's arrest total is up "
                   "54 percent.", dt.date(2019, 1, 10))
    count = next(c for c in found if c.value == 110_104)
    assert count.period is not None and count.period.fiscal_year == 2016
    change = next(c for c in found if c.kind == "change")
    assert change.base_subject == "FY2016"


def test_a_when_clause_after_a_base_year_takes_that_year_over_the_sentences_own() -> None:
    date = dt.date(2023, 12, 29)
    since = one("Arrests in FY 2023 were the highest since FY 2019, when ICE made 143,099 arrests.", 143_099, date)
    assert since.period is not None and since.period.fiscal_year == 2019
    than = one("In fiscal 2023 ICE arrested fewer people than in fiscal 2018, when it made 158,581 arrests.", 158_581,
               date)
    assert than.period is not None and than.period.fiscal_year == 2018


def test_words_of_a_later_clause_or_a_group_set_aside_do_not_bind_to_a_number() -> None:
    date = dt.date(2019, 1, 10)
    reason = frames("The administration deported 315,943 people in the 2014 budget year, down from 368,644 the year "
                    "before, as the government focused on recent border crossers.", date)
    assert all(c.qualifiers == [] for c in reason)
    coordinated = frames("The agency conducted 226,119 removals in fiscal 2017, down from 240,255 the year before, and "
                         "border removals fell 17 percent.", date)
    assert next(c for c in coordinated if c.value == 240_255).qualifiers == []
    assert next(c for c in coordinated if c.kind == "change").qualifiers == ["border"]
    set_aside = frames("Removals attributable to arrests by ICE, as opposed to Border Patrol, increased from 65,332 in "
                       "FY2016 to 95,360 in FY2018, an increase of 46 percent.", date)
    assert {c.event for c in set_aside} == {"removal"}
    change = next(c for c in set_aside if c.kind == "change")
    assert change.period is not None and (change.period.first_fiscal_year, change.period.fiscal_year) == (2016, 2018)
    agency = frames("Removals in which ICE itself was the arresting agency totaled 31,557 in fiscal 2021.", date)
    assert [(c.event, c.qualifiers) for c in agency] == [("removal", ["interior"])]


def test_a_count_of_countries_is_not_a_count_of_removals() -> None:
    found = frames("ICE removed 271,484 noncitizens to nearly 200 countries in FY2024.", dt.date(2025, 1, 10))
    assert [c.value for c in found] == [271_484]


def test_a_year_that_names_the_figure_compared_with_is_a_base() -> None:
    found = frames("In fiscal 2021, ICE's 59,011 removals were less than a tenth of the fiscal 2019 total.",
                   dt.date(2022, 1, 10))
    count = next(c for c in found if c.value == 59_011)
    assert count.period is not None and count.period.fiscal_year == 2021


def test_a_span_of_years_dates_from_x_to_y_and_the_change_between_them() -> None:
    found = frames("From fiscal 2016 to fiscal 2018, the number of removals attributable to ICE arrests increased "
                   "from 65,332 to 95,360, an increase of 46 percent.", dt.date(2019, 6, 1))
    by_value = {c.value: c for c in found}
    assert by_value[65_332].value_high is None and by_value[65_332].period.fiscal_year == 2016  # type: ignore[union-attr]
    assert by_value[95_360].period.fiscal_year == 2018  # type: ignore[union-attr]
    assert all(c.event == "removal" and c.qualifiers == ["interior"] for c in found)
    change = next(c for c in found if c.kind == "change")
    assert change.period is not None and (change.period.first_fiscal_year, change.period.fiscal_year) == (2016, 2018)


def test_an_average_over_years_said_with_annually_takes_the_span() -> None:
    found = one("The agency averaged about 148,000 arrests annually from fiscal 2017 through 2019.", 148_000)
    assert found.period is not None and (found.period.first_fiscal_year, found.period.fiscal_year) == (2017, 2019)


def test_a_state_inside_a_name_or_a_list_of_states_is_not_the_place() -> None:
    from ice_ledger.claims.places import find_place

    assert find_place("The Washington Post counted 38 sheriffs' offices.", 0) is None
    assert find_place("Sanctuary states from California to Vermont passed laws.", 0) is None
    listed = find_place("Four states, California, Illinois and Oregon among them, passed such laws in Texas.", 0)
    assert listed is not None and listed.name == "Texas"
    # a nation named first is the claim's place, whatever a later clause names
    first = find_place("Nationwide, jails declined 9,000 detainers after a court in Oregon ruled.", 0)
    assert first is not None and first.level == "nation"


def test_a_large_city_is_read_after_a_preposition_of_place_and_not_in_a_name_or_dateline() -> None:
    from ice_ledger.claims.evidence import _city_name
    from ice_ledger.claims.places import find_place

    cities = frozenset({"Houston", "St. Paul", "Kansas City", "Dallas"})
    houston = find_place("In Houston, ICE made 9,000 arrests.", 0, cities)
    assert houston is not None and (houston.level, houston.name) == ("city", "Houston")
    kc = find_place("ICE made 900 arrests in Kansas City last year.", 0, cities)
    assert kc is not None and (kc.level, kc.name) == ("city", "Kansas City")  # not the state of Kansas
    assert find_place("ICE made 9,000 arrests, the director said in Dallas.", 0, cities) is None
    assert find_place("Houston's mayor said ICE made 9,000 arrests.", 0, cities) is None
    assert find_place("ICE made 9,000 arrests, as reported in Houston Chronicle coverage.", 0, cities) is None
    region = find_place("Across the Bay Area, ICE made 3,000 arrests.", 0)
    assert region is not None and (region.level, region.name) == ("region", "Bay Area")
    assert find_place("Agents made 400,000 apprehensions along the Southwest border.", 0) is None
    # the name a city goes by, from the Census's names
    assert _city_name("Nashville-Davidson metropolitan government (balance), Tennessee") == "Nashville"
    assert _city_name("San Buenaventura (Ventura) city, California") == "Ventura"
    assert _city_name("Urban Honolulu CDP, Hawaii") == "Honolulu"
    assert _city_name("St. Paul city, Minnesota") == "St. Paul"


def test_a_count_joined_by_and_shares_the_year_of_the_count_before_it() -> None:
    found = one("ICE conducted 143,099 administrative arrests in FY 2019 and 267,258 removals.", 267_258)
    assert found.period is not None and found.period.fiscal_year == 2019


def test_a_year_named_beside_a_relative_phrase_is_the_year_it_means() -> None:
    found = frames("ICE removed 315,943 people in FY 2014. The year before, in FY 2013, ICE conducted a total of "
                   "368,644 removals.", dt.date(2015, 12, 22))
    earlier = next(c for c in found if c.value == 368_644)
    assert earlier.period is not None and earlier.period.fiscal_year == 2013


def test_turned_down_detainers_are_declined_ones() -> None:
    found = one("Local jails turned down 13,595 ICE detainers in calendar 2014.", 13_595)
    assert "declined" in found.qualifiers


def test_a_year_leading_the_sentence_dates_every_count_that_names_none() -> None:
    found = one("In fiscal 2024, ICE made 113,431 arrests and 271,484 removals.", 271_484)
    assert found.period is not None and found.period.fiscal_year == 2024
    # another year between them belongs to the later count
    later = one("In fiscal 2024, ICE made 113,431 arrests, up from fiscal 2019, and 271,484 removals.", 271_484)
    assert later.period is None or later.period.fiscal_year != 2024 or later.period.confidence != "high"


def test_the_year_ending_september_30_written_after_it_ended_is_the_year_just_ended() -> None:
    after = one("In the year ending Sept. 30, ICE made 113,431 administrative arrests.", 113_431, dt.date(2024, 12, 28))
    assert after.period is not None and after.period.fiscal_year == 2024 and after.period.confidence == "medium"
    during = one("In the year ending Sept. 30, ICE expects to make 150,000 arrests.", 150_000, dt.date(2024, 5, 2))
    assert during.period is not None and during.period.fiscal_year == 2024


def test_a_group_set_aside_after_not_is_no_qualifier() -> None:
    found = frames("Most removals in fiscal 2024 came from the border, not the interior.", dt.date(2024, 12, 22))
    assert all("interior" not in c.qualifiers for c in found)


def test_two_of_every_five_is_a_ratio() -> None:
    found = one("Two of every five people ICE arrested in fiscal 2018 had no conviction.", 0.4, dt.date(2019, 3, 1))
    assert found.kind == "share"


def test_a_fiscal_year_written_as_two_years_is_the_one_that_ends_in_the_second() -> None:
    one_year = one("The agency deported 250,000 people in the 2016-17 fiscal year.", 250_000).period
    assert one_year is not None and one_year.kind == "fiscal_year" and one_year.fiscal_year == 2017
    named = one("The agency deported 250,000 people in fiscal year 2016-17.", 250_000).period
    assert named is not None and named.kind == "fiscal_year" and named.fiscal_year == 2017
    # 'FY2016-17' may be the one year or the two: kept as the two, and never with high confidence
    either = one("The agency deported 250,000 people in FY2016-17.", 250_000).period
    assert either is not None and either.first_fiscal_year == 2016 and either.confidence == "medium"
    plural = one("The agency deported 500,000 people in fiscal years 2016-17.", 500_000).period
    assert plural is not None and plural.first_fiscal_year == 2016 and plural.fiscal_year == 2017


def test_a_month_named_without_a_year_in_the_articles_own_month_is_this_month_so_far() -> None:
    from ice_ledger.claims.periods import find_periods

    def month(text: str) -> tuple[str | None, str | None, str]:
        (m,) = [x.period for x in find_periods(text, 0, dt.date(2025, 6, 20)) if x.period.kind == "month"]
        return m.start, m.end, m.confidence

    assert month("The list grew in June.") == ("2025-06-01", "2025-06-20", "low")
    assert month("The list grew in March.") == ("2025-03-01", "2025-03-31", "medium")
    assert month("The list grew in September.") == ("2024-09-01", "2024-09-30", "medium")


def test_a_month_of_last_year_or_this_year_is_read_from_the_article_date() -> None:
    from ice_ledger.claims.periods import find_periods

    def months(text: str) -> list[tuple[str | None, str | None]]:
        return [(x.period.start, x.period.end) for x in find_periods(text, 0, dt.date(2016, 9, 6))
                if x.period.kind == "month"]

    assert months("The first map came out in July of last year.") == [("2015-07-01", "2015-07-31")]
    assert months("The list grew in March this year.") == [("2016-03-01", "2016-03-31")]
    assert months("The map will be updated in November this year.") == []  # a month to come


def test_a_citations_year_in_brackets_is_not_a_period() -> None:
    day = dt.date(2018, 4, 20)

    def year(text: str, value: float) -> int | None:
        period = one(text, value, day).period
        return period.fiscal_year if period is not None else None

    assert year("When the Pew Research Center (2018) broke out the data, 74 percent of arrestees had convictions.",
                0.74) != 2018
    assert year("Wong et al. (2017, p. 4) counted 143,470 arrests.", 143_470) != 2017
    assert year("Arrests rose to 143,470 in (2017), the first year of the administration.", 143_470) == 2017


def test_a_figure_denied_with_a_limit_verb_becomes_a_bound() -> None:
    assert one("The agency did not reach 90,000 arrests in fiscal 2019.", 90_000).comparator == "lt"
    assert one("Arrests did not exceed 90,000 in fiscal 2019.", 90_000).comparator == "le"
    assert one("The agency did not deport 400,000 people in fiscal 2019.", 400_000).polarity == "negated"
    assert one("The agency not only deported 267,258 people in fiscal 2019.", 267_258).polarity == "asserted"


def test_the_fiscal_year_just_ended_is_the_last_completed_one() -> None:
    october = dt.date(2021, 10, 12)
    for text in ("The agency made 74,000 arrests in the most recent fiscal year.",
                 "The agency made 74,000 arrests in the fiscal year that just ended.",
                 "The agency made 74,000 arrests in the fiscal year that ended last month.",
                 "The agency made 74,000 arrests in the 12 months ending Sept. 30, 2021."):
        p = one(text, 74_000, october).period
        assert p is not None and p.kind == "fiscal_year" and p.fiscal_year == 2021, text


def test_the_year_before_does_not_count_back_from_a_later_comparisons_base() -> None:
    text = "Arrests topped the previous fiscal year's 143,099, which had been the most since 2014."
    p = one(text, 143_099, DEC_2019).period
    assert p is not None and p.fiscal_year == 2019, p


def test_a_span_of_fiscal_years_written_out_is_the_count_s_period_before_an_administration() -> None:
    for text in ("Under President Obama, from fiscal 2013 through fiscal 2015, the agency deported 920,000 people.",
                 "From fiscal 2013 through fiscal 2015, the agency deported 920,000 people."):
        p = one(text, 920_000).period
        assert p is not None and (p.first_fiscal_year, p.fiscal_year) == (2013, 2015) and p.confidence == "medium", text


def test_since_a_day_runs_from_that_day_to_the_article_date_and_a_leading_month_is_read() -> None:
    from ice_ledger.claims.periods import find_periods

    day = dt.date(2025, 7, 20)
    (since,) = [m.period for m in find_periods("Since March 3, 2025, dozens more signed.", 0, day)]
    assert (since.kind, since.start, since.end) == ("dates", "2025-03-03", "2025-07-20")
    (month,) = [m.period for m in find_periods("In April alone, dozens more signed.", 0, day)]
    assert (month.kind, month.start, month.end) == ("month", "2025-04-01", "2025-04-30")


def test_a_part_of_a_month_is_its_third_and_since_keeps_its_own_reading() -> None:
    from ice_ledger.claims.periods import find_periods

    day = dt.date(2025, 7, 10)
    read = [(m.period.kind, m.period.start, m.period.end) for m in
            find_periods("It rose in mid-May, again in early July and in late June.", 0, day)]
    assert read == [("dates", "2025-05-11", "2025-05-20"), ("dates", "2025-07-01", "2025-07-10"),
                    ("dates", "2025-06-21", "2025-06-30")]
    (late,) = [m.period for m in find_periods("It peaked in late July.", 0, day)]
    assert late.start == "2024-07-21"  # not yet begun at the article date: last year's
    (since,) = [m.period for m in find_periods("It has doubled since mid-May.", 0, day)]
    assert (since.start, since.end) == ("2025-05-01", "2025-07-10")


def test_the_first_or_last_years_of_an_administration_are_those_fiscal_years() -> None:
    from ice_ledger.claims.periods import find_periods

    day = dt.date(2024, 12, 20)
    (first,) = [m.period for m in find_periods("in the first three years of the Biden administration", 0, day)]
    assert (first.first_fiscal_year, first.fiscal_year, first.confidence) == (2021, 2023, "medium")
    (last,) = [m.period for m in find_periods("in Obama's last two fiscal years", 0, day)]
    assert (last.first_fiscal_year, last.fiscal_year) == (2015, 2016)


def test_the_year_before_a_calendar_year_is_the_calendar_year_before() -> None:
    p = one("Jails refused 13,000 detainers in calendar year 2016, up from 9,000 the year before.", 9_000).period
    assert p is not None and (p.kind, p.start, p.end) == ("calendar_year", "2015-01-01", "2015-12-31")
    q = one("The agency deported 240,255 people in fiscal 2016, up from 235,413 the year before.", 235_413).period
    assert q is not None and (q.kind, q.fiscal_year) == ("fiscal_year", 2015)


def test_no_pattern_of_the_checker_is_defined_twice() -> None:
    """A module-level name assigned twice silently replaces the first (a second `_COMPARED_WITH` once changed which
    bases an earlier rule read); each pattern has one definition."""
    import ast
    from pathlib import Path

    import ice_ledger.claims as claims_pkg

    for path in sorted(Path(claims_pkg.__file__).parent.glob("*.py")):
        names = [t.id for node in ast.parse(path.read_text()).body if isinstance(node, ast.Assign)
                 for t in node.targets if isinstance(t, ast.Name)]
        twice = sorted({n for n in names if names.count(n) > 1})
        assert not twice, f"{path.name}: {twice}"


def test_a_case_set_up_to_reason_about_supposes_every_number_in_it() -> None:
    for text in ("Suppose ICE had deported 350,000 people in fiscal 2019.",
                 "HOST: Imagine the agency had made 210,000 arrests in fiscal 2019 instead.",
                 "Q: Let's say removals reached 500,000 in fiscal 2019; what then?",
                 "In a world where ICE removed 600,000 people in fiscal 2019, flights would triple.",
                 "Consider a scenario where ICE made 250,000 arrests in fiscal 2019.",
                 "SHERIFF: Had ICE arrested 300,000 people in fiscal 2019, our jail would have overflowed."):
        polarities = {c.polarity for c in frames(text) if c.value is not None}
        assert polarities and polarities <= {"hypothetical", "questioned"}, text
    # neither rated: a supposition or a question. 'Say what you will' opens an aside, not a supposition
    said = one("Say what you will about the agency, ICE removed 267,258 people in fiscal 2019.", 267_258)
    assert said.polarity == "asserted"
    # the supposition ends at a colon: what follows it is stated
    after = one("Now imagine critics read the report: ICE removed 267,258 people in fiscal 2019.", 267_258)
    assert after.polarity == "asserted"


def test_a_figure_the_sentence_itself_rejects_is_denied_not_said() -> None:
    wrong = "It's wrong to say ICE deported 350,000 people in fiscal 2019; it deported 267,258."
    assert one(wrong, 350_000).polarity == "negated" and one(wrong, 267_258).polarity == "asserted"
    contrary = "Contrary to claims that ICE made 250,000 arrests in fiscal 2019, it made 143,099."
    assert one(contrary, 250_000).polarity == "negated" and one(contrary, 143_099).polarity == "asserted"
    false_claim = "The debunked claim that 95 percent of ICE arrestees in fiscal 2019 were convicted still spreads."
    assert one(false_claim, 0.95).polarity == "negated"
    corrected = "A mailer says ICE removed 400,000 people in fiscal 2019 — the actual figure was 267,258."
    assert one(corrected, 400_000).polarity == "negated" and one(corrected, 267_258).polarity == "asserted"


def test_a_proportion_word_the_sentence_denies_is_not_its_claim() -> None:
    text = "In fiscal 2019, 40 percent of those ICE arrested had a conviction, not a majority."
    assert {c.polarity for c in frames(text) if c.value is not None and c.precision == 0.0} == {"negated"}
    assert one(text, 0.40).polarity == "asserted"
    assert {c.polarity for c in frames("Most people ICE arrested in fiscal 2019 had a conviction.")
            if c.kind == "share"} == {"asserted"}


def test_the_year_a_change_happened_in_is_the_year_of_the_level_it_reached() -> None:
    reached = one("Removals dipped about 4 percent in fiscal 2017 to 226,119.", 226_119)
    assert reached.period is not None and reached.period.fiscal_year == 2017
    changed = one("Removals dipped about 4 percent in fiscal 2017 to 226,119.", -0.04)
    assert changed.kind == "change"
    # 'from N in fiscal 2016 to M' names the base's year, never the level's
    level = one("Removals slid from 240,255 in fiscal 2016 to 226,119.", 226_119)
    assert level.period is None or level.period.fiscal_year != 2016


def test_a_part_of_a_total_named_with_its_year_after_and_or_a_speaker_label() -> None:
    part = one("HOST: And of those 143,099 arrests in FY2019, 37,000 were at large.", 37_000)
    assert part.period is not None and part.period.fiscal_year == 2019


def test_what_someone_foresees_is_not_what_happened() -> None:
    for text in ("Forecasters expect removals to climb back above 300,000 in fiscal 2020.",
                 "Two think tanks anticipate about 180,000 arrests in fiscal 2020."):
        assert {c.polarity for c in frames(text) if c.value is not None} == {"hypothetical"}, text
    # 'than many expected' compares with a past guess; the count is stated
    assert one("ICE removed 267,258 people in fiscal 2019, more than many expected.", 267_258).polarity == "asserted"


def test_a_charts_arrow_or_plus_sign_marks_a_change_not_a_share() -> None:
    up = one("Interior arrests ↑12% in FY'18", 0.12)
    down = one("Border removals ▼ 9% in FY2019", -0.09)
    plus = one("At-large arrests: +18% in fiscal 2019", 0.18)
    assert (up.kind, down.kind, plus.kind) == ("change", "change", "change")
    # a plain share stays a share
    assert one("Interior removals were 36% of all removals in fiscal 2019.", 0.36).kind == "share"


def test_years_counted_from_a_named_fiscal_year() -> None:
    later = one("Three years after fiscal 2016, removals reached 267,258.", 267_258)
    assert later.period is not None and later.period.fiscal_year == 2019
    earlier = one("Two years before fiscal 2019, ICE made 143,470 arrests.", 143_470)
    assert earlier.period is not None and earlier.period.fiscal_year == 2017
    run = one("In the two years after fiscal 2016, ICE removed about 482,000 people.", 482_000)
    assert run.period is not None and (run.period.first_fiscal_year, run.period.fiscal_year) == (2017, 2018)
    # counted, not written: a mismatch is left open rather than called false
    assert later.period.confidence == "medium"


def test_a_footnote_marker_ends_a_sentence_and_a_citation_does_not() -> None:
    text = ("ICE removed 267,258 people in fiscal 2019.[4] Over the next year, removals fell to 185,884.[5] "
            "As Hines & Peri, 12 Rev. Econ. 44 (2019), found, nothing changed.")
    got = [s.text for s in sentences(text)]
    assert got == ["ICE removed 267,258 people in fiscal 2019.[4]", "Over the next year, removals fell to 185,884.[5]",
                   "As Hines & Peri, 12 Rev. Econ. 44 (2019), found, nothing changed."]
    assert all(text[s.start:s.end] == s.text for s in sentences(text))


def test_a_month_of_that_year_is_of_the_year_named_before_it() -> None:
    c = one("The Center for Immigration Studies counted 300 sanctuary jurisdictions in March 2016 and 310 by "
            "September of that year.", 310)
    assert c.period is not None and (c.period.start, c.period.end) == ("2016-09-01", "2016-09-30")


def test_a_claim_the_sentence_names_and_calls_untrue_is_denied() -> None:
    for text, value in (("The claim that ICE removed 350,000 people in fiscal 2019 is false.", 350_000),
                        ('A rival\'s line that "ICE made 200,000 arrests in FY2019" is unfounded.', 200_000),
                        ("The statistic that 95 percent of those arrested in fiscal 2019 were convicted is simply not "
                         "what the report says.", 0.95)):
        assert one(text, value).polarity == "negated", text
    after_a_colon = "Once more: the campaign's claim that ICE removed 400,000 people in fiscal 2019 is not what ICE says."
    assert one(after_a_colon, 400_000).polarity == "negated"
    kept = one("The claim that ICE removed 267,258 people in fiscal 2019 is correct.", 267_258)
    assert (kept.polarity, kept.asserted_by) == ("asserted", "article")  # 'The' is no speaker


def test_a_share_of_all_set_beside_a_count_takes_the_counts_year() -> None:
    text = "Interior removals reached 81,603 in FY2017, or 36% of total removals, and kept rising in FY2018."
    share = one(text, 0.36)
    assert share.period is not None and share.period.fiscal_year == 2017


def test_a_dated_entry_counts_its_relative_years_from_its_own_date() -> None:
    entry = one("Nov. 20, 2019 — ICE says it removed 267,258 people last fiscal year.", 267_258, dt.date(2025, 6, 1))
    assert entry.period is not None and entry.period.fiscal_year == 2019
    on_a_day = one("On Jan. 5, 2018, the agency said it made 143,470 arrests last fiscal year.", 143_470,
                   dt.date(2025, 6, 1))
    assert on_a_day.period is not None and on_a_day.period.fiscal_year == 2017


def test_removals_tied_to_ice_arrests_are_interior_removals() -> None:
    c = one("Removals linked to ICE arrests rose 12 percent in fiscal 2019.", 0.12)
    assert (c.kind, c.event, c.qualifiers) == ("change", "removal", ["interior"])


def test_border_patrols_catches_and_the_agencys_own_arrests_name_subgroups() -> None:
    caught = one("ICE removed about 170,000 people in FY2019 who had been caught by Border Patrol agents.", 170_000)
    crossers = one("ICE deported some 160,000 migrants in fiscal 2019 after Border Patrol caught them.", 160_000)
    own = one("About 100,000 of the agency's fiscal 2019 removals came from its own arrests.", 100_000)
    assert (caught.qualifiers, crossers.qualifiers, own.qualifiers) == (["border"], ["border"], ["interior"])
    assert caught.event == crossers.event == own.event == "removal"
    # Border Patrol's own catches stay Border Patrol's
    assert one("Some 850,000 migrants were apprehended by Border Patrol in fiscal 2019.", 850_000).event == "cbp"


def test_a_line_broken_inside_a_sentence_goes_on() -> None:
    text = ("ICE ARRESTS SOAR\nThe agency made 158,581 arrests, up from\n143,470 the year before and\nmore than any "
            "year since.\nShare this:\nRelated: removals")
    assert [s.text for s in sentences(text)] == [
        "ICE ARRESTS SOAR", "The agency made 158,581 arrests, up from 143,470 the year before and more than any year "
        "since.", "Share this:", "Related: removals"]


def test_a_span_of_days_after_between_is_the_numbers_own_not_a_later_base_year() -> None:
    text = ("ICE made 41,318 arrests between January 22 and April 29, 2017, a 37.6 percent rise over the same weeks "
            "of 2016.")
    count = one(text, 41_318, dt.date(2017, 6, 1))
    assert count.period is not None and count.period.kind == "dates" and count.period.start == "2017-01-22"


def test_washington_acting_is_the_federal_government_not_the_state() -> None:
    for text in ("ICE made 143,099 arrests in fiscal 2019, far fewer than Washington promised.",
                 "Some in Washington insist ICE made 143,099 arrests in fiscal 2019.",
                 "Washington tells the press that ICE made 143,099 arrests in fiscal 2019."):
        assert one(text, 143_099).place is None, text
    state = one("Washington state saw 4,100 ICE arrests in fiscal 2019.", 4_100)
    assert state.place is not None and state.place.code == "WA"


def test_a_sentence_ending_in_us_then_a_new_subject_is_two_sentences() -> None:
    text = "Deportations fell sharply across the U.S. Undocumented immigrants were rarely convicted."
    assert [s.text for s in sentences(text)] == ["Deportations fell sharply across the U.S.",
                                                 "Undocumented immigrants were rarely convicted."]
    assert len(sentences("Agents of U.S. Immigration and Customs Enforcement arrested 143,470 people.")) == 1


def test_the_year_a_reported_clause_opens_with_is_its_numbers_own() -> None:
    text = ("Pundits repeated last year's figure, saying that in fiscal 2018, 66 percent of those arrested had "
            "criminal convictions.")
    share = one(text, 0.66, dt.date(2019, 12, 20))
    assert share.period is not None and share.period.fiscal_year == 2018


def test_two_events_nouns_before_one_number_leave_its_event_uncertain() -> None:
    both = one("Deportations via ICE arrests rose 10 percent in fiscal 2018.", 0.10)
    assert both.measure_confidence != "high"
    alone = one("Arrests rose 10 percent in fiscal 2018.", 0.10)
    assert alone.measure_confidence == "high"
