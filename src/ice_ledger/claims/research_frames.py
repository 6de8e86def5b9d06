"""Research claims in ordinary words: read what a sentence says a policy does, then weigh the study registry.

A sentence is read into `ResearchFrame`s: which policy (exposure, with its direction of cooperation with ICE),
which outcome, which way, and in what voice: asserted, negated ("no evidence that they lead to increases" is a
claim of no increase), hypothetical or questioned (not rated), and whose claim it is (the article, or a speaker it
quotes, perhaps to rebut them). The word classes live in research_words.yaml; every class has its own test.

`rate_research` weighs the registry (studies/studies.csv) by design strength, in the claim's own frame: a study of
Secure Communities (more cooperation) speaks to a claim about sanctuary cities (less cooperation) with its sign
flipped. Supported at >= 75% of the weight, contradicted at <= 25%, else mixed. It abstains (`unverifiable`, saying
what is missing) when the reading is unsure, the claim is not asserted (a purpose, 'to keep communities safe', is not
a claim of effect), or no study speaks to it. A claim that names a kind of crime ('assaults on police', 'murders') or
of policy ('city-level 287(g) agreements') is weighed on the registry's findings on that kind; a broader finding (crime
in general, the policy as a whole) never rates it false.

`study_figures_matching` finds the numbers studies reported ("140 counties", "2.5 times") that a sentence speaks of.

Everything is precompiled; a sentence costs a few regex passes (linear in its length, and in the context's, which
is cut to `CONTEXT_CHARS` on each side).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import us
import yaml

from ice_ledger.claims.model import Candidate, Provenance, Verdict
from ice_ledger.claims.places import state_mentions
from ice_ledger.claims.venues import studies_in_venue
from ice_ledger.studies import Study, StudyFigure, all_studies, study_figures

__all__ = ["ResearchFrame", "StudyFigure", "rate_research", "research_frames", "study_figures_matching"]

MAX_SENTENCE_CHARS = 800  # a longer "sentence" (a list, text without stops) is read in pieces: linear time
MAX_FRAMES = 12  # per piece: more research claims than this in one sentence is not prose
CONTEXT_CHARS = 700  # how much context on each side is read: enough for a paragraph, and keeps a check linear
SUPPORTED, CONTRADICTED = 0.75, 0.25
MIN_WEIGHT = 2.0  # less design weight than one good study is too thin to rate a general claim


# 'city-level agreements' right before a predicate: the kind of policy its own clause names
_KIND_OF_AGREEMENT = re.compile(r"\b([\w]+[- ](?:level|run|based|model|force)|jail|correctional)\s+"
                                r"(?:agreements?|polic(?:y|ies)|programs?|partnerships?)\s+$", re.I)
# the size of an effect right after its words: 'by two-thirds', 'by 40 percent', '30% more'
_SIZE_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,3}?by\s+(?:about\s+|nearly\s+|roughly\s+|more\s+than\s+|almost\s+|"
                         r"as\s+much\s+as\s+|up\s+to\s+)?(?:\d[\d.,]*\s*(?:%|percent|percentage\s+points)|half|a\s+half|"
                         r"(?:a|one|two|three)[\s-]+(?:thirds?|quarters?|fifths?|tenths?)|a\s+third|a\s+quarter|"
                         r"\w+\s+(?:percent|times))", re.I)


@dataclass
class ResearchFrame:
    exposure: str  # sanctuary_policy, local_police_ice_cooperation, secure_communities, 287g, ..., other
    cooperation_sign: int  # +1 more cooperation with ICE, -1 less, 0 n/a
    outcome: str  # crime, crime_reporting, deportations, immigrant_crime_rate, drug_supply, ...
    effect: str  # increase, decrease, none, higher, lower
    polarity: str  # asserted, negated, hypothetical, questioned, intended (a purpose: 'to keep communities safe')
    asserted_by: str  # "article", or the quoted/rebutted speaker's words ("critics", "Trump")
    rebutted: bool  # the article quotes the claim in order to rebut it
    start: int
    end: int
    confidence: str  # high, medium, low
    why: str  # the words that were read, for the report
    negates: str = ""  # for a negated claim: the direction it denies ("increase"), "" = any effect
    population: str = ""  # a subgroup the claim is about (no_conviction, violent_conviction), "" = everyone
    study_ids: tuple[str, ...] = ()  # registry studies the sentence (or the article just before it) names
    credited: bool = False  # the sentence itself credits the finding to those studies by their authors' names
    any_study: bool = False  # 'a 2019 study', 'some studies find': true if any one study (of that year) found it
    exposure_words: str = ""
    outcome_words: str = ""
    crime_type: str = ""  # the kind of crime named (assaults_on_police, murder, property_crime), "" = crime in general
    scope: str = ""  # the kind of the policy named (city, jail: 'city-level 287(g) agreements'), "" = the policy as a whole
    unheld_year: str = ""  # 'a 2015 working paper found ...' when the registry holds no study of that year
    unheld_subject: str = ""  # 'a study of Arizona's SB 1070 found ...': one study of a named law or place, not held
    hedged: bool = False  # 'may reduce', 'some evidence that': a possibility, which a null finding does not refute


# --------------------------------------------------------------------------------------------- the word classes


@dataclass(frozen=True)
class _Exposure:
    name: str
    sign: int
    label: str
    weak: bool
    rx: re.Pattern[str]
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Predicate:
    outcome: str
    effect: str
    weak: bool | str
    rx: re.Pattern[str]
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Words:
    exposures: tuple[_Exposure, ...]
    labels: dict[str, str]
    groups: dict[str, re.Pattern[str]]
    baseline: re.Pattern[str]
    anaphors: re.Pattern[str]
    populations: dict[str, re.Pattern[str]]
    predicates: tuple[_Predicate, ...]
    gate: tuple[str, ...]
    title: re.Pattern[str]
    institution: re.Pattern[str]
    person_subject: re.Pattern[str]
    outcome_nouns: tuple[tuple[str, re.Pattern[str]], ...]
    negators: re.Pattern[str]
    adjacent_negators: re.Pattern[str]
    unexplained: re.Pattern[str]
    unasserted: re.Pattern[str]
    say: re.Pattern[str]
    claim_noun: re.Pattern[str]
    trailing: re.Pattern[str]
    research_subject: re.Pattern[str]
    research_verbs: re.Pattern[str]
    rebuttal: re.Pattern[str]
    rebutted_speaker: re.Pattern[str]
    rebuttal_context: re.Pattern[str]
    other_cause: re.Pattern[str]
    other_outcomes: re.Pattern[str]
    change_down: re.Pattern[str]
    change_up: re.Pattern[str]
    topics: dict[str, dict[str, list[str]]]
    authors: re.Pattern[str]
    author_studies: dict[str, tuple[str, ...]]
    institutions: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
    crime_types: tuple[tuple[str, re.Pattern[str]], ...]
    scopes: tuple[tuple[str, re.Pattern[str]], ...]
    purpose: re.Pattern[str]
    purpose_to: re.Pattern[str]
    purpose_verbs: re.Pattern[str]
    unsure_antecedent: re.Pattern[str]


_I = re.IGNORECASE


@cache
def _words() -> _Words:
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("ice_ledger.claims").joinpath("research_words.yaml").read_text(encoding="utf-8"))
    classes: dict[str, str] = raw["classes"]

    def fill(pattern: str) -> str:
        for name, body in classes.items():
            pattern = pattern.replace(f"<{name}>", body)
        return pattern

    exposures = []
    labels: dict[str, str] = {}
    for name, spec in raw["exposures"].items():
        real = spec.get("as", name)
        labels.setdefault(real, spec.get("label", real))
        rx = re.compile("|".join(f"(?:{fill(p)})" for p in spec["patterns"]), _I)
        exposures.append(_Exposure(real, int(spec["sign"]), spec.get("label", real), bool(spec.get("weak")), rx,
                                   tuple(str(n) for n in spec.get("needs", ()))))
    predicates = tuple(_Predicate(o, e, weak, re.compile(fill(p), _I), tuple(str(n) for n in needs))
                       for o, e, p, weak, needs in raw["predicates"])
    nouns = (("crime", re.compile(fill(r"<crime>|\b(?:public\s+)?safety\b"), _I)),
             ("deportations", re.compile(fill("<deport>"), _I)),
             ("crime_reporting", re.compile(fill("<report>"), _I)))
    ambiguous = {s.lower() for s in raw["ambiguous_surnames"]}
    by_name: dict[str, list[str]] = {}
    alternatives: dict[str, str] = {}
    for s in all_studies():
        for person in s.authors.split(";"):
            parts = [p for p in re.split(r"\s+", person.strip()) if p]
            if len(parts) == 1 and re.fullmatch(r"[A-Z][a-z]{3,}", parts[0]):
                # a surname alone ('Otsu'), read only where it is plainly a study's author: 'Otsu's study', 'Otsu
                # (2020)', 'Otsu found'
                last = parts[0]
                by_name.setdefault(last, []).append(s.study_id)
                alternatives.setdefault(last, rf"\b(?P<{_group(last)}>{re.escape(last)})(?=['’]s\s+(?:\d{{4}}\s+)?"
                                              r"(?:study|paper|analysis|research|report|working\s+paper)|\s+\(\d{4}\)|"
                                              r"\s+et\s+al\b|\s+(?:found|finds|showed|shows|estimated|concluded|reported))")
                continue
            if len(parts) < 2 or not parts[-1][:1].isupper():
                continue  # an organisation, or a surname alone that may be a common word
            last, first = parts[-1], parts[0]
            by_name.setdefault(last, []).append(s.study_id)
            if _unaccented(last) != last:  # ('Martinez-Schuldt' for 'Martínez-Schuldt': a name typed without accents)
                by_name.setdefault(_unaccented(last), []).append(s.study_id)
            if last.lower() in ambiguous or len(last) < 4:
                # ('Miles and Cox': a common word as a surname, read with a first name, 'et al.' or a co-author)
                others = [p.split()[-1] for p in s.authors.split(";") if p.strip() and p.split()[-1] != last]
                with_other = "".join(rf"|\b(?P<{_group(last)}_{i}>{re.escape(last)})\s+(?:and|&)\s+{re.escape(o)}\b"
                                     for i, o in enumerate(others[:2]))
                alternatives[last] = (rf"\b{re.escape(first)}\s+(?:\w\.\s+)?(?P<{_group(last)}>{re.escape(last)})\b"
                                      rf"|\b(?P<{_group(last)}_>{re.escape(last)})\s+et\s+al\b" + with_other)
            else:
                alternatives.setdefault(last, rf"\b(?P<{_group(last)}>{_either_accent(last)})\b")
    return _Words(
        exposures=tuple(exposures), labels=labels,
        groups={k: re.compile(v, _I) for k, v in raw["groups"].items()},
        baseline=re.compile(raw["baseline"], _I), anaphors=re.compile(raw["anaphors"], _I),
        populations={k: re.compile(v, _I) for k, v in raw["populations"].items()},
        predicates=predicates,
        gate=tuple(sorted({n for p in predicates for n in p.needs} | {str(k) for k in raw["other_cause_needs"]})), title=re.compile(raw["title"], _I),
        institution=re.compile(raw["institution_words"]), person_subject=re.compile(raw["person_subject"], _I),
        outcome_nouns=nouns,
        negators=re.compile(raw["negators"], _I), adjacent_negators=re.compile(raw["adjacent_negators"], _I),
        unexplained=re.compile(raw["unexplained"], _I),
        unasserted=re.compile(raw["unasserted"], _I), say=re.compile(raw["say_verbs"], _I),
        claim_noun=re.compile(raw["claim_noun"], _I),
        trailing=re.compile(  # '..., the sheriff warned.'  '...," Hausman said.'  '..., said the mayor.'
            r"[,”\"]\s*(?P<np>(?:(?-i:[A-Z])[\w.'’-]*|the|a|an|critics|opponents|supporters|advocates|officials|experts)"
            r"(?:\s+[\w.'’-]+){0,6}?)\s+(?:" + raw["say_verbs"] + r")(?:(?:\s+\S+)?\s*(?:[.,;!]|$)|"
            # ('…," Gov. Okafor said in her State of the State address on Feb. 9, …')
            r"\s+(?:in|on|at|during|after|before|while|last|this|from)\b)"
            r"|[,”\"]\s*(?:said|says|explains|argued|added|warned|claimed)\s+(?P<np2>(?-i:[A-Z])[\w.'’-]*(?:\s+[\w.'’-]+){0,4}?)"
            r"\s*(?:[.,;!]|$)", _I),
        research_subject=re.compile(raw["research_subject"], _I), research_verbs=re.compile(raw["research_verbs"], _I),
        rebuttal=re.compile(raw["rebuttal"], _I), rebutted_speaker=re.compile(raw["rebutted_speaker"], _I),
        rebuttal_context=re.compile(raw["rebuttal_context"], _I),
        other_cause=re.compile(raw["other_cause"], _I), other_outcomes=re.compile(raw["other_outcomes"], _I),
        change_down=re.compile(raw["change_down"], _I), change_up=re.compile(raw["change_up"], _I),
        topics=raw["topics"], authors=re.compile("|".join(alternatives.values())),
        author_studies={k: tuple(dict.fromkeys(v)) for k, v in by_name.items()},
        institutions=tuple((re.compile(k), tuple(v)) for k, v in raw["institutions"].items()),
        crime_types=tuple((k, re.compile(v, _I)) for k, v in raw["crime_types"].items()),
        scopes=tuple((k, re.compile(v, _I)) for k, v in raw["scopes"].items()),
        purpose=re.compile(raw["purpose"], _I), purpose_to=re.compile(raw["purpose_to"], _I),
        purpose_verbs=re.compile(raw["purpose_verbs"], _I), unsure_antecedent=re.compile(raw["unsure_antecedent"], _I))


def _group(name: str) -> str:
    return "a_" + re.sub(r"\W", "_", name.encode("ascii", "replace").decode())


# ------------------------------------------------------------------------------------------------ reading a sentence

# ('had no effect on crime while cutting deportations': a participle after 'while' is a clause of its own)
_CLAUSE_BREAK = re.compile(r"(?<!\b[A-Z])(?<!\bU\.S)[.!?][”\"’]?\s+(?=(?-i:[A-Z])|[“\"])|;|:\s|,\s*(?:but|while|whereas|although|though|yet)\b|\s(?:but|whereas|although)\s|\swhile\s(?=\w+ing\b)|"
                           # 'Did Not Increase Crime — And Cut Deportations …': a dash that opens a second predicate
                           r"\s*[—–]\s*(?=(?:and|but|yet)\b)", _I)
_QUOTES = re.compile(r"[“\"][^”\"]{0,400}[”\"]")
_TRANSCRIPT = re.compile(r"^\s*[-–•]?\s*(?P<np>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:,\s*[^:,]{1,25})?:\s")
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<np>[^,;]{2,90}?)\s*,", _I)
_ADVERBIAL = re.compile(r"^(?:yet|but|and|so|of\s+course|however|still|this|last|on|in|at|during|earlier|later|meanwhile|"
                        r"now|then|also|moreover|instead|as|for\s+example|indeed|thus|ultimately|today|yesterday)\b", _I)
# (and 'If the other team argues …': a condition's subordinator, not part of who speaks)
_LEADING = re.compile(r"^(?:(?:yet|but|and|so|as|however|still|also|even|indeed|instead|of\s+course|if|when|unless|whether)"
                      r"\b[\s,]*)+", _I)
_NP_HEAD = re.compile(r"^(?:the|a|an|some|many|most|several|few|both|all|other|others|critics|opponents|supporters|"
                      r"advocates|officials|experts|police|sheriffs|he|she|they|we|i|his|her|their|its|our|"
                      r"democrats|republicans|researchers|scholars|activists|lawmakers|residents|immigrants)\b", _I)
_SPECIFIC = re.compile(r"\b(?:the|these|those|such|some|\d[\d,.]*|thousands\s+of|hundreds\s+of|dozens\s+of|"
                       r"millions\s+of|released|arrested|detained|deported)\s+(?:\w+\s+)?$", _I)
_GENERIC_POLICY = re.compile(r"(?:cities|policies|jurisdictions|counties|laws|states|agreements|programs|communities|"
                             r"ordinances|sanctuary|enforcement|cooperation)$", _I)
_LABEL = re.compile(r"^(?:note|update|editor[’']?s\s+note|fact\s+check|context|background|correction|analysis|opinion|"
                    r"summary|bottom\s+line|the\s+facts|our\s+ruling|why\s+it\s+matters|the\s+bottom\s+line|"
                    r"in\s+short|key\s+findings?|findings?|conclusion|fact|facts|reality|the\s+truth|truth|answer|"
                    r"verdict|rating|"
                    # a memo's, a chart's or a debate card's labels: 'Right:', 'Cross-ex tip:', 'Alt-text:', 'Card 4:'
                    r"right|correct|better|(?:[\w-]+\s+)?tip|example|alt[- ]text|tooltip|caption|source|footnote(?:\s+\d+)?|"
                    r"(?:(?:aff|neg)\s+)?card(?:\s+\d+)?|tag|record|chart|graphic|table(?:\s+\d+)?|figure(?:\s+\d+)?|"
                    r"takeaway|key\s+takeaway|thesis|h\d{1,2}[a-z]?|hypothes[ie]s(?:\s+\d{1,2}[a-z]?)?|"
                    # a broadcast script's and a headline's tags: 'LOWER THIRD:', 'NEW STUDY:', 'BREAKING:'
                    r"lower\s+third|super|chyron|on[- ]screen(?:\s+(?:text|graphics?))?|full[- ]screen|"
                    # a title line and a connective a writer sets off with a colon: 'Title:', 'Also: the … study found'
                    r"(?:sub)?title|dek|also|plus|one\s+more|and\s+(?:also|another|one\s+more)|resolved|motion|"
                    r"headline|breaking(?:\s+news)?|"
                    r"exclusive|developing|just\s+in|explained|explainer|(?:new\s+)?(?:study|report|poll|survey|data|"
                    r"research))$", _I)
# a layout's or a debate file's label that says whose words follow: a question put, an argument answered ('AT:' is
# a debate brief's 'answer to'), a pull quote
_LABELLED_VOICES = ((re.compile(r"^(?:Q|Question)$"), "the question put"),
                    (re.compile(r"^(?:AT|A/T|Answer\s+to|Answers?\s+to)$"), "the argument answered"),
                    (re.compile(r"^(?:PULL\s*QUOTE|Pull\s*quote|Pull\s+Quote)$"), "a pull quote"))
# ('Wrong: "proved immigrants commit less crime."': a phrasing a style memo labels wrong is the claim checked)
_CHECKED = re.compile(r"^(?:the\s+)?(?:claim|statement|quote|assertion|what\s+was\s+said|myth|rumou?r|misconception|"
                      r"fiction|wrong|incorrect|avoid)$", _I)
_LINKED = re.compile(r"\b(?:than|compared|relative\s+to|versus|because|due\s+to|as\s+a\s+result|thanks\s+to|led\s+to|"
                     r"caused|since\s+(?:adopting|joining|ending|passing)|after\s+(?:adopting|joining|ending|passing))\b", _I)
# ('… deported more people in fiscal 2019 than they did in fiscal 2016'): a comparison with another year is a trend's,
# not a comparison of places with and without the policy
_ANOTHER_YEAR_COMPARED = re.compile(r"\s+(?:(?:they|it|ICE|the\s+agency)\s+(?:did|had)\s+)?(?:in\s+|during\s+)?(?:the\s+)?"
                                    r"(?:(?:FY\s?|fiscal(?:\s+year)?\s+)?(?:19|20)\d\d\b|(?:previous|prior)\s+year|"
                                    r"year\s+before|(?:a|last)\s+year\b)", _I)


def _linked_to_a_cause(s: str) -> bool:
    """Whether a trend is tied to a cause or to places compared ('because of', 'than non-sanctuary counties'), not
    only to another year."""
    return any(not (m.group(0).lower().startswith(("than", "compared", "versus", "relative"))
                    and _ANOTHER_YEAR_COMPARED.match(s, m.end()))
               for m in _LINKED.finditer(s))


_LOCAL_OWNER = re.compile(r"(?:\b(?!(?:ICE|DHS|CBP|Trump|Obama|Biden|America|Congress)(?:’s|'s))(?-i:[A-Z])[\w.-]+"
                          r"(?:\s+(?-i:[A-Z])[\w.-]+)*(?:’s|'s)|\bthe\s+(?:city|county|town|state|sheriff|department)(?:’s|'s)"
                          r"|\b(?:its|our))\s+(?:[\w-]+\s+)?$", _I)
_LOCAL_PLACE = re.compile(r"\s+(?:\w+\s+){0,3}?(?:in|across|throughout)\s+(?:the\s+)?(?:city|county|town|state|"
                          r"(?-i:[A-Z])[a-z]+(?:\s+(?:County|City|Parish))?)\b(?!\s*(?:’s|'s))", _I)
_NOT_NAMES = {"that", "this", "there", "it", "these", "those", "what", "when", "while", "if", "the", "a", "an", "in",
              "on", "as", "but", "and", "yet", "so"}
_PRONOUN = re.compile(r"^(?:he|she|they|it)$", _I)
_NAME = re.compile(r"\b[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?)+")
_SENTENCE_END = re.compile(r"(?<=[.!?][”\"’])\s+|(?<=[.!?])\s+")
_SEGMENT_END = re.compile(r"(?<=[.!?][”\"’])\s+|(?<=[.!?;])\s+")
_ASK = re.compile(r"\?\s*[”\"]?\s*$")
_ASKED_AFTER = re.compile(r"[^.!;:?]{0,30}?\?")


@dataclass
class _Mention:
    name: str
    sign: int
    start: int
    end: int
    text: str
    weak: bool = False
    unsure: bool = False  # an antecedent inside words that limit or refuse it ('keep police out of enforcement')
    far: bool = False  # an antecedent found before the sentence just before: what a pronoun names is less sure


def _exposure_mentions(text: str, w: _Words) -> list[_Mention]:
    low = text.lower()
    found = [_Mention(e.name, e.sign, m.start(), m.end(), m.group(0), e.weak)
             for e in w.exposures if not e.needs or any(n in low for n in e.needs) for m in e.rx.finditer(text)]
    found.sort(key=lambda m: (m.weak, m.start, -(m.end - m.start)))
    kept: list[_Mention] = []
    for m in found:  # of two overlapping mentions the earlier wins ("limiting ... cooperation with ICE")
        if _SET_ASIDE.search(text[max(0, m.start - 30):m.start]):
            continue  # 'focuses on safety rather than on immigration enforcement', 'replaced Secure Communities with'
        if _ITS_PEOPLE.match(text[m.end:m.end + 20]) or _PEOPLE_OF_IT.search(text[max(0, m.start - 40):m.start]):
            continue  # 'Sanctuary advocates cite a 287(g) study', 'opponents of sanctuary laws say': people, not a policy
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


# 'respondents said they were less likely to contact police': 'they' are people described, not a policy
_PEOPLE_ARE = re.compile(r"(?:\s+(?:were|are|would be|had been|felt|feel|became|become)|['’](?:d\s+(?:still\s+|also\s+)?be|re))\s+(?:\w+\s+)?"
                         r"(?:less|more)\s+(?:likely|willing|afraid)\b", re.I)
# 'Latinos said they would avoid police': a pronoun right after a verb of saying, and before a deed only people do
# (reporting crime), stands for the people who said it
_A_POLICYS_DEED = re.compile(r"\s+(?:(?:would|will|could|do|did|does|can)\s+)?(?:not\s+)?(?:make|made|makes|cause|caused|"
                             r"causes|lead|led|leads|encourage\w*|discourage\w*|deter\w*|reduce\w*|increase\w*|raise\w*|"
                             r"lower\w*|boost\w*|cut|cuts|help\w*|hurt\w*|push\w*|drive|drove|drives|keep|kept|keeps)\b",
                             re.I)
_SAYERS_PRONOUN = re.compile(r"\b(?:said|say|says|told\s+\w+|reported|answered|responded|indicated|feared|worried|"
                             r"felt|believed|reckoned)\s+(?:that\s+)?$", re.I)
_CONSEQUENCE = re.compile(r"\bin (?:ways|a way) (?:that|which)\s+(?:\w+\s+)?$", re.I)
_ITS_PEOPLE = re.compile(r"\s+(?:advocates?|supporters?|opponents?|critics?|activists?|proponents?|defenders?|"
                         r"backers?|champions?)\b", re.I)
_PEOPLE_OF_IT = re.compile(r"\b(?:advocates?|supporters?|opponents?|critics?|activists?|proponents?|defenders?|backers?|"
                           r"champions?|foes?)\s+of\s+(?:(?:the|state|local|city|county|so-called)\s+)*$", re.I)
# a policy named only as what is set aside or replaced is not the claim's cause
_SET_ASIDE = re.compile(r"\b(?:rather than|instead of|as opposed to)\s+(?:on\s+|the\s+|federal\s+|local\s+)*$|"
                        # 'tied to SB 1070, not to sanctuary policies': the cause the sentence contrasts away
                        r"(?:,|\band|\bbut)\s+not\s+(?:to|by|from|with|on|in|of)?\s*(?:the\s+|any\s+)?$|"
                        r"\breplac(?:ed|es|ing)\s+(?:the\s+)?(?:\w+\s+){0,2}?$", re.I)


_GROUP_WORDS = ("immigrant", "alien", "migrant", "citizen", "native", "american")


def _group_mentions(text: str, w: _Words) -> list[_Mention]:
    out: list[_Mention] = []
    low = text.lower()
    if not any(g in low for g in _GROUP_WORDS):
        return out
    for name, rx in w.groups.items():
        for m in rx.finditer(text):
            if w.baseline.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "than natives", "compared to undocumented immigrants": the comparison's baseline
            if re.match(r"criminal\b", m.group(0), _I) or _SPECIFIC.search(text[max(0, m.start() - 30):m.start()]):
                continue  # "thousands of criminal aliens", "these immigrants": particular people, not a class
            out.append(_Mention(name, 0, m.start(), m.end(), m.group(0)))
    return sorted(out, key=lambda m: m.start)


@dataclass
class _Pred:
    outcome: str
    effect: str
    start: int
    end: int
    text: str
    weak: bool | str


def _predicates(text: str, w: _Words) -> list[_Pred]:
    low = text.lower()
    found = [_Pred(p.outcome, p.effect, m.start(), m.end(), m.group(0), p.weak)
             for p in w.predicates if any(n in low for n in p.needs) for m in p.rx.finditer(text)]
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))  # of two overlapping readings the earlier wins
    kept: list[_Pred] = []
    for p in found:
        if all(p.end <= k.start or p.start >= k.end for k in kept):
            kept.append(p)
    return sorted(kept, key=lambda p: p.start)


FROM_BEFORE = "the policy read from a word that points past the sentence before"
# ', and the research on …', ', but they …': a conjunct with a subject of its own (not a list: ', or property crime')
_NEXT_CONJUNCT = re.compile(r",\s*(?:and|but|yet|so|while)\s+(?:the|a|an|this|that|these|those|its|their|his|her|our|"
                            r"we|they|it|he|she|studies|research|researchers)\b", re.I)
_FRESH_CONJUNCT = re.compile(r",\s*(?:and|but)\s+(?:may|might|could|can|will|would|also|even|instead|actually)\b"
                             # '… does not raise crime, and may improve trust': a predicate of its own, said outright
                             r"(?!\s*(?:not|never)\b|n['’]t)|"
                             r",\s*(?:and|but)\s+(?:some|good|every|ample|plenty\s+of|much|strong|clear|real|"
                             r"considerable|growing)\s+(?:\w+\s+){0,3}?(?:reason|evidence|proof|data|research|"
                             r"signs?|indications?)\b|"
                             # '... found no detectable effect on crime, and the policies cut deportations': a clause
                             # with its own subject, which the first clause's 'no' does not reach
                             r",\s*(?:and|but|while|whereas)\s+(?:the|these|those|such|its|their)\s+(?:\w+\s+){0,2}?"
                             r"(?:polic(?:y|ies)|programs?|agreements?|laws?|rules?|ordinances?|studies|study|authors?)\b|"
                             # ('found no causal relationship with crime, and it did find a link to more assaults'): a
                             # finding said outright after the denied one
                             r",\s*(?:and|but)\s+(?:it|they|he|she)\s+(?:also\s+)?(?:did\s+)?(?:find|found|show|showed|"
                             r"report|reported)\b",
                             _I)


# ', and had no detectable effect on …': a second predicate of the first clause's subject
_SHARED_SUBJECT = re.compile(r",?\s+and\s+(?:also\s+|yet\s+|still\s+)?(?P<verb>had|has|have|showed|shows|produced|produces|"
                             r"made|makes|caused|causes)\s+$", _I)
_ANOTHER_THAT_CLAUSE = re.compile(r",\s*(?:and|but)\s+(?:also\s+)?that\b", _I)


_HEDGED = re.compile(r"\b(?:may|might|could|possibly|perhaps|some\s+(?:weak\w*\s+)?evidence|weak(?:er)?\s+evidence|"
                     r"tentative|suggests?)\b", _I)


def _clauses(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _CLAUSE_BREAK.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _clause_of(pos: int, clauses: list[tuple[int, int]]) -> tuple[int, int]:
    for a, b in clauses:
        if a <= pos < b or (pos == b and b == clauses[-1][1]):
            return a, b
    return clauses[-1]


# 'Counties without 287(g) agreements', 'States that fail to enforce immigration laws', 'cities with no sanctuary
# policy': a negation of the policy itself (the places that lack it), not of its effect
_LACKING = re.compile(r"\s*(?:(?:to\s+)?(?:have|has|had|join\w*|adopt\w*|sign\w*|enter\w*|use\w*|take\s+part\s+in|"
                      r"participate\s+in)\s+)?(?:an?\s+|the\s+|any\s+)?", re.I)
_IF_AT_ALL = re.compile(r"(?:(?!\b(?:and|but|while|whereas|yet)\b)[^.;:,]){0,30}?,?\s*if\s+at\s+all\b", re.I)


_DENIES_THE_IDEA = re.compile(r"\b(?:(?:does|do|did)\s*(?:not|n['’]t)\s+(?:support|back(?:\s+up)?|bear\s+out|confirm|"
                              r"substantiate|sustain)|(?:no|little|scant)\s+(?:(?:empirical|real|credible|statistical|solid|hard)\s+)?(?:evidence|support|basis)"
                              r"(?:\s+(?:for|of))?|"
                              r"reject\w*|debunk\w*|dispel\w*|refut\w*|disprov\w*|undercut\w*|undermin\w*|"
                              r"contradict\w*|challeng\w*(?!\s+(?:on|about|over))\b)\s+(?:\w+\s+){0,2}$", re.I)
# any word in the clause before the denial that may turn it ('No study has rejected', 'Few studies reject', 'Little
# research', 'cannot refute', 'refused to reject', 'no reason to reject', 'hard to reject', 'Attempts to debunk'):
# then the idea is read as it stands
_ANY_DOUBT_BEFORE = re.compile(r"\b(?:no|not|never|none|nothing|nobody|few|little|hardly|scarcely|seldom|rarely|cannot|"
                               r"hard|difficult|wrong|attempts?|efforts?|tried|tries|trying|fail\w*|refus\w*|declin\w*|yet|"
                               r"asked|unable|unwilling|reluctant|reason|impossible|whether|if)\b|n['’]t", re.I)
# ('… rejected the idea that X and found they reduce deportations'): another finding after the denied idea
_ANOTHER_FINDING = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:\w+\s+){0,2}?(?:found|find|finds|showed|shows|concluded|"
                              r"estimated|reported|noted|said|says)\b|;", re.I)
_CLAIM_WORD = re.compile(r"\b(?:claims?|idea|notion|myths?|arguments?|assertions?|beliefs?|allegations?|theory|"
                         r"suggestions?|talking\s+points?|narrative|fears?|contention|charge|perception|trope|stereotype)$",
                         re.I)


def _said_between(s: str, start: int, end: int) -> bool:
    """Whether someone is said to say something between two places ('… the idea, which critics say, that …')."""
    return re.search(r"\b(?:say|says|said|claim|claims|claimed|argue|argues|argued)\b", s[start:end], re.I) is not None


def _negates_the_policy(s: str, start: int, end: int, exposures: list[Any]) -> bool:
    said = s[start:end].lower()
    if (said == "no" and not re.search(r"\bwith\s+$", s[max(0, start - 6):start], re.I)) or said.endswith("that"):
        return False  # ('no 287(g) program has cut crime', 'denied that sanctuary policies …': the claim's own negation)
    m = _LACKING.match(s, end)
    # ('It is not sanctuary policies that increase crime': a cleft, whose negation is the claim's own)
    return m is not None and any(e.start == m.end() and not re.match(r"\s+(?:[\w-]+\s+)?(?:that|which|who)\b", s[e.end:])
                                 for e in exposures)


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


_AUX = {"has", "have", "had", "also", "repeatedly", "long", "often", "will", "would", "did", "does", "do", "is", "are",
        "was", "were", "not", "never", "again", "once", "previously", "recently", "publicly", "even", "still", "just",
        "already", "all", "both", "to", "n't", "n’t"}


_SENTENCE_ADVERBS = frozenset({"nevertheless", "nonetheless", "however", "also", "still", "even", "since", "again",
                               "often", "long", "repeatedly", "now", "once", "already", "too"})


# 'Hausman in fact reported', 'the study, of course, found': an aside after the name, not part of it
_TRAILING_ASIDE = re.compile(r"\s*,?\s+(?:in\s+(?:fact|truth|reality|turn|short)|of\s+course|after\s+all|for\s+his\s+part|"
                             r"for\s+her\s+part|for\s+their\s+part|for\s+its\s+part),?\s*$", re.I)


def _strip_aux(np: str) -> str:
    """'Others on the left have' -> 'Others on the left'; 'the website used that same data to' -> 'the website'."""
    words = _TRAILING_ASIDE.sub("", np).split()
    while words and (words[-1].lower() in _AUX or (words[-1].islower() and words[-1].endswith("ly"))
                     or words[-1].lower() in _SENTENCE_ADVERBS):  # ('A policymaker has nevertheless asserted')
        words.pop()
    m = re.search(r"\s(?:used|went\s+on)\b", " " + " ".join(words))
    if m:
        words = " ".join(words)[:max(0, m.start() - 1)].split()
    return " ".join(words)


_REPLIED_THAT = re.compile(r"\s+(?:responded|replied|answered|countered|noted|argued|said|wrote|added|observed)\s+"
                           r"that\b.*$", re.I)


def _np_ok(chunk: str) -> str:
    """The chunk as a speaker's name or description, or "" when it is a relative clause, apposition or adverb."""
    chunk = chunk.strip(" \t“”\"'’-–—")
    if not chunk or re.match(r"^(?:which|who|whom|that|where|when|an?\s+(?:[\w-]+\s+){1,3}(?:of|at|for|in|with)\b)",
                             chunk, _I):
        return ""

    bare = _LEADING.sub("", chunk).strip()
    if not bare or (_ADVERBIAL.match(bare) and len(bare.split()) <= 3 and not re.search(r"\b[A-Z]", bare[1:])):
        return ""  # "Yet this week", "Of course"
    np = _strip_aux(_LEADING.sub("", chunk)).strip(" ,")
    np = re.sub(r"\s+(?:have|has|had)\s+(?:had|been\s+given|got)\s+.*$", "", np)  # ('its sponsors have had 90 days to')
    replied = _REPLIED_THAT.search(np)
    if replied is not None:  # ('Marsh responded that the evidence does not say …'): who replied, not what about
        np = np[:replied.start()].strip()
    quoting = re.search(r"\bquot(?:ed|es|ing)\s+(\S.*)$", np)
    if quoting is not None:  # ('Commissioner Brandt quoted a constituent letter claiming …'): the words are the letter's
        np = quoting.group(1)
    if np.lower() in ("it", "this", "that", "these", "those"):
        return ""  # ('It also reports that …': the study just named, whose finding the article reports)
    if len(np.split()) > 8:  # "Trump signaled that he will ...": the name at its head
        head = re.match(r"^(?:(?:the|President|Gov\.|Sen\.|Rep\.|Mayor)\s+)*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}", np)
        np = head.group(0) if head and head.group(0).lower() not in _NOT_NAMES else ""
    if not np or len(np.split()) > 8 or not (np[:1].isupper() or _NP_HEAD.match(np)
                                             or re.match(r"(?:this|that)\s+[A-Z]", np)):  # ('this Administration')
        return ""  # "used that same data to": a verb phrase, not who spoke
    return np


# 'For four years this Administration has claimed': a time phrase opening the clause is not the speaker
_TIME_PHRASE_FIRST = re.compile(r"^(\s*[“\"]?\s*)(?:for|over|in|during)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:\w+\s+)?"
                                r"(?:years?|months?|decades?)\s+", re.I)


# 'WASHINGTON, Jan 15 (Wire) - ', 'AUSTIN, Texas, March 22 (Reuters) - ': a wire story's dateline, never its speaker
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'’-]+,(?:\s+[A-Z][\w.]+,)?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|"
                       r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\s*(?:\([^)]{1,30}\))?\s*(?:-{1,2}|—|–)\s*")
# "Here's what my opponent says": what is said, then who says it
_WHAT_LEADS = re.compile(r"^\s*(?:here['’]s|here\s+is|that['’]s|that\s+is|this\s+is)\s+what\s+", re.I)


_WE_HAVE_BEEN = re.compile(r"\b(?:we|I|you|Americans|voters|residents)\s*(?:['’]ve|\s+have|['’]re|\s+are|\s+were|\s+was|"
                           r"\s+had)?\s+(?:been|being|keep\s+being)\s*$", re.I)


# 'we were told that …', 'voters are told that …': told in the passive, by someone the sentence does not name
_WE_ARE = re.compile(r"\b(?:we|I|you|Americans|voters|residents)\s*(?:['’]re|['’]m|\s+are|\s+am|\s+were|\s+was|\s+get|"
                     r"\s+got|\s+keep\s+getting)\s*$", re.I)
_TOLD_PASSIVE = re.compile(r"^(?:told|warned|assured|promised)$", re.I)


# 'It would be wrong to say', 'Few would argue', 'Contrary to claims by critics': a say-word no one in the sentence
# is said to speak
_NO_ONE_SPEAKS = re.compile(r"(?:^|[,;:(]\s*)(?:it\s+(?:would\s+be|is|was|['’]s)\s+(?:\w+\s+){1,2}to|"
                            r"(?:very\s+)?few\s+(?:\w+\s+)?(?:would|could|now|still)(?:\s+seriously)?|contrary\s+to|"
                            r"despite|unlike|in\s+spite\s+of)\s*$", re.I)


_ADVISED_AGAINST = re.compile(r"(?:^|[:;.]\s*)\W*(?:avoid|stop|never|don['’]t|do\s+not)\s+(?:claiming|saying|suggesting|"
                              r"arguing|asserting|implying|stating|claim|say|suggest|argue|assert|imply|state)\b", re.I)


def _speaker_np(segment: str, verb: str = "") -> str:
    segment = _DATELINE.sub("", segment)
    if _NO_ONE_SPEAKS.search(segment) or re.fullmatch(r"\W*(?:avoid|stop|never|don['’]t|do\s+not)\s*", segment, re.I):
        return ""  # (and 'Avoid claiming that …': the article's advice, no one's claim)
    if re.fullmatch(r"\W*(?:one|another|the\s+other|a\s+second|a\s+third)\s*", segment, re.I):
        return "unnamed others"  # ('One says the Hausman study proves …', 'Another says …': one of those named before)
    who = re.search(r"\b(those|people|anyone|everyone|others)\s+who\s*$", segment, re.I)
    if who is not None:  # ('the burden of proof rests with those who say …'): whoever says it
        return f"{who.group(1).lower()} who say so"
    if _WE_HAVE_BEEN.search(segment) or (_TOLD_PASSIVE.match(verb) and _WE_ARE.search(segment)) \
            or verb.lower() == "heard":  # ('business leaders have heard that …': who heard it did not say it)
        return "unnamed others"  # ('For four years we've been told that …'): told by someone the sentence does not name
    led = _WHAT_LEADS.match(segment)
    if led is not None:  # ("Here's what my opponent says": 'My opponent')
        segment = segment[led.end():led.end() + 1].upper() + segment[led.end() + 1:]
    seg = re.sub(r"\([^)]*\s[^)]*\)", " ", _SEGMENT_END.split(segment)[-1])
    seg = _TIME_PHRASE_FIRST.sub(r"\1", seg)
    seg = re.sub(r"^\s*[A-Z][A-Za-z ]{0,20}:\s+", "", seg)  # 'Fact: Critics say …': a heading's label, not the speaker
    last = re.search(r"[,”\"]\s*([^,”\"]{1,60})$", seg)
    if last and _np_ok(last.group(1)):  # '..., ICE explains' / '..." critics say'
        return _np_ok(last.group(1))
    seg = _QUOTES.sub(" ", seg)
    for chunk in seg.split(","):
        np = _np_ok(chunk)
        if np:
            # ('Among voters over 50, 51 percent believed …': those voters, a share of whom believe it)
            return re.sub(r"^(?:[Aa]mong|[Oo]f)\s+", "", np)
    return ""


_TIED_TO_A_DIRECTION = re.compile(r"\b(?:link|linked|connection|connected|correlation|correlated|association|associated|"
                                  r"relationship|tie|tied)\b[^.;]{0,60}?\b(?:and|to|with)\s+(?:an?\s+)?(?:(?P<up>increased|"
                                  r"increases?\s+in|increasing|higher|rising|more|greater|(?:a\s+)?rise\s+in)|"
                                  r"(?P<down>decreased|decreases?\s+in|decreasing|lower|falling|less|reduced|"
                                  r"(?:a\s+)?(?:drop|fall|decline)\s+in))\s+(?:(?:violent|property|overall|"
                                  r"serious)\s+)?crim", re.I)
_RESEARCH_REPLY = re.compile(r"\b(?:but|yet|however|while)\s+(?P<np>(?:\w+\s+){0,3}?(?:studies|research|data|"
                             r"evidence|analyses|researchers|economists|criminologists))\s+(?:\w+\s+)?"
                             r"(?:show|shows|find|finds|found|suggest|suggests|indicate|indicates)\s+$", re.I)


_SAYS_RIGHT_AFTER = re.compile(r"\s*(?:[\w’'.-]+\s+){1,4}(?:say|says|said|claim|claims|claimed|argue|argues|argued|"
                               r"contend|contends|contended|insist|insists|insisted|warn|warns|warned|allege|alleges|"
                               r"alleged)\b")


@dataclass
class _Voice:
    asserted_by: str
    research_reported: bool
    how: str


def inside_a_quote(s: str, at: int) -> bool:
    """Whether a position lies inside quotation marks opened before it."""
    before = s[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _voice(s: str, p: _Pred, clause: tuple[int, int], before_ctx: str, w: _Words, after_ctx: str = "") -> _Voice:
    """Whose claim the predicate is: the article's, or a speaker's the sentence (or its paragraph) names."""
    m = _TRANSCRIPT.match(s)
    if m and _LABEL.match(m.group("np")):
        m = None  # "Fact Check: ...", "Update: ...": a label of the article's own, not a speaker
    if m and _SAYS_RIGHT_AFTER.match(s, m.end()):
        m = None  # 'THE CRIME QUESTION: Critics say …': a section's heading, and the sentence names who speaks
    if m and m.end() <= p.start:
        if _CHECKED.match(m.group("np")):
            return _Voice("the claim checked", False, f"'{m.group(0).strip()}'")
        named_by_label = next((who for rx, who in _LABELLED_VOICES if rx.match(m.group("np"))), None)
        if named_by_label is not None:  # 'Q: I read that …', 'AT: "Immigrants commit more crime"', 'PULL QUOTE: …'
            return _Voice(named_by_label, False, f"'{m.group(0).strip()}'")
        return _Voice(m.group("np"), False, f"transcript '{m.group(0).strip()}'")
    accused = _ACCUSED_OF.search(s, clause[0], p.start)
    if accused is not None and not _A_RELATIVE_PRONOUN_BEFORE.search(s[max(0, accused.start() - 8):accused.start()]) \
            and not _A_BREAK_OR_SAYING.search(s, accused.end(), p.start):
        # ('My client is accused of making her community less safe by declining detainers'): the accusers' claim
        return _Voice("those who make the accusation", False, "'accused of'")
    named = [m for m in w.claim_noun.finditer(s, clause[0], p.start)]
    if named:  # "the myth that immigrants commit more crimes": a claim the sentence names, whoever names it
        np = re.sub(r"\s+that$", "", named[-1].group(0), flags=_I)
        # ('little support for claims that', 'Jurors weighed claims that'): the word before the noun is not who claims
        np = re.sub(r"^(?!(?:the|a|an|this|that|his|her|their|its|one|another)\b)\S+\s+(?=\S+(?:\s+\S+)?$)", "", np,
                    flags=_I)
        return _Voice(np[:1].lower() + np[1:] if np.split()[0].istitle() else np, False, f"'{named[-1].group(0)}'")
    m = None
    for m2 in _ACCORDING.finditer(s, 0, p.start):
        m = m2
    if m is not None:
        np = m.group("np").strip()
        if w.research_subject.match(np):
            return _Voice("article", True, f"'according to {np}'")
        return _Voice(np, False, f"'according to {np}'")
    # ('"For four years this Administration has claimed that …," said Rep. Okafor': whom the quoted words credit)
    quoted_claimant = any(inside_a_quote(s, v.start()) and (
        _CLAIMING.match(v.group(0)) or (_TOLD_PASSIVE.match(v.group(0)) and _WE_ARE.search(s, 0, v.start())))
        for v in w.say.finditer(s, 0, p.start))
    for m in w.trailing.finditer(s, p.end):
        np = _SENTENCE_STOP.sub("", (m.group("np") or m.group("np2") or "").strip())
        if np and not w.research_subject.match(np) and not quoted_claimant:
            return _Voice(_person(np, before_ctx, w), False, f"'{m.group(0).strip(' ,.')}'")
    says = [m for m in w.say.finditer(s, 0, p.start)]
    if says:
        verbs = says
        for i in range(len(verbs) - 1, -1, -1):
            v = verbs[i]
            seg_start = verbs[i - 1].end() if i else 0
            seg = s[seg_start:v.start()]
            if i and re.match(r"^\s*[”\"]?\s*(?:[^,.;]{0,40}\s)?(?:and|or|but)\s*$", seg, _I):
                continue  # "has called them X and claimed that ...": the subject is the earlier verb's
            if i and not _speaker_np(seg, v.group(0)):
                continue
            np = _speaker_np(seg, v.group(0))
            if not np:
                break
            if w.research_subject.match(np):
                return _Voice("article", True, f"'{np} {v.group(0)}'")
            who = _person(np, before_ctx + s[:v.start()], w)
            return _Voice(who, False, f"'{np} {v.group(0)}'" + (f" ({np} = {who})" if who != np else ""))
    if w.research_verbs.search(s, 0, p.start):
        return _Voice("article", True, "reports research")
    stripped = s.strip()
    if stripped[:1] in "“\"" and stripped.rstrip(". ")[-1:] in "”\"":
        # a quotation standing alone: its speaker is named just before, or at the head of the paragraph
        line = before_ctx.rsplit("\n", 1)[-1]
        m = _TRANSCRIPT.match(line)
        if m:
            return _Voice(m.group("np"), False, f"transcript '{m.group(0).strip()}'")
        says_ctx = list(w.say.finditer(before_ctx[-300:]))
        if says_ctx:
            np = _speaker_np(before_ctx[-300:][:says_ctx[-1].start()].rsplit(".", 1)[-1])
            if np and not w.research_subject.match(np):
                return _Voice(_person(np, before_ctx, w), False, "quotation; speaker named just before")
        m = re.match(r"\s*[-–—]\s*(?P<np>(?:(?:President|Gov\.|Sen\.|Rep\.|Mayor|Sheriff)\s+)?[A-Z][\w’'-]+"
                     r"(?:\s+[A-Z][\w’'-]+){0,3})", after_ctx)
        if m:  # the quotation is signed on the next line: "- President Jane Roe, in a post"
            return _Voice(m.group("np"), False, "quotation signed on the next line")
        return _Voice("a quoted speaker", False, "quotation")
    line = before_ctx.rsplit("\n", 1)[-1]
    m = _TRANSCRIPT.match(line)
    if m:  # "Trump, Feb. 5: ... They breed crime." - the rest of a transcript line
        return _Voice(m.group("np"), False, f"transcript '{m.group(0).strip()}'")
    return _Voice("article", False, "")


# '…, said Rep. Nakamura.': the sentence's full stop after a name, not part of it ('Jr.', 'Inc.' keep theirs)
_SENTENCE_STOP = re.compile(r"(?<!\bJr)(?<!\bSr)(?<!\bInc)(?<!\bCo)(?<!\bLtd)(?<!\bSt)(?<=[a-z])\.$")


def _person(np: str, before: str, w: _Words) -> str:
    """A pronoun speaker ("he") as the last person named before it; anyone else as written."""
    if not _PRONOUN.match(np):
        return np
    names = [n for n in _NAME.findall(before[-CONTEXT_CHARS:]) if not w.institution.search(n)]
    return names[-1] if names else np


def _split_context(sentence: str, context: str) -> tuple[str, str]:
    if not context:
        return "", ""
    i = context.find(sentence)
    if i < 0:
        return context[-CONTEXT_CHARS:], ""
    return context[max(0, i - CONTEXT_CHARS):i], context[i + len(sentence):i + len(sentence) + CONTEXT_CHARS]


# 'studies find', 'research shows', 'the research': research in general, whatever study an earlier sentence named
# ('research' in lower case: 'National Bureau of Economic Research' names a publisher)
_GENERIC_RESEARCH = re.compile(r"\b(?:[Ss]tudies|[Rr]esearchers|research(?!ers?\b)|^Research|[Tt]he\s+evidence|"
                               r"[Aa]cademics|[Ee]conomists|[Cc]riminologists)\b")
# 'a study of 107 cities', 'a new report', 'a Stanford thesis': a study the sentence introduces, not one an earlier
# sentence named
_NEW_STUDY = re.compile(r"\b(?:[Aa]|[Aa]nother|[Aa]\s+new|[Aa]\s+recent|[Aa]\s+separate)\s+(?:(?:19|20)\d\d\s+)?"
                        r"(?:study|paper|report|analysis|survey|working\s+paper|thesis|dissertation)\b"
                        # 'a University of Chicago thesis': a study described by where it was written
                        r"|\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w’'-]+\s+){1,4}?(?:study|paper|analysis|thesis|dissertation)\b")
# 'some studies find', 'one study found', 'a Stanford study found': a claim that at least one study found something
_SOME_STUDIES = re.compile(r"\b(?:[Ss]ome|[Oo]ne|[Aa]t\s+least\s+one|[Aa]\s+few)\s+(?:\w+\s+)?(?:studies|study|analyses|"
                           r"analysis|papers?|researchers)\s+(?:have\s+|has\s+)?(?:find|finds|found|show|shows|shown|"
                           r"suggest|suggests|suggested|conclude[sd]?)\b"
                           # 'a University of Chicago thesis found …': one study, described but not named
                           # (not 'A cable host said the study found': 'the study' is one named before)
                           r"|\b(?:[Aa]n?|[Aa]nother)\s+(?:(?!(?:the|this|that|its|his|her|their|said|says|claimed|"
                           r"claims|told)\b)[\w’'-]+\s+){0,4}?(?:study|thesis|dissertation|paper|analysis)"
                           r"\s+(?:(?!that\b)[\w’'-]+\s+){0,6}?(?:has\s+)?(?:finds|found|shows|showed|shown|suggests|"
                           r"suggested|concludes|concluded)\b")
# 'a 2020 study', 'the 2017 report': a study named by its year alone (matched to the registry's studies of that year
# on the claim's question when it is rated; a year with none on the question names nothing)
# 'a study of Arizona's SB 1070 found': one study of a named law, program or place (never 'a study of sanctuary cities')
_STUDY_OF_A_NAMED = re.compile(r"\b(?:[Aa]|[Aa]n|[Oo]ne)\s+(?:new\s+|recent\s+)?(?:study|paper|analysis)\s+of\s+((?:[A-Z][\w'’.()-]*\s+)"
                               r"{0,3}(?:[A-Z][\w'’.()-]*|\d{2,4}))")
_STUDY_YEAR = re.compile(r"\b(?:a|an|the|one|this|that)\s+((?:19|20)\d\d)\s+(?:\w+\s+)?(?:study|paper|analysis|report|survey)\b",
                         re.I)


_A_STATES_STUDY = re.compile(r"\b(?:[Aa]|[Aa]n|[Oo]ne|[Tt]his|[Tt]hat)\s+(?:new\s+|recent\s+|\d{4}\s+)?("
                             + "|".join(sorted((st.name for st in us.states.STATES), key=len, reverse=True))
                             # ('a North Carolina county study'; not 'a Washington Post analysis', a paper's)
                             + r")\s+(?:[a-z][\w-]*\s+)?(?:study|paper|analysis)\b")


def _studies_of_state(state: str) -> tuple[str, ...]:
    """The registry's studies whose title, unit or period names the state ('… the 287(g) Program in North Carolina')."""
    return tuple(s.study_id for s in all_studies() if names_state(f"{s.title} {s.unit} {s.period}", state))


def names_state(text: str, state: str) -> bool:
    """Whether `text` names the state as a word: Kansas is not in Arkansas, nor Virginia in West Virginia."""
    return re.search(rf"(?<!west\s)\b{re.escape(state.lower())}\b", text.lower()) is not None


def _studies_of_year(text: str) -> tuple[str, ...]:
    """The registry's studies of the year a sentence cites a study by ('a 2020 study found …')."""
    years = {m.group(1) for m in _STUDY_YEAR.finditer(text)}
    return tuple(s.study_id for s in all_studies() if str(s.year) in years)


_BULLET = re.compile(r"\s*(?:[-•*–]|\d+[.)])\s")


def _own_paragraph(text: str) -> str:
    """The paragraph a sentence ends `text` in; a bulleted item's paragraph runs back to the line that leads the list
    ('Hausman found the following:')."""
    lines = text.split("\n")
    kept = [lines[-1]]
    if _BULLET.match(lines[-1]) or not lines[-1].strip():
        for line in reversed(lines[:-1]):
            kept.insert(0, line)
            if line.strip() and not _BULLET.match(line):
                break
    return "\n".join(kept)


_WHICH_FOUND = re.compile(r"\b(?:which|that|who)\s+(?:had\s+)?(?:found|finds|showed|shows|concluded|reported)\b"
                          r"(?:[^.;]|(?<=\d)\.(?=\d)){0,120}$", re.I)


def _last_named_study(text: str, w: _Words) -> tuple[str, ...]:
    """The registry studies of the author named last in a text ('… a 2017 study by Tom Wong': Wong's)."""
    last = None
    for m in w.authors.finditer(text):
        last = m
    if last is None:
        return ()
    words = last.group(0).split()
    name = words[-1] if words[-1] in w.author_studies else words[0]
    return tuple(w.author_studies.get(name, ()))


def _unaccented(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _either_accent(name: str) -> str:
    """A name's pattern that matches it typed with or without its accents."""
    return "".join(f"[{ch}{_unaccented(ch)}]" if _unaccented(ch) not in ("", ch) else re.escape(ch) for ch in name)


def _named_studies(text: str, w: _Words) -> tuple[str, ...]:
    """The registry studies a text names by their authors, or by the institution or journal they come from ('a
    Stanford study')."""
    out: dict[str, None] = {}
    # ('Cato's figures were challenged by the Center for Immigration Studies': with another institute named, the
    # institution does not say whose number is whose)
    for pat, ids in w.institutions if not (_AN_INSTITUTE.search(text) or _A_PUBLISHER.search(text)) else ():
        if pat.search(text):
            out.update(dict.fromkeys(ids))
    if not any(name in text for name in w.author_studies):
        return tuple(out)
    by_author: dict[str, None] = {}
    for m in w.authors.finditer(text):
        name = m.group(0).split()[-1] if m.group(0).split()[-1] in w.author_studies else m.group(0).split()[0]
        theirs = w.author_studies.get(name, ())
        # ('the Center for American Progress paper by Tom Wong': the institution says which of the author's it is)
        by_author.update(dict.fromkeys([sid for sid in theirs if sid in out] or theirs))
    # ('Stanford's David Hausman, writing in PNAS': with its authors named, the journal or school names no other
    # study of theirs)
    return tuple(by_author) if by_author else tuple(out)


def _rebutted(s: str, speaker: str, before_ctx: str, after_ctx: str, w: _Words) -> bool:
    if speaker == "article":
        return False
    if w.rebuttal.search(s) or (speaker == "the claim checked" and w.rebuttal_context.search(after_ctx[:300])):
        return True
    heads = [t for t in re.findall(r"[A-Za-z][\w’'-]+", speaker)[1:] + re.findall(r"^[A-Z][\w’'-]+", speaker)
             if t[:1].isupper() and t.lower() not in ("the", "some", "many", "critics", "officials")][-2:]
    nxt = _SENTENCE_END.split(after_ctx.strip(), maxsplit=1)[0] if after_ctx.strip() else ""
    if w.rebuttal_context.search(nxt) and (re.match(r"^[“\"]?(?:but|however|yet|in\s+fact|actually)\b", nxt, _I)
                                           or re.search(r"\b(?:those|these|that|this|his|her|their)\s+claims?\b", nxt, _I)):
        return True  # the next sentence answers it: "But research has found no evidence ...", "those claims are not true"
    for head in heads:  # "contest Trump's claim", "Trump falsely said": the article answers this speaker
        h = re.escape(head)
        rx = re.compile(rf"\b{h}(?:’s|'s)\s+(?:\w+\s+)?(?:claims?|assertions?|statements?|arguments?|remarks?)\b"
                        rf"|\b(?:contest|disput|refut|rebut|debunk|fact[- ]?check|correct)\w*\s+(?:\w+\s+){{0,2}}{h}\b"
                        rf"|\b{h}\s+(?:\w+\s+)?(?:falsely|wrongly|baselessly|misleadingly|without\s+evidence)\b", _I)
        if rx.search(before_ctx[-400:]) or rx.search(after_ctx[:400]):
            return True
    return False


_EACH_CASE = re.compile(r"(?:\b(?:every|each|any)\s+(?:[\w-]+\s+){1,3}(?:is|was|poses|posed|represents|creates|becomes)\s+"
                        r"(?:an?\s+)?(?:(?:potential|possible|real|serious)\s+)?|\b(?:potential|possible)\s+)(?:public[-\s])?$",
                        re.I)
_A_GROUPS_SAFETY = re.compile(r"\b(?:Latino|Latina|Latinx|Hispanic|Black|Asian|Muslim)\s+(?:communities|"
                              r"residents|families|neighbou?rhoods|victims|people|women|children)\b", re.I)
def _not_crime_rates(p: _Pred, s: str) -> bool:
    """A weak reading ('safer', 'dangerous') that speaks of something no crime-rate study measures: each case or a
    possibility ('a potential public safety risk'), the risk of arrests at large ('our officers have to go find
    them'), one group's safety ('Latino communities less safe'), or a feeling ('feel safer')."""
    return (_EACH_CASE.search(s[max(0, p.start - 70):p.start]) is not None or _OFFICERS_AT_RISK.search(s) is not None
            or _A_GROUPS_SAFETY.search(s) is not None or re.search(r"\bfe(?:el|els|lt|eling)\b", p.text, re.I) is not None)


# 'It is not true, as one brief claimed, that …': words read as a speaker that are the article's own denial
_CALLED_UNTRUE = re.compile(r"(?:it|that|this)(?:\s+(?:is|was)|['’]s)\s+(?:\w+\s+)?(?:not\s+true|untrue|false|wrong|"
                            r"incorrect|a\s+myth)\b", re.I)
# "It's not that X — it's that Y", "…, rather Y": the clause after the turn is said, not denied
_ITS_THAT = re.compile(r"(?:—|–|--|;|,)\s*(?:but\s+)?(?:(?:it['’]s|it\s+is|it\s+was)\s+(?:rather\s+)?(?:that|because)|"
                       r"rather)\b", re.I)
# a quotation (a title) closed before the claim; not the finding's own words that frame it ('found "no evidence" that')
_CLOSED_QUOTE = re.compile(r"[“\"][^”\"]{3,200}[”\"](?!\s*that\b)")
# 'FACT: No — sanctuary counties have less crime', 'Not in Texas — U.S.-born citizens are more likely …': an answer to
# the claim before, set off by a dash or a comma, does not negate what follows it
_ANSWER_PARTICLE = re.compile(r"^(\W*(?:[A-Z][A-Za-z]*\s*:\s*)?)(?:no|nope|not\s+(?:so|really|true|quite|in\s+[A-Z][\w.]*"
                              r"(?:\s+[A-Z][\w.]*)?))(?:\s*(?:[—–]|--|-\s|[,:;!.]))", re.I)
_NOBODY = re.compile(r"\b(?:no\s+(?:one|community|city|town|neighbou?rhood|place|American)|nobody|none\s+of\s+us)\b", re.I)
_OFFICERS_AT_RISK = re.compile(r"\b(?:officers?|agents?|deputies)\b[^.;]{0,60}\b(?:find|track|arrest|pick\s+up|apprehend|"
                               r"go\s+(?:out|after|into))\b|\bat[- ]large\s+(?:arrests?|operations?)\b|"
                               r"\bdangerous\s+for\s+(?:our\s+|the\s+|ICE\s+|federal\s+)?(?:officers?|agents?|deputies|"
                               r"law\s+enforcement)\b", re.I)
_OWN_NUMBERS = re.compile(r"\b(?:its|their|his|her|our|[A-Z]\w+['’]s?)\s+own\s+(?:\w+\s+)?(?:surveys?|stud(?:y|ies)|data|"
                          r"analys[ie]s|reviews?|numbers|figures|records|research|statistics)\s+(?:\w+\s+){0,2}$")


def research_frames(sentence: str, context: str = "") -> list[ResearchFrame]:
    """The research claims a sentence makes, each with its policy, outcome, direction, voice and confidence.

    `context` is the text around the sentence (its paragraph, say; it may contain the sentence itself): it resolves
    "they"/"such policies", names the speaker of a bare quotation or transcript line, names a study reported just
    before, and holds the cues that the article rebuts a claim it quotes. Returns [] when unsure what is claimed.
    """
    if len(sentence) > MAX_SENTENCE_CHARS:
        return _in_pieces(sentence, context)
    # a study's quoted title names the study; its words are not a claim the sentence makes ('the study, "Sanctuary
    # policies reduce deportations without increasing crime," found …'); blanked in place, so offsets stay
    sentence = _QUOTED_TITLE.sub(lambda m: m.group("lead") + " " * (len(m.group(0)) - len(m.group("lead"))), sentence)
    sentence = _TITLE_THEN_FINDING.sub(lambda m: " " * len(m.group("title")) + m.group(0)[len(m.group("title")):],
                                       sentence)
    w = _words()
    low = sentence.lower()
    if not any(k in low for k in w.gate):
        return []
    before_ctx, after_ctx = _split_context(sentence, context)
    s = _masked(sentence, [m.span() for m in w.title.finditer(sentence)])
    preds = _predicates(s, w)
    if not preds:
        return _other_cause(s, w)
    clauses = _clauses(s)
    exposures = _exposure_mentions(s, w)
    groups = _group_mentions(s, w)
    preds = [p for p in preds if not any(e.start <= p.start and p.end <= e.end for e in exposures)]
    # ('increased fear of police among immigrants in ways that compromise public safety': the weak reading is a
    # consequence the sentence draws from another outcome, not the policy's effect on crime)
    preds = [p for p in preds if not (p.weak is True and _CONSEQUENCE.search(s[max(0, p.start - 25):p.start]))]
    # ('the county said its own surveys found no change': what one body's own numbers showed, not a research claim)
    preds = [p for p in preds if not _OWN_NUMBERS.search(s[max(0, p.start - 70):p.start])]
    preds = [p for p in preds if not (p.weak is True and _not_crime_rates(p, s))]
    frames: list[ResearchFrame] = []
    last_outcome = ""
    named_here = _named_studies(s, w) if preds else ()
    in_venue = studies_in_venue(s) if preds and not named_here else ()
    by_year = not named_here and bool(preds) and bool(_studies_of_year(s))
    if in_venue:  # 'a study published in Justice Quarterly': one of the registry's studies there
        named_here, by_year = in_venue, True
    elif by_year:
        named_here = _studies_of_year(s)
    state_study = _A_STATES_STUDY.search(s) if preds and not named_here else None
    if state_study is not None:
        # 'A North Carolina study found …': one of the registry's studies of that state, or one it does not hold
        of_state = _studies_of_state(state_study.group(1))
        named_here, by_year = (of_state, True) if of_state else (named_here, by_year)
    some = by_year or _SOME_STUDIES.search(s) is not None
    cited = _STUDY_YEAR.search(s) if preds and not named_here and not by_year else None
    unheld_year = cited.group(1) if cited is not None else ""  # a study of a year the registry holds none of
    of_named = _STUDY_OF_A_NAMED.search(s) if preds and not named_here and not by_year else None
    if of_named is not None and any(of_named.start(1) <= e.start < of_named.end(1) for e in exposures):
        of_named = None  # 'a study of Secure Communities': a program the registry's studies are about
    unheld_subject = of_named.group(1).strip() if of_named is not None else ""
    if state_study is not None and not named_here:
        unheld_subject = state_study.group(1)
    for p in preds[:MAX_FRAMES]:
        clause = _clause_of(p.start, clauses)
        ca, cb = clause
        confidence = "medium" if p.weak is True else "high"
        notes: list[str] = []
        outcome, effect = p.outcome, p.effect
        outcome_words = p.text
        if outcome == "none":  # "no measurable effect": on what comes after, or on what the sentence spoke of
            nxt = [(m.start(), name, m.group(0)) for name, rx in w.outcome_nouns
                   for m in [rx.search(s, p.end, min(cb, p.end + 120))] if m]
            if nxt:
                _, outcome, noun = min(nxt)
                outcome_words = f"{p.text} ... {noun}"
            elif last_outcome:
                outcome = last_outcome
                notes.append(f"outcome carried from the clause before ({last_outcome})")
            else:
                continue
        # the policy: in the clause before the predicate, else after it ("effect ... by policies limiting ..."),
        # else earlier in the sentence, else a word like "they" resolved from the text before the sentence
        pool = [e for e in exposures if (e.end <= p.start or e.start >= p.end or e.start < p.start)
                and not w.baseline.search(s[max(0, e.start - 40):e.start])]
        in_clause_before = [e for e in pool if ca <= e.start < p.start and (e.end <= p.start or e.end < p.end)]
        # ('removals rose, and the research on sanctuary policies …': a policy in the next conjunct is that conjunct's)
        in_clause_after = [e for e in pool if e.start >= p.end and e.end <= cb
                           and not _NEXT_CONJUNCT.search(s[p.end:e.start])]
        earlier = [e for e in pool if e.end <= ca]
        person = [g for g in groups if ca <= g.start and g.end <= p.start]
        cast = _CAST_AS.search(s, max(0, p.start - 90), p.start)
        if cast is not None and not any(cast.start("np") <= e.start < cast.end("np") for e in exposures):
            continue  # ('she cast her opponents' bill as a threat to public safety'): what is cast so, not a policy
        who = w.person_subject.search(s[ca:p.start])
        if outcome == "crime" and who and not any(e.start <= ca + who.start() < e.end for e in exposures):
            continue  # "criminals who threaten public safety": about people, not what a policy does
        exp: _Mention | None = None
        group: _Mention | None = None
        individual = outcome == "immigrant_crime_rate" or (
            outcome == "crime" and bool(person) and (not in_clause_before or person[-1].start > in_clause_before[-1].end))
        if individual and outcome == "crime" and not re.search(r"\b(?:commit|cause|bring|brought)\w*\b", s[person[-1].end:p.end], _I):
            individual = False  # "immigrants in sanctuary cities face more crime": not about who commits it
        if individual:
            if person:
                group = person[-1]
            elif outcome == "immigrant_crime_rate":
                continue  # "more likely to be arrested": whom, the sentence does not say
        shared = None
        if not individual and in_clause_before:
            exp = in_clause_before[-1]
            joined = _SHARED_SUBJECT.search(s, max(exp.end, p.start - 40), p.start) if frames else None
            first = next((e for e in exposures if e.start == frames[-1].start and e.name == frames[-1].exposure),
                         None) if joined is not None else None
            if first is not None:
                # 'those policies cut deportations by a third, and had no detectable effect on crime': a predicate
                # with no subject of its own is the first clause's subject's, not its object's (its words, and any
                # number in them, are its own, not the first clause's 'by a third')
                exp, shared = first, joined
        ana_before = [m for m in w.anaphors.finditer(s, ca, p.start)
                      if not _PEOPLE_ARE.match(s[m.end():m.end() + 40])
                      and not (m.group(0).lower() == "they" and outcome == "crime_reporting"
                               and _SAYERS_PRONOUN.search(s[max(0, m.start() - 25):m.start()])
                               and not _A_POLICYS_DEED.match(s[m.end():m.end() + 30]))
                      ] if exp is None and group is None else []
        if ana_before:  # "they do not raise crime": the policy named last, in this sentence or the text before
            a = ana_before[-1]
            before_a = [e for e in exposures if e.end <= a.start()]
            ref = before_a[-1] if before_a else _antecedent(before_ctx, w)
            if ref is not None:
                exp = _Mention(ref.name, ref.sign, a.start(), a.end(), a.group(0), ref.weak)
                notes.append(f"'{a.group(0)}' read as '{ref.text}'")
                if ref not in exposures and (ref.far or ref.name == "immigration_enforcement"):
                    # (or 'the law' for enforcement in general: a specific law the registry's studies may not cover)
                    notes.append(FROM_BEFORE)
                if ref.start >= ca or ref.end > p.start or ref not in exposures:
                    confidence = "medium"
                if not before_a and _THEIR_OWNERS.search(s[:a.start()] + a.group(0)[:6]):
                    confidence = "low"
                    notes.append(f"'{a.group(0)}' may be the policies of the people just named, not '{ref.text}'")
                if ref.unsure:
                    confidence = "low"
                    notes.append(f"'{ref.text}' is named inside words that limit or refuse it: what "
                                 f"'{a.group(0)}' stands for is unsure")
        # ('A larger Mexican population share is linked to lower homicide only in sanctuary cities': what is linked
        # is the subject before the verb, not the policy of a place named after it)
        linked_subject = _LINKED_VERB.match(p.text) is not None and _A_SUBJECT_BEFORE.search(s[ca:p.start]) is not None
        if exp is None and group is None:
            if in_clause_after and outcome != "immigrant_crime_rate" and not linked_subject:
                exp = in_clause_after[0]
                if not re.search(r"\b(?:by|from|of|through|under|with)\b", s[p.end:exp.start], _I):
                    confidence = "medium"
                if _THAN_THE_BASE.search(s[p.end:exp.start]):
                    # ('35.5 fewer crimes … than comparable non-sanctuary counties'): the policy after 'than' is what
                    # the places are compared with, so the effect the sentence gives is the other way round for it
                    effect = {"increase": "decrease", "decrease": "increase", "higher": "lower",
                              "lower": "higher"}.get(effect, effect)
                    notes.append(f"'{exp.text}' is the comparison's base: the effect read the other way round for it")
            elif earlier:
                exp = earlier[-1]
        carried: tuple[str, ...] = ()
        if exp is None and group is None and (paper := _THE_STUDY_FOUND.search(s[ca:p.start])) is not None:
            # ('Hausman published a study in PNAS. The paper found no detectable effect on crime'): the study named
            # last before, and the policy it studied, when its author's studies share one
            studied = _last_named_study(before_ctx[-CONTEXT_CHARS:], w)
            policies = {(_studies_by_id()[i].exposure, _studies_by_id()[i].cooperation_sign) for i in studied}
            if len(policies) == 1 and (policy := next(iter(policies)))[0] != "undocumented_status":
                exp = _Mention(policy[0], policy[1], ca + paper.start(), ca + paper.end(), paper.group(0))
                carried, confidence = studied, "medium"
                notes.append(f"'{paper.group(0).strip()}' read as {_short(_studies_by_id()[studied[0]])}, "
                             "named before")
        elif exp is not None and group is None and (paper := _THE_STUDY_FOUND.search(s[ca:p.start])) is not None:
            # ('A 2017 study by Tom Wong compared sanctuary counties … The study reported lower crime in sanctuary
            # counties'): the study named last before, when it studied the policy the sentence names
            studied = tuple(i for i in _last_named_study(before_ctx[-CONTEXT_CHARS:], w)
                            if _studies_by_id()[i].exposure == exp.name)
            if studied:
                carried = studied
                notes.append(f"'{paper.group(0).strip()}' read as {_short(_studies_by_id()[studied[0]])}, "
                             "named before")
        if exp is None and group is None:
            ana = [m for m in w.anaphors.finditer(s, p.end, cb)
                   if re.fullmatch(r"\s*(?:\w+\s+){0,3}?(?:by|from|of|under|with)\s+", s[p.end:m.start()], _I)][:1]
            ref_ = _antecedent(before_ctx + " " + s[:ana[-1].start()], w) if ana else None
            if ref_ is None:
                continue
            ref = ref_
            exp = _Mention(ref.name, ref.sign, ana[-1].start(), ana[-1].end(), ana[-1].group(0), ref.weak)
            notes.append(f"'{ana[-1].group(0)}' read as '{ref.text}' from the text before")
            if ref.far:
                notes.append(FROM_BEFORE)
            confidence = "low" if ref.unsure else "medium"
        if group is not None:
            exposure, sign, exposure_words = "undocumented_status", 0, group.text
            natives_subject = group.name == "natives"
            up = effect == "increase"
            effect = "higher" if up != natives_subject else "lower"
            outcome = "immigrant_crime_rate"
            if natives_subject:
                notes.append(f"'{group.text}' are the subject: immigrants' rates read as {effect}")
            start = group.start
        else:
            assert exp is not None
            exposure, sign, exposure_words = exp.name, exp.sign, exp.text
            if exp.weak:
                confidence = "medium"
            start = shared.start("verb") if shared is not None else min(exp.start, p.start)
        if p.weak == "descriptive" and not (group or _GENERIC_POLICY.search(exposure_words.strip())):
            confidence = "low"  # "crime is higher in the city": one place's level, not what the policy does
            notes.append("a level in one place: the registry's studies do not rate it")
        if group is None and exp is not None and (
                _LOCAL_OWNER.search(s[max(0, exp.start - 60):exp.start]) or _LOCAL_PLACE.match(s[p.end:p.end + 40])
                or re.search(r"\b(?:the|our|this|my|their)\s+(?:city|county|town|state|parish)\b", p.text, _I)):
            confidence = "low"  # "Harris County's 287(g) program cut crime": one place; studies of many do not rate it
            notes.append("a claim about one place: the registry's studies do not rate it")
        # (a trend a named study is reported to have found is its finding: 'Hausman found that deportations fell by
        # about a third in counties that adopted sanctuary policies')
        if p.weak == "trend" and not ((_linked_to_a_cause(s) or (named_here and w.research_verbs.search(s)))
                                      and (group or _GENERIC_POLICY.search(exposure_words.strip()))):
            confidence = "low"  # "crime rose in sanctuary cities": a trend, not a claim that the policy moved it
            notes.append(TREND_NOTE)
        crime_type = _crime_type(s, p, cb, w) if outcome == "crime" and group is None else ""
        scope = ""
        if exp is not None and group is None:
            scope = next((name for name, rx in w.scopes if rx.search(s[max(0, exp.start - 40):exp.start])), "")
            # ('correctional 287(g) agreements cut crime, while city-level agreements raised it': the clause's own kind)
            own = _KIND_OF_AGREEMENT.search(s[max(exp.end, p.start - 50):p.start])
            if own is not None:
                scope = next((name for name, rx in w.scopes if rx.search(own.group(1) + " ")), scope)
        if crime_type or scope:
            notes.append("names " + " and ".join(x for x in (crime_type and f"the crime '{crime_type}'",
                                                           scope and f"the kind of policy '{scope}'") if x))
        last_outcome = outcome
        # voice: negation, hypothesis, question
        spans = [(e.start, e.end) for e in exposures] + [(g.start, g.end) for g in groups]
        pops = [(name, m) for name, rx in w.populations.items() for m in rx.finditer(s, ca, cb)
                if m.start() < p.end or ("," not in s[p.end:m.start()] and m.start() - p.end < 40)]
        spans += [(m.start(), m.end()) for _, m in pops]
        says_before = [m for m in w.say.finditer(s, ca, p.start)]
        head_from = max(ca, says_before[-1].end()) if says_before else ca
        named_claim = [m for m in w.claim_noun.finditer(s, head_from, p.start)]
        # ('the evidence doesn't support the idea that sanctuary policies drive up crime', 'Hausman rejected the notion
        # that …'): the sentence itself denies the idea it names
        any_named = named_claim or [m for m in w.claim_noun.finditer(s, ca, p.start)]
        denied_idea = _DENIES_THE_IDEA.search(s, ca, any_named[-1].start()) if any_named else None
        if named_claim:  # 'do not support the idea that X': the negation is of the idea, not inside X
            head_from = named_claim[-1].end()
        head = _masked(s, spans)[head_from:p.start]  # what a speaker says is the speaker's, not negated by the frame
        polarity, negates = "asserted", ""
        unexplained = w.unexplained.search(head)
        if unexplained:
            head = head[unexplained.end():]
            notes.append(f"'{unexplained.group(0)}' leaves the claim standing")
            confidence = "medium"
        # 'no reason to think it makes anyone safer, and some reason to think it deters victims': a conjunct opened by
        # a quantifier of its own is not under the first conjunct's negation
        fresh = list(_FRESH_CONJUNCT.finditer(head))
        if fresh:
            head = " " * fresh[-1].end() + head[fresh[-1].end():]
        # 'research finding that ending cooperation does not raise crime, and that immigrants are arrested less': a
        # second 'that' clause is the frame's own, outside the first clause's negation (a negation before the first
        # 'that', 'did not find that …, and that …', still reaches both)
        second = list(_ANOTHER_THAT_CLAUSE.finditer(head))
        first_that = re.search(r"\bthat\b", head[:second[-1].start()]) if second else None
        if second and first_that is not None:
            head = head[:first_that.end()] + " " * (second[-1].end() - first_that.end()) + head[second[-1].end():]
        # 'Sanctuary policies, not immigrants, raise crime': a contrast set between commas negates its noun only
        # ('Sanctuary policies, rather than 287(g), cut crime')
        head = re.sub(r",\s*(?:not|rather\s+than|instead\s+of)\s+[^,]{1,60},", lambda m: " " * len(m.group(0)), head,
                      flags=re.I)
        # ('Hausman's "Sanctuary policies reduce deportations without increasing crime" … found sanctuary policies cut
        # deportations': a negation inside a quotation closed before the claim is the quotation's own)
        head = _CLOSED_QUOTE.sub(lambda m: " " * len(m.group(0)), head)
        # ("It's not that immigrants commit more crime — it's that they stop calling 911": the second clause is said)
        restated = list(_ITS_THAT.finditer(head))
        if restated:
            head = " " * restated[-1].end() + head[restated[-1].end():]
        head = _ANSWER_PARTICLE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), head)
        found = [(m.start(), m.end()) for m in w.negators.finditer(head)]
        adjacent = w.adjacent_negators.search(head)  # ('failed to reduce crime', 'Rather than increasing crime')
        if adjacent is not None and not any(a < adjacent.end("neg") and adjacent.start() < b for a, b in found):
            found.append((adjacent.start(), adjacent.end("neg")))
        negs = [head[a:b] for a, b in found if not _negates_the_policy(s, head_from + a, head_from + b, exposures)]
        if len(negs) < len(found):
            confidence = "low"  # 'Counties without 287(g) agreements saw crime rise': places that lack the policy
            notes.append("a negation of the policy itself, not of its effect: read with low confidence")
        nobody = _NOBODY.search(p.text)
        if nobody is not None:
            negs.append(nobody.group(0))  # 'makes no one safer': the negation is inside the predicate's own words
        unasserted = w.unasserted.search(head)
        if p.effect == "none" and frames and frames[-1].effect in ("increase", "decrease") \
                and re.fullmatch(r"[\s,]*(?:but|yet|though|while)\s+", s[frames[-1].end:p.start], re.I):
            continue  # 'a reduction in robberies, but no change in homicide': one finding, split by offence
        if p.effect == "none":
            polarity, effect, negates = "negated", "none", _answered(outcome, s[:p.start], before_ctx, w)
            if not negates and re.match(r"without\s+(?:any\s+)?(?:increas|rais|(?:an?\s+)?rise)|harmless\b", p.text, re.I):
                negates = "increase"  # 'without increasing crime', 'harmless for safety': denies a rise, not every effect
            tied = _TIED_TO_A_DIRECTION.search(s, p.start) if not negates else None
            if tied is not None and tied.start() < p.end + 60:
                # 'no link between sanctuary policies and increased crime': denies a rise (a fall agrees with it)
                negates = "increase" if tied.group("up") else "decrease"
            if negates:
                notes.append(f"answers the claim of {'an' if negates == 'increase' else 'a'} {negates} just before it")
            if negs:
                confidence = "low"
                notes.append("a negation of a denial: read with low confidence")
        elif unasserted and not (unasserted.group(0).lower() == "if" and "," in head[unasserted.end():]):
            polarity = "questioned" if re.match(r"(?i)whether", unasserted.group(0)) \
                or re.search(r"not|n[’']t", unasserted.group(0), re.I) \
                else "hypothetical"
            notes.append(f"'{unasserted.group(0)}' before the claim")
        elif negs:
            negates = {"higher": "higher", "lower": "lower"}.get(effect, effect)
            polarity, effect = "negated", "none"
            notes.append(f"negated by '{negs[-1]}'")
            if len(negs) > 1 and len(negs) % 2 == 0:
                confidence = "low"
                notes.append("two negations: read with low confidence")
        if polarity == "asserted" and _ADVISED_AGAINST.search(s[ca:p.start]):
            polarity = "hypothetical"  # 'Avoid claiming that crime fell in sanctuary cities': advice not to say it
            notes.append("a claim the sentence advises against making")
        if _A_HYPOTHESIS.match(s):
            polarity = "hypothetical"  # 'H4: Jurisdictions with fewer refusals will show …': what a study will test
            notes.append("a hypothesis to be tested")
        before_p = s[max(ca, p.start - 80):p.start]
        purpose = w.purpose.search(before_p) or (w.purpose_verbs.match(p.text) and w.purpose_to.search(before_p))
        if purpose and polarity == "asserted":
            polarity = "intended"  # 'signed the agreements to keep communities safe': a purpose, not an effect
            notes.append(f"'{purpose.group(0).strip()}' states a purpose, not an effect")
        if denied_idea is not None and (_ANY_DOUBT_BEFORE.search(s, ca, denied_idea.start())
                                        or _ANOTHER_FINDING.search(s, any_named[-1].end(), p.start)):
            denied_idea = None  # ('Few studies reject the claim that …', '… rejected the idea that X and found Y')
        if denied_idea is not None and polarity in ("asserted", "negated") and not _said_between(s, any_named[-1].end(), p.start):
            if polarity == "negated":
                confidence = "low"  # ('rejected the idea that sanctuary policies have no effect'): a denial of a denial
            else:
                negates = {"higher": "higher", "lower": "lower"}.get(effect, effect)
                polarity, effect = "negated", "none"
            notes.append(f"the sentence denies the idea it names ('{denied_idea.group(0).strip()}')")
        denial = _FALSE_THAT.search(s[ca:p.start]) if polarity in ("asserted", "negated") else None
        if denial is not None and polarity == "negated":
            # 'It would be wrong to say Secure Communities had no effect': a denial of a denial
            confidence = "low"
            notes.append(f"a denial ('{denial.group(0).split(' that')[0].strip()}') of a denial: read with low confidence")
        elif denial is not None:
            # 'It is false that sanctuary policies increase crime': the sentence denies the claim it states
            negates = {"higher": "higher", "lower": "lower"}.get(effect, effect)
            polarity, effect = "negated", "none"
            notes.append(f"denied by '{denial.group(0).split(' that')[0].strip()}'")
        # ('The argument that cooperation lowers crime, and therefore protects values, is weak'): a claim the sentence
        # names, an aside set off by commas, then the denial
        aside = _AN_ASIDE_THEN.match(s, p.end) if any_named else None
        unsupported = (_NOT_BORNE_OUT.match(s, p.end) or _NOT_WHAT_IT_SHOWS.match(s, p.end)
                       or (_NOT_BORNE_OUT.match(s, aside.end()) if aside is not None else None)) \
            if polarity == "asserted" else None
        if unsupported is not None:
            # 'fears of a sanctuary-driven crime wave are not supported by the data': the claim named, then denied
            negates = {"higher": "higher", "lower": "lower"}.get(effect, effect)
            polarity, effect = "negated", "none"
            notes.append(f"denied by '{unsupported.group(unsupported.lastindex or 0)}'")
        doubted = _IF_AT_ALL.match(s, p.end) if polarity == "asserted" else None
        if doubted is not None:
            # 'reduced crime only slightly, if at all': an effect doubted, which a null finding bears out
            negates = {"higher": "higher", "lower": "lower"}.get(effect, effect)
            polarity, effect = "negated", "none"
            notes.append("'if at all' doubts the effect")
        thin = _THIN_AFTER.match(s, p.end) if polarity == "asserted" and _EVIDENCE_THAT.search(s, ca, p.start) else None
        if thin is not None:
            # 'The evidence that 287(g) reduces crime is thin': the sentence weighs the evidence for the claim, and
            # does not assert it
            polarity = "questioned"
            notes.append(f"the evidence for it is called '{thin.group(1)}'")
        if polarity == "asserted" and _CITED_AS_PROOF.search(s, ca, p.start) is not None:
            # 'Wong's study is frequently cited as proof that sanctuary policies caused crime to fall': how others read
            # a study, which the sentence reports without asserting it
            polarity = "questioned"
            notes.append("others' reading of a study, reported, not asserted")
        size = _SIZE_AFTER.match(s, p.end) if polarity == "negated" and p.effect != "none" else None
        if size is not None:
            # 'Hausman did not find that sanctuary policies cut deportations by two-thirds': the size may be what is
            # denied, not the effect
            confidence = "low"
            notes.append(f"the denial may be of the size ('{size.group(0).strip()}'), not of the effect")
        if says_before and polarity in ("asserted", "negated") and _CLAIMING.match(says_before[-1].group(0)) \
                and _DISCLAIMED.search(s[ca:says_before[-1].start()]):
            polarity = "questioned"  # 'I don't claim immigrants commit more crime': said not to be claimed
            notes.append(f"'{says_before[-1].group(0)}' is denied: the speaker does not assert what follows")
        # ('Episode 130: "Are Immigrants More Likely to Commit Crimes?" (show notes)': a question inside the sentence)
        if (_ASK.search(s) or _ASKED_AFTER.match(s, p.end)) and polarity in ("asserted", "negated"):
            polarity = "questioned"
            notes.append("the sentence is a question")
        population = ""
        if outcome == "deportations" and exposure not in _DEPORTATION_POLICIES:
            continue  # "removals were driven by a decrease ...": a count's story, not a policy's effect
        if outcome == "deportations":
            pop = [name for name, m in pops if name != "victim_group"]
            population = pop[0] if pop else ""
            if not pop and _THOSE_DEPORTATIONS.search(s, ca, cb):
                # ('… deportations of people with violent convictions by a third. That's backwards: the study found
                # sanctuary didn't affect those deportations'): the group the sentence before named
                last = _SENTENCE_END.split(before_ctx.strip())[-1] if before_ctx.strip() else ""
                # (a group the deportations were 'of', not one named in passing: 'people with violent convictions were
                # a small share of deportations' names no deportations of them)
                # (and one group only: 'deportations of people with violent convictions and of people with no
                # conviction' names two)
                named_groups = [name for name, rx in w.populations.items() if name != "victim_group" and rx.search(last)]
                earlier_groups = [name for name, rx in w.populations.items() if name != "victim_group"
                                  and any(_DEPORTATIONS_OF_BEFORE.search(last[max(0, m.start() - 40):m.start()])
                                          for m in rx.finditer(last))]
                population = earlier_groups[0] if len(earlier_groups) == 1 and len(named_groups) == 1 else ""
                if not population:  # (a group named further back, or in words not read, or two groups: not all)
                    confidence = "low"
                    notes.append("'those deportations' points back to a group the checker could not read")
        if outcome == "crime":  # 'Secure Communities increased Hispanic victimization': one group's, not the rate
            population = next((name for name, m in pops if name == "victim_group"), "")
        voice = _voice(s, p, clause, before_ctx, w, after_ctx)
        if denied_idea is not None and (voice.asserted_by.lower().startswith(("the ", "a ", "an ", "this ", "that "))
                                        or _CLAIM_NOUN_VOICE.match(voice.asserted_by)) \
                and _CLAIM_WORD.search(voice.asserted_by):
            voice = _Voice("article", voice.research_reported, f"denies '{voice.asserted_by}'")  # the denial is the claim
        answer = s.rfind(outcome_words) if negates and outcome_words else -1
        reply = _RESEARCH_REPLY.search(s[max(0, answer - 60):answer]) if answer > 0 else None
        if reply is not None and w.research_subject.match(reply.group("np")):
            # '"X," the senator said, but studies show no such effect': the answer is the article's, from research
            voice = _Voice("article", True, f"'{reply.group(0).strip()}'")
        if w.rebutted_speaker.search(s, 0, p.start):
            voice = _Voice("those the article rebuts", False, "'misused to contend'")
        if _CALLED_UNTRUE.match(voice.asserted_by):
            # 'It is not true, as one brief claimed, that …': the words read as a speaker are the article's denial
            voice = _Voice("those the article rebuts", False, f"'{voice.asserted_by}'")
        rebutted = voice.asserted_by == "those the article rebuts" or _rebutted(s, voice.asserted_by, before_ctx,
                                                                              after_ctx, w)
        named = named_here or carried
        which_found = _WHICH_FOUND.search(s, 0, p.start) if len(named) > 1 else None
        if which_found is not None:
            # 'Hausman's findings echo a 2017 study by Tom Wong, which found 35.5 fewer crimes': the relative clause's
            # finding is the study named just before it
            nearest = _last_named_study(s[:which_found.start()], w)
            named = tuple(x for x in named if x in nearest) or named
        if not named and voice.asserted_by == "article" and not _GENERIC_RESEARCH.search(s) \
                and not _NEW_STUDY.search(s):
            # 'studies find no link …' speaks of research in general, not of a study an earlier sentence named
            # (within its own paragraph: a study named above a new paragraph is not the one this sentence reports)
            para = _own_paragraph(before_ctx[-CONTEXT_CHARS:])
            named = _named_studies(para, w) if w.research_verbs.search(para) else ()
            if not named and _IT_FOUND.match(s):
                # ('David Hausman published a study in PNAS this fall … He found that …': the paper the paragraph
                # named, when it names one only)
                papers = _named_studies(para, w)
                named = papers if len({_studies_by_id()[i].citation for i in papers}) == 1 else ()
        why = (f"policy '{exposure_words}'; outcome '{outcome_words}'"
               + (f"; voice {voice.how}" if voice.how else "") + "".join(f"; {n}" for n in notes))
        frame = ResearchFrame(exposure=exposure, cooperation_sign=sign, outcome=outcome, effect=effect,
                              polarity=polarity, asserted_by=voice.asserted_by, rebutted=rebutted,
                              start=min(start, p.start), end=p.end, confidence=confidence, why=why,
                              negates=negates, population=population, study_ids=named, any_study=some,
                              credited=bool(named_here) and not by_year and named == named_here,
                              exposure_words=exposure_words, outcome_words=outcome_words, crime_type=crime_type,
                              scope=scope, unheld_year=unheld_year, unheld_subject=unheld_subject,
                              hedged=_HEDGED.search(s[max(ca, p.start - 60):p.end]) is not None)
        if not any(_same(frame, f) for f in frames):
            frames.append(frame)
    if not frames:
        frames.extend(_other_cause(s, w))
    return frames


# '… crime wave are not supported by the data', '… is unfounded': what was just named, said to be without support
# ('"sanctuary = crime wave" has now failed test after test', '… does not hold up'): or that fails the tests put to it
_AN_ASIDE_THEN = re.compile(r"[^.;:,]{0,40},[^.;:,]{1,60},\s*(?=(?:is|are|was|were|remains?|has\s+been|have\s+been)\b)", re.I)
_NOT_BORNE_OUT = re.compile(r"[^.;:,]{0,40}?\b(?:(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)\s+"
                            r"(?:(?:simply|largely|entirely|also|still)\s+)?((?:not|n[’']t)\s+(?:supported|borne\s+out|backed\s+up|"
                            r"backed|justified|warranted)|unsupported|unproven|unproved|unsubstantiated|unfounded|baseless|groundless|"
                            r"overblown|misplaced|(?:very\s+|quite\s+|too\s+)?(?:weak|flimsy|shaky|dubious|questionable|"
                            # (not held by others or turned: 'questionable to some, but …', 'overstated only in …')
                            r"overstated|exaggerated)(?!\s+(?:to|for|in|only|among|but|by)\b|\s*,\s*but\b)|"
                            # ('… is backwards, according to Hausman's study')
                            r"a\s+myth|(?:exactly\s+|precisely\s+)?backwards?)|"
                            r"(?:has|have|had)\s+(?:now\s+|repeatedly\s+|consistently\s+|since\s+|also\s+)?"
                            r"((?:failed|flunked)\s+(?:test\s+after\s+test|(?:every|each|any|the)\s+(?:\w+\s+)?(?:test|check)|"
                            r"scrutiny|to\s+hold\s+up)|been\s+(?:debunked|refuted|disproven|discredited))|"
                            r"(?:does|do|did)\s*(?:not\s+|n[’']t\s+)(hold\s+up|survive\s+(?:scrutiny|the\s+data|the\s+evidence)))\b",
                            re.I)
_A_RELATIVE_PRONOUN_BEFORE = re.compile(r"\b(?:who|which|that)\s+$")
_A_BREAK_OR_SAYING = re.compile(r"[,;:]|\b(?:said|says|say|claimed|claims|argued|argues|stated|states|told|wrote)\b")
_LINKED_VERB = re.compile(r"(?:(?:is|are|was|were|been|be)\s+(?:\w+\s+)?)?(?:linked|tied|associated)\b", re.I)
_A_SUBJECT_BEFORE = re.compile(r"[A-Za-z]{3,}\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:\w+\s+)?$")
_ACCUSED_OF = re.compile(r"\b(?:is|are|was|were|been|being|stands?|stood)\s+(?:\w+\s+)?accused\s+of\b", re.I)
# 'The paper found …', 'The authors concluded that …': a study named before, whose policy the finding is of
_THE_STUDY_FOUND = re.compile(r"\b(?:the|that|this|his|her|their)\s+(?:study|paper|analysis|authors?|researchers?)\s+"
                              r"(?:\w+\s+)?(?:found|finds|showed|shows|concluded|concludes|reported|reports)\s+"
                              r"(?:that\s+)?(?:there\s+(?:is|was|were)\s+)?(?:(?:a|an|no)\s+)?(?:[\w-]+\s+)?$", re.I)
# ('As I understand it, the paper found …': a short opener first)
_IT_FOUND = re.compile(r"^\W*(?:[\w’' ]{1,30},\s+)?(?:he|she|they|it|the\s+(?:study|paper|analysis|authors?|researchers?))\s+"
                       r"(?:\w+\s+)?"
                       # ('He matched counties and found …': what the author did, then what was found)
                       r"(?:(?:\w+\s+){1,3}?and\s+)?"
                       r"(?:found|finds|showed|shows|concluded|concludes|estimated|estimates|reported|reports)\b", re.I)
# (only the words that introduce what is compared: never 'more than a third after sanctuary policies …', a size)
_THAN_THE_BASE = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:in|the|those|these|comparable|similar|"
                            r"matched|other|nearby|neighbou?ring)\s+){0,3}$", re.I)
# 'cast her opponents' bill as a', 'painted the ordinance as': the thing the predicate is said of
_CAST_AS = re.compile(r"\b(?:cast|casts|casting|paint(?:s|ed|ing)?|portray(?:s|ed|ing)?|describ(?:e|es|ed|ing)|"
                      r"fram(?:e|es|ed|ing)|depict(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|ed|led|ing)?)\s+"
                      r"(?P<np>(?:[\w’'-]+\s+){1,5}?)as\s+(?:an?\s+|the\s+)?$", re.I)
# (and a debate's motion: '1AC: Resolved, That sanctuary policies …', 'Resolved: the United States should …')
_DEPORTATIONS_OF_BEFORE = re.compile(r"\b(?:deportations?|removals?)\s+of\s+(?:\w+\s+){0,2}$", re.I)
_THOSE_DEPORTATIONS = re.compile(r"\b(?:those|these|the\s+same)\s+(?:deportations|removals)\b", re.I)
_A_HYPOTHESIS = re.compile(r"^\W*(?:H\d{1,2}[a-z]?|Hypothes[ie]s(?:\s+\d{1,2}[a-z]?)?)\s*[:.)]|"
                           r"^\W*(?:[\w-]{1,12}\s*:\s*)?(?:(?:Be\s+it\s+)?Resolved\s*[,:]|Motion\s*:)", re.I)
# ('… is sometimes described as showing that …', 'I've heard it summarized as "sanctuary cut …"')
_CITED_AS_PROOF = re.compile(r"\b(?:cited|held\s+up|touted|invoked|offered|read|taken|described|characteri[sz]ed|portrayed|"
                             r"presented|summari[sz]ed|billed|spun)\s+as\s+(?:(?:proof|evidence)\s+(?:that|of)\s+|"
                             r"(?:showing|proving|finding|demonstrating|establishing)\s+(?:that\s+)?|[“\"])"
                             r"[“\"]?(?:\w+\s+){0,8}?$", re.I)
_EVIDENCE_THAT = re.compile(r"\b(?:evidence|support|case|proof)\s+(?:\w+\s+){0,2}?(?:that|for)\b", re.I)
_THIN_AFTER = re.compile(r"[^.;:,]{0,40}?\b(?:is|are|was|were|remains?|remained|looks?|seems?)\s+(?:\w+\s+)?(thin|weak|"
                         r"slim|scant|flimsy|lacking|sparse|limited|mixed|inconclusive|shaky|tenuous)\b", re.I)
# ('Sanctuary cities had fewer homicides in that paper, full stop, is not what the numbers show')
_NOT_WHAT_IT_SHOWS = re.compile(r"[^.;:]{0,50}?\b(?:is|was|are|were)\s+(not\s+what\s+(?:the|that|this|its|their)\s+"
                                r"(?:numbers?|data|study|paper|research|evidence|figures?)\s+(?:shows?|showed|found|finds|"
                                r"says?|said))\b", re.I)
# ('It would be wrong to say sanctuary policies raise crime', 'Few would argue that …': a denial, not a speaker)
_FALSE_THAT = re.compile(r"(?:\b(?:it\s+is|it['’]s|it\s+would\s+be|it\s+is\s+a\s+mistake|that\s+is|this\s+is)\s+"
                         r"(?:simply\s+|just\s+|flatly\s+)?(?:false|untrue|a\s+myth|wrong|a\s+lie|nonsense|a\s+falsehood|"
                         r"a\s+mistake|misleading)\s+(?:to\s+(?:say|claim|suggest|argue|conclude|think|believe|assume)\s+"
                         r"(?:that\b)?|that\b)|"
                         r"^\W*(?:very\s+)?few\s+(?:\w+\s+)?(?:would|could|now|seriously|still)\s+(?:seriously\s+)?"
                         r"(?:argue|claim|say|suggest|contend|believe|maintain)\s+that\b)[^.;]*$", re.I)
_QUOTED_TITLE = re.compile(r"(?P<lead>\b(?:study|paper|report|article|analysis|book|titled|entitled|called|named)\b"
                           r"[^“\"”.;]{0,40}?[,:]?\s*)[“\"][^”\"]{8,200}[”\"]", re.I)
# 'A study by David Hausman, "…," found …', '"…" found that …': a quoted title the finding verb follows
_TITLE_THEN_FINDING = re.compile(r"(?P<title>[“\"][^”\"]{8,200}[”\"])(?=\s*,?\s*(?:[\w’'-]+\s+){0,6}?(?:found|finds|showed|"
                                 r"shows|examined|examines|concluded|concludes|estimated|estimates|reported|reports)\b)")
# 'Mayors who believe their policies make residents safer': 'their' is the people's just named, not an earlier
# sentence's policy
_THEIR_OWNERS = re.compile(r"\b(?:mayors|officials|leaders|lawmakers|legislators|governors|sheriffs|politicians|councils|"
                           r"chiefs)\b(?:\s+[\w’'-]+){0,6}?\s+their\s$", re.I)
# a saying denied just before its verb: 'I don't claim', 'nobody is saying', 'we never argued' (not 'did not explain
# how', which leaves the claim standing)
_CLAIMING = re.compile(r"(?:claim|say|said|argu|suggest|contend|assert|mean|believ|think|thought|allege)", re.I)
_DISCLAIMED = re.compile(r"(?:\bnot|n[’']t|\bnever|\bnobody(?:\s+is)?|\bno\s+one(?:\s+is)?)\s+(?:\w+\s+)?$", re.I)


def _crime_type(s: str, p: _Pred, clause_end: int, w: _Words) -> str:
    """The kind of crime the predicate names ('more assaults on police officers' -> assaults_on_police), '' for crime
    in general; two kinds ('violent and property crime') are both named, joined by '+'."""
    reach = 120 if p.effect == "none" else 0  # 'no effect on murders': the noun comes after the denial
    # ('no causal relationship with crime rates, and it did find a link to assaults on officers': the next clause's
    # kind of crime is another finding's)
    joined = _A_CLAUSE_JOINED.search(s, p.end, p.end + reach) if reach else None
    if joined is not None:
        reach, clause_end = joined.start() - p.end, min(clause_end, joined.start())
    hits = [(m.start(), m.end(), name) for name, rx in w.crime_types
            for m in rx.finditer(s, p.start, min(clause_end, p.end + reach + 60)) if m.start() < p.end + reach]
    kept = [h for h in hits if not any(o[0] <= h[0] and h[1] <= o[1] and o[1] - o[0] > h[1] - h[0] for o in hits)]
    return "+".join(sorted({name for _, _, name in kept}))


_A_CLAUSE_JOINED = re.compile(r";|,\s+(?:and|but|while|whereas|yet)\s+(?:it|they|the\s+(?:study|paper|authors?))\b", re.I)


def _answered(outcome: str, head: str, before_ctx: str, w: _Words) -> str:
    """'Trump says they breed crime. Studies find no link.': a denial answers the one direction claimed just
    before it, so it denies that direction ("increase"); with no such claim, or both, it denies any effect ("")."""
    if outcome not in ("crime", "crime_reporting", "deportations"):
        return ""
    last = _SENTENCE_END.split(before_ctx[-400:])[-2:] if before_ctx else []
    text = " ".join([*last, head])
    seen = {p.effect for p in _predicates(text, w) if p.outcome == outcome and p.effect in ("increase", "decrease")}
    return seen.pop() if len(seen) == 1 else ""


_DEPORTATION_POLICIES = {"sanctuary_policy", "local_police_ice_cooperation", "secure_communities", "287g",
                         "enforcement_priorities"}


def _antecedent(before: str, w: _Words) -> _Mention | None:
    """What "they"/"such policies" stands for: the first policy named in the last sentence that names one."""
    sentences = [x for x in _SENTENCE_END.split(before[-CONTEXT_CHARS:]) if x.strip()]
    for back, sent in enumerate(reversed(sentences)):
        # ('The DHS sanctuary list named 605 jurisdictions. What it does is erode trust': a list, not a policy)
        found = [m for m in _exposure_mentions(sent, w)
                 if not re.match(r"[\s\w-]{0,25}?\blists?\b", sent[m.end:m.end + 30], _I)]
        if found:
            m = found[0]
            if w.unsure_antecedent.search(sent[max(0, m.start - 60):m.start]):
                # 'localities that keep police out of federal immigration enforcement. They build trust': 'they' may
                # be the localities' refusal, not the enforcement named; the reading is not sure enough to rate
                return _Mention(m.name, m.sign, m.start, m.end, m.text, m.weak, unsure=True, far=back > 0)
            m.far = back > 0
            return m
    return None


_PIECE_BREAK = re.compile(r"[.;!?\n]\s")


def _in_pieces(sentence: str, context: str) -> list[ResearchFrame]:
    """An over-long sentence, read a piece at a time (cut at a stop or semicolon, else hard), offsets kept."""
    out: list[ResearchFrame] = []
    start = 0
    while start < len(sentence):
        end = min(len(sentence), start + MAX_SENTENCE_CHARS)
        if end < len(sentence):
            cuts = [m.end() for m in _PIECE_BREAK.finditer(sentence, start + MAX_SENTENCE_CHARS // 2, end)]
            end = cuts[-1] if cuts else end
        piece = sentence[start:end]
        for f in research_frames(piece, context if start == 0 else sentence[max(0, start - CONTEXT_CHARS):end]):
            f.start += start
            f.end += start
            out.append(f)
        start = end
    return out


def _same(a: ResearchFrame, b: ResearchFrame) -> bool:
    """One claim said twice; 'fewer robberies … reduced homicides' are two (a study may find one and not the other)."""
    return (a.exposure, a.outcome, a.effect, a.polarity, a.population, a.asserted_by, a.crime_type) == \
        (b.exposure, b.outcome, b.effect, b.polarity, b.population, b.asserted_by, b.crime_type)


def _other_cause(s: str, w: _Words) -> list[ResearchFrame]:
    """'Arrests fell, largely due to the pandemic': a cause no study in the registry measures."""
    m = w.other_cause.search(s)
    if not m:
        return []
    outs = [o for o in w.other_outcomes.finditer(s)]
    down, up = w.change_down.search(s), w.change_up.search(s)
    if not outs or not (down or up):
        return []
    noun = min(outs, key=lambda o: abs(o.start() - m.start()))
    effect = "decrease" if down and (not up or down.start() < up.start()) else "increase"
    cause = m.group("cause").strip()
    return [ResearchFrame(exposure="other", cooperation_sign=0, outcome=noun.group("noun").lower(), effect=effect,
                          polarity="asserted", asserted_by="article", rebutted=False, start=min(noun.start(), m.start()),
                          end=m.end(), confidence="medium",
                          why=f"cause '{cause}' of the change in '{noun.group(0)}' ('{m.group(0)}')",
                          exposure_words=cause, outcome_words=noun.group(0))]


# ------------------------------------------------------------------------------------------------------- rating

_FLIP = {"increase": "decrease", "decrease": "increase", "none": "none", "mixed": "mixed", "higher": "higher",
         "lower": "lower"}
_UP = {"increase": "up", "higher": "up", "decrease": "down", "lower": "down"}


def _study_effect_in_frame(s: Study, frame: ResearchFrame) -> str:
    if frame.cooperation_sign == 0 or s.cooperation_sign == 0 or frame.cooperation_sign == s.cooperation_sign:
        return s.effect
    return _FLIP[s.effect]


def _agreement(frame: ResearchFrame, study_effect: str) -> float:
    """1 = the study agrees with the claim, 0 = it contradicts it, 0.5 = mixed finding."""
    if study_effect == "mixed":
        return 0.5
    found = _UP.get(study_effect, "none")
    if frame.effect == "none":
        if not frame.negates:  # "no effect at all": only a null finding agrees
            return 1.0 if found == "none" else 0.0
        return 0.0 if found == _UP.get(frame.negates) else 1.0  # "no increase": a null or a decrease agrees
    return 1.0 if found == _UP.get(frame.effect) else 0.0


def _topics_for(frame: ResearchFrame) -> list[str]:
    base = _words().topics.get(frame.exposure, {}).get(frame.outcome, [])
    return [f"{t}:{frame.population}" for t in base] if frame.population else list(base)


def _evidence(frame: ResearchFrame) -> tuple[list[str], list[Study], bool]:
    """The topics and studies a claim is weighed on, and whether they are broader than the claim.

    A claim naming a kind of crime or of policy ('more assaults on police', 'city-level 287(g) agreements') is weighed
    on the registry's findings on that kind (tags 'topic:kind', 'topic@scope'); with none, on the next broader finding
    that exists (the kind of crime for any kind of policy, then crime in general), and then it is flagged broader: a
    broader finding can agree with the claim, or be mixed, but never rates it false. A claim that names a study is
    weighed on the narrowest finding of that study the registry holds.
    """
    base = _topics_for(frame)
    kinds = frame.crime_type.split("+") if frame.crime_type else []
    # each level is the tags a study must hold, one for each kind of crime named ('violent and property crime': a
    # study with findings on both)
    levels_of: list[list[str]] = [[f":{k}@{frame.scope}" for k in kinds]] if kinds and frame.scope else []
    levels_of += [[f":{k}" for k in kinds]] if kinds else []
    levels_of += [[f"@{frame.scope}"]] if frame.scope else []
    levels_of.append([""])

    def holds(study: Study, needed: list[str]) -> bool:
        return all(any(t + x in study.topics for t in base) for x in needed)

    levels = [([t + x for t in base for x in needed], [s for s in all_studies() if s.outcome == frame.outcome
                                                       and holds(s, needed)]) for needed in levels_of]
    pick = next((i for i, (_, rows) in enumerate(levels) if rows and not frame.any_study
                 and any(s.study_id in frame.study_ids for s in rows)), None)
    if pick is None:
        pick = next((i for i, (_, rows) in enumerate(levels) if rows), 0)
    return levels[pick][0], levels[pick][1], pick > 0


_TYPE_WORDS = {"assaults_on_police": "assaults on police officers", "murder": "murders", "drug_crime": "drug crime"}
_SCOPE_WORDS = {"city": "city-level", "county": "county-level", "state": "state-level", "jail": "jail (correctional)",
                "task_force": "task-force"}


def _specific(frame: ResearchFrame) -> str:
    """The kind of crime and of policy a claim names, in words: 'property crime under city-level agreements'."""
    kinds = " and ".join(_TYPE_WORDS.get(k, k.replace("_", " ")) for k in frame.crime_type.split("+") if k)
    scope = f"{_SCOPE_WORDS.get(frame.scope, frame.scope)} {_words().labels.get(frame.exposure, frame.exposure)}" \
        if frame.scope else ""
    return " under ".join(x for x in (kinds, scope) if x)


def _claim_words(frame: ResearchFrame) -> str:
    label = _words().labels.get(frame.exposure, frame.exposure_words or frame.exposure.replace("_", " "))
    if frame.scope:
        label = f"{_SCOPE_WORDS.get(frame.scope, frame.scope)} {label}"
    outcome = " and ".join(_TYPE_WORDS.get(k, k.replace("_", " ")) for k in frame.crime_type.split("+")) \
        if frame.crime_type else frame.outcome.replace("_", " ")
    pop = {"no_conviction": " of people with no criminal conviction", "criminal_record": " of people with criminal records",
           "violent_conviction": " of people with violent convictions",
           "nonviolent_record": " of people with no violent conviction",
           "victim_group": " against one group (its victimization)"}.get(frame.population, "")
    if frame.outcome == "immigrant_crime_rate":
        if frame.effect == "none":
            return f"immigrants' crime rates are not {frame.negates or 'different from'} natives'".replace(
                "not higher natives'", "not higher than natives'").replace("not lower natives'", "not lower than natives'")
        return f"immigrants' crime rates are {frame.effect} than natives'"
    verb = {"increase": "raise", "decrease": "lower"}.get(frame.effect)
    if verb:
        return f"{label} {verb} {outcome}{pop}"
    if frame.negates:
        return f"{label} do not {'raise' if frame.negates == 'increase' else 'lower'} {outcome}{pop}"
    return f"{label} have no effect on {outcome}{pop}"


def _who(frame: ResearchFrame) -> str:
    if frame.asserted_by == "article":
        return "The claim"
    who = re.sub(r"^(The|A|An|Some|Many|Most)\s(?=[a-z])", lambda m: m.group(1).lower() + " ", frame.asserted_by)
    if _CLAIM_NOUN_VOICE.match(who):  # 'don't support the claim that …': a claim the sentence names, made by no one
        return f"The claim the sentence names ('{who} that …'){', which it rebuts,' if frame.rebutted else ''}"
    return (f"The claim, made by {who}"
            f"{' (quoted by the article to rebut it)' if frame.rebutted else ''},")


_CLAIM_NOUN_VOICE = re.compile(r"^(?:(?:the|a|an|this|that|his|her|their|its|one|another)\s+(?:[\w-]+\s+)?|(?=\w+$))(?:claims?|ideas?|"
                               r"notions?|myths?|arguments?|assertions?|beliefs?|allegations?|theory|suggestions?|"
                               r"talking\s+points?|narrative|fears?|contention|charge|perception|trope|stereotype)$",
                               re.I)


def _abstain(why: str, settle: str, frame: ResearchFrame) -> tuple[Verdict, list[Candidate], Provenance]:
    return Verdict("unverifiable", why, settle_with=settle), [], Provenance(trace=[f"read as: {frame.why}"])


def rate_research(frame: ResearchFrame) -> tuple[Verdict, list[Candidate], Provenance]:
    """Weigh the registry's studies on the frame's topic, in the frame's own direction of cooperation."""
    claim = _claim_words(frame)
    if frame.exposure == "other":
        return _abstain(f"The sentence attributes a change in {frame.outcome_words.lower()} to {frame.exposure_words}; no study "
                        "in the registry measures that cause, and the ledger's counts cannot apportion a change "
                        "between causes.", f"a study of how {frame.exposure_words} affected {frame.outcome_words.lower()}",
                        frame)
    if frame.polarity in ("hypothetical", "questioned"):
        return _abstain(f"The sentence raises whether {claim} ({frame.polarity}); it does not assert it, so there is "
                        "nothing to rate.", "an assertion of the claim", frame)
    if frame.polarity == "intended":
        return _abstain(f"The sentence states a purpose (that {claim} is what the policy is for), not an effect: it "
                        "does not say the policy did so, so there is nothing to rate.",
                        "an assertion of what the policy did", frame)
    if frame.confidence == "low":
        return _abstain(f"The claim was read as '{claim}', but not with confidence ({frame.why}); the checker "
                        "abstains rather than risk rating a claim the sentence does not make.",
                        "a clearer statement of which policy moves which outcome", frame)
    if frame.unheld_subject:
        return _abstain(f"The claim reports one study of {frame.unheld_subject}, which the registry does not hold, so "
                        f"whether that study found that {_claim_words(frame)} cannot be checked here; the registry's "
                        "studies of other places and programs do not settle what it found.",
                        f"the study of {frame.unheld_subject} the claim reports", frame)
    if frame.unheld_year:
        return _abstain(f"The claim reports a {frame.unheld_year} study that is not in the registry (it holds no study "
                        f"of that year), so whether that study found that {_claim_words(frame)} cannot be checked here.",
                        f"the {frame.unheld_year} study the claim reports", frame)
    topics, rows, broader = _evidence(frame)
    if not rows:
        nearest = sorted({t for s in all_studies() if s.exposure == frame.exposure or s.outcome == frame.outcome
                          for t in s.topics})
        held = (f" The registry holds studies on {', '.join(nearest[:6])}." if nearest else "")
        everyone = [s for s in all_studies() if s.outcome == frame.outcome
                    and any(t in s.topics for t in _words().topics.get(frame.exposure, {}).get(frame.outcome, []))]
        if frame.population and everyone:
            held = (f" The registry holds studies of {frame.outcome} for everyone ({', '.join(_short(s) for s in everyone)}),"
                    f" not for this group; a subgroup claim is not rated against the total.")
        return _abstain(f"No study in the registry measures whether {claim}.{held}",
                        f"a study of {frame.outcome.replace('_', ' ')}"
                        f"{' (' + frame.population.replace('_', ' ') + ')' if frame.population else ''} "
                        f"under {_words().labels.get(frame.exposure, frame.exposure)}", frame)
    named = [s for s in rows if s.study_id in frame.study_ids]
    if frame.any_study and frame.study_ids and named and not any(
            _agreement(frame, _study_effect_in_frame(s, frame)) > 0 for s in named):
        # 'a 2020 study of Arizona's law found a rise': no registry study of that year finds it, so the one reported
        # may be another study; it is not contradicted by the ones the registry holds
        return _abstain(f"No study in the registry that fits how the claim names its study ("
                        f"{', '.join(_short(s) for s in named)}) finds that "
                        f"{_claim_words(frame)}; the study the claim reports may be one the registry does not hold.",
                        "the study the claim reports", frame)
    if frame.any_study and frame.study_ids and not named:
        # 'a 2020 study of Arizona's law found …': the registry has no study of that year on the question, so the
        # one reported is not in it; another study is not put in its place
        return _abstain(f"The study the claim reports is not in the registry: it holds no study of that year or place on "
                        f"whether {_claim_words(frame)}.", "the study the claim reports", frame)
    if frame.credited and not named and not frame.any_study:
        # 'Light et al. (2020) found that sanctuary policies reduced deportations': the finding is another study's
        return _abstain(f"The sentence credits {', '.join(dict.fromkeys(_short_id(i) for i in frame.study_ids))}, which in the "
                        f"registry did not study whether {_claim_words(frame)}; the registry's studies of it are "
                        f"{', '.join(dict.fromkeys(_short(s) for s in rows))}.", "the study that made the finding", frame)
    if frame.any_study:
        # 'a 2019 study found …', 'some studies find …': a claim that one study (of that year) found it is true
        # if the registry holds one that did (mixed if one found it in part); the others are not what it claims
        pool = named or rows
        agreeing = {s.study_id: _agreement(frame, _study_effect_in_frame(s, frame)) for s in pool}
        named = [s for s in pool if agreeing[s.study_id] == 1.0] or [s for s in pool if agreeing[s.study_id] == 0.5] \
            or named
    if named:
        rows = named
    total = sum(s.weight for s in rows)
    if not named and total < MIN_WEIGHT:
        return _abstain(f"Only {len(rows)} small stud{'y' if len(rows) == 1 else 'ies'} in the registry "
                        f"({', '.join(_short(s) for s in rows)}) speak{'s' if len(rows) == 1 else ''} to whether "
                        f"{claim}: too thin to rate.", "a policy-change study of the question", frame)
    table: list[dict[str, Any]] = []
    support = 0.0
    for s in rows:
        eff = _study_effect_in_frame(s, frame)
        agree = _agreement(frame, eff)
        support += agree * s.weight
        d = _study_dict(s.study_id)
        table.append({**d, "topics": list(d["topics"]), "effect_in_claim_frame": eff, "agrees": agree})
    share = support / total if total else 0.5
    label = ("supported_by_research" if share >= SUPPORTED else "contradicted_by_research" if share <= CONTRADICTED
             else "mixed_research")
    nulls_only = all(r["agrees"] == 1.0 or r["effect_in_claim_frame"] == "none" for r in table)
    if label == "contradicted_by_research" and nulls_only and frame.hedged and frame.polarity == "asserted":
        # 'sanctuary policies may reduce property crime' against studies that found no detectable effect: a null
        # finding does not show a possibility false
        found = "; ".join(f"{_short(s)}: {s.estimate}" for s in rows[:4])
        return _abstain(f"{_who(frame)} says {claim} (a possibility). The registry's evidence on it ({found}) finds "
                        "no detectable effect, which does not show a possibility false.",
                        "studies that find an effect either way", frame)
    if label == "contradicted_by_research" and FROM_BEFORE in frame.why:
        # '"What it can do is erode trust."' after a sentence about the DHS list: a policy a pronoun may name is not
        # sure enough to call the claim false
        found = "; ".join(f"{_short(s)}: {s.estimate}" for s in sorted(rows, key=lambda s: -s.weight)[:3])
        return _abstain(f"{_who(frame)} says {claim}, reading the policy from the text before ({frame.why}). The "
                        f"registry's evidence runs against that reading ({found}), but which policy the sentence "
                        "means is not certain enough to call it false.", "the policy the sentence names", frame)
    if broader and label == "contradicted_by_research":
        # 'linked to more assaults on police': a study's finding on crime in general does not say the claim is false
        found = "; ".join(f"{_short(s)}: {s.estimate}" for s in sorted(rows, key=lambda s: -s.weight)[:4])
        return _abstain(f"{_who(frame)} says {claim}. The registry holds no finding on {_specific(frame)} "
                        f"{'from the study it reports' if named else 'that speaks to it'}; the nearest findings are "
                        f"broader ({found}{'; ...' if len(rows) > 4 else ''}). A finding on "
                        f"{'crime in general' if frame.crime_type else 'the policy as a whole'} does not address "
                        f"{_specific(frame)}, so the claim is not rated false.",
                        f"a study's finding on {_specific(frame)}", frame)
    groups: dict[str, list[str]] = {}
    # the studies of the program the claim names are listed first ('287(g) agreements cut crime': the 287(g)
    # studies before the Secure Communities ones weighed with them)
    # (the ledger's own estimates after every published one)
    for r in sorted(sorted(table, key=lambda r: -r["weight"]),
                    key=lambda r: (str(r.get("authors", "")).startswith("ice-ledger"),
                                   r.get("exposure") != frame.exposure)):
        key = ("agree" if r["agrees"] == 1.0 else "are mixed" if r["agrees"] == 0.5
               else "find no detectable effect" if r["effect_in_claim_frame"] == "none" else "find the opposite")
        groups.setdefault(key, []).append(f"{short_row(r)}: {r['estimate']}")
    singular = {"agree": "agrees", "are mixed": "is mixed", "find no detectable effect": "finds no detectable effect",
                "find the opposite": "finds the opposite"}
    parts = [f"{len(v)} {k if len(v) > 1 else singular[k]}: " + "; ".join(v[:3]) + ("; ..." if len(v) > 3 else "")
             for k, v in groups.items()]
    scope = (f"the stud{'y' if len(rows) == 1 else 'ies'} it reports ({', '.join(_short(s) for s in rows)})"
             if named else f"the {len(rows)} stud{'y' if len(rows) == 1 else 'ies'} in the registry on this question")
    expl = (f"{_who(frame)} says {claim}. Of {scope}, " + " | ".join(parts) +
            f". {share * 100:.0f}% of the design-weighted evidence agrees.")
    if broader:
        expl += (f" These findings are broader than the claim: the registry holds none on {_specific(frame)} "
                 f"{'from this study' if named else ''}".rstrip() + ".")
    cands = [Candidate(target=f"studies:{t}", metric=None, fiscal_year=None, score=1.0 - 0.2 * i,
                       fit={"topic": 1.0 - 0.2 * i, "outcome": 1.0, "confidence": 1.0 if frame.confidence == "high" else 0.7},
                       query=f"ice-ledger studies --topic {t}",
                       label=f"{sum(1 for s in rows if t in s.topics)} studies tagged {t}")
             for i, t in enumerate(topics) if any(t in s.topics for s in rows)]
    prov = Provenance(query="; ".join(c.query for c in cands), studies=table,
                      citations=sorted({r["citation"] for r in table}), trace=[f"read as: {frame.why}"])
    return Verdict(label, expl, evidence_value=round(share, 3)), cands, prov


@functools.cache
def _studies_by_id() -> dict[str, Study]:
    return {s.study_id: s for s in all_studies()}


def _study_dict(study_id: str) -> dict[str, Any]:
    return _studies_by_id()[study_id].to_dict()


def _short(s: Study) -> str:
    return _short_name(s.authors, s.year)


_PROGRAMS = {"287g", "secure_communities", "sanctuary_policy"}  # each studied on its own


def _study_program(study_id: str) -> str:
    """The program a study is of, if it is one of the programs studied on their own ('' for any other exposure)."""
    found = _studies_by_id().get(study_id)
    return found.exposure if found is not None and found.exposure in _PROGRAMS else ""


def _study_year(study_id: str) -> int:
    found = _studies_by_id().get(study_id)
    return int(found.year) if found is not None else 0


def _short_id(study_id: str) -> str:
    found = _studies_by_id().get(study_id)
    return _short(found) if found is not None else study_id


def published_after(rows: list[dict[str, Any]], day: dt.date | None) -> str:
    """A note naming the studies weighed that came out after the article's year (a 2017 article could not have
    relied on Hausman 2020): the verdict weighs today's evidence, and the reader should know which of it is later."""
    if day is None:
        return ""
    # (not the ledger's own estimates, computed today from the mirror)
    later = list(dict.fromkeys(short_row(r) for r in rows if str(r.get("year", "")).isdigit()
                               and int(r["year"]) > day.year and not str(r.get("authors", "")).startswith("ice-ledger")))
    if not later:
        return ""
    return (f" Published after the article's year ({day.year}), so not evidence the writer had: {', '.join(later)}.")


def short_row(r: dict[str, Any]) -> str:
    return _short_name(str(r["authors"]), r["year"])


def _short_name(authors: str, year: object) -> str:
    """'Hausman 2020'; an author that is not a person ('University of Chicago MA thesis') is given whole."""
    first = authors.split(";")[0].strip()
    last = first.split()[-1]
    return f"{last if last[:1].isupper() else first} {year}"


# ------------------------------------------------------------------------------------------------ study figures

_UNIT_ALIASES = {"count": "count", "number": "count", "people": "count", "counties": "count", "cities": "count",
                 "percent": "percent", "pct": "percent", "%": "percent", "share": "share", "fraction": "share",
                 "proportion": "share", "times": "times", "ratio": "times", "x": "times", "fold": "times",
                 "multiple": "times", "multiplier": "times", "factor": "times", "per_100k": "per_100k",
                 "per_100000": "per_100k", "per_10000": "per_10k", "per_1k": "per_1k", "rate": "per_100k", "per_10k": "per_10k", "dollars": "dollars",
                 "usd": "dollars", "percentage_points": "percentage_points", "points": "percentage_points"}
_STUDY_CUE = re.compile(r"\b(?:stud(?:y|ies|ied)|research\w*|paper|analys[ie]s|found|finds|co-?authors?|PNAS|"
                        r"Proceedings\s+of\s+the\s+National|journal|working\s+paper|survey\w*|report(?:ed)?\s+that|"
                        r"estimat\w*|calculat\w*)\b", _I)


# 'the University of Illinois at Chicago', 'Arizona State University': a state inside a school's name is no place
_A_SCHOOL = re.compile(r"\b(?:University|College)\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
                       r"\s+State\s+University\b")
_POINTS_BACK = re.compile(r"^[“\"]?(?:(?:The|That|This|Those|These|Its|Their)\s+(?:[\d.,]+\s*(?:percent|%)\s+|[\w-]+\s+)?"
                          r"(?:figure|number|statistic|estimate|percentage|share|finding|survey|study|poll|data|claim)s?\b|"
                          r"(?:That|This|It)(?:['’]s|\s+is|\s+was)\b)")
_A_PUBLISHER = re.compile(r"\b(?:CIS|FAIR|MPI|TRAC|Pew|Migration Policy Institute|Heritage)\b")
_AN_INSTITUTE = re.compile(r"\b(?:Center|Centre|Institute|School|Department|Program|Council)\s+(?:for|of|on)\s+"
                          r"(?:[A-Z][a-z]+\s+(?:and\s+)?){0,3}(?:Studies|Research)\b")


@cache
def _figure_patterns() -> tuple[tuple[StudyFigure, tuple[re.Pattern[str], ...]], ...]:
    # each word from its start: 'legal immigrants' is not inside 'illegal immigrants'
    return tuple((f, tuple(re.compile(rf"\b(?:{wd})", _I) for wd in f.words)) for f in study_figures())


_PERCENT_NUMBER = re.compile(r"(?<![\d.,])(\d[\d,.]*)\s*(?:%|percent)", _I)


_STRETCH_END = re.compile(r"[,;]|\b(?:and|but|while|whereas)\b", _I)


def _number_owning(sentence: str, at: int, numbers: list[int]) -> int | None:
    """The number a word at `at` goes with: the one in its own stretch between commas, semicolons or conjunctions (the
    nearest before it, else after), else the first after that stretch ('among undocumented respondents, 70 percent')."""
    lo = max((m.end() for m in _STRETCH_END.finditer(sentence[:at])), default=0)
    nxt = _STRETCH_END.search(sentence[at:])
    hi = at + nxt.start() if nxt else len(sentence)
    inside = [n for n in numbers if lo <= n < hi]
    if inside:
        before = [n for n in inside if n <= at]
        return before[-1] if before else inside[0]
    return next((n for n in numbers if n >= hi), None)


@cache
def _distinguishing_words(fig: StudyFigure) -> frozenset[str]:
    """The words of a figure that its study's other figures of the same unit do not share ('witness', not 'report')."""
    others = [f.words for f, _ in _figure_patterns() if f.study_id == fig.study_id and f.unit == fig.unit
              and f != fig]
    shared: set[str] = set(others[0]).intersection(*others[1:]) if others else set()
    return frozenset(set(fig.words) - shared) if others else frozenset()


RATE_BASES = {"per_1k": 1_000, "per_10k": 10_000, "per_100k": 100_000}


def in_figure_unit(value: float, unit: str, fig: StudyFigure) -> float | None:
    """The claim's value in the figure's unit ('35.5 per 1,000' is 355 per 10,000), or None when the units cannot be
    compared."""
    u = _UNIT_ALIASES.get(unit.lower().strip(), unit.lower().strip())
    if u == fig.unit:
        return value
    if u in RATE_BASES and fig.unit in RATE_BASES:
        return value * RATE_BASES[fig.unit] / RATE_BASES[u]
    if u == "percent" and fig.unit in ("share", "percentage_points"):
        return value / 100 if fig.unit == "share" else value
    if u == "share" and fig.unit in ("percent", "percentage_points"):
        return value * 100
    return None


_ANOTHER_GROUPS_SHARE = re.compile(r"^\W*(?:(?:among|for)\s+[^,.;]{1,60}?(?:,\s*|\s+)(?:the\s+(?:share|figure|rate|"
                                   r"number|proportion)|it)\s+(?:was|is|were|rose\s+to|reached)\s+(?:about\s+|nearly\s+|"
                                   r"roughly\s+)?\d[\d.]*\s*(?:%|percent)|(?:the\s+(?:share|figure|rate|proportion)|it)\s+"
                                   r"(?:was|is)\s+(?:about\s+|nearly\s+|roughly\s+)?\d[\d.]*\s*(?:%|percent)\s+"
                                   r"(?:among|for)\s+[^,.;]{1,60}[.!]?\s*$)", re.I)
_A_SAMPLE = re.compile(r"\b(?:studied|surveyed|analy[sz]ed|sampled?)\b")
_BACK_TO_A_STUDY = re.compile(r"\b(?:it|they|its|their|the\s+(?:study|paper|report|analysis|survey|authors?|researchers?|"
                              r"sample|data(?:set)?)|researchers|authors|respondents)\b", re.I)


def _own_words(sentence: str, at: tuple[int, int] | None) -> str:
    """The words that go with one number of a sentence: from the number before it (or the last semicolon) to the next
    number or comma after it ('44 percent of U.S.-born Latinos', '…; among undocumented respondents, 70 percent')."""
    if at is None:
        return sentence
    start, end = at
    before = [m.end() for m in re.finditer(r"\d[\d,.]*\d|\d|;|" + _A_WORD_NUMBER, sentence[:start], re.I)]
    # ('cut deportations by a third and deportations of people with no convictions by half': the words after an 'and'
    # that leads to another number are that number's)
    after = re.search(r"\d|[,;]|\b(?:and|while|but|whereas)\b(?=[^.;]*?(?:\d|" + _A_WORD_NUMBER + "))",
                      sentence[end:], re.I)
    return sentence[before[-1] if before else 0:end + after.start() if after else len(sentence)]


_A_WORD_NUMBER = r"\b(?:half|thirds?|quarters?|fifths?|tenths?|twice|double|triple)\b"


# why a trend is not rated ('crime rose in sanctuary cities'): check.py puts a trend tied to one year down to its cause
TREND_NOTE = "a trend, in one place or with no cause or comparison: the registry's studies do not rate it"
# 'for felony drug crimes', 'for violent felonies': the kind of crime a study's ratio or size is said of
CRIME_KIND = re.compile(r"\b(violent|drug|property)\b", re.I)
# the two groups crime studies compare
NATIVE = re.compile(r"\b(?:U\.S\.-born|US-born|native-born|natives?|(?:U\.S\.\s+|US\s+)?citizens|Americans)\b", re.I)
IMMIGRANT = re.compile(r"\b(?:undocumented|illegal|unauthori[sz]ed)(?:[\s-]+(?:immigrants?|aliens?|migrants?))?\b|"
                       r"\bimmigrants?\b|\billegals\b", re.I)


def groups_named(text: str) -> set[str]:
    """Which of the two groups ('native', 'immigrant') a text names."""
    return {name for name, rx in (("native", NATIVE), ("immigrant", IMMIGRANT)) if rx.search(text)}


def _of_the_other_group(clause: str, quantity: str) -> bool:
    """'… and 3.9 per 100,000 native-born Americans' against a figure of illegal immigrants' rate: the number is of
    the other group (the one the figure is measured against is named after 'relative to')."""
    said, fig = groups_named(clause), groups_named(quantity.split("relative to")[0])
    return len(said) == 1 and len(fig) == 1 and said != fig


_OFFENDER_GROUPS = (("violent", re.compile(r"\bviolent\b", _I)), ("drug", re.compile(r"\bdrugs?\b", _I)),
                   ("property", re.compile(r"\bproperty\b", _I)), ("homicide", re.compile(r"\bhomicides?|murders?\b", _I)),
                   ("gang", re.compile(r"\bgangs?\b", _I)),
                   ("no_conviction", re.compile(r"\bno\s+(?:criminal\s+)?(?:convictions?|records?)\b|\bnon-?criminal|"
                                                r"\bnever\s+(?:been\s+)?convicted|without\s+(?:a\s+)?(?:criminal\s+)?"
                                                r"(?:convictions?|records?)", _I)))


_WITH_A_RATE = re.compile(r",\s*with\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}rates?\s+of\s+$", _I)
_THE_COMPARED = re.compile(r"\b(?:than|compared|relative|versus|vs\.?|as\s+(?:likely|often)\s+as)\b", _I)


def _by_own_clause(found: list[tuple[float, StudyFigure]], sentence: str,
                   at: tuple[int, int] | None) -> list[tuple[float, StudyFigure]]:
    """'60.8 percent less likely to report crimes of which they are victims and 42.9 percent … they witness': of one
    study's figures that all match a sentence, the one whose own words (victims, witness) stand in the number's
    clause, so two figures swapped between their outcomes are not both confirmed by their values."""
    if at is None:
        return found
    start, end = at
    # (a rate's base is part of its number's clause: '3.9 per 100,000 native-born Americans')
    # (a year is no number of the study's: 'undocumented immigrants in 2016 were incarcerated at 1,521 per 100,000')
    cut = max([m.end() for m in re.finditer(r"(?<!per\s)(?<![\d,.])(?!(?:19|20)\d\d\b)(?:\d[\d,.]*\d|\d)|[,;]|"
                                            r"\b(?:and|while|but|whereas)\b", sentence[:start])], default=0)
    after = re.search(r"(?<!per\s)(?<![\d,.])\d|[,;](?!\d)", sentence[end:])
    clause = sentence[cut:end + after.start() if after else len(sentence)]
    found = [(d, f) for d, f in found if not _of_the_other_group(clause, f.quantity)]
    if not groups_named(clause) and _WITH_A_RATE.search(sentence[:start]):
        # ('illegal immigrants were 47 percent less likely to be incarcerated than natives, with an incarceration rate
        # of 1,521 per 100,000': the rate set after the comma is the sentence's subject's, the group before 'than')
        subject = groups_named(_THE_COMPARED.split(sentence[:start], maxsplit=1)[0])
        found = [(d, f) for d, f in found
                 if len(subject) != 1 or groups_named(f.quantity.split("relative to")[0]) in (set(), subject)]
    said = {m.start(): float(re.sub(r"[^\d.]", "", m.group(1)) or "nan") for m in _PERCENT_NUMBER.finditer(sentence)}
    numbers = sorted(said)
    if len(numbers) > 1:
        # ('60.8 percent … crimes they witnessed, and nearly 61 percent … crimes committed against them': a figure
        # whose own words all stand with another number that is the figure itself is that number's, not this one's;
        # not '77 percent of undocumented respondents …; the correct figure is 70 percent', a misquote corrected)
        mine = min(numbers, key=lambda n: abs(n - start))

        def taken(f: StudyFigure) -> bool:
            for wd in _distinguishing_words(f):
                owners = {_number_owning(sentence, m.start(), numbers)
                          for m in re.finditer(rf"\b(?:{wd})", sentence, _I)}
                if owners and mine not in owners and all(o is not None and abs(said[o] - f.value) < 0.05
                                                         for o in owners):
                    return True
            return False

        found = [(d, f) for d, f in found if not taken(f)]
    # ('cut deportations of violent offenders by a third' against the third of people fingerprinted locally): a group
    # of offenders named just before the number that the figure is not about is another finding
    named = {g for g, rx in _OFFENDER_GROUPS if rx.search(sentence[max(0, start - 50):start])}
    found = [(d, f) for d, f in found if not named or named & {g for g, rx in _OFFENDER_GROUPS
                                                              if rx.search(f.quantity + " " + " ".join(f.words))}]
    kept: list[tuple[float, StudyFigure]] = []
    for study in dict.fromkeys(f.study_id for _, f in found):
        items = [(d, f) for d, f in found if f.study_id == study]
        if len(items) > 1:
            shared = set.intersection(*(set(f.words) for _, f in items))
            fit = [(d, f) for d, f in items if (own := set(f.words) - shared)
                   and all(re.search(rf"\b(?:{wd})", clause, _I) for wd in own)]
            items = fit or items
        kept.extend(items)
    return sorted(kept, key=lambda t: t[0])


def credits_a_study(sentence: str) -> bool:
    """Whether the sentence names a registry study by its authors ('Miles and Cox found …')."""
    return bool(_named_studies(sentence, _words()))


# 'the policies', 'these laws', 'they': the subject a sentence before named
_POINTS_TO_A_SUBJECT = re.compile(r"\b(?:(?:the|these|those|such)\s+(?:polic(?:y|ies)|laws?|programs?|ordinances?|"
                                  r"jurisdictions|counties)|they|it)\b", re.I)


def _all_but_one_here(pats: tuple[re.Pattern[str], ...], sentence: str, previous: str) -> bool:
    """A figure's words all in the sentence but one, which the sentence before has."""
    away = [p for p in pats if not p.search(sentence)]
    return len(away) == 1 and len(pats) > 2 and away[0].search(previous) is not None


# a writer counting its own organisation's work: 'our advocates served', 'we represented', 'our clients'
_OUR_OWN_WORK = re.compile(r"\b(?:[Oo]ur\s+(?:[\w-]+\s+){0,2}?(?:advocates|attorneys|lawyers|staff|caseworkers|clients|"
                           r"volunteers|office|clinic|hotline|organi[sz]ation|program|programme|team)|[Ww]e\s+(?:have\s+)?"
                           r"(?:served|helped|assisted|represented|counseled|counselled|screened|handled|took\s+in))\b")


def study_figures_matching(sentence: str, value: float, unit: str, context: str = "",
                           at: tuple[int, int] | None = None, credited_only: bool = True,
                           written: int | None = None) -> list[StudyFigure]:
    """The study numbers a sentence speaks of: all of a figure's words in the sentence, a comparable unit, and a
    study named or reported in the sentence or its context. Closest value first (a sentence may quote several).
    A text `written` in a year reports no study dated more than three years later (working papers come first)."""
    # ('the Center for Immigration Studies counted 276 jurisdictions': an organisation's name is a cue only for its
    # own studies, not for every study's numbers)
    # (a study reported before the sentence: the text after it reports the next sentence's studies)
    # ('The 70 percent figure comes from a 2013 survey': the next sentence, pointing back, reports it too)
    here = context.find(sentence)
    before = (context[:here] if here >= 0 else context)[-CONTEXT_CHARS:]
    after = _SENTENCE_END.split(context[here + len(sentence):].strip(), maxsplit=1)[0] if here >= 0 else ""
    if not _POINTS_BACK.match(after):
        after = ""
    unnamed, near = _AN_INSTITUTE.sub(" ", sentence), _AN_INSTITUTE.sub(" ", before + " " + after)
    named_here = _named_studies(sentence, _words())
    own_cue = _STUDY_CUE.search(unnamed) or named_here
    cue = own_cue or _STUDY_CUE.search(near) or _named_studies(before + " " + after, _words())
    institutes = [] if cue else [m.group(0).lower() for m in _AN_INSTITUTE.finditer(sentence)]
    if not cue and not institutes:
        return []
    if not own_cue and _OUR_OWN_WORK.search(sentence):
        return []  # 'In 2019 our 5 advocates served 1,312 victims; 41 percent declined to file a police report'
    own = _own_words(sentence, at)
    # ('… found 44 percent were less likely to contact police. Among undocumented respondents, it was 70 percent.':
    # a sentence that gives the same finding for another group borrows the finding's words from the one before)
    continued = _SENTENCE_END.split(before.strip())[-1] if _ANOTHER_GROUPS_SHARE.match(sentence) else ""
    # ('Hausman studied sanctuary policies. He estimates the policies prevented 22,300 deportations': the study's
    # subject, named in the sentence before, is one of its figure's words)
    previous = _SENTENCE_END.split(before.strip())[-1] if before.strip() else ""
    studied = set(named_here) | (set(_named_studies(previous, _words())) if _POINTS_TO_A_SUBJECT.search(sentence)
                                 else set())
    places = [m.group(1) for m in state_mentions(_A_SCHOOL.sub(lambda m: " " * len(m.group(0)), own))]
    # the programs the sentence names: a figure of a study of another program is not this sentence's number
    programs = {m.name for m in _exposure_mentions(sentence, _words()) if not m.weak} & _PROGRAMS
    # ('A study found no effect. A claim that the state has more than 100 sanctuary cities is false.': the size of a
    # sample a study reported just before is this sentence's only if the sentence points back to the study)
    pointed_back = bool(own_cue) or _BACK_TO_A_STUDY.search(sentence) is not None
    out: list[tuple[float, StudyFigure]] = []
    # 'A 2013 survey found …', a study named by its year alone: that year's (or the next's: a paper is often dated
    # by its working-paper or its journal year) study only
    years = set() if _named_studies(sentence, _words()) else {int(m.group(1)) for m in _STUDY_YEAR.finditer(sentence)}
    for fig, pats in _figure_patterns():
        if not pointed_back and _A_SAMPLE.search(fig.quantity):
            continue
        if written is not None and _study_year(fig.study_id) > written + 3 and fig.study_id not in named_here:
            # ('removals are down 25% from FY14', written in 2016: not a 2020 study's one-third; a study the sentence
            # names is the text's, whatever its date)
            continue
        if years and all(abs(y - _study_year(fig.study_id)) > 1 for y in years):
            continue
        if institutes and not any(name in fig.citation.lower() for name in institutes):
            continue
        if places and not any(p.lower() in (fig.quantity + " " + fig.citation).lower() for p in places):
            continue  # '800 per 100,000 in Texas': the study's national rate is not a state's
        if credited_only and named_here and fig.study_id not in named_here:
            continue  # 'Miles and Cox found 35.5 fewer crimes': that number is Wong's, not the named study's
        if programs and _study_program(fig.study_id) not in programs | {""}:
            continue  # '287(g) cut crime reporting by 30 percent': not Secure Communities' 30 percent
        v = in_figure_unit(value, unit, fig)
        # (a study's count may take its subject from the sentence before, or from the title of the study the sentence
        # names: 'Hausman's estimates: … the policies prevented 22,300 deportations'; a share never: which group's
        # it is lies in its own words)
        relaxed = unit != "share" and (
            (fig.study_id in studied and _all_but_one_here(pats, sentence, previous))
            or (fig.study_id in named_here and _all_but_one_here(pats, sentence, _studies_by_id()[fig.study_id].title)))
        if v is None or (not all(p.search(sentence) or (continued and p.search(continued)) for p in pats)
                         and not relaxed):
            continue
        if fig.value and not 0.5 <= v / fig.value <= 2.0 and not (v != value and value == fig.value):
            # too far from anything the study said to be about this number (but the study's own digits over another
            # base, '35.5 fewer crimes per 1,000' for its 35.5 per 10,000, are its figure misquoted)
            continue
        out.append((abs(v - fig.value) / max(abs(fig.value), 1e-9), fig))
    # 'U.S.-born Latinos', 'deportations of people with no convictions': a group named with this number takes the
    # study's figure for that group, not the one for all
    out = _by_own_clause(out, sentence, at)

    def narrower(f: StudyFigure, g: StudyFigure) -> bool:
        if g is f or not (f.quantity.lower() in g.quantity.lower() or set(f.words) < set(g.words)):
            return False
        return all(re.search(rf"\b(?:{wd})", own, _I) for wd in set(g.words) - set(f.words))

    out = [(d, f) for d, f in out if not any(narrower(f, g) for _, g in out)]
    if _THE_WHOLE_OF_IT.search(own):
        # 'cut overall deportations by half, with the sharpest drop among people with no convictions': the number is
        # the whole's, so a subgroup's figure whose words stand elsewhere in the sentence is not what it reports
        out = [(d, g) for d, g in out if not any(
            g is not f and set(f.words) < set(g.words)
            and not all(re.search(rf"\b(?:{wd})", own, _I) for wd in set(g.words) - set(f.words))
            for _, f in out)]
    return [f for _, f in sorted(out, key=lambda t: t[0])]


_THE_WHOLE_OF_IT = re.compile(r"\b(?:overall|total|in\s+all|all\s+(?:told|together)|altogether)\b", re.I)

