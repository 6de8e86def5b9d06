"""The registry of derived-table steps: a module that derives a table registers its step here with
`@derivation`, and the warehouse runs every registered step after the sources have loaded. The registry sits in
this leaf package so a deriving module (geo, policies, metrics) need not import the warehouse to register."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

import duckdb

from ice_ledger.config import Paths


class DerivingBuild(Protocol):
    """What a derivation may use of the build in progress: its connection and views, and writing tables."""

    @property
    def con(self) -> duckdb.DuckDBPyConnection: ...

    @property
    def paths(self) -> Paths: ...

    def write_table(self, table: str, part: str, sql: str) -> Path: ...

    def add_note(self, source_id: str, note: str) -> None: ...

    def add_qa(self, source_id: str, check: str, scope: str, value: Any, expected: Any, status: str) -> None: ...


@dataclass(frozen=True)
class Derivation:
    name: str
    func: Callable[[Any], None]
    needs: tuple[str, ...]
    description: str
    stage: int = 0  # the order steps run in: a step reading a table another derivation writes takes a later stage


REGISTRY: dict[str, Derivation] = {}


Step = TypeVar("Step", bound=Callable[[Any], None])


def derivation(name: str, *, needs: tuple[str, ...] = (), description: str = "",
               stage: int = 0) -> Callable[[Step], Step]:
    """Register a derived-table step. `needs` names the tables it reads (skipped when one is absent); `stage`
    orders the steps."""

    def wrap(func: Step) -> Step:
        REGISTRY[name] = Derivation(name, func, needs, description or (func.__doc__ or "").strip(), stage)
        return func

    return wrap
