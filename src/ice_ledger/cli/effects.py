"""Effect commands: `ice-ledger effect APPLICATION` on the warehouse, or `ice-ledger effect --panel FILE.csv`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ice_ledger import api
from ice_ledger.api import IceLedgerError, SourceFileError
from ice_ledger.cli.common import Format, FormatOpt, HomeOpt, console, print_frame, print_json

if TYPE_CHECKING:
    import pandas as pd

    from ice_ledger.api import EffectResult


def register(app: typer.Typer) -> None:
    app.command("effect")(effect)


def effect(
    application: Annotated[str | None, typer.Argument(
        help="A built-in application (287g-crime), or omit and give --panel.")] = None,
    outcome: Annotated[str | None, typer.Option(
        help="Outcome column (287g-crime: violent_crime (default), property_crime, ...; "
             "detainer-declines: detainers (default), booked).")] = None,
    method: Annotated[str, typer.Option(help="did2s (default), cs (Callaway-Sant'Anna), sunab or twfe.")] = "did2s",
    control: Annotated[str | None, typer.Option(
        help="Comparison units: never (never treated) or notyet (not yet treated). Default: cs never; did2s "
             "notyet (every untreated unit-period); sunab never only; twfe has no choice.")] = None,
    share_uncertainty: Annotated[bool | None, typer.Option(
        "--share-uncertainty/--fixed-shares",
        help="cs: include the estimated cohort shares' uncertainty in the SE (default) or hold them fixed; other "
             "methods refuse it.")] = None,
    scale: Annotated[str, typer.Option(help="Applications: log (log 1+count, default) or count.")] = "log",
    balanced: Annotated[bool, typer.Option(
        "--balanced/--unbalanced", help="Applications: keep only units with the outcome in every year.")] = True,
    panel: Annotated[Path | None, typer.Option(help="A CSV panel: one row per unit and period.")] = None,
    unit: Annotated[str | None, typer.Option(help="--panel: unit id column.")] = None,
    time: Annotated[str | None, typer.Option(help="--panel: period column (whole numbers, e.g. years).")] = None,
    first_treated: Annotated[str | None, typer.Option(
        "--first-treated", help="--panel: first treated period per unit (blank/0: never treated).")] = None,
    cluster: Annotated[str | None, typer.Option(help="--panel: cluster column (default: the unit).")] = None,
    covariate: Annotated[list[str] | None, typer.Option(help="--panel: covariate column (repeatable).")] = None,
    bootstrap: Annotated[bool | None, typer.Option(
        "--bootstrap/--no-bootstrap",
        help="Run the wild cluster bootstrap (default: only when clusters are few).")] = None,
    draws: Annotated[int, typer.Option(min=1, help="Wild cluster bootstrap draws.")] = 999,
    plot: Annotated[Path | None, typer.Option(
        help="Write the event-study chart here (.png, .svg, .html).")] = None,
    list_applications: Annotated[bool, typer.Option(
        "--list", help="List the applications and their outcomes, and those not available with the reason.")] = False,
    home: HomeOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Estimate a policy effect with a staggered difference-in-differences event study.

    Prints the design, N, the ATT with its 95% CI, the pre-trend test, TWFE beside the robust estimate and
    warnings.

    Example: ice-ledger effect 287g-crime --outcome property_crime --plot es.png

    Example: ice-ledger effect --panel p.csv --unit county --time year --outcome y --first-treated adopted
    """
    if list_applications:
        _print_catalog(fmt)
        return
    try:
        n_draws = None if bootstrap is None else draws if bootstrap else 0
        options: dict[str, Any] = {} if share_uncertainty is None else {"share_uncertainty": share_uncertainty}
        if control is not None:  # the estimator refuses a comparison it does not have, with the reason
            options["control"] = control
        result = _estimate(application, outcome, method, scale, balanced, panel, unit, time, first_treated,
                           cluster, covariate, n_draws, home, options)
    except MemoryError as exc:  # a fit or bootstrap asked for more than this machine has
        raise IceLedgerError("not enough memory for this estimate; try --method did2s, fewer --bootstrap "
                             "draws, or a smaller panel") from exc
    if plot is not None:
        api.save_event_study(result, plot)
    _print(result, fmt)
    if plot is not None and fmt is Format.table:
        console.print(f"event-study chart: {plot}")


def _estimate(application: str | None, outcome: str | None, method: str, scale: str, balanced: bool,
              panel: Path | None, unit: str | None, time: str | None, first_treated: str | None,
              cluster: str | None, covariate: list[str] | None, bootstrap: int | None,
              home: Path | None, options: dict[str, Any]) -> EffectResult:
    if panel is not None:
        if application:
            raise IceLedgerError("give either an APPLICATION or --panel, not both")
        missing = [f"--{n}" for n, v in (("unit", unit), ("time", time), ("outcome", outcome),
                                          ("first-treated", first_treated)) if not v]
        if missing:
            raise IceLedgerError(f"--panel needs {', '.join(missing)}")
        assert unit and time and outcome and first_treated
        result = api.estimate_effect(_read_panel(panel), unit, time, outcome, first_treated, method=method,
                                     cluster=cluster, covariates=tuple(covariate or ()), bootstrap=bootstrap,
                                     **options)
        result.description = f"User-supplied panel {panel}."
        return result
    if application:
        return api.run_application(application, outcome=outcome, method=method, scale=scale,
                                   balanced=balanced, home=home, bootstrap=bootstrap, **options)
    raise IceLedgerError("name an application (" + ", ".join(api.effect_applications()) + ") or give --panel FILE.csv")


def _print_catalog(fmt: Format) -> None:
    catalog = api.effect_application_catalog()
    if fmt is Format.json:
        print_json(catalog)
        return
    for app in catalog:
        if app["available"]:
            console.print(f"{app['name']}: {app['title']}. Outcomes: {', '.join(app['outcomes'])} (default "
                          f"{app['outcomes'][0]}).", highlight=False)
        else:
            console.print(f"{app['name']}: {app['title']}: {app['reason']}.", highlight=False, style="yellow")


def _read_panel(path: Path) -> pd.DataFrame:
    import pandas as pd

    if not path.exists():
        raise SourceFileError(str(path), "file not found")
    try:
        return pd.read_csv(path)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise SourceFileError(str(path), f"cannot be read as CSV ({exc})") from exc


def _print(result: EffectResult, fmt: Format) -> None:
    if fmt is Format.json:
        print_json(result.to_dict())
        return
    es = result.event_study.drop(columns=["reference"])
    if fmt is Format.csv:
        print_frame(es, fmt)
        return
    if result.description:
        console.print(result.description, highlight=False)
        console.print()
    for line in result.summary_lines():
        style = "yellow" if line.startswith("Warning") else None
        console.print(line, style=style, highlight=False)
    print_frame(es, fmt, title="Event study (relative period -1 is the reference)")
