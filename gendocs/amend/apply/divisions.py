"""Read the clauses on whole 章 and 節 back (the forms of :mod:`gendocs.amend.ops.divisions`).

「第3章を第4章とし」, 「第5章第4節を同章第3節とし、同章を第4章とする」, 「第4章を削り」,
「第5章第3節を削る」, 「第2章の次に次の1章を加える。」 and 「第2章第1節の次に次の1節を加える。」
with the new 章名・節名 and 条 as new text; 「同章」 is the 章 named last in the sentence
(docs/amendment-rules.md 2.3 joureikun k15).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from gendocs.amend.errors import OpError
from gendocs.amend.ops import AddDivision, AmendmentOp, DeleteDivision, MoveDivision, Ref
from gendocs.amend.text.lines import NUMBER
from gendocs.amend.text.model import Article, Division, Num, Rule
from gendocs.amend.text.parse import DIVISION, parse_units, read_num, read_number

Path = tuple[Num, ...]
_N = NUMBER
_CITE = rf"(?:同章|第{_N}章(?:の{_N})*)(?:第{_N}節(?:の{_N})*)?"
_PARTS = re.compile(rf"^(?:(同章)|第({_N})章((?:の{_N})*))(?:第({_N})節((?:の{_N})*))?$")
_ADD = re.compile(rf"^({_CITE})の(次|前)に次の({_N})([章節])を$")
_MOVE = re.compile(rf"^({_CITE})を({_CITE})$")


@dataclass
class DivisionReader:
    """Reads the 章・節 clauses of one sentence, remembering the 章 that 「同章」 stands for."""

    chapter: Num | None = None

    def path(self, text: str) -> Path | None:
        """Return the path a citation 「第5章第4節」 or 「同章第3節」 names, or None if it names
        none."""
        m = _PARTS.match(text)
        if m is None:
            return None
        same, chapter, chapter_br, section, section_br = m.groups()
        if same:
            if self.chapter is None:
                raise OpError("「同章」が何を指すか分かりません。", "同章 refers to nothing.")
            head = self.chapter
        else:
            head = read_num(chapter, chapter_br)
        self.chapter = head
        return (head,) + ((read_num(section, section_br),) if section else ())

    def read(self, skeleton: str, verb: str, block: tuple[str, ...]) -> AmendmentOp | None:
        """Return the operation of a 章・節 clause, or None if the clause is about something
        else."""
        if verb == "とし" and (m := _MOVE.match(skeleton)):
            path = self.path(m.group(1))
            to = self.path(m.group(2))
            assert path is not None and to is not None
            return MoveDivision(path, to)
        if verb == "削り" and re.fullmatch(f"{_CITE}を", skeleton):
            path = self.path(skeleton[:-1])
            assert path is not None
            self.chapter = None if len(path) == 1 else self.chapter
            return DeleteDivision(path)
        if verb == "加え" and (m := _ADD.match(skeleton)):
            after = self.path(m.group(1))
            assert after is not None
            added = _added(after, read_number(m.group(3)), m.group(4), block)
            return replace(added, where="before") if m.group(2) == "前" else added
        return None


def _added(after: Path, count: int, unit: str, block: tuple[str, ...]) -> AddDivision:
    # 「第二章の次に次の一章を加える。」 + the 章名 (節名) line and the new 章's (節's) 条.
    heading = DIVISION.match(block[0]) if block else None
    if (
        count != 1
        or heading is None
        or heading.group(2) != unit
        or len(after) != (1 if unit == "章" else 2)
    ):
        raise OpError(
            f"新しい{unit}の{unit}名が読めません。", f"cannot read the one new {unit}'s heading."
        )
    path = after[:-1] + (
        read_num(heading.group(1), heading.group(3)),
    )  # a 節 stays in the 章 cited
    articles = tuple(a for a in parse_units(list(block[1:]), "article") if isinstance(a, Article))
    return AddDivision(after, Division(path, heading.group(4)), articles)


def check_scope(rule: Rule, path: Path, ref: Ref) -> Ref:
    """Return ``ref`` if the 条 it names lies in the 章・節 ``path`` (「第3章中同条を…」)."""
    for article in rule.articles:
        if (
            article.number == ref.article
            and ref.area == "main"
            and article.division[: len(path)] == path
        ):
            return ref
    raise OpError("その条はその章・節にありません。", f"{ref} is not in division {path}.")
