"""What every application needs from the warehouse before it builds a panel: its tables, and its provenance line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ice_ledger.errors import UnknownTableError
from ice_ledger.schema.relations import relation_names
from ice_ledger.warehouse import reader


def require_tables(con: Any, needs: tuple[tuple[str, str], ...]) -> None:
    """Each (table, source that builds it) must exist, else a clear error naming the build command."""
    have = relation_names(con)
    for needed, source in needs:
        if needed not in have:
            raise UnknownTableError(f"the warehouse has no table {needed!r}: build source {source} first "
                                    f"(ice-ledger build {source} --mirror DIR)")


def provenance(home: str | Path | None, source_ids: tuple[str, ...]) -> str:
    """Which build and which source releases a result was computed from."""
    with reader.connect(home) as con:
        build = con.execute("SELECT build_id FROM builds ORDER BY finished_at DESC LIMIT 1").fetchone()
        rel = con.execute("SELECT source_id, release FROM sources WHERE source_id IN (SELECT unnest(?)) "
                          "ORDER BY source_id", [list(source_ids)]).fetchall()
    releases = "; ".join(f"{sid}: {release}" for sid, release in rel)
    return f"Provenance: warehouse build {build[0] if build else 'unknown'}; {releases}."
