"""The `ice-ledger` command line: a thin layer over `ice_ledger.api`, the one front door.

Each area registers its commands from its own module (ledger, places, policies, metrics, claims, web, effects);
errors raised by the library are turned into one-line messages here, never tracebacks.
"""

from __future__ import annotations

import sys

import typer

from ice_ledger.api import IceLedgerError
from ice_ledger.cli import claims, effects, ledger, metrics, places, policies, web

app = typer.Typer(
    name="ice-ledger",
    help="A reproducible, traceable ledger of U.S. immigration enforcement records, and a checker for claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _area in (ledger, places, policies, metrics, claims, web, effects):  # the order of `ice-ledger --help`
    _area.register(app)


def _usage_errors() -> tuple[type[Exception], ...]:
    """Click's usage errors: typer raises its own vendored copy (typer._click), and plain click's if present."""
    kinds: list[type[Exception]] = []
    try:
        from typer._click.exceptions import ClickException as vendored

        kinds.append(vendored)
    except ImportError:
        pass
    try:
        from click import ClickException as plain

        kinds.append(plain)
    except ImportError:
        pass
    return tuple(kinds)


def main() -> None:
    """Entry point: run the app, turning every error into a one-line message (exit 1, usage errors 2).

    $ICE_LEDGER_DEBUG=1 shows the traceback of an unexpected error instead.
    """
    import os

    import duckdb
    from rich.console import Console
    from rich.markup import escape

    def fail(message: str, code: int = 1) -> None:
        Console(stderr=True).print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
        sys.exit(code)

    try:
        code = app(standalone_mode=False)  # typer.Exit(n) comes back as a return value in this mode
        if isinstance(code, int) and code:
            sys.exit(code)
    except IceLedgerError as exc:
        fail(str(exc))
    except (typer.Abort, KeyboardInterrupt):
        sys.exit(130)
    except _usage_errors() as exc:
        exc.show()  # type: ignore[attr-defined]  # "Usage: ... Try --help ... Error: ..." as click prints it
        sys.exit(getattr(exc, "exit_code", 2))
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        fail(f"the warehouse could not answer: {first}")
    except Exception as exc:
        if os.environ.get("ICE_LEDGER_DEBUG"):
            raise
        fail(f"{type(exc).__name__}: {exc} (if this looks like a bug, please report it with the command; "
             "ICE_LEDGER_DEBUG=1 shows the traceback)")
