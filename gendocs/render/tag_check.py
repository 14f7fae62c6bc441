"""A template checked against its document: every tag it reads exists, every tag it needs is there.

Rendering finds a misspelled tag only where the content takes the template (an ``{%p if %}``
branch the sample never enters renders nothing); this check reads every tag of every branch
and looks its path up in the context the document was rendered with. And a template that
drops a tag its document needs (a user's copy in the project's ``templates/`` that lost the
稼働率) would render without complaint: each document type declares the paths it needs
(``DocumentType.needs``), and a template that reads none of them under that path is refused.
Both run after rendering and before anything is written, and report every problem at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from gendocs.errors import GendocsError, LocatedTemplateError, Msg, TemplateError, TemplatePlace
from gendocs.render.sandbox import readable
from gendocs.render.tags import ITEM, Source, Tag, template_tags


class TemplateTagsError(TemplateError):
    """A template reads values its document does not have, or lacks values its document needs."""

    def __init__(self, problems: Sequence[LocatedTemplateError]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            Msg(
                f"テンプレートのタグに{len(problems)}件の誤りがあります。",
                f"{len(problems)} problem(s) with the template's tags.",
            )
        )

    def lines(self, lang: str = "ja") -> list[str]:
        """One line per problem, then the count."""
        return [line for p in self.problems for line in p.lines(lang)] + [self.message.text(lang)]


def check_tags(
    sources: list[Source],
    context: Mapping[str, Any],
    needs: Iterable[str],
    bundled: Callable[[], list[Source]] = list,
) -> None:
    """Raise TemplateTagsError if a tag of ``sources`` is not in ``context`` or a need is unread.

    ``bundled`` gives the sources of the template gendocs ships under the same name: a missing
    need is shown with the paragraph that holds it there.
    """
    tags = template_tags(sources)
    problems = [
        _unknown(tag, absent)
        for tag in tags
        if (absent := absent_part(tag.path, context)) is not None
    ]
    template = sources[0].place.template if sources else ""
    problems += [
        _missing(template, need, bundled)
        for need in needs
        if not any(reads(tag.path, need) for tag in tags)
    ]
    if problems:
        raise TemplateTagsError(problems)


def reads(path: str, need: str) -> bool:
    """Whether reading ``path`` reads ``need`` (itself, or a value under it)."""
    return path == need or path.startswith((need + ".", need + ITEM))


def absent_part(path: str, context: Mapping[str, Any]) -> str | None:
    """The shortest start of ``path`` that ``context`` lacks (``sla.availabilty``).

    None when the whole path is there, or when the context cannot tell: under an empty list, an
    absent optional value (None) or a value a template builds itself.
    """
    return _look_up(path, context)[0]


def decidable(path: str, context: Mapping[str, Any]) -> bool:
    """Whether ``context`` can tell if it has ``path`` (no empty list or None on the way)."""
    return _look_up(path, context)[1]


def _look_up(path: str, context: Mapping[str, Any]) -> tuple[str | None, bool]:
    """(the start of ``path`` found absent, whether the context could tell)."""
    values: list[Any] = [context]
    done = ""
    for key in _keys(path):
        done = done + key if key == ITEM else (f"{done}.{key}" if done else key)
        steps = [_step(value, key) for value in values]
        if all(step is None for step in steps):
            return done, True
        values = [found for step in steps if step is not None for found in step]
        if not values:
            return None, False
    return None, True


def _keys(path: str) -> list[str]:
    """``a.b[].c`` → ``a``, ``b``, ``[]``, ``c``."""
    return [key for part in path.split(".") for key in _items(part)]


def _items(part: str) -> list[str]:
    name = part.removesuffix(ITEM)
    return ([name] if name else []) + [ITEM] * ((len(part) - len(name)) // len(ITEM))


def _step(value: Any, key: str) -> list[Any] | None:
    """The values under ``value`` at ``key`` ([] when it cannot tell), None if it has no ``key``."""
    if key == ITEM:
        return list(value) if isinstance(value, (list, tuple)) else []
    if value is None:
        return []
    if isinstance(value, Mapping):
        return [value[key]] if key in value else None
    return [getattr(value, key)] if readable(value, key) else None


def _unknown(tag: Tag, absent: str) -> LocatedTemplateError:
    return LocatedTemplateError(
        tag.place,
        Msg(
            f"「{absent}」という項目はこの文書の内容にありません",
            f"this document's content has no item '{absent}'",
        ),
    )


def _missing(template: str, need: str, bundled: Callable[[], list[Source]]) -> LocatedTemplateError:
    where = _bundled_paragraph(bundled, need)
    shown = (
        Msg(
            f"（同梱のテンプレートでは段落「{where}」にあります）",
            f' (the bundled template has it in the paragraph "{where}")',
        )
        if where
        else Msg("", "")
    )
    return LocatedTemplateError(
        TemplatePlace(template),
        Msg(
            f"この文書に必要な「{need}」を使うタグがありません{shown.ja}",
            f"no tag uses '{need}', which this document needs{shown.en}",
        ),
    )


def _bundled_paragraph(bundled: Callable[[], list[Source]], need: str) -> str | None:
    """The text of the bundled template's first paragraph reading ``need``, if it has one."""
    try:
        tags = template_tags(bundled())
    except GendocsError:  # a damaged installation: the message goes without the hint
        return None
    found = (t.place.paragraph for t in tags if reads(t.path, need) and t.place.paragraph)
    return next(found, None)
