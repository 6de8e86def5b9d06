"""The build's typing pass over the eleven national ICE record files, written in Polars (issue 13's question: would
a Polars typing pass get the build closer to 3x a bare Polars conversion than DuckDB's pass?).

Run by bench/bench_real_ice.py --typed, each part in its own process:

  spec MIRROR OUT.json        (untimed) the typing facts of each file: its header line (found by the source's own
                              `read_layout`), its columns' raw headers, types and bounds (the main date narrowed
                              to the file's fiscal year, as `_file_spec` does), and the pipeline's constants
  run MIRROR OUT SPEC HASH DIR (timed) the pass: every column read as text (the banner skipped); then, as the
                              pipeline's `_distinct_facts` does, every per-cell decision made once per distinct raw
                              value of a column and applied to the rows only where some value needs it: 'NA' as
                              missing, trimmed as DuckDB's trim() does, '' as NULL, the AOR name mapped to its code
                              (hand/aor_names.csv), redaction markers recognised by REDACTION_RE (the value kept in
                              `redactions`, the typed value NULL), dates typed with the pipeline's DATE_FORMATS in its
                              order plus Excel serials and a bare time as day zero, and the checks of `failure_exprs`
                              for text and date columns (formula, cell error, missing required value, unparseable
                              date, placeholder date, date outside the file's fiscal year) giving a per-row failure
                              flag; per row: fiscal and calendar years, the row digest over the same input as
                              `plan_emit` builds (HASH md5: today's row ids; xxh3: xxh3_128, ids that would change),
                              repeats of identical content numbered -2, -3 ... into the row id, the published columns
                              to Parquet (zstd) and failing rows to a quarantine Parquet with every reason and the
                              raw values as JSON
  check DB OUT SPEC           (untimed) OUT beside a built warehouse, row by row on (source_file, source_row): rows,
                              equal row ids, equal published columns

Left out (the build does them): the sha256 check of each file, finding the header (done untimed by `spec`), the
repeated-header QA, malformed-line quarantine (a malformed line stops Polars), the column profile, load reports,
coverage rows, reconciliation with ICE's totals, duplicate flags (no rule applies within these files: the
cross-release rule belongs to the Seattle source), the warehouse's DuckDB views, every other source, the rollups
and the build's own Python. Only text and date columns are typed: `spec` stops if a file's spec holds another type
or a list of allowed values. None of the real files has a failing row: the quarantine branch was tried only on a hand-edited copy of
ten rows (an unparseable, an out-of-year, a placeholder and a missing date, a formula), each quarantined with
the reason name of the pipeline's check (that copy was not built by the pipeline to compare).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

# DuckDB's trim() strips the Unicode space separators (category Zs), not tabs or line breaks.
ZS = " \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


def aor_key(name: str) -> str:
    """As `ice_ledger.sources.ddp.aor_key` (not imported: the timed pass imports Polars only)."""
    key = re.sub(r"\s*area of responsibility\s*$", "", name.strip().lower())
    return re.sub(r"[^a-z0-9]+", " ", key).strip()


def parse_dates(values: Any, formats: list[str]) -> Any:
    """The pipeline's date typing (formats in its order, Excel serials, a bare time as day zero), run once per
    distinct raw value of a column."""
    import polars as pl

    v = pl.col("v")
    tries = [v.str.to_datetime(fmt.replace(".%f", "%.f"), strict=False).dt.date()
             if any(t in fmt for t in ("%H", "%M", "%S")) else v.str.to_date(fmt, strict=False) for fmt in formats]
    serial = pl.when(v.str.contains(r"^\d{1,5}(\.\d+)?$")).then(
        pl.lit(date(1899, 12, 30)) + pl.duration(days=v.cast(pl.Float64, strict=False).floor().cast(pl.Int64)))
    day_zero = pl.when(v.str.contains(r"^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")).then(pl.lit(date(1899, 12, 30)))
    frame = pl.DataFrame({"v": pl.Series("v", values, dtype=pl.String)})
    return frame.select(pl.coalesce([*tries, serial, day_zero]).cast(pl.Date)).to_series()


def spec(argv: list[str]) -> None:
    """Write the typing facts of the national files to argv[1]."""
    from ice_ledger.fiscal import FISCAL_YEAR_START_MONTH
    from ice_ledger.schema import PLACEHOLDER_DATES, REDACTION_RE, normalise_header
    from ice_ledger.sources import ice_lesa_national as n
    from ice_ledger.sources.ddp import AOR_COLUMN, aor_codes
    from ice_ledger.warehouse.sqlexpr import CELL_ERRORS, DATE_FORMATS

    files = []
    for kind in n.KINDS:
        for fy in kind.years:
            name = n.file_name(kind, fy)
            path = Path(argv[0]) / n.MIRROR_DIR / name
            layout = n.read_layout(path, kind.spec, name)
            spec = n._file_spec(kind.spec, layout)
            with n._open_text(path) as fh:
                line = [next(fh) for _ in range(layout.header_line)][-1]
            header = next(csv.reader([line], delimiter="|", quotechar='"'))
            by_norm = {normalise_header(h): h for h in header}
            aor_raw = next(by_norm[normalise_header(a)] for a in spec.column(kind.aor_from).aliases
                           if normalise_header(a) in by_norm)
            cols = []
            for c in spec.columns:
                raw = AOR_COLUMN if c.name == "aor" else next(
                    (by_norm[normalise_header(a)] for a in c.aliases if normalise_header(a) in by_norm), None)
                if c.type not in ("text", "date") or c.values is not None:
                    raise SystemExit(f"{c.name}: type {c.type} / allowed values are not in the Polars pass")
                cols.append({"name": c.name, "type": c.type, "raw": raw, "not_null": c.not_null, "upper": c.upper,
                             "min": None if c.min is None else str(c.min), "max": None if c.max is None else str(c.max)})
            files.append({"file": name, "table": spec.table, "source_id": f"ice_lesa_national_{kind.key}",
                          "release": n.RELEASE, "skip": layout.header_line - 1, "aor_raw": aor_raw,
                          "main": spec.fiscal_year_from, "calendar": spec.calendar_year_from, "columns": cols})
    Path(argv[1]).write_text(json.dumps({
        "files": files, "redaction_re": REDACTION_RE, "placeholders": list(PLACEHOLDER_DATES),
        "cell_errors": list(CELL_ERRORS), "date_formats": list(DATE_FORMATS), "missing": n.MISSING,
        "fy_start_month": FISCAL_YEAR_START_MONTH, "aor_codes": aor_codes()}))


def run(argv: list[str]) -> None:
    """The timed Polars typing pass."""
    import polars as pl
    import polars_hash  # noqa: F401  (registers the .nchash namespace)

    mirror, out, spec_path, hash_name = Path(argv[0]), Path(argv[1]), Path(argv[2]), argv[3]
    out.mkdir(parents=True, exist_ok=True)
    S = json.loads(spec_path.read_text())
    RED = "^(?:" + S["redaction_re"] + ")$"
    PLACEHOLDERS = [date.fromisoformat(d) for d in S["placeholders"] if not d.endswith("-00")]
    CODES = S["aor_codes"]


    rows = 0
    for f in S["files"]:
        df = pl.read_csv(mirror / argv[4] / f["file"], separator="|", skip_rows=f["skip"], infer_schema=False,
                         quote_char='"')
        rows += df.height
        # The AOR code of each distinct AOR name (untrimmed, as the source's CASE compares it; 'NA' is missing).
        aor_names = df.get_column(f["aor_raw"]).unique().drop_nulls().to_list()
        found = {v: CODES[aor_key(v)] for v in aor_names if v.strip(ZS) != S["missing"] and aor_key(v) in CODES}
        raw, typed, marked, bad, reasons = {}, {}, {}, [], []
        for c in f["columns"]:
            n = c["name"]
            if c["raw"] is None:  # not in these files: NULL, and no check can fail on it
                raw[n] = pl.lit(None, pl.String)
                typed[n] = pl.lit(None, pl.Date if c["type"] == "date" else pl.String)
                continue
            if n == "aor":
                source = pl.col(f["aor_raw"]).replace_strict(list(found), list(found.values()), default=None,
                                                             return_dtype=pl.String)
                distinct = pl.Series("v", [*sorted(set(found.values())), None], dtype=pl.String)
            else:
                source = pl.col(c["raw"])
                distinct = df.get_column(c["raw"]).unique().rename("v")
            # Every per-cell decision made once per distinct raw value (as the pipeline's `_distinct_facts`):
            # trimmed, 'NA' and '' as NULL; redaction marker; typed value; each check.
            trimmed = pl.col("v").str.strip_chars(ZS)
            fr = pl.DataFrame({"v": distinct}).with_columns(
                r=pl.when(trimmed.is_in([S["missing"], ""])).then(None).otherwise(trimmed))
            fr = fr.with_columns(x=pl.col("r").str.contains(RED).fill_null(False))
            if c["type"] == "date":
                t = parse_dates(fr.get_column("r"), S["date_formats"])
            else:
                t = fr.get_column("r").str.to_uppercase() if c["upper"] else fr.get_column("r")
            fr = fr.with_columns(t=pl.when(pl.col("x")).then(None).otherwise(t))
            r, x, tt = pl.col("r"), pl.col("x"), pl.col("t")
            checks = [(r.str.starts_with("=") & (r.str.len_chars() > 1), "value_is_formula"),
                      (r.is_in(S["cell_errors"]), "cell_error")]
            if c["not_null"]:
                checks.append((r.is_null(), "value_missing"))
            if c["type"] == "date":
                checks.append((r.is_not_null() & ~x & tt.is_null() & ~r.str.starts_with("="), "date_unparseable"))
                checks.append((tt.is_in(PLACEHOLDERS), "date_placeholder"))
                bounds = ([tt < date.fromisoformat(c["min"])] if c["min"] else []) + (
                    [tt > date.fromisoformat(c["max"])] if c["max"] else [])
                if bounds:
                    checks.append((~tt.is_in(PLACEHOLDERS) & pl.any_horizontal(bounds), "date_out_of_range"))
            fr = fr.with_columns(fail=pl.concat_str(
                [pl.when(cond.fill_null(False)).then(pl.lit(f"{reason}:{n}")) for cond, reason in checks],
                separator="; ", ignore_nulls=True))
            fr = fr.with_columns(fail=pl.when(pl.col("fail") != "").then(pl.col("fail")))
            # The row-level expressions: only what some distinct value needs.
            changed = fr.filter(pl.col("v").ne_missing(pl.col("r")))
            raw[n] = source.replace(changed.get_column("v"), changed.get_column("r")) if changed.height else source
            known = fr.filter(pl.col("v").is_not_null())
            if c["type"] == "date" or c["upper"]:
                typed[n] = source.replace_strict(known.get_column("v"), known.get_column("t"), default=None,
                                                 return_dtype=pl.Date if c["type"] == "date" else pl.String)
            else:
                markers = fr.filter(pl.col("x")).get_column("r")
                typed[n] = raw[n].replace(markers, [None] * len(markers)) if len(markers) else raw[n]
            marker_values = fr.filter(pl.col("x")).get_column("v")
            if len(marker_values):
                marked[n] = source.is_in(marker_values.to_list())
            failing = fr.filter(pl.col("fail").is_not_null())
            if failing.height:
                values = failing.get_column("v").drop_nulls()
                hit = source.is_in(values.to_list()) if len(values) else pl.lit(False)
                bad.append(hit | source.is_null() if failing.get_column("v").null_count() else hit)
                reasons.append(source.replace_strict(failing.get_column("v").drop_nulls(),
                                                     failing.filter(pl.col("v").is_not_null()).get_column("fail"),
                                                     default=failing.filter(pl.col("v").is_null())
                                                     .get_column("fail").first() if failing.get_column("v")
                                                     .null_count() else None, return_dtype=pl.String))
        names = [c["name"] for c in f["columns"]]
        content = pl.concat_str([pl.lit(f["source_id"]), *(raw[n].fill_null("\u2400") for n in names)],
                                separator="\u241f")
        h = (content.nchash.md5() if hash_name == "md5"  # type: ignore[attr-defined]
             else content.nchash.xxh3_128().cast(pl.String))  # type: ignore[attr-defined]
        w = df.select(
            pl.int_range(pl.len(), dtype=pl.Int64).alias("_rid"), *(typed[n].alias(n) for n in names),
            *(raw[n].alias("r__" + n) for n in names), h.alias("_h"),
            (pl.any_horizontal(bad) if bad else pl.lit(False)).alias("_bad"),
            (pl.concat_str([pl.when(m).then(pl.lit(n + "=") + raw[n]) for n, m in marked.items()],
                           separator="; ", ignore_nulls=True) if marked else pl.lit(None, pl.String))
            .alias("redactions"),
        )
        main = pl.col(f["main"])
        w = w.with_columns(
            fiscal_year=(main.dt.year() + (main.dt.month() >= S["fy_start_month"]).cast(pl.Int32)).cast(pl.Int64),
            calendar_year=pl.col(f["calendar"]).dt.year().cast(pl.Int64),
            redactions=pl.when(pl.col("redactions") != "").then(pl.col("redactions")),
        )
        # Repeats of identical content numbered -2, -3 ... in file order (only the rows whose hash repeats).
        occ = (w.select("_rid", "_h").filter(pl.col("_h").is_duplicated())
               .with_columns(_occ=pl.int_range(1, pl.len() + 1).over("_h")).filter(pl.col("_occ") > 1)
               .select("_rid", "_occ"))
        w = w.join(occ, on="_rid", how="left")
        row_id = (pl.col("_h").str.slice(0, 16) + pl.when(pl.col("_occ").is_not_null()).then(
            pl.lit("-") + pl.col("_occ").cast(pl.String)).otherwise(pl.lit(""))).alias("row_id")
        lineage = [pl.lit(f["source_id"]).alias("source_id"), pl.lit(f["release"]).alias("release"),
                   pl.lit(f["file"]).alias("source_file"), pl.lit(None, pl.String).alias("source_sheet"),
                   (pl.col("_rid") + f["skip"] + 2).alias("source_row")]
        w.filter(~pl.col("_bad")).select(
            row_id, *names, "fiscal_year", "calendar_year", "redactions", pl.lit(False).alias("duplicate_likely"),
            pl.lit(None, pl.String).alias("duplicate_rule"), pl.lit(None, pl.String).alias("duplicate_of"), *lineage,
        ).write_parquet(out / f"{f['table']}__{f['file']}.parquet", compression="zstd")
        bad_ids = w.filter(pl.col("_bad")).get_column("_rid")
        if len(bad_ids):  # their reasons (every check's, in column order) and raw values, for the few only
            bad_rows = df.with_columns(_rid=pl.int_range(pl.len(), dtype=pl.Int64)).filter(
                pl.col("_rid").is_in(bad_ids.to_list()))
            bad_rows.join(w.select("_rid", "_h", "_occ", *("r__" + n for n in names)), on="_rid").select(
                row_id, *lineage, pl.concat_str(reasons, separator="; ", ignore_nulls=True).alias("detail"),
                pl.struct([pl.col("r__" + n).alias(n) for n in names]).struct.json_encode().alias("raw_json"),
            ).write_parquet(out / f"quarantine__{f['file']}.parquet")
    print(rows)


def check(argv: list[str]) -> None:
    """The md5 pass's Parquet beside a built warehouse."""
    import duckdb
    db, out, spec_path = argv[0], argv[1], argv[2]
    S = json.loads(Path(spec_path).read_text())
    con = duckdb.connect(db, read_only=True)
    total = {"rows": 0, "row_id": 0, "all_columns": 0, "only_warehouse": 0, "only_polars": 0}
    for f in S["files"]:
        names = [c["name"] for c in f["columns"]] + ["fiscal_year", "calendar_year", "redactions"]
        same = " AND ".join(f'w."{n}" IS NOT DISTINCT FROM p."{n}"' for n in names)
        q = f"""SELECT count(*), count(*) FILTER (WHERE w.row_id = p.row_id), count(*) FILTER (WHERE {same}),
                       count(*) FILTER (WHERE p.row_id IS NULL), count(*) FILTER (WHERE w.row_id IS NULL)
                FROM (SELECT * FROM "{f['table']}" WHERE source_id = '{f['source_id']}' AND source_file = '{f['file']}') w
                FULL JOIN read_parquet('{out}/{f['table']}__{f['file']}.parquet') p USING (source_file, source_row)"""
        got = con.execute(q).fetchone()
        assert got is not None
        print(f["file"], dict(zip(total, got, strict=True)))
        for k, v in zip(total, got, strict=True):
            total[k] += v
    print("all", total)


if __name__ == "__main__":
    {"spec": spec, "run": run, "check": check}[sys.argv[1]](sys.argv[2:])
