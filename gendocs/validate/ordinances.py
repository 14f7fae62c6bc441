"""content/ordinances/: each file is read, drafted and verified by the amendment library.

A file's problems point into it (a line of the ``old:``/``new:`` text block at its line in the
YAML file); a change the rules cannot express, or a draft that does not re-apply, is reported at
the file's ``new:`` key. A rule whose old and new texts are the same is not a problem: nothing is
drafted for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gendocs.amend import NoChangeError, draft_ordinance, read_ordinance
from gendocs.errors import ContentError, GendocsError, Location, Problem
from gendocs.load import RawContent


def ordinance_problems(raw: RawContent) -> list[Problem]:
    """Every problem of every loaded ordinance file."""
    problems: list[Problem] = []
    failed = {problem.location.file for problem in raw.problems}
    for index, data in enumerate(raw.data.get("ordinances") or []):
        where = raw.positions.get(("ordinances", index))
        if isinstance(data, dict) and (where is None or where.file not in failed):
            problems += _problems(raw, index, data)  # a file with load problems is reported
    return problems


def _problems(raw: RawContent, index: int, data: Any) -> list[Problem]:
    where = raw.positions.get(("ordinances", index), Location("content/ordinances"))
    try:
        draft = read_ordinance(
            data,
            name=Path(where.file).stem,
            source=where.file,
            locate=lambda key: raw.key_positions.get(("ordinances", index, key)),
        )
        draft_ordinance(draft)
    except NoChangeError:
        return []
    except ContentError as error:
        return list(error.problems)
    except GendocsError as error:  # inexpressible change, or a draft that does not re-apply
        at = raw.key_positions.get(("ordinances", index, "new"), where)
        return [Problem(at, f"ordinances[{index}]", error.message)]
    return []
