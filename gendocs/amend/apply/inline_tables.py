"""Read the 改め文 forms on a table inside a 項 (docs/amendment-rules.md 2.5, 2.7), for
:mod:`.sentences`.

「第３条の表都市基盤整備事務所の項第５号を削る。」,
「同項の表第九条第一項の項を次のように改める。」,
「第７条の表警防部の部救急課の項中第１１号を第１３号とし、…」: a row is found by matching the text
after 「の表」 against the rows of the table as they stand, so its key may hold any words
(「第九条第一項」, 「中央事務所」).
"""

from __future__ import annotations

import re

from gendocs.amend.errors import OpError
from gendocs.amend.ops import Ref
from gendocs.amend.ops.tree import table_of
from gendocs.amend.text.inline_tables import read_rows, row_citation
from gendocs.amend.text.model import Rule, TableRow
from gendocs.amend.text.parse import read_cell_item

ROW_REPLACE = re.compile(r"^(.+の表.+の項)を次のように$")
ROW_DELETE = re.compile(r"^(.+の表.+の項)を$")
ROW_ADD = re.compile(r"^(.+の表.+の項)(の次に|の前に)次のように$")
TABLE_OF = "の表"


def split_container(text: str) -> tuple[str, str] | None:
    """Split 「C中X」 into C and X; inside a row citation only at 「の項中」 (a key may hold
    「中」)."""
    if TABLE_OF in text:
        at = text.rfind("の項中")
        return (text[: at + 2], text[at + 3 :]) if at >= 0 else None
    if "中" in text:
        container, _, rest = text.rpartition("中")
        return container, rest
    return None


def find_row(rule: Rule, holder: Ref, text: str) -> tuple[Ref, str]:
    """Return the row of the table in the 項 ``holder`` that ``text`` starts with, and what
    follows."""
    best: TableRow | None = None
    for row in table_of(rule, holder).rows:
        cited = row_citation(row.key) + "の項"
        if text.startswith(cited) and (
            best is None or len(cited) > len(row_citation(best.key)) + 2
        ):
            best = row
    if best is None:
        raise OpError(f"表に「{text}」の項がありません。", f"no row {text!r} in the table.")
    rest = text[len(row_citation(best.key)) + 2 :]
    return Ref(holder.area, holder.article, holder.paragraph, row=best.key), rest


def block_rows(rule: Rule, ref: Ref, block: tuple[str, ...]) -> tuple[TableRow, ...]:
    """Read new rows for the table holding ``ref`` (grouped like that table)."""
    return read_rows(block, read_cell_item, grouped=table_of(rule, ref).grouped)
