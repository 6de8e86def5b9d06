"""Claim-checker fixtures: the example article and its checked report on the session warehouse."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ice_ledger.claims.check import check_text
from ice_ledger.claims.model import Report

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels.csv"


@pytest.fixture(scope="session")
def example_text(mirror: Path) -> str:
    path = mirror.parent / "reference" / "example_article.txt"
    if not path.exists():
        pytest.fail(f"the example article is missing at {path}", pytrace=False)
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_report(example_text: str, built_home: Path) -> Report:
    """The example op-ed checked without --date (the period must be inferred)."""
    return check_text(example_text, home=built_home, source_name="example_article.txt")


@pytest.fixture(scope="session")
def example_report_dated(example_text: str, built_home: Path) -> Report:
    return check_text(example_text, dt.date(2018, 12, 15), home=built_home, source_name="example_article.txt")
