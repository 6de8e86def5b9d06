"""Time `ice-ledger build ddp_arrests` against the bare CSV -> Parquet conversion of the same file.

For each row count, one synthetic arrests CSV in ICE's layout is generated (`ice_ledger.testing.ddp_synth`),
fetched into a fresh home (not timed: fetching copies and hashes the file), and then, each as its own process:

  build    ice-ledger build ddp_arrests --home HOME      (typing, checks, quarantine, lineage, FY, duplicates)
  duckdb   read_csv -> COPY ... TO parquet
  polars   scan_csv -> sink_parquet
  pandas   read_csv -> to_parquet
  md5      the duckdb conversion, every column as text, plus md5 of each row's cells: the least a DuckDB build
           with content-derived row ids does (a floor, not a bare conversion: not used for the ratios)
  polars-md5  the same floor in Polars: every column as text, a row index, and the md5 of each row's cells from
           polars-hash (Polars' own `hash` is not stable across versions, so row ids cannot come from it)
  polars-xxh3 the Polars floor with polars-hash's fast xxh3_128 in place of md5: what a faster hash would save

Wall time comes from the parent's clock, peak memory from the child's rusage (os.wait4, ru_maxrss). Each row
is reported as a ratio to the fastest bare conversion in the same run.

    .venv/bin/python bench/bench_build.py --rows 1000000 --rows 10000000 --out bench/results.md
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BARE = ("duckdb", "polars", "pandas")
MIRROR_FILE = "deportationdata-ice/arrests-latest.csv"

BARE_SCRIPTS = {
    "duckdb": (
        "import duckdb, sys; duckdb.sql(f\"COPY (SELECT * FROM read_csv('{sys.argv[1]}')) "
        "TO '{sys.argv[2]}' (FORMAT parquet)\")"
    ),
    "polars": "import polars as pl, sys; pl.scan_csv(sys.argv[1], infer_schema_length=10000).sink_parquet(sys.argv[2])",
    "pandas": "import pandas as pd, sys; pd.read_csv(sys.argv[1], low_memory=False).to_parquet(sys.argv[2])",
}

# The floors: read as text, hash each row's cells as the build's row ids do, write. No typing, no checks.
FLOOR_SCRIPTS = {
    "md5": (
        "import duckdb, sys; c = duckdb.connect(); "
        "scan = f\"read_csv('{sys.argv[1]}', all_varchar = true)\"; "
        "cols = [r[0] for r in c.execute(f'DESCRIBE SELECT * FROM {scan}').fetchall()]; "
        "cells = ', '.join('coalesce(\"' + x.replace('\"', '\"\"') + '\", chr(9216))' for x in cols); "
        "c.execute(f\"COPY (SELECT *, md5(concat_ws(chr(9247), {cells})) AS _h FROM {scan}) \""
        "f\"TO '{sys.argv[2]}' (FORMAT parquet)\")"
    ),
    "polars-md5": (
        "import polars as pl, polars_hash, sys; lf = pl.scan_csv(sys.argv[1], infer_schema=False); "
        "cells = pl.concat_str([pl.col(c).fill_null(chr(9216)) for c in lf.collect_schema().names()], "
        "separator=chr(9247)); "
        "lf.with_row_index('_rid').with_columns(cells.nchash.md5().alias('_h')).sink_parquet(sys.argv[2])"
    ),
}
# The same Polars floor with a fast stable hash (xxh3_128) in place of md5: how much of the floor is the hash.
FLOOR_SCRIPTS["polars-xxh3"] = FLOOR_SCRIPTS["polars-md5"].replace("nchash.md5()", "nchash.xxh3_128()")


@dataclass
class Timing:
    rows: int
    name: str
    seconds: float
    peak_gb: float
    ok: bool
    note: str = ""


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int, str]:
    """(wall seconds, peak RSS in GB, exit code, stderr tail) of one child process."""
    wall, _, peak, rc, err = run_measured_cpu(cmd, env)
    return wall, peak, rc, err


def run_measured_cpu(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float, int, str]:
    """(wall seconds, CPU seconds (user + system, every thread), peak RSS in GB, exit code, stderr tail) of one
    child process. On a shared machine the CPU seconds move far less with the load than the wall time."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert proc.stderr is not None
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss / (1 << 20), proc.returncode, err[-2000:]  # ru_maxrss is in KiB on Linux


def generate(workdir: Path, rows: int, seed: int) -> Path:
    """The arrests CSV for `rows` rows, generated once and kept for later runs."""
    mirror = workdir / f"mirror-{rows}"
    path = mirror / MIRROR_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        tmp = path.with_suffix(".tmp.csv")
        # In a child process: Linux carries a parent's peak RSS into every child it forks (ru_maxrss survives
        # exec), so generating 10M rows here would inflate every later step's peak memory.
        script = (
            "import sys; from pathlib import Path; from ice_ledger.testing.ddp_synth import write_arrests; "
            "write_arrests(Path(sys.argv[1]), int(sys.argv[2]), seed=int(sys.argv[3]), layout='ice', fmt='csv')"
        )
        subprocess.run([sys.executable, "-c", script, str(tmp), str(rows), str(seed)], check=True)
        tmp.rename(path)
        print(f"generated {rows:,} rows ({path.stat().st_size / 1e9:.2f} GB) in {time.perf_counter() - t:.0f} s",
              flush=True)
    return mirror


def bench_rows(workdir: Path, rows: int, seed: int, skip: set[str], pandas_max: int) -> list[Timing]:
    mirror = generate(workdir, rows, seed)
    csv = mirror / MIRROR_FILE
    out: list[Timing] = []
    for name in BARE:
        if name in skip or (name == "pandas" and rows > pandas_max):
            continue
        target = workdir / f"{name}-{rows}.parquet"
        target.unlink(missing_ok=True)
        wall, peak, rc, err = run_measured([sys.executable, "-c", BARE_SCRIPTS[name], str(csv), str(target)])
        out.append(Timing(rows, name, wall, peak, rc == 0, "" if rc == 0 else err.strip().splitlines()[-1]))
        target.unlink(missing_ok=True)
        print(f"{rows:>11,} {name:<10} {wall:7.1f} s {peak:5.2f} GB", flush=True)
    for name, script in FLOOR_SCRIPTS.items():
        if name in skip:
            continue
        target = workdir / f"{name}-{rows}.parquet"
        wall, peak, rc, err = run_measured([sys.executable, "-c", script, str(csv), str(target)])
        out.append(Timing(rows, name, wall, peak, rc == 0, "floor: text + row hash" if rc == 0
                          else err.strip().splitlines()[-1]))
        target.unlink(missing_ok=True)
        print(f"{rows:>11,} {name:<10} {wall:7.1f} s {peak:5.2f} GB", flush=True)
    if "build" not in skip:
        home = workdir / f"home-{rows}"
        shutil.rmtree(home, ignore_errors=True)
        cli = [sys.executable, "-m", "ice_ledger"]
        subprocess.run([*cli, "fetch", "ddp_arrests", "--mirror", str(mirror), "--home", str(home)],
                       check=True, stdout=subprocess.DEVNULL)
        wall, peak, rc, err = run_measured([*cli, "build", "ddp_arrests", "--home", str(home), "-q"])
        out.append(Timing(rows, "build", wall, peak, rc == 0, "" if rc == 0 else err.strip().splitlines()[-1]))
        print(f"{rows:>11,} {'build':<10} {wall:7.1f} s {peak:5.2f} GB", flush=True)
        if rc == 0:
            loaded = subprocess.run(
                [sys.executable, "-c",
                 "import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
                 "print(c.execute('SELECT sum(rows_read), sum(rows_loaded), sum(rows_quarantined), "
                 "sum(rows_duplicate) FROM load_report').fetchone())",
                 str(home / "warehouse" / "current" / "ledger.duckdb")],
                capture_output=True, text=True, check=True,
            ).stdout.strip()
            out[-1].note = f"(read, loaded, quarantined, duplicates) = {loaded}"
        shutil.rmtree(home, ignore_errors=True)
    return out


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
               if line.startswith("MemTotal"))
    load = os.getloadavg()
    return (f"{os.cpu_count()} cores ({cpu}), {int(mem) / (1 << 20):.0f} GiB RAM, Python {platform.python_version()}, "
            f"load average at start {load[0]:.1f}")


def table(results: list[Timing]) -> str:
    lines = ["| rows | step | wall (s) | peak memory (GB) | ratio to fastest bare | note |",
             "|---:|---|---:|---:|---:|---|"]
    for rows in sorted({r.rows for r in results}):
        group = [r for r in results if r.rows == rows]
        bare = [r.seconds for r in group if r.name in BARE and r.ok]
        fastest = min(bare) if bare else float("nan")
        for r in group:
            status = "" if r.ok else "FAILED "
            lines.append(f"| {rows:,} | {r.name} | {r.seconds:.1f} | {r.peak_gb:.2f} | {r.seconds / fastest:.2f}x | "
                         f"{status}{r.note} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, action="append", help="row counts (repeatable; default 1,000,000)")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/ice-ledger-bench"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--skip", action="append", default=[], choices=[*BARE, *FLOOR_SCRIPTS, "build"])
    ap.add_argument("--pandas-max", type=int, default=10_000_000, help="skip pandas above this many rows")
    ap.add_argument("--out", type=Path, help="append the markdown table to this file")
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    header = f"machine: {machine()}"
    print(header, flush=True)
    results: list[Timing] = []
    for rows in args.rows or [1_000_000]:
        results.extend(bench_rows(args.workdir, rows, args.seed, set(args.skip), args.pandas_max))
    report = f"{header}\n\n{table(results)}\n"
    print(report)
    if args.out:
        with args.out.open("a") as fh:
            fh.write(f"\n`{' '.join(sys.argv)}` at {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n\n{report}")


if __name__ == "__main__":
    main()
