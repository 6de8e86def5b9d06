"""Number parsing: digits, words, fractions, percentages, ranges and hedges, each with its exact span."""

from __future__ import annotations

import pytest

from ice_ledger.claims.numbers import find_majorities, find_quantities


@pytest.mark.parametrize(("text", "value", "comparator", "is_share"), [
    ("the agency arrested 158,581 people", 158_581, "eq", False),
    ("at least 500 sanctuary cities", 500, "ge", False),
    ("more than 200,000 arrests", 200_000, "gt", False),
    ("nearly 190,000 people", 190_000, "nearly", False),
    ("about 1.2 million removals", 1_200_000, "approx", False),
    ("fewer than 50 counties", 50, "lt", False),
    ("up to 30 days", 30, "le", False),
    ("north of 100,000 people", 100_000, "gt", False),
    ("more than a quarter-million people", 250_000, "gt", False),
    ("upward of 100,000 arrests", 100_000, "gt", False),
    ("just shy of 150,000 arrests", 150_000, "nearly", False),
    ("stayed shy of 100,000", 100_000, "lt", False),
    ("as many as 2,000 detainers", 2_000, "approx", False),
    ("66 percent of arrests", 0.66, "eq", True),
    ("21% of arrests", 0.21, "eq", True),
    ("two-thirds of arrests", 2 / 3, "eq", True),
    ("one hundred fifty thousand people", 150_000, "eq", False),
    ("two hundred fifty-six thousand eighty-five people", 256_085, "eq", False),
    # verbs of passing a mark say more than the mark
    ("arrests barely cracked 100,000", 100_000, "gt", False),
    ("removals broke 250,000 that year", 250_000, "gt", False),
])
def test_single_quantity(text: str, value: float, comparator: str, is_share: bool) -> None:
    (q,) = find_quantities(text)
    assert q.value == pytest.approx(value)
    assert q.comparator == comparator
    assert q.is_share is is_share
    assert text[q.start:q.end] == q.text  # the span is exact


def test_ranges_of_counts_and_percentages() -> None:
    (q,) = find_quantities("between 140,000 and 150,000 people")
    assert (q.value, q.high, q.comparator) == (140_000, 150_000, "range")
    (p,) = find_quantities("from 10 to 20 percent")
    assert (p.value, p.high, p.is_share) == (pytest.approx(0.1), pytest.approx(0.2), True)


def test_years_and_fiscal_labels_are_not_quantities() -> None:
    assert find_quantities("in 2018 and in FY2019 and FY 2020") == []
    assert [q.value for q in find_quantities("in 2018, 2,018 people")] == [2018]


def test_precision_follows_the_writer() -> None:
    assert find_quantities("158,000 arrests")[0].precision == 1000
    assert find_quantities("158,581 arrests")[0].precision == 1
    assert find_quantities("1.2 million arrests")[0].precision == pytest.approx(100_000)


def test_vague_majorities() -> None:
    most = find_majorities("Most of these were criminals")
    assert [(q.text, q.comparator, q.value) for q in most] == [("Most", "gt", 0.5)]
    assert find_majorities("the vast majority were convicted")[0].value == 0.75
    assert find_majorities("many of those arrested")[0].comparator == "vague"
    assert find_majorities("on many occasions") == []


def test_twenty_numbers_in_one_sentence() -> None:
    text = ", ".join(str(1000 + i) for i in range(20)) + " arrests"
    assert len(find_quantities(text)) == 20


def test_a_hedge_written_after_the_number() -> None:
    found = {q.text: q.comparator for q in find_quantities("ICE removed 200,000 or more people, 100,000 or so in "
                                                           "detention, and 5% or less of them were minors.")}
    assert found == {"200,000 or more": "ge", "100,000 or so": "approx", "5% or less": "le"}


def test_a_fraction_of_a_million_is_one_number() -> None:
    got = [(q.value, q.is_share) for q in find_quantities("Nearly half a million people were deported.")]
    assert got == [(500_000.0, False)]
    assert [q.value for q in find_quantities("three-quarters of a million arrests")] == [750_000.0]
    assert [(q.value, q.is_share) for q in find_quantities("half of the arrests")] == [(0.5, True)]


def test_a_k_suffix_is_thousands_rounded_to_the_thousand() -> None:
    (q,) = find_quantities("The agency logged 87K removals.")
    assert (q.value, q.precision) == (87_000, 1_000)
    (r,) = find_quantities("The agency logged 1.5k removals.")
    assert (r.value, r.precision) == (1_500, 100)
    assert [x.value for x in find_quantities("Savings in a 401(k) account.")] == [401]


def test_a_third_or_a_quarter_before_an_ordinal_noun_is_not_a_fraction() -> None:
    assert find_quantities("Arrests fell for a third straight year.") == []
    assert find_quantities("That took a quarter century.") == []
    assert [q.value for q in find_quantities("Arrests fell by a third.")] == [1 / 3]


def test_a_day_of_a_month_never_starts_a_range() -> None:
    # 'from 571 on May 16 to 753 on July 3': two levels on two dates, not 16 to 753
    values = [(q.value, q.high) for q in find_quantities("grew from 571 on May 16 to 753 on July 3")]
    assert (753, None) in values and all(high is None for _, high in values)
    (q,) = find_quantities("between 16 and 20 percent")  # a range with no month before it is still one
    assert q.comparator == "range"


def test_fifths_and_tenths_are_shares_and_spread_over_is_not_a_bound() -> None:
    (q,) = find_quantities("roughly one-fifth of the total")
    assert (q.value, q.is_share) == (pytest.approx(0.2), True)
    (t,) = find_quantities("a tenth of the arrests")
    assert t.value == pytest.approx(0.1)
    (s,) = find_quantities("entries scattered over 36 states")
    assert (s.value, s.comparator) == (36, "eq")
    assert find_quantities("over 36 states")[0].comparator == "gt"


def test_numbers_inside_names_are_not_quantities() -> None:
    for text in ("The COVID-19 pandemic began in March.", "Arizona passed SB 1070 in 2010.",
                 "Texas passed Senate Bill 4 in 2017."):
        assert find_quantities(text) == [], text
    assert [q.value for q in find_quantities("ICE issued 5,000 I-247 detainers.")] == [5000]


def test_spoken_numbers_with_a_pause_or_and_a_half() -> None:
    said = find_quantities("ICE made a hundred and fifty-eight thousand, five hundred and eighty-one arrests.")
    assert [q.value for q in said] == [158_581]
    assert [q.value for q in find_quantities("sixty-two and a half thousand expulsions")] == [62_500]
    assert [q.value for q in find_quantities("two and a half million people")] == [2_500_000]
    half = find_quantities("thirty-two and a half percent of arrestees")
    assert [(round(q.value, 4), q.is_share) for q in half] == [(0.325, True)]
    # two numbers a comma separates stay two when the second has a scale of its own
    assert [q.value for q in find_quantities("two hundred thousand, ninety thousand of them")] == [200_000, 90_000]


def test_spoken_decimals_are_one_number() -> None:
    share = find_quantities("Seventy-one point seven percent of ICE arrestees")
    assert [(round(q.value, 4), q.is_share) for q in share] == [(0.717, True)]
    assert [q.value for q in find_quantities("one hundred forty-three point five thousand arrests")] == [143_500]
    assert [q.value for q in find_quantities("The point is that 5 people came.")] == [5]


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("removals totalled about 1.2m in all", 1_200_000, 100_000),
    ("some 0.27mn removals", 270_000, 10_000),
    ("a 1.5M-person backlog", 1_500_000, 100_000),
    ("a 2bn detention budget", 2_000_000_000, 1_000_000_000),
    ("its quarter-million removals", 250_000, None),
])
def test_business_page_scales_and_a_bare_quarter_million(text: str, value: float, precision: float | None) -> None:
    # '1.2m' is 1.2 million, never the '1' before its decimal point; 'quarter-million' needs no 'a'
    (q,) = find_quantities(text)
    assert q.value == value
    if precision is not None:
        assert q.precision == precision


def test_a_digit_before_a_decimal_point_is_never_a_number_of_its_own() -> None:
    assert [q.value for q in find_quantities("the 1.2x multiplier and 3.5 detainers")] == [3.5]


@pytest.mark.parametrize("text", ["Update, 4 p.m.: more to come", "Posted 2/14/2019, updated at 9:45", "Update, 11 AM ET",
                                  "DEPUTY DIRECTOR 2: good morning"])
def test_clock_times_slash_dates_and_speaker_numbers_are_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_a_count_beside_a_time_is_still_read() -> None:
    assert [q.value for q in find_quantities("At 3 p.m. ICE said it made 143,099 arrests.")] == [143_099]


@pytest.mark.parametrize("text", ["Both outlets were half right about arrests.", "It is a half-truth about removals.",
                                  "The ad tells half the story."])
def test_half_as_a_judgement_is_not_a_share(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("ICE carried out 256 085 removals in fiscal 2018.", 256_085),
    ("ICE made 170\u202f590 arrests.", 170_590),
    ("about 1 200 000 people", 1_200_000),
])
def test_thousands_set_off_by_spaces_are_one_number(text: str, value: float) -> None:
    assert [q.value for q in find_quantities(text)] == [value]


def test_a_day_before_its_month_is_a_date_not_a_number() -> None:
    assert find_quantities("Toronto, 23 December 2020 - Deportations dropped sharply.") == []
    # a day, then a count, are two numbers, not one spaced one
    assert [q.value for q in find_quantities("on May 16 571 agreements were in force")] == [16, 571]
    # and a count before a program's name is not its first digits
    assert [q.value for q in find_quantities("Georgia had 31 287(g) agreements")][:1] == [31]


def test_a_singular_noun_between_the_two_numbers_of_a_ratio_is_what_is_counted() -> None:
    (q,) = find_quantities("nearly one deportation in four involved a parent")
    assert q.is_share and abs(q.value - 0.25) < 1e-9
    # a plural noun counts things, not one of every so many
    assert [x.value for x in find_quantities("2 raids in 10 counties")] == [2, 10]


def test_a_reports_or_bills_number_is_a_name_not_a_quantity() -> None:
    assert find_quantities("See GAO-19-487 for the arrest counts.") == []
    assert [q.value for q in find_quantities("HB 1018 would bar 87 agencies from 287(g) agreements.")][:1] == [87]


def test_one_before_a_speaker_is_a_determiner_not_a_count() -> None:
    assert find_quantities("One radio host said the raids were routine.") == []
    assert [q.value for q in find_quantities("One county in Iowa is on the list.")] == [1]


def test_a_labels_or_a_codes_number_is_not_a_quantity() -> None:
    assert [q.value for q in find_quantities("The chart in Exhibit 7 puts the total at 412.")] == [412]
    assert find_quantities("Both letters cited 8 U.S.C. 1373 and Title 42.") == []
    assert [q.value for q in find_quantities("About 70 percent were Priority One cases.")] == [0.7]


def test_a_fraction_written_with_a_slash_is_one_share() -> None:
    (q,) = find_quantities("The policy cut those deportations by roughly 2/3.")
    assert q.is_share and abs(q.value - 2 / 3) < 1e-9 and q.comparator == "approx"
    assert [x.value for x in find_quantities("The raid on 6/14/2019 netted 114 arrests.")] == [114]


def test_one_as_a_generic_pronoun_or_one_of_several_is_not_a_count() -> None:
    for text in ("One holds that the agency grew.", "One might argue the program failed.",
                 "It was one of several bad years.", "One can see the change."):
        assert [q.value for q in find_quantities(text)] == [], text
    assert [q.value for q in find_quantities("One county refused, and one of 23 cities did.")] == [1, 1, 23]
