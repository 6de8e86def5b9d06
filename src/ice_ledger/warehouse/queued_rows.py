"""One-row emits, run together: the rows a load queued with `LoadContext.emit_row` (a record file's coverage),
emitted by `flush_rows` when the load ends (the build calls it).

Each queued row is its own emit, with the same result as `LoadContext.emit` of a one-row stage: the same
typing SQL, row id, checks and quarantine, its own load report line and column profile, its result at its place
in the load's results. What is shared is the work: one stage, one typing pass and one published Parquet part for
all the rows of a table. A one-row emit spends most of its time binding the typing statement (~17 ms of ~38),
not running it. A row alone has no repeats and no duplicates, so none are looked for; a table with duplicate
rules cannot be queued.
"""

from __future__ import annotations

import dataclasses

import duckdb

from ice_ledger.errors import SourceFileError
from ice_ledger.schema import STAGE_EXTRA, STAGE_RID, EmitResult, quote_ident
from ice_ledger.warehouse import pipeline
from ice_ledger.warehouse.pipeline import LoadContext, QueuedRow


def flush_rows(ctx: LoadContext) -> None:
    """Emit the rows queued in `ctx` (and the contexts it made), one batch per (source, table), and put each
    result at its place in `ctx.results`."""
    queued, ctx.queued[:] = list(ctx.queued), []
    batches: list[list[QueuedRow]] = []
    for row in queued:
        batch = next((b for b in batches if b[0].source.id == row.source.id and b[0].spec == row.spec), None)
        if batch is None:
            batches.append([row])
        else:
            batch.append(row)
    result_of: dict[int, EmitResult] = {}
    for batch in batches:
        result_of.update(zip((id(r) for r in batch), _emit_batch(ctx, batch), strict=True))
    # Each result goes where its row was queued (before any result added after it), in the order queued.
    for shift, row in enumerate(queued):
        ctx.results.insert(row.result_at + shift, result_of[id(row)])


def _emit_batch(ctx: LoadContext, batch: list[QueuedRow]) -> list[EmitResult]:
    first = batch[0]
    spec, names = first.spec, list(first.values)
    if spec.duplicate_rules:
        raise ValueError(f"{spec.table}: a table with duplicate rules cannot be emitted row by row")
    for row in batch:
        if list(row.values) != names:
            raise ValueError(f"{spec.table}: queued rows of {row.file} have columns {list(row.values)}, not {names}")
    con = ctx.con
    here = dataclasses.replace(ctx, source=first.source)
    stage = f"stage_{first.source.id}_queued_{spec.table}"
    columns = [*names, *STAGE_EXTRA]
    assert STAGE_EXTRA[-1] == STAGE_RID
    one = "(" + ", ".join(["CAST(? AS VARCHAR)"] * (len(names) + 2) + ["CAST(? AS BIGINT)"] * 2) + ")"
    params = [v for i, row in enumerate(batch) for v in (*row.values.values(), row.file, None, row.line, i)]
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {quote_ident(stage)} AS SELECT * FROM (VALUES "
                    + ", ".join([one] * len(batch)) + f") t({', '.join(quote_ident(c) for c in columns)})", params)
        plan = pipeline.plan_emit(con, first.source, spec, stage, first.file, {})
        work = pipeline._Work.of(ctx.build, plan.stage, in_memory=True)
        pipeline.type_and_check(con, spec, plan, work)
        # No repeats, no duplicates: the relations the later steps join are empty.
        con.execute(f"""CREATE OR REPLACE TEMP TABLE {work.occ} (_rid BIGINT, _h VARCHAR, _bad BOOLEAN, _occ BIGINT);
            CREATE OR REPLACE TEMP TABLE {work.dups} (_rid BIGINT, _rule_name VARCHAR, _first VARCHAR);
            CREATE OR REPLACE TEMP TABLE {work.marks} (_rid BIGINT, _occ BIGINT, _rule_name VARCHAR, _first VARCHAR)""")
        counted = con.execute(
            f"SELECT _rid, bool_or(_bad), {pipeline.profile_sums(spec)} FROM {work.typed} GROUP BY _rid"
        ).fetchall()
        by_row = {int(r[0]): r for r in counted}
        if any(bool(r[1]) for r in counted):
            pipeline.quarantine_failures(con, first.source, spec, work)
        pipeline.publish(here, spec, plan, work, spec.table, None, keep_all=not any(bool(r[1]) for r in counted))
        work.drop(con)
        con.execute(f"DROP TABLE {quote_ident(stage)}")
    except duckdb.Error as exc:
        raise SourceFileError(first.file, f"could not be loaded: {str(exc).splitlines()[0]}") from exc
    results = []
    for i, row in enumerate(batch):
        counts = by_row[i]
        bad = int(bool(counts[1]))
        ctx.build.add_profiles(pipeline.profile_rows(first.source, spec, plan, row.file, None, 1, {}, counts[2:]))
        results.append(pipeline.report(here, spec, plan, row.file, None, {}, 1, bad, 0, []))
    ctx.build.refresh_view(spec.table)
    return results
