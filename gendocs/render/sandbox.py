"""What a template may read and call: plain values, gendocs' frozen value types, nothing else.

Jinja's sandbox allows every public attribute unless told otherwise, so an object in the context
that holds something powerful hands it to any template: docxtpl's ``InlineImage`` held the whole
``DocxTemplate``, and ``{{ gantt.tpl.save('/any/path') }}`` wrote files (issue 18). The policy
here is an allow-list instead. A template may read

- the keys of a plain ``dict`` and the items of a ``list``, ``tuple`` or ``str``;
- the fields of gendocs' frozen dataclasses (the model, ``legal.Line``…), and nothing else of
  them: no methods and no properties, so a template cannot run gendocs code;
- ``year``/``month``/``day`` of a date, the loop variables (``loop.index``…), and the attributes
  of its own ``namespace()``;

and it may call ``range`` (capped, see :mod:`gendocs.render.limits`), ``dict``, ``namespace``,
its own macros, ``loop.cycle``/``loop.changed``/``loop(…)`` and the read-only methods listed in
:data:`METHODS`. Anything else is refused with :class:`Refused` *before* Python evaluates it.
"""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.runtime import LoopContext, Macro
from jinja2.utils import Namespace

from gendocs.errors import Msg

STR_METHODS = frozenset(
    {
        "startswith",
        "endswith",
        "strip",
        "lstrip",
        "rstrip",
        "upper",
        "lower",
        "split",
        "splitlines",
        "count",
        "find",
        "isdigit",
    }
)
METHODS: tuple[tuple[type, frozenset[str]], ...] = (
    (str, STR_METHODS),
    (dict, frozenset({"items", "keys", "values", "get"})),
    (list, frozenset({"count", "index"})),
    (tuple, frozenset({"count", "index"})),
    (LoopContext, frozenset({"cycle", "changed"})),
)
"""Read-only methods a template may call, by the type that owns them."""

DATA: tuple[tuple[type, frozenset[str]], ...] = (
    (date, frozenset({"year", "month", "day"})),
    (
        LoopContext,
        frozenset(
            {
                "index",
                "index0",
                "revindex",
                "revindex0",
                "first",
                "last",
                "length",
                "depth",
                "depth0",
                "previtem",
                "nextitem",
            }
        ),
    ),
)
"""Plain data attributes a template may read, by type."""


class Refused(SecurityError):
    """The template asked for something the sandbox does not allow (message in both languages)."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.en)
        self.message_pair = message


def readable(obj: Any, name: str) -> bool:
    """Whether a template may read attribute ``name`` of ``obj``."""
    if name.startswith("_"):
        return False
    if isinstance(obj, Namespace):
        return True
    fields = value_fields(obj)
    if fields is not None:
        return name in fields
    return any(isinstance(obj, cls) and name in names for cls, names in METHODS + DATA)


def value_fields(obj: Any) -> frozenset[str] | None:
    """The field names of a gendocs frozen dataclass instance; None for anything else."""
    if isinstance(obj, type):
        return None
    # a change-tracking proxy (gendocs.incremental.tracking) answers __class__ with the class it
    # stands for, and reads its fields through to the real object
    return _frozen_fields(obj.__class__)


@cache
def _frozen_fields(cls: type) -> frozenset[str] | None:
    if not dataclasses.is_dataclass(cls) or not cls.__module__.startswith("gendocs."):
        return None
    if not getattr(cls, "__dataclass_params__").frozen:
        return None
    return frozenset(f.name for f in dataclasses.fields(cls))


def callable_by_template(obj: Any, allowed_globals: Iterable[Any]) -> bool:
    """Whether a template may call ``obj``: its macros, loops, allowed globals and methods."""
    if isinstance(obj, (Macro, LoopContext)) or any(obj is g for g in allowed_globals):
        return True
    if not isinstance(obj, (types.BuiltinMethodType, types.MethodType)):
        return False
    owner = obj.__self__
    return any(isinstance(owner, cls) and obj.__name__ in names for cls, names in METHODS)


def refused_attribute(obj: Any, name: str) -> Refused:
    """The error for reading ``name`` of ``obj``, listing the fields a value type does have."""
    fields = value_fields(obj)
    if fields and not name.startswith("_"):  # likely a misspelt field: say which exist
        listed = ", ".join(sorted(fields))
        return Refused(
            Msg(
                f"テンプレートから使えない属性です（{name}）。使える属性: {listed}",
                f"attribute not available to templates ({name}); available: {listed}",
            )
        )
    return Refused(
        Msg(
            f"テンプレートから使えない属性です（{name}）",
            f"attribute not available to templates ({name})",
        )
    )


def refused_call(obj: Any) -> Refused:
    """The error for calling something a template may not call."""
    name = getattr(obj, "__name__", type(obj).__name__)
    return Refused(
        Msg(
            f"テンプレートから呼び出せないものです（{name}）",
            f"cannot be called from a template ({name})",
        )
    )
