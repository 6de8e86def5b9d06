"""The SQL text of Ibis expressions, kept across builds in the home's cache folder.

A build compiles about two hundred rollup queries, whose text `metric_rollup_meta` stores for `--explain` and
provenance; compiling them is most of the build's Python time (≈ 1.3 CPU-s for the real ICE records). A text
is a pure function of the expression's operation tree over unbound tables (table names, schemas, every
operation and literal) and of the compiler, so the key is a hash of exactly those: the pickled tree, the
dialect, Ibis's SQL options, and the Ibis and sqlglot versions. A changed metric definition, table schema or library gives a new
key and a fresh compilation; a hit is the text the compiler would produce. Expressions that cannot be pickled
are compiled every time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import ibis

FILE_NAME = "compiled_sql.json"
MAX_ENTRIES = 5_000  # the texts of the last builds; those used by this build are always kept


def _versions() -> str:
    out = []
    for package in ("ibis-framework", "sqlglot"):
        try:
            out.append(f"{package}={version(package)}")
        except PackageNotFoundError:
            out.append(f"{package}=?")
    return ";".join(out)


class SqlCache:
    """`sql(expr)` as `ibis.to_sql(expr, dialect)`, answered from `<home>/cache/compiled_sql.json` when known."""

    def __init__(self, folder: Path, dialect: str = "duckdb") -> None:
        self.path = folder / FILE_NAME
        self.dialect = dialect
        # Everything besides the expression that the compiled text depends on (`fuse_selects` changes it).
        self._salt = f"{dialect};{_versions()};{ibis.options.sql!r};pickle={pickle.DEFAULT_PROTOCOL}".encode()
        self._known: dict[str, str] = {}
        with contextlib.suppress(OSError, ValueError):  # missing or damaged: start empty
            loaded = json.loads(self.path.read_text())
            if isinstance(loaded, dict):
                self._known = {k: v for k, v in loaded.items() if isinstance(k, str) and isinstance(v, str)}
        self._used: dict[str, str] = {}
        self.hits = self.misses = 0

    def _key(self, expr: Any) -> str | None:
        try:
            tree = pickle.dumps(expr.op(), protocol=pickle.DEFAULT_PROTOCOL)
        except Exception:  # whatever cannot be pickled is compiled every time: the cache never fails a build
            return None
        return hashlib.sha256(self._salt + b"\0" + tree).hexdigest()

    def sql(self, expr: Any) -> str:
        key = self._key(expr)
        if key is not None and (text := self._used.get(key, self._known.get(key))) is not None:
            self.hits += 1
        else:
            text = str(ibis.to_sql(expr, dialect=self.dialect))
            self.misses += 1
        if key is not None:
            self._used[key] = text
        return text

    def save(self) -> None:
        """Write the texts used now (last, so they are the last dropped) after the older ones, atomically."""
        if not self.misses:
            return
        entries = {k: v for k, v in self._known.items() if k not in self._used}
        entries.update(self._used)
        kept = dict(list(entries.items())[-MAX_ENTRIES:])
        tmp: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".compiled_sql.", suffix=".tmp")
            with os.fdopen(fd, "w") as fh:
                json.dump(kept, fh)
            os.chmod(tmp, 0o644)
            os.replace(tmp, self.path)
        except OSError:  # a cache that cannot be written only costs the next build its compilations
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
