"""The contexts a full gendocs build renders, computed once and saved for the bare docxtpl process.

Content objects (frozen dataclasses of gendocs.model, gendocs.render) become :class:`Record`
values with the same attributes, fields and properties alike, and images become
:class:`Picture`, so the bare process unpickles them without importing gendocs. Shared objects
stay shared (one Record per object), as the real contexts share them.
"""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path
from typing import Any

from bench.bare import Job, Picture, Record
from gendocs.compute import Facts
from gendocs.compute.documents import document_facts
from gendocs.doctypes import DocumentType, select
from gendocs.model import Content
from gendocs.project import Project
from gendocs.render.context import base_context
from gendocs.render.docx import Image

Contexts = list[tuple[DocumentType, dict[str, Any]]]
Memo = dict[int, tuple[Any, Any]]  # id of a converted value -> (the value, its plain form)


def full_build_types(content: Content) -> list[DocumentType]:
    """The documents ``gendocs build`` writes for ``content`` (those the content calls for)."""
    return [d for d in select([]) if d.applies(content)]


def context_of(content: Content, facts: Facts, doctype: DocumentType) -> dict[str, Any]:
    """The context gendocs renders ``doctype`` with (untracked)."""
    own = document_facts(content, doctype.name)
    return base_context(content, doctype.title, own) | doctype.context(content, facts)


def full_build_contexts(content: Content, facts: Facts) -> Contexts:
    """Every document of a full build with its context."""
    return [(d, context_of(content, facts, d)) for d in full_build_types(content)]


def plain_job(project: Project, contexts: Contexts) -> Job:
    """The bare process's job: template path, file name and plain context of every document."""
    memo: Memo = {}
    return [
        (str(project.template(d.template)), d.filename, plain(context, memo))
        for d, context in contexts
    ]


def save_job(job: Job, path: Path) -> Path:
    """Pickle ``job`` into ``path``; return it."""
    path.write_bytes(pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL))
    return path


def plain(value: Any, memo: Memo) -> Any:
    """``value`` with content objects as Records and images as Pictures."""
    if id(value) in memo:
        return memo[id(value)][1]
    if isinstance(value, Image):
        result: Any = Picture(value.png, value.width_mm)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        result = _record(value, memo)
    elif isinstance(value, dict):
        result = {k: plain(v, memo) for k, v in value.items()}
    elif isinstance(value, (list, tuple)):
        result = type(value)(plain(v, memo) for v in value)
    else:
        return value
    memo[id(value)] = (value, result)  # the value kept alive, so that its id is not reused
    return result


def _record(value: Any, memo: Memo) -> Record:
    cls = type(value)
    names = [f.name for f in dataclasses.fields(value)] + _properties(cls)
    attributes = {name: plain(getattr(value, name), memo) for name in names}
    if any("__str__" in vars(klass) for klass in cls.__mro__[:-1]):
        attributes["_text"] = str(value)  # e.g. YearMonth prints as 2028-04
    return Record(**attributes)


def _properties(cls: type) -> list[str]:
    return [
        name
        for klass in cls.__mro__
        for name, member in vars(klass).items()
        if isinstance(member, property)
    ]
