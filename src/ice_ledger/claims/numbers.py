"""Find the quantities in a sentence: digits, words, fractions, percentages, ranges, hedges and vague majorities.

Each mention keeps the exact character span it came from, so the report can highlight it and the verdict can
quote it. Years and fiscal-year labels are left to `periods.py`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from text_to_num import text2num

# comparator words just before a number, longest first
_HEDGES: list[tuple[str, str]] = [
    ("no more than", "le"), ("no fewer than", "ge"), ("at least", "ge"), ("at most", "le"), ("more than", "gt"),
    ("greater than", "gt"), ("better than", "gt"), ("upwards of", "gt"), ("in excess of", "gt"), ("fewer than", "lt"), ("less than", "lt"),
    # ('just over 20,000' says near 20,000, not any number above it: a figure close to the one written)
    ("close to", "nearly"), ("just under", "nearly"), ("a little under", "nearly"), ("a little over", "approx"),
    ("a little more than", "approx"), ("slightly under", "nearly"), ("slightly over", "approx"),
    ("slightly more than", "approx"), ("slightly above", "approx"), ("just above", "approx"),
    ("just more than", "approx"), ("barely over", "approx"), ("barely more than", "approx"),
    ("slightly less than", "nearly"), ("well over", "gt"), ("just over", "approx"), ("nearly", "nearly"),
    ("almost", "nearly"),
    ("over", "gt"), ("above", "gt"), ("under", "lt"), ("below", "lt"), ("up to", "le"), ("about", "approx"),
    ("around", "approx"), ("roughly", "approx"), ("approximately", "approx"), ("some", "approx"),
    ("approx.", "approx"), ("est.", "approx"),  # an almanac's shortened hedges ('approx. 316,000')
    ("an estimated", "approx"), ("estimated", "approx"), ("almost exactly", "eq"), ("exactly", "eq"),
    # verbs of passing a mark: "ICE topped 300,000" says more than 300,000, not 300,000
    ("topped", "gt"), ("topping", "gt"), ("exceeded", "gt"), ("exceeding", "gt"), ("surpassed", "gt"),
    ("surpassing", "gt"), ("eclipsed", "gt"), ("cracked", "gt"), ("cracking", "gt"), ("crossed", "gt"),
    ("broke", "gt"), ("broken", "gt"),
    # idioms of a bound: 'north of 100,000', 'upward of', 'shy of', 'as many as'
    ("north of", "gt"), ("upward of", "gt"), ("south of", "lt"), ("just shy of", "nearly"),
    ("a little shy of", "nearly"), ("slightly shy of", "nearly"), ("just short of", "nearly"), ("shy of", "lt"),
    # ('as many as 32,000 deportations': the writer's figure, said as large; not a ceiling anything below meets)
    ("as many as", "approx"), ("as much as", "approx"), ("as high as", "approx"),
    ("in the neighborhood of", "approx"), ("on the order of", "approx"),
]
_HEDGE_RE = re.compile(r"(?:" + "|".join(re.escape(h) for h, _ in _HEDGES) + r")\s+$", re.I)
_HEDGE_OF = dict(_HEDGES)

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD = r"(?:" + "|".join(_UNITS + list(_SCALES)) + r")"
_WORD_NUMBER_RE = re.compile(rf"\b{_WORD}(?:(?:\s+and\s+|[\s-]+){_WORD})*\b", re.I)
_AND_A_HALF = re.compile(rf"\b({_WORD}(?:(?:\s+and\s+|[\s-]+){_WORD})*|\d+)[\s-]+and[\s-]+a[\s-]+half\s+"
                         r"(thousand|million|billion|percent|per cent)\b", re.I)
_A_NAMES_NUMBER = re.compile(r"(?:\b[A-Za-z]{1,6}-|\b(?:SB|HB|AB|LB|SF|HF|S\.B\.|H\.B\.|Bill|Proposition|Prop\.|"
                             r"Measure)\s?)$")
_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SPOKEN_CHAIN = re.compile(r"\b((?:one|two|three|four|five|six|seven|eight|nine)(?:-(?:oh|zero|" + "|".join(
    _DIGIT_WORDS[1:] + _TEENS + _TENS) + r"))+)\b(?:\s+(thousand|million))?", re.I)


def _chain_value(chain: str) -> float | None:
    """'one-oh-three' 103, 'one-forty-two' 142, 'two-seventy' 270: a number said in groups of digits."""
    parts = [p.lower() for p in chain.split("-")]
    digits, i = str(_DIGIT_WORDS.index(parts[0])), 1
    while i < len(parts):
        part = parts[i]
        if part in ("oh", "zero"):
            digits += "0"
        elif part in _DIGIT_WORDS:
            digits += str(_DIGIT_WORDS.index(part))
        elif part in _TEENS:
            digits += str(10 + _TEENS.index(part))
        else:
            unit = parts[i + 1] if i + 1 < len(parts) and parts[i + 1] in _DIGIT_WORDS[1:] else None
            digits += str(2 + _TENS.index(part)) + (str(_DIGIT_WORDS.index(unit)) if unit else "0")
            i += 1 if unit else 0
        i += 1
    return float(digits) if len(digits) >= 3 else None


_SPOKEN_POINT = re.compile(rf"\b({_WORD}(?:(?:\s+and\s+|[\s-]+){_WORD})*)\s+point\s+((?:{'|'.join(_DIGIT_WORDS)})"
                           rf"(?:\s+(?:{'|'.join(_DIGIT_WORDS)}))*)\b(?:\s+(thousand|million|billion)\b)?", re.I)
_SPOKEN_COMMA = re.compile(r",\s+(?:and\s+)?")
_BIG_SCALE = re.compile(r"\b(?:thousand|million|billion)\b", re.I)


def _words_value(words: str) -> float | None:
    """Number words as text2num reads them (lower case, without the 'and' speech puts between them); None if they
    are not one number."""
    try:
        return float(text2num(re.sub(r"\s+and\s+", " ", words.lower()), "en"))
    except (ValueError, AssertionError):
        return None
# ('158K', '1.2k': thousands, as headlines write them; '1.2m', '0.27mn', '1bn': millions and billions, as business
# pages write them; never the '1' of '1.2m' alone)
_DIGITS_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(million|billion|thousand)|(k)|(mn|mln|m|bn))?"
                        r"(?![\w])(?!\.\d)", re.I)
_SUFFIX_SCALES = {"m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000}
_CLOCK_OR_DATE = re.compile(r"(?::\d\d\b|\s*[ap]\.\s?m\.|\s*[AP]M\b|\s*[ap]m\b(?![\w-])|/\d{1,2}/\d{2,4}\b|/\d{2,4}\b)")
_DATE_BEFORE = re.compile(r"\b\d{1,2}/(?:\d{1,2}/)?$|\b\d{1,2}:$")
# a fraction written with a slash, smaller than one ('1/3', '3/4'), never part of a date ('1/10/2019', 'on 3/4')
_SLASH_FRACTION = re.compile(r"(?<![\d/.,])([1-9])/(10|[2-9])(?![\d/]|\.\d)")
_DATE_WORD_BEFORE = re.compile(r"\b(?:on|since|through|until|by|from|to|dated?)\s+$", re.I)
_LABEL_NUMBER = re.compile(r"^\W*[A-Z][A-Z.'’ -]{1,40}\s$")
_PERCENT_AFTER = re.compile(r"^\s*(%|percent\b|per cent\b|percentage points?\b)", re.I)
# '3 times as many', 'twice' is handled with studies; 'a million times.' alone is a count of events
_MULTIPLIER_AFTER = re.compile(r"^(?:[\s-]+and[\s-]+a[\s-]+half)?\s+times\s+(?:as|more|less|fewer|higher|lower|larger|greater|bigger|smaller|"
                               r"the|that|over)\b", re.I)
# 'doubled', 'nearly tripled', 'halved': a change written as a multiple (the value is the change: +100%, -50%)
# ('rose fivefold', 'a tenfold increase': the same, as a fold)
MULTIPLY_VERB = re.compile(r"\b(doubled|tripled|trebled|quadrupled|halved|(?:two|three|four|five|six|seven|eight|nine|ten)"
                           r"-?fold)\b", re.I)
_MULTIPLES = {"doubled": 1.0, "tripled": 2.0, "trebled": 2.0, "quadrupled": 3.0, "halved": 0.5}
_FOLDS = {w: float(i) for i, w in enumerate(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], 2)}
# a fold is a change only beside a word of growth ('rose fivefold', 'a fivefold increase'; not 'a twofold problem')
_FOLD_GROWTH = re.compile(r"\b(?:rose|risen|grew|grown|increased|jumped|climbed|surged|soared|expanded|went\s+up|up)\s+"
                          r"(?:\w+\s+){0,2}$|^\s+(?:increase|rise|jump|growth|surge)\b", re.I)
# ('1 in 5', 'three out of four', 'one arrest in three': a singular noun between them is what is counted)
_RATIO_JOIN = re.compile(r"^\s+(?:[a-z]+(?<!s)\s+)?(?:in|out of|of every|in every)\s+$", re.I)
_HEDGE_AFTER = re.compile(r"^(?:\s*(?:%|percent))?\s+or\s+(more|greater|higher|above|fewer|less|lower|below|so)\b",
                          re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:to|-|–|—|and)\s*$", re.I)

# a number after 'by' that follows a verb of change or comparison, or after 'an increase of': the size of a
# difference ('rose by 15,000', 'topped fiscal 2019 by about 4,000', 'the list grew by 182', 'a net gain of 35')
BY_DIFFERENCE = re.compile(r"\b(?:(?:(?P<down>fell|fallen|decreased|dropped|declined|shrank|shrunk|trailed|down|lower|"
                           r"fewer|went\s+down|slipped|dipped|sagged|eased|slid|plunged|tumbled|sank|plummeted)|rose|risen|"
                           r"increased|grew|grown|climbed|jumped|swelled|expanded|topped|surged|soared|spiked|"
                           r"exceeded|surpassed|outpaced|outnumbered|outstripped|up|higher|more|went\s+up)\s+"
                           r"(?:[^,;.]{0,50}?\s)?by|(?:an?\s+)?(?:net\s+)?(?:increase|rise|jump|gain|growth|(?P<loss>decline|"
                           r"drop|decrease|fall|cut|reduction))\s+of"
                           # ('a drop of 79 percent, or more than 105,000 removals': the same change, in people)
                           r"(?:\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)"
                           r"\s*,?\s+or(?:\s+(?:more|fewer|less)\s+than)?)?)"
                           r"\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+|only\s+|another\s+)?$", re.I)

_FRACTIONS: dict[str, float] = {
    "two-thirds": 2 / 3, "two thirds": 2 / 3, "one-third": 1 / 3, "one third": 1 / 3, "a third": 1 / 3,
    "three-quarters": 0.75, "three quarters": 0.75, "one-quarter": 0.25, "a quarter": 0.25, "one quarter": 0.25,
    "half": 0.5, "one-half": 0.5, "one in four": 0.25, "one in three": 1 / 3, "one in five": 0.2, "nine in ten": 0.9,
    "two in three": 2 / 3, "three in four": 0.75, "four in five": 0.8,
    "one-fifth": 0.2, "one fifth": 0.2, "a fifth": 0.2, "two-fifths": 0.4, "two fifths": 0.4, "three-fifths": 0.6,
    "three fifths": 0.6, "four-fifths": 0.8, "four fifths": 0.8, "one-tenth": 0.1, "one tenth": 0.1, "a tenth": 0.1,
    "one-sixth": 1 / 6, "one sixth": 1 / 6, "a sixth": 1 / 6, "one-eighth": 0.125, "one eighth": 0.125,
    "an eighth": 0.125, "three-tenths": 0.3, "three tenths": 0.3, "seven-tenths": 0.7, "seven tenths": 0.7,
    "nine-tenths": 0.9, "nine tenths": 0.9, "three-eighths": 0.375, "five-sixths": 5 / 6,
}
_FRACTION_RE = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(_FRACTIONS, key=len, reverse=True)) + r")\b",
                          re.I)
# 'a third straight year', 'a third time', 'a quarter century': words after a fraction that make it an ordinal
_ORDINAL_AFTER = re.compile(r"\s+(?:(?:straight|consecutive|successive|running|full|fiscal|calendar)\b|(?:years?|time|"
                            r"times|term|round|quarter|century|month|week|day)\b|in\s+a\s+row\b)|"
                            # 'half right', 'a half-truth', 'half the story': a judgement, not a share
                            r"[\s-]+(?:right|true|wrong|truths?|correct|the\s+story)\b", re.I)
# vague majorities: (pattern, comparator, threshold share)
_QUANTIFIERS: list[tuple[str, str, float]] = [
    (r"\b(?:nearly|almost|virtually) all\b", "ge", 0.9), (r"\bthe vast majority\b|\bvast majority\b", "ge", 0.75),
    (r"\bthe overwhelming majority\b", "ge", 0.75), (r"\bmost\b(?! of the time)", "gt", 0.5), (r"\ba majority\b", "gt", 0.5),
    (r"\bthe majority\b", "gt", 0.5), (r"\bmuch of\b", "vague", 0.0), (r"\bmany of\b", "vague", 0.0),
    (r"\ba minority\b", "lt", 0.5), (r"\bfew\b(?! years)", "lt", 0.25),
]
_YEAR_LIKE = re.compile(r"^(19|20)\d\d$")
MAX_VALUE = 1e13  # more than any count of people or events; larger digit runs are not read as quantities


@dataclass(frozen=True)
class Quantity:
    """One quantity as written: its value(s), how it was hedged, and where it sits in the sentence."""

    value: float
    start: int
    end: int
    text: str
    comparator: str = "eq"  # eq, approx, nearly, ge, gt, le, lt, range, vague
    high: float | None = None
    is_share: bool = False  # a fraction of a whole (percent, two-thirds, most)
    from_words: bool = False
    precision: float = 1.0  # the rounding the writer used, e.g. 1000 for "158,000"


def _precision(value: float, text: str) -> float:
    if "." in text:
        return 10 ** -len(text.split(".")[-1].rstrip("%").split()[0])
    v = int(abs(value))
    if v == 0:
        return 1.0
    p = 1
    while v % (p * 10) == 0 and p < v:
        p *= 10
    return float(p)


# a mark the figure stays well below, its denial in the idiom itself: 'nowhere near 200,000', 'did not arrest anywhere
# near 200,000', 'never came close to 250,000', 'fell well short of 300,000' (fewer, whatever negation comes before)
_FAR_BELOW = (r"(?:\b(?:nowhere|anywhere)\s+(?:near|close\s+to)|\b(?:never|not|n['’]t)\s+(?:even\s+)?"
              r"(?:come|came|comes|coming|got|get|gets|been)\s+(?:anywhere\s+)?(?:close\s+to|near)|"
              r"\b(?:well|far|way)\s+short\s+of|\b(?:fell|falls?|falling|fallen|comes?|came)\s+short\s+of|"
              r"\ba\s+far\s+cry\s+from|\bnot\s+(?:even\s+)?(?:close\s+to|near))")
FAR_BELOW = re.compile(_FAR_BELOW + r"\s+$", re.I)
FAR_BELOW_LEAD = re.compile(_FAR_BELOW + r"\s", re.I)  # a quantity's text that opens with the idiom


def _hedge_before(sentence: str, start: int) -> tuple[str, int]:
    far = FAR_BELOW.search(sentence[max(0, start - 36):start])
    if far:
        return "lt", start - len(far.group(0))
    m = _HEDGE_RE.search(sentence[max(0, start - 20):start])
    if not m:
        return "eq", start
    word = m.group(0).strip().lower()
    if word == "over" and _SPREAD_BEFORE.search(sentence[:start - len(m.group(0))]):
        return "eq", start  # 'spread over 36 states': across them, not more than 36
    return _HEDGE_OF[word], start - len(m.group(0))


_SPREAD_BEFORE = re.compile(r"\b(?:spread|scattered|dispersed|distributed|strewn|located|sprinkled)\s*$", re.I)


def _is_year(text: str, sentence: str, start: int, end: int) -> bool:
    if not _YEAR_LIKE.match(text):
        return False
    after = sentence[end:end + 10].lower()
    return not after.lstrip().startswith(("%", "percent", "people", "arrests", "immigrants"))


# ('a quarter-million', 'half-a-million': hyphens for spaces)
_FRACTION_OF_SCALE = re.compile(r"\b(half|(?:a[\s-])?quarter|a[\s-]third|three[- ]quarters|two[- ]thirds)[\s-]+(?:of[\s-]+)?"
                                r"(?:an?[\s-]+)?(million|billion)\b", re.I)


_SPACED_THOUSANDS = re.compile(r"(?<![\w.,])(\d{1,3})(?:[ \u00a0\u2009\u202f]\d{3})+(?![\w,(]|\.\d)")
# '103.603 administrative arrests', 'the 143.099 of fiscal 2019', '1.234.567': thousands set off by periods, as
# Spanish and much of Europe write them; read so only where a decimal makes no sense (two or more groups, or one group
# before a count of people or events, or before the year it is of)
_DOTTED_THOUSANDS = re.compile(r"(?<![\w.,])([1-9]\d{0,2})(?:\.\d{3})+(?![\w,]|\.\d)")
_A_DECIMALS_UNIT_AFTER = re.compile(r"\s*(?:%|percent|per\s*cent|percentage|points?|times|x\b|fold|per\b|"
                                    r"(?:on|in)\s+average|standard|SD\b|coefficient|log)", re.I)
_COUNTED_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+(?:people|persons|immigrants|migrants|aliens|foreigners|deportees|"
                            r"inhabitants|residents|arrests|removals|deportations|detainers|expulsions|apprehensions|"
                            r"encounters|returns|jurisdictions|agencies|counties|cities|Latinos|Hispanics|respondents|"
                            r"dollars|cases|requests|individuals|men|women|children|families|interviews)\b|"
                            r"\s+(?:of|in|during|for)\s+(?:the\s+)?(?:fiscal|FY|(?:19|20)\d\d\b)", re.I)
_MONTH_AFTER = re.compile(r"\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
# 'from 571 on May 16 to 753 on July 3': a day of a month never starts a range of quantities
_MONTH_BEFORE = re.compile(r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                           r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$")


# a bound denied just before its number: 'never removed more than N', 'has yet to deport more than N'
NEGATED_BEFORE = re.compile(r"\b(?:never|yet to|not|n't)\s+(?:\w+\s+){0,2}$|"
                             # 'At no point did removals rise above 226,119'
                             r"\b(?:at\s+no\s+(?:point|time)|in\s+no\s+(?:year|month|week))\s+(?:\w+\s+){0,3}$", re.I)
NEGATED_BOUND = {"gt": "le", "ge": "lt", "lt": "ge", "le": "gt"}


# a report's or a bill's number: 'GAO-24-106233', 'OIG-18-19', 'SB 4', 'H.R. 2431', 'HB 1018'
_IDENTIFIER = re.compile(r"\b[A-Z]{2,}(?:-\d+)+\b|\b(?:H\.R\.|S\.B\.|H\.B\.|A\.B\.|(?-i:SB|HB|AB|SF|HF|LD|HR))\s?\d{1,5}\b|"
                         # 'Exhibit 4', 'Table 2', 'Priority One', 'Level 1', 'Title 42': a label's number
                         r"\b(?-i:Exhibits?|Tables?|Figures?|Fig\.|Appendix|Annex|Charts?|Footnotes?|Sections?|Sec\.|"
                         r"Title|Chapter|Article|Part|Phase|Step|Level|Priority|Tier|Rule|Docket|Item|Question|No\.)"
                         r"\s+(?:\d+[A-Za-z]?\b|(?-i:One|Two|Three|Four|Five)\b)|"
                         # '8 U.S.C. 1373', '8 USC § 1357(g)', '42 C.F.R. 71': a title of a code and its section
                         r"\b\d{1,2}\s+(?:U\.\s?S\.\s?C\.|USC|C\.\s?F\.\s?R\.|CFR)\s*(?:§+\s*)?\d+[a-z]?\b")


# 'One website said …', 'One cable host claimed …': one speaker, a determiner, not a count
_ONE_WHO_SPEAKS = re.compile(r"(?-i:[Oo]ne)\s+(?:[a-z]+\s+){1,2}(?:said|says|told|wrote|writes|claimed|claims|argued|argues|"
                             r"noted|notes|insisted|insists|asserted|asserts|reported|reports|posted|tweeted|put\s+it)\b")

# 'a busier one', 'the only one', 'no one', 'each one': 'one' standing for a noun already said, not the number 1
_ONE_AS_PRONOUN_BEFORE = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he)\s+(?:(?!(?:of|in|and|or|than|about|roughly|nearly|almost|"
                                    r"only|just|some|around|approximately|exactly|over|under)\b)[a-z]+\s+){1,2}|"
                                    r"\b(?:[Tt]his|[Tt]hat|[Aa]nother|[Aa]ny|[Ee]ach|[Ee]very|[Nn]o)\s+)$")
# 'in one of those counties', 'one of them': a member of a group named elsewhere
_ONE_OF_A_GROUP_AFTER = re.compile(r"\s+of\s+(?:the|those|these|its|their|our|his|her|them|us|it|several|many|a\s+few|"
                                   r"numerous|a\s+handful)\b(?!\s+\d)", re.I)
# 'One holds that …', 'One might argue …', 'one can see': the generic pronoun, the subject of a verb, not a count
_ONE_AS_A_SUBJECT_AFTER = re.compile(r"\s+(?:might|may|could|would|should|must|can|cannot|can['’]t|will|need\s+not|has\s+to|"
                                     r"holds|argues|thinks|believes|suspects|wonders|hears|reads|finds|sees|notices|"
                                     r"learns|assumes|imagines|expects)\b", re.I)
# 'One more thing:', 'one last point', 'one other question': a turn in the writer's argument, not a count
_ONE_MORE_THING_AFTER = re.compile(r"\s+(?:(?:more|last|final|other|further|quick|small|big|key)\s+)?(?:thing|point|"
                                   r"question|note|word|caveat|detail|correction|observation|thought|reminder|"
                                   r"sentence|paragraph|error|mistake|"
                                   r"number\s+to\s+keep)s?\b", re.I)


def find_quantities(sentence: str) -> list[Quantity]:
    """Every quantity in the sentence, left to right (years excluded)."""
    raw: list[tuple[int, int, float, bool]] = []  # start, end, value, from_words
    used = bytearray(len(sentence) + 1)  # characters already read as a quantity: linear, not pairwise

    def free(a: int, b: int) -> bool:
        return not any(used[a:b])

    def take(a: int, b: int) -> None:
        used[a:b] = b"\x01" * (b - a)

    for m in _IDENTIFIER.finditer(sentence):  # 'GAO-24-106233', 'SB 4', 'H.R. 2431': a name, not a quantity
        take(m.start(), m.end())
    for m in _SPOKEN_CHAIN.finditer(sentence):
        # 'one-oh-three thousand' (103,000), 'one-forty-two thousand': digits said in groups; without a scale
        # ('two-seventy', 'one-oh-three, six') what they stand for is not certain, and no part is read on its own
        take(m.start(), m.end())
        value = _chain_value(m.group(1))
        if value is not None and m.group(2):
            raw.append((m.start(), m.end(), value * _SCALES[m.group(2).lower()], True))
    for m in _SPOKEN_POINT.finditer(sentence):  # 'seventy-one point seven percent', 'sixty-two point five thousand'
        whole = _words_value(m.group(1))
        if whole is None:
            continue
        digits = "".join(str(_DIGIT_WORDS.index(d.lower())) for d in m.group(2).split())
        value = float(f"{whole:.0f}.{digits}") * (_SCALES[m.group(3).lower()] if m.group(3) else 1)
        raw.append((m.start(), m.end(), value, True))
        take(m.start(), m.end())
    for m in _AND_A_HALF.finditer(sentence):  # 'sixty-two and a half thousand', 'thirty-two and a half percent'
        whole = float(m.group(1)) if m.group(1).isdigit() else _words_value(m.group(1))
        if whole is None:
            continue
        scale = m.group(2).lower()
        if scale in _SCALES:
            raw.append((m.start(), m.end(), (whole + 0.5) * _SCALES[scale], True))
            take(m.start(), m.end())
        else:  # the percent sign is read after the number, as for any share
            raw.append((m.start(), m.start(2) - 1, whole + 0.5, True))
            take(m.start(), m.start(2) - 1)
    for m in _FRACTION_OF_SCALE.finditer(sentence):  # 'half a million': 500,000, not a share and a million
        if not free(m.start(), m.end()):
            continue
        word = re.sub(r"\s+", " ", m.group(1).lower()).replace("-", " ")
        frac = _FRACTIONS.get("a quarter" if word == "quarter" else word)  # 'quarter-million': a quarter of one
        if frac is None:
            continue
        raw.append((m.start(), m.end(), frac * _SCALES[m.group(2).lower()], True))
        take(m.start(), m.end())
    for m in _FRACTION_RE.finditer(sentence):
        if not free(m.start(), m.end()):
            continue
        if _ORDINAL_AFTER.match(sentence[m.end():]):
            continue  # 'for a third straight year', 'a quarter century': an ordinal or a span, not a fraction
        raw.append((m.start(), m.end(), _FRACTIONS[m.group(0).lower()], True))
        take(m.start(), m.end())
    for m in _SLASH_FRACTION.finditer(sentence):  # 'cut by about 1/3', '2/3 of them': a fraction, not 1 and 3
        if free(m.start(), m.end()) and int(m.group(1)) < int(m.group(2)) \
                and not _DATE_WORD_BEFORE.search(sentence, 0, m.start()) \
                and not (not sentence[:m.start()].strip() and re.match(r"\s+[A-Z]", sentence[m.end():])):
            # (not '3/10 ICE removed …', a thread's post number)
            raw.append((m.start(), m.end(), int(m.group(1)) / int(m.group(2)), True))
            take(m.start(), m.end())
    for m in _DOTTED_THOUSANDS.finditer(sentence):
        if re.match(r"\s*(?:million|billion|thousand|trillion|mn|bn)\b", sentence[m.end():], re.I):
            continue  # ('1.659 million encounters': a decimal of a scale, never thousands)
        if free(m.start(), m.end()) and (m.group(0).count(".") > 1 or _COUNTED_AFTER.match(sentence, m.end())
                                         # ('Removals rose to 256.085 in financial year 2018', 'fell to 185.884,'):
                                         # three places after a point are thousands unless a unit makes it a decimal
                                         or not _A_DECIMALS_UNIT_AFTER.match(sentence, m.end())):
            raw.append((m.start(), m.end(), float(m.group(0).replace(".", "")), False))
            take(m.start(), m.end())
    for m in _SPACED_THOUSANDS.finditer(sentence):
        # '185 884 removals', '256\u202f085': thousands set off by spaces, as British and European pages write them
        # (not 'May 16 571 agreements': a day, then a count)
        if _MONTH_BEFORE.search(sentence, 0, m.start()):
            continue
        raw.append((m.start(), m.end(), float(re.sub(r"\D", "", m.group(0))), False))
        take(m.start(), m.end())
    for m in _DIGITS_RE.finditer(sentence):
        if not free(m.start(), m.end()):
            continue
        if int(m.group(1).replace(",", "")) <= 31 and not m.group(2) and _MONTH_AFTER.match(sentence, m.end()):
            continue  # 'Toronto, 23 December 2020': a day of a month, written first
        number = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        if m.group(3):
            number *= _SCALES[m.group(3).lower()]
        elif m.group(4):
            number *= 1_000
        elif m.group(5):
            number *= _SUFFIX_SCALES[m.group(5).lower()]
        if not math.isfinite(number) or number > MAX_VALUE:
            continue  # a run of digits no article means as a quantity (an ID, a phone number, garbage)
        if not m.group(3) and not m.group(4) and not m.group(5) and not m.group(2) and _is_year(m.group(1), sentence, m.start(), m.end()):
            continue
        if _CLOCK_OR_DATE.match(sentence, m.end()) or _DATE_BEFORE.search(sentence, 0, m.start()) \
                or (_LABEL_NUMBER.match(sentence[:m.start()]) and sentence[m.end():m.end() + 1] == ":"):
            continue  # 'Update, 3 p.m.', '10:30', '1/10/2019', 'SENIOR OFFICIAL 2:': a time, a date or a speaker's label
        if not m.group(2) and not m.group(3) and not m.group(4) and not m.group(5) \
                and re.match(r"/(?![\d/])", sentence[m.end():m.end() + 2]) and number < 100:
            continue  # '4/ In raw terms, …', 'quoting 4/:': a post's place in a thread, not a count
        if _A_NAMES_NUMBER.search(sentence[max(0, m.start() - 14):m.start()]):
            continue  # 'COVID-19', 'Form I-247', 'SB 1070', 'Senate Bill 4': part of a name, not a quantity
        before = sentence[max(0, m.start() - 3):m.start()]
        if re.search(r"(FY|FY |#)$", before, re.I) or re.match(r"^(?:st|nd|rd|th)\b", sentence[m.end():]):
            continue
        raw.append((m.start(), m.end(), number, False))
        take(m.start(), m.end())
    spoken: list[tuple[int, int, float, str]] = []
    for m in _WORD_NUMBER_RE.finditer(sentence):
        if not free(m.start(), m.end()) or _ONE_WHO_SPEAKS.match(sentence, m.start()):
            continue
        if m.group(0).lower() == "one" and not re.match(r"\s+(?:in|out\s+of)\s", sentence[m.end():m.end() + 9]) \
                and (_ONE_AS_PRONOUN_BEFORE.search(sentence, 0, m.start()) or _ONE_OF_A_GROUP_AFTER.match(sentence, m.end())
                     or _ONE_MORE_THING_AFTER.match(sentence, m.end()) or _ONE_AS_A_SUBJECT_AFTER.match(sentence, m.end())):
            # ('a busier one for deportations', 'no one', 'in one of those counties', 'one more thing', 'one might
            # argue'): not a count
            continue
        said = _words_value(m.group(0))
        if said is None:
            continue
        last = spoken[-1] if spoken else None
        tail_scale = _SCALES.get(last[3].lower().split()[-1].split("-")[-1], 0) if last is not None else 0
        if last is not None and tail_scale >= 1_000 and _SPOKEN_COMMA.fullmatch(sentence[last[1]:m.start()]) \
                and said < tail_scale and not _BIG_SCALE.search(m.group(0)):
            # 'a hundred and fifty-eight thousand, five hundred and eighty-one': one number, said with a pause
            spoken[-1] = (last[0], m.end(), last[2] + said, sentence[last[0]:m.end()])
            continue
        spoken.append((m.start(), m.end(), said, m.group(0)))
    for start, end, number, _ in spoken:
        raw.append((start, end, number, True))
        take(start, end)
    raw.sort()

    out: list[Quantity] = []
    i = 0
    while i < len(raw):
        start, end, value, worded = raw[i]
        if _MULTIPLIER_AFTER.match(sentence[end:]):
            i += 1  # 'three times as many': a ratio between two quantities, not a quantity of its own
            continue
        is_share = False
        pm = _PERCENT_AFTER.match(sentence[end:])
        if pm:
            end += pm.end()
            value, is_share = value / 100, True
        elif sentence[start:end].lower() in _FRACTIONS or _SLASH_FRACTION.fullmatch(sentence[start:end]):
            is_share = True
        ratio = _RATIO_JOIN.match(sentence[end:raw[i + 1][0]]) if i + 1 < len(raw) and not is_share else None
        if ratio is not None and not 0 < value < raw[i + 1][2] <= 1000:
            ratio = None
        if ratio is not None:
            # '1 in 5 arrests', 'three out of four': a share, the two numbers one quantity
            value, is_share, end = value / raw[i + 1][2], True, raw[i + 1][1]
            i += 1
        comparator, hedge_start = _hedge_before(sentence, start)
        between = re.search(r"between\s+$", sentence[max(0, start - 10):start], re.I)
        if comparator == "eq" and between:
            comparator, hedge_start = "range", start - len(between.group(0))
        high = None
        joiner = sentence[end:raw[i + 1][0]] if i + 1 < len(raw) else ""
        # "5 to 10", "between 5 and 10 percent"; never "20 percent to 160,000" nor "10% and 25%" (two claims)
        # 'rose from 65,332 to 95,360' is two levels, not a range ('estimates from 10 to 20 percent' is one)
        two_levels = re.search(r"\b(?:rose|risen|fell|fallen|increased|decreased|grew|grown|climbed|dropped|jumped|"
                               r"declined|went|gone|up|down|increases?|rises?|drops?|declines?|falls?|growth)\b[^.;]{0,40}?"
                               r"\bfrom\s+(?:about\s+|nearly\s+|roughly\s+)?$",
                               sentence[max(0, start - 70):start], re.I) is not None
        day = not worded and value <= 31 and _MONTH_BEFORE.search(sentence[max(0, start - 12):start]) is not None
        if joiner and _RANGE_JOIN.match(joiner) and not two_levels and not day and (comparator == "range" or
                                                                         not re.search(r"\band\b", joiner)):
            _s2, e2, v2, _ = raw[i + 1]
            pm2 = _PERCENT_AFTER.match(sentence[e2:])
            v2 = v2 / 100 if pm2 else v2
            first = value / 100 if pm2 and not pm else value
            if not (pm and not pm2) and comparator in ("eq", "range") and v2 > first:
                value, is_share = first, is_share or bool(pm2)
                high, end, comparator = v2, e2 + (pm2.end() if pm2 else 0), "range"
                i += 1
        after = _HEDGE_AFTER.match(sentence[end:]) if comparator == "eq" else None
        if after is not None:  # '200,000 or more', 'about 5% or less', '100,000 or so'
            word = after.group(1).lower()
            comparator = "approx" if word == "so" else "ge" if word in ("more", "greater", "higher", "above") else "le"
            end += after.end()
        text = sentence[start:end]
        precision = _precision(value if not is_share else value * 100, text) / (100 if is_share else 1)
        if (worded and sentence[start:end].lower() in _FRACTIONS) or ratio is not None \
                or _SLASH_FRACTION.fullmatch(sentence[start:end]):
            precision = 0.05  # "two-thirds", "1 in 5" are rough statements
        scale = re.search(r"(million|billion|thousand)|(?<=\d)(k)\b|(?<=\d)(mn|mln|m|bn)\b", text, re.I)
        if scale:
            decimals = re.search(r"\.(\d+)", text)
            unit = _SCALES[scale.group(1).lower()] if scale.group(1) else 1_000 if scale.group(2) \
                else _SUFFIX_SCALES[scale.group(3).lower()]
            precision = unit * 10 ** -(len(decimals.group(1)) if decimals else 0)
        out.append(Quantity(value=value, start=hedge_start, end=end, text=sentence[hedge_start:end],
                            comparator=comparator, high=high, is_share=is_share, from_words=worded,
                            precision=precision))
        i += 1
    for m in MULTIPLY_VERB.finditer(sentence):
        word = m.group(1).lower()
        fold = _FOLDS.get(word.removesuffix("fold").rstrip("-"))
        if fold is not None and not (_FOLD_GROWTH.search(sentence[max(0, m.start() - 40):m.start()])
                                     or _FOLD_GROWTH.match(sentence[m.end():m.end() + 20])):
            continue
        comparator, hedge_start = _hedge_before(sentence, m.start())
        out.append(Quantity(value=fold - 1 if fold is not None else _MULTIPLES[word], start=hedge_start, end=m.end(),
                            text=sentence[hedge_start:m.end()], comparator=comparator, is_share=True, from_words=True,
                            precision=0.05))
    return sorted(out, key=lambda q: q.start)


def find_majorities(sentence: str) -> list[Quantity]:
    """Vague shares: 'most', 'the vast majority', 'nearly all', 'many' (a vague, unrateable amount)."""
    out: list[Quantity] = []
    for pattern, comparator, threshold in _QUANTIFIERS:
        for m in re.finditer(pattern, sentence, re.I):
            if any(q.start <= m.start() < q.end for q in out):
                continue
            if re.match(r"\s+(?:recent|important|likely|common|of the time)", sentence[m.end():], re.I):
                continue
            if m.group(0).lower() == "most" and re.search(r"\b(?:the|its|their)\s+$", sentence[:m.start()], re.I):
                continue  # 'the most since fiscal 2014': a superlative, not a majority
            if m.group(0).lower() == "most" and re.search(r"\b(?:that|which|who)\s+$", sentence[:m.start()], re.I) \
                    and re.match(r"\s+(?!(?:of|had|have|has|were|are|was|is|did|do|does|came|come|faced|face|lacked|lack|"
                                 r"got|received|went|remain|remained|stayed|will|would|could|can|may|might|should|must|"
                                 r"also|still|never|already|now|were)\b)[a-z]+(?<!ed)\b", sentence[m.end():]):
                continue  # 'the operations that most frighten families': an adverb, not a majority
            if re.match(r"\s+(?:of\s+(?:them|those)\s+)?(?:had|have|has|were|was)\s+(?:neither|none|no\s+such)\b",
                        sentence[m.end():], re.I):
                continue  # '43 percent had convictions or charges, meaning most had neither': the rest, said after
            out.append(Quantity(value=threshold, start=m.start(), end=m.end(), text=m.group(0), comparator=comparator,
                                is_share=True, from_words=True, precision=0.0))
    return sorted(out, key=lambda q: q.start)
