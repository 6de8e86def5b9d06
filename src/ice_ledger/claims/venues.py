"""Claims about where a study is published: "The full study is to be published in the Urban Affairs Review."

A venue the research registry knows, named in a sentence with a publishing verb, is a claim about the study the
article discusses: the registry study with that venue whose author the article names. A venue that matches no
named author's study is unverifiable (the checker does not guess which study is meant).
"""

from __future__ import annotations

import re
from functools import cache

from ice_ledger.claims.model import Claim, Place, Provenance, Span, Verdict
from ice_ledger.studies import Study, all_studies

_SENTENCE_END = re.compile(r"[.!?][”\"]?\s+(?=[“\"]?[A-Z])")
_PUBLISHING = re.compile(r"\b(?:publish\w*|forthcoming|to appear|appear\w* in|printed in|in the journal)\b", re.I)


@cache
def _venues() -> dict[str, list[Study]]:
    """Journal names (the venue up to its volume number), longest first, with their studies."""
    out: dict[str, list[Study]] = {}
    for st in all_studies():
        name = re.split(r"\s+\d|\s*\(|,", st.venue)[0].strip()
        if len(name.split()) >= 2 and not re.search(r"\b(?:WP|Working Paper|thesis|report)\b", name, re.I):
            out.setdefault(name, []).append(st)
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))


def studies_in_venue(text: str) -> tuple[str, ...]:
    """The registry's studies published in a journal the text names ('a study published in Justice Quarterly')."""
    for name, studies in _venues().items():
        if re.search(r"\b" + re.escape(name) + r"\b", text, re.I):
            return tuple(st.study_id for st in studies)
    return ()


def _surnames(study: Study) -> list[str]:
    return [a.strip().split()[-1] for a in study.authors.split(";") if a.strip()]


def _named_in(text: str, among: list[Study] | None = None) -> list[Study]:
    """The papers (of the registry, or `among`) the text names by most of their authors' surnames ('Treyger, Chalfin
    and Loeffler' is Treyger 2014, not Chalfin's other paper), one entry per paper (its first study id)."""
    papers: dict[tuple[str, str], tuple[int, Study]] = {}
    for st in all_studies() if among is None else among:
        hits = sum(1 for s in _surnames(st) if re.search(r"\b" + re.escape(s) + r"\b", text))
        if hits:
            papers.setdefault((st.authors, st.venue), (hits, st))
    most = max((h for h, _ in papers.values()), default=0)
    return [st for h, st in papers.values() if h == most]


_CITING = re.compile(r"\b(?:cit(?:ing|ed|es)|quot(?:ing|ed|es)|referr?(?:ing|ed)\s+to|point(?:ing|ed)\s+to|mention(?:ing|ed)|"
                     r"relied\s+on|drawing\s+on|building\s+on)\b", re.I)


def _surely_named(study: Study, text: str) -> bool:
    """Whether a sentence names the study itself as the subject of its journal: every author of a paper with several,
    or a sole author's first name and surname, and no citing verb (whose object would be another paper)."""
    if _CITING.search(text):
        return False
    names = [a.strip() for a in study.authors.split(";") if a.strip()]
    if len(names) > 1:
        return all(re.search(r"\b" + re.escape(n.split()[-1]) + r"\b", text) for n in names)
    return bool(names) and re.search(r"\b" + re.escape(names[0].split()[0]) + r"\s+(?:\w\.\s+)?"
                                     + re.escape(names[0].split()[-1]) + r"\b", text) is not None


def venue_claims(sent: Span, si: int, text_so_far: str, place: Place | None) -> list[Claim]:
    if not _PUBLISHING.search(sent.text):
        return []
    for name, studies in _venues().items():
        m = re.search(r"\b" + re.escape(name) + r"\b", sent.text, re.I)
        if m is None:
            continue
        named = [st for st in studies if any(re.search(r"\b" + re.escape(s) + r"\b", text_so_far) for s in _surnames(st))]
        # (of the sentence around the journal only: a long quotation read as one sentence holds several)
        ends = [x.end() for x in _SENTENCE_END.finditer(sent.text, 0, m.start())]
        after = _SENTENCE_END.search(sent.text, m.end())
        own_words = sent.text[ends[-1] if ends else 0:after.start() if after else len(sent.text)]
        here = _named_in(own_words)
        # ('Miles and Cox, in a 2014 paper in the Journal of Law and Economics, …, and Treyger, Chalfin and Loeffler
        # …': the journal's own paper, when the sentence names it among others)
        own = _named_in(own_words, studies)
        if here or own:
            # 'Treyger, Chalfin and Loeffler reached a similar conclusion in the Journal of Law and Economics': the
            # sentence's own authors, not an earlier sentence's, are the ones it says were published there
            named = own or here
        return [Claim(id="", kind="study_venue", sentence_index=si, sentence=sent,
                      span=Span(sent.start + m.start(), sent.start + m.end(), m.group(0)), subject=name,
                      unit="venue", place=place, event="publication", measure_confidence="high" if named else "low",
                      study_id=named[0].study_id if len(named) == 1 else None)]
    return []


def rate_venue(c: Claim) -> tuple[Verdict, list, Provenance]:
    study = next((st for st in all_studies() if st.study_id == c.study_id), None)
    if study is None:
        return (Verdict("unverifiable", f"The research registry holds studies published in {c.subject}, but the "
                        "article names none of their authors, so the checker cannot tell which study is meant.",
                        settle_with="the study's authors"), [], Provenance())
    expl = f"{study.citation.split(' doi:')[0]} ({study.verification})."
    prov = Provenance(metric=f"study:{study.study_id}", query=f"ice-ledger studies --id {study.study_id}",
                      citations=[study.citation], studies=[{"study_id": study.study_id, "venue": study.venue}])
    venue = c.subject or ""
    if venue in _venues() and not re.search(r"\b" + re.escape(venue) + r"\b", study.venue, re.I):
        # the paper the sentence names was published elsewhere, in a journal the registry records
        others = ", ".join(sorted({f"{st.authors.split(';')[0].split()[-1]} {st.year}" for st in _venues()[venue]}))
        if not _surely_named(study, c.sentence.text):
            # ('Hausman, citing a 2019 study published in Justice Quarterly, …', 'Senator John Kennedy cited …'): the
            # author named may not be the one whose paper the sentence places there
            return Verdict("unverifiable", f"The sentence names an author of a study published in {study.venue} "
                           f"({expl.split(' (')[0]}), but may not say that study appeared in {venue} (which published "
                           f"{others}).", settle_with="which study the sentence says appeared there"), [], prov
        return Verdict("inaccurate", f"The study the sentence names is published in {study.venue}, not in "
                       f"{venue} (which published {others}): {expl}"), [], prov
    return Verdict("accurate", f"The study is published in {study.venue}: {expl}"), [], prov
