"""The drafted 一部改正 of every rule in content/ordinances/, each drafted and verified once.

A file's problems point into it (a line of the ``old:``/``new:`` text block at its line in the
YAML file); a change the rules cannot express, or a draft that does not re-apply, is reported at
the file's ``new:`` key. A rule whose old and new texts are the same is not a problem: nothing is
drafted for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gendocs.amend import Amendment, NoChangeError, draft_ordinance, read_ordinance
from gendocs.errors import ContentError, GendocsError, Location, Problem
from gendocs.load import RawContent
from gendocs.model import Content


def draft_amendments(content: Content, raw: RawContent) -> tuple[Amendment, ...]:
    """The amendment of every rule that changes, in content order; every problem located."""
    problems: list[Problem] = []
    drafts: list[Amendment] = []
    for index, data in enumerate(content.ordinances):
        try:
            drafts += _draft(raw, index, data)
        except ContentError as error:
            problems += error.problems
    if problems:
        raise ContentError(problems)
    return tuple(drafts)


def _draft(raw: RawContent, index: int, data: Any) -> list[Amendment]:
    where = raw.positions.get(("ordinances", index), Location("content/ordinances"))
    try:
        draft = read_ordinance(
            data,
            name=Path(where.file).stem,
            source=where.file,
            locate=lambda key: raw.key_positions.get(("ordinances", index, key)),
        )
        return [draft_ordinance(draft)]
    except NoChangeError:
        return []
    except ContentError:
        raise
    except GendocsError as error:  # inexpressible change, or a draft that does not re-apply
        at = raw.key_positions.get(("ordinances", index, "new"), where)
        raise ContentError([Problem(at, f"ordinances[{index}]", error.message)]) from None
