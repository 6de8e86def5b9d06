"""Compare the current builds of two homes table by table: the proof that a change left the output identical.

    .venv/bin/python bench/compare_builds.py HOME_A HOME_B

For every table and view of each `ledger.duckdb`: the row count, every column's type and `sum(hash(column))`,
and `sum(hash(row))` over the row without the build's own id and timestamps (which differ between any two
builds). Exits 1 and names each difference when the two are not identical.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import duckdb

VOLATILE = {"build_id", "started_at", "finished_at", "built_at", "retrieved_at"}


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def facts(home: Path) -> dict[str, dict[str, Any]]:
    """Per relation: its count, column types and hashes, and the hash of its rows."""
    con = duckdb.connect(str(home / "warehouse" / "current" / "ledger.duckdb"), read_only=True)
    names = [r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1").fetchall()]
    out = {}
    for name in names:
        types = {r[0]: r[1] for r in con.execute(f"DESCRIBE {quote(name)}").fetchall()}
        kept = [c for c in types if c not in VOLATILE]
        row = "struct_pack(" + ", ".join(f"{quote(c)} := {quote(c)}" for c in kept) + ")" if kept else "1"
        exprs = ["count(*)", *(f"sum(hash({quote(c)}))::VARCHAR" for c in kept), f"sum(hash({row}))::VARCHAR"]
        got = con.execute(f"SELECT {', '.join(exprs)} FROM {quote(name)}").fetchone()
        assert got is not None
        out[name] = {"rows": got[0], "types": types, "columns": dict(zip(kept, got[1:-1], strict=True)),
                     "row_hash": got[-1]}
    con.close()
    return out


def main() -> None:
    a, b = facts(Path(sys.argv[1])), facts(Path(sys.argv[2]))
    differences = []
    for name in sorted(set(a) | set(b)):
        if name not in a or name not in b:
            differences.append(f"{name}: only in {'the first' if name in a else 'the second'}")
            continue
        for part in ("rows", "types", "row_hash"):
            if a[name][part] != b[name][part]:
                differences.append(f"{name}: {part} differ")
        changed = [c for c in a[name]["columns"] if a[name]["columns"][c] != b[name]["columns"].get(c)]
        if changed:
            differences.append(f"{name}: columns differ: {', '.join(changed)}")
    big = ", ".join(f"{n} {a[n]['rows']:,}" for n in sorted(a) if n in b and a[n]["rows"] >= 1000)
    print(f"{len(set(a) | set(b))} relations compared (rows of the larger: {big})")
    for line in differences:
        print("DIFFERENT", line)
    print("IDENTICAL" if not differences else f"{len(differences)} differences")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
