"""The registry of document types. Each module in this package registers one or more types.

A document type is a name, a template file and a function from the content and the facts
computed from it (``gendocs.compute.Facts``) to the template context: it only formats. Adding a
document means adding one module here; nothing else changes.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from gendocs.compute import Facts
from gendocs.errors import ContentError, Location, Msg, Problem, UsageError
from gendocs.model import Content

Context = dict[str, Any]
T = TypeVar("T")


@dataclass(frozen=True)
class DocumentType:
    """A kind of document gendocs writes."""

    name: str  # used on the command line: gendocs build plan
    title: str  # the Japanese title, also the file name and docProps title
    template: str  # file name in templates/
    context: Callable[[Content, Facts], Context]
    order: int = 100  # position in listings and builds
    # the phase of the lecture's four the document serves (1 計画立案, 2 仕様検討・調達,
    # 3 導入・移行, 4 運用); gendocs list shows it and tests/test_registry.py requires one
    phase: int = 0
    # whether the content calls for this document at all (a 任意協議会 has no 規約): a full build
    # skips a document that does not apply; naming it explicitly gives its context's error
    applies: Callable[[Content], bool] = lambda _content: True
    # a last touch on the rendered document (a DocxTemplate) from its context, e.g. 縦書き sections
    finish: Callable[[Any, Context], None] = lambda _document, _context: None
    # the context paths its template must read (``sla.availability``, ``costs.rows[].saving``):
    # the facts the document exists to state. A template without one is refused before anything
    # is written (gendocs.render.tag_check); the wording around them is the template's own.
    needs: tuple[str, ...] = ()

    @property
    def filename(self) -> str:
        """The output file name."""
        return f"{self.order:02d}_{self.title}.docx"


# The lecture's four phases (domain constants, not content): the schedule's own phases may be
# named and numbered otherwise, but every document serves one of these.
PHASES = {1: "計画立案", 2: "仕様検討・調達", 3: "導入・移行", 4: "運用"}

_REGISTRY: dict[str, DocumentType] = {}


def missing(facts: Facts, path: str, message: Msg) -> ContentError:
    """The error of a document that needs the content key ``path`` (``procurement.spec``) the
    content lacks, located where its top-level key is written (the content's file when it has
    none)."""
    top = path.split(".", 1)[0]
    place = facts.places.get(top)
    return ContentError([Problem(place or Location(f"content/{top}.yaml"), path, message)])


def once(content: Content, compute: Callable[[Content], T]) -> T:
    """``compute(content)``: what several documents format alike (the procurement documents'
    ``procurement_facts``), worked out once for all the documents of a build.

    A build renders each document from a tracked copy of the content, which records the content
    keys the document reads (``gendocs.incremental.tracking``): that copy computes ``compute``
    once for the content it stands for and gives every document the reads it made, so each
    document's recorded reads are those it would make computing it itself. Untracked content is
    computed each time. ``compute`` must depend on the content alone (not on the document)."""
    hook = getattr(type(content), "__gendocs_once__", None)
    return compute(content) if hook is None else hook(content, compute)


def register(doctype: DocumentType) -> DocumentType:
    """Add ``doctype`` to the registry; a name may be registered once."""
    if doctype.name in _REGISTRY:
        raise ValueError(f"document type {doctype.name!r} registered twice")
    _REGISTRY[doctype.name] = doctype
    return doctype


def all_types() -> list[DocumentType]:
    """Every registered document type, in build order."""
    _discover()
    return sorted(_REGISTRY.values(), key=lambda d: (d.order, d.name))


def select(names: list[str]) -> list[DocumentType]:
    """The document types called ``names`` (all when empty); an unknown name is a usage error."""
    known = {d.name: d for d in all_types()}
    unknown = [n for n in names if n not in known]
    if unknown:
        valid = ", ".join(known)
        raise UsageError(
            Msg(
                f"文書の種類「{', '.join(unknown)}」はありません。指定できるもの: {valid}",
                f"unknown document type {', '.join(unknown)}; valid: {valid}",
            )
        )
    return [known[n] for n in names] if names else list(known.values())


def _discover() -> None:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
