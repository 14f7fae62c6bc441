"""The stages of gendocs.amend import one way, and the rest of gendocs uses only its public API.

The stages, in the reading order of ``gendocs/amend/__init__.py``, each importing only from those
before it: text ← align ← ops ← plan ← write ← apply ← taishou ← draft ← docx ← impact.
``errors`` is shared by all of them; ``content`` (the content/ordinances files) and the package
API sit on top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import gendocs.amend

PACKAGE = Path(gendocs.amend.__file__).parent
GENDOCS = PACKAGE.parent
STAGES = (
    "errors",
    "text",
    "align",
    "ops",
    "plan",
    "write",
    "apply",
    "taishou",
    "draft",
    "docx",
    "impact",
    "content",
    "__init__",
)
Graph = dict[str, set[str]]


def module_name(path: Path) -> str:
    """Return a module's dotted name inside gendocs.amend: text/parse.py → text.parse,
    ops/__init__.py → ops."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" and len(parts) > 1 else parts)


def imported(node: ast.AST, modules: set[str]) -> set[str]:
    """Return the modules of gendocs.amend that one import statement loads."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names if alias.name.startswith("gendocs.amend.")]
        return {name.removeprefix("gendocs.amend.") for name in names}
    if not isinstance(node, ast.ImportFrom) or not (f"{node.module}.").startswith("gendocs.amend."):
        return set()
    if node.module == "gendocs.amend":  # the package API, or one of its modules by name
        return {alias.name if alias.name in modules else "__init__" for alias in node.names}
    return {str(node.module).removeprefix("gendocs.amend.")}


def import_graph() -> Graph:
    """Map each module of gendocs.amend to the modules of gendocs.amend it imports."""
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(path) for path in paths}
    graph: Graph = {}
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[module_name(path)] = {
            target for node in ast.walk(tree) for target in imported(node, modules)
        }
    return graph


def stage(module: str) -> str:
    """Return the stage a module belongs to: its sub-package, or the root module itself."""
    return module.split(".")[0]


def upward_imports(graph: Graph) -> list[str]:
    """Return every import of a module from a later stage; a module outside STAGES counts as later
    than all."""
    rank = {name: index for index, name in enumerate(STAGES)}
    return sorted(
        f"{module} imports {target}"
        for module, targets in graph.items()
        for target in targets
        if stage(target) != stage(module)
        and rank.get(stage(target), len(STAGES)) > rank.get(stage(module), -1)
    )


def find_cycle(graph: Graph) -> list[str]:
    """Return one import cycle as the modules along it (the first repeated at the end), or []."""
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> list[str]:
        if module in path:
            return path[path.index(module) :] + [module]
        if module in done:
            return []
        for target in sorted(graph.get(module, ())):
            if cycle := visit(target, path + [module]):
                return cycle
        done.add(module)
        return []

    for module in sorted(graph):
        if cycle := visit(module, []):
            return cycle
    return []


def outside_imports() -> list[str]:
    """Return the imports of gendocs.amend by modules of gendocs outside it that bypass
    ``__all__``."""
    found = []
    for path in sorted(GENDOCS.rglob("*.py")):
        if PACKAGE in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, (ast.Import, ast.ImportFrom)) or not _bypasses_api(node):
                continue
            found.append(f"{path.relative_to(GENDOCS.parent)}:{node.lineno}: {ast.unparse(node)}")
    return found


def _bypasses_api(node: ast.Import | ast.ImportFrom) -> bool:
    names = {alias.name for alias in node.names}
    if isinstance(node, ast.Import):
        return any(name.startswith("gendocs.amend.") for name in names)
    if node.module == "gendocs.amend":
        return bool(names - set(gendocs.amend.__all__))
    return f"{node.module}.".startswith("gendocs.amend.")


def test_every_module_of_the_package_belongs_to_a_stage() -> None:
    assert {stage(module) for module in import_graph()} == set(STAGES)


def test_each_stage_imports_only_from_the_stages_before_it() -> None:
    assert upward_imports(import_graph()) == []


def test_the_check_reports_an_import_from_a_later_stage() -> None:
    graph = {
        "text.model": {"plan.units", "text.style"},
        "plan.units": {"text.model"},
        "spare": {"errors"},
    }
    assert upward_imports(graph) == ["spare imports errors", "text.model imports plan.units"]


def test_no_module_of_the_package_imports_itself_back() -> None:
    assert find_cycle(import_graph()) == []


def test_the_check_reports_a_cycle_with_the_modules_along_it() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]


def test_the_rest_of_gendocs_uses_only_the_public_api() -> None:
    assert outside_imports() == []
