"""No import circles in src/: between modules, and between the packages they sit in.

The imports are read from the source text with `ast`, every one of them: at module level, under
`if TYPE_CHECKING:` and inside functions. A circle held together by a deferred import is still a circle
(the two modules cannot be understood, tested or moved apart), so none is excused.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
ROOT = "ice_ledger"


def module_files() -> dict[str, Path]:
    """Every module under src/ice_ledger, by dotted name (a package by its own name)."""
    found: dict[str, Path] = {}
    for path in sorted((SRC / ROOT).rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _resolve(module: str, path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    base = package[: len(package) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(module: str, path: Path, known: set[str]) -> set[str]:
    """The ice_ledger modules `module` imports anywhere in its text."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        names: Iterable[str] = ()
        if isinstance(node, ast.Import):
            names = (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(module, path, node)
            # `from pkg import sub` imports the module pkg.sub when there is one, else a name from pkg.
            names = [f"{target}.{a.name}" if f"{target}.{a.name}" in known else target for a in node.names]
        for name in names:
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name != module and name.startswith(ROOT):
                out.add(name)
    return out


def import_graph() -> dict[str, set[str]]:
    files = module_files()
    return {m: imports_of(m, p, set(files)) for m, p in files.items()}


def package_of(module: str) -> str:
    """The unit a package-level circle is counted between: ice_ledger.<first level>."""
    return ".".join(module.split(".")[:2])


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    packages: dict[str, set[str]] = {}
    for module, targets in graph.items():
        src = package_of(module)
        packages.setdefault(src, set())
        for target in targets:
            if package_of(target) != src and target != ROOT:
                packages[src].add(package_of(target))
    return packages


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one member (Tarjan), each sorted, with one path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def a_path(graph: dict[str, set[str]], members: list[str]) -> str:
    """One concrete circle through the first member, for the failure message."""
    inside = set(members)
    start = members[0]
    paths = [[start]]
    seen = {start}
    while paths:
        path = paths.pop(0)
        for nxt in sorted(graph[path[-1]] & inside):
            if nxt == start:
                return " -> ".join([*path, start])
            if nxt not in seen:
                seen.add(nxt)
                paths.append([*path, nxt])
    return ", ".join(members)


def test_the_walker_sees_deferred_imports(tmp_path: Path) -> None:
    """A circle held together by an in-function or TYPE_CHECKING import is found."""
    code = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from ice_ledger.b import x\n"
        "def f():\n    import ice_ledger.c\n"
    )
    path = tmp_path / "a.py"
    path.write_text(code)
    known = {"ice_ledger.a", "ice_ledger.b", "ice_ledger.c"}
    assert imports_of("ice_ledger.a", path, known) == {"ice_ledger.b", "ice_ledger.c"}
    graph = {"ice_ledger.a": {"ice_ledger.b"}, "ice_ledger.b": {"ice_ledger.c"}, "ice_ledger.c": {"ice_ledger.a"}}
    assert cycles(graph) == [["ice_ledger.a", "ice_ledger.b", "ice_ledger.c"]]


def test_relative_imports_resolve(tmp_path: Path) -> None:
    path = tmp_path / "m.py"
    path.write_text("from . import sib\nfrom .sib import name\nfrom .. import top\n")
    known = {"ice_ledger.pkg", "ice_ledger.pkg.sib", "ice_ledger.top", "ice_ledger.pkg.m"}
    assert imports_of("ice_ledger.pkg.m", path, known) == {"ice_ledger.pkg.sib", "ice_ledger.top"}


def test_the_walker_reads_the_real_tree() -> None:
    graph = import_graph()
    assert len(graph) > 50
    assert "ice_ledger.errors" in graph["ice_ledger.sources.readers"]


# Circles other work is removing (issue 16); each must still exist, so an entry is dropped once it is gone.
PENDING: dict[str, dict[frozenset[str], str]] = {
    "module": {
    },
    "package": {
    },
}


@pytest.mark.parametrize("level", ["module", "package"])
def test_no_import_circles(level: str) -> None:
    graph = import_graph()
    if level == "package":
        graph = package_graph(graph)
    found = {frozenset(c): a_path(graph, c) for c in cycles(graph)}
    pending = PENDING[level]
    new = [path for members, path in found.items() if members not in pending]
    assert not new, f"import circles between {level}s:\n" + "\n".join(new)
    gone = [", ".join(sorted(members)) for members in pending if members not in found]
    assert not gone, f"no longer a circle, remove it from PENDING[{level!r}]: " + "; ".join(gone)


def test_the_shared_declarations_import_neither_side() -> None:
    """ice_ledger.schema is the leaf sources/ and warehouse/ both import: it imports neither (nor anything
    but the leaf modules config and errors)."""
    graph = import_graph()
    for module, targets in graph.items():
        if module.startswith("ice_ledger.schema"):
            outside = {t for t in targets if not t.startswith("ice_ledger.schema")}
            assert outside <= {"ice_ledger.config", "ice_ledger.errors"}, (module, outside)


def test_sources_do_not_import_the_warehouse_or_the_layers_above() -> None:
    graph = import_graph()
    above = ("ice_ledger.warehouse", "ice_ledger.policies", "ice_ledger.metrics", "ice_ledger.api",
             "ice_ledger.claims", "ice_ledger.effects", "ice_ledger.cli", "ice_ledger.web")
    wrong = sorted((m, t) for m, targets in graph.items() if m.startswith("ice_ledger.sources")
                   for t in targets if t.startswith(above))
    assert not wrong, wrong


def test_build_never_downloads() -> None:
    """`fetch` acquires, `build` builds: the build module names no downloading function."""
    tree = ast.parse((SRC / ROOT / "warehouse" / "build.py").read_text(encoding="utf-8"))
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    names |= {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
    downloading = names & {"fetch_source", "acquire_source", "_download", "httpx"}
    assert not downloading, downloading
