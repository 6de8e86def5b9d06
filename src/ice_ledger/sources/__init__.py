"""The source registry: every module in this package that defines `SOURCE` is a source.

Adding a public source means adding one module; nothing else in ice-ledger knows a file format.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from ice_ledger.errors import UnknownSourceError
from ice_ledger.sources.base import Source

_NOT_SOURCES = {"base", "fetch", "readers"}


@cache
def all_sources() -> dict[str, Source]:
    """Every registered source, by id, in dependency order (a source after those it depends on)."""
    found: dict[str, Source] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name in _NOT_SOURCES or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for attr in ("SOURCE", "SOURCES"):
            declared = getattr(module, attr, None)
            if declared is None:
                continue
            for src in declared if isinstance(declared, list | tuple) else [declared]:
                if src.id in found:
                    raise RuntimeError(f"duplicate source id {src.id!r} in {info.name}")
                found[src.id] = src
    return _in_dependency_order(found)


def _in_dependency_order(found: dict[str, Source]) -> dict[str, Source]:
    ordered: dict[str, Source] = {}

    def visit(sid: str, stack: tuple[str, ...] = ()) -> None:
        if sid in ordered:
            return
        if sid in stack:
            raise RuntimeError(f"dependency cycle among sources: {' -> '.join((*stack, sid))}")
        for dep in found[sid].depends_on:
            if dep in found:
                visit(dep, (*stack, sid))
        ordered[sid] = found[sid]

    for sid in found:
        visit(sid)
    return ordered


def get_source(source_id: str) -> Source:
    sources = all_sources()
    if source_id not in sources:
        known = ", ".join(sources)
        raise UnknownSourceError(f"unknown source {source_id!r}; known sources: {known}")
    return sources[source_id]


def select_sources(ids: list[str] | None) -> list[Source]:
    """The named sources (all when none are named), keeping dependency order."""
    if not ids:
        return list(all_sources().values())
    wanted = {get_source(i).id for i in ids}
    return [s for s in all_sources().values() if s.id in wanted]
