"""The floor plan of gendocs: each part imports only from its own layer or the layers below.

A stage (load → validate → compute → render → write) never calls a later one; the incremental
build, the exports and the review sit above the pipeline's stages, and only the CLI sees all.
The table is the map of docs/DEVELOPING.md; a new top-level package must be placed in it.
"""

from __future__ import annotations

from tests.import_graph import component, cycles, module_edges

LAYERS: tuple[tuple[str, ...], ...] = (
    ("gendocs", "errors", "ja", "project"),  # the package's version, errors, Japanese text
    ("load", "model"),  # content/ read with positions; the frozen content model
    ("docx", "write"),  # Word XML; files written inside output/ only
    ("validate",),  # schema and domain checks on the content alone
    ("render",),  # the sandboxed template engine (docxtpl, Jinja), charts
    ("amend",),  # the amendment library (改め文, 新旧対照表) and its documents
    ("compute",),  # facts = compute(content): costs, drafted amendments, legal texts
    ("doctypes",),  # one module per document: (content, facts) -> context
    ("incremental", "export", "excel"),  # what each document read; PDF, md, html; workbooks
    ("pipeline",),  # build = write(render(compute(validate(load))))
    ("review", "scaffold"),  # diff, redline, summary, textconv, history; gendocs init
    ("commands",),  # one module per CLI command
    ("cli", "__main__"),  # the only place that prints
)
LAYER = {name: index for index, names in enumerate(LAYERS) for name in names}


def _component_edges() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for module, targets in module_edges().items():
        edges.setdefault(component(module), set()).update(
            component(t) for t in targets if component(t) != component(module)
        )
    return edges


def test_every_part_of_the_package_has_a_layer() -> None:
    assert set(_component_edges()) - set(LAYER) == set()


def test_no_import_runs_up_the_layers() -> None:
    upward = sorted(
        f"{source} ({LAYER[source]}) -> {target} ({LAYER[target]})"
        for source, targets in _component_edges().items()
        for target in targets
        if LAYER[target] > LAYER[source]
    )
    assert upward == []


def test_no_import_cycle_between_parts_or_modules() -> None:
    assert cycles(_component_edges()) == []
    assert cycles(module_edges()) == []


def test_the_graph_sees_the_imports_it_must() -> None:
    """The reader is not blind: known edges of each kind are found."""
    edges = module_edges()
    assert "gendocs.compute" in edges["gendocs.pipeline"]  # from gendocs.compute import …
    assert "gendocs.amend.content" in edges["gendocs.scaffold"]  # inside a function
    assert "gendocs.ja" in edges["gendocs.compute.legal.values"]  # from gendocs import ja
    assert cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]
