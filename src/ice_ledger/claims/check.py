"""Check an article end to end: validate the input, extract claims, rate each one with provenance and a
robustness check, and return a `Report` (rendered by `report.py`).

Input is only ever read as text: HTML is reduced to its visible text (scripts and styles dropped), binary
data and oversized input are refused with a clear message, and nothing in it is executed.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ice_ledger.claims import evidence, rate_lists, robustness, verdict
from ice_ledger.claims.events import rate_event
from ice_ledger.claims.extract import extract, lines_joined, sentences
from ice_ledger.claims.model import CheckedClaim, Claim, Provenance, Report, Verdict
from ice_ledger.claims.moves import checked_moves
from ice_ledger.claims.periods import infer_article_date
from ice_ledger.claims.records import record_candidates
from ice_ledger.claims.research_frames import (
    CRIME_KIND,
    TREND_NOTE,
    published_after,
    rate_research,
    short_row,
)
from ice_ledger.claims.venues import rate_venue
from ice_ledger.errors import IceLedgerError
from ice_ledger.studies import all_studies, study_figures

SCHEMA_VERSION = "2.0"  # 2.0: claim frames (measure, event, qualifiers, list, research) replace subject/stance
MAX_BYTES = 1_000_000  # about 150,000 words: far beyond any article
_ENGLISH = {"the", "and", "of", "to", "in", "a", "is", "that", "for", "are", "was", "were", "with", "on", "as", "by",
            "it", "this", "from", "have", "be", "their", "who", "not", "has", "or", "at", "no", "all", "but", "an",
            "said", "which", "had", "than", "more", "less", "after", "before", "since", "during", "over", "under",
            "about", "they", "its", "been", "will", "would", "these", "those", "also", "into", "when", "while", "so"}


class ClaimInputError(IceLedgerError):
    """The input cannot be checked as an article (too large, not text, a date in the future)."""


def read_input(path: str) -> tuple[str, str]:
    """The text of a file (or stdin for '-'), refusing binary data and oversized input."""
    import sys

    name = "<stdin>" if path == "-" else path
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    else:
        p = Path(path)
        if not p.is_file():
            raise ClaimInputError(f"{name}: no such file")
        if p.stat().st_size > MAX_BYTES:
            raise ClaimInputError(f"{name}: too large ({p.stat().st_size:,} bytes; the limit is {MAX_BYTES:,}): "
                                  f"check one article at a time")
        data = p.read_bytes()
    return decode(data, name), name


def decode(data: bytes, name: str = "<input>") -> str:
    if len(data) > MAX_BYTES:
        raise ClaimInputError(f"{name}: too large (more than {MAX_BYTES:,} bytes): check one article at a time")
    if b"\x00" in data[:65536]:
        at = data.index(b"\x00")
        raise ClaimInputError(f"{name}: not text (binary data: a NUL byte at offset {at:,})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ClaimInputError(f"{name}: not text (invalid UTF-8 at byte {exc.start:,})") from exc
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if text and controls / min(len(text), 65536) > 0.01:
        raise ClaimInputError(f"{name}: not text ({controls} control characters)")
    return text


_HTML_HINT = re.compile(r"<\s*(?:html|body|p|div|script|style|span|a|br|article|h\d)\b", re.I)


def visible_text(text: str) -> tuple[str, list[str]]:
    """HTML reduced to its visible text (scripts, styles and comments dropped); plain text unchanged."""
    if not _HTML_HINT.search(text):
        return text, []
    cleaned = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    cleaned = re.sub(r"<(script|style|noscript|template)\b.*?(?:</\1\s*>|$)", " ", cleaned, flags=re.S | re.I)
    cleaned = re.sub(r"<\s*(?:br|/p|/div|/h\d|/li|/article)\s*/?>", "\n\n", cleaned, flags=re.I)
    cleaned = re.sub(r"<[^>]*>", " ", cleaned)
    cleaned = html.unescape(cleaned)
    cleaned = re.sub(r"[ \t]+", " ", cleaned)
    return cleaned, ["the input looked like HTML: checked its visible text only (scripts and styles ignored)"]


# 'UP 30 PCT', '19.5 pct.': the wire-service and headline abbreviation of 'percent'
_PCT = re.compile(r"(?<=\d)\s*pct\b(?:\.(?=\s+[a-z0-9]))?", re.I)  # 'pct.' ending a sentence keeps its stop


# 'in FY 2017.(1) Last fiscal year, ...', 'in FY 2017.¹ ...': a footnote marker after a sentence's stop
_FOOTNOTE_AFTER_STOP = re.compile(r"(?<=[.!?”\"’])(?:\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?=\s|$)")


def spelled_out(text: str) -> tuple[str, list[str]]:
    """The text with abbreviations the claim finder does not read written out ('30 pct' as '30 percent') and footnote
    markers after a sentence's stop set aside, and a note saying so; the report shows the text as read."""
    notes = []
    out = _PCT.sub(" percent", text)
    if out != text:
        notes.append("read 'pct' as 'percent'")
    unmarked = _FOOTNOTE_AFTER_STOP.sub("", out)
    if unmarked != out:
        notes.append("set aside footnote markers after sentence stops ('.(1)', '.¹')")
    return unmarked, notes


def looks_english(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower()[:20000])
    if len(words) < 20:  # a sentence or two: too few words to tell a language by its function words
        return True
    return sum(w in _ENGLISH for w in words) / len(words) >= 0.08


def check_text(text: str, article_date: dt.date | None = None, home: str | Path | None = None,
               source_name: str = "-", records: bool = False) -> Report:
    """Every checkable claim in `text` with a verdict, candidates, provenance and a robustness check.

    `records=True` also computes each numeric reading from record-level data through the metrics catalogue
    (shown as runners-up beside ICE's published figure; slower: each metric is a warehouse query).
    """
    today = dt.date.today()
    if article_date is not None and article_date > today:
        raise ClaimInputError(f"the article date {article_date.isoformat()} is in the future (today is {today})")
    if len(text.encode("utf-8", errors="replace")) > MAX_BYTES:
        raise ClaimInputError(f"{source_name}: too large (more than {MAX_BYTES:,} bytes): check one article at a time")
    text, notes = visible_text(text)
    text, spelled = spelled_out(text)
    text = lines_joined(text)  # (the text the claims' spans index: a line broken inside a sentence is one line)
    notes.extend(spelled)
    date: dt.date | None
    if article_date is not None:
        date, conf, how = article_date, "high", "given with --date"
    else:
        date, conf, how = infer_article_date(text)
    if not text.strip():
        return Report(SCHEMA_VERSION, None, "none", "empty input", text, 0, [], ["no text: no claims"], source_name)
    if not looks_english(text):
        return Report(SCHEMA_VERSION, date.isoformat() if date else None, conf, how, text, len(sentences(text)), [],
                      [*notes, "the text does not look like English: the claim finder reads English only; no claims"],
                      source_name)
    ev = evidence.load(home)
    if date is None:
        notes.append("no article date given or found: relative periods ('last year') are left unresolved, and "
                     "claims that need them are unverifiable")
    claims = drop_restated_wholes(extract(text, date, ev.cities))
    checked = misquoted_titles(names_not_checked(fold_effect_sizes(unrated_sizes(one_years_cause(checked_moves(
        studies_named_by_their_figures([_rated_or_failed(c, ev, date, records, notes) for c in claims],
                                       lambda c: _rated_or_failed(c, ev, date, records, notes)), ev, date,
        lambda c: _rated_or_failed(c, ev, date, records, notes)))))))
    notes.extend(ev.notes)
    if not checked:
        notes.append("no checkable claims found (no counts, shares, changes, rankings, lists or research claims about "
                     "immigration enforcement)")
    return Report(SCHEMA_VERSION, date.isoformat() if date else None, conf, how, text, len(sentences(text)), checked,
                  notes, source_name)


_PARTITIVE_OPENER = re.compile(r"^\W*(?:of|out of|from among)\s+(?:the|those|these|its|their)?\s*$", re.I)


def drop_restated_wholes(claims: list[Claim]) -> list[Claim]:
    """'Of the 235,413 removals in FY 2015, 165,935 were …': the whole a sentence opens with, when an earlier
    sentence already claimed the same figure, is a restatement to divide, not a second claim. Rating it twice would
    only repeat the first verdict; the parts that follow it are the new claims."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for c in claims:
        key = _same_figure(c)
        opener = c.sentence.text[:c.value_span.start - c.sentence.start] if c.value_span else ""
        if key is not None and key in seen and _PARTITIVE_OPENER.match(opener):
            continue
        if key is not None:
            seen.add(key)
        kept.append(c)
    return kept


def _same_figure(c: Claim) -> tuple[object, ...] | None:
    """What makes two numeric claims the same figure: measure, subgroup, list, value, period and place."""
    if c.value is None:
        return None
    f = c.frame()
    return (c.kind, f["measure"], f["event"], tuple(f["qualifiers"] or ()), f["list"], c.value, c.value_high,
            c.comparator, c.unit, f["period_read_as"], f["place"])


_BY_SIZE = re.compile(r"^[^,;:—–()]{0,80}\bby\s*$", re.I)


def studies_named_by_their_figures(checked: list[CheckedClaim],
                                   rate: Callable[[Claim], CheckedClaim]) -> list[CheckedClaim]:
    """'… 35.5 fewer crimes per 10,000 people in sanctuary counties': a study's own figure, confirmed in the
    sentence, names the study whose finding the sentence reports, so the effect is weighed on that study alone
    rather than on the whole registry."""
    out = list(checked)
    for i, cause in enumerate(checked):
        c = cause.claim
        if c.kind != "causal" or c.research is None or c.research.study_ids or cause.verdict.label == "unverifiable":
            continue
        # (a figure's study 'wong2017' names every registry row of that paper: 'wong2017', 'wong2017_…')
        named = {m.group(0) for fig in checked if fig.claim.kind == "study_figure"
                 and fig.claim.sentence_index == c.sentence_index and fig.claim.study_figure is not None
                 and fig.verdict.label == "accurate"
                 and (m := _A_PAPERS_STEM.match(fig.claim.study_figure.study_id)) is not None}
        ids = tuple(st.study_id for st in all_studies() if st.exposure == c.research.exposure
                    and any(st.study_id == n or st.study_id.startswith(n + "_") for n in named))
        if len(named) != 1 or not ids or _A_CONTRAST.search(c.sentence.text):
            continue  # ('35.5 fewer crimes …, though other research finds no effect'): the figure is set against it
        rated = rate(replace(c, research=replace(c.research, study_ids=ids)))
        if rated.verdict.label == "supported_by_research":
            out[i] = rated  # (only a report of the study's own finding: never a verdict against the sentence)
    return out


_A_PAPERS_STEM = re.compile(r"[a-z_]+?\d{4}")
_A_CONTRAST = re.compile(r"\b(?:though|although|despite|whatever|still|but|yet|however|whereas|while|other|most|"
                         r"contrary)\b|;", re.I)


def fold_effect_sizes(checked: list[CheckedClaim]) -> list[CheckedClaim]:
    """'Sanctuary policies reduced these deportations by half': one claim, the effect and its size. When the size
    ('by half') matches the study the causal claim cites, it is folded into that claim's verdict instead of being
    rated a second time on its own; a size that does not match keeps its own verdict."""
    drop: set[int] = set()
    for i, fig in enumerate(checked):
        f = fig.claim
        if f.kind != "study_figure" or f.study_figure is None or fig.verdict.label not in ("accurate",
                                                                                           "approximately_accurate"):
            continue
        for cause in checked:
            c = cause.claim
            if c.kind != "causal" or c.research is None or c.sentence_index != f.sentence_index \
                    or cause.verdict.label == "unverifiable":
                continue  # (a size is never hidden inside an effect the checker could not rate)
            if c.research.study_ids and f.study_figure.study_id not in c.research.study_ids:
                continue
            between = f.sentence.text[c.span.end - f.sentence.start:f.span.start - f.sentence.start]
            if c.span.end <= f.span.start and _BY_SIZE.match(between):
                cause.verdict.explanation += f" The size it gives matches: {fig.verdict.explanation}"
                cause.provenance.citations.extend(x for x in fig.provenance.citations
                                                  if x not in cause.provenance.citations)
                drop.add(i)
                break
    return [c for i, c in enumerate(checked) if i not in drop]


# '2.5x drug', 'over 2x as likely to be arrested for violent': the studies' size for each kind of crime
_A_SIZE_BY_KIND = re.compile(r"(\d+(?:\.\d+)?)\s*(?:x|times)\s+(?:as\s+likely\s+(?:to\s+be\s+arrested\s+)?(?:for\s+)?)?"
                             r"(violent|drug|property)\b", re.I)
_A_SIZE = re.compile(r"\b(\d+(?:\.\d+)?|two|three|four|five|six|ten)\s*(?:%|percent\b|per\s+cent\b|"
                     r"percentage\s+points?\b|times\b)|\b(twice)\b|"
                     # ('cut deportations by two-thirds', 'in half'): a fraction said as a word
                     r"\b(?:by|in)\s+(?:about\s+|roughly\s+|nearly\s+|more\s+than\s+|almost\s+)?(half|a\s+third|"
                     r"one[- ]third|two[- ]thirds|a\s+quarter|one[- ]quarter|three[- ]quarters)\b", re.I)
_SIZE_WORDS = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "ten": 10.0, "twice": 2.0,
               "half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "a quarter": 0.25,
               "one quarter": 0.25, "three quarters": 0.75}
# the studies' own sizes said as words in an explanation ('down about one-third', 'down about half')
_HELD_WORDS = re.compile(r"\b(half|one[- ]third|a\s+third|two[- ]thirds|one[- ]quarter|a\s+quarter|three[- ]quarters)\b",
                         re.I)


_A_KIND_LEADING = re.compile(r"^\W*(?:for|among|in|on)\s+(?:felony\s+)?(violent|drug|property)\b", re.I)


def _size_word(said: str) -> str:
    """'Two-Thirds', 'a  third' → the key of _SIZE_WORDS."""
    return re.sub(r"[\s-]+", " ", said.lower())


# (only a confirmation rests on the size: a direction the studies contradict is contradicted whatever size is said)
_AGREED = ("supported_by_research",)
_ANOTHER_CLAUSE = re.compile(r"[;:]|,\s*(?:but|while|whereas|although|though|yet)\b|\s(?:but|whereas)\s", re.I)


# 'fell in fiscal 2017 … because of sanctuary obstruction': one year's national change, put down to the policy
_ONE_YEAR = re.compile(r"\b(?:in|during|for)\s+(?:fiscal\s+(?:year\s+)?|FY\s?)'?\d{2,4}\b|\b(?:last|this\s+past|the\s+past)\s+"
                       r"(?:fiscal\s+)?year\b", re.I)
_A_CAUSE_WORD = re.compile(r"\b(?:because\s+of|due\s+to|thanks\s+to|owing\s+to|as\s+a\s+result\s+of|blamed\s+on|"
                           r"blaming|caused\s+by|driven\s+by)\b|"
                           # ('removals declined last year as sanctuary policies spread'): a change set beside the policy
                           r"\b(?:as|after|once|when)(?=\s+(?:(?:more|the|local|new|such)\s+)?$)", re.I)



def one_years_cause(checked: list[CheckedClaim]) -> list[CheckedClaim]:
    """'ICE deportations fell in fiscal 2017 because of sanctuary obstruction': the studies estimate a policy's
    average effect across places and years; they do not say what moved one year's national count, so they neither
    confirm nor refute that cause."""
    for cause in checked:
        c = cause.claim
        if c.kind != "causal" or c.research is None or not c.research.exposure_words or (
                cause.verdict.label == "unverifiable" and TREND_NOTE not in cause.verdict.explanation):
            continue  # (a trend abstained on is put down to its cause here, which says more about why)
        s = c.sentence.text
        at = s.find(c.research.exposure_words)
        # ('… dropped last year because of such policies, blaming "sanctuary" jails …': any cause word before the
        # policy, after the year)
        because = list(_A_CAUSE_WORD.finditer(s, 0, max(at, 0)))
        if at < 0 or not because or not _ONE_YEAR.search(s[:because[-1].start()]):
            continue
        said = re.split(r"[,.;:]", s[at:])[0][:60].strip()
        cause.verdict = Verdict(
            "unverifiable", f"The claim puts one year's change down to '{said}'. The studies in the registry estimate "
            "the policy's average effect across places and years; they do not say what moved a single year's national "
            f"count. (What they find: {cause.verdict.explanation})", settle_with="an analysis of that year's change by cause")
    return checked


_QUOTATION = re.compile(r"[“\"]([^”\"]{20,200})[”\"]")


def _words_of(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


@functools.cache
def _titles() -> dict[str, str]:
    """Each registry paper's title (from its citation: 'Author (Year). Title. Venue …'), with a short name for it."""
    out: dict[str, str] = {}
    for st in all_studies():
        m = re.match(r"^.*?\((?:[^()]*\s)?\d{4}\)\.\s+(.+?[.?!])(?:\s|$)", st.citation)
        if m is not None and len(_words_of(m.group(1))) >= 4:
            out.setdefault(m.group(1).rstrip("."), f"{st.authors.split(';')[0].split()[-1]} {st.year}")
    return out


def misquoted_titles(checked: list[CheckedClaim]) -> list[CheckedClaim]:
    """'Hausman's "Sanctuary policies reduce deportations without undermining public safety"': a research claim read
    from a quoted title that begins as a registry paper's title but is not it. The words are not the study's, so the
    finding they state is not rated as the study's."""
    for rated in checked:
        c = rated.claim
        if c.kind != "causal" or rated.verdict.label == "unverifiable":
            continue
        s, at = c.sentence.text, c.span.start - c.sentence.start
        quote = next((m for m in _QUOTATION.finditer(s) if m.start() <= at < m.end()), None)
        if quote is None:
            continue
        said = _words_of(quote.group(1))
        for title, short in _titles().items():
            words = _words_of(title)
            if said[:4] == words[:4] and said[:len(words)] != words:  # (the title, then more words, is the title)
                rated.verdict = Verdict(
                    "unverifiable", f"The sentence quotes the title of {short} as '{quote.group(1).strip().rstrip('.,')}'; the "
                    f"study's title is '{title}'. A finding read from words the study did not use is not rated as "
                    "its finding.", settle_with="the study's own title and findings")
                break
    return checked


# 'four sanctuary states: California, Connecticut, New Mexico and Oregon': the count, then the names it counts
_NAMES_AFTER_A_COUNT = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:states|counties|cities|jurisdictions|places)(?:\s+[a-z]+){0,2}?"
                                  r"\s*(?::|[—–]|,\s*"
                                  r"(?:namely|including|among\s+them))\s*(?P<names>[A-Z][^.;:]{2,200})")


def names_not_checked(checked: list[CheckedClaim]) -> list[CheckedClaim]:
    """'… plus four sanctuary states: California, Connecticut, New Mexico and Oregon': a list's count confirmed, with
    names the sentence gives for it, says that the names themselves were not checked, so a right number does not pass
    a wrong list."""
    for rated in checked:
        c = rated.claim
        if c.kind != "list_count" or c.value_span is None or rated.verdict.label not in ("accurate",
                                                                                        "approximately_accurate"):
            continue
        m = _NAMES_AFTER_A_COUNT.match(c.sentence.text[c.value_span.end - c.sentence.start:])
        if m is None or not re.search(r",|\band\b", m.group("names")):
            continue
        rated.verdict.explanation += (f" The sentence also names them ({m.group('names').strip()}); the checker rates "
                                      "the count only, not which places it names.")
    return checked


# 'prevented about 50,000 deportations', 'led to 454,000 more removals': a count the effect is said to come to
_A_COUNT_OF_THE_EFFECT = re.compile(r"\b(\d{1,3}(?:,\d{3})+)\s+(?:[\w-]+\s+){0,2}?(?:deportations?|removals?|crimes?|"
                                    r"arrests?|detentions?)\b", re.I)


def _a_cited_studys_count(cause: CheckedClaim, value: float) -> bool:
    """'the policies prevented roughly 22,300 deportations', a count one of the studies the verdict cites reported
    (its own figure left unmatched because the sentence does not repeat all of the figure's words)."""
    cited = {str(x.get("study_id", "")).split("_")[0] for x in cause.provenance.studies}
    return any(f.unit == "count" and f.study_id.split("_")[0] in cited and abs(f.value - value) <= 0.05 * f.value
               for f in study_figures())


def unrated_sizes(checked: list[CheckedClaim]) -> list[CheckedClaim]:
    """'Nguyen and Gill estimated that 287(g) cut crime reporting by 25 percent': the studies bear out the
    direction, but a size no study figure matched is not theirs, so the claim as said is not settled by them."""
    # (a size rated on its own settles it only when that rating held: one left unverifiable, say against another
    # study's figure, does not stand behind the causal claim's confirmation)
    rated = [c.claim.value_span for c in checked if c.claim.kind != "causal" and c.claim.value_span is not None
             and c.verdict.label != "unverifiable"]
    for cause in checked:
        c = cause.claim
        if c.kind != "causal" or cause.verdict.label not in _AGREED:
            continue
        s, at = c.sentence.text, c.sentence.start
        # (the claim's own outcome words, the last before its span ends: 'cut deportations of people fingerprinted …
        # by about one-third, and cut deportations of people with no criminal convictions by half')
        outcome = c.research.outcome_words.split(" ... ")[0] if c.research is not None else ""
        said_at = (s.rfind(outcome, 0, c.span.end - at) if outcome in s[:c.span.end - at] else s.find(outcome)) \
            if outcome else -1
        counted = _A_COUNT_OF_THE_EFFECT.search(c.span.text)
        if counted is not None and not any(sp.start < c.span.start + counted.end(1) and
                                           c.span.start + counted.start(1) < sp.end for sp in rated) \
                and not _a_cited_studys_count(cause, float(counted.group(1).replace(",", ""))):
            # 'sanctuary rules prevented about 50,000 deportations': a count of the effect no study figure matched
            cause.verdict = Verdict(
                "unverifiable", f"The claim gives a number, '{counted.group(1)}', that no figure of the studies "
                f"matched; the checker rates only whether the effect runs the way they found. "
                f"{cause.verdict.explanation}", evidence_value=cause.verdict.evidence_value,
                definitions=cause.verdict.definitions, settle_with="the study's own estimate of the number")
            continue
        for size in _A_SIZE.finditer(s):
            start, end = at + size.start(), at + size.end()
            lo, hi = min(start, c.span.start), max(end, c.span.end)
            if _ANOTHER_CLAUSE.search(s[lo - at:hi - at]):
                continue  # '… improved trust, but the homicide rate rose 20 percent': another clause's number
            if said_at >= 0 and size.end() <= said_at and "," in s[size.end():said_at]:
                continue  # '… cut deportations by about one-third, with no detectable effect on crime': the size is
                # the earlier finding's, not that of the effect said after it
            if outcome and size.start() >= c.span.end - at and outcome in s[c.span.end - at:size.start()]:
                continue  # '… cut deportations …, and cut deportations of people with no convictions by two-thirds':
                # the size of the outcome said again later, a claim of its own
            if any(sp.start < end and start < sp.end for sp in rated):
                continue  # the size is a claim of its own, rated against the study's figure
            if re.match(r"\s*(?:confidence|CI\b|significan)", s[size.end():], re.I) \
                    or re.search(r"\b(?:interval|range)\s+(?:of|from)\s+$|\bto\s+$", s[:size.start()], re.I):
                continue  # 'a 95% confidence interval of 20 to 45 percent': the estimate's uncertainty, not its size
            word = _size_word(size.group(1) or size.group(2) or size.group(3))
            said = _SIZE_WORDS[word] if word in _SIZE_WORDS else float(word)
            # (the studies' own sizes in the explanation: '30%', 'over 2x', '+4%', '0.33', 'about one-third'; never a
            # count of studies)
            held = [float(size_said or fraction) for size_said, fraction in re.findall(
                r"(\d+(?:\.\d+)?)\s*(?:%|x\b|times\b|percent\b)|\b(0\.\d+)\b", cause.verdict.explanation)]
            held += [_SIZE_WORDS[_size_word(w)] for w in _HELD_WORDS.findall(cause.verdict.explanation)]
            # ('For felony drug offenses, U.S.-born citizens were four times as likely …': the kind may lead the clause)
            kind = CRIME_KIND.search(s[size.end():size.end() + 80]) or _A_KIND_LEADING.match(s[:size.start()])
            by_kind = [float(x) for x, k in _A_SIZE_BY_KIND.findall(cause.verdict.explanation)
                       if kind is not None and k.lower() == kind.group(1).lower()]
            if by_kind:
                # ('more than four times as likely to be arrested for drug felonies' against '2.5x drug; over 4x
                # property'): the size is matched against the studies' figure for the crime the claim names
                held = by_kind
            if any(abs(x - v) <= 0.05 * v for x in held for v in (said, said / 100)):
                continue  # the size is one the studies it cites report ('Hispanics 30% less likely', '0.33')
            cause.verdict = Verdict(
                "unverifiable", f"The claim gives a size, '{size.group(0)}', that no figure of the studies matched; "
                f"the checker rates only whether the effect runs the way they found. {cause.verdict.explanation}",
                evidence_value=cause.verdict.evidence_value, definitions=cause.verdict.definitions,
                settle_with="the study's own estimate of the size")
            break
    return checked


def _rated_or_failed(c: Claim, ev: evidence.Evidence, article_date: dt.date | None, records: bool,
                     notes: list[str]) -> CheckedClaim:
    """A claim the checker fails to rate is reported unverifiable, with the failure, so one bug costs one claim
    rather than the whole article's report."""
    try:
        return rate_claim(c, ev, article_date, records)
    except (KeyError, IndexError, ValueError, TypeError, ZeroDivisionError, AttributeError) as exc:
        why = f"{type(exc).__name__}: {exc}"
        notes.append(f"the checker failed to rate claim '{c.span.text[:60]}' ({why}); it is reported unverifiable. "
                     "Please report this with the article.")
        v = Verdict("unverifiable", f"The checker failed on this claim ({why}), so it gives no verdict.",
                    settle_with="a fix to the checker")
        return CheckedClaim(c, v, [], Provenance(), None)


def one_study_found_later(c: Claim, v: Verdict, prov: Provenance, article_date: dt.date | None) -> Verdict:
    """'A study found immigrants in Texas commit more violent crime', written in 2020: a claim that one study found it
    is not borne out by a study that came out years after the article; the one the writer meant may not be held."""
    if c.kind != "causal" or c.research is None or not c.research.any_study or article_date is None \
            or v.label != "supported_by_research" or c.research.study_ids:
        # (a study the sentence names by its journal, year or state is the one meant, whatever year it was printed:
        # 'a study in Urban Affairs Review', written in 2017 of a paper online then and printed in 2019)
        return v
    agreeing = [r for r in prov.studies if r.get("agrees") == 1.0]
    if not agreeing or not all(str(r.get("year", "")).isdigit() and int(r["year"]) > article_date.year + 1
                               for r in agreeing):
        return v
    later = ", ".join(dict.fromkeys(short_row(r) for r in agreeing))
    return Verdict("unverifiable", f"The claim reports that a study found it. The registry's studies that did came out "
                   f"after the article ({article_date.year}): {later}; the study the article reports is not one of "
                   "them, and the registry may not hold it.", settle_with="the study the claim reports")


def rate_claim(c: Claim, ev: evidence.Evidence, article_date: dt.date | None, records: bool = False) -> CheckedClaim:
    """One claim's verdict by its kind; numeric verdicts also get the neighbouring-year robustness check."""
    rate: Callable[[Claim], tuple[Verdict, list, Provenance]]
    if c.polarity == "negated" and c.kind in ("trend", "comparison", "ranking", "change", "list_count", "study_figure"):
        # 'It is not true that removals fell in fiscal 2019': what did not happen is not rated as what did
        v = Verdict("unverifiable", f"'{c.span.text[:80]}' is denied, not stated: the sentence says what did not "
                    "happen, which the checker does not rate as a figure.", settle_with="the claim stated as one")
        return CheckedClaim(c, v, [], Provenance(), None)
    if c.kind == "causal" and c.research is not None:
        rate = lambda x: rate_research(x.research)  # noqa: E731
    elif c.kind == "study_figure":
        rate = lambda x: verdict.rate_study_figure(x)  # noqa: E731
    elif c.kind == "list_count":
        rate = lambda x: rate_lists.rate_list_count(x, ev, article_date)  # noqa: E731
    elif c.kind == "study_venue":
        rate = lambda x: rate_venue(x)  # noqa: E731
    elif c.kind == "event":
        rate = lambda x: rate_event(x, ev.events)  # noqa: E731
    elif c.kind == "list_change":
        rate = lambda x: rate_lists.rate_list_change(x, ev)  # noqa: E731
    elif c.kind == "list_rank":
        rate = lambda x: rate_lists.rate_list_rank(x, ev)  # noqa: E731
    elif c.kind == "list_share":
        rate = lambda x: rate_lists.rate_list_share(x, ev, article_date)  # noqa: E731
    elif c.kind == "membership":
        rate = lambda x: rate_lists.rate_membership(x, ev, article_date)  # noqa: E731
    elif c.kind == "change":
        rate = lambda x: verdict.rate_change(x, ev, article_date)  # noqa: E731
    elif c.kind == "trend":
        rate = lambda x: verdict.rate_trend(x, ev, article_date)  # noqa: E731
    elif c.kind in ("ranking", "comparison"):
        rate = lambda x: verdict.rate_ranking(x, ev, article_date)  # noqa: E731
    else:
        rate = lambda x: verdict.rate_numeric(x, ev, article_date)  # noqa: E731
    v, cands, prov = rate(c)
    v = one_study_found_later(c, v, prov, article_date)
    if c.kind == "causal" and prov.studies and v.label != "unverifiable":
        v.explanation += published_after(prov.studies, article_date)
    v = verdict.quoted_note(c, verdict.credit_check(c, verdict.pending_only_said(c, verdict.share_direction(c, ev, v),
                                                                                 ev)))
    v = verdict.first_time_since(c, v, ev, cands[0].metric if cands else None)
    if v.definitions is None:
        v.definitions = []
    c.measure = cands[0].metric if cands and cands[0].metric else c.measure
    rob = robustness.check(c, v, lambda x: rate(x)[0]) if c.kind in ("count", "rate", "share") else None
    shown = cands[:5]
    if records and c.kind in ("count", "rate", "share"):
        shown = sorted(shown + record_candidates(c, ev, cands), key=lambda x: -x.score)
    return CheckedClaim(c, v, shown, prov, rob)
