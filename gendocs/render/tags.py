"""The tags of a template: every value path its Jinja reads, with the paragraph that reads it.

A path names what a tag reads from the context, ``sla.availability``; an item of a list is
``[]``, so ``{%tr for r in sla.groups.availability %}`` … ``{{ r.name }}`` reads
``sla.groups.availability`` and ``sla.groups.availability[].name``. Names the template makes
itself (``loop``, ``{% set %}``, macro arguments, ``namespace()``) and what a method call returns
are not context paths; the value a method is called on is (``d.items()`` reads ``d``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from jinja2 import nodes

from gendocs.errors import TemplatePlace
from gendocs.render.environment import (
    GLOBALS,
    LOOP_FILTER,
    SIZE_FILTER,
    TEXT_FILTER,
    make_environment,
)
from gendocs.render.template_errors import paragraph_at

ITEM = "[]"
# filters that hand a loop the same items (in another order or a subset): ``for r in rows|sort``
_SAME_ITEMS = frozenset(
    {
        "sort",
        "reverse",
        "list",
        "unique",
        "selectattr",
        "rejectattr",
        LOOP_FILTER,
        SIZE_FILTER,
        TEXT_FILTER,
    }
)
_MADE_BY_TEMPLATE = frozenset({"loop", "caller", "varargs", "kwargs", *GLOBALS})


@dataclass(frozen=True)
class Tag:
    """One value path a template reads, and the place (template, part, paragraph) it is read."""

    path: str
    place: TemplatePlace


@dataclass(frozen=True)
class Source:
    """The Jinja source of one part of a template (one paragraph per line) and its place."""

    place: TemplatePlace
    text: str
    tree: nodes.Template | None = None  # the text parsed, when rendering has parsed it


def template_tags(sources: list[Source]) -> list[Tag]:
    """Every path the ``sources`` read, each with the paragraph it is read in, in order."""
    environment = make_environment()
    found: list[Tag] = []
    for source in sources:
        reader = _Reader()
        reader.visit(source.tree or environment.parse(source.text))
        for path, line in reader.found:
            paragraph = None if source.place.property else paragraph_at(source.text, line)
            place = TemplatePlace(
                source.place.template, source.place.part, paragraph, source.place.property
            )
            found.append(Tag(path, place))
    return found


class _Reader:
    """Walks a Jinja tree, binding loop and set names to the paths they stand for."""

    def __init__(self) -> None:
        self.scopes: list[dict[str, str | None]] = [{}]
        self.found: list[tuple[str, int]] = []

    def visit(self, node: nodes.Node) -> None:
        """Record the paths read under ``node``."""
        visitor = getattr(self, f"visit_{type(node).__name__}", None)
        if visitor is not None:
            visitor(node)
        else:
            self.visit_children(node)

    def visit_children(self, node: nodes.Node) -> None:
        """Visit every child node of ``node``."""
        for child in node.iter_child_nodes():
            self.visit(child)

    def visit_Name(self, node: nodes.Name) -> None:  # noqa: N802 - jinja2's visitor names
        self._record(node)

    def visit_Getattr(self, node: nodes.Getattr) -> None:  # noqa: N802
        self._record(node)

    def visit_Getitem(self, node: nodes.Getitem) -> None:  # noqa: N802
        if self._record(node) and not isinstance(node.arg, nodes.Const):
            self.visit(node.arg)  # rows[i] reads i too

    def visit_Call(self, node: nodes.Call) -> None:  # noqa: N802
        # a method call reads the value it is called on, not a key named like the method
        self.visit(node.node.node if isinstance(node.node, nodes.Getattr) else node.node)
        for argument in (
            *node.args,
            *(k.value for k in node.kwargs),
            node.dyn_args,
            node.dyn_kwargs,
        ):
            if argument is not None:
                self.visit(argument)

    def visit_Test(self, node: nodes.Test) -> None:  # noqa: N802
        if node.name in ("defined", "undefined"):  # asking whether a value is there reads none
            return
        self.visit_children(node)

    def visit_For(self, node: nodes.For) -> None:  # noqa: N802
        self.visit(node.iter)
        items = _path(node.iter, self.scopes)
        names = _targets(node.target)
        bound = items + ITEM if items is not None and len(names) == 1 else None
        self._within({name: bound for name in names}, [node.test, *node.body, *node.else_])

    def visit_Assign(self, node: nodes.Assign) -> None:  # noqa: N802
        self.visit(node.node)
        value = _path(node.node, self.scopes)
        for name in _targets(node.target):
            self.scopes[-1][name] = value if isinstance(node.target, nodes.Name) else None

    def visit_Macro(self, node: nodes.Macro) -> None:  # noqa: N802
        for default in node.defaults:
            self.visit(default)
        self._within({a.name: None for a in node.args}, node.body)

    def visit_CallBlock(self, node: nodes.CallBlock) -> None:  # noqa: N802
        self.visit(node.call)
        self._within({a.name: None for a in node.args}, node.body)

    def visit_With(self, node: nodes.With) -> None:  # noqa: N802
        for value in node.values:
            self.visit(value)
        bound = {
            t.name: _path(v, self.scopes)
            for t, v in zip(node.targets, node.values, strict=True)
            if isinstance(t, nodes.Name)
        }
        self._within(bound, node.body)

    def _within(self, bound: dict[str, str | None], body: Sequence[nodes.Node | None]) -> None:
        self.scopes.append(bound)
        for child in body:
            if child is not None:
                self.visit(child)
        self.scopes.pop()

    def _record(self, node: nodes.Expr) -> bool:
        """Record the path ``node`` reads; False if it is not a path of the context."""
        path = _path(node, self.scopes)
        if path is None:
            for child in _inner(node):
                self.visit(child)
            return False
        self.found.append((path, node.lineno))
        return True


def _path(node: nodes.Node | None, scopes: list[dict[str, str | None]]) -> str | None:
    """The context path an expression stands for, or None if it is not one."""
    if isinstance(node, nodes.Name):
        for scope in reversed(scopes):
            if node.name in scope:
                return scope[node.name]
        return None if node.name in _MADE_BY_TEMPLATE else node.name
    if isinstance(node, nodes.Getattr):
        return _joined(_path(node.node, scopes), node.attr)
    if isinstance(node, nodes.Getitem):
        key = node.arg.value if isinstance(node.arg, nodes.Const) else None
        return _joined(_path(node.node, scopes), key if isinstance(key, str) else ITEM)
    if isinstance(node, nodes.Filter) and node.name in _SAME_ITEMS:
        return _path(node.node, scopes)
    return None


def _joined(base: str | None, key: str) -> str | None:
    if base is None:
        return None
    return base + key if key == ITEM else f"{base}.{key}"


def _inner(node: nodes.Node) -> Iterator[nodes.Node]:
    """The expressions under a Getattr/Getitem chain that is not a context path."""
    if isinstance(node, (nodes.Getattr, nodes.Getitem)):
        yield node.node
    if isinstance(node, nodes.Getitem) and not isinstance(node.arg, nodes.Const):
        yield node.arg


def _targets(target: nodes.Node) -> list[str]:
    """The names a ``for`` or ``set`` target binds."""
    if isinstance(target, nodes.Name):
        return [target.name]
    if isinstance(target, nodes.Tuple):
        return [name for item in target.items for name in _targets(item)]
    return []
