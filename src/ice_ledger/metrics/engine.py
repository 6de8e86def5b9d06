"""Ibis connections over the current build: DuckDB (the build's own database) or PySpark (its Parquet parts).

Both engines read the same files: DuckDB through the views in ledger.duckdb, Spark through temporary views
over each `tables/<table>/` folder, so one metric definition gives the same numbers on either.
"""

from __future__ import annotations

import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import ibis

from ice_ledger.config import Paths
from ice_ledger.errors import IceLedgerError, NoWarehouseError
from ice_ledger.schema.relations import relation_names
from ice_ledger.warehouse import store

if TYPE_CHECKING:
    import pandas as pd

ENGINES = ("duckdb", "spark")


class EngineError(IceLedgerError):
    """An engine that cannot run here (unknown name, or Spark without Java)."""


@dataclass
class Engine:
    """One Ibis backend over one build, with the SQL dialect used to show queries."""

    name: str
    backend: Any
    build: Path | None
    dialect: str
    tables: frozenset[str]
    duck: duckdb.DuckDBPyConnection | None = None

    def table(self, name: str) -> Any:
        if name not in self.tables:
            raise IceLedgerError(
                f"table {name!r} is not in this warehouse ({self.build}); load a source that fills it first"
            )
        return self.backend.table(name)

    def execute(self, expr: Any) -> pd.DataFrame:
        return expr.to_pandas()

    def sql(self, expr: Any) -> str:
        return str(ibis.to_sql(expr, dialect=self.dialect))

    def close(self) -> None:
        if self.duck is not None:
            self.duck.close()


def build_path(home: str | Path | None) -> Path:
    paths = Paths.resolve(home)
    build = store.current_build(paths)
    if build is None or not (build / store.DB_NAME).exists():
        raise NoWarehouseError(str(paths.warehouse))
    return build


def open_engine(engine: str = "duckdb", home: str | Path | None = None) -> Engine:
    """Connect the named engine to the last good build."""
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    build = build_path(home)
    if engine == "duckdb":
        return _cached_duckdb(build)
    return spark_engine(build)


_DUCKDB: dict[Path, Engine] = {}
LOCK = threading.Lock()  # Ibis expression building on a shared backend; queries run on per-call cursors


def _cached_duckdb(build: Path) -> Engine:
    """One read-only connection and Ibis backend per build and process; each caller gets its own cursor.

    Builds are immutable, so a long-lived process (web app, claim checker) keeps answering from the build it
    opened until `current` moves, when the next call opens the new one.
    """
    with LOCK:
        if build not in _DUCKDB:
            for old in _DUCKDB.values():
                old.close()
            _DUCKDB.clear()
            con = duckdb.connect(str(build / store.DB_NAME), read_only=True)
            _DUCKDB[build] = duckdb_engine(con, build)
        shared = _DUCKDB[build]
    cursor = shared.duck.cursor() if shared.duck is not None else None
    return Engine("duckdb", shared.backend, build, "duckdb", shared.tables, cursor)


def duckdb_engine(con: duckdb.DuckDBPyConnection, build: Path | None = None) -> Engine:
    """An engine over an open DuckDB connection (the CLI's read-only one, or a build in progress)."""
    names = relation_names(con)
    return Engine("duckdb", ibis.duckdb.from_connection(con), build, "duckdb", frozenset(names), con)


# -- Spark ----------------------------------------------------------------------------------------------
_SPARK: dict[str, Any] = {}


def java_available() -> bool:
    java_home = os.environ.get("JAVA_HOME")
    return bool(shutil.which("java") or (java_home and (Path(java_home) / "bin" / "java").exists()))


def spark_session() -> Any:
    """One local Spark session per process (local[1], no UI, few shuffle partitions: laptop-sized data)."""
    if "session" in _SPARK:
        return _SPARK["session"]
    if not java_available():
        raise EngineError("the Spark engine needs Java 17 (e.g. `apt-get install openjdk-17-jre-headless`); "
                          "none found on PATH or in JAVA_HOME")
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master(os.environ.get("ICE_LEDGER_SPARK_MASTER", "local[1]"))
        .appName("ice-ledger")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.memory", os.environ.get("ICE_LEDGER_SPARK_MEMORY", "2g"))
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    _SPARK["session"] = session
    return session


SPARK_TYPES = {"VARCHAR": "string", "BIGINT": "bigint", "INTEGER": "int", "DOUBLE": "double", "FLOAT": "float",
               "BOOLEAN": "boolean", "DATE": "date", "TIMESTAMP": "timestamp", "SMALLINT": "smallint",
               "TINYINT": "tinyint", '"NULL"': "string"}


def _spark_table(session: Any, folder: Path) -> Any:
    """A table folder as one Spark frame, its parts unioned by name with the types DuckDB gives the view.

    Parts written by different steps may disagree (a column all-NULL in one part); DuckDB's union_by_name
    settles the type, and Spark is told the same so both engines see one schema.
    """
    pattern = str(folder / "*.parquet")
    with duckdb.connect() as con:
        schema = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{pattern}', union_by_name = true)").fetchall()
    types = {name: SPARK_TYPES.get(str(typ), "string") for name, typ, *_ in schema}
    frames = []
    for part in sorted(folder.glob("*.parquet")):
        df = session.read.parquet(str(part))
        present = set(df.columns)
        frames.append(df.selectExpr(*[
            f"CAST(`{c}` AS {t}) AS `{c}`" if c in present else f"CAST(NULL AS {t}) AS `{c}`" for c, t in types.items()
        ]))
    out = frames[0]
    for df in frames[1:]:
        out = out.unionByName(df)
    return out


def spark_engine(build: Path) -> Engine:
    """Register each table folder of the build as a Spark temporary view and wrap the session in Ibis."""
    session = spark_session()
    names: set[str] = set()
    if _SPARK.get("build") != build:
        for folder in sorted((build / "tables").glob("*")):
            if any(folder.glob("*.parquet")):
                _spark_table(session, folder).createOrReplaceTempView(folder.name)
        _SPARK["build"] = build
    names = {f.name for f in (build / "tables").glob("*") if any(f.glob("*.parquet"))}
    return Engine("spark", ibis.pyspark.connect(session), build, "pyspark", frozenset(names))
