"""A table inside a 条: read from 例規集 text, printed back, amended row by row, shown in the
新旧対照表."""

from __future__ import annotations

from gendocs.amend import MUNICIPAL
from gendocs.amend.taishou.cells import plain
from gendocs.amend.text.model import InlineTable, Item, TableRow
from gendocs.amend.text.parse import parse_rule_text
from gendocs.amend.text.render import render_rule
from tests.amend.helpers import draft, provisions_text, rule_text, squash

GROUPED = """
第2条　課及び係の分掌事務は、次のとおりとする。
課｜係｜分掌事務
情報政策課｜企画係｜(1)　情報化計画に関すること。
｜｜(2)　統計に関すること。
｜電算係｜電子計算組織の運用に関すること。
総務課｜文書係｜文書の収受に関すること。
"""


def test_a_table_reads_into_rows_keyed_by_group_and_first_cell() -> None:
    rule = parse_rule_text(rule_text(GROUPED), allow_gaps=True)
    table = rule.articles[0].paragraphs[0].table
    assert table == InlineTable(
        ("課", "係", "分掌事務"),
        (
            TableRow(
                ("情報政策課", "企画係"),
                ("",),
                (Item((1,), "情報化計画に関すること。"), Item((2,), "統計に関すること。")),
            ),
            TableRow(("情報政策課", "電算係"), ("電子計算組織の運用に関すること。",)),
            TableRow(("総務課", "文書係"), ("文書の収受に関すること。",)),
        ),
    )
    assert render_rule(rule, MUNICIPAL)[1:] == [line for line in GROUPED.strip().splitlines()]


def test_a_row_is_deleted_and_a_row_is_added_after_another() -> None:
    new = GROUPED.replace("｜電算係｜電子計算組織の運用に関すること。\n", "").replace(
        "総務課｜文書係｜文書の収受に関すること。",
        "総務課｜文書係｜文書の収受に関すること。\n｜法規係｜例規の審査に関すること。",
    )
    expected = (
        "第2条の表情報政策課の部電算係の項を削り、同条の表総務課の部文書係の項の次に次のように加える。"
        "総務課｜法規係｜例規の審査に関すること。"
    )
    assert provisions_text(draft(GROUPED, new, MUNICIPAL)) == squash(expected)


def test_a_word_of_a_cell_is_amended_in_its_row() -> None:
    new = GROUPED.replace("文書の収受に", "文書の発送に")
    expected = "第2条の表総務課の部文書係の項中「収受」を「発送」に改める。"
    assert provisions_text(draft(GROUPED, new, MUNICIPAL)) == squash(expected)


def test_a_cell_that_turns_into_items_rewrites_its_row() -> None:
    new = GROUPED.replace(
        "総務課｜文書係｜文書の収受に関すること。",
        "総務課｜文書係｜(1)　文書の収受に関すること。\n｜｜(2)　公印に関すること。",
    )
    expected = (
        "第2条の表総務課の部文書係の項を次のように改める。"
        "総務課｜文書係｜(1)　文書の収受に関すること。｜｜(2)　公印に関すること。"
    )
    assert provisions_text(draft(GROUPED, new, MUNICIPAL)) == squash(expected)


def test_a_word_of_a_numbered_cell_is_cited_at_its_item() -> None:
    new = GROUPED.replace("統計に関すること", "統計調査に関すること")
    expected = "第2条の表情報政策課の部企画係の項第2号中「統計」を「統計調査」に改める。"
    assert provisions_text(draft(GROUPED, new, MUNICIPAL)) == squash(expected)


def test_the_comparison_table_shows_the_table_lines_of_the_article() -> None:
    new = GROUPED.replace("文書の収受に", "文書の収受及び発送に")
    (section,) = draft(GROUPED, new, MUNICIPAL).table.sections
    lines = [(plain(row.old), plain(row.new)) for row in section.rows]
    assert ("課｜係｜分掌事務", "課｜係｜分掌事務") in lines
    assert (
        "総務課｜文書係｜文書の収受に関すること。",
        "総務課｜文書係｜文書の収受及び発送に関すること。",
    ) in lines


def test_changes_follow_the_table_and_new_rows_stay_in_their_group() -> None:
    # 法規係 starts the 総務課 rows: it goes before 文書係, not after a row of 情報政策課; the
    # sentences follow the table from top to bottom (issue 13, review of the sample's 50)
    new = GROUPED.replace(
        "｜電算係｜電子計算組織の運用に関すること。\n総務課｜文書係｜文書の収受に関すること。",
        "｜共同利用係｜共同利用に関すること。\n総務課｜法規係｜例規の審査に関すること。\n"
        "｜文書係｜文書の収受に関すること。",
    )
    expected = (
        "第2条の表情報政策課の部電算係の項を削り、同条の表情報政策課の部企画係の項の次に"
        "次のように加える。情報政策課｜共同利用係｜共同利用に関すること。"
        "第2条の表総務課の部文書係の項の前に次のように加える。総務課｜法規係｜例規の審査に関すること。"
    )
    assert provisions_text(draft(GROUPED, new, MUNICIPAL)) == squash(expected)
