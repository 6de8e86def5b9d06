"""Verdicts: compare a claim with the figures or studies its best reading found, and say so in one sentence.

Numeric rules: `accurate` when the figure matches the claim at the precision the writer used (or satisfies
its comparator: "at least", "more than", "most"); `approximately_accurate` within 10%; else `inaccurate`.
When words like "criminals" have several official readings the verdict shows each (`depends_on_definition`),
and a claim that is true only under a broader reading than its words imply is `misleading`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from ice_ledger.claims.evidence import Evidence, Figure
from ice_ledger.claims.extract import lexicon
from ice_ledger.claims.match import figure_candidates
from ice_ledger.claims.model import Candidate, Claim, Provenance, Verdict

APPROX = 0.10
_OK = ("accurate", "approximately_accurate")


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit in ("share", "change"):
        return f"{value * 100:.1f}%".replace(".0%", "%")
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def compare(claimed: float, actual: float, comparator: str, precision: float = 1.0, high: float | None = None,
            unit: str = "count") -> str:
    """accurate / approximately_accurate / inaccurate for one number against one figure."""
    tol = max(precision / 2, abs(actual) * 0.005) if unit == "count" else max(min(precision / 2, 0.01), 0.005)
    near = abs(actual - claimed) <= APPROX * max(abs(claimed), 1e-9)
    if comparator == "range" and high is not None:
        if claimed - tol <= actual <= high + tol:
            return "accurate"
        return "approximately_accurate" if (abs(actual - claimed) <= APPROX * claimed or
                                            abs(actual - high) <= APPROX * high) else "inaccurate"
    if comparator in ("ge", "gt"):
        ok = actual >= claimed if comparator == "ge" else actual > claimed
        return "accurate" if ok else ("approximately_accurate" if near else "inaccurate")
    if comparator in ("le", "lt"):
        ok = actual <= claimed if comparator == "le" else actual < claimed
        return "accurate" if ok else ("approximately_accurate" if near else "inaccurate")
    if comparator == "nearly":
        if claimed * (1 - APPROX) <= actual <= claimed + tol:
            return "accurate"
        return "approximately_accurate" if near else "inaccurate"
    if comparator == "approx":
        tol = max(tol, abs(claimed) * 0.05) if unit == "count" else max(tol, 0.02)
    if abs(actual - claimed) <= tol:
        return "accurate"
    return "approximately_accurate" if near else "inaccurate"


_COMP_WORDS = {"eq": "", "approx": "about ", "nearly": "nearly ", "ge": "at least ", "gt": "more than ",
               "le": "at most ", "lt": "fewer than ", "range": "between "}


def claimed_text(c: Claim) -> str:
    if c.value_span is not None:
        return c.value_span.text
    return _COMP_WORDS.get(c.comparator, "") + fmt(c.value, c.unit)


def provenance_for(figs: list[Figure], query: str) -> Provenance:
    p = Provenance(metric=figs[0].metric if figs else None, query=query)
    for f in figs:
        if f.source_id and f.source_id not in p.sources:
            p.sources.append(f.source_id)
        if f.source_file and f.source_file not in p.files:
            p.files.append(f.source_file)
        if f.row_id:
            p.row_ids.append(f.row_id)
            p.trace.append(f"ice-ledger trace official_figures {f.row_id}")
        cite = f"{f.publisher}, {f.document} ({f.verification}) {f.citation_url}".strip()
        if cite not in p.citations:
            p.citations.append(cite)
    return p


def _period_note(c: Claim, fy: int) -> str:
    if c.period is None or c.period.fiscal_year is None:
        return f" (period not stated or not resolvable: FY{fy} is the best-fitting year, an inference)"
    if c.period.kind == "calendar_year":
        return f" (the year {c.period.fiscal_year} read as ICE's fiscal year)"
    return ""


def rate_numeric(c: Claim, ev: Evidence) -> tuple[Verdict, list[Candidate], Provenance]:
    """count and rate claims against official figures."""
    cands = figure_candidates(c, ev)
    avail = [x for x in cands if x.value is not None]
    if not avail or c.value is None:
        fy = c.period.fiscal_year if c.period else None
        label = lexicon().subjects.get(c.subject or "", {}).get("label", c.subject)
        reason = f"no official figure for {label}" + (f" in FY{fy}" if fy else "")
        if fy and fy > dt.date.today().year:
            reason += " (that year is in the future)"
        return (Verdict("unverifiable", f"The ledger holds {reason}, so the claim cannot be rated.",
                        settle_with=f"an official {label} figure" + (f" for FY{fy}" if fy else "")), cands, Provenance())
    top = avail[0]
    if c.place is not None and c.place.level != "nation":
        return (Verdict("unverifiable", f"ICE's published figures are national; the ledger has no {c.place.name} figure "
                        f"for this (the national FY{top.fiscal_year} figure is {fmt(top.value, c.unit)}).",
                        evidence_value=top.value,
                        settle_with=f"record-level data for {c.place.name} ({c.place.level})"), cands, Provenance())
    fig = ev.figure(top.metric or "", top.fiscal_year)
    assert fig is not None and top.value is not None and top.fiscal_year is not None
    label = compare(c.value, top.value, c.comparator, c.precision, c.value_high, "count")
    what = top.label.split(", FY")[0]
    per = {"per_day": " a day", "per_week": " a week", "per_month": " a month"}.get(c.unit, "")
    shown = fmt(top.value, "count") + per + (f" ({fmt(fig.value, 'count')} for the year)" if per else "")
    expl = (f"ICE reports {shown} {what} in FY{top.fiscal_year}{_period_note(c, top.fiscal_year)}; "
            f"the claim says {claimed_text(c)}.")
    return Verdict(label, expl, evidence_value=top.value), cands, provenance_for([fig], top.query)


def rate_share(c: Claim, ev: Evidence) -> tuple[Verdict, list[Candidate], Provenance]:
    """Criminality shares, read under every official definition of 'criminal'."""
    if c.subject != "arrest_criminality" or c.comparator == "vague" or c.value is None:
        label = lexicon().subjects.get(c.subject or "", {}).get("label", c.subject)
        return (Verdict("unverifiable", f"'{c.span.text}' gives no number, and the ledger holds no count of this "
                        f"({label}) to test a vague amount against.",
                        settle_with=f"a published count of {label} for the period"), [], Provenance())
    cands = figure_candidates(c, ev)
    fy = c.period.fiscal_year if c.period and c.period.fiscal_year else None
    if fy is None:
        best = next((x for x in cands if x.value is not None), None)
        fy = best.fiscal_year if best else None
    defs: list[dict[str, Any]] = []
    figs: list[Figure] = []
    for name, spec in lexicon().criminality.items():
        f = ev.figure(spec["metric"], fy)
        if f is None:
            continue
        figs.append(f)
        defs.append({"definition": name, "label": spec["label"], "metric": spec["metric"], "fiscal_year": fy,
                     "value": f.value, "verdict": compare(c.value, f.value, c.comparator, c.precision, c.value_high,
                                                          "share"), "row_id": f.row_id})
    if not defs:
        return (Verdict("unverifiable", f"The ledger holds no criminality breakdown of ICE arrests for FY{fy}.",
                        settle_with=f"ICE's criminality shares of arrests for FY{fy}"), cands, Provenance())
    cues = {g.value for g in c.subgroups if g.dimension == "criminality"}
    by = {d["definition"]: d for d in defs}
    listing = "; ".join(f"{d['label']}: {fmt(d['value'], 'share')}" for d in defs)
    prov = provenance_for(figs, " UNION ALL ".join(x.query for x in cands if x.fiscal_year == fy and x.value is not None))
    said = claimed_text(c)
    if "wanted" in c.span.text.lower():
        pend = by.get("pending")
        extra = (f"; the closest figure, pending criminal charges, is {fmt(pend['value'], 'share')} — not {said.lower()}"
                 if pend else "")
        return (Verdict("unverifiable", f"ICE publishes no count of arrestees wanted by local police in FY{fy}{extra}.",
                        definitions=defs, settle_with="counts of ICE arrestees with outstanding local warrants"),
                cands, prov)
    if {"convicted", "pending"} <= cues:  # "convictions or pending charges" is ICE's criminal-history reading
        cues = {"convicted_or_pending"}
    if "pending" in cues and "pending" in by:
        d = by["pending"]
        return Verdict(d["verdict"], f"In FY{fy} {fmt(d['value'], 'share')} of people ICE arrested {d['label']}; the "
                       f"claim says {said}.", evidence_value=d["value"], definitions=defs), cands, prov
    if "convicted" in cues and "convicted" in by:
        d = by["convicted"]
        broader = [x for x in defs if x["definition"] in ("convicted_or_pending", "criminal_broad") and x["verdict"] in _OK]
        if d["verdict"] not in _OK and broader:
            b = broader[0]
            return (Verdict("misleading", f"True only if pending charges count: in FY{fy} {fmt(d['value'], 'share')} of "
                            f"people ICE arrested had a conviction, {fmt(b['value'], 'share')} {b['label']}; the claim "
                            f"says {said} were convicted.", evidence_value=d["value"], definitions=defs), cands, prov)
        return Verdict(d["verdict"], f"In FY{fy} {fmt(d['value'], 'share')} of people ICE arrested had a criminal "
                       f"conviction ({listing}); the claim says {said}.", evidence_value=d["value"],
                       definitions=defs), cands, prov
    main = [d for d in defs if d["definition"] in ("convicted", "convicted_or_pending", "criminal_broad")]
    verdicts = {d["verdict"] for d in main}
    if len(verdicts) == 1:
        v = verdicts.pop()
        return (Verdict(v, f"Under every official reading of 'criminal' for FY{fy} ({listing}) '{c.span.text}' "
                        f"{'holds' if v in _OK else 'fails'}.", evidence_value=main[0]["value"], definitions=defs),
                cands, prov)
    return (Verdict("depends_on_definition", f"It depends on what counts as criminal: in FY{fy} {listing}; '{said}' holds "
                    f"only for {', '.join(d['label'] for d in main if d['verdict'] in _OK)}.", definitions=defs),
            cands, prov)


def rate_change(c: Claim, ev: Evidence) -> tuple[Verdict, list[Candidate], Provenance]:
    metric = next((m for m in lexicon().subjects.get(c.subject or "", {}).get("metrics", [])), None)
    years = sorted({int(y) for y in re.findall(r"((?:19|20)\d\d)\b", c.sentence.text)})
    start = c.period.since_fiscal_year if c.period and c.period.since_fiscal_year else None
    end: int | None
    if len(years) >= 2 and start is None:
        start, end = years[0], years[-1]
    else:
        end = c.period.fiscal_year if c.period and c.period.fiscal_year else (max(years) if years else None)
        if start is None:
            others = [y for y in years if end is not None and y < end]
            start = min(others) if others else (end - 1 if end else None)
    if metric is None or end is None or start is None or c.value is None:
        return (Verdict("unverifiable", "The claim names no pair of years the ledger can compare.",
                        settle_with="the start and end years of the change"), [], Provenance())
    a, b = ev.figure(metric, start), ev.figure(metric, end)
    if a is None or b is None:
        return (Verdict("unverifiable", f"The ledger lacks {metric} for FY{start if a is None else end}.",
                        settle_with=f"official {metric} for FY{start} and FY{end}"), [], Provenance())
    actual = b.value / a.value - 1
    if abs(actual - c.value) <= max(0.01, c.precision / 2 if c.precision and c.precision <= 0.01 else 0.01):
        label = "accurate"
    elif abs((1 + actual) - (1 + c.value)) <= APPROX * (1 + abs(c.value)):
        label = "approximately_accurate"
    else:
        label = "inaccurate"
    q = f"SELECT fiscal_year, value FROM official_figures WHERE metric = '{metric}' AND fiscal_year IN ({start}, {end})"
    cand = Candidate(target=f"official_figures:{metric}", metric=metric, fiscal_year=end, score=1.0,
                     fit={"subject": 1.0, "period": 1.0}, value=actual, query=q, row_ids=[a.row_id, b.row_id],
                     label=f"change in {metric}, FY{start}→FY{end}")
    expl = (f"ICE's {metric.replace('_', ' ')} went from {fmt(a.value, 'count')} (FY{start}) to {fmt(b.value, 'count')} "
            f"(FY{end}), a change of {actual * 100:+.1f}%; the claim says {c.value * 100:+.4g}%.")
    return Verdict(label, expl, evidence_value=actual), [cand], provenance_for([a, b], q)


def rate_ranking_or_comparison(c: Claim, ev: Evidence) -> tuple[Verdict, list[Candidate], Provenance]:
    metric = next((m for m in lexicon().subjects.get(c.subject or "", {}).get("metrics", [])), None)
    fy = c.period.fiscal_year if c.period else None
    series = ev.series(metric) if metric else {}
    if metric is None or fy is None or fy not in series:
        return (Verdict("unverifiable", f"The ledger has no {metric or c.subject} figure for the year the claim names.",
                        settle_with=f"official {metric or c.subject} by fiscal year"), [], Provenance())
    val = series[fy].value
    word = c.comparator
    higher = word in ("highest", "largest", "most", "record", "all-time", "more", "higher")
    if c.kind == "comparison":
        other = int(c.value) if c.value else fy - 1
        if other not in series:
            return (Verdict("unverifiable", f"The ledger has no {metric} figure for FY{other}.",
                            settle_with=f"official {metric} for FY{other}"), [], Provenance())
        ok = val > series[other].value if higher else val < series[other].value
        used = [series[fy], series[other]]
        expl = (f"FY{fy}: {fmt(val, 'count')} vs FY{other}: {fmt(series[other].value, 'count')} — "
                f"{'so' if ok else 'not'} {word} as claimed.")
    else:
        since = int(c.value) if c.value else None
        text = (c.notes[0] if c.notes else "").lower()
        m = re.search(r"in (\w+) years|decade", text)
        if since is None and m:
            words = {"five": 5, "ten": 10, "twenty": 20, "15": 15, "20": 20, "10": 10, "5": 5}
            n = 10 if "decade" in text else words.get(m.group(1), 10)
            since = fy - n
        window = {y: f for y, f in series.items() if (since is None or y > since) and y < fy}
        if not window:
            return (Verdict("unverifiable", f"The ledger has no earlier {metric} figures to rank FY{fy} against.",
                            settle_with=f"official {metric} before FY{fy}"), [], Provenance())
        ok = all((val > f.value) if higher else (val < f.value) for f in window.values())
        used = [series[fy], *window.values()]
        span = f"FY{min(window)}–FY{max(window)}"
        expl = (f"FY{fy} {metric.replace('_', ' ')} ({fmt(val, 'count')}) {'is' if ok else 'is not'} the {word} of "
                f"{span} in the ledger (which starts in FY{min(series)}).")
    q = f"SELECT fiscal_year, value FROM official_figures WHERE metric = '{metric}' ORDER BY fiscal_year"
    cand = Candidate(target=f"official_figures:{metric}", metric=metric, fiscal_year=fy, score=1.0,
                     fit={"subject": 1.0, "period": 1.0}, value=val, query=q, row_ids=[f.row_id for f in used],
                     label=f"{metric} series")
    return Verdict("accurate" if ok else "inaccurate", expl, evidence_value=val), [cand], provenance_for(used, q)


def rate_existence(c: Claim, ev: Evidence, article_date: dt.date | None) -> tuple[Verdict, list[Candidate], Provenance]:
    """'at least 500 sanctuary cities': the answer depends on whose list; show each list's counts, dated."""
    today = dt.date.today()
    as_of = article_date or today
    now = ev.sanctuary_counts(today)
    then = ev.sanctuary_counts(as_of) if as_of != today else now
    if now is None or then is None or c.value is None:
        return (Verdict("depends_on_definition", "Whether there are that many sanctuary jurisdictions depends on whose "
                        "list is used (CIS, ILRC, DOJ, DHS count different things); the policy registry is not built "
                        "here, so no list's count could be shown.", settle_with="the policy registry (ice-ledger build)"),
                [], Provenance())
    word = c.subject_span.text.lower() if c.subject_span else "sanctuary cities"
    column = "cities" if "cit" in word else "counties" if "count" in word else "states" if "state" in word else "total"
    then_by = {r["definition_id"]: r for r in then.to_dict("records")}
    defs: list[dict[str, Any]] = []
    for rec_now in now.to_dict("records"):
        rec_then = then_by.get(rec_now["definition_id"], {})
        existed = any((_num(rec_then.get(k)) or 0) > 0 for k in ("states", "counties", "cities", "other", "total"))
        rec = rec_then if existed else rec_now
        entry: dict[str, Any] = {
            "definition": rec_now["definition_id"], "label": rec_now.get("title"), "publisher": rec_now.get("publisher"),
            **{k: _num(rec.get(k)) for k in ("cities", "counties", "states", "other", "total")},
            "as_published": rec.get("count_text") or "", "period": str(rec.get("period") or ""),
            "citation": rec_now.get("citation"), "existed_at_article_date": existed, "column": column,
            "basis": rec.get("basis") or ""}
        value = entry.get(column)
        if value is not None:
            entry["value"] = value
            entry["verdict"] = compare(c.value, float(value), c.comparator, c.precision, None, "count")
        defs.append(entry)
    defs = [d for d in defs if any(d.get(k) for k in ("cities", "counties", "states", "other", "total"))]
    if not defs:
        return (Verdict("depends_on_definition", "Whether there are that many sanctuary jurisdictions depends on whose "
                        "list is used; the policy registry holds no list's counts.",
                        settle_with="a published list of sanctuary jurisdictions"), [], Provenance())

    def counted(d: dict[str, Any]) -> str:
        if d["as_published"] and not str(d["basis"]).startswith("members"):
            return f"{d['publisher']} ({d['period'][:7]}): '{d['as_published']}'"
        parts = [f"{d[k]:,.0f} {k}" for k in ("cities", "counties", "states", "other") if d.get(k)]
        if not parts and d.get("total") is not None:
            parts = [f"{d['total']:,.0f} jurisdictions in all"]
        return f"{d['publisher']} ({d['period'][:7]}): {', '.join(parts) or 'none'}"

    at_date = [d for d in defs if d["existed_at_article_date"]]
    later = [d for d in defs if not d["existed_at_article_date"]]
    holds = [d for d in defs if d.get("verdict") in _OK]
    expl = f"'{c.span.text}' depends on whose list. "
    if article_date is not None:
        expl += (f"Published by {as_of.isoformat()}: " + ("; ".join(counted(d) for d in at_date) or "none") +
                 ". Later: " + ("; ".join(counted(d) for d in later) or "none") + ". ")
    else:
        expl += "Lists: " + "; ".join(counted(d) for d in defs) + ". "
    expl += (f"{len(holds)} of {len(defs)} lists count {claimed_text(c)} {column}"
             + (f" ({', '.join(str(d['publisher']) for d in holds)})" if holds else "") + ".")
    if column != "total":
        together = [d for d in defs if d.get("total") is not None and
                    compare(c.value, float(d["total"]), c.comparator, c.precision, None, "count") in _OK]
        if together:
            expl += (" Counting cities, counties and states together: " +
                     ", ".join(f"{d['publisher']} {d['period'][:4]} ({d['total']:,.0f})" for d in together) + ".")
    query = f"ice_ledger.policies.sanctuary_counts(as_of={as_of.isoformat()})"
    cand = Candidate(target="policies:sanctuary_counts", metric=None, fiscal_year=None, score=1.0,
                     fit={"subject": 1.0}, query=query, label=f"{len(defs)} sanctuary lists, {column}")
    return (Verdict("depends_on_definition", expl, definitions=defs), [cand],
            Provenance(query=query, sources=["policies"], citations=[str(d["citation"]) for d in defs if d.get("citation")]))


def _num(v: Any) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if f != f else f


def shifted(c: Claim, delta: int) -> Claim:
    """The same claim about a neighbouring fiscal year (for the robustness check)."""
    if c.period is None or c.period.fiscal_year is None:
        return c
    p = dataclasses.replace(c.period, fiscal_year=c.period.fiscal_year + delta, confidence="high")
    return dataclasses.replace(c, period=p)
