"""How 改め文 name a 細目: after its 号, by its label (「第五十二条第七号ロ」,
「第3条第1項第2号ア」).

A change inside a 細目 is cited at the 細目, the narrowest unit (docs/amendment-rules.md 2.2, 2.3:
「第五条第一項第五号、第十八条第一項第六号及び第五十二条第七号ロ中「禁錮」を「拘禁刑」に改める。」).
Labels follow the style (2.13): イ・ロ・ハ then （１） for 縦書き, ア・イ・ウ then (ア) for 横書き;
the same letter (イ) means a different number in each, so the applier reads labels with the style.
"""

from __future__ import annotations

import re

from gendocs.amend.text.style import AIUEO, IROHA, Style
from gendocs.ja import halfwidth_digits

LABELS = r"(?:[ア-ン]|[（(](?:[0-9０-９]+|[ア-ン])[)）])+"
"""A run of 細目 labels as they follow a 号 in a citation: ロ, イ（１）, ア(イ)."""
_LABEL = re.compile(r"[ア-ン]|[（(]([0-9０-９]+|[ア-ン])[)）]")


def subitem_citation(style: Style, path: tuple[int, ...]) -> str:
    """Return the labels naming the 細目 at ``path`` inside its 号: ロ, ロ（１）."""
    return "".join(style.subitem_label(n, depth) for depth, n in enumerate(path))


def read_subitem_labels(text: str, style: Style, depth: int = 0) -> tuple[int, ...] | None:
    """Read a run of 細目 labels starting at ``depth`` into numbers; None if they are not labels."""
    letters = IROHA if style.item_labels == "kanji" else AIUEO
    path: list[int] = []
    at = 0
    while at < len(text):
        m = _LABEL.match(text, at)
        if m is None:
            return None
        inner = m.group(1)
        level = depth + len(path)
        if inner is None and level == 0:
            number = letters.find(m.group(0)) + 1
        elif inner is not None and level > 0:
            digits = halfwidth_digits(inner)
            number = int(digits) if digits.isdigit() else AIUEO.find(inner) + 1
        else:
            return None
        if number <= 0:
            return None
        path.append(number)
        at = m.end()
    return tuple(path) or None
