"""Find every checkable claim in a text and read its frame: measure, subgroup, value, period, place, polarity.

Each number is attached to its own noun phrase and each period to its own clause: a sentence is cut into one
region per number (from the number before it to the number after it), and the event, subgroup and period words
of that region belong to that number; words outside it are used only when the region has none, and then with
less confidence. Durations, ages, ordinals and dates are not claim values. Rule-based on purpose: it runs
offline, and every decision can be read in `measures.yaml` and below.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace
from functools import cache

import pysbd
import us

from ice_ledger.claims.catalogue import Hit, catalogue
from ice_ledger.claims.discourse import LOCAL_NOTE, Discourse
from ice_ledger.claims.events import event_claims
from ice_ledger.claims.lists import article_list, list_claims
from ice_ledger.claims.model import Claim, Period, Place, Span
from ice_ledger.claims.numbers import (
    BY_DIFFERENCE,
    FAR_BELOW_LEAD,
    MULTIPLY_VERB,
    NEGATED_BEFORE,
    NEGATED_BOUND,
    Quantity,
    find_majorities,
    find_quantities,
)
from ice_ledger.claims.periods import NUMBER_WORDS, PeriodMention, find_periods
from ice_ledger.claims.places import A_STATE_UNNAMED, find_place
from ice_ledger.claims.relations import (
    CHANGE_END_NOTE,
    CHANGE_START_NOTE,
    ENDPOINTS_NOTE,
    MISCREDITED_NOTE,
    MULTIPLE_NOTE,
    RATIO_NOTE,
    YEAR_FRACTION_NOTE,
    between_counts,
)
from ice_ledger.claims.research_frames import (
    CRIME_KIND,
    credits_a_study,
    inside_a_quote,
    research_frames,
    study_figures_matching,
)
from ice_ledger.claims.venues import venue_claims
from ice_ledger.fiscal import fiscal_year

MAX_CLAIMS_PER_SENTENCE = 12
CONTEXT = 700  # characters around a sentence that research frames and study figures may read
MAX_SENTENCE = 5_000  # characters: a longer "sentence" is cut at this length so every step stays linear

_CHANGE_UP = re.compile(r"\b(?:rose|risen|rising|rises?|soar(?:ed|s)?|grows?|increase[sd]?|increasing|grew|grown|growth|jump(?:ed|s)?|"
                        # ('made up 13 percent of arrests': a part, not a rise)
                        r"(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)up|"
                        r"climb(?:ed|s)?|surge[sd]?|spike[sd]?|higher|more|doubled|tripled|trebled|quadrupled)\b", re.I)
# a percentage right after 'to' or 'from' is the level a change reached or left ('rose to 43%', 'up from 32.5%'),
# never the size of the change ('rose 43%', 'rose by 43%')
_LEVEL_LEAD = re.compile(r"\b(?:to|from)\s+(?:(?:about|around|roughly|nearly|almost|just|over|under|more than|less "
                         r"than|some|an? (?:estimated|reported))\s+)*$", re.I)
# ('deportations fall 10 percent' in a headline's present tense; never the season: 'in the fall of 2019')
_BEYOND_A_YEAR = re.compile(r"\s+(above|below|over|under)\s+(?:(?:the|its|their)\s+)?(?:(?:fiscal(?:\s+year)?|FY|calendar(?:\s+year)?)"
                            r"\s*['’]?(?:19|20)?\d\d\b|(?:19|20)\d\d\b|(?:the\s+)?(?:previous|prior|preceding)\s+(?:fiscal\s+)?year\b|"
                            r"the\s+(?:fiscal\s+)?year\s+before\b|"
                            # ('30 percent below the 267,258 of fiscal 2019', '… below fiscal 2019's 267,258')
                            r"(?:about\s+|roughly\s+|nearly\s+)?\d[\d,.]*(?:\s+[\w-]+){0,2}?\s+(?:of|in|for|during)\s+"
                            r"(?:(?:fiscal(?:\s+year)?|FY|calendar(?:\s+year)?)\s*)?['’]?(?:19|20)?\d\d\b|"
                            r"(?:(?:fiscal(?:\s+year)?|FY)\s*)?(?:19|20)\d\d['’]s\s+(?:about\s+|roughly\s+)?\d)", re.I)
# '↑25%', '▼ 17%', '+25%': the arrows and plus sign of charts and by-the-numbers boxes mark a change
_DOWN_ARROWS = "↓▼⬇🔻"
_ARROW_BEFORE = re.compile(r"([↑▲⬆↓▼⬇🔻]|(?<![\w\d)])\+)\s*(?:~\s*|(?:about|nearly|almost|roughly|some)\s+)?$")
_CHANGE_DOWN = re.compile(r"\b(?:fell|fallen|falling|(?<!the )(?<!this )(?<!last )(?<!early )(?<!late )falls?(?!\s+of\b)|"
                          # ('the 206 declined detainers', 'detainers declined', 'declined to honor': refusals, not a fall)
                          r"sank|slid|drop(?:ped|s)?|(?<!detainers )(?<!requests )declin(?:e|ed|es|ing)"
                          r"(?!\s+(?:ICE\s+|immigration\s+)?(?:detainers?|requests?)\b|\s+to\b)|decrease[sd]?|decreasing|"
                          r"slipp(?:ed|ing)|slips?|"
                          r"dipp(?:ed|ing)|dips?|sagged|tumbled?|slump(?:ed|s)?|"
                          r"down|cut|shr[ua]nk|lower|fewer|less|plummet(?:ed|s)?|plunge[sd]?|reduc(?:ed|tions?|ing)|halved)\b", re.I)
# '95,360 removals were of people who …', '31,557 of those removed had …': a part of the whole, described after it
_DESCRIBED_PART = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:(?:were|was)\s+(?:of|for)\s+(?:individuals|people|persons|those|"
                             r"immigrants|noncitizens|aliens|migrants)\s+(?:who|whom|that|for\s+whom|with)|"
                             r"of\s+(?:those|the\s+people|the\s+immigrants)\s+(?:removed|arrested|deported|detained)\s+"
                             r"(?:had|were|was)\b)", re.I)
# a year's total set against another year's: more ('topped', 'outpaced') or fewer ('trailed') than it
_PASSED_WORDS = {"topped": "more", "exceeded": "more", "surpassed": "more", "outpaced": "more", "outnumbered": "more",
                 "outstripped": "more", "eclipsed": "more", "beat": "more", "trailed": "fewer", "lagged behind": "fewer"}
# ('Total removals in FY2018 were nonetheless below the FY2017 level'): a level set below or above a year's
_BELOW_OR_ABOVE = (r"(?:were|was|are|is|fell|dipped|remained|stayed|rose|climbed|came\s+in)(?:\s+(?:nonetheless|still|also|"
                   r"again|well|far|just|slightly))?\s+(?:below|above)")
_PASSING = "|".join(w.replace(" ", r"\s+") for w in _PASSED_WORDS) + "|" + _BELOW_OR_ABOVE
# 'Fiscal 2024 topped fiscal 2019 by about 4,000': the year the verb compares with
_OUTDID = re.compile(rf"\b(?:{_PASSING})\s+(?:the\s+)?$", re.I)
# '15,000 more arrests than in fiscal 2017', '10,125 more people with criminal histories in fiscal 2018 than …',
# '27,426 more criminals last fiscal year': a number followed by 'more' or 'fewer' is the size of a difference
_MORE_THAN_DIFFERENCE = re.compile(r"^\s+(more|fewer|less|additional)\s+(?:(?:[\w()-]+\s+){0,10}?than\b|(?!than\b)[a-z])|"
                                   # 'FY2017 removals were about 14,000 lower than FY2016'
                                   r"^\s+(lower|higher|greater|smaller)\s+than\b", re.I)
_RATE_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:(?:a|per|each|every)\s+(day|week|month)\b|(dai|week|month)ly\b)",
                         re.I)
# '1.4 arrests per 100 unauthorized residents', 'about 14 for every 1,000 immigrants': a rate per head of a population
_PER_HEAD_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:per|for\s+every|for\s+each|out\s+of\s+every|in\s+every|of\s+every)\s+"
                             r"(?:(?:\d[\d,]*|one|a|ten|a\s+hundred|one\s+hundred|a\s+thousand|one\s+thousand)\s+"
                             r"(?:thousand\s+|million\s+)?|capita\b|head\b)", re.I)
_COMPARATIVE_WORD = re.compile(r"more|less|fewer|higher|lower", re.I)
_RATE_LEAD = re.compile(r"^\W*(?:(?:so|and|but)\s+)?(?:per|a|each|every)\s+(day|week|month)\s*[,:—–]", re.I)
_RATE_BEFORE = re.compile(r"\b(daily|weekly|monthly) (?:(?:average|rate|total|pace)s?\b[^.;]{0,40}|"
                          # 'Monthly ICE arrests averaged 13,000': the verb says it is the average
                          r"(?:[\w()-]+\s+){0,3}?(?:(?:has|have|had)\s+)?averag(?:ed|es?|ing)\s+(?:(?:about|around|roughly|"
                          r"nearly|almost|some|just|over|under|more\s+than|fewer\s+than|less\s+than)\s+)*)$", re.I)
_DURATION_AFTER = re.compile(r"^(?:\s(?:(?:preceding|previous|prior|past|following|subsequent) )?"
                             r"(?:fiscal |calendar |full |straight |consecutive )?|-)(?:years?|months?|weeks?|"
                             r"days?|hours?|decades?|year-old)\b(?!\s+(?:a|per)\b)", re.I)
_NOT_VALUE_BEFORE = re.compile(r"(?:\b(?:No\.|page|pages|section|table|figure|chapter|article|aged?|agenda\s+item|"
                               # '800 per 100,000': a rate's base, never a count
                               r"per|every|"
                               r"top|number|ranked|Title|EO|order|H\.R\.|S\.|Rule|Form|I-|"
                               # 'Claim four: …', 'Myth No. 2': a label of a list's item (capitalised: 'critics
                               # claim 143,470 arrests' is a claim of a count)
                               # ('Quote three:', 'Module 4', 'Gallery Three', 'Lesson Plan 12', 'PANEL 3.4')
                               r"(?-i:Claim|Myth|Item|Step|Reason|Question|Quote|Module|Lesson|Unit|Gallery|Plan|"
                               r"MODULE|PANEL|QUOTE)|"
                               # 'NEG Card 3', 'on Route 9', 'Exhibit 4': a label or a road's name, never a count
                               r"(?-i:Card|Route|Highway|Interstate|Exhibit|Appendix|Episode|Slide|Part|Panel|Tab|Channel|"
                               r"Suite|Room|Exit|Precinct|Ward|PART|SLIDE|CHAPTER|SECTION|ITEM|Ordinance|Resolution|Bill|Docket|Motion|"
                               r"Proposition|Prop\.|Measure)|(?-i:episode|ep\.|season)|"
                               # 'at the hearing in room 2141', 'extension 4417': where, or a line, never a count
                               r"(?-i:room|courtroom|suite|extension|ext\.|apartment|apt\.))\s*|#)$", re.I)
_ONLY_IF = re.compile(r"(?:(?!\b(?:and|as|while|because|when)\b)[^.;,]){0,60}?\bonly\s+if\b", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:expected to|on (?:track|pace) to|projected|projections?|forecast|"
                           # 'Analysts expect arrests back above 150k': what someone foresees
                           r"expects?|expecting|anticipat(?:e|es|ed|ing)|predicts?|predicting|would (?:reach|be|"
                           r"top|surpass|exceed|mean|equal|total|yield|amount\s+to|add\s+up\s+to|come\s+to|"
                           r"translate\s+(?:in)?to)|will (?:likely )?(?:reach|top|surpass|exceed|be)|could|might|"
                           r"aims? (?:to|for|at)|aiming (?:to|for|at)|seeks? to|goal of|target of|quota of|plans? to|"
                           r"wants? to(?!\s+(?:be\s+(?:clear|precise|accurate|exact|fair|honest)|stress|emphasi[sz]e|"
                           r"note|point\s+out|say|make\s+(?:it\s+)?clear|remind|repeat|underline|read|enter|put|share|"
                           r"highlight|correct|add|mention|tell))|"
                           # ('if I may', 'if you will': a courtesy, not a condition)
                           # ('if you go back to fiscal 2016', 'if we compare it with …': a way of measuring what did
                           # happen, not a condition)
                           r"if\b(?!\s+(?:I|you|we)\s+(?:may|might|will|could)\b|\s+(?:you|we|one)\s+(?:go(?:es)?\s+back|"
                           r"looks?\s+(?:back|at)|compares?|counts?|takes?|measures?|starts?|uses?|checks?|adds?|"
                           r"includes?|excludes?|adjusts?|calculates?)\b"
                           # ('240,255, if you want the exact figure', 'if you ask me': a turn to the listener)
                           r"|\s+(?:you|we)\s+(?:want|need|prefer|like|ask\s+me|must\s+know|are\s+counting)\b"
                           r"|\s+(?:memory\s+serves|I\s+recall|I\s+remember))|"
                           # 'We'd get arrests back above 200,000': what the speaker would do ('I'd ask that the number
                           # be entered', 'I'd note that …': what the speaker says)
                           r"(?:we|I|you|they|he|she)['’]d\s+(?!(?:been|had|seen|done|made|gone|got|gotten|taken|given|known|"
                           r"already|\w+ed|ask|note|add|say|point|remind|like|stress|submit|suggest|argue|emphasi[sz]e|"
                           r"underline|repeat|mention|observe|"
                           # ('… went from 30,348 to 40,066, and I'd keep that': an editor on the text, not a forecast)
                           r"keep|leave|retain|cite|include|flag|revert|restore)\b)"
                           r"(?:\w+\s+)?\w+)", re.I)
# 'has promised a million deportations a year', 'vowed to deport 1 million': a pledge names the number it pledges
_PLEDGED_BEFORE = re.compile(r"\b(?:promis|pledg|vow)(?:e|es|ed|ing)\s+(?:to\s+\w+\s+)?(?:(?:a|an|the|some|about|nearly|"
                             r"more\s+than|at\s+least|over|up\s+to)\s+)*$", re.I)
# 'the Trump administration would deport more than 1 million', 'ICE will arrest 3,000 a day': what is to be done
_WILL_DO_BEFORE = re.compile(r"(?:\b(?:would|will|shall)|['’]ll)\s+(?:not\s+)?(?:(?:likely|probably|soon|also|still|now|"
                             r"then|only|have)\s+)?[a-z]+\s+(?:(?:a|an|the|some|about|nearly|roughly|almost|more\s+than|"
                             r"at\s+least|over|up\s+to|as\s+many\s+as)\s+)*$", re.I)
_A_REPORTS_TITLE = re.compile(r"\s+(?:(?:annual|year-end|ERO|enforcement|statistical)\s+)*(?:report|review|yearbook)\b", re.I)
# 'the FY2017–FY2019 average'; 'the fiscal 2017–2019 period, when annual arrests averaged about 148,000'
_AN_AVERAGES_SPAN = re.compile(r"\s+(?:annual\s+|yearly\s+)?average\b|"
                               r"(?:\s+(?:period|years|span|stretch))?,?\s+when\b[^.;:\d]{0,40}?\baverag(?:ed|ing)\b",
                               re.I)
_AVERAGE_BEFORE = re.compile(r"\baverage\b[^.;]{0,60}$", re.I)  # 'the average of 148,000 a year from FY2017 …'
# 'If arrests keep rising …, ICE would make about 176,000 arrests': every clause of a conditional is hypothetical
# 'Q:', 'RESEARCHER:', 'FORMER ICE DIRECTOR:': a transcript's speaker label before what is said
_SPEAKER_LABEL = r"(?:[A-Z][A-Z.'’ -]{0,40}:\s*)?"
_CONDITIONAL = re.compile(r"^\W*" + _SPEAKER_LABEL + r"(?:If|Were|Should|Unless|Had)\b[^.;]*,[^.;]*(?:\b(?:would|could|might)\b|"
                          r"['’]d\b)", re.I)
# 'Suppose ICE had removed 300,000 …', 'Imagine …', 'In a world where …', 'Let's say …': the sentence sets up a case
# to reason about, and every number in it is supposed ('Say what you will, …' is not)
_SUPPOSED = re.compile(r"^\W*" + _SPEAKER_LABEL + r"(?:(?:now|so|but|and|well|ok|okay|then)\s*,?\s+)?(?:suppose|supposing|"
                       r"imagine|picture\s+(?:a|an|this|the)|let['’]s\s+say|let\s+us\s+say|say(?!\s+what)|assume|assuming|"
                       r"pretend|hypothetically|what\s+if|in\s+a\s+world\s+(?:where|in\s+which)|consider\s+(?:a|the)\s+"
                       r"(?:scenario|world|case|hypothetical|thought\s+experiment))\b", re.I)


def _supposed_at(s: str, at: int) -> bool:
    """A position inside the case a sentence supposes: up to the first colon or semicolon after the opener ('But
    imagine if critics read past the headline: 72 percent had records' states the 72 percent)."""
    m = _SUPPOSED.match(s)
    if m is None:
        return False
    stop = re.search(r"[:;]", s[m.end():])
    return at < (m.end() + stop.start() if stop else len(s))


# 'Deporting 1 million people a year … would require roughly four times …': a number the sentence supposes
_WOULD_AFTER = re.compile(r"^[^.;]{0,80}?\b(?:would|could|might)\s+(?:(?:likely|probably|also)\s+)?(?:require|need|mean|"
                          r"take|cost|reach|have\s+to|amount\s+to|exceed|surpass|top)\b", re.I)
_AGENCY_NAMES = re.compile(r"\bEnforcement and Removal Operations\b|\bRemoval Management\b", re.I)
_AGENCY = re.compile(r"\bICE\b|\bthe agency\b|\bImmigration and Customs Enforcement\b")
# a date followed by what it dates ('Trump's Jan. 25 executive order'): an event's date, not a number's period
_EVENT_DATE = re.compile(r"\s*(?:executive\s+)?(?:order|memo(?:randum)?|proclamation|directive|announcement|speech|rally|"
                         r"inauguration|hearing|ruling|decision|letter)\b", re.I)
# a clause after the number that starts afresh: its subgroup words are its own ('..., and border removals fell')
# (', with fewer criminals among them': a clause about another quantity, not the number's own group)
_LATER_CLAUSE = re.compile(r"(?:,|\s*[—–]|\s+--)\s+(?:even\s+)?(?:and|as|because|while|but|since|though|although|whereas|"
                           # (', with border removals down 17%': a clause with a subject of its own)
                           r"if|when|with)\b|;|"
                           # 'ICE arrested some 143,000 people in fiscal 2017 and said most had criminal records'
                           r"(?:,|\s+and)\s+(?:also\s+)?(?:said|says|added|noted|reported|stated|claimed|insisted)\b|"
                           # '33,243 at-large arrests, the operations that most frighten families': an apposition
                           # describing the count, not narrowing it
                           r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:that|which|who|whose)\b|"
                           # ('…, which tells you what the last administration's priorities were': a comment on the
                           # statement, not words about the counted group)
                           # (not '…, which reflects only those with criminal convictions': the group it counts)
                           r",\s+which\s+(?:\w+\s+)?(?:tells?|shows?|says?|suggests?|reveals?|explains?|proves?|"
                           r"indicates?|underlines?|underscores?)\s+(?:you\s+|us\s+)?(?:what|how|why|that|a\s+lot|"
                           r"something|everything|much)\b|"
                           r",\s+with\s+(?:far\s+|many\s+|slightly\s+)?(?:fewer|more|less|a\s+(?:smaller|larger|bigger|"
                           r"lower|higher|growing|shrinking))\b|,\s+with\s+(?:[a-z]+\s+){1,2}?[a-z]+ing\b")
# '… — about one in eight arrests': a share of the whole the noun names
_OF_THE_WHOLE_NOUN = re.compile(r"\s+(?:of\s+)?(?:all\s+)?(?:ICE(?:['’]s)?\s+)?(?:arrests|removals|deportations|arrestees|"
                                r"detainers)\b(?!\s+(?:of|with|who|that|were|had|involved)\b)", re.I)
# '71.7 percent had convictions or pending charges; that is nearly three in four': the same share, restated
_THAT_IS = re.compile(r"[^.;]{0,60}?(?:[;,]|\s[—–])\s*(?:that\s+is|that['’]s|i\.e\.,?|or)\s+(?:about\s+|roughly\s+|nearly\s+|"
                      r"almost\s+|some\s+|just\s+(?:over|under)\s+)?", re.I)
# '59 percent of those removed, or 216,810 people, had ...', 'three-quarters of those arrested, 71.7 percent, had ...',
# 'three in four arrestees, not 92 percent, had ...': a number set beside the share, then the share's predicate
_APPOSITION = re.compile(r"^[^,;—–]{0,40}(?:,|\s[—–]|\s--)\s+(?:(?:or|not|a total of|about|nearly|roughly|some|more than|"
                         r"over|almost|just over|just under|fewer than|less than|at least)\s+)*(?:\d[\d,.]*"
                         r"(?:\s*(?:%|percent))?|(?:one|two|three)[- ](?:thirds?|quarters?|fifths?|halves)|half)"
                         r"(?:\s+[a-z]+)?(?:,|\s[—–]|\s--)")
_A_SHARE_OF_ALL_BESIDE = re.compile(r"^[^,;—–]{0,40}(?:,|\s[—–]|\s--)\s+(?:(?:or|about|nearly|roughly|some|almost|just\s+over|"
                                    r"just\s+under|more\s+than|less\s+than|under|over)\s+)*\d[\d.]*\s*(?:%|percent\b|per\s+"
                                    r"cent\b)\s+of\s+(?:the\s+|all\s+)?(?:total|all|removals|arrests|deportations)\b"
                                    r"[^,;—–]{0,20}(?:,|\s[—–]|\s--)", re.I)
_COMPARED_WITH = re.compile(r"\b(?:compared (?:with|to)|relative to|versus|vs\.?|(?:measured|set|compared|weighed|"
                            r"benchmarked)\s+against)\s+(?:the\s+)?(?:in\s+)?$", re.I)
# a period, an apposition at most, then a clause about that year: 'FY2016, the last full year of Obama, when ICE made'
# ('…, a drop from fiscal 2019, which itself had seen about 143,000 arrests': the year the relative clause describes)
_WHEN_CLAUSE = re.compile(r"(?:\s+(?:period|years|era|span|stretch))?(?:,[^,.;\d]{0,60})?,?\s+(?:when|in which|during which|"
                          r"which\s+(?:itself\s+)?(?:had\s+)?(?:seen|saw|recorded|logged|brought|was|were|been))\s+[^,.;\d]{0,70}?"
                          r"(?:about |nearly |just |only |roughly |some |more than )?", re.I)
# 'than in fiscal 2017', 'compared with fiscal 2016': a year a count is compared with
_COMPARED_IN = re.compile(r"\b(?:than|from|compared\s+(?:with|to)|versus|vs\.?|over|above|below)\s+(?:in\s+|during\s+)?"
                          r"(?:the\s+)?$", re.I)
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.I)
# '110,104 arrests that year', 'removals in that same fiscal year': a year named before the number, pointed back to
_THAT_YEAR_AFTER = re.compile(r"[^.;,\d]{0,40}?\b(?:in\s+|during\s+)?(?:that|the\s+same|that\s+same)\s+"
                              r"(?:fiscal\s+|calendar\s+)?year\b", re.I)
# 'removals fell from fiscal 2014 — that year they were 315,943': the same pointer before the number
_THAT_YEAR_BEFORE = re.compile(r"\b(?:that|the\s+same|that\s+same)\s+(?:fiscal\s+|calendar\s+)?year(?:['’]s)?\b"
                               r"[^.;\d]{0,40}$", re.I)
_RESTATES = re.compile(r"^\W*(?:That|This|It|Which)\s+(?:works?\s+out\s+to|comes?\s+to|amounts?\s+to|equals|"
                       r"means|translates?\s+(?:in)?to)\b", re.I)
# 'That is up from …', 'This was down sharply from …': a sentence about the figure before it, measured against bases
_UP_OR_DOWN_FROM_WORDS = r"^\s*(?:That|This|It)(?:['’]s|\s+is|\s+was)\s+(?:up|down)\s+(?:\w+\s+)?from\b"
_ANAPHORA = re.compile(r"\b(?:that|this|the) (?:number|figure|total|tally|count)\b|\b(?:these|those|they|them|"
                       r"of whom|of them|it)\b|^\s*(?:That|This)(?:['’]s| is| was| marks| marked| represents| represented) an? "
                       # ('That's a 28% drop from the year before', 'That is a 4.5 percent increase')
                       r"(?:[\w.,]+%? |[\w.,]+ percent )?(?:decline|drop|decrease|fall|increase|rise|jump|gain|reduction|cut)\b|"
                       # 'That was 30 percent fewer than the year before', 'That was 15,111 more than in fiscal 2017'
                       r"^\s*(?:That|This) (?:is|was) (?:about |nearly |roughly |some |more than |almost |just )?"
                       r"\d[\d,.]*\s*(?:%|percent)?\s+(?:more|fewer|less|higher|lower|above|below)\b|"
                       # 'That's up from 143,470 the year before', 'This is down sharply from 240,255 in fiscal 2016'
                       + _UP_OR_DOWN_FROM_WORDS +
                       r"\s+(?:about |nearly |roughly |an average of (?:about )?|some |more than |almost |just )?\d|"
                       r"^\s*(?:Another|A further|An additional|Only|Just|The other|The remaining) (?:about |nearly |roughly "
                       r"|some )?\d[\d,.]*\s*(?:%|percent)|"
                       r"^\s*(?:Another|A further|An additional|The other|The remaining) (?:about |nearly |roughly |some )?"
                       r"\d[\d,.]*\s+(?:were|was|had|came)\b", re.I)


# 'The total was 185,884', 'Overall, it was 185,884': the whole the earlier sentence's subgroup belongs to, so its
# subgroup words are not carried over ('that total' still points back at the subgroup itself, and 'a quarter of the
# total' is the subgroup's share of it)
_THE_WHOLE = re.compile(r"(?<!\bthat )(?<!\bthis )(?<!\bof )\b(?:the\s+(?:overall\s+|grand\s+|full\s+)?total\b|in\s+total\b|"
                        r"overall\b|all\s+told\b|altogether\b|in\s+all\b)", re.I)


@cache
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def sentences(text: str) -> list[Span]:
    """Sentences with offsets, in time linear in the text: paragraphs first (a heading never glues onto the next
    sentence), then pysbd within each, each sentence located from a running cursor."""
    out: list[Span] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", lines_joined(text)):
        block = para.group(0)
        if not block.strip():
            continue
        pieces = _pieces(block, MAX_SENTENCE * 4)
        base = para.start()
        for piece in pieces:
            for at, s in _merged_citations(_located(piece)):
                for k in range(0, len(s), MAX_SENTENCE):
                    chunk = s[k:k + MAX_SENTENCE]
                    out.append(Span(base + at + k, base + at + k + len(chunk), chunk))
            base += len(piece)
    return out


def lines_joined(text: str) -> str:
    """The text with a line broken inside a sentence joined ('… for felony drug crimes than\nnative-born citizens.'),
    the same length, so sentences, their contexts and the report's offsets all read one text."""
    joined = _LINE_GOES_ON.sub(" ", _A_FIGURE_LINE.sub(_figure_and_caption, text))
    while joined != text:  # (joined again until nothing changes, so joining a joined text changes nothing)
        text, joined = joined, _LINE_GOES_ON.sub(" ", _A_FIGURE_LINE.sub(_figure_and_caption, joined))
    return joined


# '#3 | 92%' or '4. 62,739.' on a line of its own, its caption on the next ('Share of people arrested who …'): an
# infographic's figure and what it counts, one sentence (never a year alone, a heading's)
_A_FIGURE_LINE = re.compile(r"(?m)^(?P<fig>[ \t]*(?:[#•*-]\s*)?(?:\d{1,2}[.)]\s+|#?\d{1,2}\s*\|\s*)?(?:(?:about|nearly|"
                            r"more\s+than|over|some|almost)\s+)?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:%|percent\b)|"
                            r"(?!(?:19|20)\d\d\b)\d{3,}\b)(?:[ \t]+[A-Za-z'’()-]+){0,4}?)[ \t]*(?P<end>[.:|—–]?)[ \t]*\n"
                            r"(?=[ \t]*[A-Z])")


def _figure_and_caption(m: re.Match[str]) -> str:
    tail = len(m.group(0)) - len(m.group("fig"))  # the same length, so every offset holds
    return m.group("fig") + (":" + " " * (tail - 1) if tail > 1 else " ")


_LINE_GOES_ON = re.compile(r"(?<![.!?:;\"”\n])\n(?=[ \t]*[a-z])|(?<=[a-z,])\n(?=[ \t]*\d)")
# '… through FY2024.[1] Over the nine years …': a footnote marker after a full stop ends the sentence (pysbd loses the
# text after such a marker, so the piece is cut there first)
# (and a letter marker: '… was 340.[d] Researchers …')
_FOOTNOTE_END = re.compile(r"(?<=[.!?])[\"”’]?(?:\[\d{1,3}\]|\(\d{1,3}\)|\[[a-z]\])(?=\s)")
# '… 36 percent of the total.] Of those arrested, …': an aside closed after its full stop ends a sentence
_ASIDE_END = re.compile(r"(?<=[.!?][\])])\s+(?=[\"“(\[]?[A-Z])")
# '… Miles & Cox, 57 J.L. & Econ. 937 (2014), found …': a cited journal's abbreviation, then a page or a word that
# goes on, is no sentence end
_ABBREVIATED_WORD_END = re.compile(r"\b[A-Z][a-z]{1,5}\.$")
_GOES_ON = re.compile(r"^(?:[a-z]|\d{1,4}\b(?![,.]?\d))")
# 'fell to approx. 24,000', 'incl. returns': a word shortened inside a sentence, before a number or a word that goes on
_SHORTENED_WORD_END = re.compile(r"\b(?:approx|appr|est|incl|excl|avg|ca|esp|resp|nos?|pp?|fig|vol|cf)\.$", re.I)


def _located(piece: str) -> list[tuple[int, str]]:
    """pysbd's sentences of one piece, each with its offset in the piece (found from a running cursor)."""
    out: list[tuple[int, str]] = []
    cursor, start = 0, 0
    for cut in [m.end() for m in _FOOTNOTE_END.finditer(piece)] + [len(piece)]:
        part = piece[start:cut]
        for seg in (z for whole in _segmenter().segment(part) for x in _ABBREVIATION_END.split(whole)
                    for y in _ASIDE_END.split(x) for z in _aside_sentences(y)):
            s = seg.strip()
            at = piece.find(s, cursor) if s else -1
            if at < 0:
                continue
            cursor = at + len(s)
            out.append((at, s))
        start = cut
    return out


# '143,470. That's how many administrative arrests ICE made …': a stat line's number alone, then what it counts
_A_NUMBER_ALONE = re.compile(r"^(?:(?:about|nearly|almost|roughly|more\s+than|over|some)\s+)?(?:\d{1,3}(?:,\d{3})+|"
                             r"\d+(?:\.\d+)?\s*(?:%|percent)|(?!(?:19|20)\d\d\b)\d{3,})\.$", re.I)
_THATS_HOW_MANY = re.compile(r"^That(?:'s|’s|\s+is|\s+was|\s+were|\s+are)\s+(?:how\s+many|the\s+number\s+of|"
                             r"the\s+share\s+of|the\s+percentage\s+of)\b", re.I)


def _aside_sentences(seg: str) -> list[str]:
    """'[Note: ICE lists 240,255 removals. Removals from interior arrests were 65,332.]': pysbd keeps a bracketed
    aside whole, so its own sentences are split again, and one sentence's measure never reaches another's number."""
    s = seg.strip()
    if len(s) < 3 or s[0] not in "[(":
        return [seg]
    inner: list[str] = []
    for part in _segmenter().segment(s[1:]):
        if inner and not re.search(r"\w", part):
            inner[-1] = inner[-1].rstrip() + part.strip()  # (the closing bracket stays with its sentence)
        else:
            inner.append(part)
    return inner if len(inner) > 1 else [seg]


def _merged_citations(located: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Sentences split after a citation's abbreviation ('Econ.') joined again when the next one goes on, and a stat
    line's number joined to the sentence saying what it counts."""
    out: list[tuple[int, str]] = []
    for at, s in located:
        if out and ((_ABBREVIATED_WORD_END.search(out[-1][1]) and _GOES_ON.match(s))
                    or (_SHORTENED_WORD_END.search(out[-1][1]) and re.match(r"[a-z\d(]", s))
                    or (_A_NUMBER_ALONE.match(out[-1][1]) and _THATS_HOW_MANY.match(s))):
            prev_at, prev = out[-1]
            out[-1] = (prev_at, prev + " " * (at - prev_at - len(prev)) + s)
            continue
        out.append((at, s))
    return out


# pysbd keeps "... in the interior of the U.S. Of those removed, ..." as one sentence: an abbreviation that ends a
# sentence is followed by a word that starts one
_ABBREVIATION_END = re.compile(r"(?<=\bU\.S\.)\s+(?=(?:Of|The|In|But|And|That|This|These|Those|A|An|It|Its|They|He|"
                               r"She|We|According|However|Meanwhile|Since|While|After|Before|During|Last|Now|Yet|For|"
                               # ('… than people born in the U.S. Legal immigrants were …')
                               r"Legal|Illegal|Undocumented|Unauthorized|Immigrants|Most|Many|Some|Only|About|Nearly|"
                               r"More|Fewer|There|Still|Also|So|Then|Today|Arrests|Removals|Deportations|Studies|"
                               r"Research|Crime)\b)")


def _pieces(block: str, size: int) -> list[str]:
    """A very long paragraph cut into pieces at sentence ends, so the splitter never sees more than `size`."""
    out = []
    while len(block) > size:
        cut = block.rfind(". ", 0, size)
        cut = cut + 2 if cut > size // 2 else size
        out.append(block[:cut])
        block = block[cut:]
    return [*out, block]



def extract(text: str, article_date: dt.date | None = None, cities: frozenset[str] = frozenset()) -> list[Claim]:
    """Every checkable claim in the text, in reading order (`cities`: the large cities' names, as places)."""
    claims: list[Claim] = []
    text = lines_joined(text)
    ctx = Discourse(article_date, article_list=article_list(text), text=text, cities=cities)
    for si, sent in enumerate(sentences(text)):
        context = text[max(0, sent.start - CONTEXT):sent.end + CONTEXT]
        found = _apprehensions_unsure(_reading_order(_claims_in_sentence(sent, si, ctx, context)))
        claims.extend(found[:MAX_CLAIMS_PER_SENTENCE])
        if len(found) > MAX_CLAIMS_PER_SENTENCE:
            claims[-1].notes.append(f"{len(found) - MAX_CLAIMS_PER_SENTENCE} more quantities in this sentence were "
                                    f"not checked (limit {MAX_CLAIMS_PER_SENTENCE} per sentence)")
    for i, c in enumerate(claims, 1):
        c.id = f"c{i}"
    return claims


# 'apprehensions' is Border Patrol's word as often as ICE's: without ICE named, an arrest read from it is unsure
_APPREHENSIONS = re.compile(r"\bapprehensions?\b", re.I)
_ICE_NAMED = re.compile(r"\bICE\b|Immigration and Customs Enforcement|\bERO\b|Enforcement and Removal|"
                        r"\bdeportation officers?\b|\bimmigration (?:officers|agents)\b", re.I)


def _apprehensions_unsure(found: list[Claim]) -> list[Claim]:
    """Arrests read from 'apprehensions' in a sentence that names no ICE office: confirmed, never refuted."""
    for c in found:
        words = c.subject_span.text if c.subject_span is not None else c.span.text
        if c.event == "arrest" and _APPREHENSIONS.search(words) and not _ICE_NAMED.search(c.sentence.text) \
                and c.measure_confidence == "high":
            c.measure_confidence = "medium"
            c.notes.append("'apprehensions' with no agency named: Border Patrol's word as often as ICE's")
    return found


def _reading_order(found: list[Claim]) -> list[Claim]:
    """Claims in the order they are written; a ranking word that modifies a number ('a record 2.3 million') comes
    after the number it ranks."""
    numbers = [c.value_span.start for c in found if c.kind != "ranking" and c.value_span is not None]

    def key(c: Claim) -> float:
        if c.kind == "ranking" and c.value_span is not None:
            # the ranked thing is written later, with its number ('The record is 2012, when ... 410,000 deportations')
            reach = max(25, c.subject_span.start - c.value_span.end) if c.subject_span is not None else 25
            after = [n for n in numbers if 0 <= n - c.value_span.end <= reach]
            if after:
                return after[0] + 0.5
        inside = [n for n in numbers if c.kind == "causal" and c.span.start <= n < c.span.end]
        if inside:  # 'arrests fell 30% ... largely due to the pandemic': the cause after the numbers it explains
            return max(inside) + 0.5
        if ENDPOINTS_NOTE in c.notes or MULTIPLE_NOTE in c.notes:
            return c.span.end - 0.5  # 'fell from Y to X', 'double the Y': the relation after the two numbers
        return float(c.span.start)

    return sorted(found, key=key)


def _span(sent: Span, start: int, end: int) -> Span:
    return Span(sent.start + start, sent.start + end, sent.text[start:end])


def _is_value(q: Quantity, s: str, periods: list[PeriodMention]) -> bool:
    """False for numbers that are not claim values: inside a date or period, durations, ages, ordinals, labels."""
    if any(p.start <= q.start < p.end or q.start <= p.start < q.end for p in periods):
        return False
    if not q.is_share and _DURATION_AFTER.match(s[q.end:q.end + 30]):
        return False
    before = s[max(0, q.start - 12):q.start]
    if _NOT_VALUE_BEFORE.search(before):
        return False
    if q.text.isdigit() and len(q.text) <= 2 and re.fullmatch(r"\W*", s[:q.start]) and re.match(r"(?:[.)/]|/\d+)\s", s[q.end:]):
        return False  # '2. Administrative arrests …', '12/ And one more': an item or post number, not a count
    if q.text.isdigit() and len(q.text) <= 2 and re.fullmatch(r"\W*\d{1,2}/", s[:q.start]):
        return False  # '3/10 ICE removed …': the thread's length
    if re.fullmatch(r"\W*", s[:q.start]) and re.match(r"\s+[A-Z]", s[q.end:]) and (
            re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){1,3}", q.text)
            or (q.text.isdigit() and len(q.text) <= 2 and re.search(r"\d", s[q.end:]))):
        # '2.5 Of all FY2018 removals, 95,360 …', '6.2.5 ICE arrests fell …', '12 Arrests in FY2018 were 158,581': a
        # section number opening a memo's paragraph, not a count
        return False
    if before.endswith("[") and s[q.end:q.end + 1] == "]" and q.text.isdigit():
        return False  # 'in FY2018.[1]': a footnote marker
    if re.match(r"^(?:st|nd|rd|th)\b", s[q.end:q.end + 3]):
        return False
    if re.search(r"\b(?:first|second|latter|back|front)\s+$", before) and re.match(r"\s+of\b", s[q.end:q.end + 4]):
        return False  # 'the first half of fiscal 2019': a part of a period, not a share
    if re.match(r"^\s*\(\s*[a-z]\s*\)", s[q.end:q.end + 6]):
        return False  # a section of law that names a program: '287(g)', '1373(a)'
    if re.search(r"\b(?:Section|§|U\.S\.C\.)\s*$", before):
        return False
    if not q.is_share and re.search(r"(?:\b(?:Report|Br|Brief|Op|Tr|Rec|Decl|Compl|Mem|[Ii]d|supra)\.?,?\s+at|\b(?:Br|Op|Tr|Compl|Decl|Mem)\.|\bpp?\.|¶+)\s*$",
                                    s[max(0, q.start - 20):q.start]):
        return False  # '(ICE, FY2021 Annual Report at 12)', 'Pl.'s Br. 12', '¶ 14': a page or paragraph cited
    if re.search(r"[A-Za-z]['’]s?\s+$", before) and re.match(r"\s+(?:counties|cities|states|parishes|towns|"
                                                            r"municipalities|boroughs)\b", s[q.end:q.end + 16]):
        return False  # "Texas' 254 counties": how many the place has, the whole a share is of
    covered = _PLACES_COVERED_BEFORE.search(s[max(0, q.start - 60):q.start])
    # (a study's own sample, 'a study covering 107 cities', is its figure; the country's 3,000 counties are not)
    if not q.is_share and covered and (covered.group("mapped") or q.value >= 1000) and re.match(
            r"\s+(?:U\.S\.\s+)?(?:counties|cities|states|jurisdictions|localities)\b", s[q.end:q.end + 20]):
        return False  # 'maps more than 3,000 counties', 'out of 3,000 counties': the places looked at, not a count
    if not q.is_share and re.match(r"-(?:something|odd|ish|part|page|point|step|member|person|people|man|woman|strong|"
                                   r"item|minute|hour|mile|story|"
                                   r"count|judge|seat|vote)\b", s[q.end:q.end + 12], re.I):
        return False  # 'a 3-part series', 'the 20-something pages', 'a 5-member board': a compound word, not a count
    if q.text.isdigit() and len(q.text) <= 5 and re.match(
            r"\s+(?:[NSEW]\.\s+[A-Z][a-z]|(?:North|South|East|West)\s+[A-Z][a-z]+\.?\s+(?:St|Street|Ave|Avenue|Road|Rd|"
            r"Blvd|Boulevard|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct)\b)", s[q.end:q.end + 40]):
        return False  # '1200 W. Main St.': a street address
    if q.text.isdigit() and len(q.text) <= 5 and _A_STREET_AFTER.match(s[q.end:q.end + 40]):
        return False  # '214 Constitution Avenue, Room 3': a street address
    if not q.is_share and (_A_SCORE_AFTER.match(s, q.end) or (
            s[:q.start].rstrip().endswith("(") and re.match(r"\s+points?\s*\)", s[q.end:q.end + 12]))):
        return False  # '1,044 upvotes', '(612 points)': a post's score, not a count of anything enforced
    if re.search(r"\bpages?\s+\d+\s*(?:through|to|thru|and|-|–)\s*$", s[max(0, q.start - 30):q.start], re.I):
        return False  # 'pages 3 through 9': a page range
    if not q.is_share and q.value <= 12 and re.search(r"\bin\s+$", before) \
            and _WHERE_A_STUDY_WAS_DONE.match(s[q.end:q.end + 40]) and _A_STUDY_WORD.search(s):
        # 'a survey of 2,004 Latinos in four large counties': where the study was done, not a count (a study's
        # sample of many places, 'in 140 counties', is a figure of the study, checked against it)
        return False
    if not q.is_share and _FOR_EVERY_N_BEFORE.search(s[max(0, q.start - 120):q.start]):
        # 'for every 10 people ICE arrested in fiscal 2016, it arrested a little more than 14 last year': the other
        # term of a ratio, not a count
        return False
    if q.text.lower() in ("one", "a single") and _ONE_PLACE_ALONE.match(s[q.end:q.end + 40]):
        return False  # ('One county alone, Travis County, accounted for 142': which place, not a count)
    if not q.is_share and _OTHER_THINGS_AFTER.match(s[q.end:q.end + 50]):
        return False  # '1,012 victims', '6,688 weapons', '516,050 charges': counts of something else
    if not q.is_share and _SPEAKERS_OR_WRITINGS_AFTER.match(s[q.end:q.end + 50]):
        return False  # 'One widely shared post said', 'Two law professors found': who speaks, not what is counted
    if not q.is_share and _OF_SO_MANY_YEARS.match(s[q.end:q.end + 60]):
        return False  # 'in three of its four years', 'in two of the last three fiscal years': a count of years, not of people
    if not q.is_share and (_RATIO_AFTER.match(s[q.end:q.end + 30]) or (q.value == 1 and _RATIO_BEFORE.search(before))):
        return False  # 'roughly three times those of 2021', 'nearly two to one': a ratio, not a count
    if not q.is_share and _ALTERNATIVES.search(s[max(0, q.start - 20):q.start] + "#" + s[q.end:q.end + 20]):
        return False  # 'one, two or three agreements': possibilities, not a count
    if re.match(r":\d\d\b", s[q.end:q.end + 3]) or re.search(r"\d:$", s[max(0, q.start - 2):q.start]):
        return False  # '10:55 a.m.': a time of day
    of = re.search(r"\d+\s*(?:of|/)\s*$", s[max(0, q.start - 20):q.start])
    at = max(0, q.start - 20) + of.start() if of is not None else 0
    if of is not None and _NOT_VALUE_BEFORE.search(s[max(0, at - 12):at]):
        return False  # 'Slide 5 of 20 - Arrests …': the number of slides the labelled one is of, not a count of arrests
    if re.search(r"\bb\)\s*\($|\bBates\s+(?:No\.\s*)?$", s[max(0, q.start - 12):q.start]):
        return False  # '[b)(6)]', '(b)(7)(C)': a FOIA exemption code; 'Bates 000451': a page stamp
    if any(m.start() <= q.start < m.end() for m in _A_PHONE_NUMBER.finditer(s)):
        return False  # 'call 1-800-555-0147': a phone number, not three counts
    if q.text.isdigit() and 16 <= q.value <= 105 and _AN_AGE_AFTER.match(s[q.end:q.end + 12]) and (
            _A_PERSON_BEFORE.search(s[max(0, q.start - 60):q.start]) or _WHO_IS_BEFORE.search(s[:q.start])):
        return False  # 'The mayor, 47, said', 'Officer Dana Ruiz, 41,', 'the reporter, who is 29,': an age
    if q.is_share and _A_COUNT_OF_PLACES_BEFORE.search(s[max(0, q.start - 60):q.start]) \
            and _OF_NO_NAMED_WHOLE.match(s[q.end:q.end + 40]):
        return False  # '735 counties, nearly a quarter of the total, …': the share of all places the count is, not a rate
    if _AN_OPERAND_AFTER.match(s, q.end) or _AN_OPERAND_BEFORE.search(s[max(0, q.start - 12):q.start]):
        return False  # '(158,581 - 110,104) / 110,104 = 0.440': a worked sum's operands, not claims of their own
    if q.text.isdigit() and re.search(r"\b(?:19|20)\d\d-$", s[max(0, q.start - 5):q.start]):
        return False  # 'Ordinance 2019-07': the second part of a numbered item
    if q.text.isdigit() and q.value <= 110 and _A_RELATIVE_IS_BEFORE.search(s[max(0, q.start - 50):q.start]):
        return False  # 'because my son is 19': an age
    if q.text.isdigit() and q.value <= 110 and _AN_OCCUPATION_BEFORE.search(s[max(0, q.start - 40):q.start]) \
            and s[q.end:q.end + 1] == ")":
        return False  # 'TOM GRADY (contractor, 52): …': a speaker's age
    if q.text.isdigit() and q.value <= 110 and _A_PRONOUN_WAS_BEFORE.search(s[max(0, q.start - 20):q.start]) \
            and _WHEN_AFTER_AN_AGE.match(s, q.end):
        return False  # 'I was 17 when I was arrested for shoplifting': an age
    if re.search(r"\bdetainers?\s+to\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+|roughly\s+|some\s+)?$",
                 s[max(0, q.start - 40):q.start], re.I):
        return False  # 'ICE sent detainers to 3,671 law enforcement agencies': how many received them, not how many
    if _restarted(q, s):
        return False  # 'a hundred and -- let me finish -- a hundred and fifty-eight thousand': a false start
    return not (q.value < 1 and not q.is_share)


# a dash, up to a few filler words ('sorry', 'let me finish', 'uh'), another dash, then the number said over
_RESTART_AFTER = (r"(?:\s+and)?\s*(?:(?:—|–|--|-)\s*(?:[A-Za-z'’]+[\s,]+){{0,6}}?(?:(?:—|–|--|-)\s*)?|"
                  r",\s*(?:sorry|uh|um|er|I\s+mean|excuse\s+me|let\s+me\s+finish|wait)\s*(?:,|—|–|--|-)\s*)"
                  r"(?:an?\s+)?{first}\b")


def _restarted(q: Quantity, s: str) -> bool:
    """A number the speaker broke off and said again ('two -- sorry -- two hundred fifty-six thousand')."""
    first = re.match(r"[A-Za-z]+|\d+", q.text)
    if first is None:
        return False
    m = re.compile(_RESTART_AFTER.format(first=re.escape(first.group(0))), re.I).match(s, q.end)
    return m is not None and m.end() - q.end <= 60


_AN_OCCUPATION_BEFORE = re.compile(r"\(\s*[A-Za-z][\w .'’-]{1,30},\s*$")
_A_PRONOUN_WAS_BEFORE = re.compile(r"\b(?:I|he|she|we|they)\s+(?:was|were|am|is|are)\s+(?:only\s+|just\s+)?$", re.I)
_WHEN_AFTER_AN_AGE = re.compile(r"\s+(?:when|years?\s+old|at\s+the\s+time)\b", re.I)
_A_PHONE_NUMBER = re.compile(r"(?:\b1[-.\s])?(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.]\d{4}\b|"
                             r"\b(?:call|phone|hotline|tel\.?|fax|at)\s+\d{3}-\d{4}\b|"
                             # "the clerk's line is 555-0198": a local number (a range never starts its end with 0)
                             r"\b(?:line|number|phone|hotline|dial|text|fax)\b[^.;\d]{0,20}\d{3}-\d{4}\b|\b\d{3}-0\d{3}\b|"
                             # 'people stop calling 911', 'a rise in 911 calls': the emergency line, not a count
                             r"\b(?:call(?:s|ed|ing)?|dial(?:s|l?ed|l?ing)?|text(?:s|ed|ing)?)\s+911\b|\b911(?=\s+"
                             r"(?:calls?|dispatch\w*|operators?|lines?|centers?|centres?|systems?)\b)",
                             re.I)
# (but 'the DHS list spanned 35 states', 'its count covers 19 states': the states of a list's members)
# ('The ILRC map, covering more than 3,000 counties, …': an aside between)
_A_COMMA = re.compile(r"\s*,")
_ONLY_A_COMMA = re.compile(r"\s*,\s*")
_TO_A_LEVEL_REACHED = re.compile(r",\s*to\s+(?:(?:about|nearly|roughly|some|almost|just\s+over|over|more\s+than)\s+)?$")
_A_SHORT_GAP = re.compile(r"[^.;\d]{0,30}")
# ('fell by about 40,000, to about 104,000, well below fiscal 2018's': a year the level reached is compared with)
_THE_LEVELS_COMPARISON = re.compile(r",\s*to\s+(?:(?:about|nearly|roughly|some|almost|just)\s+)?\d[\d,.]*\s*(?:[\w-]+\s*)?,"
                                    r"\s*(?:[\w-]+\s+){0,2}?(?:below|above|under|over|beneath|beyond|short\s+of|than(?:\s+in)?|"
                                    r"(?:down|up)\s+from|compared\s+(?:with|to))\s+(?:the\s+)?$")
_PLACES_COVERED_BEFORE = re.compile(r"(?:\b(?P<mapped>maps|mapped|mapping|(?:map|database|dataset)\s+of|out\s+of)|"
                                    r"\b(?:map|database|tracker|survey|dataset|website|tool|project|report|study|"
                                    r"analysis)\b[^.;]{0,40}?\b(?:covers|covered|covering|spans|spanned|spanning))\s+"
                                    r"(?:the\s+|all\s+)?(?:(?:more\s+than|over|nearly|about|some|roughly|almost)\s+)?$",
                                    re.I)
_A_COUNT_OF_PLACES_BEFORE = re.compile(r"\d[\d,]*\s+(?:[a-z]+\s+)?(?:counties|cities|jurisdictions|localities|states|"
                                       r"municipalities|towns)\s*[,(—–-]\s*(?:(?:nearly|almost|about|roughly|some|over|more\s+"
                                       r"than|just\s+over|just\s+under|under|less\s+than)\s+)?$", re.I)
# ('735 counties, nearly a quarter of the total, …' but not '…, nearly a quarter of all counties', which the list rates,
# nor '… in 24 states, 67 percent said …', a share of something else)
_OF_NO_NAMED_WHOLE = re.compile(r"\s*(?:of\s+(?:the\s+)?(?:total|country|nation|whole|U\.S\.|United\s+States)\b)?\s*[,)—–]",
                                re.I)
_A_STREET_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Drive|"
                             r"Dr\.|Lane|Ln\.|Way|Place|Pl\.|Court|Ct\.|Parkway|Pkwy\.?|Plaza|Square|Highway)(?=[\s,.;]|$)")
# ('1,044 upvotes'; points only in brackets, '(612 points)': never 'fell 4 points, to 66%', a change in percentage points)
_A_SCORE_AFTER = re.compile(r"\s+(?:upvotes?|downvotes?|karma|likes|retweets|reposts|views)\b", re.I)
_AN_AGE_AFTER = re.compile(r"\s*(?:,|\)|:|\s+years?\s+old\b)")  # ('… RETIRED ICE SUPERVISOR, 58:' in a script)
# a person named by first and last name, or by a role, just before ', 47,' (not a place: 'Harris County, 42,')
_A_PERSON_BEFORE = re.compile(r"(?:\b(?-i:[A-Z][a-z]+)\s+(?-i:[A-Z][a-z'’-]+)(?<!County)(?<!Parish)(?<!City)(?<!Island)"
                              r"(?<!Carolina)(?<!Dakota)(?<!Jersey)(?<!Hampshire)(?<!Mexico)(?<!York)(?<!Virginia)"
                              r"|\b(?:mayor|sheriff|chief|officer|deputy|reporter|director|host|caller|senator|"
                              r"congress(?:man|woman)|representative|author|professor|commissioner|judge|lawyer|"
                              r"attorney|agent|spokes(?:man|woman|person)|resident|mother|father|grandmother|grandfather|"
                              r"widow|man|woman|supervisor|manager|official|analyst|activist|advocate|organi[sz]er|pastor|teacher|"
                              r"student|nurse|farmer|owner|veteran|retiree|employee|worker|immigrant|candidate|"
                              r"superintendent|council\s*member|councilmember))\s*[,(]\s*$", re.I)
# an operand of written arithmetic: a minus sign set off by spaces, a division or a multiplication sign (never '=':
# 'FY2016 = 27%' is a chart's label and its value)
# (a minus only between two counts written with thousands commas: 'FY2018 - 158,581 arrests' is a year and its count)
_AN_OPERAND_AFTER = re.compile(r"\)?\s*(?:[/×*÷]\s*\(?\d|\s[-−–]\s\(?\d{1,3}(?:,\d{3})+\b)")
_AN_OPERAND_BEFORE = re.compile(r"(?:\d\)?\s*[/×*÷]|\d,\d{3}\)?\s[-−–]\s)\s*\(?$")
_A_RELATIVE_IS_BEFORE = re.compile(r"\b(?:my|her|his|their|our|your)\s+(?:\w+\s+)?(?:son|daughter|child|kid|boy|girl|"
                                  r"brother|sister|husband|wife|grandson|granddaughter|nephew|niece|cousin|mother|"
                                  r"father|mom|dad)\s+(?:is|was|turned|turns|just\s+turned|is\s+only|was\s+only)\s+$",
                                  re.I)
_WHO_IS_BEFORE = re.compile(r"\bwho\s+(?:is|was|turned|turns)\s+$", re.I)
_RATIO_AFTER = re.compile(r"^(?:[\s-]+times\b|[\s-]+to[\s-]+(?:one|1)\b(?!\s+(?:million|thousand|hundred|billion))|"
                          r"-?fold\b)", re.I)
_RATIO_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[\s-]+to[\s-]+$", re.I)
# nouns a number can count that are neither people nor enforcement events (after up to two modifiers)
_WHERE_A_STUDY_WAS_DONE = re.compile(r"\s+(?:[a-z]+\s+)?(?:counties|cities|states|jurisdictions|communities|"
                                     r"metro(?:politan)?\s+areas|sites|neighbou?rhoods)\b", re.I)
_A_STUDY_WORD = re.compile(r"\b(?:survey(?:ed|s)?|poll(?:ed|s)?|respondents|sample[ds]?|stud(?:y|ies|ied)|interview(?:ed|s)?)\b",
                           re.I)
_FOR_EVERY_N_BEFORE = re.compile(r"\bfor\s+(?:every|each)\s+(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|"
                                 r"twenty|fifty|a\s+hundred|one\s+hundred|hundred|a\s+thousand|thousand)\b[^.;:]*$", re.I)
def _points_back_to_places(s: str, before: str) -> bool:
    """('… counted 340 such "sanctuary" jurisdictions in October 2015. In July 2015 the same group put the figure at more
    than 500.'): 'the figure' of the sentence before, which counted places, not an earlier sentence's event."""
    if not _THE_FIGURE.search(s):
        return False
    tail = before[-600:].strip()  # (the sentence before only: never the whole article split again for each number)
    previous = re.split(r"(?<=[.!?])\s+", tail)[-1] if tail else ""
    return bool(_SANCTUARY_PLACES.search(previous.replace('"', "").replace("“", "").replace("”", "")))


_THE_FIGURE = re.compile(r"\b(?:the|that|this|its|their)\s+(?:figure|number|count|tally|estimate)\b", re.I)
# 'Among undocumented respondents, that figure was 77 percent': a survey's share, not an earlier sentence's ICE count
_A_SURVEYS_PEOPLE = re.compile(r"\b(?:respondents|surveyed|polled|interviewees|those\s+(?:surveyed|polled|interviewed))\b",
                               re.I)
_SANCTUARY_PLACES = re.compile(r"\bsanctuar(?:y|ies)\s+(?:jurisdictions|cities|counties|states|places|localities)\b", re.I)
_ONE_PLACE_ALONE = re.compile(r"\s+(?:county|city|state|jurisdiction|jail|agency|sheriff['’]?s?\s+office|place|locality)"
                              r"(?:\s+alone\b|\s*,\s*[A-Z])", re.I)
_OTHER_THINGS_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:victims?|weapons?|firearms?|guns?|pounds?|kilo(?:gram)?s?|grams?|tons?|doses?|dollars?|"
    r"bullets?|rounds|vehicles?|cars?|flights?|beds?|miles?|acres?|pages?|packages?|documents?|minutes|seconds|"
    r"appendi(?:ces|xes)|footnotes|exhibits|chapters|slides|books|volumes|floors|copies|signatures|words|"
    r"square\s+(?:feet|miles)|"
    r"countries|nations|languages|"
    # 'breaks arrestees into three groups': the kinds a count is split into, not a count of people
    r"groups|categories|types|kinds|classes|tiers|buckets|priority\s+levels|votes|readings|hearings|amendments|"
    r"tables|charts|graphs|maps|figures(?!\s+(?:of|for|on)\b))\b",
    re.I)
# people who speak or write, and what they write: counted, they are the sources of a claim, never its number
_SPEAKERS_OR_WRITINGS_AFTER = re.compile(
    r"^\s+(?:of\s+(?:his|her|their|our|my|the)\s+)?(?:(?!(?:of|in|from|and|or|who|that)\b)[\w'’-]+\s+){0,2}?"
    r"(?:posts?|tweets?|commentators?|pundits?|"
    r"professors?|scholars?|researchers?|economists?|criminologists?|academics?|authors?|co-?authors?|attorneys\s+general|"
    r"commissioners?|lawmakers?|legislators?|senators?|congressm[ae]n|representatives|council\s*members?|"
    r"callers?|listeners?|hosts?|readers?|viewers?|talking\s+points?|peer-reviewed\s+stud(?:y|ies)|op-?eds?|"
    r"columnists?|reporters?|journalists?|spokesm[ae]n|spokeswom[ae]n|spokespe(?:rson|ople)|witness(?:es)?|"
    r"commenters?|panelists?|respondents?|testif(?:y|ied|ies)|"
    # 'reviews six empirical studies', '14 of her colleagues', 'One advocacy group's summary': sources, not counts
    r"stud(?:y|ies)|papers|colleagues|co-?signers|co-?sponsors|group['’]s)\b",
    re.I)
_NUMBER_WORD = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|dozens?|hundreds?)"
# another number across 'or' ('one, two or three'), never 'or more', 'or so', 'or fewer'
_ALTERNATIVES = re.compile(rf"\b{_NUMBER_WORD},?\s+or\s+#|#,?\s+or\s+{_NUMBER_WORD}\b|#\s*,\s*{_NUMBER_WORD},?\s+or\b",
                           re.I)


def _regions(quantities: list[Quantity], s: str) -> list[tuple[int, int]]:
    """Each number's own stretch of the sentence: up to the clause break (', and', ';') between it and its
    neighbour, or else up to the neighbour itself (the words between then belong to both)."""
    cuts: list[tuple[int, int]] = []  # (end of the left region, start of the right one)
    for a, b in itertools.pairwise(quantities):
        gap = s[a.end:b.start]
        brk = list(re.finditer(r";|,\s*(?:and|but|while)\b|,(?=\s)", gap))
        # ('158,581 arrests; a year later, arrests were 143,099': a clause's own break, not the comma after its
        # opening words, begins the next number's stretch)
        strong = [m for m in brk if not m.group(0).startswith(",") or len(m.group(0).strip()) > 1]
        if strong and brk[-1] is not strong[-1] and re.fullmatch(r"\s*(?:[A-Za-z'’-]+\s*){1,4}",
                                                                  gap[strong[-1].end():brk[-1].start()]):
            brk = strong  # (only past a short opener: not '…, while removals … rose to 81,603, or 36 percent')
        cuts.append((a.end + brk[-1].start(), a.end + brk[-1].end()) if brk else (b.start, a.end))
    out = []
    for i, _q in enumerate(quantities):
        lo = cuts[i - 1][1] if i > 0 else 0
        hi = cuts[i][0] if i < len(cuts) else len(s)
        out.append((lo, hi))
    return out


def _nearest(hits: list[Hit], q: Quantity, lo: int, hi: int, s: str) -> Hit | None:
    """The event word of a number's own noun phrase: right after it ('158,581 arrests', 'more than 3,000 new
    detainers'), else the nearest before it in its region ('ICE deported 368,644')."""
    # ('fell 34 percent and removals rose 90 percent': a noun after a conjunction begins the next clause)
    after = [h for h in hits if q.end <= h.start <= q.end + 40 and h.end <= hi
             and re.fullmatch(r"[\s\w\-’'“”\"()]*", s[q.end:h.start]) and len(s[q.end:h.start].split()) <= 3
             and not re.search(r"\b(?:and|or|but|while|whereas|versus|vs|as|when|since|because|though|although)\b",
                               s[q.end:h.start], re.I)
             # ('28,204 stemmed from arrests by ICE': where the counted came from, not what is counted)
             and not re.search(r"\b(?:stemmed|stemming|resulted|resulting|came|coming|originated|followed|following)\b",
                               s[q.end:h.start], re.I)]
    if after:
        return after[0]
    before = [h for h in hits if lo <= h.start and h.end <= q.start]
    # ('Interior removals — deportations that start with an ICE arrest — reached 95,360': an aside between dashes
    # describes the noun before it; the head is outside the aside)
    before = _outside_asides(before, s, lo, q.start)
    # ('Removals resulting from ICE's own interior arrests rose to 81,603': the arrests are where the removals came
    # from; the head noun is the one before)
    heads = [h for h in before if not _CAME_FROM.search(s[max(0, h.start - 50):h.start])]
    if heads and heads[-1] is not before[-1] and _CAME_FROM.search(s[max(0, before[-1].start - 50):before[-1].start]):
        return heads[-1]
    return before[-1] if before else None


_BOTH_SIDES = re.compile(r"\b(?:interior\s+(?:and|or|&|plus)\s+border|border\s+(?:and|or|&|plus)\s+interior)\b", re.I)
_DASH_ASIDE = re.compile(r"\s(?:—|–|--)\s*[^—–.;]{3,200}?\s*(?:—|–|--)\s|(?<=\w)—[^—–.;]{3,200}?—(?=\w)")


def _outside_asides(before: list[Hit], s: str, lo: int, end: int) -> list[Hit]:
    """('Interior removals — deportations that start with an ICE arrest — reached 95,360': an aside between dashes
    describes the noun before it; the head is outside the aside, when one stands before it)"""
    asides = [m.span() for m in _DASH_ASIDE.finditer(s, lo, end)]
    outside = [h for h in before if not any(a <= h.start < b for a, b in asides)]
    return outside if outside else before


_CAME_FROM = re.compile(r"\b(?:stemmed|stemming|resulted|resulting|that\s+resulted|which\s+resulted|came|coming|"
                        r"originated|originating)\s+(?:from|out\s+of)\s+(?:[\w'’()-]+\s+){0,4}$|"
                        # ('Removals from interior ICE arrests rose 25 percent': the removals' source, after their noun)
                        r"\b(?:removals|deportations)\s+from\s+(?:[\w'’()-]+\s+){0,3}$|"
                        # ('Removals attributed to ICE arrests rose 30 percent', 'removals following ICE arrests')
                        r"\b(?:(?:attributed|attributable|tied|linked|traced|credited)\s+to|following|"
                        r"(?:that|which)\s+followed)\s+(?:[\w'’()-]+\s+){0,4}$|"
                        # ('encounters that ended with a detainer': the outcome of what is counted, not the count)
                        r"\b(?:that|which)\s+(?:ended|end|resulted|result|led)\s+(?:with|in|to)\s+(?:[\w'’()-]+\s+){0,3}$",
                        re.I)
_CASES_IN_WHICH = re.compile(r"^\s+(?:cases|instances|occasions|times)\s+(?:in which|where|when)\b", re.I)


_AGENCIES = (("ICE", re.compile(r"(?-i:\bICE\b)|\bImmigration and Customs Enforcement\b", re.I)),
             ("CBP", re.compile(r"\bBorder Patrol\b|(?-i:\bCBP\b)|\bCustoms and Border Protection\b", re.I)),
             # ('the House Homeland Security Committee' is Congress, not the department)
             ("DHS", re.compile(r"(?-i:\bDHS\b)(?! (?:Committee|Subcommittee))|(?<!House )(?<!Senate )\b(?:Department of )?"
                                r"Homeland Security\b(?! (?:Investigations|Committee|Subcommittee|and Governmental))", re.I)))


# 'East and colleagues found that …', 'researchers estimated that …': a number inside a study's finding is the study's
# estimate, which ICE's series can confirm but never refute
_A_STUDYS_ESTIMATE = re.compile(r"\b(?:and\s+(?:colleagues|co-?authors|coauthors)|et\s+al\.?|researchers?|economists?|"
                                r"scholars?|(?:the|a|their|his|her)\s+(?:\w+\s+)?(?:study|paper|analysis|model))\s+"
                                r"(?:\w+\s+)?(?:found|finds|estimated|estimates|concluded|calculated|projected)\b"
                                r"[^.;]*$", re.I)
_SET_ASIDE_AGENCY = re.compile(r"\b(?:not|rather\s+than|instead\s+of|besides|beyond|apart\s+from|other\s+than)\s+"
                               r"(?:just\s+|only\s+|merely\s+|simply\s+)?$", re.I)
_ACCORDING_TO = re.compile(r"\baccording to\b|\bcited by\b|\bICE (?:data|figures|statistics) show\b", re.I)


_JOINTLY = re.compile(r"\b(?:CBP|Border Patrol|Customs and Border Protection)\s+and\s+(?:ICE|Immigration and Customs "
                      r"Enforcement)\b|\b(?:ICE|Immigration and Customs Enforcement)\s+and\s+(?:CBP|(?:the )?Border "
                      r"Patrol|Customs and Border Protection)\b(?![^.;]{0,20}\bseparately\b)")


_SAY = (r"(?:said|says|say|told\s+\w+|testified|testifies|wrote|writes|added|claimed|claims|argued|argues|insisted|insists|"
        r"boasted|boasts|declared|"
        r"declares|tweeted|posted|stated|states|asserted|asserts|misstated|incorrectly\s+(?:said|stated|reported)|"
        # ('The agency has described 92 percent of those arrested as …': its description, set out as its claim)
        r"described|characteri[sz]ed|portrayed)")
# ('An earlier version of this story said …': a correction quotes the article's own retracted figure)
_WHO = r"\b(?:(?:[Aa]n\s+|[Tt]he\s+)?(?:earlier|previous|prior)\s+version\s+of\s+(?:this|the)\s+(?:story|article|report|" \
       r"post|piece)|(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.'’-]*){0,4}|(?:[Ii]ts\s+|[Tt]heir\s+|[Hh]is\s+|[Hh]er\s+|[Aa]n?\s+|[Oo]ne\s+|[Aa]nother\s+)?(?:(?!(?:the|a|an|week|month|year|day|last|this|that|of|my|our|your)\b)[a-z]+(?:-[a-z]+)*(?:['’]s)?\s+){0,2}?" \
       r"(?:president|administration|" \
       r"agency|sheriff|mayor|governor|senator|secretary|spokes(?:person|man|woman)|officials?|department|gentle(?:man|woman|lady)|" \
       r"congress(?:man|woman|member)|representative|witness|chair(?:man|woman)?|commissioner|director|chief|" \
       r"critics?|commentators?|pundits?|politicians?|lawmakers?|advocates?|activists?|opponents?|supporters?|" \
       r"proponents?|skeptics?|candidates?|campaigns?|briefs?|filings?|complaint|petition|motion|lawsuit|" \
       r"reporting|outlets?|posts?|tweets?|memes?|ads?|mailers?|flyers?|headlines?|websites?|blogs?|videos?|" \
       r"columnists?|bloggers?|influencers?|callers?|crowd|camp|lobby|groups?|colleagues?|legislators?|" \
       r"researchers?|experts?|analysts?|economists?)" \
       r"(?:\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?))"
_QUOTED_BY = re.compile(r"^\s*[“\"](?P<quote>[^”\"]+)[”\"],?\s+(?P<who>" + _WHO + r")\s+" + _SAY + r"\b")
_SAYS_THAT = re.compile(r"(?P<who>" + _WHO + r")\s+(?:has\s+|had\s+|have\s+)?(?:(?:falsely|wrongly|incorrectly|mistakenly|"
                        r"repeatedly|often|still|also|again|routinely|now)\s+){0,2}(?:" + _SAY +
                        r"|claim|repeat|repeats|repeated|insist|contend|contends|allege|alleges|alleged|"
                        # 'Washington wants you to believe that …': a claim put in another's mouth
                        r"(?:wants?|wanted|would\s+have)\s+(?:you|us|people|Americans|voters|the\s+public)\s+(?:to\s+)?"
                        r"(?:believe|think))\s+(?:that\s+)?")
# 'The campaign's claim that …', 'his claim that …': a claim set out as someone's
_CLAIM_OF = re.compile(r"\b(?P<pronoun>(?i:his|her|their|its))\s+(?:(?:false|repeated)\s+)?(?:claim|assertion|contention|"
                       r"statement|argument|boast)\s+(?:that\s+)?|"
                       r"(?P<who>\b(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}|\b(?:[Tt]he\s+)?[a-z]+)['’]s?\s+"
                       r"(?:(?:false|repeated|oft-repeated|central|main)\s+)?(?:claim|assertion|contention|statement|"
                       r"argument|boast)\s+(?:that\s+)?")
# 'a common error: that ICE deported …', 'The myth that …': a statement named as mistaken before it is set out
_MYTH_THAT = re.compile(r"\b(?:the|a|one|this|that)\s+(?:(?:common|popular|persistent|widespread|viral|familiar|frequent)\s+)?"
                        r"(?P<label>myth|error|falsehood|misconception|rumou?r|misstatement|canard|mistake)\s*(?:that\b|:)",
                        re.I)
# 'Claims that removals dropped below 200,000 are false.': a statement set out by the sentence that calls it false
_CLAIMS_THAT_ARE_FALSE = re.compile(r"^\W*(?:the\s+)?(?:claims?|assertions?|suggestions?|statements?|rumou?rs?|reports?)"
                                    r"\s+that\b(?=[^.;]*\b(?:is|are|was|were)\s+(?:simply\s+|just\s+|plainly\s+|flatly\s+)?"
                                    r"(?P<word>false|wrong|untrue|incorrect|mistaken|baseless|unfounded)\b)", re.I)
_NOT_A_SPEAKER = re.compile(r"^(?:(?:the\s+)?(?:study|studies|research|report|data|analysis|figures?|numbers?|records?)|"
                            # ('The claim that …': a determiner before the noun 'claim', not someone who claims)
                            r"the|a|an|this|that|these|those|one|another|"
                            # ("I'll say that …", 'We said …': the writer's (or the speaker on the page's) own voice)
                            r"I|I['’](?:ll|d|ve|m)|we|we['’](?:ll|d|ve|re))$", re.I)


# 'Myth: ICE arrested 200,000 people in fiscal 2018.', 'Claim: …': a statement set out to be answered
_LABELLED_CLAIM = re.compile(r"^\W*(?P<label>Myth|Claim|Rumou?r|Fiction|Misconception|Viral claim|False claim)\s*[:—–]\s*",
                             re.I)
# 'An earlier version of this story said …', 'We previously reported, incorrectly, that …': a figure retracted
_CORRECTED = re.compile(r"\b(?:earlier|previous|prior)\s+(?:version|headline|draft|graphic|chart|story|article|edition|item|"
                        r"notebook|newsletter|post|column|bulletin|broadcast|episode|issue)"
                        r"(?:\s+of\s+(?:this|the|that|[A-Z]\w+['’]s)\s+(?:\w+\s+)?(?:story|article|report|post|column))?"
                        r"\s+(?:\w+\s+)?(?:incorrectly\s+|wrongly\s+|mistakenly\s+|erroneously\s+)?(?:said|stated|"
                        r"reported|gave|put|listed|labell?ed)\b|"
                        r"\b(?:incorrectly|wrongly|mistakenly|erroneously|in\s+error)\s*,?\s*(?:said|stated|reported|"
                        r"labell?ed|gave|put|listed|described)\b|"
                        r"\b(?:said|stated|reported|labell?ed),?\s+(?:incorrectly|wrongly|mistakenly|erroneously|in\s+"
                        r"error)\b|"
                        # 'This story previously said removals were 256,085': an earlier version, named by the adverb
                        r"\b(?:this|the|our)\s+(?:story|article|report|post|column|piece)\s+(?:previously|originally|"
                        r"initially|earlier)\s+(?:said|stated|reported|gave|put|listed)\b", re.I)


# 'The Gazette erred: it wrote that …', 'The Standard erred when it wrote …', 'falsely reported', 'Its mistake was saying
# …': another's statement the article calls wrong
_ERRED = re.compile(r"\b(?:erred|was\s+wrong|were\s+wrong|got\s+it\s+wrong|went\s+wrong|made\s+(?:a|an|the)\s+(?:mistake|"
                    r"error))\b[^.;]{0,30}?\b(?:wrote|said|reported|claimed|stated|suggested|saying|writing|claiming)\b|"
                    r"\b(?:wrongly|falsely|incorrectly|mistakenly|erroneously|inaccurately)\s+(?:wrote|claimed|suggested|"
                    r"asserted|reported|said|stated)\b|"
                    r"\b(?:error|mistake)\s+(?:was|is)\s+(?:to\s+)?(?:say|saying|write|writing|claim|claiming|report|"
                    r"reporting)\b", re.I)


# 'the same study has been cited as showing that …': others' reading of a study, reported, not the article's own
_CITED_AS = re.compile(r"\b(?:has|have|had|is|are|was|were)\s+(?:\w+\s+)?(?:been\s+)?(?:cited|read|taken|misread|misquoted|"
                       r"misreported|portrayed|described|invoked|held\s+up)\s+(?:as|to)\s+(?:show(?:ing)?|say(?:ing)?|"
                       r"find(?:ing)?|prov(?:e|ing)|establish(?:ing)?|mean(?:ing)?)\b", re.I)


_LEADING_JOIN = re.compile(r"^(?:and|but|so|yet|also|still|now|then|meanwhile)\s+(?=\S)", re.I)


def _speaker(s: str, at: int) -> str:
    """Who asserts the number at `at`: the person a quote is credited to ('"We've deported 400,000," the
    president said'), one who 'claimed that' it; else the article. Sources of figures ('according to') stay the
    article's reporting."""
    quoted = _QUOTED_BY.match(s)
    if quoted is not None and quoted.start("quote") <= at < quoted.end("quote"):
        return quoted.group("who").strip()
    label = _LABELLED_CLAIM.match(s)
    if label is not None and label.end() <= at:
        return f"a statement the article labels a {label.group('label').lower()}"
    says = [m for m in _SAYS_THAT.finditer(s, 0, at) if not re.search(r"[;:]|\bbut\b", s[m.end():at])
            # ('His claim that …', "ICE's claim that …": a noun, not a verb)
            and not re.search(r"['’]s?$|^(?i:his|her|their|its)$", m.group("who").strip())]
    if says and not _NOT_A_SPEAKER.match(says[-1].group("who").strip()):
        who = _LEADING_JOIN.sub("", says[-1].group("who").strip())  # ('And CIS says …': CIS)
        return "someone the article quotes" if who.lower() in ("he", "she", "they", "it") else who
    corrected = [m for m in _CORRECTED.finditer(s, 0, at) if not re.search(r"[;:]|\bbut\b", s[m.end():at])]
    if corrected:
        return "an earlier version the article corrects"
    erred = [m for m in _ERRED.finditer(s, 0, at) if not re.search(r"[;]|\bbut\b", s[m.end():at])]
    if erred:
        return "a statement the article calls wrong"
    cited = [m for m in _CITED_AS.finditer(s, 0, at) if not re.search(r"[;:]|\bbut\b", s[m.end():at])]
    if cited:
        return "others' reading of a study"
    disowned = _CLAIMS_THAT_ARE_FALSE.match(s)
    if disowned is not None and disowned.end() <= at:
        return f"a statement the article calls {disowned.group('word').lower()}"
    myth = [m for m in _MYTH_THAT.finditer(s, 0, at) if not re.search(r"[;:]|\bbut\b", s[m.end():at])]
    if myth:
        word = myth[-1].group("label").lower()
        return f"a statement the article calls {'an' if word[0] in 'aeiou' else 'a'} {word}"
    claim_of = [m for m in _CLAIM_OF.finditer(s, 0, at) if not re.search(r"[;:]|\bbut\b", s[m.end():at])]
    if claim_of:
        m = claim_of[-1]
        return "someone the article quotes" if m.group("pronoun") else m.group("who").strip()
    return "article"


def _clause_agency(s: str, at: int) -> str | None:
    """The one agency named in a number's own clause, before it, when the sentence names several ('DHS as a whole
    carried out 414,481 removals, while ICE alone accounted for 315,943')."""
    start = max((m.end() for m in _CLAUSE_SPLIT.finditer(s, 0, at)), default=0)
    named = {name for name, rx in _AGENCIES if rx.search(_without_sources(s[start:at]))}
    return named.pop() if len(named) == 1 else None


_CLAUSE_SPLIT = re.compile(r",\s+(?:while|whereas|but|and)\b|;")


# 'DHS as a whole -- not only ICE -- carried out 414,481 removals': ICE named as what the number is more than
_NOT_ONLY_ICE = re.compile(r"\bnot\s+(?:only|just|merely)\s+(?:by\s+)?(?:(?-i:ICE)|Immigration and Customs Enforcement)\b",
                           re.I)


def _without_sources(text: str) -> str:
    """The text without its 'according to X' phrases (X there is a source, not who did what the number counts) and
    without 'not only ICE' (ICE named as a part of the whole the number counts)."""
    return _NOT_ONLY_ICE.sub(" ", re.sub(r"\b(?:according to|cited by)\b[^,.;]*", " ", text, flags=re.I))


def _credited_agency(s: str, ctx: Discourse) -> str | None:
    """The agency a sentence credits its numbers to: the one it names, or, for 'The agency reported ...', the one
    an earlier sentence named alone. Two agencies named: none (the sentence may credit either)."""
    # 'according to ICE' names a source, not who did it: the agencies named outside such a phrase are the credit
    text = _without_sources(s)
    # ('Homeland Security, not ICE alone, removed 414,481': an agency set aside is not the one credited)
    named = [name for name, rx in _AGENCIES
             if any(not _SET_ASIDE_AGENCY.search(text[max(0, m.start() - 25):m.start()])
                    and not _CONTRASTED_BEFORE.search(text[max(0, m.start() - 50):m.start()]) for m in rx.finditer(text))]
    if _ACCORDING_TO.search(s) and not named:
        return None
    if _JOINTLY.search(s):
        return "CBP and ICE"  # 'CBP and ICE together carried out 337,287 removals': DHS's count, not ICE's

    if len(named) == 1:
        ctx.agency = named[0]
        return named[0]
    if not named and re.match(r"\W*the agency\b", s, re.I):
        return ctx.agency
    return None


def _cases_outcome(q: Quantity, s: str, events: list[Hit], quantities: list[Quantity]) -> Hit | None:
    """'nearly 2,000 cases in which cities refused detainers and immigrants then went on to commit crimes': what
    is counted is the last thing the clause says happened, not the first event word after the number."""
    if not _CASES_IN_WHICH.match(s[q.end:]):
        return None
    stop = next((x.start for x in quantities if x.start > q.end), len(s))
    later = [h for h in events if q.end < h.start < stop]
    return later[-1] if later else None


def _respectively(quantities: list[Quantity], events: list[Hit], s: str) -> dict[int, Hit]:
    """'142,750 arrests and 72,177 deportations, increases of 93% and 22%, respectively': the k-th of a run of
    coordinated numbers belongs to the k-th event named before it."""
    m = re.search(r"\brespectively\b", s)
    if m is None:
        return {}
    run = [q for q in quantities if q.end <= m.start() and q.is_share]
    named = [e for e in events if run and e.end <= run[0].start and e.name not in catalogue().not_held]
    distinct: list[Hit] = []
    for e in named:
        if all(e.name != d.name for d in distinct):
            distinct.append(e)
    if len(run) < 2 or len(distinct) != len(run):
        return {}
    return {q.start: e for q, e in zip(run, distinct, strict=True)}


# '158,581 people, most of them criminals', '..., 57% of whom had convictions': words after these describe a part
_PART_OF = re.compile(r"(?:[,;(—–]|\band\b)\s*(?:(?:most|many|some|all|half|nearly all|almost all|the (?:majority|bulk)|"
                      r"a (?:majority|third|quarter|half)|\d+(?:\.\d+)?\s*(?:%|percent))\s+of (?:them|whom|which|those|"
                      r"these)|of (?:whom|which)|including|among (?:them|whom)|"
                      # ('158,581 arrests in FY 2018, most with criminal records': the part has the records)
                      r"(?:most|many|some|nearly all|almost all|half|the (?:majority|bulk)|a (?:majority|third|quarter|half)|"
                      r"\d+(?:\.\d+)?\s*(?:%|percent))\s+(?:with|having|had|were)\b|"
                      # ('arrested 142,000 people, and they were mostly criminals': a share of them, said of them)
                      r"(?:they|these|those|who)\s+(?:were|are|have\s+been|had\s+been)\s+(?:mostly|largely|mainly|"
                      r"overwhelmingly|predominantly|primarily|chiefly|nearly\s+all|almost\s+all|all)\b)", re.I)
def _previous_numbers(h: Hit, q: Quantity, quantities: list[Quantity], s: str) -> bool:
    """'removed 165,935 apprehended at the border and 63,539 convicted': words after an earlier number, then a
    coordinating break before this one, describe the earlier number."""
    if h.end > q.start:
        return False
    # ('33,243 at-large arrests out of 113,431 administrative arrests': the whole after 'out of' is not the part)
    return any(p.end <= h.start for p in quantities if p is not q and p.end <= q.start) and \
        re.search(r"\b(?:and|while|but|whereas)\b|[,;]|\bout\s+of\b|\bof\s+(?:the|all|its)\b", s[h.end:q.start]) is not None


# a plain figure denied just before it: 'did not reach 100,000', 'never topped', 'failed to hit', 'did not arrest'
_DENIED_BEFORE = re.compile(r"(?:\b(?:not|never|failed\s+to|yet\s+to)|n't)\s+"
                            r"(?!(?:only|just|merely|least|to|until|counting|including|even\s+counting)\b)"
                            r"(?:(?:even|quite|ever|actually|come\s+close\s+to)\s+)?"
                            r"(?:(?P<limit>reach(?:ed)?|hit|top(?:ped)?|surpass(?:ed)?|exceed(?:ed)?|pass(?:ed)?|break|broke|"
                            r"crack(?:ed)?|cross(?:ed)?|eclipse[d]?)|[a-z]+)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
# a trailing attribution: ', officials with the union representing ICE officers said.'
_SAID_BY_AT_END = re.compile(r",\s+(?:(?:(?:an?|the)\s+)?(?:[\w.'’-]+\s+){1,9}?" + _SAY + r"\s*[.!]?[”\"]?\s*$|"
                             r"(?:according\s+to|as\s+(?:reported|cited)\s+by|citing)\b[^;,]*"
                             r"(?:,\s+(?:[\w.'’-]+\s+){1,6}?" + _SAY + r")?\s*[.!]?[”\"]?\s*$)")
# a trend, comparison or ranking the sentence denies: 'It is not true that …', 'did not deport more …', 'were not the
# lowest', 'Nobody should claim …' (never 'not only', 'not just')
# 'Nobody can honestly say …', 'No one could seriously claim that …', "I've never once heard a sheriff say …": what
# follows is denied, not asserted
_NO_ONE_SAYS = re.compile(r"\b(?:no\s*one|nobody|no\s+(?:serious|honest|informed)\s+(?:person|observer|analyst)|not\s+a\s+"
                          r"single\s+\w+|none\s+of\s+(?:us|them))\s+(?:can|could|should|would|will|may)\s+(?:\w+ly\s+){0,2}"
                          r"(?:say|claim|argue|pretend|maintain|contend|assert|suggest)\b|"
                          r"\b(?:I|we)\s*(?:have|['’]ve)?\s+never\s+(?:once\s+|yet\s+)?heard\s+(?:anyone|anybody|any\s+\w+|a\s+\w+|"
                          r"one\s+\w+)\s+(?:say|claim|argue|suggest)\b", re.I)


_NOT_TRUE_THAT = re.compile(r"\b(?:it\s+is|it['’]s|it\s+was)\s+(?:simply\s+|just\s+)?(?:not\s+true|untrue|false)\s+that\s+$",
                            re.I)


def _no_one_says_it(s: str, at: int) -> bool:
    """Whether the words at `at` are what the sentence says no one can say (in the same clause: not after 'but', ';')."""
    said = [m for m in _NO_ONE_SAYS.finditer(s, 0, at) if not _ITS_REACH_ENDS.search(s[m.end():at])
            and not _WHY_AFTER.match(s, m.end())]
    return bool(said) and not _HOW_IT_HAPPENED_AFTER.match(s, at)


# what no one can say ends at a clause ('…, when ICE made 158,581', ': ICE removed …'); 'say why …' asks, not denies;
# '… by accident' is the part denied
_ITS_REACH_ENDS = re.compile(r"[,;:—–]|\b(?:but|as|when|because|since|while|whereas|although|though)\b", re.I)
_WHY_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:why|whether|how|what|if|when|where)\b", re.I)
_HOW_IT_HAPPENED_AFTER = re.compile(r"[^,.;]*\b(?:by\s+(?:accident|mistake|chance)|on\s+purpose|in\s+error|for\s+no\s+"
                                    r"reason)\b", re.I)


_DENIED_ITSELF = re.compile(r"(?:\b(?:it\s+is|it['’]s|it\s+was)\s+(?:simply\s+|just\s+)?(?:not\s+true|untrue|false|wrong"
                            r"(?:\s+to\s+say)?)\b|"
                            r"\b(?:did|do|does|were|was|is|are|has|have|had)\s*(?:not|n['’]t)\s+(?!only\b|just\b)"
                            r"(?:\w+\s+){0,2}?(?:more|fewer|less|higher|lower|the\s+(?:lowest|highest|most|fewest)|"
                            r"fall|fell|rise|rose|increase|decrease|decline|drop|grow|name|list|"
                            # ('removals did not hit a record', 'arrests didn't set a new record')
                            r"(?:a\s+|an\s+)?(?:new\s+|all[- ]time\s+)?record)\b)", re.I)
# a claim the sentence then calls untrue: '...; that is not true', ', which is false', ' -- is also wrong'
_CALLED_UNTRUE_AFTER = re.compile(r"(?:[;,]|\s[—–-]+)\s*(?:(?:that|this|which|it)\s+)?(?:is|was)\s+(?:also\s+|simply\s+|"
                                  r"just\s+|plainly\s+|flatly\s+)?(?:not\s+true|untrue|false|wrong|incorrect|a\s+myth)\b|"
                                  # '… about 80,000, say some commentators — an overstatement of roughly 11 percent'
                                  r"(?:[;,]|\s[—–-]+)\s*(?:(?:that|this|which|it)\s+(?:is|was)\s+)?(?:an?\s+)?(?:\w+\s+)?"
                                  r"(?:overstatement|exaggeration|understatement|overcount|undercount)\b|"
                                  # '… 250,000 people in fiscal 2024 — the real figure was 113,431'
                                  r"(?:[;,]|\s[—–-]+)\s*(?:but\s+)?(?:the\s+(?:real|actual|true|correct|official)|"
                                  r"(?:the\s+agency['’]s|ICE['’]s|its|DHS['’]s)(?:\s+own)?)\s+(?:figure|number|"
                                  r"count|total|tally)\s+(?:was|is|were|stands\s+at)\b|"
                                  # 'Some claim removals hit a record last year; they did not.'
                                  r"[;,—–]\s*(?:but\s+)?(?:they|it|that|this|he|she)\s+(?:did|was|were|is|are|has|have|"
                                  r"had)\s*(?:not|n['’]t)\s*(?:[.;:,—–]|\s-|$)", re.I)
# a count added after a comma to describe the clause's subject: its subgroup words are the count's too
_WITH_COUNT = re.compile(r",\s+with\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|more\s+than\s+|over\s+|almost\s+|"
                         r"just\s+|only\s+)?$", re.I)
_OPENS_A_QUESTION = re.compile(r"^\W*(?:[A-Z][\w.]*:\s*)?(?:did|do|does|was|were|is|are|has|have|had|will|would|could|"
                               r"can|should|how|what|why|when|where|who|which|isn['’]t|wasn['’]t|didn['’]t)\b", re.I)
_ASKED_TAIL = re.compile(r"(?:[,;:]|\s[—–-]+)\s*(?:but|and|or|so|yet)?\s*[^\d,;:—–?]{1,40}\?\s*$")
_DID_YOU_KNOW = re.compile(r"^\W*(?:(?:but|and|so)\s+)?(?:did|do)\s+you\s+(?:know|realize|realise|remember)\s+(?:that\s+)?"
                           r"(?!(?:how|whether|if|what|why|when|who|which)\b)", re.I)
# 'It is simply not true that ICE deported 400,000', 'Nor is it true that ...', 'It's a myth that ...': the clause
# after 'that' is denied as a whole
_UNTRUE_THAT = re.compile(r"(?:\b(?:it\s+is|it['’]s|it\s+was|that\s+is|that['’]s)\s+(?:simply\s+|just\s+|flatly\s+|"
                          r"plainly\s+|also\s+|absolutely\s+|demonstrably\s+)?(?:not\s+(?:true|the\s+case)|untrue|false|"
                          r"a\s+(?:myth|lie|falsehood|fiction)|wrong|incorrect)|\bnor\s+is\s+it\s+true)\s+(?:to\s+say\s+)?"
                          r"that\b[^;:]*$|"
                          # 'It's wrong to say ICE made 200,000 arrests; it made 143,099'
                          r"\b(?:it\s+is|it['’]s|it\s+was)\s+(?:simply\s+|just\s+|plainly\s+)?(?:wrong|false|incorrect|"
                          r"not\s+true|untrue|misleading)\s+to\s+(?:say|claim|suggest|assert)\s+(?!that\b)[^;:—–]*$|"
                          # 'Contrary to claims that ICE removed 400,000 people, it removed 256,085': up to the comma
                          r"\bcontrary\s+to\s+(?:the\s+|some\s+|popular\s+|frequent\s+|repeated\s+)?(?:claims?|assertions?|"
                          r"talking\s+points?|suggestions?|reports?|rumou?rs?|belief)\s+that\b[^;:,—–]*$|"
                          # 'The false claim that 92 percent of arrestees were convicted keeps circulating'
                          r"\b(?:the|a|this|that)\s+(?:(?:oft-repeated|often-repeated|repeated|widespread|persistent|viral)\s+)?"
                          r"(?:false|bogus|debunked|discredited|baseless|erroneous|mistaken|untrue|phony|fake)\s+"
                          r"(?:claim|assertion|idea|notion|statistic|stat|figure|talking\s+point|number|rumou?r|belief)\s+"
                          r"that\b[^;:]*$", re.I)
# 'ICE removed not 300,000 people but 256,085': the number denied, not the verb
_NOT_THE_NUMBER = re.compile(r"(?:\bnot|\b(?:was|were|is|are)n['’]t)\s+(?:(?:about|some|nearly|roughly|almost|exactly)\s+)?$",
                             re.I)
_AT_MOST_VERB = re.compile(r"(?:top|surpass|exceed|pass|eclipse)", re.I)


def _another_head_before(events: list[Hit], h: Hit, q: Quantity, s: str) -> bool:
    """Another event's noun in the same words just before the one read, the number after both ('Removals from
    interior ICE arrests rose 25 percent'): which of the two is the phrase's head is not certain."""
    return h.end <= q.start and any(
        e.name != h.name and e.end <= h.start and h.start - e.end <= 40
        and re.fullmatch(r"[A-Za-z\s'’()-]*", s[e.end:h.start]) for e in events)


def _adjacent(h: Hit, q: Quantity, s: str) -> bool:
    """The event word is bound to the number: at most a few words between them and no clause break."""
    gap = s[q.end:h.start] if h.start >= q.end else s[h.end:q.start]
    partitive = re.search(r"\b(?:includ\w*|among|of which|of whom|comprising|contain\w*)\b", gap, re.I)
    return len(gap.split()) <= 4 and not re.search(r"[,;:()—–]", gap) and partitive is None


# 'Removals of aliens arrested by ICE in the interior', 'deportations of people who were apprehended': the arrest
# describes who was removed; 'Of those removed in fiscal 2017, 81,603 had been arrested by ICE': the removed counted
_REMOVALS_OF_BEFORE = re.compile(r"\b(?:removals?|deportations?)\s+of\s+(?:[\w-]+\s+){0,3}?(?:who\s+(?:were|had\s+been)\s+)?$",
                                 re.I)
_OF_THOSE_REMOVED = re.compile(r"^\W*Of\s+(?:those|the\s+people|people|the\s+[\d,]+(?:\s+people)?)\s+(?:removed|deported)\b",
                               re.I)


def _arrests_that_describe_removals(events: list[Hit], s: str) -> list[Hit]:
    """An arrest word that says which removals are counted is part of the removal's measure, not an event."""
    out = []
    for h in events:
        if h.name == "arrest" and _REMOVALS_OF_BEFORE.search(s[max(0, h.start - 60):h.start]):
            continue
        if h.name == "arrest" and _OF_THOSE_REMOVED.match(s) and re.search(r"\b(?:had\s+been|were)\s+$",
                                                                         s[max(0, h.start - 12):h.start]):
            h = Hit("removal", h.start, h.end, h.text)
        out.append(h)
    return out


# 'ERO recorded 158,581 administrative arrests': ICE's name for all its arrests, the group a later 'such arrests' means
_ADMINISTRATIVE_ARRESTS = re.compile(r"\badministrative\s+arrests\b", re.I)

# 'the report, released in December,', 'the first weekly report, released March 20,': when a document came out
# (not a list's or map's: 'The CIS list released in October 2015 counted 340' is that list as of then)
_A_DOCUMENT_RELEASED = re.compile(r"\b(?:report|release|data|figures|statistics|document|study|paper|memo|"
                                  r"analysis|survey|brief|letter)s?\b[^.;]{0,40}?\b(?:released|published|"
                                  r"issued|posted|unveiled|made\s+public|came\s+out|put\s+out)\s+(?:(?:in|on|last|this|"
                                  r"early|late|mid-?)\s*)?$", re.I)


def _the_group_named_earlier(ctx: Discourse, sent: Span) -> list[str] | None:
    """The subgroup a 'such arrests' points back to: the one the sentence before read, or all of ICE's arrests when it
    named them administrative arrests; None when the earlier words were not read (never the total by default)."""
    if ctx.qualifiers:
        return None if set(ctx.qualifiers) & catalogue().unresolvable else list(ctx.qualifiers)
    before = ctx.text[:sent.start].rstrip()
    previous = before[before.rfind(".", 0, len(before) - 1) + 1:]
    # (not '… 143,470 administrative arrests, including 40,066 at-large arrests. Such arrests …': a group named too)
    return [] if ctx.event == "arrest" and _ADMINISTRATIVE_ARRESTS.search(previous) \
        and not catalogue().qualifier_hits(previous) else None


def _claims_in_sentence(sent: Span, si: int, ctx: Discourse, context: str = "") -> list[Claim]:
    s, off = sent.text, sent.start
    cat = catalogue()
    periods = dated = find_periods(s, off, ctx.article_date)
    # ('ICE's fiscal 2018 report, released in December, shows …', 'The first weekly report, released March 20, said
    # …': the day a document came out, not a period its numbers count; its digits are still no count)
    # (only beside another period: 'the first CIS map, released in July 2015, listed more than 200' dates the list)
    released = [p for p in periods if p.period.kind in ("month", "date", "dates") and _A_DOCUMENT_RELEASED.search(s[:p.start])]
    if len(released) < len(periods):
        periods = [p for p in periods if p not in released]
    # 'a 2024 NBER paper', 'her 2017 study': a publication's year, not a period any number is about
    periods = [p for p in periods if not (_CITED_YEAR_BEFORE.search(s[max(0, p.start - 12):p.start])
                                          and _CITED_YEAR_AFTER.match(s[p.end:p.end + 40]))
               and not (_A_RECORDS_YEAR_BEFORE.search(s[max(0, p.start - 8):p.start])
                        and _A_RECORDS_YEAR_AFTER.match(s[p.end:p.end + 50])
                        and not _THAT_YEAR_AFTER.search(s[p.end:]))]
    # '(ICE, FY2021 Annual Report at 12)', 'see ICE, FY2019 ERO Report at 5': a cited document's year, not the year
    # the sentence's numbers are about
    periods = [p for p in periods if not _A_CITATIONS_YEAR.search(s[max(0, p.start - 40):p.start] + "\x00"
                                                                  + s[p.end:p.end + 60])]
    # ('When the Pew Research Center (2018) broke out the data', 'Wong et al. (2017, p. 4) found'): an author's or a
    # publisher's bracketed year says when a source was published, not when what it counts happened
    periods = [p for p in periods if not (_CITED_BY_YEAR_BEFORE.search(s[:p.start]) and _CITED_BY_YEAR_AFTER.match(s, p.end)
                                          and re.fullmatch(r"(?:19|20)\d\d", s[p.start:p.end]))]
    # 'The year before, in FY 2013, ICE conducted …': the year named beside a relative phrase is the one it means
    periods = [p for p in periods if not (p.relative_to_other and any(
        o is not p and not o.relative_to_other and o.start >= p.end and re.fullmatch(r"\s*,?\s*(?:in|during|i\.e\.,?|that is,?)?\s*",
                                                                 s[p.end:o.start]) for o in periods))]
    # a document's title names the document, not what a number counts ('the Declined Detainer Outcome Report said
    # ICE issued 3,083 detainers')
    untitled = _DOC_TITLE.sub(lambda m: " " * len(m.group(0)), s)
    quals = _negated_records(cat.qualifier_hits(untitled), s)
    blanked = untitled
    for h in quals:  # "apprehended at the border" qualifies a removal; its verb is not an arrest
        if re.search(r"apprehen|arrest|caught|stopped|crossers", h.text, re.I):
            blanked = blanked[:h.start] + " " * (h.end - h.start) + blanked[h.end:]
    blanked = _AGENCY_NAMES.sub(lambda m: " " * len(m.group(0)), blanked)  # "Enforcement and Removal Operations"
    # 'arrests by ICE, as opposed to Border Patrol': the agency or event set aside is not the number's
    events = [h for h in cat.event_hits(blanked) if not _CONTRASTED_BEFORE.search(s[max(0, h.start - 50):h.start])]
    events = _arrests_that_describe_removals(events, s)
    said_by = _SAID_BY_AT_END.search(s)
    if said_by is not None and not re.search(r"\d", said_by.group(0)) \
            and (any(h.start < said_by.start() for h in events)
                 or (ctx.event and (_ANAPHORA.search(s) or re.match(r"\s*(?:That|This|It)\b", s)))):
        # ('..., officials with the union representing ICE officers said.': who said it, not what was counted)
        events = [h for h in events if h.start < said_by.start()]
    cbp = [h for h in events if h.name == "cbp"]
    if cbp:  # 'apprehensions at the U.S.-Mexico border' are Border Patrol's, not ICE's arrests
        # ('ICE made 142,750 arrests, many handed over by the Border Patrol': arrests ICE is named as making stay ICE's)
        events = [Hit("cbp", h.start, h.end, h.text) if h.name == "arrest" and
                  any(abs(h.start - c.start) <= 80 for c in cbp) and not _ICE_MADE.search(s[max(0, h.start - 45):h.start])
                  else h for h in events]
    # ('CALLER (Jim from Tulsa): …'): where a speaker is from, in the label, is not the place a claim is about
    label = _A_SPEAKERS_LABEL.match(s)
    if label is not None and _HERE.search(s, label.end()):
        label = None  # ('CALLER (Jim from Tulsa): ICE arrested 2,000 people here'): the caller's town is the place
    place = find_place(" " * label.end() + s[label.end():] if label else s, off, ctx.cities)
    the_state = (_THE_STATE.match(s) or A_STATE_UNNAMED.search(s)) if place is None and ctx.local_place else None
    st = us.states.lookup(ctx.local_place) if the_state is not None and ctx.local_place else None
    said = (the_state.lastindex or 1) if the_state else 1
    if st is not None and the_state is not None and the_state.group(said).lower().endswith("commonwealth") \
            and st.abbr not in COMMONWEALTHS:
        st = None  # 'the Commonwealth' is Kentucky, Massachusetts, Pennsylvania or Virginia
    if the_state is not None and st is not None:  # 'The state also had six jurisdictions on the list': the one just named
        place = Place("state", st.name, code=st.abbr, span=_span(sent, the_state.start(said), the_state.end(said)))
    # (a number inside a date stays part of it even when the date dates a publication: 'An Oct. 22 article said')
    quantities = [q for q in find_quantities(s) if _is_value(q, s, dated)]
    studied = _study_numbers(sent, si, context, quantities, ctx.article_date)  # a study's result is not a list count or ICE figure
    taken = {c.value_span.start - off for c in studied if c.value_span is not None}
    quantities = [q for q in quantities if q.start not in taken]
    out: list[Claim] = [*studied, *list_claims(sent, si, ctx, quantities, periods, place)]
    listed = {c.value_span.start for c in out if c.value_span is not None}
    quantities = [q for q in quantities if off + q.start not in listed]
    regions = _regions(quantities, s)
    studies_named = credits_a_study(s)  # a registry study named by its authors in the sentence
    # 'Trump's Jan. 25 executive order': a date that names an event dates the event, not the sentence's numbers
    number_periods = [p for p in periods if not _EVENT_DATE.match(s[p.end:p.end + 40])]
    # ('And in fiscal 2019, the year before, ICE arrested …': a relative year set beside a named one describes it)
    number_periods = [p for p in number_periods if not (p.relative_to_other and _A_COMMA.match(s, p.end) and any(
        o.end <= p.start and not o.relative_to_other and o.period.kind in ("fiscal_year", "calendar_year")
        and _ONLY_A_COMMA.fullmatch(s, o.end, p.start) for o in number_periods))]
    owned = _owned(quantities, number_periods, s)
    main_event = events[0] if events else None
    # ('Did you know ICE deported fewer than 50,000 people last year?': a statement put as a question)
    questioned = s.rstrip().endswith("?") and _DID_YOU_KNOW.match(s) is None
    # ('ICE made 158,581 arrests in FY2018, up from 143,470 — but a record?': only the short tail is asked)
    asked_tail = _ASKED_TAIL.search(s) if questioned and not _OPENS_A_QUESTION.match(s) else None
    asked_from = asked_tail.start() if asked_tail is not None else 0
    anaphora = _ANAPHORA.search(s) is not None

    paired = _respectively(quantities, events, s)
    credited = _credited_agency(s, ctx)
    prev_change, prev_end = 0.0, 0
    prev_own: PeriodMention | None = None
    for q, (lo, hi) in zip(quantities, regions, strict=True):
        if _FOR_EVERY.match(s, q.end):
            # 'roughly 12 Border Patrol encounters for every ICE arrest': a ratio of two counts, not a count (its year
            # still leads on to the counts after it)
            prev_own = owned.get(q.start, prev_own)
            continue
        ev_hit = paired.get(q.start) or _nearest(events, q, lo, hi, s)
        confidence = "high" if ev_hit is not None and _adjacent(ev_hit, q, s) else "medium"
        outcome = _cases_outcome(q, s, events, quantities)
        if outcome is not None:
            ev_hit, confidence = outcome, "medium"
        whole_count = next((x for x in reversed(out) if x.kind == "count" and x.event and x.value_span is not None),
                           None) if not q.is_share and _OF_THEM_AFTER.match(s, q.end) else None
        counted = next((e for e in reversed(events) if whole_count is not None and e.end <= q.start
                        and e.name == whole_count.event), None)
        if counted is not None and (ev_hit is None or ev_hit.name != counted.name):
            # 'ICE removed about 240,000 people, roughly 65,000 of them after arrests in the interior': a part of the
            # count before it, of that count's event, whatever event the words after it name
            ev_hit, confidence = counted, "medium"
        inherited = ""
        if ev_hit is None and main_event is not None:
            # the sentence's event, outside the number's own words: the nearest one before it, else the first
            before = _outside_asides([e for e in events if e.end <= q.start and e.name not in cat.not_held], s, 0, q.start)
            ev_hit, confidence = (before[-1] if before else main_event), "medium"
        event = ev_hit.name if ev_hit else None
        if event is None and ctx.event is not None and (anaphora or _AGENCY.search(s)) \
                and not _SANCTUARY_PLACES.search(s) and not _points_back_to_places(s, ctx.text[:sent.start]) \
                and not _A_SURVEYS_PEOPLE.search(s):
            # (not 'CIS mapped sanctuary jurisdictions and identified more than 300 of them': what 'them' are, the
            # sentence says, and they are places, not the earlier sentence's detainers)
            event, confidence, inherited = ctx.event, "medium", "the event of an earlier sentence"
        if event is None:
            continue
        anchor = [q.start, q.end] + ([ev_hit.start, ev_hit.end] if ev_hit and lo <= ev_hit.start < hi else [])
        q_quals = sorted({h.name for h in quals if lo <= h.start and h.end <= hi
                          and min(abs(h.start - a) for a in anchor) <= 70
                          and not (h.start >= q.end and _PART_OF.search(s[q.end:h.start]))
                          and not (h.start >= q.end and _LATER_CLAUSE.search(s[q.end:h.start]))
                          # ('… of convicted criminals; total removals were 256,085': an earlier clause's group)
                          and not (ev_hit is not None and h.end <= ev_hit.start and ";" in s[h.end:ev_hit.start])
                          and not _previous_numbers(h, q, quantities, s)})
        q_quals = _whole_of_a_share(q, s, q_quals, quals)
        if q.is_share:
            q_quals = _interior_in_the_part(q, s, q_quals, quals)
        if ("interior" in q_quals or "border" in q_quals) and _BOTH_SIDES.search(s, lo, hi):
            # ('Across all removals, interior and border, 59 percent …'): both together are all of them
            q_quals = [x for x in q_quals if x not in ("interior", "border")]
        whole = next((x for x in reversed(out) if x.kind == "count" and x.event == event), None) \
            if q.is_share and _OF_THEM_AFTER.match(s, q.end) else None
        part = next((x for x in reversed(out) if x.kind == "count" and x.event == event and x.qualifiers),
                    None) if q.is_share and not q_quals else None
        if part is not None and part.value_span is not None and (
                _SHARE_OF_ALL.match(s[q.end:q.end + 30]) or _OF_THE_WHOLE_NOUN.match(s[q.end:q.end + 30])) \
                and re.fullmatch(r"[^.;]{0,40}?(?:,|\s*[—–(]|\s+--)\s*(?:or\s+)?(?:about\s+|roughly\s+|nearly\s+|"
                                 r"some\s+|almost\s+)?", s[part.value_span.end - off:q.start]):
            # '65,332 people from the interior, 27 percent of all removals', '… roughly 20,500 — about one in eight
            # arrests': the count's share
            q_quals = list(part.qualifiers)
        restated = next((x for x in reversed(out) if x.kind == "share" and x.qualifiers and x.value_span is not None),
                        None) if q.is_share and not q_quals else None
        if restated is not None and restated.value_span is not None and _THAT_IS.fullmatch(
                s[restated.value_span.end - off:q.start]):
            q_quals = list(restated.qualifiers)  # '71.7 percent had convictions or charges; that is nearly three in four'
        if whole is not None:  # '102,224 interior removals, and 85 percent of them had convictions': of that group
            q_quals = sorted(set(q_quals) | (set(whole.qualifiers) - cat.unresolvable))
        apposed = _APPOSITION.match(s[q.end:]) if not q_quals and (
            q.is_share or re.match(r"\s+of\s+(?:those|them|these|the\s+(?:people|persons|individuals|immigrants|"
                                   r"noncitizens|aliens|migrants)\b)", s[q.end:q.end + 30], re.I)) else None
        if apposed is not None:
            # '59 percent of those removed, or 216,810 people, had criminal convictions': the predicate after the
            # count set beside the share describes the share too
            tail = q.end + apposed.end()
            clause = re.search(r"[,;.]", s[tail:])
            q_quals = sorted({h.name for h in quals if tail <= h.start < tail + (clause.start() if clause else 80)})
        part_of_all = _A_SHARE_OF_ALL_BESIDE.match(s[q.end:]) if not q.is_share and not q_quals else None
        if part_of_all is not None:
            # ('fewer than 66,000 removals that year, roughly 27 per cent of the total, stemmed from arrests by ICE'):
            # a count set beside its share of the total is a part, and the predicate after them says which; a part
            # the predicate does not name is not read against the total with certainty
            tail = q.end + part_of_all.end()
            clause = re.search(r"[,;.]", s[tail:])
            q_quals = sorted({h.name for h in quals if tail <= h.start < tail + (clause.start() if clause else 80)})
            if not q_quals:
                confidence = "medium"
        if q.is_share and "noncriminal" in q_quals and _NOT_WERE_RECORDS.match(s[q.end:q.end + 90]):
            confidence = "medium"  # '92 percent … were not convicted criminals': 'not 92 percent were', or 92 were not?
        borrowed = ev_hit is not None and ev_hit.end <= q.start and not q.is_share \
            and re.search(r"\b(?:and|or|but|while|whereas|versus|vs)\b", s[ev_hit.end:q.start]) is not None \
            and re.match(r"\s*(?:%|percent|per\s*cent)", s[q.end:]) is None and any(
            p is not q and p.end <= ev_hit.start and re.fullmatch(r"\s*(?:[\w-]+\s+){0,2}", s[p.end:ev_hit.start])
            for p in quantities)  # '2,378 detainers in 2013 and only 942 in 2012': the earlier number's noun
        with_count = _WITH_COUNT.search(s[:q.start]) if not q_quals else None
        if with_count is not None:  # 'Guatemalans were the second-largest group of arrestees, with 17,644 arrests'
            opening = max((x.end() for x in re.finditer(r"[:;—–]", s[:with_count.start()])), default=0)
            q_quals = sorted({h.name for h in quals if opening <= h.start and h.end <= with_count.start()
                              and h.name in cat.unresolvable})
        if ev_hit is not None and (not (lo <= ev_hit.start < hi) or borrowed) and not q_quals:
            # the event came from outside the region: so do its subgroup words, unless the number has its own
            q_quals = sorted({h.name for h in quals if (abs(h.start - ev_hit.end) <= 60 or abs(ev_hit.start - h.end) <= 60)
                              and not (h.start >= q.end and _LATER_CLAUSE.search(s[q.end:h.start]))})
        if inherited and not q_quals and not _THE_WHOLE.search(s):
            q_quals = list(ctx.qualifiers)
        if q_quals == ["group_named_earlier"] and event == ctx.event:
            earlier = _the_group_named_earlier(ctx, sent)
            if earlier is not None:  # 'ERO recorded 158,581 administrative arrests … 110,104 such arrests': that group
                q_quals, confidence = earlier, "medium"
        if not q.is_share and not q_quals and _COUNT_HAD_NEITHER.match(s[q.end:]):
            q_quals = ["noncriminal"]  # 'more than 100,000 people arrested last year had neither': those without either
        if q.is_share and q_quals and _HAD_NEITHER_AFTER.match(s[q.end:]):
            # '43 percent had convictions or pending charges, meaning a majority, 57 percent, had neither': the rest
            q_quals = _the_rest(q_quals)
        if not q_quals and ev_hit is not None and _unread_compound_before(s, ev_hit, quals):
            # 'pending-charge arrests', 'Department-wide removals', 'post-inauguration arrests': a compound the
            # catalogue does not know, set before the noun, narrows (or widens) what is counted
            q_quals = ["described_part"]
        if not q_quals and _DESCRIBED_PART.match(s[q.end:q.end + 80]):
            # '95,360 removals were of individuals for whom …': a part described in words the catalogue did not read
            q_quals = ["described_part"]
        # (not 'did not arrest anywhere near 200,000': the idiom's own 'fewer than' already carries the denial)
        negation = NEGATED_BEFORE.search(s[max(lo, q.start - 40):q.start]) \
            if q.comparator in NEGATED_BOUND and not FAR_BELOW_LEAD.match(q.text) else None
        if negation is not None:
            q = replace(q, comparator=NEGATED_BOUND[q.comparator])  # 'has yet to deport more than N': at most N
        denied = (_DENIED_BEFORE.search(s[max(lo, q.start - 40):q.start])
                  or _NOT_THE_NUMBER.search(s[max(lo, q.start - 40):q.start])) if q.comparator == "eq" else None
        untrue = _UNTRUE_THAT.search(s[max(lo, 0):q.start])  # 'It is simply not true that ICE deported 400,000'
        limit = denied.groupdict().get("limit") if denied is not None else None
        if limit:
            # 'did not reach 100,000 arrests': fewer than N; 'did not exceed 160,000': at most N
            negation = denied
            q = replace(q, comparator="le" if _AT_MOST_VERB.match(limit) else "lt")
        kind, unit, value = _kind(q, s, lo, hi, prev_change, prev_end)
        prev_change, prev_end = (1.0 if value > 0 else -1.0) if kind == "change" else 0.0, q.end
        following = next((x for x in quantities if x.start > q.end), None)
        next_own = owned.get(following.start) if following is not None and re.fullmatch(
            r"\s*(?:\w+\s+)?(?:to|at)\s+|\s+of\s+(?:(?:the|all|its|their)\s+|(?:ICE|the\s+agency|DHS)['’]s\s+)?",
            s[q.end:following.start], re.I) else None
        period, base = _periods_for(s, q, kind, lo, hi, number_periods, owned, ctx, prev_own, next_own)
        if kind == "count" and period is not None and period.span is not None and period.confidence == "high" \
                and period.span.end - off <= q.start \
                and _A_TURN_BEFORE.search(s[max(0, period.span.start - off - 30):period.span.start - off]) \
                and _A_LEVEL_REACHED_BEFORE.search(s[max(0, q.start - 40):q.start]):
            # ('After fiscal 2016, removals fell to 226,119 from 240,255': the level reached after the year named)
            period = replace(period, confidence="medium")
        if kind == "rate" and period is not None:
            period = _year_end(period, s, off)
        if kind == "count" and period is not None:
            period = _since_a_year(period, s, off, ctx.article_date, q.start)
        if kind == "count" and period is not None and q.start not in owned:
            period = _a_changes_earlier_step(period, s, off, q)
        if kind == "count" and period is not None and period.first_fiscal_year is not None \
                and period.fiscal_year is not None and period.first_fiscal_year < period.fiscal_year \
                and _REACHING.search(s[max(0, q.start - 40):q.start]):
            # 'grew 46 percent between FY 2016 and FY 2018, reaching 95,360': the level at the span's end
            period = replace(period, kind="fiscal_year", first_fiscal_year=None,
                             how=f"the level reached at the end of the span: FY{period.fiscal_year}")
        if kind == "count" and period is not None and period.first_fiscal_year is not None \
                and period.fiscal_year is not None and period.first_fiscal_year + 1 == period.fiscal_year \
                and (end := _end_of_a_from_to(s, q)) is not None:
            # ('Between FY2014 and FY2015 the count fell from 159,210 to 97,045'): each end of the change is its
            # year's level, not the two years' total
            fy = period.first_fiscal_year if end == "from" else period.fiscal_year
            period = replace(period, kind="fiscal_year", fiscal_year=fy, first_fiscal_year=fy, confidence="medium",
                             how=f"FY{fy}, the {'start' if end == 'from' else 'end'} of the change from FY"
                                 f"{period.first_fiscal_year} to FY{period.fiscal_year}")
        end_of_change = _end_of_a_from_to(s, q) if kind == "count" and period is not None \
            and period.kind == "fiscal_year" and period.first_fiscal_year in (None, period.fiscal_year) \
            and q.start not in owned and period.how.endswith("(from an earlier sentence)") \
            and not _ANOTHER_TIME_SAID.search(s) else None
        if kind == "count":
            period = _each_year_since(s, q, number_periods, ctx.article_date) or period
        if kind in ("count", "share") and period is not None:
            period = _narrower_dates(period, number_periods)
        if kind == "change" and period is None and base is not None:
            period = _up_to_now(base, s, off, ctx.article_date)
        if kind in ("count", "share") and period is None and (_PART_BEFORE.search(s[max(0, q.start - 30):q.start])
                                                              or whole_count is not None):
            # 'ICE removed 240,255 people in fiscal 2016, including 65,332 from the interior', 'ICE issued 3,083
            # detainers that week, and 206 of them were declined': the whole's period
            whole = next((x for x in reversed(out) if x.period is not None and x.kind == "count"), None)
            if whole is not None:
                period = whole.period
        if kind == "share" and q.start not in owned and _SHARE_OF_ALL.match(s[q.end:q.end + 30]):
            # '65,332 in FY2016, or 27% of total removals': the share of the count set just before it, of its year
            beside = next((x for x in reversed(out) if x.kind == "count" and x.value_span is not None
                           and x.period is not None and x.period.confidence == "high"), None)
            if beside is not None and beside.value_span is not None and re.fullmatch(
                    r"[^.;,]{0,30}?(?:,\s*(?:or\s+)?|\s*[—–(]\s*|\s+--\s*)(?:about\s+|roughly\s+|nearly\s+|some\s+)?",
                    s[beside.value_span.end - off:q.start]):
                period = beside.period
        reached = _TO_A_LEVEL_REACHED.search(s[max(0, q.start - 20):q.start])
        if kind == "count" and reached is not None and (period is None or (
                owned.get(q.start) is None and out and out[-1].kind == "change" and out[-1].value_span is not None
                and out[-1].period is not None and out[-1].period.fiscal_year
                and _A_SHORT_GAP.fullmatch(s[out[-1].value_span.end - off:max(0, q.start - 20) + reached.start()]))):
            # 'ICE nearly doubled its arrests in fiscal 2022, to 142,750', '…, and the following year the total
            # dropped by more than 50,000, to about 316,000': the level the change reached
            change = next((x for x in reversed(out) if x.kind == "change" and x.period is not None), None)
            if change is not None and change.period is not None and change.period.fiscal_year:
                fy = change.period.fiscal_year
                period = replace(change.period, kind="fiscal_year", first_fiscal_year=fy)
        if kind == "count" and period is not None and period.kind == "fiscal_years" and period.fiscal_year \
                and re.search(r"\bto\s+$", s[max(0, q.start - 4):q.start]) \
                and not re.search(r"\b(?:led|lead|leads|leading|amount\w*|add\w*\s+up|c[ao]me|comes|up)\s+to\s+"
                                  r"(?:(?:over|about|nearly|roughly|some|more\s+than|almost)\s+)?$",
                                  s[max(0, q.start - 40):q.start], re.I):
            # 'jumped 46 percent between fiscal 2016 and fiscal 2018, to 95,360': the level the span ends at
            fy = period.fiscal_year
            period = replace(period, kind="fiscal_year", first_fiscal_year=fy, how=f"the end of {period.how}")
        prev_own = owned.get(q.start, prev_own)
        if confidence == "medium" and ev_hit is not None:
            confidence = _from_to(q, s, out, event) or confidence
        if ev_hit is not None and _joined_events(ev_hit, events, s):
            confidence = "medium"  # 'removals and Title 42 expulsions together topped 200,000': a sum of two measures
        if _A_STUDYS_ESTIMATE.search(s[:q.start]):
            confidence = "medium"  # 'East and colleagues found that … led to over 454,000 deportations': a study's own
        if _COUNTING_ANOTHER.match(s[:q.start]):
            confidence = "medium"  # 'Counting Title 42 expulsions, ICE removed …': the count adds another group
        if place is None and (_AN_UNNAMED_LOCAL_PLACE.search(s, s.rfind(";", 0, q.start) + 1,
                                                             s.find(";", q.end) % (len(s) + 1))
                              or _A_LOCAL_AGENCY.search(s, s.rfind(";", 0, q.start) + 1, q.start)):
            # '…; in the county, it arrested 412', 'our sheriff's office received 300 detainers': a place the
            # sentence does not name
            confidence = "medium"
        if confidence == "medium" and kind == "change" and ev_hit is not None \
                and (_subject_of_change(ev_hit, q, s, events) or _change_of_the_count_before(q, s, out, event, off)):
            confidence = "high"
        level = out[-1] if out else None
        if kind == "change" and level is not None and level.kind == "count" and level.period is not None \
                and level.period.kind == "fiscal_year" and level.period.fiscal_year and period is not None \
                and period.fiscal_year != level.period.fiscal_year and _A_YEAR_BEFORE_AFTER.match(s[q.end:]) \
                and _change_of_the_count_before(q, s, out, event, off):
            # ('…, which itself had seen about 143,000 arrests, nearly 10 percent fewer than the year before'): the
            # change is the count's year's, on the year before it
            fy = level.period.fiscal_year
            period = replace(level.period, how=f"the year of the count it is set after (FY{fy})")
            base = replace(level.period, fiscal_year=fy - 1, first_fiscal_year=fy - 1, span=None,
                           how=f"the year before FY{fy}")
        if confidence == "high" and ev_hit is not None and not inherited and _another_head_before(events, ev_hit, q, s):
            confidence = "medium"
        elsewhere = _place_of_a_later_clause(place, q, s, off) or (
            # ('Travis County accounted for 142 of the 206': the whole a local part is of may be wider than the place)
            place is not None and place.level in ("county", "city") and _WHOLE_OF_A_PART.search(s[:q.start]) is not None)
        if elsewhere:
            confidence = "medium"  # (the count may still be that place's: it is read as the nation's only to confirm)
        if "group_named_earlier" in q_quals:
            # '… from FY 2018, when ERO conducted 158,581 such arrests': the group of the sentence's earlier count
            named = next((x for x in reversed(out) if x.kind == "count" and x.event == event and not x.unresolved), None)
            if named is not None:
                q_quals = [*named.qualifiers, *(x for x in q_quals if x not in ("group_named_earlier", *named.qualifiers))]
        if kind == "rate" or (period is not None and period.kind == "month"):
            # 'about 13,000 arrests each month': an average, the rate's own unit; 'in a single month, August 2011':
            # the month named is the period
            q_quals = [x for x in q_quals if x != "single_month"]
        c = Claim(id="", kind=kind, sentence_index=si, sentence=sent,
                  span=_span(sent, min(q.start, ev_hit.start if ev_hit and lo <= ev_hit.start < hi else q.start),
                             max(q.end, ev_hit.end if ev_hit and lo <= ev_hit.end <= hi else q.end)),
                  subject=event, subject_span=_span(sent, ev_hit.start, ev_hit.end) if ev_hit else None,
                  value=value, value_high=q.high, comparator=q.comparator, unit=unit,
                  value_span=_span(sent, q.start, q.end), precision=q.precision, period=period,
                  place=None if elsewhere else place,
                  event=event, qualifiers=q_quals, measure_confidence=confidence,
                  unresolved=[x for x in q_quals if x in cat.unresolvable and x not in cat.implied.get(event, ())])
        other = (following if end_of_change == "from" else
                 next((x for x in reversed(quantities) if x.end <= q.start), None)) if end_of_change else None
        if end_of_change is not None and other is not None:
            # ('In fiscal 2017 …. Arrests at large climbed from 30,348 to 40,066'): an end of a change whose year an
            # earlier sentence gave may be that year's neighbour, when the other end is that year's figure
            c.notes.append(CHANGE_START_NOTE if end_of_change == "from" else CHANGE_END_NOTE)
            c.endpoints = [q.value, other.value] if end_of_change == "from" else [other.value, q.value]
        if kind == "share" and q_quals and set(q_quals) <= {"interior", "border"} and _OF_A_PART.match(s[q.end:]):
            # '92 percent of interior removals did': a share of those removals, not their share of all removals
            prev_share = next((x for x in reversed(out) if x.kind == "share" and x.qualifiers), None)
            if prev_share is not None and _ELLIPTICAL_VERB.search(s[q.end:]):
                c.qualifiers = [*q_quals, *(x for x in prev_share.qualifiers if x not in q_quals)]
            else:
                c.measure_confidence = "medium"
                c.notes.append("a share of interior or border removals whose part the sentence does not name")
        whole = next((x for x in reversed(out) if x.kind == "count" and x.event == event and x.value_span is not None),
                     None) if kind == "share" and event is not None else None
        if whole is not None and whole.value_span is not None and whole.qualifiers \
                and _OF_WHICH_A_SHARE.fullmatch(s[whole.value_span.end - off:q.start]):
            # '102,224 interior removals, of which 85 percent involved convicted criminals': a share of that whole
            c.qualifiers = [*whole.qualifiers, *(x for x in c.qualifiers if x not in whole.qualifiers)]
        ratio = _ratio_of_two_counts(q, s, quantities) if kind == "share" else None
        if ratio is None and kind == "share" and (year := _OF_ANOTHER_YEARS_COUNT.match(s[q.end:q.end + 70])) \
                and _another_year_before(s[:q.start], year.group("year")):
            # (only beside the part's own, other year: '66 percent of fiscal 2021 removals' is a share of that year's)
            ratio = f"{RATIO_NOTE}{q.text} of {year.group('year')}'s count"
        if ratio is not None:
            c.notes.append(ratio)
        c.credited_to = credited or _clause_agency(s, q.start)
        c.asserted_by = _speaker(s, q.start)
        if kind in ("count", "change", "share") and c.measure_confidence == "high" and studies_named:
            # "Hausman's estimates: deportations fell by at least a quarter from 2013 to 2015": a study's result may be
            # what the number reports, not ICE's series; it can confirm, never refute
            c.measure_confidence = "medium"
        prev = next((x for x in reversed(out) if x.kind == kind and x.value_span is not None), None)
        last_end = prev.value_span.end - off if prev is not None and prev.value_span is not None else len(s)
        own_noun = ev_hit is not None and q.end <= ev_hit.start < hi and _adjacent(ev_hit, q, s)
        if not q_quals and not own_noun and prev is not None and prev.event == event \
                and re.search(r"\band\s+$", s[:q.start]) \
                and not [e for e in events if last_end < e.start < q.start and e.name != event]:
            # '46,612 arrests ... from Mexico in November and 56,526 in October': the same count, another period
            c.qualifiers = list(prev.qualifiers)
        if negation is not None:  # the value as said, with its denial: 'never removed more than 260,000'
            c.value_span = _span(sent, max(lo, q.start - 40) + negation.start(), q.end)
        if base is not None:
            c.notes.append(f"base period: {base.how}")
            c.base_subject = f"FY{base.fiscal_year}" if base.fiscal_year else None
        if inherited:
            c.notes.append(f"event taken from {inherited}")
        if questioned and q.start >= asked_from:
            c.polarity = "questioned"
        elif (denied is not None and not limit) or untrue is not None:
            c.polarity = "negated"  # 'ICE did not arrest 300,000 people': a denial of the figure, not a figure
        elif _HYPOTHETICAL.search(s[_own_clause_start(s, max(lo, q.start - 50), q.start):min(hi, q.end + 30)]) \
                or _CONDITIONAL.match(s) \
                or _supposed_at(s, q.start) \
                or _PLEDGED_BEFORE.search(s[max(0, q.start - 40):q.start]) \
                or _WILL_DO_BEFORE.search(s[max(0, q.start - 60):q.start]) or _WOULD_AFTER.match(s[q.end:]):
            c.polarity = "hypothetical"
        out.append(c)

    out.extend(between_counts(sent, si, out))
    # ('three-quarters of the FY2013 level': rated as the ratio of two years; the share reading is set aside)
    out = [c for c in out if not any(n.startswith(YEAR_FRACTION_NOTE) for n in c.notes)]
    out.extend(_vague_shares(sent, si, ctx, events, quals, periods, place, {c.value_span.start for c in out
                                                                           if c.value_span}))
    ranked = _rankings(sent, si, ctx, events, quals, periods, place)
    if _PROMISED.search(s):  # 'has promised the largest deportation operation in history': a pledge, not a record
        for r in ranked:
            r.polarity = "hypothetical"
    out.extend(ranked)
    out.extend(_trends(sent, si, events, quals, periods, place, ctx.article_date))
    # a sentence with a number says its direction in that number's claim (a turn, 'peaked in FY2018 and then fell',
    # says the direction after it too)
    if not [c for c in out if not (c.kind == "ranking" and _A_TURNING_WORD.match(c.notes[0] if c.notes else ""))]:
        out.extend(_directions(sent, si, events, quals, periods, place))
    else:
        out.extend(_direction_to_a_level(sent, si, events, quals, periods, place, out))
        out.extend(_against_the_year_before(sent, si, out))
    for c in out:
        if c.kind in ("trend", "comparison", "ranking", "change", "list_count") and c.polarity == "asserted" \
                and _DENIED_ITSELF.search(s[max(0, c.span.start - off - 60):c.span.end - off]):
            c.polarity = "negated"  # 'It is not true that removals fell', 'ICE did not deport more … than …'
        if c.kind == "share" and c.polarity == "asserted" and _NOT_TRUE_THAT.search(s, 0, c.span.start - off):
            c.polarity = "negated"  # 'It is not true that most of those arrested lacked records'
        if c.polarity in ("asserted", "hypothetical") and _no_one_says_it(s, (c.value_span or c.span).start - off):
            c.polarity = "negated"  # 'Nobody can honestly say ICE removed 400,000 people in fiscal 2018'
        if c.kind in ("count", "share", "trend", "comparison", "ranking", "change", "list_count") \
                and c.polarity == "asserted" and (_called_untrue_after(s, c, off)
                                                  or (_a_claim_called_untrue(s, c.span.start - off) and (
                                                      # ('… has the direction backwards: they fell to 143,099': a
                                                      # number after the verdict is the correction, not the claim)
                                                      c.value_span is None
                                                      or _a_claim_called_untrue(s, c.value_span.start - off)))
                                                  or _a_quote_called_untrue(s, c.span.start - off)
                                                  or (c.value_span is not None
                                                      and _a_quote_called_untrue(s, c.value_span.start - off))):
            c.polarity = "negated"  # 'A mailer says arrests hit a record in fiscal 2024; that is not true.'
        if c.kind in ("trend", "comparison", "ranking", "change") and c.polarity == "asserted" \
                and c.value_span is not None and _ONLY_IF.match(s, c.value_span.end - off):
            c.polarity = "hypothetical"  # 'was the highest of the Trump years only if you count …, which it isn't'
    for c in out:
        if questioned and c.polarity == "asserted" and c.kind in ("trend", "ranking", "comparison", "list_count", "share"):
            c.polarity = "questioned"  # 'FACT CHECK: Was last year's deportation total a record?', 'Did most … ?'
        if c.asserted_by == "article" and c.kind in ("trend", "change", "ranking", "comparison", "list_count",
                                                     "study_figure", "share"):
            # 'Critics claim removals fell in FY2019', 'An earlier version said the list named 300': whose claim it is
            # (a share from where its number is: 'Advocates claim that "most …" — but ICE's figures show 13 percent')
            at = c.value_span.start if c.kind == "share" and c.value_span is not None else c.span.start
            c.asserted_by = _speaker(s, at - off)
    out.extend(event_claims(sent, si, periods, place, ctx.article_date))
    out.extend(venue_claims(sent, si, ctx.text[:sent.end], place))
    research = _research(sent, si, context, place)
    if research:  # "much of the crime could be prevented by ...": the claim is the causal one
        out = [c for c in out if not (c.kind == "share" and c.precision == 0.0)]
    out.extend(r for r in research if not _said_by_a_figure(r, out))
    for c in out:
        if c.polarity == "asserted" and _supposed_at(s, c.span.start - off):
            c.polarity = "hypothetical"
    if ctx.local_place is not None:  # 'The records show 3,080 detainers' after sentences about one state
        for c in out:
            if c.kind == "count" and c.place is None:
                c.notes.append(f"{LOCAL_NOTE}{ctx.local_place}")
    if place is not None:
        ctx.local_place = place.name if place.level != "nation" else None
    _remember(ctx, out, periods, events, quals, s)
    return out


# 'The claim that ICE removed 300,000 people in FY2018 is false', 'A critic's line that "…" is unfounded': the
# sentence names a claim and calls it untrue
_A_CLAIM_THAT = re.compile(r"^(?:[^:;]{0,40}:\s*)?\W*(?:[\w'’.-]+\s+){0,4}?(?:claim|line|assertion|statistic|stat|figure|talking\s+point|idea|"
                           r"notion|argument|contention|suggestion|rumou?r|meme|post)\s+that\b", re.I)
_IS_UNTRUE = re.compile(r"[\"”’]?\s*(?:is|was)\s+(?:simply\s+|just\s+|flatly\s+|plainly\s+|also\s+|demonstrably\s+)?"
                        r"(?:false|wrong|untrue|incorrect|unfounded|baseless|bogus|a\s+myth|not\s+true|not\s+accurate|"
                        r"inaccurate|not\s+what\s+(?:the\s+)?(?:report|data|record|records|figures?|numbers?|ICE|it|they)\s+"
                        r"(?:says?|said|shows?|showed))\b|"
                        # ('… has the direction backwards', '… gets it wrong', '… is backwards')
                        r"\s(?:has|had|gets?|got)\s+(?:the\s+(?:direction|trend|numbers?|facts?|figures?|math)|it|things)\s+"
                        r"(?:backwards?|wrong|exactly\s+backwards?)\b|\s(?:is|was)\s+(?:exactly\s+)?backwards?\b", re.I)


_A_QUOTE_CALLED_UNTRUE = re.compile(r"[”\"]\s*(?:is|was)\s+(?:also\s+|simply\s+|just\s+|plainly\s+|flatly\s+)?"
                                    r"(?:not\s+true|untrue|false|wrong|incorrect|a\s+myth)\b", re.I)
# ('The quarter-million line is right, but "the most in a decade" is not.': the quoted words denied by the ellipsis of
# a word of truth before; not 'Plenty of figures are disputed, but "158,581 arrests" is not', where it is vouched for)
_A_QUOTE_NOT_SO = re.compile(r"[”\"]\s*(?:is|was|are|were)\s+not\s*(?:[.;!]|$)", re.I)
_SAID_TO_BE_RIGHT = re.compile(r"\b(?:is|are|was|were|looks?|seems?)\s+(?:also\s+|largely\s+|broadly\s+)?(?:right|true|"
                               r"accurate|correct|fair|solid|on\s+target)\b|\b(?<!not\s)(?:checks?\s+out|holds?\s+up)\b", re.I)
_SAID_TO_BE_WRONG = re.compile(r"\b(?:disputed|contested|wrong|false|questioned|doubted|exaggerated|misleading|"
                               r"challenged|in\s+doubt)\b", re.I)


def _a_quote_called_untrue(s: str, at: int) -> bool:
    """A position inside a quotation the sentence then calls untrue: 'And "the highest removals since fiscal 2014" is
    simply wrong.'"""
    before = s[:at]
    if not (before.count("“") > before.count("”") or before.count('"') % 2 == 1):
        return False
    verdict = _A_QUOTE_CALLED_UNTRUE.search(s, at)
    if verdict is None:
        ellipsis = _A_QUOTE_NOT_SO.search(s, at)
        opened = max(before.rfind("“"), before.rfind('"'))
        verdict = ellipsis if ellipsis is not None and _SAID_TO_BE_RIGHT.search(s, 0, opened) \
            and not _SAID_TO_BE_WRONG.search(s, 0, opened) else None
    return verdict is not None and not re.search(r"[“”\"]", s[at:verdict.start()])


def _called_untrue_after(s: str, c: Claim, off: int) -> bool:
    """'… 300,000; the agency's own figure was 240,255': the number is corrected after it; but not 'reads about
    110,000; the agency's number was 110,104', the same number to its rounding."""
    m = _CALLED_UNTRUE_AFTER.search(s, (c.value_span.end if c.value_span is not None else c.span.start) - off)
    if m is None:
        return False
    after = s[m.end():m.end() + 60]
    given = next((q for q in find_quantities(after) if not after[:q.start].strip()), None)
    if given is not None and _ANOTHER_YEARS_FIGURE.match(after, given.end):
        return False  # ('… 240,255 in fiscal 2016, but its own figure was 235,413 the year before': another year's)
    if given is None or c.value is None or not c.value or (c.comparator != "approx" and re.search(
            r"\b(?:but|actually|in\s+fact|however)\b", s[m.start():m.end()], re.I)):
        return True  # ('said 160,000, but the agency's own figure was 158,581': a correction, however near)
    return abs(given.value - c.value) > 0.05 * abs(c.value)


_ANOTHER_YEARS_FIGURE = re.compile(r"\s*,?\s*(?:the\s+(?:year|fiscal\s+year)\s+(?:before|earlier)|a\s+year\s+(?:earlier|before)|"
                                   r"the\s+(?:previous|prior|preceding)\s+(?:fiscal\s+)?year)\b(?!\s+(?:the|a|an)\b)", re.I)


def _a_claim_called_untrue(s: str, at: int) -> bool:
    """A position inside 'The claim that … is false': between the opener and the verdict on it."""
    opener = _A_CLAIM_THAT.match(s)
    if opener is None or at < opener.end():
        return False
    verdict = _IS_UNTRUE.search(s, at)
    if verdict is None or re.search(r"[;:]", s[opener.end():verdict.start()]):
        return False
    # ('The claim that removals rose is correct, though the senator got it wrong on arrests': another's error; not
    # 'looks right at first but is wrong', where the same claim is called wrong)
    right = _SAID_TO_BE_RIGHT.search(s, at, verdict.start())
    if right is None:
        return True
    if _ANOTHER_CLAIM_NAMED.search(s, right.end(), verdict.start()):
        return False  # ('… is true, but the claim that removals fell is backwards': another claim is the one denied)
    # ('… is correct, though the senator got it wrong on arrests', '… though the senator was wrong about arrests':
    # someone's error, not the claim's; but '… looks right, but it is wrong', '… but the numbers show it is wrong'
    # call the same claim wrong)
    if _AN_AGENTS_VERDICT.match(verdict.group(0)):
        return False
    return _ANOTHERS_ERROR_AFTER.search(s, right.end(), verdict.start()) is None


_ANOTHER_CLAIM_NAMED = re.compile(r"\b(?:claims?|line|assertions?|statistic|stat|figure|talking\s+point|idea|notion|"
                                  r"argument|contention|suggestion|rumou?r|meme|post)\s+that\b", re.I)
_AN_AGENTS_VERDICT = re.compile(r"[\"”’]?\s*(?:has|had|gets?|got)\b", re.I)
_ANOTHERS_ERROR_AFTER = re.compile(r"\b(?:though|although|while|but|yet)\s+(?!(?:it|this|that|which|is|was|are|were|in\s+"
                                   r"fact|on\s+\w+|the\s+(?:claim|figure|number|numbers|statistic|data|evidence|record|"
                                   r"math|report|records)|its|at)\b)(?:the|his|her|their|a)?\s*[A-Za-z]{2,}", re.I)


# ('the increase over FY 2016 was 33,366 arrests', 'the climb since then is about 48,000')
_CHANGE_WAS = re.compile(r"\b(?:the|a|an|this|that|its|their)\s+(?:[\w-]+\s+)?(?:(?:increase|rise|jump|gain|growth|climb)|"
                         r"(?P<loss>decline|drop|decrease|fall|reduction))\s+(?:(?:in|over|since|from|on)\s+[^,;.]{0,50}?\s)?"
                         r"(?:was|were|is|"
                         r"totaled|totalled|came\s+to|amounted\s+to|equaled|equalled)\s+(?:about\s+|roughly\s+|nearly\s+|"
                         r"almost\s+|some\s+|just\s+|only\s+|more\s+than\s+)?$", re.I)


_ANOTHER_BASE_JOINED = re.compile(r"\s+(?:from|over|than|since|compared\s+(?:with|to))\s+[^,;.%\d]{0,20}(?:(?:19|20)\d\d|"
                                  r"year|level|total)['’]?s?\s*,?\s*(?:and|or)\s+(?:(?:about|roughly|nearly|some)\s+)?",
                                  re.I)


def _kind(q: Quantity, s: str, lo: int, hi: int, prev_change: float = 0.0,
          prev_end: int = 0) -> tuple[str, str, float]:
    """count, share, change or rate, from the number's own words."""
    region = s[lo:hi]
    if q.is_share and prev_change and re.fullmatch(r"\s*(?:and|,|or)\s*", s[prev_end:q.start]):
        return "change", "change", q.value if prev_change > 0 else -q.value
    if q.is_share and prev_change and _ANOTHER_BASE_JOINED.fullmatch(s[prev_end:q.start]) \
            and re.match(r"\s+(?:from|over|than|since|above|below|compared)\b", s[q.end:q.end + 12]):
        # 'up 11% from fiscal 2017 and 44% from fiscal 2016': the same change on another base
        return "change", "change", q.value if prev_change > 0 else -q.value
    multiple = MULTIPLY_VERB.search(q.text)
    if multiple is not None:  # 'more than halved' falls, whatever other words say
        return "change", "change", -q.value if multiple.group(1).lower() == "halved" else q.value
    if q.is_share:
        arrow = _ARROW_BEFORE.search(s[max(0, q.start - 12):q.start])
        if arrow is not None:  # 'Border removals ↓17% in FY'17', '+25%': a chart's change, never a share
            return "change", "change", -q.value if arrow.group(1) in _DOWN_ARROWS else q.value
        rel = q.start - lo
        if _LEVEL_LEAD.search(region[max(0, rel - 40):rel]):  # 'rose to 43%', 'up from 32.5%': a level, not a change
            return "share", "share", q.value
        beyond = _BEYOND_A_YEAR.match(s[q.end:])
        if beyond is not None:  # '158,581 in fiscal 2018, 44 percent above fiscal 2016': a change on that year
            return "change", "change", -q.value if beyond.group(1).lower() in ("below", "under") else q.value
        # the words around the number, not its own hedge ('fewer than 1 in 5 arrests' is a share, not a fall)
        lead_in = region[max(0, rel - 40):rel]
        if re.search(r"\ba\s+fall\s+of\s+(?:about\s+|nearly\s+|roughly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?$",
                     lead_in, re.I) and not _FROM_A_NUMBER_TO.search(s[:q.start]) \
                and not re.search(r"\b(?:to|from)\s+(?:about\s+|nearly\s+|roughly\s+)?\d", s[:q.start], re.I):
            # 'a fall of 28 percent' (never the season: 'the fall of 2019'); after 'dropped to X from Y' the pair
            # before it says what the change is, and is read with it
            return "change", "change", -q.value
        near = lead_in + " " + region[rel + len(q.text):rel + len(q.text) + 40]
        down, up = _CHANGE_DOWN.search(near), _CHANGE_UP.search(near)
        if (down or up) and not re.search(r"\bof (?:those|these|the|all|them|ICE|total|its|their)\b", region[rel + len(q.text):
                                                                                             rel + len(q.text) + 12]):
            # the direction word nearest the number, a verb before a comparative ('LOWER THIRD: ICE ARRESTS UP 30
            # PERCENT': up; 'Arrests grew far less, by about a fifth': grew)
            def rank(m: re.Match[str]) -> tuple[bool, int]:
                gap = len(lead_in) - m.end() if m.end() <= len(lead_in) else m.start() - len(lead_in)
                return _COMPARATIVE_WORD.fullmatch(m.group(0)) is not None, gap
            nearest = min((m for p in (_CHANGE_DOWN, _CHANGE_UP) for m in p.finditer(near)), key=rank)
            sign = -1.0 if _CHANGE_DOWN.fullmatch(nearest.group(0)) else 1.0
            return "change", "change", sign * q.value
        return "share", "share", q.value
    by = BY_DIFFERENCE.search(s[max(0, q.start - 90):q.start]) or (
        # ('removals fell well short of 300,000', 'fell below a quarter million': a level passed, not a change's size)
        _A_COUNT_CHANGED.search(s[max(0, q.start - 90):q.start]) if not _A_LEVEL_PASSED.match(q.text) else None)
    than = _MORE_THAN_DIFFERENCE.match(s[q.end:q.end + 50])
    was = _CHANGE_WAS.search(s[max(0, q.start - 90):q.start]) if by is None and than is None else None
    if was is not None:  # 'the decline in fiscal 2013 alone was 66,973 detainers': the size of a change
        return "change", "difference", -q.value if was.group("loss") else q.value
    if by is not None or than is not None:
        # 'rose by 15,000', 'topped fiscal 2019 by about 4,000', '15,000 more arrests than in fiscal 2017': the size
        # of a difference between two figures, never a level
        fewer = (by is not None and (by.group("down") or by.group("loss"))) or (
            than is not None and (than.group(1) or than.group(2)).lower() in ("fewer", "less", "lower", "smaller"))
        return "change", "difference", -q.value if fewer else q.value
    if _PER_HEAD_AFTER.match(s[q.end:q.end + 90]):  # '1.4 arrests per 100 unauthorized residents': per head
        return "rate", "per_population", q.value
    rate = _RATE_AFTER.match(s[q.end:q.end + 70])
    if rate:
        unit = (rate.group(1) or {"dai": "day"}.get(rate.group(2).lower(), rate.group(2))).lower()
        return "rate", f"per_{unit}", q.value
    lead = _RATE_LEAD.match(s)
    if lead is not None and lead.end() <= q.start:  # 'Per day, that is about 508 removals … versus about 732': each
        return "rate", f"per_{lead.group(1).lower()}", q.value
    before = _RATE_BEFORE.search(s[max(0, q.start - 60):q.start])
    if before:
        return "rate", {"daily": "per_day", "weekly": "per_week", "monthly": "per_month"}[before.group(1).lower()], q.value
    return "count", "count", q.value


# 'The number of removals fell more than 80,000 in a single year': a count's own verb of change, then a number with no
# 'by' or 'to', is the size of the change ('fell to 185,884' is a level; 'jails declined 206 detainers' is no count's
# verb)
_A_COUNT_CHANGED = re.compile(r"\b(?:removals|deportations|arrests|detainers|apprehensions|number|total|count|tally)\s+"
                              r"(?:\w+\s+){0,2}?(?:(?P<down>fell|dropped|declined|decreased|slipped|dipped|plunged|"
                              r"tumbled|sank|plummeted|shrank)|rose|increased|grew|climbed|jumped|surged|soared)\s+"
                              r"(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+|only\s+|another\s+)?$", re.I)
# 'fell well short of 300,000', 'fell below a quarter million': a level passed ('over' too: 'rose over 250,000')
_A_LEVEL_PASSED = re.compile(r"(?:\w+\s+)?(?:short|shy|below|under|beneath|beyond|past|above|over)\b", re.I)
# 'fell from 409,849 in fiscal 2012 to 368,644': the number after 'to' is of another year than the one after 'from'
_FROM_A_NUMBER_TO = re.compile(r"\bfrom\s+(?:about\s+|nearly\s+|roughly\s+|more\s+than\s+|some\s+)?\d[\d,.]*\b[^.;]{0,40}"
                               r"\bto\s+(?:about\s+|nearly\s+|roughly\s+|more\s+than\s+|some\s+)?$", re.I)


# '102,224 interior removals, of which 85 percent …': a share named right after its whole
# ('Interior removals fell to 102,224 in FY2014, of which 85% …': a year between them is the whole's own)
_OF_WHICH_A_SHARE = re.compile(r"(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?,\s*(?:of\s+(?:which|whom|them|these|those)|"
                               r"among\s+(?:them|whom|these|"
                               r"those))\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|more\s+than\s+|almost\s+|over\s+)?",
                               re.I)
# 'removals, of which 65,332, or 27 percent, …': a part named after its whole
_A_PART_OF_IT = re.compile(r"(?:^|\d[^.;]{0,60}?)\s*,\s*(?:of\s+(?:which|whom|them|those)|including|among\s+them)\s+"
                           r"[^.;]{0,40}$", re.I)
# '56 percent of all ICE removals — 177,960 people —', '142, or roughly 69%': a count and a share set beside each other,
# the same people in other words (never two counts: '2.06 million — roughly 12 … for every ICE arrest')
_BESIDE_TAIL = r"[^.;\d—–(]{0,40}?(?:\s[—–]|\s--|\(|,\s+or)\s*(?:about\s+|nearly\s+|roughly\s+|some\s+)?$"
_SET_BESIDE = re.compile(r"\d[\d.,]*\s*(?:%|percent)" + _BESIDE_TAIL, re.I)  # a count after a share
_BESIDE = re.compile(r"\d" + _BESIDE_TAIL, re.I)  # a share after a count (the caller checks it is a share)
# 'roughly 12 Border Patrol encounters for every ICE arrest': a ratio between two counts
_FOR_EVERY = re.compile(r"[^.;,\d]{0,40}?\bfor\s+(?:every|each)\s+(?:\w+\s+){0,3}?(?:arrests?|removals?|deportations?|"
                        r"detainers?|encounters?|persons?|people|residents?|immigrants?|one)\b", re.I)
# (not a hedge's 'than': 'fell by more than 40 percent in fiscal 2020' is that year's change)
_YEAR_OF_A_BASE_COUNT = re.compile(r"(?:\bfrom\s+(?:the\s+)?|(?<!more )(?<!fewer )(?<!less )(?<!greater )\bthan\s+(?:the\s+)?|"
                                  r"\b(?:more|fewer|less|greater)\s+than\s+the\s+)"
                                  r"(?:about\s+|nearly\s+|roughly\s+|some\s+)?\d[\d,.]*"
                                  r"(?:\s+[a-z]+){0,2}\s+(?:in|of|during)\s+$", re.I)


def _a_counts_base_year(s: str, p: PeriodMention, periods: list[PeriodMention]) -> bool:
    """The year of a count a change is measured from ('from 143,470 in fiscal 2017', 'than the 110,104 of fiscal
    2016'), or an apposition to one (', Obama's last full year')."""
    if _YEAR_OF_A_BASE_COUNT.search(s[:p.start]):
        return True
    if p.relative_to_other and _A_BASE_COUNTS_YEAR.search(s[max(0, p.start - 80):p.start]):
        return True  # ('up 11 percent from the 143,470 arrests the year before and 44 percent above fiscal 2016')
    return any(q.end <= p.start and re.fullmatch(r"\s*,\s*", s[q.end:p.start]) and _YEAR_OF_A_BASE_COUNT.search(s[:q.start])
               for q in periods)


_A_CLAUSE_OF_ITS_OWN = re.compile(r"[,;]\s+(?:and|but|yet)\s+(?:it|this|that|they|we|he|she|I)\s+(?!percent\b)\w+", re.I)
_ANOTHER_CLAUSE = re.compile(r";|,?\s+(?:but|yet|while|whereas|although|though)\b|,\s+and\b", re.I)
_ANOTHER_PERCENT = re.compile(r"\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)|\b(?:doubled|tripled|halved)\b", re.I)


def _end_of_a_from_to(s: str, q: Quantity) -> str | None:
    """'from' or 'to' when a count is one end of 'from X to Y' (else None)."""
    if _FROM_A_NUMBER_TO.search(s[max(0, q.start - 70):q.start]):
        return "to"
    lead = re.search(r"\bfrom\s+(?:about\s+|nearly\s+|roughly\s+|more\s+than\s+|some\s+)?$", s[max(0, q.start - 20):q.start],
                     re.I)
    return "from" if lead is not None and _TO_A_NUMBER_AFTER.match(s, q.end) else None


_TO_A_NUMBER_AFTER = re.compile(r"[^.;]{0,40}?\bto\s+(?:about\s+|nearly\s+|roughly\s+|more\s+than\s+|some\s+)?\d", re.I)


def _in_a_described_aside(s: str, p: PeriodMention, at: int) -> bool:
    """A year inside a relative clause set off by commas before the number ('…, the sweeps that drew protests in 2019,
    …'), with no number of its own: it describes the subject, it does not date the count."""
    if p.end > at:
        return False
    opened, closed = s.rfind(",", 0, p.start), s.find(",", p.end, at)
    return opened >= 0 and closed >= 0 and _AN_ASIDE_OPENS.match(s, opened) is not None \
        and _RELATIVE_WORD.search(s[opened:p.start]) is not None and not _COVERS.search(s[opened:p.start]) \
        and not re.search(r"\d", s[opened:p.start]) and not re.search(r"\d", s[p.end:closed])


_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whose)\b", re.I)
# ('The report, which covers detainers recorded between January 28 and February 3, lists 206 …': what a report covers
# dates what it counts)
_COVERS = re.compile(r"\b(?:cover|span|run|track|count|record|report|list|tall(?:y|ie))\w*", re.I)
# (an aside names something: ', the sweeps that …'; not ', which climbed in fiscal 2019,' about the counted series
# itself, nor ', says that during the week of …')
_AN_ASIDE_OPENS = re.compile(r",\s+(?:the|a|an|its|their|his|her)\b", re.I)


# ('Pooler could not verify; ICE reported about 110,000 arrests', 'expects to beat fiscal 2016, when ICE made about
# 110,000 arrests'): a clause of its own, whose count is not the earlier clause's projection
_A_CLAUSE_OF_ITS_OWN_BEFORE = re.compile(r";|,\s+(?:when|where)\b", re.I)


# ('CALLER (Jim from Tulsa):'): a caller's or guest's town, in the label's brackets
_A_SPEAKERS_LABEL = re.compile(r"^\W*(?:CALLER|Caller|LISTENER|Listener|VIEWER|Viewer|TEXTER|Texter|READER|Reader|"
                               r"COMMENTER|Commenter|PARTICIPANT|Participant|AUDIENCE\s+MEMBER|Audience\s+member)\s*"
                               r"(?:\d{1,2}\s*)?\([^():]{0,40}?\bfrom\s+[^():]{1,40}\)\s*:")


# ('Since fiscal 2015, arrests climbed from …', '… over three years', 'A decade earlier, …'): the change's span is said
_ANOTHER_TIME_SAID = re.compile(r"\b(?:19|20)\d\d\b|\b(?:since|between|decade|earlier|ago|previous|prior|years?)\b", re.I)
_HERE = re.compile(r"\bhere\b(?!['’]s)|\b(?:my|our)\s+(?:city|town|county|area|state|community|region|neighbou?rhood|"
                   r"jail|sheriff)\b|\blocally\b", re.I)


def _own_clause_start(s: str, start: int, at: int) -> int:
    return max([start, *(m.end() for m in _A_CLAUSE_OF_ITS_OWN_BEFORE.finditer(s, start, at))])


def _the_start_of_a_change_in(own: PeriodMention, s: str, q: Quantity) -> PeriodMention:
    """'the rise was in fiscal 2017, when arrests went from 110,104 to 143,470': the start of a change the year names
    is the year before's, most often; read with less certainty."""
    if own.end > q.start or own.base or own.period.kind != "fiscal_year" or not own.period.fiscal_year \
            or not _FROM_BEFORE_A_NUMBER.search(s, max(0, q.start - 20), q.start) \
            or not _THEN_TO_A_NUMBER.match(s[q.end:q.end + 40]):
        return own
    start_fy = own.period.fiscal_year - 1
    year_said = own.period.span.text if own.period.span else f"FY{start_fy + 1}"
    return replace(own, base=True, period=replace(own.period, fiscal_year=start_fy, first_fiscal_year=start_fy,
                                                  span=None, confidence="medium",
                                                  how=f"FY{start_fy}, the year before the change's {year_said}"))


_FROM_BEFORE_A_NUMBER = re.compile(r"\bfrom\s+(?:about\s+|nearly\s+|roughly\s+|some\s+)?$")
_THEN_TO_A_NUMBER = re.compile(r"\s+(?:[a-z]+\s+){0,2}to\s+(?:about\s+|nearly\s+|roughly\s+|some\s+)?\d")


def _periods_for(s: str, q: Quantity, kind: str, lo: int, hi: int, periods: list[PeriodMention],
                 owned: dict[int, PeriodMention], ctx: Discourse,
                 prev_own: PeriodMention | None = None,
                 next_own: PeriodMention | None = None) -> tuple[Period | None, Period | None]:
    """The claim's period (and, for a change, its base period). A number's own period comes right after it
    ('216,810 in FY 2013') or in its region; a period that is another number's own, or the base of a comparison
    ('than in fiscal 2019', 'since 2008'), is never borrowed; then the sentence's other periods, an administration
    ('under Trump'), and last an earlier sentence's period, each with less confidence."""
    mine = owned.get(q.start)
    # ('At-large operations, the sweeps that drew protests in 2019, accounted for fewer than 20,000 arrests': the year
    # of an aside that describes the subject, not the count's)
    periods = [p for p in periods if p is mine or not _in_a_described_aside(s, p, q.start)]
    if inside_a_quote(s, q.start):
        # ('At a board meeting in October, a speaker said that "92 percent of the people ICE arrests …"', '… said a
        # candidate at a Sept. 1 forum'): the day it was said, outside the quotation, is not what it is about
        periods = [p for p in periods if p is mine or p.period.kind not in ("month", "date", "dates")
                   or inside_a_quote(s, p.start)]
    inside = [p for p in periods if lo <= p.start and p.end <= hi and not p.base and not p.administration
              and (p is mine or p not in owned.values())
              and not (p is not mine and _anothers_average(s, q, p))
              # ("ICE's Fiscal Year 2023 report put the previous year's arrests at 142,750": the report's year anchors
              # the relative one, which is the number's)
              and not (p is not mine and _A_REPORTS_TITLE.match(s[p.end:])
                       and any(o.relative_to_other and not o.base for o in periods))
              # ('11,173 more than the 256,085 of fiscal 2018, and removals were up 18 percent': that comparison's year)
              and not (kind == "change" and p.end <= q.start and _THAN_BEFORE.search(s[:p.start]))]
    base: PeriodMention | None = None
    if kind == "change":
        # ('the lowest since at least fiscal 2012': a ranking's start, never the base of the sentence's change)
        periods = [p for p in periods if not _RANKING_SINCE.search(s[max(0, p.start - 70):p.start])]
        bases = [p for p in periods if lo <= p.start and p.end <= hi and p.base]
        # 'up from 143,470 in FY 2017 (about 11 percent) and up 44 percent from 110,104 in FY 2016': a change in
        # brackets right after a base year is measured from that year
        bracketed = [p for p in periods if p.base and p.end <= q.start and _A_BRACKETED_CHANGE.fullmatch(s[p.end:q.start])]
        bases = bracketed or bases
        if _IN_A_SINGLE_YEAR.match(s, q.end):
            # ('about 11 percent growth in a single year, and compared with fiscal 2016 …'): from the year before,
            # whatever base a later clause names
            periods = [p for p in periods if not p.base]
            bases = []
        if not bases and re.search(r"\b(?:from|since|over|compared (?:with|to)|than)\s*$", s[q.end:hi]):
            bases = [p for p in periods if hi <= p.start <= hi + 40 + (hi - q.end)]
        if not bases:  # 'increases of 93% and 22%, respectively, compared to the previous year'
            # (not another change's own base: 'rose 13 percent in fiscal 2018, yet were 19 percent below fiscal 2014')
            bases = [p for p in periods if p.base and p.start >= q.end
                     and not (_ANOTHER_PERCENT.search(s[q.end:p.start]) and _ANOTHER_CLAUSE.search(s[q.end:p.start]))
                     # ('…, and it happened with the staff we have had since 2011': a clause of its own, not the base)
                     and not _A_CLAUSE_OF_ITS_OWN.search(s[q.end:p.start])
                     # ('fell in fiscal 2020 by about 40,000, to about 104,000, well below fiscal 2018's': the level's
                     # comparison, after the level the change reached)
                     and not _THE_LEVELS_COMPARISON.search(s[q.end:p.start])]
        if not bases:  # 'Compared with FY2016, ..., the agency's arrest total is up 54 percent'
            bases = [p for p in periods if p.base and p.end <= q.start and not p.administration
                     and _COMPARED_WITH.search(s[max(0, p.start - 25):p.start])]
        if not bases:  # 'Fiscal 2024 topped fiscal 2019 by about 4,000': the year the verb compares with
            bases = [p for p in periods if p.end <= q.start and _OUTDID.search(s[max(0, p.start - 30):p.start])]
        then = None if bases else _SINCE_THEN.search(s, q.end, min(len(s), q.end + 40)) or \
            _SINCE_THEN_BEFORE.search(s[:q.start])
        named_before = [p for p in periods if p.end <= then.start() and not p.base and not p.administration
                        and not p.relative_to_other and p.period.kind == "fiscal_year" and p.period.fiscal_year] \
            if then is not None else []
        carried = ctx.period if then is not None and not named_before and not [p for p in periods if not p.base] \
            and ctx.period is not None and ctx.period.kind == "fiscal_year" and ctx.period.fiscal_year else None
        if (named_before or carried is not None) and ctx.article_date is not None:
            # 'In fiscal 2014 ICE removed 315,943 people, so removals have fallen about 24 percent since then': from
            # the year named to the last one ended by the article's date, read with less certainty ('Two years ago,
            # removals stood at 142,580. They have nearly doubled since.': the year an earlier sentence named)
            start = named_before[-1].period if named_before else carried
            assert start is not None
            ended = fiscal_year(ctx.article_date) - 1
            if start.fiscal_year is not None and ended > start.fiscal_year:
                return replace(start, fiscal_year=ended, first_fiscal_year=start.fiscal_year, span=None,
                               confidence="medium", how=f"'since then': to FY{ended}, the last fiscal year ended by "
                               "the article's date"), start
        if not bases:
            # 'arrests peaked in fiscal 2018 and then fell 35 percent by fiscal 2020': the turning year is where the
            # change starts, never where it ends
            bases = [p for p in periods if p.end <= q.start and not p.administration
                     and (_AFTER_A_TURN.search(s[max(0, p.start - 50):p.start])
                          or _TURNED_IN.search(s[max(0, p.start - 40):p.start]))]
            inside = [p for p in inside if p not in bases]
        # 'up 4 percent from fiscal 2018 and the most since fiscal year 2014': the base the change's own 'from' names
        named = [p for p in bases if p.start >= q.end and len(s[q.end:p.start]) <= 40
                 and re.search(r"\b(?:from|over|than|compared (?:with|to)|versus)\s+(?:the\s+)?(?:[\w']+\s+){0,2}$",
                               s[q.end:p.start], re.I)]
        # 'down about 21 percent from the 143,099 arrests in fiscal 2019': the year of the base's own count
        named = [p for p in periods if p.start >= q.end and _FROM_A_COUNT_IN.fullmatch(s[q.end:p.start])][:1] or named
        base = bracketed[-1] if bracketed else named[0] if named else bases[-1] if bases else None
        if base is not None and _AVERAGE_BEFORE.search(s[:base.start]):
            # 'Compared with the average of 148,000 a year from fiscal 2017 through 2019, arrests were down by half':
            # the base is an average over the span, not its first year
            return None, None
        if base is not None and base.period.kind == "fiscal_years" and _AN_AVERAGES_SPAN.match(s[base.end:]):
            # 'down by a quarter from the fiscal 2017–2019 period, when arrests averaged 148,000': measured from the
            # span's average, not from its first year to its last
            return None, None
        if base is not None and base.period.kind == "fiscal_years" and not base.administration:
            # 'rose 11 percent from FY2017 to FY2018': the span gives both ends
            b = base.period
            return replace(b, first_fiscal_year=b.first_fiscal_year), replace(
                b, kind="fiscal_year", fiscal_year=b.first_fiscal_year)
    # ('Two years earlier, the share stood at 90 percent; in fiscal 2022 …': a year counted back is a year too)
    yearly = [p for p in inside if p.period.kind in ("fiscal_year", "fiscal_years", "calendar_year")
              or p.relative_to_other]
    if any(p.period.kind in ("fiscal_year", "fiscal_years", "calendar_year") for p in periods
           if not p.base and not p.administration):
        inside = yearly  # months and dates beside a named year describe it ('a span from Oct. 2021 to ...')
    # 'the highest since FY 2019, when ICE removed 267,258', 'than in fiscal 2014, when it carried out 315,943': the
    # year the clause describes is the number's own, before any other year in its region
    when = None if mine is not None else next(
        (p for p in reversed(periods) if p.end <= q.start and not p.administration
         and _WHEN_CLAUSE.fullmatch(s[p.end:q.start])), None)
    clause_start, clause_end = s.rfind(";", 0, q.start) + 1, s.find(";", q.end) % (len(s) + 1)
    in_clause = [p for p in inside if clause_start <= p.start and p.end <= clause_end]
    if in_clause and len(in_clause) < len(inside):
        # 'That number belongs to fiscal 2017; removals in fiscal 2016 were 240,255': a year past a semicolon is
        # another clause's
        inside = in_clause
    own = mine or when or (inside[0] if inside else None)
    back = [p for p in periods if p.end <= q.start and not p.administration
            and p.period.kind in ("fiscal_year", "calendar_year")] if mine is None else []
    if back and (_THAT_YEAR_AFTER.match(s, q.end) or _THAT_YEAR_BEFORE.search(s[back[-1].end:q.start])):
        # '… the lowest since fiscal 2016; ICE reported 110,104 arrests that year': the year named last before the
        # number, not one a count was compared with ('… more than in fiscal 2017, and it removed 145,000 that year');
        # with several years before it, read with less certainty
        told = [p for p in back if not (p.base and _COMPARED_IN.search(s[max(0, p.start - 30):p.start]))] or back
        several = len({p.period.fiscal_year for p in back}) > 1
        own = replace(told[-1], base=False,
                      period=replace(told[-1].period, confidence="medium") if several else told[-1].period)
    if own is not None and own is not mine and own.start >= q.end \
            and _NEXT_CLAUSE.search(s[q.end:own.start]):
        # 'The following year, arrests rose to 143,470, and in fiscal 2018 they rose again': a later clause's year
        own = replace(own, period=replace(own.period, confidence="medium"))
    if own is not None and own is not mine and own is not when and _ANOTHER_YEAR_JOINED.match(s[own.end:]):
        # 'in FY2017 and FY2018': each year, or both together; the first alone is not certain
        own = replace(own, period=replace(own.period, confidence="medium"))
    if own is None and prev_own is not None and not prev_own.base and not (
            # ('142,580 removals in fiscal 2023, compared with 72,177 a year earlier, plus 62,545 expulsions': the
            # sentence's own year, not the one its comparison reached back to)
            prev_own.relative_to_other and (re.match(r"\s*,?\s*(?:plus|as\s+well\s+as|along\s+with)\b",
                                                     s[prev_own.end:q.start])
                                            # ('… compared with 315,943 the year before, and 91 percent …')
                                            or _COMPARED_BEFORE.search(s[:prev_own.start]))) and (re.fullmatch(
            r"\s*,?\s*(?:and|plus|as\s+well\s+as|along\s+with)\s+(?:(?:it|ICE|the\s+agency)\s+)?(?:(?:removed|deported|"
            r"arrested|made|issued|carried\s+out|"
            r"booked|detained|returned)\s+)?(?:about\s+|nearly\s+|roughly\s+|more than\s+|some\s+|over\s+)?",
            s[prev_own.end:q.start])
            or (_OPENS_THE_SENTENCE.fullmatch(s[:prev_own.start])
                and not [p for p in periods if prev_own.end <= p.start < q.start and not p.base])):
        # '143,099 arrests in FY 2019 and 267,258 removals', 'In fiscal 2024, ICE made 113,431 arrests and 271,484
        # removals': one year for both counts
        own = prev_own
        if any(p.period.kind != prev_own.period.kind and p.period.kind in ("fiscal_year", "calendar_year")
               for p in periods if p is not prev_own) or [p for p in periods if prev_own.end <= p.start < q.start]:
            # ('In fiscal 2019 ICE made 143,099 arrests, down 10 percent from the prior year, with 86 percent …': a
            # change's base between is most often not the later number's year, but that is not certain)
            # ('154,204 in calendar 2022, compared with 142,750 in fiscal 2022, and 81,547 removals': which of the
            # two years the last count shares is not certain)
            own = replace(prev_own, period=replace(prev_own.period, confidence="medium"))
    if own is None and prev_own is not None and not prev_own.base and not prev_own.relative_to_other \
            and (_A_PART_OF_IT.search(s[prev_own.end:q.start]) or _SET_BESIDE.search(s[prev_own.end:q.start])
                 or (q.is_share and _BESIDE.search(s[prev_own.end:q.start]))) \
            and not [p for p in periods if prev_own.end <= p.start < q.start]:
        # 'during FY 2016 ICE conducted 240,255 removals, of which 65,332, or 27 percent, …': a part is of the whole's
        # year
        own = prev_own
    if own is None and kind == "count" and prev_own is not None and not prev_own.base \
            and _BUT_ACTUALLY.search(s[prev_own.end:q.start]) and not [p for p in periods if prev_own.end <= p.start < q.start]:
        # 'Critics claimed ICE arrested only 100,000 in FY 2018, but the agency actually arrested 158,581': the same year
        own = replace(prev_own, period=replace(prev_own.period, confidence="medium"))
    if own is None and kind == "count" and mine is None and prev_own is None:
        # ('At-large arrests in fiscal 2017 rose to 40,066 from 30,348': the level's year named before its verb)
        # (not 'After fiscal 2016, removals fell to 226,119 from 240,255': a year the change runs from)
        prev_own = next((p for p in reversed(periods) if p.end <= q.start and not p.base
                         and _TO_A_LEVEL_FROM.fullmatch(s[p.end:q.start])
                         and not _A_TURN_BEFORE.search(s[max(0, p.start - 30):p.start])), None)
    if own is None and kind == "count" and prev_own is not None and not prev_own.base \
            and prev_own.period.kind == "fiscal_year" and prev_own.period.fiscal_year \
            and (_FROM_A_YEARLESS_BASE.search(s[max(0, prev_own.end - 120):q.start])
                 or _TO_A_LEVEL_FROM.fullmatch(s[prev_own.end:q.start])) \
            and not [p for p in periods if prev_own.end <= p.start < q.start] \
            and not [p for p in periods if p.relative_to_other and q.end <= p.start <= q.end + 20]:
        # (not 'down from 368,644 just three years earlier': the base's own year, counted back, is read below)
        # 'removals rose to 72,177 in fiscal 2022 from 59,011': a base with no year of its own is most often the year
        # before, read with less certainty (confirmed when it is that year's figure, never called false on it)
        year_before = prev_own.period.fiscal_year - 1
        level_said = prev_own.period.span.text if prev_own.period.span else f"FY{year_before + 1}"
        own = replace(prev_own, base=True, period=replace(
            prev_own.period, fiscal_year=year_before, first_fiscal_year=None, start=None, end=None, span=None,
            confidence="medium", how=f"FY{year_before}, the year before the level's {level_said}"))
    if kind == "count" and mine is None and own is not None:
        own = _the_start_of_a_change_in(own, s, q)
    year_of_change = own if own is not None and own.end <= q.start else prev_own if own is None else None
    if kind == "count" and year_of_change is not None and not year_of_change.base \
            and year_of_change.period.kind == "fiscal_year" and year_of_change.period.fiscal_year \
            and _A_CHANGE_VERB.search(s[:year_of_change.start]) \
            and (ends := _IN_A_YEAR_FROM_TO.fullmatch(s[year_of_change.end:q.start])) is not None:
        # 'arrests fell by a third in fiscal 2024, from 170,590 to 113,431': the level it fell to is that year's,
        # the one it fell from most often the year before (both read with less certainty)
        if ends.group("to"):
            own = replace(year_of_change, period=replace(year_of_change.period, confidence="medium"))
        else:
            year_before = year_of_change.period.fiscal_year - 1
            own = replace(year_of_change, base=True, period=replace(
                year_of_change.period, fiscal_year=year_before, first_fiscal_year=None, start=None, end=None,
                span=None, confidence="medium", how=f"FY{year_before}, the year before the change's FY{year_before + 1}"))
    if own is None and kind in ("count", "share") and not [p for p in periods if p.start > q.end and not p.base]:
        # the year (or week) of the sentence's first count, for a later clause that names none of its own, read with
        # less certainty: a count joined by 'while' ('ICE made 143,099 arrests in fiscal 2019, fewer than …, while
        # removals climbed to 267,258'), a share after a semicolon or ', and' ('… 113,431 arrests in fiscal 2024; 71.7
        # percent had convictions')
        first = next((p for start, p in sorted(owned.items()) if start < q.start and not p.base
                      and not p.relative_to_other and p.period.kind in ("fiscal_year", "dates", "month")), None)
        joined = _A_WHILE_CLAUSE if kind == "count" else _A_SHARES_CLAUSE
        if first is not None and joined.search(s[first.end:q.start]) \
                and not [p for p in periods if first.end <= p.start < q.start and not p.base and not p.relative_to_other]:
            own = replace(first, period=replace(first.period, confidence="medium"))
    if own is None and kind in ("share", "count") and prev_own is not None and not prev_own.base \
            and re.match(r"\s+of\s+(?:those|them|these|whom|which|(?:the|its|their)\s+total|all\s+(?:of\s+)?"
                         r"(?:them|those|arrests|removals|arrestees))\b", s[q.end:q.end + 30], re.I):
        own = prev_own  # '170,590 arrests in fiscal 2023, and 43 percent of those arrested ...', '..., 66 percent of
        # whom had convictions': that count's year
    if own is None and kind == "change" and next_own is not None:
        own = next_own  # 'dropped 41.3 percent to 95,085 in FY 2015': the change ends at the value it reached
    if own is None and kind in ("count", "share") and next_own is not None \
            and re.match(r"\s+of\b", s[q.end:q.end + 4]):
        own = next_own  # '46,396 of ICE's 142,750 arrests in fiscal 2022': the part is of the whole's year
    counted = sorted((p for start, p in owned.items() if start < q.start and not p.base and not p.relative_to_other
                      and p.period.fiscal_year
                      and p.period.kind in ("fiscal_year", "calendar_year")), key=lambda p: p.period.fiscal_year or 0)
    last_comma = max(s.rfind(",", 0, q.start), s.rfind("—", 0, q.start), s.rfind("–", 0, q.start),
                     s.rfind("--", 0, q.start))  # (or a dash: '… in fiscal 2015 — a drop of almost two-thirds')
    if own is None and base is None and kind == "change" and len(counted) >= 2 and last_comma >= 0 \
            and counted[0].period.fiscal_year != counted[-1].period.fiscal_year \
            and _A_CHANGE_NOUN.match(s[last_comma:q.start]):
        # 'X in fiscal 2012 and Y in fiscal 2015, a decline of about 65 percent': from the first count's year to the last
        own, base = counted[-1], counted[0]
    if own is None and kind == "change" and prev_own is not None and prev_own.base:
        # 'X in fiscal 2013, down from Y in fiscal 2012, a 10 percent drop': Y's year is the base, X's the period
        main = [p for start, p in owned.items() if start < q.start and not p.base] or \
            [p for p in periods if p.end <= q.start and not p.base and not p.relative_to_other and not p.administration]
        if main:
            own, base = main[-1], base or prev_own
    if own is None and kind in ("change", "count") and prev_own is not None \
            and not (prev_own.base and prev_own.relative_to_other) \
            and not (base is not None and base.start == prev_own.start) \
            and not _AVERAGE_BEFORE.search(s[:prev_own.start]) and not _THAN_BEFORE.search(s[:prev_own.start]) \
            and not _FROM_A_NUMBER_TO.search(s[max(0, q.start - 70):q.start]) and (
            kind == "change" or re.search(r"\b(?:fell|dropped|declined|rose|grew|climbed|jumped|increased|decreased|"
                                          r"down|up)\b[^.;]{0,40}\bto\s+(?:about\s+|nearly\s+|roughly\s+)?$",
                                          s[max(0, q.start - 60):q.start], re.I)):
        # 'X in 2024, a 34 percent decrease from Y in 2023': the change ends at X's period; 'fell 3% in fiscal
        # 2017 to 226,119': the value reached is in the change's period
        own = prev_own
    span = next((p for p in periods if p.period.kind == "fiscal_years" and p.period.first_fiscal_year
                 and p.period.fiscal_year and p.period.first_fiscal_year < p.period.fiscal_year
                 and not p.administration and not (kind == "change" and _AVERAGE_BEFORE.search(s[:p.start]))
                 and not _anothers_average(s, q, p)), None)
    if own is None and span is not None and kind in ("count", "change"):
        # 'From fiscal 2016 to fiscal 2018, removals rose from 65,322 to 95,360, an increase of 46 percent': the
        # first number is the span's first year, the second its last, the change the whole span
        lead = s[max(0, q.start - 14):q.start]
        fy = span.period.first_fiscal_year if re.search(r"\bfrom\s+(?:about\s+|nearly\s+|roughly\s+)?$", lead, re.I) \
            else span.period.fiscal_year if re.search(r"\bto\s+(?:about\s+|nearly\s+|roughly\s+)?$", lead, re.I) \
            and re.search(r"\bfrom\s+(?:about\s+|nearly\s+|roughly\s+)?\d", s[:q.start], re.I) else None
        if kind == "count" and fy is not None:
            own = replace(span, period=replace(span.period, kind="fiscal_year", fiscal_year=fy, first_fiscal_year=fy))
        elif kind == "count" and not re.search(r"\b(?:from|to)\s+(?:about\s+|nearly\s+|roughly\s+)?$", lead, re.I) \
                and not [p for p in periods if p is not span and not p.administration and not p.base]:
            # 'From fiscal 2021 through fiscal 2023, ICE removed about 274,000': the span's total (or average), before
            # any administration the sentence also names
            own = replace(span, period=replace(span.period, confidence="medium"))
        elif kind == "change" and not [p for p in periods if p is not span and not p.administration]:
            return span.period, replace(span.period, kind="fiscal_year", fiscal_year=span.period.first_fiscal_year)
    if own is None:
        free = [p for p in periods if not p.base and not p.administration and not p.relative_to_other
                and p not in owned.values() and not _anothers_average(s, q, p)
                and p.period.kind in ("fiscal_year", "calendar_year", "fiscal_years")]
        # ('the most since the last years of the Obama administration': a ranking's base, not the number's years)
        admins = [p for p in periods if p.administration and not _SINCE_AN_ERA.search(s[max(0, p.start - 45):p.start])]
        shared = [p for start, p in owned.items() if start > q.end and _coordinated(s[q.end:start])]
        pool = free or admins or shared
        if pool:
            own = min(pool, key=lambda p: min(abs(p.start - q.end), abs(q.start - p.end)))
            if (free and len(pool) > 1) or (not free and not admins):
                own = replace(own, period=replace(own.period, confidence="medium"))
            elif not free and admins:
                mine_admin = [p for p in admins if lo <= p.start < hi]  # 'while the Trump administration ...'
                own = min(mine_admin, key=lambda p: abs(p.start - q.start)) if mine_admin else \
                    max(admins, key=lambda p: p.period.confidence == "medium")
            if kind == "count" and mine is None:
                # ('In fiscal 2017, border removals dropped 17 percent, while at-large arrests rose from 30,348 to
                # 40,066': the sentence's one free year, and the start of the change it names)
                own = _the_start_of_a_change_in(own, s, q)
    if own is None and kind == "count" and re.search(r"\b(?:has|have)\s+(?:\w+\s+)?\w+ed\b", s, re.I) \
            and not _A_LEVEL_SINCE.search(s) and not re.search(r"\b(?:not|never|no)\b", s, re.I):
        # 'ICE has arrested more than 548,000 people since fiscal 2017': the count runs from that year (a sum)
        own = next((p for p in periods if p.base and p.start > q.end and _SINCE_BEFORE.search(s[:p.start])
                    and not _RANKED_SINCE.search(s[:p.start])), None)
    if kind == "change" and own is not None and own is not base and _a_counts_base_year(s, own, periods):
        # 'up 11 percent from 143,470 in fiscal 2017 and 44 percent higher than the 110,104 of fiscal 2016': the year
        # of a count a change is measured from is a base, never another change's own year
        own = None
    if kind == "change" and base is None and own is not None and own.relative_to_other and own.back > 0 \
            and own.end <= q.start and any(start < own.start and p is own for start, p in owned.items()):
        # (never 'falling to 28,204 a year later': a later year is where the change ends, not its base)
        # '59,011 removals in fiscal 2021 versus 185,884 the year before is a 68 percent drop': the year of the count
        # compared with is the change's base; the year it counts back from is the change's own
        anchor = next((p for p in periods if not p.relative_to_other and not p.base and not p.administration
                       and p.period.fiscal_year and p.end <= own.start), None)
        if anchor is not None:
            base, own = own, anchor
    if own is not None and own.start >= q.end and not back and _THAT_YEAR_AFTER.match(s, q.end, own.start):
        own = None  # 'fell by nearly a third that year, and in fiscal 2019 …': an earlier sentence's year, not a later one
    period = own.period if own else None
    if own is not None and own.relative_to_other:
        # 'the year before' counts back from the nearest named year before it ('last year ..., up from ... the year
        # before'), then after it; an administration's span ('the Biden administration') only when nothing else is
        # (a base named after it is another comparison's: '…'s 271,484 removals, the highest since 2014')
        others = [p for p in periods if p is not own and not p.relative_to_other and p.period.fiscal_year
                  and not (p.base and p.start > own.end) and not _anothers_average(s, q, p)]
        # ('44 percent above fiscal 2016 and up 11 percent from 143,470 the year before': not another change's base)
        anchor = next((p for p in reversed(others) if not p.administration and p.start < own.start
                       and not (p.base and _ANOTHER_PERCENT.search(s[p.end:own.start]))), None) or \
            next((p for p in reversed(others) if not p.administration and p.start < own.start), None) or \
            next((p for p in others if not p.administration), None) or next(iter(others), None)
        fy = anchor.period.fiscal_year - own.back if anchor and anchor.period.fiscal_year else None
        calendar = anchor is not None and anchor.period.kind == "calendar_year"
        if kind == "change" and base is None and own.back < 0 and anchor is not None and not anchor.administration:
            # 'In fiscal 2018, ICE made 158,581 arrests; two years later, the number was down by a third': the
            # change runs from the year the later one is counted from
            base = anchor
        if fy is None and ctx.period is not None and ctx.period.fiscal_year:
            fy = ctx.period.fiscal_year - own.back
            calendar = ctx.period.kind == "calendar_year"  # 'declined 2,378 in 2013. A year later, …': calendar 2014
        if fy is not None and own.years_before:
            period = replace(own.period, fiscal_year=fy, first_fiscal_year=fy + 1 - own.years_before,
                             kind="fiscal_years")
        elif fy is not None and calendar:
            # 'in calendar year 2014, up from 2,378 the year before': the calendar year before
            period = replace(own.period, fiscal_year=fy, first_fiscal_year=fy, kind="calendar_year",
                             start=f"{fy}-01-01", end=f"{fy}-12-31")
        elif fy is not None:
            period = replace(own.period, fiscal_year=fy, first_fiscal_year=fy, kind="fiscal_year")
    if period is None and not _A_BASE_COUNT_BEFORE.search(s[:q.start]):
        # 'But for fiscal 2018, 66 percent … and another 21 percent …': a year that opens the sentence frames all of it,
        # before any year an earlier sentence named (not a count compared with: 'from 143,470')
        frame = next((p for p in periods if p.end <= q.start and not p.base and not p.administration
                      and not p.relative_to_other and p.period.fiscal_year and _FRAMES_THE_SENTENCE.match(s[:p.start])
                      and re.match(r"\s*,", s[p.end:])), None)
        period = frame.period if frame is not None else None
    if period is None and ctx.period is not None and ctx.period.kind in ("fiscal_year", "fiscal_years", "calendar_year") \
            and _A_SHORTER_SPAN.search(s):
        # ('In the week you covered, ICE issued more than 5,000 detainers', after a sentence about a fiscal year): a
        # week or a month the sentence names is not the earlier sentence's year
        return None, None
    if period is None and ctx.period is not None:
        # 'That works out to about 740 a day' restates the figure before it, in its period, as surely as it was read
        kept = ctx.period.confidence if _RESTATES.match(s) else \
            "medium" if ctx.period.confidence == "high" else "low"
        period = replace(ctx.period, confidence=kept, how=_earlier(ctx.period.how))
        period = _after_its_own_base(s, q, kind, periods, period) or period
    if kind == "change" and base is None and own is not None:
        # 'from 65,332 in FY2016 to 95,360 in FY2018, an increase of 46 percent': the 'from' year is the base
        earlier = [p for p in periods if p.base and p.end <= own.start and not p.administration
                   and p.period.fiscal_year and p.period.fiscal_year < (own.period.fiscal_year or 0)]
        base = earlier[-1] if earlier else None
    base_period = base.period if base else None
    if base is not None and base.relative_to_other and period is not None and period.fiscal_year:
        fy = period.fiscal_year - base.back  # 'than the previous fiscal year', 'than five years earlier'
        base_period = replace(base.period, fiscal_year=fy, first_fiscal_year=fy, kind="fiscal_year")
    spans = period is not None and period.kind == "fiscal_years" and period.first_fiscal_year is not None \
        and period.first_fiscal_year != period.fiscal_year  # 'between FY2013 and FY2018' names both ends
    if kind == "change" and base_period is None and ctx.period is not None and period is not None and not spans \
            and ctx.period.fiscal_year is not None and period.fiscal_year is not None \
            and ctx.period.fiscal_year < period.fiscal_year:  # a base is before the change, never after it
        base_period = replace(ctx.period, confidence="medium", how=_earlier(ctx.period.how))
    years_in = _IN_N_YEARS.match(s, q.end) if kind == "change" else None
    n_years = (NUMBER_WORDS.get(years_in.group(1).lower()) or int(years_in.group(1))) if years_in is not None else 0
    later = ctx.period.fiscal_year if ctx.period is not None and ctx.period.kind == "fiscal_year" else None
    if kind == "change" and period is not None and period.kind == "fiscal_year" and period.fiscal_year \
            and _SO_THE_CHANGE_WAS.search(s[max(0, q.start - 60):q.start]) and not (later and later < period.fiscal_year) \
            and any(p.end <= q.start and not p.relative_to_other and p.period.fiscal_year == period.fiscal_year
                    for p in periods):
        # ('The fiscal 2017 total was 143,470, so the increase was about 15,100, or 11 percent'): the year named is
        # the base the change is measured from; it ends at the earlier sentence's later year, else is unsure (after an
        # earlier sentence's earlier year, 'ICE made 110,104 arrests in fiscal 2016. The fiscal 2017 total was
        # 143,470, so the increase was 33,366', the total is where the change ends, read as before)
        fy = period.fiscal_year
        base_period = replace(period, first_fiscal_year=fy, how=f"FY{fy}, the total the change is set against")
        period = replace(period, fiscal_year=later, first_fiscal_year=later, confidence="medium",
                         how=f"FY{later}, the earlier sentence's year") if later and later > fy else \
            replace(period, fiscal_year=fy + 1, first_fiscal_year=fy + 1, confidence="low",
                    how=f"FY{fy + 1}, the year after the total named (unsure)")
    turn = next((p for p in periods if p.end <= q.start and p.period.kind == "fiscal_year" and p.period.fiscal_year
                 and period is not None and p.period.fiscal_year == period.fiscal_year
                 and _AFTER_A_TURN.search(s[max(0, p.start - 50):p.start])
                 # (not 'After fiscal 2020, in which arrests fell by 55,000 over two years': the change is the clause's)
                 and not re.match(r"\s*,?\s*(?:in\s+which|when|which|during\s+which)\b[^,;]*$", s[p.end:q.start])), None) \
        if years_in is not None else None
    if turn is not None and period is not None and period.fiscal_year and (
            base_period is None or base_period.fiscal_year == period.fiscal_year):
        # ('After peaking in fiscal 2018, arrests fell by 55,000 over two years'): the years after the turn
        fy = period.fiscal_year
        base_period = replace(period, first_fiscal_year=fy, how=f"FY{fy}, the turn the change runs from")
        period = replace(period, fiscal_year=fy + n_years, first_fiscal_year=fy + n_years, confidence="medium",
                         how=f"{years_in.group(0).strip() if years_in else ''} after the turn in FY{fy}")
    if years_in is not None and period is not None and period.fiscal_year and period.kind == "fiscal_year" and (
            base_period is None or base_period.fiscal_year != period.fiscal_year - n_years):
        # 'roughly 86,000 detainers last fiscal year, a drop of about two-thirds in four years': from four years before
        # ('from 65,332 in FY2016 to 81,603 in FY2017 and 95,360 in FY2018, an increase of 46 percent over two years':
        # the span it names, not the last step)
        fy = period.fiscal_year - n_years
        base_period = replace(period, fiscal_year=fy, first_fiscal_year=fy, confidence="medium",
                              how=f"{years_in.group(0).strip()} before FY{period.fiscal_year}")
        opening = _COMPARED_WITH_A_YEAR.match(s)
        if opening is not None and int(opening.group("year")) % 100 == period.fiscal_year % 100 and opening.end() <= q.start:
            # 'Compared with the 110,104 arrests of fiscal 2016, that is an increase of 60 percent in two years': the
            # year the sentence opens by comparing with is where the span starts
            fy = period.fiscal_year + n_years
            base_period = replace(period, how=f"the year compared with, {years_in.group(0).strip()} before")
            period = replace(period, fiscal_year=fy, first_fiscal_year=fy, span=None,
                             how=f"{years_in.group(0).strip()} after FY{period.fiscal_year}")
        elif _HAVE_CHANGED.search(s[max(0, q.start - 60):q.start]) and period.span is not None \
                and "," in s[max(0, s.rfind(period.span.text, 0, q.start)):q.start] \
                and (ctx.article_date is None or fiscal_year(ctx.article_date) - 1 != period.fiscal_year):
            # 'In fiscal 2018, the agency made 158,581 arrests, meaning arrests have fallen by a third in two
            # years': 'have fallen' runs up to now, and the year another clause names may be where it starts
            period = replace(period, confidence="medium")
            base_period = replace(base_period, confidence="low")
    if kind == "change" and base_period is None and period is not None and period.fiscal_year \
            and period.kind in ("fiscal_year", "calendar_year"):
        fy = period.fiscal_year - 1  # 'arrests fell 28% in fiscal 2020': a year-on-year change, read with less certainty
        base_period = replace(period, kind="fiscal_year", fiscal_year=fy, first_fiscal_year=fy, confidence="medium",
                              how="no base year named: the year before")
    if kind == "change" and base is not None and base_period is not None and period is not None \
            and base_period.fiscal_year and period.fiscal_year and base_period.fiscal_year > period.fiscal_year \
            and re.search(r"\bto\s+(?:the\s+|its\s+)?$", s[max(0, base.start - 12):base.start]):
        # "fiscal 2016's 110,104 arrests grew by 33,366 to the fiscal 2017 total": the later year is where the change
        # ends, the earlier one where it starts
        period, base_period = base_period, period
    if kind == "change" and base_period is not None and period is not None and base_period.fiscal_year:
        period = replace(period, first_fiscal_year=base_period.fiscal_year)
    return period, base_period


# 'about 11 percent growth in a single year', 'year over year': a change from the year before
_IN_A_SINGLE_YEAR = re.compile(r"(?:\s+(?:growth|increase|rise|jump|drop|decline|fall|gain))?\s+(?:in\s+(?:a\s+single|just\s+one|"
                               r"one|a)\s+year(?!\s+(?:when|that|in\s+which|where))|year[- ]over[- ]year|on\s+the\s+"
                               r"(?:previous\s+)?year)\b", re.I)
# 'in the week you covered', 'in a single month', 'in the first 100 days': a span shorter than a year, named without a date
# (not 'that week', which points back to a week already named; nor 'over a quarter', a share)
_A_SHORTER_SPAN = re.compile(r"\b(?:in|during|for)\s+(?:the\s+|a\s+|one\s+|a\s+single\s+|its\s+)?"
                             r"(?:(?:first|last|following|next|previous|single|one|reporting)\s+)?"
                             r"(?:week|month|fortnight|(?:\d+|hundred|\w+ty)\s+days)\b(?!\s+(?:of|ending|ended|beginning)\b)",
                             re.I)
# 'Removals fell too, to 185,884, about 30 percent fewer than the 267,000 in fiscal 2019': what the level is set against
_SET_AGAINST_A_YEAR = re.compile(r"[^.;]{0,80}?\b(?:than|from|below|above|compared\s+(?:with|to)|versus|vs\.)\s+[^.;]{0,40}$",
                                 re.I)
_A_CHANGE_TO_THE_LEVEL = re.compile(r"\b(?:fell|dropped|declined|decreased|slipped|sank|plunged|plummeted|rose|grew|"
                                    r"climbed|jumped|increased|soared|swelled)\b[^.;]{0,40}$", re.I)


def _after_its_own_base(s: str, q: Quantity, kind: str, periods: list[PeriodMention], carried: Period) -> Period | None:
    """A level or change set against a year the sentence names ('fell too, to 185,884, … fewer than the 267,000 in
    fiscal 2019'), when an earlier sentence's year is that year or a later one: the carried year cannot be the level's,
    which is after the year it is measured from; most often the next one, read with less certainty."""
    if carried.fiscal_year is None or kind not in ("count", "change") \
            or carried.kind not in (("fiscal_year", "calendar_year") if kind == "count" else ("fiscal_year",)):
        return None  # (a calendar year carried too: '… up nearly 38 percent from the same stretch of 2016.')
    if kind == "count" and not _A_CHANGE_TO_THE_LEVEL.search(s[:q.start]):
        return None
    against = next((p for p in periods if p.start >= q.end and p.period.kind == "fiscal_year" and p.period.fiscal_year
                    and not p.relative_to_other and not p.administration
                    and _SET_AGAINST_A_YEAR.fullmatch(s[q.end:p.start])), None)
    if against is None or against.period.fiscal_year is None or carried.fiscal_year > against.period.fiscal_year:
        return None
    fy = against.period.fiscal_year + 1
    return replace(carried, kind="fiscal_year", fiscal_year=fy, first_fiscal_year=fy, start=None, end=None, span=None,
                   confidence="medium", how=f"FY{fy}, the year after FY{fy - 1}, which the sentence measures it against")


# 'Compared with the 110,104 arrests of fiscal 2016, …': a sentence that opens with the year it compares with
_COMPARED_WITH_A_YEAR = re.compile(r"^\W*(?:compared\s+(?:with|to)|measured\s+against|relative\s+to|set\s+against|"
                                   r"against)\b(?:[^,;.]|(?<=\d)[,.](?=\d)){0,80}?\b(?:fiscal(?:\s+year)?\s*|FY\s*)(?P<year>(?:19|20)?\d\d)\b"
                                   r"[^,;.\d]{0,20},", re.I)
# 'arrests have fallen by a third', 'removals have nearly doubled': a change up to now
_HAVE_CHANGED = re.compile(r"\b(?:have|has|['’]ve)\s+(?:\w+\s+)?(?:fallen|dropped|declined|decreased|risen|grown|increased|"
                           r"climbed|jumped|doubled|tripled|halved|plunged|plummeted|soared|shrunk|shrank|gone\s+(?:up|down))\b",
                           re.I)
# 'a drop of about two-thirds in four years': the span a change runs over, back from its year
_SO_THE_CHANGE_WAS = re.compile(r"\bso\s+(?:the\s+)?(?:increase|rise|jump|gain|growth|decrease|decline|drop|fall|"
                                r"change|difference)\s+(?:was|is|came\s+to)\s+(?:(?:about|nearly|roughly|some|almost|"
                                r"just\s+over|more\s+than)\s+)?(?:\d[\d,.]*\s+(?:[\w-]+\s+)?,?\s*or\s+)?$", re.I)
_IN_N_YEARS = re.compile(r"\s+(?:in|over|across|within)\s+(?:just\s+|only\s+)?(two|three|four|five|six|seven|eight|nine|ten|"
                         r"[2-9]|1[0-9])\s+(?:fiscal\s+)?years\b(?!\s+(?:of|before|after|earlier|ago|later))", re.I)
# ('A year earlier, in fiscal 2019, …', 'By comparison, in fiscal 2016, …': a lead-in before the framing year)
_FRAMES_THE_SENTENCE = re.compile(r"^\W*" + _SPEAKER_LABEL + r"(?:(?:but|and|so|yet|still|now|meanwhile|also)\s+)?"
                                  r"(?:(?:(?:a|one|two|three|four|five|\d)\s+years?\s+(?:earlier|later|before|after)|"
                                  r"by\s+(?:contrast|comparison)|in\s+(?:contrast|comparison)|nationally|nationwide)"
                                  r"\s*,\s*)?"
                                  r"(?:for|in|during|throughout|over)\s+(?:the\s+)?$", re.I)
_A_LEVEL_SINCE = re.compile(r"\b(?:f[ae]ll(?:en|s)?|dropped|declined|ris(?:en|es?)|rose|gr[oe]wn?|increased|decreased|"
                            r"climbed|jumped|reached|hit|down|up|peaked|topped|doubled|tripled|halved)\b", re.I)
_RANKED_SINCE = re.compile(r"\b(?:most|highest|lowest|fewest|least|largest|smallest|biggest|record|first time|level|"
                           r"high|low)\b[^.;]{0,40}$", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?$", re.I)


# ('…, while removals climbed to 267,258', '…, the lowest total in years, and deported 59,011 people', '…, and
# interior removals, those resulting from ICE arrests, reached 95,360')
_A_WHILE_CLAUSE = re.compile(r",\s*(?:while|whereas)\s+[^,;]*$|,\s*and\s+[^;\d]*$|"
                             # '..., but only 46,396 had criminal histories': a part of the count before, its year
                             r",\s*but\s+(?:only\s+|just\s+)?[^,;\d]*$")
# 'After fiscal 2016, …', 'Since fiscal 2016 …': a year a change runs from, not the level's own
_A_TURN_BEFORE = re.compile(r"\b(?:after|since|starting(?:\s+in)?|beginning(?:\s+in)?|following|from|compared\s+"
                            r"(?:with|to)|than|before|until)\s+(?:the\s+)?$", re.I)
# '…; in the county, it arrested 412': a local place the sentence does not name
_AN_UNNAMED_LOCAL_PLACE = re.compile(r"\b(?:in|at|across|inside|within|from)\s+(?:the|our|this|that|my|their)\s+"
                                     r"(?:county|city|town|jail|facility|parish|district|village|state|commonwealth)\b|"
                                     # ('Our county jail received …', 'residents of this Commonwealth', 'our state's')
                                     r"\b(?:our|my)\s+(?:own\s+)?(?:county|city|town|jails?|parish|district|state|"
                                     r"commonwealth|region|community)\b|\bthis\s+commonwealth\b", re.I)
# 'my department', 'our officers', 'the city's police', 'our sheriff's office': a local agency's own count
_A_LOCAL_AGENCY = re.compile(r"\b(?:my|our|(?:the\s+)?(?:city|county|town)['’]s|(?:the\s+)?local)\s+(?:own\s+)?"
                             r"(?:police\s+)?(?:department|officers|deputies|police|sheriff['’]?s?(?:\s+office)?|jail|"
                             r"detectives|troopers|agency|precinct)\b", re.I)
_A_MOVE_TO_WORDS = (r"\b(?:rose|climbed|grew|increased|jumped|fell|dropped|declined|decreased|slipped|plunged|surged)\s+"
                    r"(?:\w+\s+){0,3}?to\s+(?:about\s+|nearly\s+|roughly\s+|some\s+)?")
# '… fell to 226,119': the level a change reached
_A_LEVEL_REACHED_BEFORE = re.compile(_A_MOVE_TO_WORDS + "$", re.I)
# 'in fiscal 2017 rose to 40,066 from 30,348': a level reached, then its base with no year, the level's year before
_TO_A_LEVEL_FROM = re.compile(r"[^;\d]{0,60}" + _A_MOVE_TO_WORDS + r"\d[\d,.]*(?:\s+[a-z]+){0,2}\s+from\s+"
                              r"(?:about\s+|nearly\s+|roughly\s+|some\s+)?", re.I)
# 'rose to 72,177 in fiscal 2022 from 59,011': a level reached, then its base with no year
_FROM_A_YEARLESS_BASE = re.compile(r"\b(?:rose|climbed|grew|increased|jumped|fell|dropped|declined|decreased|slipped|"
                                   r"plunged|surged)\s+(?:\w+\s+){0,2}?to\s+(?:about\s+|nearly\s+|roughly\s+)?\d[\d,.]*"
                                   r"\b[^;\d]{0,40}\d{4}\s+from\s+(?:about\s+|nearly\s+|roughly\s+|some\s+)?$|"
                                   # '59,011 removals last fiscal year, down from 185,884'
                                   r"\d[\d,.]*\b[^;\d]{0,40}(?:\d{4}|\byear)\s*,\s*(?:up|down)\s+from\s+"
                                   r"(?:about\s+|nearly\s+|roughly\s+|some\s+)?$", re.I)
_A_CHANGE_VERB = re.compile(r"\b(?:rose|climbed|grew|increased|jumped|fell|dropped|declined|decreased|slipped|plunged|"
                            r"surged|soared|tumbled|slid)\b", re.I)
_IN_A_YEAR_FROM_TO = re.compile(r"\s*,?\s*from\s+(?:about\s+|nearly\s+|roughly\s+|some\s+)?(?:(?P<to>[\d,.]+(?:\s+[a-z]+)?"
                                r"\s+to\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|just\s+)?))?", re.I)
_A_BRACKETED_CHANGE = re.compile(r"\s*\(\s*(?:about\s+|roughly\s+|nearly\s+|some\s+|almost\s+|an?\s+|up\s+|down\s+)*", re.I)
# 'compared with 86 percent in FY 2014 and just 67 percent in FY 2011': years inside a comparison are its bases
_IN_A_COMPARISON = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\b[^;.]*$", re.I)
# 'compared with 315,943 the year before': a count compared with, and the year it is of
_COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|from|than)\s+(?:the\s+)?"
                              r"(?:about\s+|nearly\s+|roughly\s+|some\s+)?\d[\d,.]*\s+(?:[a-z]+\s+)?$", re.I)
_A_SHARES_CLAUSE = re.compile(r"(?:;|,\s*and|,\s*(?:while|whereas|but))\s+[^,;]*$|\s[—–]\s*(?:about\s+|nearly\s+|"
                              r"roughly\s+|some\s+|or\s+|just\s+|only\s+)?$|"
                              # ('…, and 66 percent of them were convicted, with another 21 percent facing charges')
                              r",\s*with\s+(?:another|a\s+further|an\s+additional)\s+(?:about\s+|nearly\s+|some\s+)?$")


def _last_full_year_since(p: Period, s: str, off: int, day: dt.date | None) -> int | None:
    """For a fiscal year written after 'since', the last full fiscal year before the article, if it is a later one."""
    if p.kind != "fiscal_year" or p.span is None or p.fiscal_year is None or day is None \
            or not _SINCE_BEFORE.search(s[:p.span.start - off]):
        return None
    last = fiscal_year(day) - 1
    return last if last > p.fiscal_year else None


def _up_to_now(base: Period, s: str, off: int, day: dt.date | None) -> Period | None:
    """'Removals have dropped 36 percent since fiscal 2013': a change since a year runs to the last full fiscal year
    before the article (read with less certainty: the writer may count the running year's months too)."""
    last = _last_full_year_since(base, s, off, day)
    if last is None:
        return None
    return Period(kind="fiscal_year", fiscal_year=last, first_fiscal_year=base.fiscal_year, confidence="medium",
                  how=f"since FY{base.fiscal_year}: to FY{last}, the last full year before the article")


def _narrower_dates(period: Period, periods: list[PeriodMention]) -> Period:
    """'The fiscal 2015 file, which runs from October 1, 2014, to July 19, 2015, holds 79,053 detainers': dates the
    sentence gives inside the fiscal year it names are what the number covers."""
    if period.kind != "fiscal_year" or period.fiscal_year is None:
        return period
    fy = period.fiscal_year
    whole = (f"{fy - 1}-10-01", f"{fy}-09-30")
    inside = [p.period for p in periods if p.period.kind == "dates" and p.period.start and p.period.end
              and whole[0] <= p.period.start <= p.period.end <= whole[1] and (p.period.start, p.period.end) != whole
              and not p.base and not p.relative_to_other]
    return inside[0] if len(inside) == 1 else period


def _each_year_since(s: str, q: Quantity, periods: list[PeriodMention], day: dt.date | None) -> Period | None:
    """'has not removed more than 250,000 people in a fiscal year since FY2014': a bound on each full fiscal year
    after the one named, up to the last before the article (not that year, and not another clause's period)."""
    for p in periods:
        y = p.period.fiscal_year
        if p.start < q.end or p.period.kind != "fiscal_year" or y is None or day is None \
                or not _IN_A_YEAR_SINCE.fullmatch(s[q.end:p.start]) or _RANKED_AGAINST.search(s[q.end:p.start]):
            continue  # ('271,484, more than in any year since FY2014': the year's own count, ranked)
        last = fiscal_year(day) - 1
        if last <= y:
            return None
        return Period(kind="fiscal_years", fiscal_year=last, first_fiscal_year=y + 1, confidence="medium",
                      how=f"each fiscal year after FY{y}: FY{y + 1}–FY{last}, the full years before the article")
    return None


# ', reaching 95,360', ', to hit 95,360', ', ending at 95,360': the level a change over a span arrived at
_REACHED_WORDS = (r"(?:reaching|hitting|topping|totaling|totalling|to\s+reach|to\s+hit|ending\s+(?:at|with)|to\s+end\s+at|"
                  r"for\s+a\s+total\s+of)")
_REACHING = re.compile(r",\s*" + _REACHED_WORDS + r"\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+|just\s+)?$", re.I)
_RANKED_AGAINST = re.compile(r"\b(?:than|most|least|fewest|highest|lowest|largest|smallest|record)\b", re.I)
_IN_A_YEAR_SINCE = re.compile(r"[^.;]{0,60}?\b(?:in|during)\s+(?:a|any|one)\s+(?:single\s+)?(?:fiscal\s+)?year\s+"
                              r"since\s+(?:at\s+least\s+)?", re.I)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|just\s+|over\s+|more\s+than\s+|"
                          r"almost\s+|around\s+)?$", re.I)
_THEN_AFTER = re.compile(r"^\s*(?:\w+\s+)?,?\s*(?:and\s+)?then\b", re.I)


def _a_changes_earlier_step(period: Period, s: str, off: int, q: Quantity) -> Period:
    """'Removals went from 226,119 to 256,085, then to 267,258 this past fiscal year': the year named after the last
    number is where the change ends; the numbers it started from, or passed through, are of years before it (read
    with less certainty: the sentence does not say how many)."""
    if period.span is None or period.span.start - off < q.end or period.kind != "fiscal_year" \
            or period.fiscal_year is None or period.first_fiscal_year not in (None, period.fiscal_year):
        return period
    if _FROM_BEFORE.search(s[max(0, q.start - 30):q.start]):
        step = "the number the change started from"
    elif _THEN_AFTER.match(s[q.end:q.end + 20]):
        step = "a number the change passed through"
    else:
        return period
    return replace(period, fiscal_year=period.fiscal_year - 1, first_fiscal_year=None, span=None, confidence="medium",
                   how=f"the year before FY{period.fiscal_year} ({step})")


def _since_a_year(period: Period, s: str, off: int, day: dt.date | None, at: int) -> Period:
    """'Since FY 2017, ICE has arrested more than 548,000': a count since a fiscal year is the sum of that year and
    every full year after it before the article (the running year's months are not held, so never refuted). Not
    'since fiscal 2014, when it removed 315,943': a when-clause's count is that year's own."""
    last = _last_full_year_since(period, s, off, day)
    if last is None or period.span is None or re.match(r"[^.;]{0,20}?\bwhen\b", s[period.span.end - off:at]):
        return period
    if _A_LEVEL_SINCE.search(s) or _RANKED_SINCE.search(s[:period.span.start - off]):
        return period  # 'arrests have fallen to 103,603 since FY 2019', 'the most since FY 2014': a level, a ranking
    return replace(period, kind="fiscal_years", first_fiscal_year=period.fiscal_year, fiscal_year=last,
                   confidence="medium", how=f"since FY{period.fiscal_year}: FY{period.fiscal_year}–FY{last}, the "
                   "full years before the article (the months of the running year are not counted)")


_OF_A_PART = re.compile(r"\s+of\s+(?:all\s+)?(?:the\s+|ICE['’]s\s+)?(?:interior|border)\s+(?:removals|deportations)\b", re.I)
# 'and 92 percent of interior removals did': the verb of the share before it, left out
_ELLIPTICAL_VERB = re.compile(r"^[^.;]{0,60}?\s(?:did|do|does|were|was|had|have)\s*(?:too|as\s+well)?\s*(?:[.;,]|$)", re.I)
_BUT_ACTUALLY = re.compile(r",\s*but\s+(?:[\w'’]+\s+){0,4}?(?:actually|in\s+fact|really|in\s+reality)\b|"
                           # '…; it made 113,431', ': the figure was 267,258': the rebuttal's figure, of the same year
                           r"[;:]\s*(?:(?:it|ICE|the\s+agency)\s+(?:actually\s+)?(?:made|removed|deported|arrested|issued)|"
                           r"(?:the\s+(?:actual|real|correct|official|true)?|(?:the\s+agency['’]s|ICE['’]s|its)(?:\s+own)?)"
                           r"\s*(?:figure|number|count|total)\s+(?:was|is))\b"
                           r"(?:\s+(?:about|roughly|nearly|some|just|only))?\s*$", re.I)


def _anothers_average(s: str, q: Quantity, p: PeriodMention) -> bool:
    """'74,082 arrests, down from an average of 148,000 a year from fiscal 2017 through 2019': the years of another
    number's average, written after it, are not this number's."""
    between = s[q.end:p.start] if p.start >= q.end else ""
    if re.search(r"\d", between) and _AVERAGE_BEFORE.search(between) is not None:
        return True
    # 'fell to 74,082, half the FY2017–FY2019 average of roughly 148,000': the span an average is named by, unless
    # the number is that average
    named = _AN_AVERAGES_SPAN.match(s[p.end:])
    return named is not None and not 0 <= q.start - p.end <= max(45, named.end() + 25)


def _coordinated(between: str) -> bool:
    """'X arrests and Y removals in 2019' share a period; 'X, down from Y in 2013' do not."""
    return re.search(r"\band\b", between) is not None and \
        re.search(r"\b(?:from|than|since|compared|versus|vs)\b", between, re.I) is None


# what may come before a period that opens a sentence ('In fiscal 2024, ...', 'During the week of Jan. 28 ...')
# (a transcript's speaker label first: 'ACTING DIRECTOR: In the week of …')
_OPENS_THE_SENTENCE = re.compile(r"(?:(?-i:[A-Z][A-Z.'’ -]{1,40}):\s+)?\W*"
                                 # ('The report states that in fiscal 2019, …': who says it, then the year)
                                 r"(?:(?:[\w'’-]+\s+){1,4}?(?:states?|stated|says|said|reports?|reported|notes?|noted|"
                                 r"shows?|showed|writes|wrote)\s+that\s+)?"
                                 # ('A year later, in fiscal 2018, ...': a relative opener the year then names)
                                 r"(?:(?:(?:a|one|two|three|four|five|\d)\s+years?\s+(?:later|on|after\s+that)|"
                                 r"the\s+(?:next|following)\s+year|that\s+year|by\s+then|then)\s*,?\s*)?"
                                 r"(?:in|during|for|throughout|over)?\s*"
                                 r"(?:the\s+(?:week|month|period|days?)\s+"
                                 r"(?:of|from|between)\s+)?", re.I)
_SINCE_AN_ERA = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:last|final|first|early|late|closing)\s+)?(?:(?:years?|days|months)"
                          r"\s+of\s+)?(?:the\s+)?(?:(?:President|former President)\s+)?$", re.I)
_RANKING_SINCE = re.compile(r"\b(?:lowest|highest|most|fewest|least|largest|smallest|biggest|greatest|deepest|"
                            r"steepest|first|only)\b[^,;.]{0,40}?\b(?:since|in)\s+(?:at\s+least\s+)?(?:the\s+)?$", re.I)
_FROM_A_COUNT_IN = re.compile(r"[^;.]{0,30}?\b(?:from|over|than|compared (?:with|to)|versus)\s+(?:the\s+)?(?:about\s+|"
                              r"roughly\s+|nearly\s+|some\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\w'’-]+\s+){0,3}?"
                              # ('up 11 percent from 143,470 the year before': a relative year right after the count)
                              r"(?:(?:in|during|for|of)\s+(?:the\s+)?)?", re.I)
_ICE_MADE = re.compile(r"(?:(?-i:\bICE\b)|\bImmigration and Customs Enforcement\b)(?:['’]s)?\s+(?:(?:officers|agents|"
                       r"officials)\s+)?(?:made|conducted|carried out|reported|recorded|logged)?\s*(?:about\s+|nearly\s+|"
                       r"more than\s+|some\s+|roughly\s+)?[\d,.]*\s*(?:(?:administrative|at-large|interior)\s+)?$", re.I)
_PROMISED = re.compile(r"\b(?:promis|pledg|vow|plan|intend|aim|seek|hope|want|propos)(?:e|es|ed|s|ing)?\b", re.I)
_CITED_YEAR_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its|this|that|one)\s+$", re.I)
# ('a 2014 Journal of Law and Economics study': a journal's name between the year and the study)
_CITED_YEAR_AFTER = re.compile(r"\s+(?:(?:[A-Z][\w&.-]*|(?<=[A-Za-z] )(?:of|and|the|on|for|&))\s+|working\s+|peer-reviewed\s+|"
                               r"academic\s+){0,6}(?:study|studies|paper|analysis|survey|book|article)\b")
# ('with a 1998 conviction for rape', 'his 2009 arrest'): one person's record, dated (not 'the 2018 arrest total')
_A_RECORDS_YEAR_BEFORE = re.compile(r"\b(?:a|an|his|her|their)\s+$", re.I)
_A_RECORDS_YEAR_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:conviction|arrest|charge|indictment|sentence|offense|offence|DUI|"
                                   r"warrant|removal\s+order|deportation\s+order|order\s+of\s+removal|felony|misdemeanor)"
                                   r"\b(?!\s+(?:totals?|counts?|figures?|numbers?|tall(?:y|ies)|rates?|levels?|polic(?:y|ies)|"
                                   r"data|statistics)\b)", re.I)
_ANOTHER_NUMBERS_YEAR = re.compile(r"\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\w'’-]+\s+){0,5}?(?:of|in|during|for)\s+"
                                   r"(?:the\s+)?$", re.I)
# ', and in fiscal 2018 …', '; …': where the clause after a number begins
_NEXT_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|before|after|then|only)\b|;", re.I)
_CLAUSE_START = re.compile(r"[;,]|\b(?:even as|while|whereas|but|as)\b", re.I)
# ', a decline of about', ', an increase of': a change set after the counts it is between
_A_CHANGE_NOUN = re.compile(r"(?:,|[—–]|--)\s*(?:an?\s+)?(?:decline|drop|decrease|fall|increase|rise|jump|gain|change|cut)\b", re.I)
# ('fiscal 2014's 315,943': the year's own figure, even where the year is a comparison's base)
# 'arrests slipped nearly 10% in FY2019 to 143,099': the year a change happened in is the year of the level it
# reached ('rose from 110,104 in FY2016 to …' names the base's year instead)
_CHANGED_IN = re.compile(r"\b(?:rose|climbed|grew|increased|jumped|fell|dropped|declined|decreased|slipped|dipped|plunged|"
                         r"surged|soared|tumbled|slid|sank)\b(?:(?!\bfrom\b)[^,;.\d]|\d[\d.]*\s*(?:%|percent))*?"
                         r"\s+(?:in|during)\s+$", re.I)
_TO_A_LEVEL_AFTER = re.compile(r"\s+to\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|just\s+(?:over|under)\s+)?", re.I)
_LEAD_IN = re.compile(r"\s*\(\s*|\s*,?\s*(?:['’]s|there (?:were|was)|(?:ICE|ERO|the agency|it|they)\s+(?:\w+\s+){0,2}?(?:removed|"
                      r"deported|arrested|made|conducted|carried out|issued|lodged|recorded)"
                      # ('in FY2021 the agency recorded just 59,011')
                      r"(?:\s+(?:just|only|about|nearly|roughly|some|almost|around|more\s+than|over|fewer\s+than))?|"
                      # 'the 2018 peak of 158,581', 'the fiscal 2019 total of 267,258': the year of the figure named
                      # ('fiscal 2018's peak of 158,581')
                      r"(?:['’]s)?\s+(?:peak|high|low|record|total|level|figure|tally|count)\s+of)\s+", re.I)


_PART_BEFORE = re.compile(r"\b(?:including|of (?:which|whom|them|those)|among them)\s+(?:about |nearly |some |roughly |"
                          r"more than |almost )?$", re.I)
_COMPARED = re.compile(r"\b(?:than|from|since|compared|versus|over)\b", re.I)


_A_CITATIONS_YEAR = re.compile(r"(?:\(\s*|\b(?:[Ss]ee(?:\s+also)?|[Cc]f\.|citing)\s+)(?:[A-Z][\w.&’'-]*\s*){1,4},\s*\x00"
                               r"\s+(?:[A-Z][\w.&’'-]*\s+){0,4}(?:Report|Statistics|Yearbook|Br\.|Brief)\b[^()\x00]{0,25}?"
                               r"\b(?:at|p\.|pp\.|§)\s*\d")
_CITED_BY_YEAR_BEFORE = re.compile(r"(?:\b(?-i:[A-Z])[\w'’.&-]*|\bet\s+al\.?)\s*\(\s*$")
_CITED_BY_YEAR_AFTER = re.compile(r"\s*(?:[,;]\s*p{1,2}\.\s*[\d–-]+\s*)?\)")
_DOC_TITLE = re.compile(r"\b(?:[A-Z][a-z][\w’'-]*\s+){1,5}(?:Report|Review|Survey|Index|Tracker)\b")
# (two digits alone are a year only after 'FY', 'fiscal' or an apostrophe: 'and 44 percent' is a number)
_ANOTHER_YEAR_JOINED = re.compile(r"\s*,?\s*(?:and|or|&)\s+(?:in\s+)?(?:(?:FY\s?|fiscal(?:\s+year)?\s+|calendar\s+|')"
                                  r"(?:19|20)?\d\d|(?:19|20)\d\d)\b(?![,.]?\d)(?!\s*(?:%|percent\b))", re.I)


# a dash pair's or parenthesis' aside between a number and its period: '368,644 — about 10 percent fewer — the next year'
_AN_ASIDE = re.compile(r"\s*(?:[—–]\s[^—–;.]{1,50}\s[—–]|\s--\s[^;.]{1,50}?\s--|\([^()]{1,50}\))\s*")


def _owned(quantities: list[Quantity], periods: list[PeriodMention], s: str) -> dict[int, PeriodMention]:
    """Each number's own period: written right after it ('177,960 in FY 2014'), or paired by 'respectively'."""
    out: dict[int, PeriodMention] = {}
    plain = [p for p in periods if not p.administration]
    coordinated = all(re.fullmatch(r"\s*(?:,|and|, and|or)\s*", s[a.end:b.start]) for a, b in itertools.pairwise(plain))
    if re.search(r"\brespectively\b", s) and len(plain) == len(quantities) > 1 and coordinated:
        return {q.start: p for q, p in zip(quantities, plain, strict=True)}
    # 'in FY 2012 there were 409,849 removals, and in FY 2013 there were 368,644': a period that leads into a number
    # is that number's, and never the one before it
    for q in quantities:
        # (a span of dates only when it opens the sentence: 'During the week of Jan. 28 through Feb. 3, ICE issued')
        # ('Compared with fiscal 2016, ICE made 33,366 more …': the year compared with leads into no number of the
        # clause after it; 'Compared with fiscal 2016's 110,104 arrests', '… fiscal 2017 (226,119 removals)': its own)
        into = [p for p in plain if 0 <= q.start - p.end <= 40
                and not (_COMPARED_WITH.search(s[max(0, p.start - 25):p.start])
                         and not re.match(r"\s*(?:\(|['’]s\b)", s[p.end:q.start]))
                and (
                    (_LEAD_IN.fullmatch(s[p.end:q.start]) and not (
                        # ('in FY2018 (158,581)': the year's figure; not a footnote 'FFY 2023(4)', nor a restatement
                        # 'topped a quarter million last year (256,085)', whose year both numbers share)
                        "(" in s[p.end:q.start] and (len(re.sub(r"\D", "", q.text)) < 3 or any(
                            x is not q and not x.is_share and x.end <= p.start and p.start - x.end <= 15
                            for x in quantities))))
                    or (_TO_A_LEVEL_AFTER.fullmatch(s[p.end:q.start]) and not q.is_share
                        and _CHANGED_IN.search(s[max(0, p.start - 70):p.start]))
                    # ('while in FY 2018, 66 percent of those arrested were ...': the year the clause opens with)
                    # ('claiming that in fiscal 2018, 74 percent …': the year the reported clause opens with)
                    or (not p.base and re.fullmatch(r"\s*,\s*", s[p.end:q.start])
                        and re.search(r"(?:^|[,;]|\b(?:while|whereas|but|and|that))\s*(?:(?:in|during|for)\s+)?$",
                                      s[:p.start], re.I)))
                and (p.period.kind in ("fiscal_year", "calendar_year") or (
                    p.period.kind in ("dates", "month") and _OPENS_THE_SENTENCE.fullmatch(s[:p.start])))]
        if into:
            out[q.start] = into[-1]
    leading = [id(p) for p in out.values()]
    for q in quantities:
        if q.start in out:
            continue
        # 'In fiscal 2017 arrests rose to 143,470 and in fiscal 2018 they rose again': a year already in the number's
        # clause is its own; one after 'and' opens the next clause
        in_clause = any(x.end <= q.start and not x.base and not re.search(r"[,;]", s[x.end:q.start]) for x in plain)
        p = next((p for p in plain if 0 <= p.start - q.end <= 70
                  # ('368,644 — about 10 percent fewer — the next year': an aside between them is no one's)
                  and (p.start - q.end <= 40 or _AN_ASIDE.fullmatch(s[q.end:p.start]))
                  and not (in_clause and re.search(r"\band\b", s[q.end:p.start]))
                  and not (id(p) in leading and re.search(r"[,;]|\band\b", s[q.end:p.start]))
                  # ('arrests rose to 143,470, and in fiscal 2018 they rose again': the next clause's year)
                  and not _NEXT_CLAUSE.search(s[q.end:p.start])
                  # 'in FY2017 and FY2018': one of two years joined is not the number's own (each? both together?)
                  and not _ANOTHER_YEAR_JOINED.match(s[p.end:])
                  and re.fullmatch(r"[^\d;]*", _AN_ASIDE.sub(" ", s[q.end:p.start]))
                  # ('the 368,644 removed in Obama's FY2013': a president's year is still the number's own; not
                  # 'in Obama's last year', which is his, not the article's last year)
                  and (((re.search(r"\b(?:in|during|for|of)\s+(?:the\s+)?$", s[q.end:p.start])
                         # ('41,318 arrests between January 22 and April 29, 2017': the span of days it counts)
                         or (p.period.kind == "dates" and re.search(r"\b(?:between|from)\s+$", s[q.end:p.start]))
                         or (re.search(r"\b(?:in|during|for|of)\s+(?:the\s+)?[A-Z][a-z]+['’]s?\s+$", s[q.end:p.start])
                            and re.search(r"\d", s[p.start:p.end])))
                        and (not p.base or (re.fullmatch(r"\s+(?:[a-z]+\s+){0,2}(?:in|during)\s+(?:the\s+)?",
                                                         s[q.end:p.start]) and not _COMPARED.search(s[q.end:p.start]))))
                       or re.fullmatch(r"\s*(?:\w+\s+)?(?:(?:each|every|a|per) (?:fiscal )?year|annually|yearly) "
                                       r"(?:from|in|during)\s+", s[q.end:p.start])
                       # ('143,470 arrests the previous year': the year before the report's, said after the noun)
                       or (p.relative_to_other and re.fullmatch(r"[\s,]*", _AN_ASIDE.sub(" ", s[q.end:p.start])))
                       or (p.relative_to_other and not p.base and re.fullmatch(r"\s+(?:[a-z]+\s+){1,2}", s[q.end:p.start])
                           and not re.search(r"\b(?:than|from|since|over|compared|versus|up|down|more|fewer|less|"
                                             r"higher|lower)\b", s[q.end:p.start]))
                       # ('143,000 (FY2017) and 159,000 (FY2018)': the year in the number's own parenthesis)
                       or (re.fullmatch(r"\s*\(\s*", s[q.end:p.start]) and re.match(r"\s*\)", s[p.end:])))), None)
        if p is not None:
            out[q.start] = p
            if _AN_ASIDE.fullmatch(s[q.end:p.start]):
                # '65,332 (27 percent) a year earlier': the share set aside beside the count is of the same year
                for x in quantities:
                    if q.end < x.start and x.end <= p.start:
                        out.setdefault(x.start, p)
    lead = quantities[0] if quantities else None
    if lead is not None and lead.start in out and re.fullmatch(r"\W*" + _SPEAKER_LABEL + r"(?:(?:and|but|so|yet)\s+)?"
                                                                r"(?:Of|Among) (?:the|all|those|these)\s+",
                                                                s[:lead.start], re.I):
        # 'Of the 235,413 removals in FY 2015, 165,935 were ...': the lead-in's period is every part's period
        for q in quantities[1:]:
            out.setdefault(q.start, out[lead.start])
    return out


# '62,739 removals in fiscal 2020, fewer than half of the 95,360 in fiscal 2018': a share set beside a count, of a
# count the sentence states, is the ratio of the two numbers, not a share of one population
_BESIDE_A_COUNT = re.compile(r",\s*(?:or\s+|which\s+(?:is|was)\s+|about\s+|roughly\s+|nearly\s+|just\s+|only\s+|some\s+)*$",
                             re.I)
_OF_A_STATED_COUNT = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:about\s+|roughly\s+|nearly\s+|some\s+)?"
                                r"(\d[\d,]*(?:\.\d+)?(?:\s+(?:million|thousand))?)\b")


def _ratio_of_two_counts(q: Quantity, s: str, quantities: list[Quantity]) -> str | None:
    """The note for a share that compares the count before it with a count after 'of' (its value is their ratio)."""
    whole = _OF_A_STATED_COUNT.match(s[q.end:q.end + 50])
    before = [x for x in quantities if x.end <= q.start and not x.is_share]
    if whole is None or not before or not _BESIDE_A_COUNT.search(s[before[-1].end:q.start]) \
            or re.search(r"[.;]", s[before[-1].end:q.start]) or q.start - before[-1].end > 120:
        return None
    part = before[-1]
    whole_value = next((x.value for x in quantities if x.start == q.end + whole.start(1)), None)
    if whole_value is None or not whole_value:
        return None
    return f"{RATIO_NOTE}{part.text} of {whole.group(1)} is {part.value / whole_value:.0%}"


# 'interior removals in fiscal 2022 were less than a third of the fiscal 2018 level': a ratio to another year's count,
# not a share of a population
# 'in three of its four years', 'rose in 3 of 4 years', 'fell in two of the last three fiscal years': how many of the
# years, a count of periods
_OF_SO_MANY_YEARS = re.compile(
    r"\s+of\s+(?:(?:its|the|their|his|her|those|these)\s+(?:\w+\s+)?|(?:(?:its|the|their|those|these)\s+)?"
    r"(?:(?:last|past|previous|prior|preceding|next|first|final|recent|fiscal|calendar|full|\d{1,2}|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+){1,3})(?:years|months|quarters|weeks|terms|budgets)\b",
    re.I)
_OF_ANOTHER_YEARS_COUNT = re.compile(
    r"\s+(?:of|that\s+of)\s+(?:the\s+(?:number|total|level|figure|count)\s+(?:in|of|for|during)\s+|"
    r"(?:those|the\s+ones)\s+(?:(?:made|carried\s+out|recorded|counted|seen|reported)\s+)?(?:in|of|during)\s+|the\s+)?"
    r"(?P<year>(?:fiscal(?:\s+year)?\s+|FY\s?)?(?:19|20)\d\d)(?:['’]s)?\b", re.I)


def _another_year_before(before: str, year: str) -> bool:
    """Whether the words before a share name a year other than the one its whole is of."""
    whole = year[-2:]
    return any(y[-2:] != whole for y in re.findall(r"\b(?:(?:19|20)\d\d|(?:FY|fiscal(?:\s+year)?)\s*'?\d\d)\b", before, re.I))


_OF_A_THING = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|this|that)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+")
_POPULATION = re.compile(r"\b(?:arrest|detain|deport|remov|book|encounter|people|person|individual|immigrant|alien|noncitizen|"
                         r"migrant|criminal|convict|offender|case|agreement|jurisdiction|count(?:y|ies)|cit(?:y|ies)|"
                         r"place|sanctuar|those|them|these)", re.I)


_CONTRAST = re.compile(r";|,\s*(?:while|whereas|but)\b|\s(?:while|whereas)\s|"
                       # ('… declined 206 detainers, and Travis County accounted for 142': the place opens its own clause)
                       r",\s*and\s+(?:in\s+)?(?:the\s+)?$", re.I)


_WHOLE_OF_A_PART = re.compile(r"\b\d[\d,]*\s+of\s+(?:the|all|those|these)\s+$", re.I)


def _place_of_a_later_clause(place: Place | None, q: Quantity, s: str, off: int) -> bool:
    """'ICE removed 267,258 people in fiscal 2019, while Harris County's jail received 5,072 detainers': a place named
    after a contrast is the later clause's, not the nation's count's before it."""
    if place is None or place.span is None or place.level == "nation" or place.span.start - off < q.end:
        return False
    return _CONTRAST.search(s[q.end:place.span.start - off]) is not None


_SUBORDINATOR = re.compile(r"\b(?:when|while|as|because|although|though|since|whereas|after|before|if)\s+[^,;]*$", re.I)


def _subordinate_clause(s: str, at: int) -> tuple[int, int]:
    """The bounds of the subordinate clause a position stands in ('In fiscal 2022, when most arrestees were recent
    border crossers, only 46,396 had criminal histories': 'most' describes the crossers, not the 46,396), else the
    whole sentence."""
    sub = _SUBORDINATOR.search(s[:at])
    if sub is None:
        return 0, len(s)
    end = re.search(r"[,;]", s[at:])
    return sub.start(), at + end.start() if end else len(s)


# '43 percent had a conviction — not most', 'not a majority', 'Not most: …': the proportion word is denied, not said
_NOT_THE_PROPORTION = re.compile(r"\b(?:not|never|hardly|far\s+from|rather\s+than|instead\s+of|nowhere\s+near)\s+"
                                 r"(?:(?:a|the)\s+)?$", re.I)


def _vague_shares(sent: Span, si: int, ctx: Discourse, events: list[Hit], quals: list[Hit],
                  periods: list[PeriodMention], place: Place | None, taken: set[int]) -> list[Claim]:
    """'Most of these were criminals': a vague share of the sentence's (or an earlier sentence's) event."""
    s = sent.text
    out: list[Claim] = []
    for q in find_majorities(s):
        if sent.start + q.start in taken or q.comparator == "vague":
            continue
        thing = _OF_A_THING.match(s[q.end:q.end + 60])
        if thing is not None and not _POPULATION.search(thing.group(0)):
            continue  # 'most of the agency's capacity': a share of something that is not people or events
        event = events[0].name if events else (ctx.event if _ANAPHORA.search(s) else None)
        lo, hi = _subordinate_clause(s, q.start)
        q_quals = sorted({h.name for h in quals if lo <= h.start and h.end <= hi})
        if q_quals and _HAD_NEITHER_AFTER.match(s[q.end:]):  # 'a majority, 57 percent, had neither': the rest
            q_quals = _the_rest(q_quals)
        if event is None or not q_quals:
            continue
        q_quals = _interior_in_the_part(q, s, q_quals, quals)
        # (an earlier sentence's period is lent, never certain: 'It exceeded fiscal 2018's total. Most ... had no record')
        period = next((p.period for p in periods if not p.relative_to_other), None) or _borrowed(ctx.period)
        denied = _NOT_THE_PROPORTION.search(s[max(0, q.start - 30):q.start]) is not None
        out.append(Claim(id="", kind="share", sentence_index=si, sentence=sent, span=_span(sent, q.start, len(s)),
                         polarity="negated" if denied else "asserted",
                         subject=event, value=q.value, comparator=q.comparator, unit="share",
                         value_span=_span(sent, q.start, q.end), precision=0.0, period=period, place=place,
                         event=event, qualifiers=q_quals, measure_confidence="high" if events else "medium",
                         notes=[] if events else ["population taken from an earlier sentence"]))
    return out


# (the comparison word nearest its 'than': not the 'more' of 'more than 256,000 …, fewer than in fiscal 2017')
_A_BOUNDS_NUMBER = r"(?:about\s+|nearly\s+|some\s+)?(?!(?:19|20)\d\d\b)\d"  # ('more than 143,000', not 'than 2014')
_THAN_YEAR = re.compile(r"\b(more|fewer|less|higher|lower)\b(?!\s+than\s+" + _A_BOUNDS_NUMBER + r")"
                        r"(?:(?!\b(?:more|fewer|less|higher|lower)\b(?!\s+than\s+" + _A_BOUNDS_NUMBER + r")"
                        r"|\bthan\b(?!\s+" + _A_BOUNDS_NUMBER + r"))[^.;]){0,60}?"
                        r"\bthan (?:(?:it|they|ICE|the agency)\s+(?:did|had|"
                        r"made|removed|deported|arrested|issued|carried\s+out)\s+)?(?:in |during )?(?:the )?"
                        r"(?:FY\s?|fiscal(?: year)?\s+)?((?:19|20)\d\d)\b", re.I)
# ('the FY2019 total, 143,099, topped FY2017's'; the verb first, the year second)
_PASSED_YEAR = re.compile(rf"\b({_PASSING})\s+(?:the\s+|that\s+of\s+)?(?:FY\s?|fiscal(?:\s+year)?\s+)?((?:19|20)\d\d)"
                          r"(?:['’]s|\s+(?:total|level|figure|count|number|mark)\b)", re.I)
_RANK_RE = re.compile(r"\b(highest|lowest|largest|smallest|fewest|(?<!at )least|"
                      # a record, never someone's record ('no criminal record', 'arrest records', 'track record')
                      r"(?<!criminal )(?<!arrest )(?<!police )(?<!court )(?<!public )(?<!track )(?<!driving )"
                      # ('seven in ten had a record': a criminal record)
                      r"(?<!had a )(?<!have a )(?<!has a )(?<!with a )(?<!without a )(?<!no )(?<!any )"
                      # ('for the record: …', 'read into the record', 'off the record', 'the Congressional Record': the
                      # minutes, not a ranking)
                      r"(?<!for the )(?<!into the )(?<!off the )(?<!on the )(?<!in the )(?<!Congressional )record"
                      # ('Biden's record is mixed': a track record; 'set the record straight')
                      # ('RECORD: ICE removed 256,085 …': a memo's label for what was done, set against what was said)
                      r"(?!s? (?:of|check|show|indicate|request)|s\b|\s+(?:is|was|has|remains|on|straight)\b|\s*:)"
                      # ("pointed to the agency's record in the first year": whose record, then when or how, is a
                      # track record; 'Obama's record 409,849 removals' is still a ranking)
                      r"(?!(?:(?<=['’]s record)|(?<=\bhis record)|(?<=\bher record)|(?<=\bits record)|"
                      r"(?<=\btheir record)|(?<=\bour record))\s*(?:(?:in|as|during|under|at|with|since)\b|[,.;]))|"
                      r"all-time|peak|"
                      # 'arrests peaked in fiscal 2018', 'removals bottomed out in 2017': a turning year, a ranking
                      r"peaked|(?:bottomed|topped)\s+out|"
                      # 'the most in a decade', 'the most since 2014' (never 'most of them')
                      # ('the most in any year since fiscal 2012')
                      r"most(?=\s+(?:\w+\s+){0,2}?(?:since|in (?:a|over a|more than a) decade|ever\b|on record|"
                      r"(?:in|of) any (?:single )?(?:fiscal )?year since|"
                      # 'the most in five years', 'the most in the past 12 years' (a window of years, not '2019')
                      r"in (?:(?:the|over the) (?:past|last) )?(?:(?:nearly|almost|more than|over) )?"
                      r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) years\b(?! of))))\b|"
                      r"\b(fewer|more|less|lower|higher)\b[^.;]{0,60}\bthan (?:in |during )?(?:any|every)\b", re.I)



# ('rose every year', 'has steadily declined', 'fell year after year': a direction held by each year of the span)
_TREND = re.compile(r"(?:\b(?P<adv>steadily|consistently|continuously)\s+)?"
                    r"\b(?:(?P<up>rose|risen|increased|grew|grown|climbed|gone up|went up)|(?P<down>fell|fallen|"
                    r"declined|dropped|decreased|shrunk|shrank|gone down|went down))"
                    r"(?(adv)|\s+(?:(?:in\s+)?(?:every|each)\s+(?:single\s+)?(?:fiscal\s+)?year\b|year\s+after\s+year\b|"
                    r"steadily\b|consistently\b|continuously\b))", re.I)


def _trends(sent: Span, si: int, events: list[Hit], quals: list[Hit], periods: list[PeriodMention],
            place: Place | None, day: dt.date | None = None) -> list[Claim]:
    """'Removals rose every year from fiscal 2017 to fiscal 2019': a direction held by each year of a span."""
    s = sent.text
    m = _TREND.search(s)
    before = [e for e in events if e.end <= m.start()] if m else []
    if m is None or not before:
        return []
    ev = before[-1]
    # ('… with convictions rose in fiscal 2024; overall arrests fell': the subgroup words of another clause are not its)
    breaks = [b.end() for b in _CLAUSE_START.finditer(s[:ev.start])]
    clause_start = breaks[-1] if breaks else 0
    span = next((p.period for p in periods if p.start >= m.end() - 12 and p.period.kind == "fiscal_years"
                 and p.period.first_fiscal_year is not None and p.period.first_fiscal_year < (p.period.fiscal_year or 0)),
                None)
    if span is None:  # 'have fallen steadily since fiscal 2013': from that year to the last full one before the article
        span = next((to_now for p in periods if p.start >= m.end() - 12 and p.base
                     and (to_now := _up_to_now(p.period, s, sent.start, day)) is not None), None)
    return [Claim(id="", kind="trend", sentence_index=si, sentence=sent, span=_span(sent, ev.start, m.end()),
                  subject=ev.name, subject_span=_span(sent, ev.start, ev.end), comparator="up" if m.group("up") else
                  "down", unit="direction", value_span=_span(sent, m.start(), m.end()), period=span, place=place,
                  event=ev.name, qualifiers=sorted({h.name for h in quals if clause_start <= h.start and h.end <= m.start()}),
                  measure_confidence="high" if m.start() - ev.end <= 30 else "medium")]


_DIRECTION_AFTER = re.compile(
    r"^(?:\s+[\w’'-]+){0,6}?\s+(?:(?:are|is|were|was|have|has|had)\s+(?:\w+\s+)?(?:been\s+)?(?:(?P<up1>up)|(?P<down1>down))\b|"
    r"(?:have\s+|has\s+|had\s+)?(?:(?P<up2>rose|risen|increased|climbed|grew|grown|jumped|soared|surged|spiked|went up)|"
    # ('fell into two categories', 'fell under 287(g)': not a fall)
    r"(?P<down2>(?:fell|fallen)(?!\s+(?:into|under|within|outside|short))|dropped|declined|decreased|plummeted|plunged|"
    r"shrank|shrunk|went down))\b)", re.I)
_DIRECTION_BEFORE = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:(?P<up>increase|rise|surge|jump|spike)|"
                               r"(?P<down>drop|decline|decrease|fall|plunge))\s+in\s+(?:the\s+number\s+of\s+)?$", re.I)


# a direction measured against another period: 'fell short of fiscal 2014', 'climbed past 2016's level'
_PAST_ANOTHER = re.compile(r"\s+(?:well\s+|far\s+|just\s+)?(?:(?:short|shy)\s+of|below|beneath|under|above|past|behind|"
                           r"beyond|over)\s+(?:the\s+|its\s+|their\s+)?(?:(?:\w+\s+){0,2}?(?:FY\s?|fiscal(?:\s+year)?\s+)?"
                           r"'?(?:19|20)?\d\d\b|(?:[\w’'-]+\s+){0,3}?(?:years?|era|levels?|peaks?|highs?|lows?|records?|"
                           r"averages?|administrations?|terms?|presidency|totals?)\b)", re.I)


def _directions(sent: Span, si: int, events: list[Hit], quals: list[Hit], periods: list[PeriodMention],
                place: Place | None) -> list[Claim]:
    """'Deportations fell in fiscal 2017', 'a sharp drop in detainers': a direction with no number of its own,
    rated against the year before only when one fiscal year is named."""
    s = sent.text
    for ev in events:
        after, before = _DIRECTION_AFTER.match(s[ev.end:ev.end + 60]), _DIRECTION_BEFORE.search(s[:ev.start])
        if after is None and before is None:
            continue
        if after is not None and ev.name == "detainer" and re.search(r"declined\s*$", after.group(0), re.I):
            continue  # a detainer 'declined' was refused, not fewer
        if after is not None:
            start, end, up = ev.start, ev.end + after.end(), bool(after.group("up1") or after.group("up2"))
        else:
            assert before is not None
            start, end, up = before.start(), ev.end, bool(before.group("up"))
        if NEGATED_BEFORE.search(s[max(0, start - 20):start]) or re.search(r"\b(?:not|n't|never)\b", s[start:end]):
            return []
        if _PAST_ANOTHER.match(s[end:end + 50]):
            return []  # 'removals fell short of fiscal 2014's': a comparison with that year, not with the year before
        own = [p for p in periods if not p.base and not p.administration and not p.relative_to_other]
        said = [v for v in _SAID_THEN.finditer(s, 0, start)]
        if said:  # ('A politician at a rally last week said removals went up between 2014 and 2015': when it was said)
            own = [p for p in own if p.start >= said[-1].end()] or own
        turns = [p for p in own if _AFTER_A_TURN.search(s[max(0, p.start - 50):p.start])
                 or (p.end <= end and _TURNED_IN.search(s[max(0, p.start - 40):p.start]))]
        period = next((p.period for p in own if p not in turns), None)
        if period is None and turns:
            # 'After peaking in FY2019, removals fell', 'arrests peaked in FY2018 and then fell': the change runs from
            # that year, never into it; its first year after is read, with less certainty
            turn = turns[0].period
            period = replace(turn, fiscal_year=turn.fiscal_year + 1, first_fiscal_year=turn.fiscal_year + 1,
                             confidence="medium", how=f"the year after {turn.span.text if turn.span else 'the turn'}") \
                if turn.kind == "fiscal_year" and turn.fiscal_year else None
        # ('… with convictions rose in fiscal 2024; overall arrests fell': another clause's subgroup words are not its)
        breaks = [b.end() for b in _CLAUSE_START.finditer(s[:start])]
        clause = (breaks[-1] if breaks else 0, end + 40)
        return [Claim(id="", kind="trend", sentence_index=si, sentence=sent, span=_span(sent, start, end),
                      subject=ev.name, subject_span=_span(sent, ev.start, ev.end), comparator="up" if up else "down",
                      unit="direction", value_span=_span(sent, start, end), period=period,
                      place=place, event=ev.name,
                      qualifiers=sorted({h.name for h in quals if clause[0] <= h.start < clause[1]}),
                      measure_confidence="high" if end - start <= 60 else "medium")]
    return []


_SAID_THEN = re.compile(r"\b" + _SAY + r"\b(?:\s+that)?", re.I)
# 'after peaking in FY2019', 'since bottoming out in', 'following FY2016': a year a change runs from
_AFTER_A_TURN = re.compile(r"\b(?:after|since|following)\s+(?:(?:peaking|bottoming\s+out|topping\s+out|(?:hitting|reaching)\s+"
                           r"(?:a\s+|its\s+)?(?:peak|low|high|record|bottom)|falling|rising|dropping|climbing|surging|"
                           r"plunging|declining|increasing)\s+)?(?:in\s+)?(?:the\s+)?$", re.I)
_A_TURNING_WORD = re.compile(r"(?:peaked|bottomed|topped)\b")
# from a turn's verb to its year: ' in ', ' at 158,581 in ', ' at about 97,000 arrests during '
_TO_THE_TURNS_YEAR = re.compile(r"(?:\s+(?:at|to|of|with)\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|just\s+|more\s+than\s+|"
                                r"over\s+|almost\s+|around\s+|approximately\s+|well\s+over\s+)?[\d,.]+"
                                r"(?:\s+[a-z]+)?)?,?\s+(?:in|during)\s+(?:the\s+)?", re.I)
# 'fallen 24 percent since then', 'Since then, removals have fallen …': a change from a year named before, to now
_SINCE_THEN = re.compile(r"\bsince\s+then\b|\bsince(?=\s*[.;!?]|\s*$)", re.I)  # ('They have nearly doubled since.')
_SINCE_THEN_BEFORE = re.compile(r"\bsince\s+then\b[^.;]{0,60}$", re.I)
# 'peaked in FY2018 and then fell': the turning year, said before the change that followed it
_TURNED_IN = re.compile(r"\b(?:peaked|bottomed\s+out|topped\s+out|(?:hit|reached)\s+(?:a\s+|its\s+)?(?:peak|low|high|record|"
                        r"bottom))\s+(?:in\s+)?(?:the\s+)?$", re.I)


# the level a direction reached: 'rose in fiscal 2017 to 226,119', 'fell to about 226,000'
# ('increased in fiscal 2020, reaching 103,603')
_TO_A_LEVEL = re.compile(r"(?:\bto|,\s*" + _REACHED_WORDS + r")\s+(?:(?:about|around|roughly|nearly|almost|some|just|over|under|more\s+than|"
                         r"fewer\s+than|less\s+than)\s+)*$", re.I)


def _direction_to_a_level(sent: Span, si: int, events: list[Hit], quals: list[Hit], periods: list[PeriodMention],
                          place: Place | None, out: list[Claim]) -> list[Claim]:
    """'Removals rose in fiscal 2017 to 226,119': the level can be right and the direction wrong, so the verb is
    its own claim, rated like 'removals rose in fiscal 2017', when nothing in the sentence gives the base."""
    if any(c.kind in ("trend", "change") or c.endpoints or c.base_subject for c in out):
        return []
    counts = [c for c in out if c.kind == "count" and c.value_span is not None and c.event]
    for d in _directions(sent, si, events, quals, periods, place):
        for c in counts:
            assert c.value_span is not None
            gap = sent.text[d.span.end - sent.start:c.value_span.start - sent.start]
            after = sent.text[c.value_span.end - sent.start:c.value_span.end - sent.start + 60]
            if d.event == c.event and re.fullmatch(r"\s*from\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|almost\s+)?", gap) \
                    and d.period is not None and c.period is not None and d.period.kind == c.period.kind == "fiscal_year" \
                    and d.period.fiscal_year is not None and c.period.fiscal_year == d.period.fiscal_year - 1 \
                    and not [o for o in out if o.kind == "count" and o is not c]:
                # ('arrests in fiscal 2019 had risen from 158,581 a year earlier': the only number is the year before's,
                # so the direction of the year named is its own claim)
                return [d]
            # ('up from the fiscal 2015 level', 'declined from the year before, to …': a base year with no number, so
            # the direction is still unchecked)
            if re.search(r"\bfrom\b(?!\s+(?:the\s+)?(?:FY\s?|fiscal(?:\s+year)?\s+)?'?\d{2,4}['’]?s?\s+(?:level|total|figure|"
                         r"count|mark|pace)\b)(?!\s+(?:the\s+(?:fiscal\s+)?year\s+before|the\s+(?:previous|prior|preceding)"
                         r"\s+(?:fiscal\s+)?year|a\s+year\s+(?:earlier|before))\b(?!\s*(?:'s|’s)?\s*[\d(]))",
                         gap + after, re.I) or any(
                    o.value_span is not None and d.span.end <= o.value_span.start < c.value_span.start for o in out):
                continue  # 'fell from 69,478 to 65,322', 'rose to X from Y': the sentence gives the base
            # (a base said relative to the level's year, 'the previous year's total', is the year before by its words)
            bases = [p.period.fiscal_year for p in periods if p.base and p.period.kind == "fiscal_year"
                     and not (p.relative_to_other and p.back == 1)]
            year = c.period.fiscal_year if c.period is not None and c.period.kind == "fiscal_year" \
                and c.period.first_fiscal_year in (None, c.period.fiscal_year) else None
            if bases and (year is None or any(b != year - 1 for b in bases)):
                continue  # 'up from the fiscal 2013 level': measured from another year than the one before
            # ('fell in fiscal 2016 from the year before, to roughly 240,000': the base its words name is no distance)
            near = re.sub(r"\s*,?\s*from\s+(?:the\s+(?:fiscal\s+)?year\s+before|the\s+(?:previous|prior|preceding)\s+"
                          r"(?:fiscal\s+)?year|a\s+year\s+(?:earlier|before))\b", "", gap, flags=re.I)
            if d.event == c.event and 0 <= len(near) <= 40 and _TO_A_LEVEL.search(gap) and d.period == c.period:
                return [d]
            # ('Removals climbed compared with fiscal 2019, reaching 185,884': the level's year, against the base year
            # the sentence names, when that is the year before)
            if d.event == c.event and len(gap) <= 80 and _TO_A_LEVEL.search(gap) and year is not None \
                    and d.period in (None, c.period) and bases:
                return [replace(d, period=c.period)]
    return []


# '226,119 removals in fiscal 2017, up from the year before', '…, fewer than the previous year': the count's year
# against the one before it, a direction of its own
_VS_THE_YEAR_BEFORE = re.compile(
    r"^[^.;:]{0,40}?,\s*(?:(?P<up>up|more\s+than|higher\s+than|an?\s+(?:increase|rise)\s+(?:from|over))|(?P<down>down|"
    r"fewer\s+than|less\s+than|lower\s+than|an?\s+(?:drop|decrease|decline|fall)\s+from))\s+(?:from\s+|in\s+|over\s+)?"
    r"(?:the\s+(?:fiscal\s+)?year\s+before|the\s+(?:previous|prior|preceding)\s+(?:fiscal\s+)?year|a\s+year\s+(?:earlier|"
    r"before))\b(?!\s*(?:'s|’s)?\s*[\d(])", re.I)


def _against_the_year_before(sent: Span, si: int, out: list[Claim]) -> list[Claim]:
    """'ICE carried out 226,119 removals in fiscal 2017, up from the year before': the level can be right and the
    direction wrong, so the direction is its own claim, rated like 'removals rose in fiscal 2017' (only where the
    sentence gives no number for the year before)."""
    if any(c.kind in ("trend", "change", "comparison") or c.endpoints or c.base_subject for c in out):
        return []
    counts = [c for c in out if c.kind == "count" and c.value_span is not None and c.event and c.period is not None
              and c.period.kind == "fiscal_year" and c.period.first_fiscal_year in (None, c.period.fiscal_year)]
    if len(counts) != 1:
        return []
    c = counts[0]
    assert c.value_span is not None
    at = c.value_span.end - sent.start
    m = _VS_THE_YEAR_BEFORE.match(sent.text[at:])
    if m is None:
        return []
    start, end = sent.start + at + m.start(), sent.start + at + m.end()
    return [replace(c, id="", kind="trend", comparator="up" if m.group("up") else "down", unit="direction", value=None,
                    value_high=None, span=Span(c.span.start, end, sent.text[c.span.start - sent.start:end - sent.start]),
                    value_span=Span(start, end, sent.text[start - sent.start:end - sent.start]), notes=[],
                    endpoints=[])]


_A_COUNT_THEN_COMPARED = re.compile(r"[^;.—–]{0,20}?\d[\d,.]*[^;.—–,]{0,40},\s*|"
                                    # ('Arrests in fiscal 2019, at more than 143,000, were higher than …')
                                    r"[^;.—–,]{0,30},\s*at\s+(?:more\s+than\s+|about\s+|nearly\s+|some\s+)?\d[\d,.]*,\s*"
                                    r"(?:were|was|are|is)?\s*")


def _rankings(sent: Span, si: int, ctx: Discourse, events: list[Hit], quals: list[Hit],
              periods: list[PeriodMention], place: Place | None, compare: bool = True) -> list[Claim]:
    """'The lowest since FY2008', 'fewer than in any year of the Trump administration', 'a record': one ranking
    claim per event the sentence names; rated only where the series covers the window."""
    s = sent.text
    # each comparison word with its own year: 'fewer than fiscal 2014's but more than fiscal 2018's' is two
    # ('25,000 fewer than fiscal 2018's': the difference's own claim says the direction and its size)
    thans = [m for m in _THAN_YEAR.finditer(s)
             if not re.search(r"(?:\b\d{1,3}(?:,\d{3})+|\b\d+(?:\.\d+)?\s*(?:%|percent)|\b\d{1,3}|\b(?:thousand|million))"
                              r"\s+(?:[\w-]+\s+){0,2}$", s[:m.start()], re.I)]
    # ('the FY2019 total, 143,099, topped FY2017's': a year passed is a year compared with)
    thans = sorted(thans + list(_PASSED_YEAR.finditer(s)), key=lambda m: m.start())[:2]
    if compare and thans and events:
        out = []
        for than in thans:
            ev = min(events, key=lambda h: abs(h.start - than.start()))
            word = _PASSED_WORDS.get(re.sub(r"\s+", " ", than.group(1).lower()), than.group(1).lower())
            word = "fewer" if word.endswith("below") else "more" if word.endswith("above") else word
            own = [p for p in periods if not p.base and not p.administration and not p.relative_to_other
                   and p.period.span is not None and all(str(t.group(2)) not in p.period.span.text for t in thans)]
            # ('276,122 removals in calendar 2019, and that removals were 3.5 times higher in FY2018 than in FY2022':
            # the year nearest before the comparison word is the one compared)
            than_at = than.start() + than.group(0).lower().rfind("than")
            own = [p for p in own if p.end <= than_at][-1:] or own
            out.append(Claim(id="", kind="comparison", sentence_index=si, sentence=sent,
                             span=_span(sent, min(ev.start, than.start()), than.end()), subject=ev.name,
                             comparator="low" if word in ("fewer", "less", "lower") else "high", unit="rank",
                             value=float(than.group(2)), value_span=_span(sent, than.start(), than.end()),
                             period=own[0].period if own else _borrowed(ctx.period), place=place, event=ev.name,
                             qualifiers=sorted({h.name for h in quals}),
                             # ('ICE removed 256,085 people in fiscal 2018, fewer than in fiscal 2017': the count
                             # the comparison follows is of the one event the sentence names)
                             measure_confidence="high" if len(events) == 1 and (
                                 abs(ev.start - than.start()) <= 30
                                 or _A_COUNT_THEN_COMPARED.fullmatch(s[ev.end:than.start()]) is not None)
                             else "medium", notes=[f"than FY{than.group(2)}"]))
        ranked = _RANK_RE.search(s[:thans[0].start()])
        if ranked is None and re.search(r"(?:below|above)$", thans[-1].group(1), re.I) \
                and _RANK_RE.search(s, thans[-1].end()):
            # ('were far below fiscal 2019's peak of 143,099'): the year compared with is the year ranked
            return out + _rankings(sent, si, ctx, events, quals, periods, place, compare=False)
        if ranked is None:
            return out
        # ('removals were the lowest in a decade, lower than 2014 even': a ranking said beside the comparison is a
        # claim of its own, about the sentence's own year, not the year compared with)
        compared = {t.group(2) for t in thans}
        own = [p for p in periods if not (p.period.span is not None and any(y in p.period.span.text for y in compared))]
        return out + _rankings(sent, si, ctx, events, quals, own, place, compare=False)
    m = _RANK_RE.search(s)
    cut = _NEXT_CLAUSE_AFTER_RANK.search(s, m.end()) if m is not None else None
    spans = _n_year_rankings(sent, si, ctx, events, quals, periods, place, skip=m,
                             skip_to=cut.start() if cut else len(s))
    if m is None:
        return spans
    if _FROM_AN_UNDATED_PEAK.search(s[:m.start()]) and re.match(r"\s+(?:[\w’'-]+\s+){0,2}?to\b", s[m.end():]):
        return spans  # ('from the Obama peak to the 2016 election': where a span starts, not a year ranked)
    inherited = False
    if not events and ctx.event is not None and _ANAPHORA.search(s[:m.start()]):
        # 'It was the lowest annual number since FY2015': what is ranked is the earlier sentence's subject
        events, quals, inherited = [Hit(ctx.event, m.start(), m.start(), "")], [], True
    if not events:
        return []
    word = (m.group(1) or m.group(2)).lower()
    direction = "low" if word in ("lowest", "smallest", "fewest", "least", "fewer", "less", "lower", "bottomed out") \
        else "high"
    if word in ("record", "all-time", "peak") and re.match(r"[\s-]*(?:\w+\s+){0,1}lows?\b", s[m.end():], re.I):
        direction = "low"  # 'record lows', 'an all-time low'
    # ('the highest in a decade and more than triple the 72,177 deportations of fiscal 2022': another number's year)
    # ('down about 30 per cent from 267,258 in fiscal 2019, which had been the highest total of the Trump years':
    # the year a relative clause ranks, though the change was measured from it)
    own = [p for p in periods if not p.relative_to_other and not p.administration
           and (not p.base or re.fullmatch(r",?\s+which\s+(?:had\s+been|has\s+been|was|is|were|remains?)\s+(?:the\s+)?",
                                           s[p.end:m.start()]))
           and not (p.start > m.end() and _ANOTHER_NUMBERS_YEAR.search(s[m.end():p.start])
                    and not re.match(r"[\s-]*(?:(?:was|is|of|at|came\s+in\s+at|reached|hit)\s+)?(?:about\s+|nearly\s+)?\d",
                                     s[m.end():p.start]))]  # ('a record 267,258 in fiscal 2019', 'the peak was 267,258 …')
    # the year ranked is the one written nearest the ranking word ('the previous record, set in 2014')
    own.sort(key=lambda p: min(abs(p.start - m.end()), abs(m.start() - p.end)))
    # ('35 percent below fiscal 2018's peak of 158,581': the year whose peak it is, though compared with)
    own = [p for p in periods if re.fullmatch(r"['’]s\s+", s[p.end:m.start()])][:1] or own
    if _A_TURNING_WORD.match(word):
        # 'climbed to 143,470 in fiscal 2017 and peaked at 158,581 in fiscal 2018', 'since fiscal 2021, when they
        # bottomed out at 74,082': the year the turn is said of, after the verb or before 'when'
        own = [p for p in periods if p.start >= m.end() and _TO_THE_TURNS_YEAR.fullmatch(s[m.end():p.start])][:1] or \
            [p for p in periods if p.end <= m.start() and re.fullmatch(r",\s+when\s+(?:\w+\s+){0,3}?", s[p.end:m.start()])
             ][-1:] or own
    # ('deported 271,484 people, the most in a decade, even as interior arrests fell': the next clause is not ranked)
    end = cut.start() if cut else len(s)
    quals = [h for h in quals if h.start < end]
    names: list[Hit] = []
    for e in events:
        if e.start < min(m.end() + 40, end) and all(e.name != n.name for n in names):
            names.append(e)
    if not names:  # 'The all-time record is 2012, when Obama oversaw nearly 410,000 deportations'
        names = [min(events, key=lambda e: abs(e.start - m.end()))]
        inherited = True  # read from afar: never certain enough to call the ranking false
    # ('made about 143,000 arrests and removed about 267,000 people -- the lowest deportation total in a decade'):
    # the event the ranking's own noun names is the one ranked
    named_by_rank = [e for e in events if m.end() <= e.start <= m.end() + 12
                     and re.fullmatch(r"\s+(?:[\w-]+\s+)?", s[m.end():e.start])]
    if named_by_rank:
        names = named_by_rank[:1]
    period = own[0].period if own else _borrowed(ctx.period, periods)
    back = next((p for p in periods if p.relative_to_other and not p.years_before and p.end <= m.start()), None) \
        if not own else None
    if back is not None and ctx.period is not None and ctx.period.kind == "fiscal_year" and ctx.period.fiscal_year:
        # ('ICE removed 185,884 in fiscal 2020. The previous year's 267,258 removals were the most since fiscal
        # 2014.'): the year ranked counts back from the earlier sentence's year, read with less certainty
        fy = ctx.period.fiscal_year - back.back
        period = replace(ctx.period, fiscal_year=fy, first_fiscal_year=fy, span=None, confidence="medium",
                         how=f"FY{fy}, '{s[back.start:back.end]}' before the earlier sentence's FY{fy + back.back}")
    return [Claim(id="", kind="ranking", sentence_index=si, sentence=sent, span=_span(sent, min(ev.start, m.start()),
                                                                                    len(s)),
                  subject=ev.name, subject_span=_span(sent, ev.start, ev.end) if ev.text else None,
                  comparator=direction, unit="rank", value_span=_span(sent, m.start(), m.end()),
                  period=period, place=place, event=ev.name,
                  qualifiers=list(ctx.qualifiers) if inherited else sorted({h.name for h in quals}),
                  measure_confidence="high" if len(names) == 1 and _near(ev, m.start(), m.end(), 30)
                  and not inherited else "medium",
                  notes=[s[m.start():m.start() + 90]]) for ev in names[:2]] + spans


# 'from the Obama peak', 'from its all-time high': the start of a span, with no year of its own written
_FROM_AN_UNDATED_PEAK = re.compile(r"\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z’'-]+\s+){0,2}$", re.I)
_NEXT_CLAUSE_AFTER_RANK = re.compile(r",\s+(?:even\s+as|even\s+though|while|whereas|although|though|but|as)\b|;|"
                                     # ('the lowest since 2012, and interior removals were the highest …': another
                                     # subject's clause)
                                     r",\s+and\s+(?=(?:[\w-]+\s+){0,3}?(?:removals|deportations|arrests|detainers|"
                                     r"apprehensions)\s+(?:were|was|are|is|hit|reached|rose|fell)\b)", re.I)
_N_YEAR = re.compile(r"\b(\d+|two|three|four|five|ten|fifteen|twenty)-year (high|low)s?\b", re.I)


def _n_year_rankings(sent: Span, si: int, ctx: Discourse, events: list[Hit], quals: list[Hit],
                     periods: list[PeriodMention], place: Place | None, skip: re.Match[str] | None,
                     skip_to: int = 0) -> list[Claim]:
    """'... fewer than in any year of Trump's tenure, and deportations hit a 15-year low': a second ranking in the
    sentence, over its own window, about the event written just before it."""
    s = sent.text
    out = []
    for y in _N_YEAR.finditer(s):
        if skip is not None and skip.start() <= y.start() < min(skip.start() + 90, skip_to):
            continue  # the sentence's first ranking already reads these words (not another subject's clause)
        before = [e for e in events if e.end <= y.start()]
        if not before:
            continue
        ev = before[-1]
        own = [p for p in periods if not p.relative_to_other and not p.base and not p.administration]
        out.append(Claim(id="", kind="ranking", sentence_index=si, sentence=sent, span=_span(sent, ev.start, y.end()),
                         subject=ev.name, subject_span=_span(sent, ev.start, ev.end),
                         comparator=y.group(2).lower(), unit="rank", value_span=_span(sent, y.start(), y.end()),
                         period=own[0].period if own else _borrowed(ctx.period, periods), place=place,
                         event=ev.name, qualifiers=sorted({h.name for h in quals if abs(h.start - ev.start) <= 40}),
                         measure_confidence="high" if _near(ev, y.start(), y.end(), 30) else "medium",
                         notes=[s[y.start():y.start() + 90]]))
    return out


_YEAR_END_BEFORE = re.compile(r"\b(?:by|at|toward|towards|near) the end of\s+(?:calendar\s+)?$", re.I)


def _year_end(period: Period, s: str, off: int) -> Period:
    """'roughly 6,000 a month by the end of 2014': a rate at a year's end is the rate of its last months (October to
    December), not the year's average."""
    if period.kind != "calendar_year" or period.span is None or period.fiscal_year is None:
        return period
    if not _YEAR_END_BEFORE.search(s[max(0, period.span.start - off - 30):period.span.start - off]):
        return period
    y = period.fiscal_year
    return Period("dates", y + 1, start=f"{y}-10-01", end=f"{y}-12-31", span=period.span, confidence="high",
                  how=f"the last three months of {y} ('the end of {y}')")


# ('46,396 of ICE's 142,750 arrests were of people with criminal histories': a count's whole too)
_SHARE_OF_BEFORE = re.compile(r"(?:\d\s*%|\bpercent|\bhalf|\bthirds?|\bquarters?|\bmost|\bmajority|\d)\s+of\s+"
                              r"(?:the|all|its|their|those|these|(?:ICE|the\s+agency|DHS)['’]s)?\s*$", re.I)
_PREDICATE = re.compile(r"\b(?:had|having|have|has|were|was|are|is|involved|included|concerned|targeted|went|belonged|"
                        r"followed|came|stemmed|resulted|began)\b", re.I)


def _earlier(how: str) -> str:
    """A period read from an earlier sentence says so, once."""
    return how if how.endswith("(from an earlier sentence)") else how + " (from an earlier sentence)"


def _borrowed(p: Period | None, periods: list[PeriodMention] | None = None) -> Period | None:
    """An earlier sentence's period lent to a ranking that names none: never certain enough to call it false, and
    never one outside the administration the sentence names ('Deportations under Biden hit a ten-year high' after a
    sentence about fiscal 2020)."""
    if p is not None and p.fiscal_year is not None and any(
            m.administration and m.period.first_fiscal_year is not None and m.period.fiscal_year is not None
            and not m.period.first_fiscal_year <= p.fiscal_year <= m.period.fiscal_year for m in periods or []):
        return None
    return replace(p, confidence="medium", how=_earlier(p.how)) if p is not None and p.confidence == "high" else p


_THE_STATE = re.compile(r"^\W*(?:In\s+)?((?:the|that)\s+state)(?:['’]s)?\b", re.I)
COMMONWEALTHS = frozenset({"KY", "MA", "PA", "VA"})
_SHARE_OF_ALL = re.compile(r"\s+of\s+(?:all|total|the\s+(?:total|agency['’]s|year['’]s))\b", re.I)
_NEGATOR_BEFORE = re.compile(r"(?:\b(?:no|without|neither|never|nor|not|lack|lacks|lacked|lacking)\b|n[’']t)"
                             r"(?:\s+(?:a|an|any|known|prior|previous|criminal|recorded|ever|been|yet|have|had|has))*\s+$",
                             re.I)  # ('had never been convicted')


# a hyphenated word right before the event noun ('aggravated-felony arrests'), unless it names no part of the count
_COMPOUND_BEFORE = re.compile(r"\b([A-Za-z]+(?:-[A-Za-z]+)+)\s+$")
_WHOLE_COMPOUNDS = re.compile(r"^(?:\w+-term|\w+-year|\w+-month|nation-?wide|agency-?wide|ICE-?wide|ERO-?wide|country-?wide|year-end|full-year|"
                              r"fiscal-year|calendar-year|record-\w+|all-time|so-called|year-over-year|year-on-year|"
                              r"twelve-month|\w+-led|\w+-era|\w+-run|\w+-level|long-\w+|much-\w+|widely-\w+|"
                              r"highly-\w+|hard-\w+|well-\w+|high-profile|low-profile|closely-watched|first-ever|"
                              r"[a-z]+-(?:high|low)|\w+-related|"
                              # ('five hundred and eighty-one arrests', 'two-thirds'): a number said in words
                              r"(?:\w+-)*(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
                              r"sixty|seventy|eighty|ninety|hundred|thousand|half|third|thirds|quarter|quarters)"
                              r"(?:-\w+)*)$", re.I)


def _unread_compound_before(s: str, ev_hit: Hit, quals: list[Hit]) -> bool:
    """The event noun follows a hyphenated modifier the catalogue read nothing in."""
    m = _COMPOUND_BEFORE.search(s[max(0, ev_hit.start - 40):ev_hit.start])
    if m is None or _WHOLE_COMPOUNDS.match(m.group(1)):
        return False
    start = ev_hit.start - len(s[max(0, ev_hit.start - 40):ev_hit.start]) + m.start(1)
    return not any(h.start < ev_hit.start and h.end > start for h in quals)


_RECORD_QUALIFIERS = frozenset({"convicted", "convicted_or_pending", "pending", "criminal"})
# ', 57 percent, had neither', 'had none of these': the share is of those without the record the sentence named
_COUNT_HAD_NEITHER = re.compile(r"[^.;,]{0,50}?\b(?:had|have|has)\s+(?:neither|none\s+of\s+(?:these|those|them|the\s+two))\b",
                                re.I)
_HAD_NEITHER_AFTER = re.compile(r"(?:\s*,\s*(?:or\s+|about\s+|roughly\s+|nearly\s+)?\d[\d.]*\s*(?:%|percent|per\s*cent)\s*,)?"
                                r"\s*,?\s+(?:of\s+(?:them|those)\s+)?(?:had|have|has)\s+(?:neither|none(?:\s+of\s+(?:these|those|them|"
                                r"the\s+two))?)\b", re.I)


def _the_rest(quals: list[str]) -> list[str]:
    """The people without the record the sentence named ('…, 57 percent, had neither')."""
    return sorted({"noncriminal" if x in _RECORD_QUALIFIERS else x for x in quals})


def _negated_records(quals: list[Hit], s: str) -> list[Hit]:
    """'had no known conviction or charge', 'without a conviction or pending charge': a record denied names the people
    without one (the complement), never those with one."""
    out = []
    for h in quals:
        if _CONTRASTED_BEFORE.search(s[max(0, h.start - 50):h.start]):
            continue  # 'at-large arrests, ... rather than picking them up from jails': the group set aside
        if h.name in _RECORD_QUALIFIERS and \
                _NEGATOR_BEFORE.search(s[max(0, h.start - 30):h.start]):
            h = Hit("noncriminal", h.start, h.end, h.text)
        out.append(h)
    return out


# 'N percent of those arrested were not convicted criminals': a negated verb whose reach (the share, or the record)
# a reader cannot settle from the words
_NOT_WERE_RECORDS = re.compile(r"[^.;]{0,60}?\b(?:were|was|are|is)\s*(?:not|n['’]t)\s+(?:\w+\s+)?(?:convicted|criminals?|"
                               r"charged)\b", re.I)
# '… rather than from jails', '… from the border, not the interior', '…, not people caught by Border Patrol': the
# group, event or agency set aside, which no number of the sentence counts
_CONTRASTED_BEFORE = re.compile(r"\b(?:rather than|instead of|as opposed to|unlike|other than|apart from)\b[^,;.()]*$|"
                                r"(?:[,;—–]|--)\s*(?:and\s+|but\s+)?not\s+(?:[\w'’-]+\s+){0,4}$", re.I)


def _interior_in_the_part(q: Quantity, s: str, q_quals: list[str], quals: list[Hit]) -> list[str]:
    """'Most people deported in 2013 were convicted criminals from the interior': the interior is named after the
    verb, with another group, so it is part of the part (convicted people arrested in the interior, of all removals),
    not the whole the ledger's shares are of (convicted people among interior removals): a part it does not hold."""
    if "interior" not in q_quals or len(q_quals) < 2:
        return q_quals
    verb = _PREDICATE.search(s, q.end)
    interior = [h for h in quals if h.name == "interior" and h.start >= q.start]
    if verb is None or not interior or any(h.start < verb.start() for h in interior):
        return q_quals
    return [*q_quals, "described_part"]


def _whole_of_a_share(q: Quantity, s: str, q_quals: list[str], quals: list[Hit]) -> list[str]:
    """'over 64% of the 143,000 arrested illegal aliens had criminal records': 143,000 is the whole; the words after
    the verb say which part the share is, not what the whole counts."""
    if not q_quals or not _SHARE_OF_BEFORE.search(s[max(0, q.start - 40):q.start]):
        return q_quals
    verb = _PREDICATE.search(s, q.end)
    if verb is None:
        return q_quals
    own = {h.name for h in quals if q.end <= h.start < verb.start()}
    return [x for x in q_quals if x in own]


_FROM_TO_GAP = re.compile(r"^[^;:—–()]{0,100}\bto\s*$", re.I)


_JOIN = re.compile(r"\s*,?\s*(?:and|or|plus|&|\+)\s+(?:[\w'’()-]+\s+){0,3}?")
# 'Counting Title 42 expulsions, ICE removed …', 'Including border cases, …': a count that adds a group to another
_COUNTING_ANOTHER = re.compile(r"^\W*(?:counting|including|adding|with|plus)\b[^,;.]{0,60},", re.I)


def _joined_events(h: Hit, events: list[Hit], s: str) -> bool:
    """Whether another event is joined to the number's by 'and' or 'or' ('removals and expulsions', 'removed or
    expelled'): the number may count both."""
    return any(e.name != h.name and (_JOIN.fullmatch(s[e.end:h.start]) if e.end <= h.start else
                                     _JOIN.fullmatch(s[h.end:e.start]) if h.end <= e.start else False)
               for e in events)


def _from_to(q: Quantity, s: str, before: list[Claim], event: str) -> str | None:
    """'Detainers dropped from more than 27,000 in August 2011 to roughly 6,000 a month': the number after 'to' counts
    what the number after 'from' counted."""
    prev = next((c for c in reversed(before) if c.value_span is not None and c.sentence.text == s), None)
    if prev is None or prev.event != event or prev.measure_confidence != "high" or prev.value_span is None:
        return None
    p_start, p_end = prev.value_span.start - prev.sentence.start, prev.value_span.end - prev.sentence.start
    if not re.search(r"\bfrom\s+$", s[max(0, p_start - 12):p_start]) or not _FROM_TO_GAP.match(s[p_end:q.start]):
        return None
    return "high"


_CHANGE_VERB = re.compile(r"\b(?:rose|risen|fell|fallen|increased|decreased|dropped|declined|grew|grown|jumped|climbed|"
                          r"plunged|plummeted|surged|soared|shrank|shrunk|up|down)\b", re.I)


def _subject_of_change(h: Hit, q: Quantity, s: str, events: list[Hit]) -> bool:
    """'ICE arrests in FY 2019 fell by about 15 percent': the event is the subject of the change verb before the
    number, in one clause, with no other event, conjunction or comparison between them."""
    if h.end > q.start:
        return False
    gap = s[h.end:q.start]
    if len(gap.split()) > 10 or re.search(r"[,;:()—–]", gap) \
            or re.search(r"\b(?:and|or|but|while|whereas|than|from|of|as)\b", gap, re.I):
        return False
    if any(h.end <= e.start < q.start for e in events if e is not h):
        return False
    if re.search(r"\b(?:and|or|&)\s+(?:[\w'’]+\s+){0,2}$", s[max(0, h.start - 30):h.start], re.I):
        return False  # 'arrests and removals rose 30 percent': which of the two subjects is not certain
    return _CHANGE_VERB.search(gap) is not None


def _change_of_the_count_before(q: Quantity, s: str, out: list[Claim], event: str, off: int) -> bool:
    """'ICE removed 72,177 people in FY 2022, up more than 40 percent from the prior year': a change set after a count
    of the same event, certain of its measure, describes that count."""
    prev = out[-1] if out else None
    if prev is None or prev.kind != "count" or prev.event != event or prev.value_span is None:
        return False
    if prev.measure_confidence != "high" and not _base_of_the_count_before(prev, s, out, off):
        return False
    gap = s[prev.value_span.end - off:q.start]
    if re.fullmatch(r"[^,;:()—–]{0,50},\s*(?:an?\s+)?(?:up|down|(?:an?\s+)?(?:increase|decrease|drop|rise|jump|decline)"
                    r"(?:\s+of)?)\s+(?:by\s+)?" + _CHANGE_HEDGE, gap, re.I):
        return True
    # 'ICE made 170,590 arrests in fiscal 2023, a 35 percent jump from fiscal 2022': the change's noun after it
    if re.fullmatch(r"[^,;:()—–]{0,50},\s*(?:an?\s+)?" + _CHANGE_HEDGE, gap, re.I) \
            and _A_CHANGE_FROM.match(s[q.end:]) is not None:
        return True
    # 'ICE made 158,581 arrests in fiscal 2018, 25 percent more than the year before': the comparison after the number
    return re.fullmatch(r"[^,;:()—–]{0,50},\s*" + _CHANGE_HEDGE, gap, re.I) is not None \
        and _MORE_THAN_A_YEAR.match(s[q.end:]) is not None


_A_YEAR_BEFORE_AFTER = re.compile(r"\s+(?:more|fewer|less|higher|lower|above|below)\s+(?:than\s+)?(?:the\s+(?:year|fiscal\s+"
                                  r"year)\s+before|(?:the\s+)?(?:previous|prior|preceding)\s+(?:fiscal\s+)?year)\b", re.I)
_A_CHANGE_FROM = re.compile(r"\s*(?:jump|increase|rise|gain|drop|decline|decrease|fall|cut)\s+(?:from|over|since|"
                            r"compared\s+(?:with|to))\s+(?:the\s+(?:year|fiscal\s+year)\s+before|(?:the\s+)?(?:previous|prior|"
                            r"preceding)\s+(?:fiscal\s+)?year|(?:fiscal(?:\s+year)?|FY)\s*(?:19|20)\d\d)\b", re.I)


def _base_of_the_count_before(prev: Claim, s: str, out: list[Claim], off: int) -> bool:
    """'Removals fell to 185,884 in FY 2020 from 267,258 in FY 2019': the base after 'from' is of the measure of the
    count it is the base of, when that count's measure is certain."""
    level = out[-2] if len(out) >= 2 else None
    if level is None or level.kind != "count" or level.event != prev.event or level.measure_confidence != "high" \
            or level.value_span is None or prev.value_span is None:
        return False
    gap = s[level.value_span.end - off:prev.value_span.start - off]
    return re.fullmatch(r"[^,;:()—–]{0,30}\bfrom\s+" + _CHANGE_HEDGE, gap, re.I) is not None


_CHANGE_HEDGE = r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+|some\s+|just\s+)?"
_MORE_THAN_A_YEAR = re.compile(r"\s+(?:(?:more|fewer|less|higher|lower)\s+than|above|below|over|under)\s+(?:the\s+(?:year|fiscal\s+year)\s+before|"
                               r"(?:the\s+)?(?:previous|prior|preceding)\s+(?:fiscal\s+)?year|(?:in\s+)?(?:fiscal(?:\s+year)?|FY)"
                               r"\s*(?:19|20)\d\d)(?=\s*(?:[.;,!)]|$|and\b|according\b))", re.I)


def _near(h: Hit, start: int, end: int, gap: int) -> bool:
    """An event word written within `gap` characters of a ranking word names what is ranked."""
    return min(abs(h.start - end), abs(start - h.end)) <= gap


_TIMES = re.compile(r"\b(?:(twice|double|triple)|(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)"
                    r"([\s-]+and[\s-]+a[\s-]+half)?\s+times)\b", re.I)
_TIMES_WORDS = {"twice": 2.0, "double": 2.0, "triple": 3.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0,
                "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0}


def _study_unit(s: str, q: Quantity) -> str:
    """A study number's unit from the words around it: '$4,353' dollars, '35.5 fewer crimes per 10,000 people', '800
    per 100,000' (a rate), else a count."""
    after = s[q.end:q.end + 50]
    rate = re.match(r"\s+(?:[\w-]+\s+){0,3}?per\s+(1,000|1000|10,000|10000|100,000|100000)\b(?!,?\d)", after, re.I)
    if rate is not None:
        return {"1000": "per_1k", "10000": "per_10k"}.get(rate.group(1).replace(",", ""), "per_100k")
    if s[max(0, q.start - 1):q.start] == "$" or re.match(r"\s+dollars\b", after, re.I):
        return "dollars"
    return "count"


_FINDING_DENIED = re.compile(r"(?:\b(?:did|does|do)\s+not|\b(?:did|does|do)n['’]t)\s+(?:\w+\s+)?(?:find|show|conclude|"
                             r"report|estimate)\b[^;]*$|\bno\s+evidence\s+(?:that|of)\b[^;]*$|\bnor\s+that\b[^;]*$|"
                             r"\b(?:false|untrue|not\s+true)\s+that\b[^;]*$", re.I)


def _study_numbers(sent: Span, si: int, context: str, quantities: list[Quantity],
                   written: dt.date | None = None) -> list[Claim]:
    """Numbers that report a study's result ('140 counties', 'twice as likely'): checked against what the study
    found, not against ICE's series or a list."""
    s = sent.text
    out: list[Claim] = []
    year = written.year if written is not None else None  # (no study of years after the text reports its figures)
    for q in quantities:
        unit = "share" if q.is_share else _study_unit(s, q)
        if re.search(r"\bper\s+$", s[max(0, q.start - 5):q.start], re.I):
            continue  # the '10,000' of 'per 10,000 people' is a rate's base, not a number reported
        figs = study_figures_matching(s, q.value, unit, context, (q.start, q.end), written=year)
        credited = bool(figs)
        if not figs and credits_a_study(s):
            # 'Light et al. found … by about one-third': another study's number, never an ICE series
            figs = study_figures_matching(s, q.value, unit, context, (q.start, q.end), credited_only=False,
                                          written=year)
        if figs:
            out.append(Claim(id="", kind="study_figure", sentence_index=si, sentence=sent,
                             span=_span(sent, q.start, q.end), value=q.value, value_high=q.high,
                             comparator=q.comparator, unit=unit, value_span=_span(sent, q.start, q.end),
                             precision=q.precision, study_figure=figs[0], measure=f"study:{figs[0].study_id}",
                             notes=[] if credited else [MISCREDITED_NOTE],
                             # 'Hausman did not find that they reduced crime by a third': a size said not found
                             polarity="negated" if _FINDING_DENIED.search(s[max(0, q.start - 120):q.start])
                             else "asserted"))
    for m in _TIMES.finditer(s):
        value = (_TIMES_WORDS.get((m.group(1) or m.group(2)).lower()) or float(m.group(2))) + (0.5 if m.group(3) else 0)
        before = s[max(0, m.start() - 20):m.start()].lower()
        comparator = "gt" if re.search(r"(?:more than|over)\s*$", before) else \
            "approx" if re.search(r"(?:about|nearly|roughly|almost)\s*$", before) else "eq"
        figs = study_figures_matching(s, value, "times", context, written=year)
        kind = CRIME_KIND.search(re.split(r"[,;]|\band\b", s[m.end():], maxsplit=1)[0])
        if kind is not None and any(re.search(rf"\b{kind.group(1)}", f.quantity, re.I) for f in figs):
            # ('four times as likely … for violent felonies, and over twice as likely for property felonies'): the
            # figure for the crime its own clause names, not the nearest value's
            figs = [f for f in figs if re.search(rf"\b{kind.group(1)}", f.quantity, re.I)]
        if figs:
            out.append(Claim(id="", kind="study_figure", sentence_index=si, sentence=sent,
                             span=_span(sent, m.start(), m.end()), value=value, comparator=comparator, unit="times",
                             value_span=_span(sent, m.start(), m.end()), study_figure=figs[0],
                             measure=f"study:{figs[0].study_id}",
                             # 'It is not true that the study found them twice as likely': a ratio said not found
                             polarity="negated" if _FINDING_DENIED.search(s[max(0, m.start() - 120):m.start()])
                             else "asserted"))
    return out


def _said_by_a_figure(causal: Claim, claims: list[Claim]) -> bool:
    """'Sanctuary policies prevented about 22,300 deportations': when the words of a causal claim carry a number the
    registry's study reports, that number is the claim, checked against the study; a second, vaguer verdict on the
    same words would only repeat it."""
    ids = set(causal.research.study_ids) if causal.research is not None else set()
    outcome = _OUTCOME_OF_A_FIGURE.get(causal.research.outcome if causal.research is not None else "")
    text = causal.sentence.text
    return any(c.kind == "study_figure" and c.value_span is not None and c.study_figure is not None
               and (not ids or c.study_figure.study_id in ids)
               and causal.span.start <= c.value_span.start < causal.span.end
               # ('found it led to over a quarter-million detentions but had no effect on crime': another outcome)
               and (outcome is None or outcome.search(c.study_figure.quantity) is not None)
               # 'a study of 140 counties found ...': a number of places studied is the study's scope, not its result
               and not _SCOPE_AFTER.match(text[c.value_span.end - causal.sentence.start:]) for c in claims)


# the words a study figure about each outcome uses
_OUTCOME_OF_A_FIGURE = {"crime": re.compile(r"crime|arrest|homicid|murder|violen|property|offen", re.I),
                        "crime_reporting": re.compile(r"report|victim|trust|911|call", re.I),
                        "deportations": re.compile(r"deport|remov|detain|detention", re.I)}
_SCOPE_AFTER = re.compile(r"\s+(?:U\.S\.\s+|American\s+|large\s+)?(?:counties|cities|jurisdictions|agencies|states|"
                          r"localities|places|metro(?:politan)? areas|police departments)\b", re.I)


def _research(sent: Span, si: int, context: str, place: Place | None) -> list[Claim]:
    """Claims about what policies do, read by `research_frames` (exposure, outcome, direction, who says it)."""
    out = []
    for f in research_frames(sent.text, context):
        out.append(Claim(id="", kind="causal", sentence_index=si, sentence=sent, span=_span(sent, f.start, f.end),
                         subject=f"research:{f.outcome}", unit="direction", place=place, event=f.outcome,
                         measure_confidence=f.confidence, polarity=f.polarity, asserted_by=f.asserted_by,
                         research=f))
    return out


# 'fewer than the 143,099', 'up from 256,085', 'compared with the 110,104': a count named as another's base
# ('nearly double FY 2023's 142,580', 'half of fiscal 2019's 143,099': a multiple of the base names it too)
_A_BASE_COUNT_BEFORE = re.compile(r"\b(?:than|from|compared\s+(?:with|to)|versus|vs\.|double|twice|triple|half(?:\s+of)?|"
                                  # ('a jump of roughly 30 percent over the 110,104 arrests made the year before')
                                  r"(?:percent|per\s+cent|%)\s+(?:(?:higher|lower|more|fewer|up|down)\s+)?(?:over|above|"
                                  r"below|on)|"
                                  # ('roughly half the 368,644 that ICE carried out in fiscal 2013')
                                  r"(?:a\s+|one[- ])?(?:third|quarter|fraction)(?:\s+of)?|two[- ]thirds(?:\s+of)?|"
                                  r"three[- ]quarters(?:\s+of)?)\s+(?:the\s+|that\s+of\s+)?"
                                  r"(?:(?:FY\s?|fiscal(?:\s+year)?\s+)?(?:19|20)\d\d['’]s\s+)?"
                                  r"(?:about\s+|nearly\s+|roughly\s+|some\s+|more\s+than\s+|over\s+|almost\s+|around\s+)?$",
                                  re.I)


# 'the fewest since at least fiscal 2016, when ICE made 110,104': the year a ranking reaches back to, not the year
# the next sentences are about
_SINCE_WHEN_BEFORE = re.compile(r"\b(?:since|than\s+(?:in|during))\b[^.;]{0,40}?,\s*when\b[^.;]{0,60}$", re.I)
_UP_OR_DOWN_FROM = re.compile(_UP_OR_DOWN_FROM_WORDS, re.I)
# 'fewer than the 143,099 made in fiscal 2019' (not a hedge's 'than': 'More than 86 percent of those arrested in FY2019')
_A_BASE_COUNTS_YEAR = re.compile(r"\b(?:from|compared\s+(?:with|to)|versus)\s+(?:the\s+)?(?:(?:about|nearly|roughly|some|"
                                 r"almost|more\s+than|over)\s+)?\d[\d,.]*\s+(?:[\w'’-]+\s+){0,2}?"
                                 r"(?:(?:in|during|for|of)\s+)?$", re.I)
_THAN_BEFORE = re.compile(r"(?:(?<!more\s)(?<!fewer\s)(?<!less\s)(?<!greater\s)\bthan\b|\bthan\b(?!\s+\d))"
                          r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,50}$", re.I)


# a whole sentence in brackets or parentheses: a translator's or editor's aside
_AN_ASIDE_SENTENCE = re.compile(r"^\s*[\[(][^\[\]()]*[\])]\W*$")
_COMPARE_THAT_WITH = re.compile(r"^\W*(?:(?:Compare|Compared|Contrast(?:ed)?)\s+(?:that|this|it|those|these|the\s+\w+)\s+"
                                r"(?:with|to)\b|"
                                # ('That compares with 143,099 arrests the year before.': a base, said on its own)
                                r"(?:That|This|It|Those|These)\s+(?:compares?|compared|stacks?\s+up)\s+(?:with|to|against)\b)",
                                re.I)


# ('Our center, which opened in 2011, is full': the year something began, not what the next sentences count)
_PASSED_BEFORE = re.compile(rf"\b(?:{_PASSING})\s+(?:the\s+)?(?:[\w'’]+\s+){{0,2}}?$", re.I)
_A_STUDYS_YEAR_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:surveys?|study|studies|papers?|poll|analysis|articles?|books?)\b",
                                  re.I)
_A_FOUNDING_BEFORE = re.compile(r"\b(?:opened|founded|established|built|born|hired|joined|elected|appointed|graduated|"
                                r"launched|incorporated|created|formed|started\s+(?:out|work(?:ing)?))\s+(?:back\s+)?"
                                r"(?:in\s+)?$", re.I)


def _remember(ctx: Discourse, claims: list[Claim], periods: list[PeriodMention], events: list[Hit],
              quals: list[Hit], s: str = "") -> None:
    if _AN_ASIDE_SENTENCE.match(s):
        return  # '[In fiscal 2017, removals … made up 36 percent.]': an aside; what follows is about what came before
    # a count compared with ('fewer than the 143,099 made in fiscal 2019', 'up from 256,085', 'than in fiscal 2016,
    # when ICE made 110,104') is the base: its year is not what the next sentences are about
    bases = {c.base_subject for c in claims if c.kind == "change" and c.base_subject}
    based = [c for c in claims if c.kind in ("count", "rate") and c.value_span is not None and (
        _A_BASE_COUNT_BEFORE.search(c.sentence.text[:c.value_span.start - c.sentence.start])
        or _SINCE_WHEN_BEFORE.search(c.sentence.text[:c.value_span.start - c.sentence.start])
        or (c.period is not None and f"FY{c.period.fiscal_year}" in bases))]
    base_years = {c.period.fiscal_year for c in based if c.period is not None} | {int(b[2:]) for b in bases
                                                                                  if b[2:].isdigit()}
    mains = [c for c in claims if c.kind in ("count", "rate") and c.event and c not in based]
    main = mains[0] if mains else None
    dated = [(c.period.fiscal_year, c) for c in mains if c.period is not None and c.period.fiscal_year
             and not c.period.how.endswith("(from an earlier sentence)")]  # (its own years, not one carried)
    if len({fy for fy, _ in dated}) > 1:
        # '368,644 removals in fiscal 2013, 315,943 in fiscal 2014 and 235,413 last fiscal year': a series; what
        # comes next ('That is a drop of a quarter') is about its latest year
        main = max(dated, key=lambda d: d[0])[1]
    fiscal = [p.period for p in periods if p.period.fiscal_year and not p.relative_to_other and not p.base
              and not p.administration and p.period.kind in ("fiscal_year", "calendar_year")
              and p.period.fiscal_year not in base_years and not _THAN_BEFORE.search(s[:p.start])
              and not _IN_A_COMPARISON.search(s[:p.start]) and not _A_FOUNDING_BEFORE.search(s[:p.start])
              # ('Worksite raids, the operations that drew protests in 2019, were rare': an aside's year)
              and not _in_a_described_aside(s, p, len(s))
              # ('Theodore's 2013 survey found 44 percent': the year a study came out, not what the next count is of)
              and not _A_STUDYS_YEAR_AFTER.match(s, p.end)
              # ('ICE arrests in FY2019 still exceeded the agency's FY2018 total': the year passed, not the one told of)
              and not _PASSED_BEFORE.search(s[max(0, p.start - 60):p.start])]
    if _COMPARE_THAT_WITH.match(s) or _UP_OR_DOWN_FROM.match(s):
        # 'Compare that with Obama's final year, when ICE arrested 110,104', 'That is down from 103,603 in fiscal
        # 2020 and an average of 148,000 from fiscal 2017 to 2019': bases, not what the text is about
        pass
    elif main is not None and main.period is not None and main.period.fiscal_year and main.period.confidence != "low":
        ctx.period = main.period  # what the sentence's main number is about, not a base it was compared with
    elif fiscal:
        ctx.period = fiscal[-1]
    if main is not None:
        ctx.event, ctx.qualifiers = main.event, list(main.qualifiers)
    elif events:
        ctx.event, ctx.qualifiers = events[0].name, sorted({h.name for h in quals})
