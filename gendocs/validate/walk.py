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
        if not hasattr(obj, info.name):
            continue
        value = getattr(obj, info.name)
        here = path + (info.name,)
        yield Visit(here, info, value)
        yield from _below(value, here)


def _below(value: Any, path: KeyPath) -> Iterator[Visit]:
    if is_content_class(type(value)):
        yield from walk(value, path)
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            if is_content_class(type(item)):
                yield from walk(item, path + (index,))
