"""Draft the 廃止条例 (廃止規則 …) of a rule whose new text has no 本則.

A rule is not emptied by an 一部改正; it is repealed by an instrument of its own whose 本則 is one
sentence::

    ○○町手数料条例を廃止する条例
    ○○町手数料条例（平成12年○○町条例第10号）は、廃止する。
    附　則
    この条例は、令和9年4月1日から施行する。

in the form published repealing provisions use (「…（番号）は、廃止する。」; sources in
docs/amendment-rules.md §2.14). Its 新旧対照表 shows the whole old text (題名, 本則, 附則, 別表)
underlined as deleted beside 「（廃止）」.
"""

from __future__ import annotations

from dataclasses import replace

from gendocs.amend.draft.amendment import Amendment
from gendocs.amend.errors import InexpressibleChangeError
from gendocs.amend.taishou.build import build_table
from gendocs.amend.taishou.cells import Cell, ComparisonTable, Row, Section, Span
from gendocs.amend.text.model import Rule
from gendocs.amend.text.render import render_table, table_heading
from gendocs.amend.text.style import MUNICIPAL, Style
from gendocs.amend.write.enact import Enactment, enactment_paragraphs
from gendocs.errors import Msg

REPEALED = "（廃止）"


def repeal_title(rule: Rule) -> str:
    """Return the 題名 of the repealing instrument: 「○○条例を廃止する条例」."""
    return f"{rule.title}を廃止する{rule.kind}"


def repeal_sentence(rule: Rule) -> str:
    """Return its 本則: 「○○条例（平成12年○○町条例第10号）は、廃止する。」."""
    number = f"（{rule.number}）" if rule.number else ""
    return f"{rule.title}{number}は、廃止する。"


def draft_repeal(
    old: Rule, *, style: Style = MUNICIPAL, enactment: Enactment = Enactment()
) -> Amendment:
    """Draft the instrument repealing ``old``, with its 附則 (施行期日, 経過措置)."""
    if enactment.later:
        # 「別表の改正規定は…から施行する」 names provisions a repeal does not have.
        raise InexpressibleChangeError(
            "later",
            Msg(
                "廃止する例規には改正規定がないため、later（一部の規定の施行期日）は使えません。",
                "a repeal has no amending provisions; `later` cannot be used.",
            ),
        )
    return Amendment(
        old=old,
        new=Rule(title=old.title, number=old.number),
        style=style,
        title=repeal_title(old),
        enacting=repeal_sentence(old),
        provisions=(),
        sentences=(),
        supplementary=enactment_paragraphs(enactment, old.kind, style),
        table=repealed_table(old, style),
        repeal=True,
    )


def repealed_table(old: Rule, style: Style) -> ComparisonTable:
    """The 新旧対照表 of a repeal: every part of the old text underlined, the new side empty but
    for 「（廃止）」 beside the 題名."""
    # Compared with a rule that keeps only the 別表 (so that they pair), every 条 and the 附則
    # come out deleted; the 別表 are added after as deleted lines.
    body = build_table(old, Rule(title=old.title, number=old.number, tables=old.tables), style)
    sections = [Section("題名", (Row(_deleted(old.title), (Span(REPEALED),)),))]
    for section in body.sections:
        rows = tuple(Row(_all_deleted(row.old), ()) for row in section.rows)
        sections.append(Section(section.name, rows))
    for table in old.tables:
        lines = render_table(table, style)
        sections.append(
            Section(table_heading(table, style), tuple(Row(_deleted(line), ()) for line in lines))
        )
    return replace(body, sections=tuple(sections))


def _deleted(text: str) -> Cell:
    return (Span(text, underline=True),) if text else ()


def _all_deleted(cell: Cell) -> Cell:
    """The old side of a row, every word underlined (the spaces after a number stay plain, as
    in a deleted 条 of an 一部改正)."""
    return tuple(replace(span, underline=bool(span.text.strip("\u3000 "))) for span in cell)
