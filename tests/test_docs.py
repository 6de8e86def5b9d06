"""Docs that tests keep honest: every quarantine reason, CLI command and source is documented."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from ice_ledger.sources import all_sources
from ice_ledger.warehouse.reasons import DESCRIPTIONS, Reason

REPO = Path(__file__).resolve().parents[1]


def _cli_reference():  # type: ignore[no-untyped-def]
    return _script("cli_reference")


def _script(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_quarantine_reason_is_described_and_documented() -> None:
    doc = (REPO / "docs" / "quarantine.md").read_text()
    for reason in Reason:
        assert reason in DESCRIPTIONS, f"{reason} has no description in reasons.py"
        assert f"`{reason.value}`" in doc, f"{reason.value} is not documented in docs/quarantine.md"


def test_cli_reference_is_current() -> None:
    module = _cli_reference()
    assert module.TARGET.read_text() == module.render(), "docs/cli-reference.md is stale: run scripts/cli_reference.py"


def test_every_command_has_help_text() -> None:
    import typer.main

    from ice_ledger.cli import app

    command = typer.main.get_command(app)
    for name, cmd in command.commands.items():  # type: ignore[attr-defined]
        assert (cmd.help or "").strip(), f"`ice-ledger {name}` has no help text"


def test_every_source_is_in_the_readme_data_table() -> None:
    readme = (REPO / "README.md").read_text()
    for source_id in all_sources():
        assert f"`{source_id}`" in readme, f"source {source_id} is missing from README.md's data table"


def test_api_reference_is_current() -> None:
    module = _script("api_reference")
    assert module.TARGET.read_text() == module.render(), "docs/api.md is stale: run scripts/api_reference.py"


def test_every_public_api_name_is_documented_and_typed() -> None:
    """Each function in api.__all__ has a docstring and annotations; each other name a description in the docs."""
    import inspect

    from ice_ledger import api

    constants = _script("api_reference").CONSTANTS
    for name in api.__all__:
        obj = getattr(api, name)
        if inspect.isfunction(obj):
            assert (obj.__doc__ or "").strip(), f"api.{name} has no docstring"
            sig = inspect.signature(obj)
            untyped = [p.name for p in sig.parameters.values() if p.annotation is p.empty]
            assert not untyped, f"api.{name}: parameters without a type: {untyped}"
            assert sig.return_annotation is not sig.empty, f"api.{name} has no return type"
        elif inspect.isclass(obj):
            doc = (obj.__doc__ or "").strip()
            assert doc and not doc.startswith(f"{name}("), f"api.{name} has no docstring of its own"
        else:
            assert name in constants, f"api.{name} is not described in scripts/api_reference.py CONSTANTS"
