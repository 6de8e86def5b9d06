"""Every source writes only canonical columns, with the canonical type: the warehouse has one vocabulary."""

from __future__ import annotations

import pytest

from ice_ledger.sources import all_sources
from ice_ledger.warehouse.canonical import LINEAGE, TABLES

SOURCES = list(all_sources().values())


def test_sources_are_registered_with_complete_metadata() -> None:
    assert SOURCES, "no sources registered"
    for src in SOURCES:
        assert src.publisher and src.licence and src.homepage and src.release, src.id
        assert src.files, f"{src.id} declares no files"
        for f in src.files:
            assert f.url.startswith(("https://", "http://")), f"{src.id}/{f.name}: official URL missing"


@pytest.mark.parametrize("src", SOURCES, ids=[s.id for s in SOURCES])
def test_source_columns_are_canonical(src) -> None:  # type: ignore[no-untyped-def]
    for spec in src.tables:
        assert spec.table in TABLES, f"{src.id} writes undeclared table {spec.table!r}"
        declared = TABLES[spec.table]
        for col in spec.columns:
            assert col.name not in LINEAGE or col.name == "fiscal_year", f"{col.name} is a lineage column"
            assert col.name in declared, f"{src.id}: {spec.table}.{col.name} is not in warehouse/canonical.py"
            assert declared[col.name].type == col.type, (
                f"{src.id}: {spec.table}.{col.name} is {col.type}, canonical type is {declared[col.name].type}"
            )
