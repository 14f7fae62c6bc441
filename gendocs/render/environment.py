"""The one Jinja environment every template renders in: sandboxed, strict, autoescaping.

Content is data: a value such as ``{{ 7*7 }}`` or ``<w:p>`` is inserted as text, never run or
parsed as XML, and a name the context lacks is an error instead of an empty string.

Templates are data too (they are edited in Word and passed between municipalities), so a
template can only read its context: what it may read and call is the allow-list in
:mod:`gendocs.render.sandbox`, how much it may make is capped by :mod:`gendocs.render.limits`,
and it cannot load other files (no loader; ``{% include %}``, ``{% import %}`` and
``{% extends %}`` are refused when the template is parsed, as is ``{% autoescape false %}``,
which would let content values through as raw XML). Filters that make output depend on
something other than the input (``random``) or that serve the web (``tojson``, ``urlize``,
``urlencode``, ``xmlattr``, ``pprint``, ``safe``) are not offered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jinja2 import StrictUndefined, nodes
from jinja2.exceptions import TemplateSyntaxError
from jinja2.filters import FILTERS as JINJA_FILTERS
from jinja2.runtime import Context, LoopContext, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace, pass_environment
from jinja2.visitor import NodeTransformer

from gendocs import ja
from gendocs.errors import Msg
from gendocs.render import limits
from gendocs.render.sandbox import callable_by_template, readable, refused_attribute, refused_call

FILTERS: dict[str, Callable[..., Any]] = {
    "wareki": ja.wareki_date,
    "wareki_month": lambda ym: ja.wareki_month(ym.year, ym.month),
    "nendo": ja.fiscal_year_label,
    "yen": ja.format_yen,
    "amount": ja.format_amount,
    "sen_yen": ja.format_thousand_yen,
    "percent": ja.format_percent,
    "kansuji": ja.kansuji,
    "article": ja.article_label,
    "num": lambda n: f"{n:,}",
}

GLOBALS: dict[str, Any] = {"range": limits.capped_range, "dict": dict, "namespace": Namespace}
WITHHELD_FILTERS = frozenset(
    {"random", "tojson", "urlize", "urlencode", "xmlattr", "pprint", "safe"}
)
# filters the parser puts around loops and ~ (see _Guard); harmless if a template names them
LOOP_FILTER, SIZE_FILTER, TEXT_FILTER = "gendocs_loop", "gendocs_size", "gendocs_text"


class TemplateEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox: reads on an allow-list, sizes capped, no file access."""

    intercepted_binops = limits.GUARDED_BINOPS

    def __init__(self) -> None:
        super().__init__(
            undefined=StrictUndefined, autoescape=True, loader=None, finalize=limits.printable
        )
        self.budget = limits.Budget()
        self.globals.clear()
        self.globals.update(GLOBALS)
        self.filters = _filters()

    def getattr(self, obj: Any, attribute: str) -> Any:
        """``obj.attribute``: an allowed attribute, else a dict key, else refused."""
        _fail_if_undefined(obj)
        if readable(obj, attribute):
            try:
                return getattr(obj, attribute)
            except AttributeError:  # a namespace() attribute never set
                return self.undefined(obj=obj, name=attribute)
        if isinstance(obj, dict):
            return obj[attribute] if attribute in obj else self.undefined(obj=obj, name=attribute)
        raise refused_attribute(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        """``obj[argument]``: an item of a plain container, else as ``obj.argument``."""
        _fail_if_undefined(obj)
        if isinstance(obj, (dict, list, tuple, str, range)):
            try:
                return obj[argument]
            except (TypeError, LookupError):
                pass
        if isinstance(argument, str) and not isinstance(obj, dict):
            return self.getattr(obj, argument)
        return self.undefined(obj=obj, name=argument)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Jinja's own check (used where Jinja reads attributes itself): the same policy."""
        return readable(obj, attr)

    def is_safe_callable(self, obj: Any) -> bool:
        """Whether a template may call ``obj`` (see :mod:`gendocs.render.sandbox`)."""
        return callable_by_template(obj, GLOBALS.values())

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        """Call an allowed callable; a recursive loop's items count against the loop budget."""
        _fail_if_undefined(__obj)  # lipsum(), super() outside a child template
        if not __self.is_safe_callable(__obj):
            raise refused_call(__obj)
        if isinstance(__obj, LoopContext) and args:
            args = (limits.counted(__context, args[0]),) + args[1:]
        return limits.sized(__context.call(__obj, *args, **kwargs))

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """``left operator right`` for the operators that can make large values."""
        return limits.binop(operator, left, right)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        # Jinja's one hook between parsing and compiling: refuse the tags that reach other
        # files or turn escaping off, and put the loop and size guards into the tree.
        tree = super()._parse(source, name, filename)
        _refuse_tags(tree)
        guarded = _Guard().visit(tree)
        guarded.set_environment(self)
        return guarded  # type: ignore[no-any-return]


def _fail_if_undefined(obj: Any) -> None:
    """Using a missing value is an error naming it (StrictUndefined raises when made text)."""
    if isinstance(obj, Undefined):
        str(obj)


def make_environment() -> TemplateEnvironment:
    """Return a fresh sandboxed environment (one per document: it carries the budget)."""
    return TemplateEnvironment()


@pass_environment
def _attr(environment: TemplateEnvironment, obj: Any, name: str) -> Any:
    """``|attr(name)`` under the same policy as ``obj.name``."""
    return environment.getattr(obj, str(name))


def _filters() -> dict[str, Callable[..., Any]]:
    offered = {k: v for k, v in JINJA_FILTERS.items() if k not in WITHHELD_FILTERS}
    offered |= {"attr": _attr, "join": limits.join} | FILTERS
    return limits.guard_filters(offered) | {
        LOOP_FILTER: limits.counted,
        SIZE_FILTER: limits.sized,
        TEXT_FILTER: limits.text_operand,
    }


class _Guard(NodeTransformer):
    """Count every loop's items; check that ``~`` joins scalars and makes nothing too large."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = _filter(node.iter, LOOP_FILTER)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        node.nodes = [_filter(n, TEXT_FILTER) for n in node.nodes]
        return _filter(node, SIZE_FILTER)


def _filter(node: nodes.Node, name: str) -> nodes.Filter:
    return nodes.Filter(node, name, [], [], None, None, lineno=node.lineno)


_LOADING_TAGS = {
    nodes.Extends: "extends",
    nodes.Include: "include",
    nodes.Import: "import",
    nodes.FromImport: "from … import",
}


def _refuse_tags(tree: nodes.Template) -> None:
    for node in tree.find_all(tuple(_LOADING_TAGS)):
        tag = _LOADING_TAGS[type(node)]
        raise RefusedTag(
            Msg(
                f"他のファイルを読み込むタグは使えません（{{% {tag} %}}）",
                f"tags that load other files are not available ({{% {tag} %}})",
            ),
            node.lineno,
        )
    for modifier in tree.find_all(nodes.EvalContextModifier):
        if any(k.key == "autoescape" for k in modifier.options):
            raise RefusedTag(
                Msg(
                    "{% autoescape %} で自動エスケープを切り替えることはできません",
                    "{% autoescape %} cannot switch escaping",
                ),
                modifier.lineno,
            )


class RefusedTag(TemplateSyntaxError):
    """A tag the sandbox does not allow, found when the template is parsed."""

    def __init__(self, message: Msg, lineno: int) -> None:
        super().__init__(message.en, lineno)
        self.message_pair = message
