"""The 新旧対照表 as printed: rows aligned by 条・項・号 and a table's rows by their key, 傍線 under
exactly what changed, one frame per 条, short table cells unwrapped (issue 13 item 7).

The case has a 号 inserted (the 号 after it moved: only their numbers change), a 係 renamed in a
table (its row paired with the old one, only the 係 underlined), 号 of a table cell moved, and a
new 章 (its 章名 underlined, the 章 it pushes back showing its number change). The documents are
read back with python-docx and LibreOffice, as a reader gets them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from docx import Document
from docx.oxml.ns import qn

from gendocs.cli import cli
from tests.amend.test_cli import run as run_cli
from tests.realclient import pdf_text, to_pdfs

OLD = """寒川町情報管理条例
第1章　総則
（目的）
第1条　この条例は、情報の管理に関し必要な事項を定める。
（分掌事務）
第2条　課及び係の分掌事務は、次のとおりとする。
課｜係｜分掌事務
情報政策課｜企画係｜(1)　情報化計画に関すること。
｜｜(2)　情報セキュリティに関すること。
｜｜(3)　統計に関すること。
｜電算係｜電子計算組織の運用に関すること。
総務課｜文書係｜文書の収受に関すること。
第2章　雑則
（事務）
第3条　町長は、次に掲げる事務を行う。
(1)　情報化計画の策定
(2)　関係機関との調整
(3)　情報システムの監査
"""

NEW = """寒川町情報管理条例
第1章　総則
（目的）
第1条　この条例は、情報の管理に関し必要な事項を定める。
（分掌事務）
第2条　課及び係の分掌事務は、次のとおりとする。
課｜係｜分掌事務
情報政策課｜企画係｜(1)　情報化計画に関すること。
｜｜(2)　共同利用の調整に関すること。
｜｜(3)　情報セキュリティに関すること。
｜｜(4)　統計に関すること。
｜共同利用係｜電子計算組織の運用に関すること。
総務課｜文書係｜文書の収受に関すること。
第2章　共同利用
（共同利用）
第3条　町長は、他の町村と共同して情報システムを利用することができる。
第3章　雑則
（事務）
第4条　町長は、次に掲げる事務を行う。
(1)　情報化計画の策定
(2)　共同利用の推進
(3)　関係機関との調整
(4)　情報システムの監査
"""


@pytest.fixture(scope="module")
def table_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("layout")
    (folder / "old.txt").write_text(OLD, encoding="utf-8")
    (folder / "new.txt").write_text(NEW, encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        [
            "amend",
            "--old",
            str(folder / "old.txt"),
            "--new",
            str(folder / "new.txt"),
            "--output",
            str(folder / "out"),
        ],
    )
    assert result.exit_code == 0, result.output
    return folder / "out" / "寒川町情報管理条例_新旧対照表.docx"


def underlined(paragraphs: Any) -> list[str]:
    """The underlined words of paragraphs, each stretch of underlined runs as one string."""
    found: list[str] = []
    for paragraph in paragraphs:
        previous = False
        for run in paragraph.runs:
            if run.underline and run.text.strip():
                if previous:
                    found[-1] += run.text
                else:
                    found.append(run.text)
            previous = bool(run.underline) and bool(run.text.strip())
    return found


def lines(table_docx: Path) -> list[tuple[Any, Any]]:
    """The outer table's rows after the heading, as (old cell, new cell)."""
    outer = Document(str(table_docx)).tables[0]
    return [(row.cells[0], row.cells[1]) for row in outer.rows[1:]]


def row_of(table_docx: Path, old_text: str) -> tuple[Any, Any]:
    return next((a, b) for a, b in lines(table_docx) if a.text == old_text)


def test_a_moved_item_stands_beside_its_old_self_with_only_its_number_underlined(
    table_docx: Path,
) -> None:
    old, new = row_of(table_docx, "(2)\u3000関係機関との調整")
    assert new.text == "(3)\u3000関係機関との調整"
    assert underlined(old.paragraphs) == ["(2)"] and underlined(new.paragraphs) == ["(3)"]
    old, new = row_of(table_docx, "(3)\u3000情報システムの監査")
    assert new.text == "(4)\u3000情報システムの監査"
    # the new 号 has its own row, underlined whole, between the 号 it follows and the moved ones
    texts = [(a.text, b.text) for a, b in lines(table_docx)]
    at = texts.index(("(1)\u3000情報化計画の策定", "(1)\u3000情報化計画の策定"))
    assert texts[at + 1] == ("（新設）", "(2)\u3000共同利用の推進")
    _, added = lines(table_docx)[at + 1]
    assert underlined(added.paragraphs) == ["(2)", "共同利用の推進"]
    assert underlined(lines(table_docx)[at][0].paragraphs) == []


def test_a_new_chapter_heading_is_underlined_and_the_pushed_back_one_shows_its_number(
    table_docx: Path,
) -> None:
    texts = [(a.text, b.text) for a, b in lines(table_docx)]
    assert ("（新設）", "第2章\u3000共同利用") in texts
    _, heading = lines(table_docx)[texts.index(("（新設）", "第2章\u3000共同利用"))]
    assert underlined(heading.paragraphs) == ["第2章\u3000共同利用"]
    old, new = row_of(table_docx, "第2章\u3000雑則")
    assert new.text == "第3章\u3000雑則"
    assert underlined(old.paragraphs) == ["第2章"] and underlined(new.paragraphs) == ["第3章"]


def nested(cell: Any) -> list[list[Any]]:
    (table,) = cell.tables
    return [list(row.cells) for row in table.rows]


def test_a_table_in_an_article_is_one_table_with_rows_paired_by_key(table_docx: Path) -> None:
    old_cell, new_cell = next((a, b) for a, b in lines(table_docx) if a.tables)
    old, new = nested(old_cell), nested(new_cell)
    # the old table has an empty row where the new one has its new 号, so that every row stands
    # at the index of the row of the same key on the other side
    assert [[c.text for c in row] for row in old] == [
        ["課", "係", "分掌事務"],
        ["情報政策課", "企画係", "(1)\u3000情報化計画に関すること。"],
        ["", "", ""],
        ["", "", "(2)\u3000情報セキュリティに関すること。"],
        ["", "", "(3)\u3000統計に関すること。"],
        ["", "電算係", "電子計算組織の運用に関すること。"],
        ["総務課", "文書係", "文書の収受に関すること。"],
    ]
    assert [[c.text for c in row] for row in new] == [
        ["課", "係", "分掌事務"],
        ["情報政策課", "企画係", "(1)\u3000情報化計画に関すること。"],
        ["", "", "(2)\u3000共同利用の調整に関すること。"],
        ["", "", "(3)\u3000情報セキュリティに関すること。"],
        ["", "", "(4)\u3000統計に関すること。"],
        ["", "共同利用係", "電子計算組織の運用に関すること。"],
        ["総務課", "文書係", "文書の収受に関すること。"],
    ]
    marks = [[underlined(c.paragraphs) for c in row] for row in old]
    assert marks == [[[], [], []], [[], [], []], [[], [], []], [[], [], ["(2)"]]] + [
        [[], [], ["(3)"]],
        [[], ["電算係"], []],
        [[], [], []],
    ]
    marks = [[underlined(c.paragraphs) for c in row] for row in new]
    assert marks[2] == [[], [], ["(2)", "共同利用の調整に関すること。"]]
    assert marks[3] == [[], [], ["(3)"]] and marks[4] == [[], [], ["(4)"]]
    assert marks[5] == [[], ["共同利用係"], []]
    assert marks[0] == marks[1] == marks[6] == [[], [], []]


def test_each_article_is_one_frame_on_each_side(table_docx: Path) -> None:
    outer = Document(str(table_docx)).tables[0]
    rows = outer.rows[1:]
    # no empty separator rows
    assert all(any(c.text or c.tables for c in row.cells) for row in rows)

    def top_rule(row: Any) -> bool:
        tc = row.cells[0]._tc
        top = tc.find(f"{qn('w:tcPr')}/{qn('w:tcBorders')}/{qn('w:top')}")
        return top is None or top.get(qn("w:val")) != "nil"

    starts = [row.cells[0].text for row in rows if top_rule(row)]
    # a rule above each 条 and each 章名, none between the 項・号 of a 条
    assert starts == ["（分掌事務）", "（新設）", "（新設）", "第2章\u3000雑則", "（事務）"]


def test_short_table_cells_do_not_wrap(table_docx: Path, tmp_path: Path) -> None:
    (pdf,) = to_pdfs([table_docx], tmp_path)
    text = pdf_text(pdf)
    for word in ("情報政策課", "共同利用係", "分掌事務"):
        assert word in text


def test_a_short_cell_of_a_four_column_table_does_not_wrap(tmp_path: Path) -> None:
    # the sample's 手数料 別表 gains two columns: 「1通につき」 stays on one line
    run_cli(tmp_path)
    (pdf,) = to_pdfs([tmp_path / "out" / "寒川町手数料条例_新旧対照表.docx"], tmp_path)
    lines = pdf_text(pdf).splitlines()
    # three rows on each side, each level with its pair: both on one printed line
    assert sum(line.count("通につき") for line in lines) == 6
    assert sum(line.count("通につき") == 2 for line in lines) == 3
    assert not any(line.rstrip().endswith("通につ") for line in lines)
