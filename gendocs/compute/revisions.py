"""The earlier revisions an amendment reads, validated by a forked process while the build
validates the current content (issue 17).

An instrument adopted at a git revision (``adopted:``) is amended, and printed as adopted, from
the content at that revision (:func:`gendocs.compute.amendments.content_at`): each such revision is
validated as the current content is, a third of the sample's validation. The revisions do not
depend on the current content, so :func:`validated_in_background` forks a process that validates
them while the parent validates the current content; the parent takes the validated revisions
when the compute stage first asks for one.

The parent never depends on the child for an error: a revision the child could not validate (or
a child that died, or whose result could not be sent) is validated by the parent when it is
asked for, which raises the same located error a build without the child raises. Where ``fork``
is not available, nothing is forked.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from gendocs.load import RawContent
from gendocs.model import Content


@dataclass
class _Background:
    """The forked validation of ``sources`` (label -> raw revision), received when first asked."""

    sources: dict[str, RawContent]
    process: Any
    receiving: Any
    validated: dict[str, Content] = field(default_factory=dict)
    received: bool = False

    def take(self, label: str, raw: RawContent) -> Content | None:
        """The validated content of the revision ``label`` if the child validated that very
        ``raw``; None otherwise (the caller validates it)."""
        if self.sources.get(label) is not raw:
            return None
        self.receive()
        return self.validated.get(label)

    def receive(self) -> None:
        if self.received:
            return
        self.received = True
        try:
            self.validated = self.receiving.recv()
        except (EOFError, OSError):  # the child died: the parent validates what it asks for
            self.validated = {}
        finally:
            self.receiving.close()
            self.process.join()


_BACKGROUND: ContextVar[_Background | None] = ContextVar("gendocs_revisions", default=None)


@contextmanager
def validated_in_background(raw: RawContent) -> Iterator[None]:
    """Within the block, the revisions of ``raw`` are validated by a forked process."""
    from gendocs.render.workers import can_fork

    sources = {k: v for k, v in raw.revisions.items() if isinstance(v, RawContent)}
    if not sources or not can_fork():
        yield
        return
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(os.getpid(), receiving, sending, sources), daemon=True
    )
    process.start()
    sending.close()
    background = _Background(sources, process, receiving)
    token = _BACKGROUND.set(background)
    try:
        yield
    finally:
        _BACKGROUND.reset(token)
        background.receive()  # reap the child even when nothing asked for a revision


def prevalidated(label: str, raw: RawContent) -> Content | None:
    """The revision ``label`` (``raw``) as the background process validated it, if it did."""
    background = _BACKGROUND.get()
    return background.take(label, raw) if background is not None else None


def _child(parent: int, receiving: Any, sending: Any, sources: dict[str, RawContent]) -> None:
    """Validate each revision; send those that validate. Leave without the parent's exit
    handlers, and never outlive the parent (see :func:`gendocs.render.workers._child`)."""
    from gendocs.render.workers import forked
    from gendocs.validate import validate

    code = 0
    try:
        forked(parent, [receiving])
        validated = {}
        for label, raw in sources.items():
            try:
                validated[label] = validate(raw)
            except Exception:  # noqa: BLE001, S112 - the parent validates it and reports it
                continue
        sending.send(validated)
        sending.close()
    except BaseException:  # noqa: BLE001 - the parent validates what it did not receive
        code = 1
    finally:
        os._exit(code)
