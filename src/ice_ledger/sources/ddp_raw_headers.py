"""The Deportation Data Project's catalogue of the column headers of every raw file it hosts (239 files).

From the `colnames` branch of deportationdata/deportationdata.org (commit bd3f5d7, folder resources/):
`data_column_names.xlsx` lists each raw file (name, folder path, UCLA Box file id, agency, type, release) with
its headers in order (columns `1` ... `113`); `col_names_by_table.feather` marks, for 229 of the files, which
headers are blank or wholly redacted. Loaded as `raw_file_headers`, one row per (file, position): metadata, not
records, so no metric counts it. It tells an adapter which header set each historical ICE release uses (NPR
detainer files: `Prepare Date`, `Detainer Lift Reason`, ...) and lets tests check the adapters' aliases against
every one of them without the data. Each row traces to its workbook row (the file) and its position.
"""

from __future__ import annotations

import pyarrow.feather as feather

from ice_ledger.errors import SourceFileError
from ice_ledger.schema import LoadContext, quote_ident
from ice_ledger.sources.base import Col, RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import read_sheet

REPO = "deportationdata/deportationdata.org"
COMMIT = "bd3f5d7ddeaabae540e35e91a6f007246e079475"
XLSX = "data_column_names.xlsx"
FEATHER = "col_names_by_table.feather"
EXPECTED_FILES = 239
FIXED = ("name", "path", "id")
TRAILING = ("Agency", "Type", "Release")

SPEC = TableSpec(
    table="raw_file_headers",
    description="One row per header of a raw file the Deportation Data Project hosts: file, position, name.",
    columns=(
        Col("file_name", required=True, not_null=True),
        Col("folder", required=True),
        Col("box_file_id", required=True, not_null=True),
        Col("position", "int", required=True, not_null=True, min=1, max=1000),
        Col("column_name", required=True, not_null=True),
        Col("agency"),
        Col("record_type"),
        Col("ice_release"),
        Col("is_blank_or_redacted", "bool"),
    ),
    flag_exact_copies=False,
)


def _blank_or_redacted(ctx: LoadContext) -> dict[tuple[str, str], bool]:
    path = ctx.path(FEATHER)
    try:
        table = feather.read_table(str(path))
    except Exception as exc:  # pyarrow raises several error types for a damaged file
        raise SourceFileError(FEATHER, f"cannot be read as Feather/Arrow: {exc}") from exc
    missing = {"id", "column_name", "is_blank_or_redacted"} - set(table.column_names)
    if missing:
        raise SourceFileError(FEATHER, f"columns missing: {sorted(missing)}", where="schema")
    rows = table.to_pydict()
    return {(str(i), str(c)): bool(b) for i, c, b in
            zip(rows["id"], rows["column_name"], rows["is_blank_or_redacted"], strict=True) if b is not None}


def load(ctx: LoadContext) -> None:
    sheet, rows = read_sheet(ctx.path(XLSX))
    if not rows or [str(v) for v in rows[0][:3]] != list(FIXED):
        raise SourceFileError(XLSX, f"the header is not {FIXED} + positions", where=f"sheet {sheet!r}, row 1")
    header = [str(v).strip() for v in rows[0]]
    position_cols = [(i, int(h)) for i, h in enumerate(header) if h.isdigit()]
    extra = {h: header.index(h) for h in TRAILING if h in header}
    flags = _blank_or_redacted(ctx)
    out: list[tuple[object, ...]] = []
    files = 0
    for r, row in enumerate(rows[1:], start=2):
        if not any(v not in (None, "") for v in row):
            continue
        files += 1
        name, folder, box = (str(row[i]).strip() if row[i] not in (None, "") else None for i in range(3))
        box = box.removesuffix(".0") if box else box
        meta = [str(row[extra[h]]).strip() or None if h in extra and extra[h] < len(row) else None for h in TRAILING]
        for i, pos in position_cols:
            value = row[i] if i < len(row) else None
            if value in (None, ""):
                continue
            text = str(value)
            flag = flags.get((box or "", text))
            out.append((name, folder, box, str(pos), text, *meta, None if flag is None else str(flag).lower(),
                        XLSX, sheet, r))
    ctx.qa("files_in_catalogue", files, EXPECTED_FILES, "pass" if files == EXPECTED_FILES else "fail", scope=XLSX)
    stage = ctx.stage_name()
    cols = ("file_name", "folder", "box_file_id", "position", "column_name", "agency", "record_type", "ice_release",
            "is_blank_or_redacted", "source_file", "source_sheet", "source_row")
    ctx.con.execute(f"CREATE OR REPLACE TEMP TABLE {quote_ident(stage)} ("
                    + ", ".join(f"{quote_ident(c)} {'BIGINT' if c == 'source_row' else 'VARCHAR'}" for c in cols) + ")")
    ctx.con.executemany(f"INSERT INTO {quote_ident(stage)} VALUES ({', '.join('?' * len(cols))})", out)
    ctx.emit("raw_file_headers", stage, file=XLSX, sheet=sheet)
    matched = sum(1 for o in out if o[8] is not None)
    ctx.note(f"{XLSX}: {files} raw files, {len(out):,} headers; {matched:,} carry the blank-or-redacted flag of "
             f"{FEATHER} (the rest are files it does not list)")


def _url(name: str) -> str:
    return f"https://raw.githubusercontent.com/{REPO}/{COMMIT}/resources/{name}"


SOURCE = Source(
    id="ddp_raw_headers",
    title="Deportation Data Project: the column headers of the 239 raw files it hosts (catalogue, not records)",
    publisher="Deportation Data Project (UC Berkeley / UCLA), deportationdata.org",
    licence="no licence stated by the repository; the headers are those of U.S. government FOIA releases",
    homepage=f"https://github.com/{REPO}/tree/{COMMIT}/resources",
    release=f"colnames branch, {REPO} @ {COMMIT[:12]} (2025-11-21)",
    files=(RemoteFile(XLSX, _url(XLSX), f"real_ice/ddp-raw-column-catalog/{XLSX}",
                      sha256="a16d578cbef56f65e00823bfe4a986cc9133ddad4e005fe9d46aabc2c5f2a468"),
           RemoteFile(FEATHER, _url(FEATHER), f"real_ice/ddp-raw-column-catalog/{FEATHER}",
                      sha256="dfda26c16e737ef00a8c83627326e5d66cc8879197fb551638bcf91c925cf5c9")),
    tables=(SPEC,),
    load=load,
    kind="reference",
    description=__doc__ or "",
    citation=f"Deportation Data Project, data_column_names.xlsx; github.com/{REPO} (commit {COMMIT[:7]}).",
    tags=("metadata",),
)
