"""Placeholders a drafter leaves for a value still to be written: 「○○」「第○号」「○年○月○日」.

A lone ○ is a mark (◎○△ in a role table, ○ in a 標準化 column), not a placeholder. Content is
checked by the rule ``wording.placeholders``, built documents by :mod:`gendocs.render.leftovers`.
"""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(r"○○|第○|○[号条項年月日回人円件]")
WHOLE = re.compile(r"第?○+[号条項年月日回人円件]?")  # the whole placeholder a match is part of
