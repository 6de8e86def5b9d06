"""ICE Form I-213 records, Seattle AOR, completed Dec 2021 - Dec 2025 (UWCHR/i-213-sea-22-25).

Structured fields of the I-213 (Record of Deportable/Inadmissible Alien) forms ICE completed in the Seattle Area
of Responsibility, released under FOIA and published by the University of Washington Center for Human Rights
(repository UWCHR/i-213-sea-22-25, commit 46a95cb). One row per form: gzip, pipe-delimited, header on line 1.
UWCHR dropped sensitive and fully redacted columns before publishing.

An I-213 documents an apprehension, but only a subset of ICE's arrests have one, and the forms carry no person
or event identifier: they cannot be paired with the arrest records (DDP's Washington arrests cover the same
years). So they go to their own table, `i213_forms`, never to `arrests`, and no arrest metric counts them.
The charges (`admin_charges`, `criminal_charges`) and `child_count` are JSON arrays kept as published text.
`health_status_comment_text` (free text about a person's health) is not loaded: no metric needs it; it stays in
the raw file and in `trace`. The fiscal year is the apprehension's (ice_ledger.fiscal); the completion date is
kept beside it, read from its ISO time stamp ("2021-12-01T00:00:00Z").
"""

from __future__ import annotations

from ice_ledger.schema import LoadContext, quote_ident
from ice_ledger.sources.base import Col, RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import stage_csv

REPO = "UWCHR/i-213-sea-22-25"
COMMIT = "46a95cbadd5812a57a5ab26cc1284c6133c2cfaf"
FILE = "sea-i213s-2026-02-13.csv.gz"
SHA256 = "d680960c81ff0ddee2683cdf0e80571ce39b76209f8f9c7d8c50728e88ce2c4e"
EXPECTED_ROWS = 10_962
STAMPED = ("doc_completion_date",)  # ISO time stamps with a 'Z': the day is kept


def _t(name: str, raw: str, description: str = "") -> Col:
    return Col(name, raw=(raw,), description=description)


SPEC = TableSpec(
    table="i213_forms",
    description="One row per ICE Form I-213 completed in the Seattle AOR, Dec 2021 - Dec 2025.",
    columns=(
        Col("doc_completion_date", "date", raw=("doc_completion_date",), required=True, not_null=True),
        Col("apprehension_date", "date", raw=("apprehension_date",), required=True),
        _t("site_code", "site_code"), _t("site_name", "site_name"),
        _t("aor", "area_of_responsibility_code"), _t("responsible_aor", "area_of_responsibility_name"),
        _t("document_type", "document_type_descr"),
        _t("processing_disposition", "processing_disposition_descr"),
        _t("citizenship_country", "citizenship_country_descr"), _t("gender", "gender_code"),
        Col("age", "int", raw=("age",), min=0, max=120),
        _t("birth_country", "birth_country_descr"), _t("marital_status", "marital_status_descr"),
        _t("occupation", "occupation_text"),
        _t("apprehension_method", "apprehension_method_descr"),
        _t("apprehension_site_landmark", "apprehension_landmark_descr"),
        _t("landmark_comment", "app_ldmk_other_comment_text"),
        Col("entry_date", "date", raw=("entry_date",)),
        _t("entry_port_code", "entry_port_of_entry_code"), _t("entry_port", "entry_port_of_entry_descr"),
        _t("entry_admission_class", "entry_admission_class_descr"),
        _t("mother_citizenship_country", "mother_citizenship_country_descr"),
        _t("father_citizenship_country", "father_citizenship_country_descr"),
        _t("spouse_citizenship_country", "spouse_citizenship_country_descr"),
        _t("admin_charges_json", "admin_charges"), _t("criminal_charges_json", "criminal_charges"),
        _t("child_count_json", "child_count"),
        Col("week", "date", raw=("week",)),
    ),
    fiscal_year_from="apprehension_date",
    calendar_year_from="apprehension_date",
    flag_exact_copies=False,  # no identifier: two identical forms are two forms
    expected_rows=(EXPECTED_ROWS, EXPECTED_ROWS),
)


def load(ctx: LoadContext) -> None:
    from ice_ledger.sources.fetch import sha256_of

    path = ctx.path(FILE)
    digest = sha256_of(path)
    ctx.qa("sha256_as_published", digest[:16], SHA256[:16], "pass" if digest == SHA256 else "fail", scope=FILE)
    stage = ctx.stage_name()
    _, repaired, malformed = stage_csv(ctx.con, stage, path, ctx.build.dir, delim="|", label=FILE)
    cols = [r[0] for r in ctx.con.execute(f"DESCRIBE {quote_ident(stage)}").fetchall()]
    select = ", ".join(
        f"regexp_replace({quote_ident(c)}, '^(\\d{{4}}-\\d{{2}}-\\d{{2}})T00:00:00(\\.0+)?Z$', '\\1') AS {quote_ident(c)}"
        if c in STAMPED else quote_ident(c) for c in cols)
    view = f"{stage}_days"
    ctx.con.execute(f"CREATE OR REPLACE TEMP TABLE {quote_ident(view)} AS SELECT {select} FROM {quote_ident(stage)}")
    ctx.emit("i213_forms", view, file=FILE, malformed=malformed, repaired_lines=repaired)
    ctx.note(f"{FILE}: I-213 forms are a subset of ICE's arrests with no identifier; they are kept in i213_forms "
             "and never counted as arrests")


SOURCE = Source(
    id="uwchr_i213_seattle",
    title="ICE Form I-213 records, Seattle AOR, completed Dec 2021 - Dec 2025 (UWCHR)",
    publisher="U.S. Immigration and Customs Enforcement, released under FOIA to the University of Washington "
    "Center for Human Rights; published by UWCHR/i-213-sea-22-25",
    licence="U.S. government records released under FOIA (public domain); the publishing repository states no "
    "licence for its compilation",
    homepage=f"https://github.com/{REPO}/tree/{COMMIT}/import/input",
    release=f"I-213 extract of 2026-02-13; {REPO} @ {COMMIT[:12]}",
    files=(RemoteFile(FILE, f"https://raw.githubusercontent.com/{REPO}/{COMMIT}/import/input/{FILE}",
                      f"real_ice/uwchr-i213-seattle/{FILE}", sha256=SHA256),),
    tables=(SPEC,),
    load=load,
    kind="records",
    description=__doc__ or "",
    citation=f"UW Center for Human Rights, Seattle AOR I-213 records 2021-2025; github.com/{REPO} (commit {COMMIT[:7]}).",
    tags=("regional",),
)
