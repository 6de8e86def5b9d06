"""Imports go down the pipeline, and the front ends come in through one door.

The layers, lowest first (a module may import its own package and any lower layer, never a higher one nor a
sibling on its own layer):

    0  leaf        ice_ledger (the package root: __version__), errors, config, fiscal, rates, values, schema/
                   (the declarations sources and warehouse share), and any module not listed below
    1  geo         geo/: names to FIPS and facilities to counties, from reference data; sources resolve names
                   with it while staging, so it sits below them and imports only leaves
    2  sources     sources/: one module per public source (parse and stage; nothing else knows a file format)
    3  warehouse   warehouse/ and query (filters over warehouse columns): typing, quarantine, lineage, builds,
                   and the reader every higher layer uses (warehouse.reader)
    4  studies     studies/: the research registry (data)
    5  policies    policies/: the policy registry and behavioural definitions (reads geo)
    6  metrics     metrics/: named metrics over the warehouse (reads geo and policies)
    7  areas       effects/, claims/, places (siblings: none imports another)
    8  api         api: the one front door
    9  front ends  cli/, web/ (they import ice_ledger.api and their own package, nothing else of ice_ledger)
   10  entry       __main__

Derivations (geo.facilities, policies.behavioural, metrics.aor_states, metrics.rollups) register themselves
in schema.derivations; the warehouse names none of them (api.build imports them before a build).

Every import counts: module level, inside functions and under TYPE_CHECKING, relative or absolute. An upward
import that must stay for a while is listed in KNOWN_UPWARD, named exactly; a new upward import fails, and so
does an entry no longer needed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "ice_ledger"

LAYERS: dict[str, int] = {
    "geo": 1,
    "sources": 2,
    "warehouse": 3,
    "studies": 4,
    "policies": 5,
    "metrics": 6,
    "effects": 7, "claims": 7, "places": 7,
    "api": 8,
    "cli": 9, "web": 9,
    "__main__": 10,
}
FRONT_ENDS = ("cli", "web")
# `ice-ledger serve` and `ice-ledger web --get PATH` run the web app: the one import between the front ends.
FRONT_END_ALLOWED = {("ice_ledger.cli.web", "ice_ledger.web")}

# Upward imports that must stay for a while, each (importing module, imported module); none today. Delete an
# entry when its import goes (test_known_upward_imports_still_exist says so).
KNOWN_UPWARD: set[tuple[str, str]] = set()


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _exists(name: str) -> bool:
    base = SRC.joinpath(*name.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def imports(path: Path) -> Iterator[tuple[str, int]]:
    """Every ice_ledger module `path` imports (anywhere in the file), with its line; `from pkg import name`
    counts as importing pkg.name when that is a module, else pkg."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "ice_ledger":
                    yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target.split(".")[0] != "ice_ledger":
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                yield (sub if _exists(sub) else target), node.lineno


def area(module: str) -> str:
    """The top-level part of ice_ledger a module belongs to ('' for the package root); query.py counts as part of
    the warehouse (its filters are SQL over warehouse columns)."""
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else ""
    return "warehouse" if top == "query" else top


def layer(module: str) -> int:
    return LAYERS.get(area(module), 0)


@cache
def all_edges() -> list[tuple[str, str, str]]:
    """(importer, imported, where) for every ice_ledger import in src/ice_ledger (read once per session)."""
    edges = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for target, line in imports(path):
            edges.append((module_name(path), target, f"{path.relative_to(SRC.parent)}:{line}"))
    return edges


def upward(edges: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Imports of a higher layer, or of a sibling package on the same layer (other than the package root)."""
    bad = []
    for importer, target, where in edges:
        a, b = area(importer), area(target)
        if a == b or (importer, target) in FRONT_END_ALLOWED:
            continue
        if layer(target) > layer(importer) or (layer(target) == layer(importer) and b and layer(target) > 0):
            bad.append((importer, target, where))
    return bad


def test_the_walk_sees_every_kind_of_import(tmp_path: Path) -> None:
    """The walker itself: module-level, in-function, TYPE_CHECKING and relative imports all count."""
    probe = PACKAGE / "claims" / "evidence.py"
    found = {t for t, _ in imports(probe)}
    assert "ice_ledger.warehouse.reader" in found and "ice_ledger.errors" in found
    in_function = {t for t, _ in imports(PACKAGE / "api.py")}
    assert "ice_ledger.claims.check" in in_function, "imports inside functions must be walked too"
    assert "ice_ledger.effects.result" in in_function, "TYPE_CHECKING imports must be walked too"
    assert layer("ice_ledger.cli.ledger") > layer("ice_ledger.api") > layer("ice_ledger.claims.check")
    assert upward([("ice_ledger.metrics.percapita", "ice_ledger.api", "x")]), "an upward import must be caught"
    assert upward([("ice_ledger.claims.x", "ice_ledger.effects.y", "x")]), "siblings must not import each other"


def test_imports_go_down_the_layers() -> None:
    bad = [e for e in upward(all_edges()) if (e[0], e[1]) not in KNOWN_UPWARD]
    assert not bad, "upward imports (see the layer order in this file's docstring):\n" + "\n".join(
        f"  {where}: {importer} imports {target}" for importer, target, where in bad)


def test_known_upward_imports_still_exist() -> None:
    """An allow-list entry whose import has gone is deleted, so the list only ever shrinks to nothing."""
    present = {(i, t) for i, t, _ in all_edges()}
    stale = sorted(KNOWN_UPWARD - present)
    assert not stale, "remove these KNOWN_UPWARD entries (the imports are gone):\n" + "\n".join(
        f"  {i} -> {t}" for i, t in stale)


def test_front_ends_use_only_the_api() -> None:
    """cli/ and web/ import ice_ledger.api and their own package; everything else goes through the api."""
    bad = []
    for importer, target, where in all_edges():
        front = area(importer)
        if front not in FRONT_ENDS or (importer, target) in FRONT_END_ALLOWED:
            continue
        if target != "ice_ledger.api" and area(target) != front:
            bad.append(f"  {where}: {importer} imports {target}")
    assert not bad, "the front ends must call ice_ledger.api only:\n" + "\n".join(bad)


def test_nothing_below_the_api_imports_it() -> None:
    bad = [f"  {where}: {importer}" for importer, target, where in all_edges()
           if target == "ice_ledger.api" and layer(importer) < LAYERS["api"]]
    assert not bad, "below the api, read the warehouse through ice_ledger.warehouse.reader:\n" + "\n".join(bad)


def test_the_warehouse_names_no_higher_module() -> None:
    """Derivations register themselves; the warehouse holds no list of higher modules, not even as strings."""
    higher = [a for a, n in LAYERS.items() if n > LAYERS["warehouse"]]
    named = []
    for path in sorted((PACKAGE / "warehouse").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                named += [f"  {path.name}: {node.value!r}" for a in higher
                          if node.value.startswith(f"ice_ledger.{a}")]
    assert not named, "the warehouse names higher modules:\n" + "\n".join(named)
