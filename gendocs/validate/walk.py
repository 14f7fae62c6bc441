"""Walk a model object with the key path of every value, for checks that need locations."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from gendocs.load import KeyPath
from gendocs.model.base import FieldInfo, fields_of, is_content_class


@dataclass(frozen=True)
class Visit:
    """One field value met during a walk."""

    path: KeyPath
    field: FieldInfo
    value: Any


def walk(obj: Any, path: KeyPath = ()) -> Iterator[Visit]:
    """Yield every field of ``obj`` and of the content objects below it (fields left unset,
    as the sections of a partially built Content are, are skipped)."""
    for info in fields_of(type(obj)):
        value = getattr(obj, info.name, _UNSET)
        if value is _UNSET:
            continue
        here = path + (info.name,)
        yield Visit(here, info, value)
        yield from _below(value, here)


def _below(value: Any, path: KeyPath) -> Iterator[Visit]:
    if _is_content(type(value)):
        yield from walk(value, path)
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            if _is_content(type(item)):
                yield from walk(item, path + (index,))


_UNSET = object()
_CONTENT: dict[type, bool] = {}  # is_content_class by type (two walks of 1,000 members ask
# it ~1.3 million times, issue 17)


def _is_content(tp: type) -> bool:
    known = _CONTENT.get(tp)
    if known is None:
        known = _CONTENT[tp] = is_content_class(tp)
    return known
