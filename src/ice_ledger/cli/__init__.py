"""The `ice-ledger` command line: a thin layer over `ice_ledger.api` and the area modules.

Each area registers its commands from its own module (ledger, places, metrics, claims); errors raised by the
library are turned into one-line messages here, never tracebacks.
"""

from __future__ import annotations

import sys

import typer

from ice_ledger.errors import IceLedgerError

app = typer.Typer(
    name="ice-ledger",
    help="A reproducible, traceable ledger of U.S. immigration enforcement records, and a checker for claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = (
    "ice_ledger.cli.ledger",
    "ice_ledger.cli.places",
    "ice_ledger.cli.policies",
    "ice_ledger.cli.metrics",
    "ice_ledger.cli.claims",
    "ice_ledger.cli.web",
    "ice_ledger.cli.effects",
)


def _register() -> None:
    import importlib

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # area not built yet
                continue
            raise
        module.register(app)


_register()


def main() -> None:
    """Entry point: run the app, turning library errors into a one-line message and exit code 1."""
    from rich.console import Console
    from rich.markup import escape

    try:
        code = app(standalone_mode=False)  # typer.Exit(n) comes back as a return value in this mode
        if isinstance(code, int) and code:
            sys.exit(code)
    except IceLedgerError as exc:
        Console(stderr=True).print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except typer.Abort:
        sys.exit(130)
    except Exception as exc:  # click usage errors carry their own exit code
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise
