"""Write the clauses on whole 章 and 節, and the 章・節 that scope a 条 citation.

Forms (amendment-rules.md 2.3 joureikun k15, 2.6, 2.7, 2.10): 「第3章を第4章とし」, 「第4章を削り」,
「第2章の次に次の1章を加え」, 「第2章第1節の次に次の1節を加え」, 「第5章第4節を同章第3節とし、同章を
第4章とする」 — 「同章」 names the 章 named last in the sentence, as 「同条」 names the 条.
"""

from __future__ import annotations

from dataclasses import dataclass

from gendocs.amend.text.model import Num
from gendocs.amend.ops.divisions import UNITS
from gendocs.amend.text.style import Style

Path = tuple[Num, ...]


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
