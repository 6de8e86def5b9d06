"""Attach FIPS codes to policy records with the shared resolver, and report every name it could not place.

A record whose name is ambiguous or unresolved keeps `jurisdiction_fips` NULL with `match_status` and
`match_reason` (flag, never drop); the build report lists each such name.
"""

from __future__ import annotations

from collections.abc import Sequence

from ice_ledger.errors import IceLedgerError
from ice_ledger.geo.gazetteer import Gazetteer, default_gazetteer
from ice_ledger.geo.resolve import resolve_many
from ice_ledger.schema import EmitResult, LoadContext, Reason
from ice_ledger.sources._policy_records import Record

SHOWN_IN_REPORT = 15


def gazetteer_for(ctx: LoadContext) -> Gazetteer:
    """The build's own counties/places tables when loaded already, else the last build's or the mirror's."""
    try:
        return Gazetteer.from_connection(ctx.con, origin="this build")
    except IceLedgerError:
        return default_gazetteer(ctx.build.paths.home)


Query = tuple[str, str | None, str | None]


def attach_fips(ctx: LoadContext, records: Sequence[Record], queries: Sequence[Query],
                fallbacks: Sequence[Query | None] | None = None) -> None:
    """Resolve one (name, state, kind) query per record and write fips/status/reason into the record.

    A record whose query fails is tried again with its fallback (an agency's county), when one is given.
    """
    gaz = gazetteer_for(ctx)
    results = resolve_many(queries, gazetteer=gaz)
    if fallbacks is not None:
        retry = [i for i, r in enumerate(results) if not r.matched and fallbacks[i] is not None]
        second = resolve_many([q for i in retry if (q := fallbacks[i]) is not None], gazetteer=gaz)
        for i, res in zip(retry, second, strict=True):
            if res.matched:
                results[i] = res
    for rec, res in zip(records, results, strict=True):
        rec.values["jurisdiction_fips"] = res.fips if res.matched else None
        rec.values["match_status"] = res.status
        if res.matched:
            rec.values["match_reason"] = f"{res.method}: {res.name}"
        else:
            shown = f" (candidates: {'; '.join(res.candidates[:5])})" if res.candidates else ""
            rec.values["match_reason"] = f"{_reason_code(res.status)}: {res.reason}{shown}"


def _reason_code(status: str) -> str:
    return (Reason.name_ambiguous if status == "ambiguous" else Reason.name_unresolved).value


def report_unmatched(ctx: LoadContext, records: Sequence[Record], result: EmitResult, what: str) -> int:
    """List every unmatched name in build_notes and QA, and summarise it in the load report line."""
    bad = [r for r in records if r.values.get("match_status") != "matched"]
    names = sorted({(str(r.values.get("state")), str(r.values["jurisdiction_name"]), str(r.values.get("match_reason")))
                    for r in bad})
    for state, name, reason in names:
        ctx.note(f"unmatched {what}: {name} ({state}) - {reason}")
    ctx.qa(f"names_resolved_{what}", len(records) - len(bad), len(records), "pass" if not bad else "info",
           scope=result.file)
    if names:
        shown = ", ".join(f"{n} ({s})" for s, n, _ in names[:SHOWN_IN_REPORT])
        more = f" and {len(names) - SHOWN_IN_REPORT} more" if len(names) > SHOWN_IN_REPORT else ""
        result.notes.append(f"{len(names)} {what} name(s) not resolved to FIPS (kept, fips NULL; "
                            f"`ice-ledger table build_notes` lists all): {shown}{more}")
        ctx.build.flush_metadata()  # the report line may still be waiting to be written
        ctx.con.execute("UPDATE load_report SET notes = ? WHERE source_id = ? AND table_name = ? AND file = ?",
                        ["; ".join(result.notes), ctx.source.id, result.table, result.file])
    return len(names)
