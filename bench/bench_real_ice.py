"""Time the build of every real ICE record file in the mirror against a bare Polars conversion of the same files.

The files (mirror real_ice/): the eleven national FY2016-FY2019 pipe-delimited .csv.gz files (2.7 million
records), the Washington DDP-layout arrests CSV and the Arrests sheet of the Seattle UW v. DHS workbook. In the
same run, each as its own process (wall time from the parent's clock, CPU seconds and peak memory from the
child's rusage; on a shared machine the CPU ratio moves far less with the load than the wall ratio):

  polars  every file read by Polars with types inferred (gzip decompressed in memory, the banner skipped, the
          workbook sheet read with python-calamine) and written to Parquet: the bare conversion
  build   ice-ledger build of the six sources holding those files, plus ice_official_figures (the
          reconciliation reads it): typing, checks, quarantine, lineage, fiscal years, AOR codes, duplicate and
          cross-release rules, record_coverage, reconciliation, rollups; fetched from the mirror first, untimed;
          the home's cache of compiled rollup SQL is emptied first (--warm-cache: a second build reads it)

With --typed, three more steps (issue 13: would a Polars typing pass get closer to 3x than DuckDB's pass?):

  polars, national only  the bare conversion of the eleven national files alone (the files the next two type)
  polars-typed           the build's typing pass written in Polars over the eleven national files, md5 row digests
                         as the build makes them (bench/real_ice_polars_typed.py says what it does and leaves out)
  polars-typed, xxh3     the same with xxh3_128 in place of md5 (row ids that would change)

  After the timed runs the md5 step's Parquet is compared row by row with the warehouse this run built.

    .venv/bin/python bench/bench_real_ice.py --mirror ../shared/data --out /tmp/bench-real.md

With --suite-cost it measures instead what these sources add to the test suite's shared build (every source
from the mirror, as tests/conftest.py's `built_home` does): wall, CPU and peak memory of `api.build` with and
without them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench_build import machine, run_measured_cpu

TYPED = Path(__file__).with_name("real_ice_polars_typed.py")
HASHES = {"polars-typed": "md5", "polars-typed, xxh3": "xxh3"}

SOURCES = ("ice_official_figures", "ice_lesa_national_arrests", "ice_lesa_national_removals",
           "ice_lesa_national_encounters", "ddp_wa_arrests", "uwchr_seattle_arrests")
NATIONAL_DIR = "real_ice/uwchr-ice-enforce-fy16-19"
WA_FILE = "real_ice/ddp-wa-arrests-farcoolius/arrests-washington-only.csv"
SEATTLE_FILE = "real_ice/uwchr-ice-enforce-seattle-aor/redacted UW v. DHS - ICE Productions_LESA-STU_FINAL.xlsx"

POLARS = r"""
import sys
from pathlib import Path
import polars as pl
from python_calamine import CalamineWorkbook
mirror, out = Path(sys.argv[1]), Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
rows = 0
for f in sorted((mirror / sys.argv[3]).glob("*.csv.gz")):
    df = pl.read_csv(f, separator="|", skip_rows=5, infer_schema_length=10000)
    df.write_parquet(out / (f.name + ".parquet"))
    rows += df.height
if sys.argv[4] == "-":  # the national files only
    print(rows)
    raise SystemExit
df = pl.read_csv(mirror / sys.argv[4], infer_schema_length=10000)
df.write_parquet(out / "wa.parquet")
rows += df.height
cells = CalamineWorkbook.from_path(str(mirror / sys.argv[5])).get_sheet_by_name("Arrests").to_python()
header, data = [str(h) for h in cells[6]], [r for r in cells[7:] if any(v != "" for v in r)]
df = pl.DataFrame(data, schema=header, orient="row", infer_schema_length=10000)
df.write_parquet(out / "seattle.parquet")
rows += df.height
print(rows)
"""


SUITE = r"""
import sys
from ice_ledger import api
from ice_ledger.sources import all_sources
new = set(sys.argv[3].split(","))
ids = [s for s in all_sources() if sys.argv[4] == "with" or s not in new]
api.build(ids, mirror=sys.argv[1], home=sys.argv[2], quiet=True)
"""


def suite_cost(mirror: Path, workdir: Path) -> str:
    """The shared test build with and without the real-record sources: wall, CPU and peak memory."""
    lines = ["| shared build | wall (s) | CPU (s) | peak memory (GB) |", "|---|---:|---:|---:|"]
    for which in ("without", "with"):
        home = workdir / f"suite-{which}"
        shutil.rmtree(home, ignore_errors=True)
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", SUITE, str(mirror), str(home), ",".join(SOURCES[1:]), which])
        _, status, usage = os.wait4(proc.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"shared build {which} the new sources failed")
        wall = time.perf_counter() - start
        lines.append(f"| {which} the new sources | {wall:.1f} | {usage.ru_utime + usage.ru_stime:.1f} | "
                     f"{usage.ru_maxrss / (1 << 20):.2f} |")
        print(lines[-1], flush=True)
        shutil.rmtree(home, ignore_errors=True)
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", type=Path, default=Path("../shared/data"))
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/ice-ledger-bench-real"))
    ap.add_argument("--repeat", type=int, default=1, help="runs of each step (the best is kept)")
    ap.add_argument("--out", type=Path, help="append the markdown table to this file")
    ap.add_argument("--suite-cost", action="store_true", help="measure the shared test build with and without")
    ap.add_argument("--typed", action="store_true",
                    help="also time the national files' bare conversion and a Polars typing pass (md5, xxh3)")
    ap.add_argument("--warm-cache", action="store_true",
                    help="also time a second build that reads the rollup SQL texts the first one kept")
    args = ap.parse_args()
    mirror = args.mirror.resolve()
    args.workdir.mkdir(parents=True, exist_ok=True)
    header = f"machine: {machine()}"
    print(header, flush=True)
    if args.suite_cost:
        print(suite_cost(mirror, args.workdir))
        return
    cli = [sys.executable, "-m", "ice_ledger"]
    home = args.workdir / "home"
    shutil.rmtree(home, ignore_errors=True)
    subprocess.run([*cli, "fetch", *SOURCES, "--mirror", str(mirror), "--home", str(home)], check=True,
                   stdout=subprocess.DEVNULL)
    results: dict[str, tuple[float, float, float]] = {}  # step -> (wall, CPU, peak) of its fastest run
    spec_file = args.workdir / "typed-spec.json"
    if args.typed:  # untimed, in a child: a parent's peak memory would carry into the timed children
        subprocess.run([sys.executable, str(TYPED), "spec", str(mirror), str(spec_file)], check=True)
    for _ in range(args.repeat):
        target = args.workdir / "polars"
        shutil.rmtree(target, ignore_errors=True)
        wall, cpu, peak, rc, err = run_measured_cpu([sys.executable, "-c", POLARS, str(mirror), str(target),
                                                     NATIONAL_DIR, WA_FILE, SEATTLE_FILE])
        if rc != 0:
            raise SystemExit(f"polars conversion failed: {err}")
        results["polars"] = min(results.get("polars", (wall, cpu, peak)), (wall, cpu, peak))
        print(f"polars {wall:7.1f} s {cpu:7.1f} CPU-s {peak:5.2f} GB", flush=True)
        typed_steps = [("polars, national only",
                        [sys.executable, "-c", POLARS, str(mirror), str(target), NATIONAL_DIR, "-"])]
        typed_steps += [(step, [sys.executable, str(TYPED), "run", str(mirror), str(args.workdir / step),
                                str(spec_file), hash_name, NATIONAL_DIR]) for step, hash_name in HASHES.items()]
        for step, cmd in typed_steps if args.typed else []:
            shutil.rmtree(target, ignore_errors=True)
            shutil.rmtree(args.workdir / step, ignore_errors=True)
            wall, cpu, peak, rc, err = run_measured_cpu(cmd)
            if rc != 0:
                raise SystemExit(f"{step} failed: {err}")
            results[step] = min(results.get(step, (wall, cpu, peak)), (wall, cpu, peak))
            print(f"{step} {wall:7.1f} s {cpu:7.1f} CPU-s {peak:5.2f} GB", flush=True)
        # Every timed build starts without the home's cache of compiled rollup SQL (as a fresh home does);
        # with --warm-cache a second build follows, reading the texts the first one kept.
        shutil.rmtree(home / "cache", ignore_errors=True)
        for step in ("build", "build, SQL cached") if args.warm_cache else ("build",):
            wall, cpu, peak, rc, err = run_measured_cpu([*cli, "build", *SOURCES, "--home", str(home), "-q"])
            if rc != 0:
                raise SystemExit(f"build failed: {err}")
            results[step] = min(results.get(step, (wall, cpu, peak)), (wall, cpu, peak))
            print(f"{step:6} {wall:7.1f} s {cpu:7.1f} CPU-s {peak:5.2f} GB", flush=True)
    loaded = subprocess.run(
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
         "print(c.execute(\"SELECT sum(rows_read), sum(rows_loaded), sum(rows_quarantined), sum(rows_duplicate) "
         "FROM load_report WHERE table_name <> 'record_coverage'\").fetchone())",
         str(home / "warehouse" / "current" / "ledger.duckdb")], capture_output=True, text=True, check=True,
    ).stdout.strip()
    matched = ""
    if args.typed:
        compared = subprocess.run(
            [sys.executable, str(TYPED), "check", str(home / "warehouse" / "current" / "ledger.duckdb"),
             str(args.workdir / "polars-typed"), str(spec_file)], capture_output=True, text=True, check=True,
        ).stdout.strip().splitlines()[-1]
        matched = f"polars-typed (md5) beside this run's warehouse, by (source_file, source_row): {compared}\n"
    base, base_cpu = results["polars"][0], results["polars"][1]
    lines = ["| step | wall (s) | CPU (s) | peak memory (GB) | ratio to bare Polars (wall) | ratio (CPU) |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, (wall, cpu, peak) in results.items():
        lines.append(f"| {name} | {wall:.1f} | {cpu:.1f} | {peak:.2f} | {wall / base:.2f}x | {cpu / base_cpu:.2f}x |")
    report = (f"{header}\n\n" + "\n".join(lines) + f"\n\nbuild (read, loaded, quarantined, duplicates) = {loaded}\n"
              + matched)
    print(report)
    if args.out:
        with args.out.open("a") as fh:
            fh.write(f"\n`{' '.join(sys.argv)}` at {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n\n{report}")
    shutil.rmtree(args.workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
