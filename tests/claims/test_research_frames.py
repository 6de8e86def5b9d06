"""Research claims in ordinary words: each rule of claims/research_frames.py with a sentence of its own.

Every sentence here was written for this file (none is taken from an article). A case names the frame the rule
must produce and, where it matters, the verdict the registry gives it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from ice_ledger.claims.research_frames import (
    ResearchFrame,
    names_state,
    rate_research,
    research_frames,
    study_figures_matching,
)
from ice_ledger.studies import FIGURE_UNITS, all_studies, study_figures


@dataclass
class Case:
    sentence: str
    exposure: str
    outcome: str
    effect: str
    polarity: str = "asserted"
    verdict: str | None = None
    asserted_by: str = "article"
    context: str = ""
    rebutted: bool = False
    negates: str = ""
    population: str = ""
    confidence: str | None = None
    sign: int | None = None


CASES = {
    # direction words, each way, with the policy before the outcome
    "increase verb": Case("Sanctuary jurisdictions fuel violent crime, the sheriff warned.", "sanctuary_policy", "crime",
                          "increase", verdict="contradicted_by_research", asserted_by="the sheriff", sign=-1),
    "without a rise": Case("Sanctuary rules cut deportations without increasing violent crime, the authors wrote.",
                           "sanctuary_policy", "crime", "none", polarity="negated", negates="increase",
                           asserted_by="the authors"),
    "no link to a named direction": Case("Researchers see no connection between sanctuary ordinances and higher crime.",
                                         "sanctuary_policy", "crime", "none", polarity="negated", negates="increase",
                                         verdict="supported_by_research"),
    "decrease verb": Case("Sanctuary ordinances help reduce burglaries in midsize towns.", "sanctuary_policy", "crime",
                          "decrease", verdict="mixed_research"),
    # Martínez-Schuldt & Martínez found fewer robberies after sanctuary adoption (the registry's robbery finding)
    "two adverbs before the comparative": Case("Robbery is statistically significantly lower in sanctuary towns.",
                                               "sanctuary_policy", "crime", "decrease",
                                               verdict="supported_by_research"),
    "comparative noun": Case("Counties that honor ICE detainers see fewer robberies than their neighbors.",
                             "local_police_ice_cooperation", "crime", "decrease", sign=1),
    "non-sanctuary is cooperation": Case("Non-sanctuary counties report higher crime than sanctuary counties.",
                                         "local_police_ice_cooperation", "crime", "increase", sign=1),
    "limiting cooperation is sanctuary": Case(
        "Towns limiting their police departments' cooperation with federal immigration agents experience more crime.",
        "sanctuary_policy", "crime", "increase", sign=-1),
    "obstructing enforcement is sanctuary": Case(
        "By obstructing the enforcement of federal immigration law, these mayors endanger their own voters.",
        "sanctuary_policy", "crime", "increase", confidence="medium"),
    "passive with by": Case("A great deal of crime could be prevented by enforcing our immigration laws.",
                            "immigration_enforcement", "crime", "decrease", verdict="contradicted_by_research"),
    "passive with a long subject": Case("Most of the gang violence carried out by repeat offenders in our state would be "
                                        "stopped by deporting illegal immigrants.", "immigration_enforcement", "crime",
                                        "decrease"),
    # valence words: safety is the inverse of crime
    "safer": Case("Sanctuary status makes neighborhoods safer.", "sanctuary_policy", "crime", "decrease",
                  confidence="medium"),
    "harm to safety": Case("Sanctuary laws harm public safety.", "sanctuary_policy", "crime", "increase",
                           confidence="medium", verdict="contradicted_by_research"),
    "danger": Case("The sanctuary county puts its residents in danger.", "sanctuary_policy", "crime", "increase"),
    "harder to protect": Case("Refusing to work with ICE makes it harder for deputies to protect families from gangs.",
                              "sanctuary_policy", "crime", "increase"),
    "287(g) keeps safer": Case("The 287(g) program keeps our towns safer, the agency said.", "287g", "crime", "decrease",
                               asserted_by="the agency", verdict="contradicted_by_research"),
    # negation: a denied effect is a claim of no such effect
    "no evidence that": Case("There is no evidence that sanctuary counties raise crime rates.", "sanctuary_policy",
                             "crime", "none", polarity="negated", negates="increase", verdict="supported_by_research"),
    "did not increase": Case("Sanctuary policies did not lead to more violent crime.", "sanctuary_policy", "crime",
                             "none", polarity="negated", negates="increase", verdict="supported_by_research"),
    "without increasing": Case("Secure Communities deported thousands without reducing crime.", "secure_communities",
                               "crime", "none", polarity="negated", negates="decrease", verdict="supported_by_research"),
    "no effect at all": Case("The authors found no link between sanctuary laws and crime.", "sanctuary_policy", "crime",
                             "none", polarity="negated", verdict="mixed_research"),
    "a denial answers the claim before it": Case(
        "Criminologists find no link between sanctuary laws and crime.", "sanctuary_policy", "crime", "none",
        polarity="negated", negates="increase", verdict="supported_by_research",
        context="The governor says sanctuary counties breed crime. Criminologists find no link between sanctuary laws "
                "and crime."),
    "not only is not a negation": Case("Sanctuary cities not only shelter families but also reduce crime.",
                                       "sanctuary_policy", "crime", "decrease"),
    "double negation abstains": Case("It is not true that sanctuary policies have no effect on crime.",
                                     "sanctuary_policy", "crime", "none", polarity="negated", confidence="low",
                                     verdict="unverifiable"),
    # not asserted
    "hypothetical": Case("If sanctuary policies increased crime, police chiefs would have noticed.", "sanctuary_policy",
                         "crime", "increase", polarity="hypothetical", verdict="unverifiable"),
    "condition on the policy is a claim": Case("Towns become safer if the police cooperate with ICE, the chief said.",
                                               "local_police_ice_cooperation", "crime", "decrease",
                                               asserted_by="the chief", verdict="contradicted_by_research"),
    "a challenge to find a study": Case("Challenge the other team to name one study finding that sanctuary policies "
                                        "raise crime.", "sanctuary_policy", "crime", "increase",
                                        polarity="hypothetical", verdict="unverifiable"),
    "nobody has been able to name a study": Case("Nobody has been able to name a single study showing that "
                                                 "sanctuary policies raise crime.", "sanctuary_policy", "crime", "none",
                                                 polarity="negated", negates="increase",
                                                 verdict="supported_by_research"),
    "a conjunct with a modal of its own is not negated": Case("Ending cooperation with ICE does not raise crime, and "
                                                              "may improve trust in the police.", "sanctuary_policy",
                                                              "crime_reporting", "increase",
                                                              verdict="supported_by_research"),
    "question": Case("Do sanctuary cities breed crime?", "sanctuary_policy", "crime", "increase", polarity="questioned",
                     verdict="unverifiable"),
    "whether": Case("The panel asked whether 287(g) agreements reduce crime.", "287g", "crime", "decrease",
                    polarity="questioned", asserted_by="The panel", verdict="unverifiable"),
    "does not mean": Case("One tragedy does not mean that sanctuary cities are more dangerous.", "sanctuary_policy",
                          "crime", "increase", polarity="questioned", verdict="unverifiable"),
    "did not explain how": Case("The councilwoman did not explain how sanctuary status makes residents safer.",
                                "sanctuary_policy", "crime", "decrease", asserted_by="The councilwoman",
                                confidence="medium", verdict="mixed_research"),
    # who says it
    "critics say": Case("Critics say that cooperation with ICE deters immigrants from reporting crimes.",
                        "local_police_ice_cooperation", "crime_reporting", "decrease", asserted_by="Critics",
                        verdict="supported_by_research"),
    "trailing speaker": Case("Sanctuary policies make neighborhoods safer, the mayor argued.", "sanctuary_policy", "crime",
                             "decrease", asserted_by="the mayor"),
    "according to": Case("According to the governor, sanctuary cities are dangerous.", "sanctuary_policy", "crime",
                         "increase", asserted_by="the governor"),
    "transcript line": Case("Senator Vale, March 3: Sanctuary states endanger our families.", "sanctuary_policy", "crime",
                            "increase", asserted_by="Senator Vale"),
    "transcript continues": Case("They endanger our families.", "sanctuary_policy", "crime", "increase",
                                 asserted_by="Senator Vale", confidence="medium",
                                 context="Senator Vale, March 3: I oppose sanctuary states. They endanger our families."),
    "pronoun speaker": Case("He said sanctuary counties breed crime.", "sanctuary_policy", "crime", "increase",
                            asserted_by="Marta Quill",
                            context="Marta Quill of the Harbor County Council spoke on Tuesday. "
                                    "He said sanctuary counties breed crime."),
    "research is the article's": Case("A 2020 study shows that sanctuary policies do not increase crime.",
                                      "sanctuary_policy", "crime", "none", polarity="negated", negates="increase"),
    "first person is the article": Case("As we reported last year, sanctuary counties do not see more crime.",
                                        "sanctuary_policy", "crime", "none", polarity="negated", negates="increase"),
    "quotation names its speaker before": Case(
        "“Our streets are safer when the cooperation is there.”", "local_police_ice_cooperation", "crime", "decrease",
        asserted_by="Sheriff Dale Brennan", confidence="medium",
        context="Sheriff Dale Brennan said on Monday that his deputies rely on ICE. "
                "“Our streets are safer when the cooperation is there.”"),
    # rebuttal: the quoted claim is rated, and marked
    "falsely claimed": Case("The senator falsely claimed that sanctuary cities breed crime.", "sanctuary_policy", "crime",
                            "increase", asserted_by="The senator", rebutted=True, verdict="contradicted_by_research"),
    "next sentence answers": Case("Governor Pike said sanctuary cities cause more crime.", "sanctuary_policy", "crime",
                                  "increase", asserted_by="Governor Pike", rebutted=True,
                                  context="Governor Pike said sanctuary cities cause more crime. "
                                          "But studies have found no evidence of that."),
    "misused to contend": Case("The data were misused to contend that sanctuary counties have more crime.",
                               "sanctuary_policy", "crime", "increase", asserted_by="those the article rebuts",
                               rebutted=True),
    "a speaker who rebuts is not rebutted": Case(
        "Professor Lind said her study found no effect on crime from sanctuary rules.", "sanctuary_policy", "crime",
        "none", polarity="negated", asserted_by="Professor Lind",
        context="Professor Lind said her study found no effect on crime from sanctuary rules. "
                "Lind said no such conclusion follows from her data."),
    # who commits crime: immigrants compared with the native-born
    "immigrants lower": Case("Undocumented immigrants are less likely to be arrested for violent crimes than "
                             "native-born Americans.", "undocumented_status", "immigrant_crime_rate", "lower",
                             verdict="supported_by_research", sign=0),
    "natives as subject": Case("Native-born citizens were three times as likely to be incarcerated as illegal immigrants.",
                               "undocumented_status", "immigrant_crime_rate", "lower"),
    "compared to first": Case("Compared with legal immigrants, natives are more likely to be convicted of homicide.",
                              "undocumented_status", "immigrant_crime_rate", "lower"),
    "immigrants higher": Case("Illegal aliens commit more crimes than Americans do, the group claims.",
                              "undocumented_status", "immigrant_crime_rate", "higher", asserted_by="the group",
                              verdict="contradicted_by_research"),
    "immigrants higher denied": Case("Nothing in the record suggests that migrants commit more crimes.",
                                     "undocumented_status", "immigrant_crime_rate", "none", polarity="negated",
                                     negates="higher", verdict="supported_by_research"),
    # deportations, and the people they are about
    "deportations down": Case("Sanctuary rules cut deportations after jail bookings by about a third.", "sanctuary_policy",
                              "deportations", "decrease", verdict="supported_by_research"),
    "subgroup before": Case("For people with no criminal record, sanctuary rules cut deportations sharply.",
                            "sanctuary_policy", "deportations", "decrease", population="no_conviction",
                            verdict="supported_by_research"),
    "subgroup after": Case("Sanctuary laws had no detectable effect on deportations of people with violent convictions.",
                           "sanctuary_policy", "deportations", "none", polarity="negated",
                           population="violent_conviction", verdict="supported_by_research"),
    "subgroup never rated against the total": Case(
        "Limiting cooperation with ICE raised deportations of violent offenders.", "sanctuary_policy", "deportations",
        "increase", population="violent_conviction", verdict="contradicted_by_research"),
    # ('no violent convictions', 'nonviolent offenders': a group no registry study measures, not the violent one)
    "no violent conviction": Case("Sanctuary rules cut deportations of people with no violent convictions by half.",
                                  "sanctuary_policy", "deportations", "decrease", population="nonviolent_record",
                                  verdict="unverifiable"),
    "nonviolent offenders": Case("Sanctuary laws raised deportations of nonviolent offenders.", "sanctuary_policy",
                                 "deportations", "increase", population="nonviolent_record", verdict="unverifiable"),
    # crime reporting
    "trust": Case("Deputizing jailers under 287(g) erodes trust among immigrant victims.", "287g", "crime_reporting",
                  "decrease", confidence="medium", verdict="supported_by_research"),
    "come forward": Case("Sanctuary ordinances encourage witnesses to come forward.", "sanctuary_policy", "crime_reporting",
                         "increase", verdict="supported_by_research"),
    # topics the registry cannot settle
    "no study of drugs": Case("Sanctuary cities leave residents exposed to a flood of fentanyl.", "sanctuary_policy",
                              "drug_supply", "increase", verdict="unverifiable"),
    "drugs, a long way off": Case("Sanctuary counties leave their towns vulnerable to an ever larger wave of smuggled "
                                  "narcotics.", "sanctuary_policy", "drug_supply", "increase", verdict="unverifiable"),
    "too thin": Case("E-Verify mandates reduce property crime.", "employment_enforcement", "crime", "decrease",
                     verdict="unverifiable"),
    "other cause": Case("Arrests fell sharply that year, largely because of the hiring freeze.", "other", "arrests",
                        "decrease", verdict="unverifiable"),
    # a named study is checked against that study
    "named study agrees": Case("Hausman found that sanctuary policies did not affect crime.", "sanctuary_policy", "crime",
                               "none", polarity="negated", verdict="supported_by_research"),
    "named study misreported": Case("Hausman's paper shows sanctuary counties saw more crime.", "sanctuary_policy", "crime",
                                    "increase", verdict="contradicted_by_research"),
    # more policy words
    "cooperation named from ICE's side": Case("ICE's partnership with county sheriffs has made towns less safe.",
                                              "local_police_ice_cooperation", "crime", "increase", sign=1),
    "cooperation between": Case("Collaboration between state police and ICE keeps families safe.",
                                "local_police_ice_cooperation", "crime", "decrease"),
    "ending sanctuary is more cooperation": Case("Repealing sanctuary ordinances drives up crime, the study claims.",
                                                 "local_police_ice_cooperation", "crime", "increase", sign=1,
                                                 asserted_by="article"),
    "crackdown": Case("The border crackdown has not made the country safer.", "immigration_enforcement", "crime", "none",
                      polarity="negated", negates="decrease", verdict="supported_by_research"),
    "people inside the policy words": Case("Deporting criminal aliens keeps Americans safe.", "immigration_enforcement",
                                           "crime", "decrease"),
    "the comparison's baseline is not the policy": Case(
        "Sanctuary cities are safer than non-sanctuary cities, a think tank reports.", "sanctuary_policy", "crime",
        "decrease", sign=-1),
    "magnet for crime": Case("The governor called sanctuary states magnets for crime.", "sanctuary_policy", "crime",
                             "increase", asserted_by="The governor", verdict="contradicted_by_research"),
    "without evidence is not a negation": Case("The mayor claimed, without evidence, that sanctuary laws fuel violence.",
                                               "sanctuary_policy", "crime", "increase", asserted_by="The mayor",
                                               rebutted=True),
    "a level across a class of places": Case("Crime is higher in sanctuary counties.", "sanctuary_policy", "crime",
                                             "increase", confidence="medium", verdict="contradicted_by_research"),
    "a trend in one place abstains": Case("Burglaries rose in Millbrook after it repealed its sanctuary ordinance.",
                                          "local_police_ice_cooperation", "crime", "increase", confidence="low",
                                          verdict="unverifiable"),
    "a trend is not a cause": Case("Robberies fell in sanctuary cities last year.", "sanctuary_policy", "crime",
                                   "decrease", confidence="low", verdict="unverifiable"),
    "a trend in one county with a cause": Case("Since joining 287(g), the county has seen crime fall.", "287g", "crime",
                                               "decrease", confidence="low", verdict="unverifiable"),
    "one county's program": Case("Harris County's 287(g) program cut crime sharply.", "287g", "crime", "decrease",
                                 confidence="low", verdict="unverifiable"),
    "one city's ordinance": Case("The ordinance's sanctuary provisions reduced crime in the city.", "sanctuary_policy",
                                 "crime", "decrease", confidence="low", verdict="unverifiable"),
    "one county as the object": Case("The sheriff believes 287(g) has made the county safer.", "287g", "crime",
                                     "decrease", asserted_by="The sheriff", confidence="low", verdict="unverifiable"),
    "ICE's program is not a place": Case("ICE's 287(g) program makes communities safer.", "287g", "crime", "decrease",
                                         confidence="medium", verdict="contradicted_by_research"),
    "a trend with a cause": Case("Robberies fell in sanctuary cities because of their policies.", "sanctuary_policy",
                                 "crime", "decrease", confidence="medium"),
    "harder to deport criminals": Case("Sanctuary rules make it harder for ICE to deport dangerous criminals.",
                                       "sanctuary_policy", "deportations", "decrease", population="criminal_record",
                                       verdict="unverifiable"),
    "at a higher rate": Case("Unauthorized immigrants commit property crimes at a higher rate than natives.",
                             "undocumented_status", "immigrant_crime_rate", "higher"),
    "a label is not a speaker": Case("Fact Check: Sanctuary cities do not raise crime.", "sanctuary_policy", "crime", "none",
                                     polarity="negated", negates="increase"),
    "a connective set off by a colon is not a speaker": Case("Also: sanctuary cities do not raise crime.",
                                                            "sanctuary_policy", "crime", "none", polarity="negated",
                                                            negates="increase"),
    "an aside after the speaker's name is not part of it": Case("Critics in fact say sanctuary cities raise crime.", "sanctuary_policy", "crime", "increase",
                                                                asserted_by="Critics"),
    "a debate's motion is not asserted": Case("Resolved: Sanctuary policies harm public safety.", "sanctuary_policy",
                                              "crime", "increase", polarity="hypothetical"),
    "a title line is not a speaker": Case("Title: Sanctuary cities do not raise crime.", "sanctuary_policy", "crime",
                                          "none", polarity="negated", negates="increase"),
    "a tip's label is not a speaker": Case("Tip: Sanctuary cities do not raise crime.", "sanctuary_policy",
                                           "crime", "none", polarity="negated", negates="increase"),
    "a style memo's wrong line is the claim checked": Case('Wrong: "Sanctuary cities raise crime."', "sanctuary_policy",
                                                           "crime", "increase", asserted_by="the claim checked",
                                                           rebutted=True),
    "a fact-check's claim line": Case("Claim: Sanctuary cities raise crime.", "sanctuary_policy", "crime", "increase",
                                      asserted_by="the claim checked", rebutted=True,
                                      context="Claim: Sanctuary cities raise crime. Rating: False."),
    "a number in the change": Case("The policy led to a 20% drop in crime.", "sanctuary_policy", "crime", "decrease",
                                   confidence="medium",
                                   context="Riverton passed a sanctuary ordinance in 2015. The policy led to a 20% "
                                           "drop in crime."),
    "a claim named as a noun": Case("The myth that immigrants commit more crimes than natives keeps returning.",
                                    "undocumented_status", "immigrant_crime_rate", "higher", asserted_by="the myth",
                                    rebutted=True, verdict="contradicted_by_research"),
    "a belief that": Case("Many voters hold the belief that migrants bring crime.", "undocumented_status",
                          "immigrant_crime_rate", "higher", asserted_by="the belief"),
    "little effect": Case("Detainer refusals had little effect on crime, the authors wrote.", "sanctuary_policy", "crime",
                          "none", polarity="negated", asserted_by="the authors"),
    "deportations as the policy": Case("Deportations do not make neighborhoods safer.", "immigration_enforcement", "crime",
                                       "none", polarity="negated", negates="decrease", verdict="supported_by_research"),
    "stay silent": Case("Where deputies work with ICE, immigrant witnesses stay silent.", "local_police_ice_cooperation",
                        "crime_reporting", "decrease", verdict="supported_by_research"),
    "a fraction of the rate": Case("Illegal immigrants are convicted at about half the rate of U.S.-born residents.",
                                   "undocumented_status", "immigrant_crime_rate", "lower"),
    "shielded from deportation": Case("Sanctuary laws shield offenders from deportation.", "sanctuary_policy",
                                      "deportations", "decrease", population="criminal_record", verdict="unverifiable"),
    "a quotation signed below": Case("“Sanctuary states are havens for criminals!”", "sanctuary_policy", "crime",
                                     "increase", asserted_by="Governor Ada Brook", confidence="medium",
                                     context="“Sanctuary states are havens for criminals!”\n- Governor Ada Brook, in a post"),
    "they in its own clause": Case("Critics say sanctuary counties breed crime; the mayor says they do not raise crime.",
                                   "sanctuary_policy", "crime", "increase", asserted_by="Critics"),
    # a study said unable to show a finding neither asserts it nor denies it
    "cannot show that": Case("Critics say the study cannot show that sanctuary policies reduce crime.",
                             "sanctuary_policy", "crime", "decrease", polarity="questioned", asserted_by="Critics"),
    # a bare plural claim noun after a preposition names the claim; 'little support for' denies it, and the denial is
    # the article's claim
    "little support for claims that": Case("Studies of the question lend little support for claims that sanctuary "
                                           "counties breed crime.", "sanctuary_policy", "crime", "none",
                                           polarity="negated", negates="increase", verdict="supported_by_research"),
    # a list's ', or' is not a new conjunct: the policy after it is still the finding's
    "a list before the policy": Case("The authors saw no measurable change in burglary, assault, or theft between "
                                     "sanctuary and other counties.", "sanctuary_policy", "crime", "none",
                                     polarity="negated"),
    # a share of a group believes it: the group is who says it, not the preposition before it
    "a share among a group": Case("Among renters under 30, 40 percent believed sanctuary rules breed crime.",
                                  "sanctuary_policy", "crime", "increase", asserted_by="renters under 30"),
    # a word like "such policies" stands for the policy named before
    "anaphor": Case("Such policies lead to higher crime.", "sanctuary_policy", "crime", "increase", confidence="medium",
                    context="Many cities adopted sanctuary ordinances in 2014. Such policies lead to higher crime."),
}


def _one(case: Case) -> ResearchFrame:
    frames = research_frames(case.sentence, case.context)
    assert frames, f"no frame for {case.sentence!r}"
    matching = [f for f in frames if f.outcome == case.outcome]
    assert matching, f"{case.sentence!r}: outcomes {[f.outcome for f in frames]}"
    return matching[0]


@pytest.mark.parametrize("name", sorted(CASES))
def test_frame(name: str) -> None:
    case = CASES[name]
    f = _one(case)
    got = (f.exposure, f.outcome, f.effect, f.polarity, f.asserted_by, f.rebutted, f.negates, f.population)
    want = (case.exposure, case.outcome, case.effect, case.polarity, case.asserted_by, case.rebutted, case.negates,
            case.population)
    assert got == want, f"{case.sentence!r}: {f.why}"
    if case.confidence:
        assert f.confidence == case.confidence, f.why
    if case.sign is not None:
        assert f.cooperation_sign == case.sign
    assert 0 <= f.start < f.end <= len(case.sentence)
    assert f.why
    if case.verdict:
        verdict, cands, prov = rate_research(f)
        assert verdict.label == case.verdict, verdict.explanation
        assert verdict.explanation
        if verdict.label == "unverifiable":
            assert verdict.settle_with
        else:
            assert prov.citations and prov.studies and cands


@pytest.mark.parametrize("sentence", [
    "ICE focuses on individuals who threaten public safety.",  # about people, not a policy
    "A report titled “Sanctuary Cities Endanger Us” was released on Monday.",  # a title is a name
    "Removals dropped because border apprehensions fell.",  # a count's story
    # a policy named in the next conjunct is not what moved the counts before it
    "Arrests dropped and deportations climbed, and the sanctuary rules spread to more counties.",
    "They lead to higher crime.",  # no policy anywhere to stand for
    "ICE removed 240,000 people in fiscal 2016.",
    "The sheriff protects dangerous criminals, opponents say.",  # dangerous people, not a dangerous policy
    # a dangerous thing, not a place made dangerous
    "End the sanctuary policies that force officers to make dangerous street arrests instead of jail transfers.",
    "Sanctuary counties released hundreds of criminal aliens who went on to commit more crimes.",  # particular people
    "More than 2,000 crimes were committed by people released from sanctuary jurisdictions.",  # a count, not a direction
    "",
])
def test_no_research_claim(sentence: str) -> None:
    assert research_frames(sentence) == []


def test_each_clause_its_own_voice() -> None:
    s = "Critics say sanctuary counties breed crime; the mayor says they do not raise crime."
    frames = research_frames(s)
    assert [(f.asserted_by, f.polarity, s[f.start:f.end]) for f in frames] == [
        ("Critics", "asserted", "sanctuary counties breed crime"), ("the mayor", "negated", "they do not raise crime")]


def test_a_speakers_claim_answered_by_research_is_the_articles_answer() -> None:
    s = '"Sanctuary counties are more dangerous," the sheriff said, but studies find no such effect.'
    frames = research_frames(s)
    assert [(f.asserted_by, f.effect, f.rebutted) for f in frames] == [("the sheriff", "increase", True),
                                                                      ("article", "none", False)]


def test_two_clauses_two_frames() -> None:
    s = ("For people with no criminal record, sanctuary rules halved deportations, but for people with violent "
         "convictions they had no measurable effect.")
    frames = research_frames(s)
    assert [(f.population, f.effect) for f in frames] == [("no_conviction", "decrease"), ("violent_conviction", "none")]
    assert all(rate_research(f)[0].label == "supported_by_research" for f in frames)


def test_a_claim_and_its_quoted_rival() -> None:
    s = ("That does not mean sanctuary cities are more violent, or, as the senator put it, that they breed crime.")
    frames = research_frames(s)
    by_voice = {f.asserted_by: f.polarity for f in frames}
    assert by_voice == {"article": "questioned", "the senator": "asserted"}


def test_the_explanation_names_studies_and_the_share() -> None:
    f = _one(CASES["magnet for crime"])  # crime in general: every study of the policy speaks to it
    verdict, _, prov = rate_research(f)
    assert "the governor" in verdict.explanation and "Hausman 2020" in verdict.explanation
    assert "% of the design-weighted evidence agrees" in verdict.explanation
    assert any("doi:10.1073/pnas.2014673117" in c for c in prov.citations)
    assert verdict.evidence_value is not None and verdict.evidence_value <= 0.25


def test_sign_flip_across_policies() -> None:
    """A study of Secure Communities (more cooperation) speaks to a sanctuary claim (less) with its sign flipped."""
    f = _one(CASES["come forward"])
    _, _, prov = rate_research(f)
    rows = {r["study_id"]: r for r in prov.studies}
    assert rows["goncalves2023"]["effect"] == "decrease" and rows["goncalves2023"]["effect_in_claim_frame"] == "increase"


# ------------------------------------------------------------------------------------------------ study figures

def test_study_figure_counties() -> None:
    s = "A Stanford study followed the adoption of sanctuary policies in 140 counties."
    figs = study_figures_matching(s, 140, "count")
    assert figs and figs[0].study_id == "hausman2020" and figs[0].value == 140
    assert "PNAS" in figs[0].citation and figs[0].quote


def test_study_figure_needs_a_study() -> None:
    assert study_figures_matching("Texas has 140 sanctuary counties, the governor said.", 140, "count") == []
    ctx = "The researchers estimated the effect of sanctuary laws on deportations."
    s = "Sanctuary laws prevented some 22,000 deportations."
    assert [f.value for f in study_figures_matching(s, 22000, "count", ctx)][:1] == [22300]


def test_study_figure_picks_the_closest_of_several() -> None:
    s = ("The PNAS study found U.S.-born citizens were twice as likely as undocumented immigrants to be arrested for "
         "violent felonies, 2.5 times for drug felonies and four times for property felonies.")
    assert [f.quantity.split("'")[1].split()[0] for f in study_figures_matching(s, 2.5, "times")][:1] == ["felony"]
    assert "drug" in study_figures_matching(s, 2.5, "times")[0].quantity
    assert "property" in study_figures_matching(s, 4, "times")[0].quantity
    assert "violent" in study_figures_matching(s, 2, "times")[0].quantity


def test_study_figure_units() -> None:
    s = "Sanctuary policies cut deportations after local arrests by 33 percent, the study found."
    assert study_figures_matching(s, 33, "percent")[0].study_id == "hausman2020_deportations"
    assert study_figures_matching(s, 1 / 3, "share")[0].study_id == "hausman2020_deportations"
    assert study_figures_matching(s, 33, "count") == []
    assert study_figures_matching(s, 90, "percent") == []  # nothing the study said is near 90%


def test_every_figure_is_verified_and_belongs_to_a_study() -> None:
    ids = {s.study_id for s in all_studies()}
    figs = study_figures()
    assert len(figs) >= 40
    for f in figs:
        assert f.study_id in ids and f.unit in FIGURE_UNITS and f.words and f.verification.startswith("VERIFIED")


def test_registry_holds_the_reference_facts() -> None:
    by_id = {s.study_id: s for s in all_studies()}
    assert "Urban Affairs Review" in by_id["gonzalez_obrien2019"].venue
    light = by_id["light2020"].estimate
    assert "2x" in light and "2.5x" in light and "4x" in light
    assert by_id["hausman2020_deport_no_conviction"].effect == "decrease"
    assert by_id["hausman2020_deport_violent"].effect == "none"
    figs = {(f.study_id, f.value) for f in study_figures()}
    assert {("hausman2020", 140), ("hausman2020_deportations", 22300), ("hausman2020_deport_no_conviction", 3300),
            ("light2020", 2), ("light2020", 2.5), ("light2020", 4)} <= figs


def test_an_overlong_sentence_is_read_in_pieces_with_offsets_kept() -> None:
    unit = "Critics say sanctuary counties breed crime; the mayor says they do not raise crime. "
    s = unit * 60  # ~4,300 characters with few full stops: read in pieces, not as one
    frames = research_frames(s)
    assert any(f.start > len(s) - 900 for f in frames)  # the end of the sentence is read too
    for f in frames:
        assert 0 <= f.start < f.end <= len(s)
        assert s[f.start:f.end].lower().startswith(("sanctuary", "they")), s[f.start:f.end]
    assert {f.asserted_by for f in frames} == {"Critics", "the mayor"}


def test_a_study_named_by_its_year_is_one_of_that_years_studies_on_the_question() -> None:
    (f,) = research_frames("Sanctuary laws cut burglaries, a 2019 study found.")
    verdict, _, prov = rate_research(f)
    # of the registry's 2019 studies on sanctuary policy and crime, the one that found a fall is the one meant
    assert verdict.label == "supported_by_research", verdict.explanation
    assert all("2019" in c for c in prov.citations)


def test_general_research_does_not_take_a_study_named_in_the_sentence_before() -> None:
    context = "A 2017 paper by Tom Wong reported fewer crimes in sanctuary counties. "
    sentence = "Yet studies find no link between sanctuary policies and crime."
    frames = [f for f in research_frames(sentence, context + sentence) if f.effect == "none"]
    assert frames and frames[0].study_ids == ()
    assert rate_research(frames[0])[0].label != "contradicted_by_research"


def test_some_studies_find_is_true_if_one_study_found_it_in_part() -> None:
    (f,) = research_frames("Some studies find that 287(g) agreements lower robberies.")
    verdict, _, _ = rate_research(f)
    assert verdict.label == "mixed_research" and "Pinheiro" in verdict.explanation
    # without the hedge: the registry holds no 287(g) finding on robberies, and findings on crime in general do not
    # rate a claim about one kind of crime false
    (plain,) = research_frames("287(g) agreements lower robberies.")
    verdict = rate_research(plain)[0]
    assert verdict.label == "unverifiable" and "does not address robbery" in verdict.explanation


def test_an_idea_the_sentence_itself_denies_is_rated_as_the_denial() -> None:
    # (rated as the named idea, a true denial read 'contradicted', and a false one, 'Hausman rejected the idea that
    # sanctuary policies reduce deportations', passed as 'supported')
    (f,) = research_frames("Our findings do not support the idea that sanctuary policies increase crime.")
    assert (f.effect, f.polarity, f.asserted_by) == ("none", "negated", "article")
    assert rate_research(f)[0].label == "supported_by_research"
    (wrong,) = research_frames("Hausman rejected the idea that sanctuary policies reduce deportations.")
    assert rate_research(wrong)[0].label == "contradicted_by_research"
    # an idea named without a denial is still the idea, whoever pushes it
    (pushed,) = research_frames("Critics push the idea that sanctuary policies drive up crime.")
    assert (pushed.polarity, pushed.effect) == ("asserted", "increase")


def test_a_study_named_by_a_year_with_no_registry_study_on_the_question_is_not_replaced() -> None:
    (f,) = research_frames("A 2014 study found that sanctuary policies increase crime.")
    verdict, _, _ = rate_research(f)
    assert verdict.label == "unverifiable" and "not in the registry" in verdict.explanation


def test_limiting_cooperation_with_federal_immigration_enforcement_is_a_sanctuary_policy() -> None:
    (f,) = research_frames("Towns that limit their cooperation with federal immigration enforcement see less burglary.")
    assert (f.exposure, f.effect) == ("sanctuary_policy", "decrease")


def test_a_study_the_sentence_introduces_is_not_the_one_an_earlier_sentence_named() -> None:
    context = "Wong's 2017 report found less crime in sanctuary counties. "
    sentence = "A study of 107 cities published in Justice Quarterly found sanctuary adoption cut robberies."
    frames = research_frames(sentence, context + sentence)
    assert frames and "wong2017" not in frames[0].study_ids and "martinez_schuldt2019" in frames[0].study_ids


# ------------------------------------------------------------------- a kind of crime, a kind of policy, a purpose

def test_a_named_kind_of_crime_is_rated_on_the_studys_finding_on_that_kind() -> None:
    (f,) = research_frames("Forrester's North Carolina paper found that 287(g) activations brought more assaults "
                           "against police officers.")
    assert (f.exposure, f.effect, f.crime_type) == ("287g", "increase", "assaults_on_police")
    verdict, _, prov = rate_research(f)
    assert verdict.label == "supported_by_research", verdict.explanation
    assert [r["study_id"] for r in prov.studies] == ["forrester_nowrasteh2018_police_assaults"]
    # the same study's finding on that kind rates the opposite claim false
    (g,) = research_frames("Forrester and Nowrasteh found that 287(g) agreements cut assaults on officers.")
    assert rate_research(g)[0].label == "contradicted_by_research"


def test_a_kind_of_crime_no_study_named_is_never_contradicted_by_findings_on_crime_in_general() -> None:
    (f,) = research_frames("Deputizing jailers under 287(g) leads to more assaults against officers.")
    verdict, _, _ = rate_research(f)
    assert verdict.label != "contradicted_by_research" and "Forrester 2018" in verdict.explanation
    # a named study whose registry finding is on crime in general: its finding is said, the claim is not rated false
    (g,) = research_frames("Hausman's study shows sanctuary counties had fewer homicides.")
    assert g.crime_type == "murder"
    verdict, _, _ = rate_research(g)
    assert verdict.label == "unverifiable", verdict.explanation
    assert "Hausman 2020" in verdict.explanation and "does not address murders" in verdict.explanation
    assert verdict.settle_with


def test_two_kinds_named_together_are_both_kept() -> None:
    (f,) = research_frames("Sanctuary ordinances reduce property and violent crime.")
    assert f.crime_type == "property_crime+violent_crime"
    # a kind no study speaks to on its own is never rated false by findings on crime in general
    (g,) = research_frames("Sanctuary ordinances reduce burglaries.")
    assert g.crime_type == "burglary" and rate_research(g)[0].label != "contradicted_by_research"


def test_two_kinds_named_together_are_rated_on_studies_with_findings_on_both() -> None:
    # Gonzalez O'Brien et al. found no difference in violent or property crime between matched cities
    (f,) = research_frames("Sanctuary towns suffer more violent and property crime than comparable towns.")
    verdict, _, prov = rate_research(f)
    assert verdict.label == "contradicted_by_research", verdict.explanation
    assert "gonzalez_obrien2019" in [r["study_id"] for r in prov.studies]
    # one kind a study split out: Martínez-Schuldt's homicide finding, not its robbery one
    (g,) = research_frames("Sanctuary adoption raised homicides in large cities.")
    verdict, _, prov = rate_research(g)
    assert [r["study_id"] for r in prov.studies] == ["martinez_schuldt2019_homicide"]


def test_a_kind_of_policy_is_rated_on_findings_for_that_kind() -> None:
    (f,) = research_frames("Pinheiro's thesis shows that municipal-level 287(g) agreements raised property offenses.")
    assert (f.scope, f.crime_type, f.effect) == ("city", "property_crime", "increase")
    verdict, _, prov = rate_research(f)
    assert verdict.label == "supported_by_research", verdict.explanation
    assert [r["study_id"] for r in prov.studies] == ["pinheiro2009_city"]
    # a kind of policy the registry holds no finding for is not rated false by the findings on the others
    (g,) = research_frames("County-level 287(g) agreements cut property crime.")
    assert g.scope == "county" and rate_research(g)[0].label != "contradicted_by_research"


def test_a_study_described_but_not_named_is_one_study_that_found_it() -> None:
    sentence = "A master's thesis from Chicago found more homicides in 287(g) counties than in matched counties."
    (f,) = research_frames(sentence)
    assert (f.crime_type, f.any_study) == ("murder", True)
    verdict, _, _ = rate_research(f)
    assert verdict.label == "supported_by_research", verdict.explanation
    assert "University of Chicago MA thesis 2021" in verdict.explanation
    # the study the sentence describes is not the one the sentence before named
    context = "Pinheiro found that correctional agreements cut crime. " + sentence
    (g,) = research_frames(sentence, context)
    assert not any(s.startswith("pinheiro") for s in g.study_ids)
    assert rate_research(g)[0].label == "supported_by_research"


def test_a_pronoun_for_a_choice_to_stay_out_of_enforcement_is_the_limited_cooperation_policy() -> None:
    context = ("The council voted to keep its deputies out of federal immigration enforcement. It will encourage "
               "immigrant victims to come forward.")
    (f,) = research_frames("It will encourage immigrant victims to come forward.", context)
    assert (f.exposure, f.cooperation_sign, f.outcome, f.effect) == ("sanctuary_policy", -1, "crime_reporting",
                                                                     "increase")
    assert rate_research(f)[0].label == "supported_by_research"


def test_a_pronoun_whose_antecedent_is_named_inside_a_refusal_is_unsure() -> None:
    context = "Several towns have moved away from immigration enforcement. They help victims come forward."
    (f,) = research_frames("They help victims come forward.", context)
    assert f.confidence == "low"
    verdict, _, _ = rate_research(f)
    assert verdict.label == "unverifiable" and verdict.settle_with


@pytest.mark.parametrize("sentence,context", [
    ("He joined the program to make neighborhoods safer.",
     "The sheriff signed a 287(g) agreement in March. He joined the program to make neighborhoods safer."),
    ("Secure Communities was launched with the goal of reducing violent crime.", ""),
    ("Sanctuary ordinances were designed to encourage victims to report crimes.", ""),
    ("The county entered the 287(g) program in an effort to protect residents from violence.", ""),
])
def test_a_purpose_is_not_a_claim_of_effect(sentence: str, context: str) -> None:
    frames = research_frames(sentence, context)
    assert frames and all(f.polarity == "intended" for f in frames), [(f.polarity, f.why) for f in frames]
    for f in frames:
        verdict, _, _ = rate_research(f)
        assert verdict.label == "unverifiable" and "purpose" in verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Secure Communities has been shown to reduce crime.",  # 'shown to': a finding, not a purpose
    "287(g) agreements were tied to more burglaries.",  # 'to' before a noun is not a purpose
])
def test_an_infinitive_after_a_finding_is_still_a_claim(sentence: str) -> None:
    (f,) = research_frames(sentence)
    assert f.polarity == "asserted"


def test_a_cause_contrasted_away_is_not_the_claims_cause() -> None:
    # 'X, not sanctuary rules': the sentence says what the effect is NOT tied to
    frames = research_frames("The increase in robberies was tied to a new state law, not to sanctuary policies.")
    assert all(f.exposure != "sanctuary_policy" for f in frames), [(f.exposure, f.effect) for f in frames]
    # a contrast set between commas negates its own noun, not the predicate
    (f,) = research_frames("Sanctuary ordinances, not immigrants, drive up crime.")
    assert (f.exposure, f.polarity, f.effect) == ("sanctuary_policy", "asserted", "increase")


def test_a_participle_after_while_is_its_own_clause_and_one_groups_victimization_is_not_crime() -> None:
    frames = research_frames("Sanctuary rules showed no effect on crime while reducing deportations.")
    deport = [f for f in frames if f.outcome == "deportations"]
    assert deport and deport[0].polarity == "asserted" and deport[0].effect == "decrease"
    (victims,) = research_frames("Secure Communities raised Latino victimization.")
    assert victims.population == "victim_group"
    verdict, _, _ = rate_research(victims)
    assert verdict.label == "unverifiable"


def test_a_study_of_a_year_the_registry_holds_none_of_is_not_replaced_by_others() -> None:
    (f,) = research_frames("A 2015 working paper found that Secure Communities raised violent crime.")
    assert f.unheld_year == "2015"
    verdict, _, _ = rate_research(f)
    assert verdict.label == "unverifiable" and "not in the registry" in verdict.explanation


def test_a_study_named_above_a_new_paragraph_is_not_borrowed_but_a_lists_lead_in_is() -> None:
    lead = "In the Proceedings of the National Academy of Sciences, Hausman found the following:\n- "
    (listed,) = research_frames("Sanctuary policies had no measurable effect on crime.", lead)
    assert "hausman2020" in listed.study_ids
    other = ("Hausman found that sanctuary policies cut deportations by a third.\n\nNationally:\n"
             "Using Census data, a think tank estimated incarceration rates. ")
    (far,) = research_frames("By that measure, sanctuary policies had no effect on crime.", other)
    assert far.study_ids == ()


@pytest.mark.parametrize("sentence", [
    "None of these papers proves that sanctuary policies cut crime.",  # a standard of proof, not a finding
    "No single study establishes that sanctuary policies cut crime.",
    # a contracted negation ('doesn't', 'don't') questions as 'does not' does
    "The county comparison is useful, but it doesn't prove sanctuary policies cause lower crime.",
    "These data don't establish that sanctuary cities are safer.",
])
def test_what_no_study_proves_is_not_asserted_either_way(sentence: str) -> None:
    frames = research_frames(sentence)
    assert frames and all(f.polarity not in ("asserted", "negated") for f in frames)
    assert all(rate_research(f)[0].label == "unverifiable" for f in frames)


def test_a_policys_advocates_and_a_consequence_clause_are_not_the_claim() -> None:
    (f,) = research_frames("Sanctuary supporters often cite a study finding no link between 287(g) and crime rates.")
    assert f.exposure == "287g"
    assert research_frames("The 2016 survey found 287(g) raised immigrants' fear of the police in ways that "
                           "undermine public safety.") == []


def test_one_bodys_own_numbers_and_each_single_case_are_not_research_claims() -> None:
    # what a county's own surveys showed is its report, not a claim about what research finds
    frames = research_frames("Advocates cite a study showing that people in 287(g) counties were less likely to report "
                             "crimes, though the county said its own surveys found no change.")
    assert [f.effect for f in frames] == ["decrease"]
    # every single case, or a possibility, is not a claim about crime rates
    assert research_frames("Every declined detainer is a potential public safety risk.") == []
    assert research_frames("Sanctuary policies are a public safety risk.") != []


def test_one_study_of_a_named_law_the_registry_does_not_hold_is_not_rated_by_other_studies() -> None:
    held = research_frames("A study of Arizona's SB 1070, an immigration enforcement law, found it was associated with "
                           "about a 20 percent increase in violent crime.")
    assert held and all(f.unheld_subject == "Arizona's SB 1070" for f in held)
    # a program the registry's studies are about is not an unheld subject
    assert all(not f.unheld_subject for f in research_frames("A study of Secure Communities found no effect on crime."))


def test_little_reason_to_believe_is_a_negation() -> None:
    frames = research_frames("Research gives little reason to believe these agreements make communities safer.")
    assert all(f.effect != "decrease" or f.polarity != "asserted" for f in frames)


def test_the_danger_of_arrests_at_large_and_the_opponents_of_a_policy_are_not_crime_claims() -> None:
    officers = research_frames("When sanctuary jurisdictions release criminal aliens back to the street, our officers "
                               "have to go find them, and that is more dangerous for everyone.")
    assert not officers
    opponents = research_frames("A paper found Arizona's SB 1070 was associated with a 20 percent increase in violent "
                                "crime, opponents of sanctuary laws say.")
    assert not [f for f in opponents if f.exposure == "sanctuary_policy"]
    # the plain claim is still read
    assert [f.exposure for f in research_frames("Sanctuary cities are more dangerous.")] == ["sanctuary_policy"]


def test_a_count_a_study_reported_before_is_a_later_sentences_only_if_it_points_back() -> None:
    lead = "A 2019 study by Martinez-Schuldt and Martinez of 107 sanctuary cities found no effect on crime. "
    assert not study_figures_matching("A claim that the state has more than 100 sanctuary cities is false.", 100,
                                      "count", lead)
    assert study_figures_matching("The study's 107 sanctuary cities were followed from 1990.", 107, "count", lead)


def test_a_dash_opens_a_second_predicate_and_no_one_negates_its_own() -> None:
    head = research_frames("Sanctuary Policies Did Not Increase Crime — And Cut Deportations of People With No Record "
                           "by Half")
    deport = [f for f in head if f.outcome != "crime"]
    assert deport and all(f.polarity == "asserted" for f in deport)
    assert [f.polarity for f in research_frames("Cooperation with ICE makes no one safer.")] == ["negated"]
    # one group's safety is not crime rates overall
    assert not research_frames("New research finds immigration enforcement made Latino communities less safe.")


def test_a_conjunct_with_a_quantifier_of_its_own_is_not_under_the_first_ones_negation() -> None:
    frames = research_frames("There is no evidence that 287(g) agreements cut crime, and growing evidence that they make "
                             "immigrant victims less willing to call the police.")
    reporting = [f for f in frames if f.outcome != "crime"]
    assert reporting and all(f.polarity == "asserted" for f in reporting)
    assert [f.polarity for f in frames if f.outcome == "crime"] == ["negated"]


def test_an_institutes_name_is_not_a_study_cue() -> None:
    # 'Studies' in a think tank's name reports no study: the count is the institute's, not a study's sample
    assert not study_figures_matching("The Center for Immigration Studies counted 276 sanctuary counties and cities.",
                                      276, "count")


def test_an_institutes_name_still_points_to_its_own_studies() -> None:
    figs = study_figures_matching("The Center for Immigration Studies has argued that in 2015 the homicide conviction "
                                  "rate of illegal immigrants was 20 percent higher than the state rate.", 20, "percent")
    assert figs and all("Center for Immigration Studies" in f.citation for f in figs)


def test_cutting_crime_reporting_is_a_reporting_claim_not_a_crime_claim() -> None:
    frames = research_frames("A study found Secure Communities cut crime reporting by Hispanic residents.")
    assert [(f.outcome, f.effect) for f in frames] == [("crime_reporting", "decrease")]
    # 'reports show' is a source, not the outcome
    assert all(f.outcome == "crime" for f in research_frames("Sanctuary policies reduced crime, reports show."))


def test_a_study_figure_of_another_program_is_not_this_sentences() -> None:
    # Gonçalves et al. (Secure Communities): Hispanics 30% less likely to report crimes
    other = study_figures_matching("A study estimated that 287(g) cut crime reporting by Latino residents by 30 "
                                   "percent.", 30, "percent")
    assert "goncalves2023" not in {f.study_id for f in other}
    own = study_figures_matching("A study estimated that Secure Communities cut crime reporting by Hispanic residents "
                                 "by 30 percent.", 30, "percent")
    assert own[0].study_id == "goncalves2023"


def test_a_single_surname_author_is_read_where_plainly_an_author() -> None:
    # Otsu (2020) is held with a surname alone; its finding on crime in general does not address property crime
    frames = research_frames("Otsu's study found some evidence that sanctuary policies reduced property crime.")
    assert frames and frames[0].study_ids == ("otsu2020",)
    v, _, _ = rate_research(frames[0])
    assert v.label == "unverifiable"


def test_a_study_reported_after_the_sentence_is_not_its_cue() -> None:
    sentence = "Legal immigrants were 78 percent less likely to be incarcerated than natives."
    after = sentence + " Critics at one think tank found the opposite in a later study."
    assert not study_figures_matching(sentence, 78, "percent", after)
    assert study_figures_matching(sentence, 78, "percent", "Our analysis of census data found this. " + sentence)


def test_a_report_that_showed_something_is_not_crime_reporting() -> None:
    # the words of the crime-reporting figures (Theodore's 70%, Gonçalves's 30%) need reporting of crime, not 'report'
    assert not study_figures_matching("The report showed a 68 percent increase in undocumented immigrants from other "
                                      "countries.", 68, "percent", "The agency's study found this. ")


def test_the_next_sentence_pointing_back_reports_the_study() -> None:
    sentence = 'A mayor said that "70 percent of undocumented immigrants are less likely to contact police."'
    pointed = sentence + " That's accurate, based on a 2013 survey of Latinos."
    assert [f.study_id for f in study_figures_matching(sentence, 70, "percent", pointed)][:1] == ["theodore2013"]
    assert not study_figures_matching(sentence, 70, "percent", sentence + " Officials met again on Tuesday.")


def test_at_twice_the_rate_is_a_higher_rate() -> None:
    frames = research_frames("Illegal immigrants commit violent crimes at twice the rate of American citizens.")
    assert [(f.outcome, f.effect) for f in frames] == [("immigrant_crime_rate", "higher")]


def test_people_named_for_a_policy_are_not_the_policy() -> None:
    frames = research_frames("The sanctuary lobby says cooperation with local police makes victims less likely to "
                             "report crimes.")
    assert all(f.exposure != "sanctuary_policy" for f in frames)


def test_a_possibility_is_not_refuted_by_a_null_finding() -> None:
    # O'Brien 2019 alone speaks to property crime, and finds no detectable difference
    v, _, _ = rate_research(research_frames("There is some evidence that sanctuary policies may reduce property "
                                            "crime.")[0])
    assert v.label == "unverifiable"
    # the firm claim is rated
    v, _, _ = rate_research(research_frames("Sanctuary policies reduce property crime.")[0])
    assert v.label == "contradicted_by_research"


def test_the_figure_whose_words_also_name_the_group_is_the_claims() -> None:
    # Hausman 2020: deportations of the locally fingerprinted down about a third; of people with no conviction, half
    figs = study_figures_matching("Hausman found sanctuary policies cut deportations of people with no convictions by "
                                  "a third.", 1 / 3, "share")
    assert figs and figs[0].quantity.endswith("no criminal conviction")


def test_a_number_credited_to_another_named_study_is_not_that_studys() -> None:
    # 35.5 fewer crimes per 10,000 is Wong 2017's, not Miles and Cox's
    assert not study_figures_matching("Miles and Cox (2014) found 35.5 fewer crimes per 10,000 people in sanctuary "
                                      "counties.", 35.5, "per_10k")
    assert study_figures_matching("Wong found 35.5 fewer crimes per 10,000 people in sanctuary counties.", 35.5,
                                  "per_10k")


def test_a_common_word_surname_is_read_beside_its_co_author() -> None:
    frames = research_frames("Miles and Cox found that Secure Communities had no observable effect on crime rates.")
    assert frames and frames[0].study_ids and all(i.startswith("miles") for i in frames[0].study_ids)
    assert not research_frames("He drove 35 miles and then stopped at the sanctuary.")


def test_a_state_named_with_a_study_number_needs_the_studys_figure_for_that_state() -> None:
    # Landgrave & Nowrasteh's 800 per 100,000 is national; Cato's 2.2 per 100,000 is Texas's
    assert not study_figures_matching("A Cato study found undocumented immigrants in Texas were incarcerated at a rate "
                                      "of 800 per 100,000.", 800, "per_100k")
    assert study_figures_matching("Illegal immigrants in Texas had a homicide conviction rate of 2.2 per 100,000, "
                                  "Cato found.", 2.2, "per_100k")


def test_a_study_of_a_state_is_found_by_the_states_whole_name() -> None:
    # 'a Virginia study' is not a study of West Virginia, nor 'a Kansas study' one of Arkansas
    assert names_state("Sanctuary policies and crime in Virginia counties", "Virginia")
    assert not names_state("Sanctuary policies and crime in West Virginia counties", "Virginia")
    assert names_state("Sanctuary policies and crime in West Virginia counties", "West Virginia")
    assert not names_state("Jail admissions in Arkansas, 2010-2015", "Kansas")
    assert names_state("North Carolina's 287(g) counties", "north carolina")


def test_a_state_in_a_schools_name_is_not_a_place() -> None:
    assert study_figures_matching("A 2013 survey by the University of Illinois at Chicago found that 44 percent of "
                                  "Latinos were less likely to contact police if they were victims of a crime.", 44,
                                  "percent")


def test_they_after_a_verb_of_saying_are_the_people_who_said_it() -> None:
    before = "Many counties adopted sanctuary rules in 2016. "
    # the surveyed people would not call the police: 'they' is the respondents, not the rules named before
    for s in ("In a 2019 poll, 38 percent of immigrant renters said they'd be less likely to call the police.",
              "Half of the parents surveyed said they would avoid reporting crimes to the police."):
        assert [f for f in research_frames(s, before + s) if f.outcome == "crime_reporting"] == [], s
    # a deed only a policy does keeps 'they' on the policy
    s = "Supporters said they make victims more likely to report crimes."
    (frame,) = research_frames(s, before + s)
    assert (frame.exposure, frame.outcome, frame.effect) == ("sanctuary_policy", "crime_reporting", "increase")


def test_an_answer_set_off_by_a_dash_does_not_negate_what_follows() -> None:
    for s in ("REALITY: No — sanctuary jurisdictions have lower crime rates.",
              "Not so, sanctuary jurisdictions have lower crime rates."):
        (frame,) = research_frames(s)
        assert (frame.polarity, frame.effect) == ("asserted", "decrease"), (s, frame.why)
    # a negation inside the clause still negates it
    (frame,) = research_frames("No — sanctuary jurisdictions do not have higher crime.")
    assert frame.polarity == "negated"


def test_nobody_has_shown_it_denies_the_claim() -> None:
    (frame,) = research_frames("Nobody has demonstrated that sanctuary laws raise crime.")
    assert (frame.polarity, frame.negates) == ("negated", "increase")


def test_a_question_inside_the_sentence_and_a_quoted_titles_negation() -> None:
    # a question set in quotes inside a longer line (a show's title) asks; it does not assert
    (asked,) = research_frames('Tonight on Civic Hour: "Do sanctuary laws raise crime?" (episode 12)')
    assert asked.polarity == "questioned"
    # the 'without' of a quoted title does not negate the finding reported after it
    s = ('A law review essay in 2021 — Dana Lee\'s "Sanctuary policies reduce deportations without increasing crime" '
         '— examined 140 counties and found sanctuary policies cut deportations of people fingerprinted locally by '
         'about one-third.')
    found = [f for f in research_frames(s) if f.outcome == "deportations"]
    assert found and all(f.polarity == "asserted" and f.effect == "decrease" for f in found)


def test_it_is_not_true_is_the_articles_denial_not_a_speaker() -> None:
    (frame,) = research_frames("It is not true, as one mailer claimed, that sanctuary laws raise crime.")
    assert frame.rebutted and frame.asserted_by == "those the article rebuts"


def test_its_not_that_x_its_that_y_says_y() -> None:
    for s in ("It's not that sanctuary laws raise crime — it's that they make victims more likely to report crimes.",
              "Sanctuary laws do not raise crime, rather they make victims more likely to report crimes."):
        frames = {f.outcome: f for f in research_frames(s)}
        assert frames["crime"].polarity == "negated", s
        assert (frames["crime_reporting"].polarity, frames["crime_reporting"].effect) == ("asserted", "increase"), s


def test_a_section_heading_before_a_named_speaker_is_not_the_speaker() -> None:
    frames = research_frames("PUBLIC SAFETY: Opponents argue that sanctuary cities raise crime.")
    assert [f.asserted_by for f in frames] == ["Opponents"]
    labelled = research_frames("COUNTY EXECUTIVE: Sanctuary cities raise crime.")
    assert [f.asserted_by for f in labelled] == ["COUNTY EXECUTIVE"]


def test_a_named_author_is_not_joined_by_other_studies_of_the_same_journal() -> None:
    s = ("Writing in the Proceedings of the National Academy of Sciences, Hausman found that sanctuary policies cut "
         "deportations.")
    ids = {f.study_ids for f in research_frames(s)}
    assert ids and all(i.startswith("hausman") for group in ids for i in group), ids


@pytest.mark.parametrize("sentence", [
    "Sanctuary policies are harmless for public safety.",  # no harm: the opposite of harming safety
    "Fears of a sanctuary-driven crime wave are not supported by the data.",
    "Claims that sanctuary cities breed crime are unfounded.",
])
def test_a_claim_named_then_denied_or_harmless_is_no_rise_in_crime(sentence: str) -> None:
    (f,) = research_frames(sentence)
    assert f.polarity == "negated" and f.effect == "none"
    assert rate_research(f)[0].label != "contradicted_by_research"


def test_the_study_a_speaker_cites_is_one_named_before_not_any_study() -> None:
    frames = research_frames("A radio host said the study found sanctuary counties have more crime.")
    assert frames and not frames[0].any_study
    # 'a Stanford study found': one study, described but not named
    assert research_frames("A Stanford study found sanctuary counties have less crime.")[0].any_study


@pytest.mark.parametrize("sentence", [
    "Secure Communities failed to reduce crime.",
    "Secure Communities was unable to reduce crime.",
    "287(g) agreements fell short of reducing crime.",
    "Secure Communities hardly reduced crime.",
    "287(g) agreements seldom make communities safer.",
    "Sanctuary policies are unlikely to increase crime.",
    "Sanctuary policies barely increased crime, if at all.",
    "Secure Communities reduced crime only slightly, if at all.",
    "The researchers denied that sanctuary policies increase crime.",
    "Far from reducing crime, Secure Communities did nothing measurable.",
    "Rather than increasing crime, sanctuary policies left it unchanged.",
])
def test_a_verb_or_adverb_of_failure_or_doubt_denies_the_effect(sentence: str) -> None:
    (f,) = [x for x in research_frames(sentence) if x.effect in ("none", "increase", "decrease")][:1]
    assert f.polarity == "negated" and f.effect == "none", (f.polarity, f.effect, f.notes)
    assert rate_research(f)[0].label != "contradicted_by_research"


@pytest.mark.parametrize("sentence", [
    "It is hardly surprising that sanctuary policies reduced deportations.",
    "Barely a year later, researchers found that sanctuary policies reduced deportations.",
])
def test_an_idiom_with_hardly_or_barely_denies_nothing(sentence: str) -> None:
    (f,) = research_frames(sentence)
    assert f.polarity == "asserted", f.notes


def test_a_negation_of_the_policy_itself_is_not_a_denial_of_its_effect() -> None:
    # 'Counties without 287(g) agreements saw crime rise': the places lacking it, compared (never read as 'no effect')
    for sentence in ("Counties without 287(g) agreements have more crime.",
                     "States that fail to enforce immigration laws see more crime."):
        frames = research_frames(sentence)
        assert frames and all(f.polarity != "negated" and f.confidence == "low" for f in frames), sentence
    # a double negative is read with low confidence, and a doubt ('remains unproven') is not asserted
    assert research_frames("Sanctuary policies don't fail to reduce deportations.")[0].confidence == "low"
    assert research_frames("It remains unproven that Secure Communities reduced crime.")[0].polarity != "asserted"


def test_impersonal_denials_are_the_articles_and_name_no_speaker() -> None:
    for sentence in ("It would be wrong to say sanctuary policies raise crime.",
                     "Few would argue that sanctuary policies increase crime."):
        (f,) = research_frames(sentence)
        assert (f.polarity, f.effect, f.asserted_by) == ("negated", "none", "article"), sentence
    # a denial of a denial is not read with confidence
    (f,) = research_frames("It would be wrong to say Secure Communities had no effect on crime.")
    assert f.confidence == "low"
    # 'Contrary to claims by critics': the writer's own claim, not one the critics made
    (f,) = research_frames("Contrary to claims by critics, sanctuary policies do increase crime.")
    assert (f.polarity, f.effect, f.asserted_by) == ("asserted", "increase", "article")
    # 'could not rule out': a possibility, not a finding either way
    assert research_frames("Researchers could not rule out that sanctuary policies increase crime.")[0].polarity \
        not in ("asserted", "negated")


def test_an_outcome_after_but_not_is_not_the_predicates() -> None:
    frames = research_frames("Research shows sanctuary policies reduce crime but not deportations.")
    assert [(f.outcome, f.effect) for f in frames] == [("crime", "decrease")]


def test_an_authors_name_typed_without_its_accents_names_the_study() -> None:
    # Martínez-Schuldt & Martínez 2019: fewer robberies, no effect on homicide
    (f,) = research_frames("Martinez-Schuldt and Martinez concluded that sanctuary adoption reduced homicides.")
    assert f.credited and f.study_ids and all(i.startswith("martinez_schuldt") for i in f.study_ids)
    assert rate_research(f)[0].label == "contradicted_by_research"


def test_layout_and_debate_labels_say_whose_words_follow() -> None:
    assert research_frames('AT: "Immigrants commit more crime"')[0].asserted_by == "the argument answered"
    assert research_frames("Q: I read that sanctuary counties have lower crime.")[0].asserted_by == "the question put"
    assert research_frames('PULL QUOTE: "Sanctuary cities are magnets for crime."')[0].asserted_by == "a pull quote"
    # 'One says …', 'Another says …': one of those named before, not a person called One
    assert research_frames("One says the Hausman study proves sanctuary policies cut crime.")[0].asserted_by \
        == "unnamed others"
    # advice not to make a claim is not the claim
    for sentence in ("Avoid claiming that crime fell in sanctuary cities because of their policies.",
                     "Do not say that sanctuary policies increase crime."):
        (f,) = research_frames(sentence)
        assert f.polarity == "hypothetical" and f.asserted_by == "article", sentence


@pytest.mark.parametrize("sentence", [
    "Instead of cooperating with ICE, the county adopted a sanctuary policy, which Hausman found reduced deportations.",
    "Rarely enforced sanctuary laws still reduced deportations, a study found.",
    "Scarcely anyone disputes that sanctuary policies reduce deportations, Hausman found.",
    "Sanctuary policies reduce deportations and change crime little, if at all, a study found.",
    "After Congress failed to act, states passed sanctuary laws, which a study found reduced deportations.",
    "Sanctuary policies reduced not only deportations but also fear of police, Hausman found.",
])
def test_a_failure_or_doubt_word_away_from_the_predicate_denies_nothing(sentence: str) -> None:
    frames = [f for f in research_frames(sentence) if f.outcome == "deportations"]
    assert frames and all(f.polarity == "asserted" and f.effect == "decrease" for f in frames), sentence


def test_a_cleft_negation_is_the_claims_own_and_far_from_being_denies() -> None:
    for sentence in ("It is not sanctuary policies that increase crime, studies show.",
                     "Far from being a magnet for criminals, sanctuary cities are no less safe, studies show."):
        (f, *_) = research_frames(sentence)
        assert (f.polarity, f.effect, f.confidence != "low") == ("negated", "none", True), sentence
    (f,) = research_frames("The study found it unlikely that sanctuary policies increase crime.")
    assert f.polarity == "negated"


def test_deportations_a_program_drove_are_the_subject_of_a_finding_about_crime() -> None:
    # Hines & Peri 2019: deportation increases driven by Secure Communities did not reduce violent or property crime
    (f,) = research_frames("Hines and Peri found that increases in deportations driven by Secure Communities did not "
                           "reduce violent or property crime.")
    assert (f.exposure, f.outcome, f.polarity) == ("secure_communities", "crime", "negated")
    assert rate_research(f)[0].label == "supported_by_research"


def test_a_denial_denied_or_followed_by_another_finding_is_not_the_articles_denial() -> None:
    # 'Few studies reject the claim that …': most accept it, and the claim is rated as it stands
    for sentence in ("Few studies reject the claim that sanctuary policies increase crime.",
                     "Nobody has debunked the claim that sanctuary policies increase crime.",
                     "The sheriff refused to reject the claim that sanctuary policies increase crime."):
        (f,) = research_frames(sentence)
        assert (f.polarity, f.effect) == ("asserted", "increase"), sentence
    # a finding joined after the denied idea is the finding, not part of the idea
    frames = research_frames("Hausman rejected the idea that sanctuary policies increase crime and found they reduce "
                             "deportations.")
    deport = [f for f in frames if f.outcome == "deportations"]
    assert deport and all(rate_research(f)[0].label == "supported_by_research" for f in deport)


@pytest.mark.parametrize("sentence", [
    "Opponents cannot refute the claim that sanctuary policies reduce deportations.",
    "There is no reason to reject the idea that sanctuary policies reduce deportations.",
    "No study has rejected the idea that sanctuary policies increase crime.",
    "Little research has challenged the idea that sanctuary policies increase crime.",
])
def test_a_denial_turned_by_a_word_before_it_leaves_the_idea_as_it_stands(sentence: str) -> None:
    (f,) = [x for x in research_frames(sentence) if x.outcome in ("crime", "deportations")]
    assert f.polarity == "asserted" and f.effect in ("increase", "decrease"), sentence


def test_people_without_status_are_a_group_not_a_negation() -> None:
    # Light et al. 2020: undocumented immigrants' felony arrest rates are below US-born citizens'
    (f,) = research_frames("Your letter also suggests that immigrants without status commit crimes at higher rates.")
    assert f.polarity == "asserted" and rate_research(f)[0].label == "contradicted_by_research"
