"""`ice-ledger build`: collect the files, load every source, derive, publish atomically.

Building never downloads: `ice-ledger fetch` acquires files from the official URLs. A build loads the accepted
files, or with `--mirror` the mirror's copies, which it first acquires into the store as a stage of its own
(every source's files before any load) and accepts only once the build is published.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from ice_ledger.config import Paths
from ice_ledger.errors import IceLedgerError
from ice_ledger.schema import EmitResult, Source
from ice_ledger.schema.relations import relation_names
from ice_ledger.sources import all_sources, select_sources
from ice_ledger.sources.fetch import FetchResult, collect_source, commit_source
from ice_ledger.warehouse import queued_rows
from ice_ledger.warehouse.derive import all_derivations
from ice_ledger.warehouse.pipeline import LoadContext
from ice_ledger.warehouse.store import (
    BuildDir,
    build_lock,
    clean_leftovers,
    current_build,
    new_build_id,
    publish_step,
)


@dataclass
class BuildSummary:
    build_id: str
    path: Path
    results: dict[str, list[EmitResult]] = field(default_factory=dict)
    derived: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)  # raw files that differ from the last accepted ones


def build(
    paths: Paths,
    source_ids: list[str] | None = None,
    *,
    mirror: Path | None = None,
    console: Console | None = None,
    quiet: bool = False,
    force: bool = False,
) -> BuildSummary:
    """Build the warehouse (all sources, or only the named ones on top of the last good build)."""
    console = console or Console(stderr=True, quiet=quiet)
    warn = Console(stderr=True)  # a changed raw file is said even with --quiet
    chosen = select_sources(source_ids)
    with build_lock(paths):
        clean_leftovers(paths)
        previous = current_build(paths)
        started = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        build = BuildDir(paths, new_build_id())
        summary = BuildSummary(build.build_id, build.dir)
        acquired: list[tuple[Source, FetchResult]] = []
        try:
            rebuilt = {s.id for s in chosen}
            if previous is not None and source_ids:
                build.carry_over(previous, {s for s in all_sources() if s not in rebuilt})
            with Progress(
                SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                TimeElapsedColumn(), console=console, transient=True, disable=quiet,
            ) as progress:
                task = progress.add_task("collecting files", total=len(chosen))
                # Stage 1, the files: the mirror's copies are acquired into the store, not accepted, so a load
                # that fails leaves the manifest (and so the next build's files) on the last good ones.
                for source in chosen:
                    progress.update(task, description=f"collecting {source.id}")
                    fetched = collect_source(source, paths, mirror, force=force)
                    acquired.append((source, fetched))
                    for change in fetched.changes:
                        summary.changes.append(f"{source.id}: {change}")
                        build.add_note(source.id, change)
                        warn.print(f"[yellow]{source.id}:[/] {change}", highlight=False, soft_wrap=True)
                    progress.advance(task)
                # Stage 2, the loads.
                progress.reset(task, description="loading", total=len(chosen))
                for source, fetched in acquired:
                    progress.update(task, description=f"loading {source.id}")
                    summary.results[source.id] = _load(build, paths, source, fetched)
                    progress.advance(task)
                # Stage 3, the derived tables.
                for step in all_derivations():
                    present = relation_names(build.con, tables=False)
                    if not set(step.needs) <= present:
                        summary.skipped.append(step.name)
                        continue
                    progress.update(task, description=f"deriving {step.name}")
                    step.func(build)
                    summary.derived.append(step.name)
            summary.path = build.finish(
                {"started_at": started, "sources": sorted(all_sources()), "rebuilt": sorted(rebuilt)}
            )
        except BaseException:
            build.abandon()
            raise
        for source, fetched in acquired:
            commit_source(paths, source, fetched)
        publish_step("raw_committed")
        clean_leftovers(paths)
        publish_step("retention_done")
    return summary


def _load(build: BuildDir, paths: Paths, source: Source, fetched: FetchResult) -> list[EmitResult]:
    """Run one source's `load` over its collected files and record the source in the build."""
    ctx = LoadContext(source, build.con, paths.raw_dir(source.id), build, files=fetched.files)
    try:
        source.load(ctx)
    except duckdb.Error as exc:  # a loader's query failed on this source's files
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise IceLedgerError(f"{source.id}: loading its files failed ({first}); "
                             "check the files `ice-ledger sources` lists for it") from exc
    queued_rows.flush_rows(ctx)
    build.flush_metadata()
    for table in {r.table for r in ctx.results}:
        build.refresh_view(table)
    _record_source(build, source, fetched)
    return ctx.results


def _record_source(build: BuildDir, source: Source, fetched: FetchResult) -> None:
    build.con.execute(
        "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [source.id, source.title, source.publisher, source.licence, source.homepage, source.release, source.kind,
         source.citation, source.description, json.dumps([t.table for t in source.tables]), build.build_id,
         dt.datetime.now(dt.UTC).replace(tzinfo=None)],
    )
    for f in fetched.entries.values():
        build.con.execute(
            "INSERT INTO source_files VALUES (?, ?, ?, ?, ?, ?, ?)",
            [source.id, f.name, f.url, f.origin, f.size, f.sha256, f.retrieved_at],
        )
