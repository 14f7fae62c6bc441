"""Tell what a 例規集 line is: the patterns of 条・項・号・細目, 章・節, 附則 and 別表 lines, and
numbers.

Numbers are arabic (half or full width) or 漢数字, with 枝番 (「第8条の2」, 「(1)の2」); the layout
itself is described in :mod:`gendocs.amend.text.parse`, which reads whole texts with these patterns.
"""

from __future__ import annotations

import re

from gendocs.amend.text.model import Item, Num
from gendocs.ja import halfwidth_digits, parse_kansuji

NUMBER = r"(?:[0-9０-９]+|[〇一二三四五六七八九十百千]+)"
"""A number in any of the styles: 3, ３ or 三."""
BRANCH = rf"((?:の{NUMBER})*)"
"""The 枝番 after a number, captured: 「の2」, 「の二の三」."""
_N = NUMBER
_BRANCH = BRANCH
_SP = r"[\s\u3000]+"
ARTICLE = re.compile(rf"^第({_N})条{_BRANCH}(?:から第({_N})条{_BRANCH}まで)?{_SP}(.+)$")
DIVISION = re.compile(rf"^第({_N})([章節]){_BRANCH}{_SP}(.+)$")
SUPPL = re.compile(r"^附[\s\u3000]*則[\s\u3000]*(.*)$")
TABLE = re.compile(rf"^別表(?:第({_N}))?([（(].*[）)])?$")
NUMBER_LINE = re.compile(
    r"^[（(]?[^（）()]*(?:条例|規則|告示|訓令|要綱|規程|法律)第[^（）()]+号[）)]?$"
)
CAPTION = re.compile(r"^[（(]([^\s\u3000]+)[）)]$")
PARAGRAPH = re.compile(rf"^([0-9０-９]+){_SP}(.+)$")
ITEM_PAREN = re.compile(rf"^[（(]([0-9０-９]+)[）)]((?:の[0-9０-９]+)*){_SP}(.+)$")
ITEM_KANJI = re.compile(
    rf"^([一二三四五六七八九十百]+)((?:の[一二三四五六七八九十百]+)*){_SP}(.+)$"
)
SUB_KANA = re.compile(rf"^([ア-ヴ]){_SP}(.+)$")
SUB_PAREN_KANA = re.compile(rf"^[（(]([ア-ヴ])[）)]{_SP}(.+)$")
CELL = re.compile(r"\t+|[｜|]")
"""What separates the cells of a table line: 「｜」, 「|」 or tabs."""
TOC_RANGE = re.compile(r"[（(][^（()）]*[）)]$")


def read_number(text: str) -> int:
    """Read one number written in arabic (half or full width) or 漢数字."""
    digits = halfwidth_digits(text)
    return int(digits) if digits.isdigit() else parse_kansuji(text)


def read_num(head: str, branches: str) -> Num:
    """Read a number with its 枝番 (「8」, 「の2」) into a tuple."""
    rest = [read_number(b) for b in branches.split("の") if b]
    return (read_number(head), *rest)


def split_cells(line: str) -> tuple[str, ...]:
    """Split a table line into its cells, each without its surrounding spaces."""
    return tuple(cell.strip(" \u3000") for cell in CELL.split(line))


def read_cell_item(text: str) -> Item | None:
    """Read a 号 printed in a table cell (「(2)　…」), or None."""
    if (m := ITEM_PAREN.match(text)) is not None:
        return Item(read_num(m.group(1), m.group(2)), m.group(3))
    if (m := ITEM_KANJI.match(text)) is not None:
        return Item(read_num(m.group(1), m.group(2)), m.group(3))
    return None
