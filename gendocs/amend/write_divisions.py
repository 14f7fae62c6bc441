"""Write the clauses on whole 章 and 節, and the 章・節 that scope a 条 citation.

Forms (amendment-rules.md 2.3 joureikun k15, 2.6, 2.7, 2.10): 「第3章を第4章とし」, 「第4章を削り」,
「第2章の次に次の1章を加え」, 「第2章第1節の次に次の1節を加え」, 「第5章第4節を同章第3節とし、同章を
第4章とする」 — 「同章」 names the 章 named last in the sentence, as 「同条」 names the 条.
"""

from __future__ import annotations

from dataclasses import dataclass

from gendocs.amend.text.model import Num, Rule
from gendocs.amend.ops import AddDivision, DeleteDivision, MoveDivision, Ref
from gendocs.amend.text.style import Style

Path = tuple[Num, ...]
UNITS = ("章", "節")


@dataclass
class DivisionCiter:
    """Cites 章・節 within one sentence, remembering the 章 that 「同章」 stands for."""

    style: Style
    chapter: Num | None = None

    def cite(self, path: Path) -> str:
        """Return 「第5章第4節」, or 「同章第4節」 when 第5章 was the 章 named last."""
        head = "同章" if path[0] == self.chapter else self.style.division(path[0], UNITS[0])
        self.chapter = path[0]
        return head + "".join(self.style.division(n, UNITS[1]) for n in path[1:])

    def clause(self, op: MoveDivision | DeleteDivision | AddDivision) -> tuple[str, str]:
        """Return the clause (words, verb in 連用形) of an operation on a whole 章 or 節."""
        if isinstance(op, MoveDivision):
            head = self.cite(op.path)
            return f"{head}を{self.cite(op.to)}", "とし"
        if isinstance(op, DeleteDivision):
            head = self.cite(op.path)
            if len(op.path) == 1:
                self.chapter = None  # a deleted 章 is not 「同章」 any more (its 章 still is after a 節)
            return f"{head}を", "削り"
        count = self.style.counter(1, UNITS[len(op.division.path) - 1])
        where = "の前に" if op.where == "before" else "の次に"
        return f"{self.cite(op.after)}{where}次の{count}を", "加え"


def scope_of(rule: Rule, ref: Ref) -> Path:
    """Return the 章・節 to name before a 条 that moves (「第3章第2節中同条を第27条とし」), or ().

    amendment-rules.md 2.7: the last 条 of a 章 or 節 is cited inside its container
    (「第三章中同条を第五条の二十二とする。」 令7法47 第4条; hoti-ak 「第3章第2節中同条を第27条とし、
    同条の次に次の1条を加える」), because at a 章・節 boundary the number alone could belong to
    either side. With no 条 after it (the end of the 本則) there is no boundary, so nothing is named.
    """
    if ref.area != "main" or ref.kind != "article":
        return ()
    numbers = [a.number for a in rule.articles]
    if ref.article not in numbers:
        return ()
    at = numbers.index(ref.article)
    article = rule.articles[at]
    if not article.division or at + 1 == len(numbers) or rule.articles[at + 1].division == article.division:
        return ()
    return article.division
