"""The 新旧対照表 of issue 13's second "Done when": a case with moved 号, a renamed 係 row in a
table and a new 章, read back with python-docx and laid out by LibreOffice.

Asserted: each row pairs the same 条・項・号 (or table-row key) on both sides — in the .docx and on
the page LibreOffice draws, where both cells of a row start on the same line —, and the 傍線 are
exactly the changed words at word boundaries (「設置する」 whole, as the 改め文 quotes it), a
replaced 項 underlined whole, the new 章名 underlined, moved units showing only their number
change; with ``omit_unchanged`` the unchanged 号 read 「（略）」.

The rules come from 黒滝村「条例等の一部改正の形式に関する要綱」(令和7年要綱第2号, 第2条第2号・
第3号: corresponding 条・項・号 at the same height; 下線 under the smallest unit with a meaning of
its own; a new 条 「（新設）」 with all its text underlined;
https://www.vill.kurotaki.nara.jp/reiki/reiki_honbun/k439RG00000880.html) and the review of the
sample's 51 (../shared/reviews/documents-review-1.md, "Amendment documents"); see
docs/amendment-rules.md 3.2.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from docx import Document
from docx.oxml.ns import qn

from gendocs.cli import cli
from tests.realclient import pdf_text, to_pdfs

OLD = """寒川町情報管理条例
第1章　総則
（目的）
第1条　この条例は、町が設置する電子計算組織の管理に関し必要な事項を定める。
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
2　町長は、前項の事務の状況を毎年度公表する。
（委任）
第4条　この条例の施行に関し必要な事項は、規則で定める。
"""

NEW = """寒川町情報管理条例
第1章　総則
（目的）
第1条　この条例は、町が設置し、又は利用する情報システムの適正な管理に関し必要な事項を定める。
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
2　町長は、共同利用の協定を締結したときは、遅滞なく、その内容を議会に報告しなければならない。
（委任）
第5条　この条例の施行に関し必要な事項は、規則で定める。
"""

NAME = "寒川町情報管理条例_新旧対照表.docx"


def _indented(text: str) -> str:
    return "".join(f"  {line}\n" for line in text.splitlines())


def _build(folder: Path, options: str = "") -> Path:
    rule = folder / "rule.yaml"
    rule.write_text(
        f"style: municipal\n{options}old: |\n{_indented(OLD)}new: |\n{_indented(NEW)}",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli, ["amend", "--file", str(rule), "--output", str(folder / "out")]
    )
    assert result.exit_code == 0, result.output
    return folder / "out" / NAME


@pytest.fixture(scope="module")
def table_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("taishou"))


@pytest.fixture(scope="module")
def omitted_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("omitted"), "style_options:\n  omit_unchanged: true\n")


def underlined(cell: Any) -> list[str]:
    """The underlined stretches of a cell's paragraphs (runs in a row joined)."""
    found: list[str] = []
    for paragraph in cell.paragraphs:
        previous = False
        for run in paragraph.runs:
            marked = bool(run.underline) and bool(run.text.strip())
            if marked and previous:
                found[-1] += run.text
            elif marked:
                found.append(run.text)
            previous = marked
    return found


def rows(docx: Path) -> list[tuple[Any, Any]]:
    outer = Document(str(docx)).tables[0]
    assert [c.text for c in outer.rows[0].cells] == ["改正前", "改正後"]
    return [(row.cells[0], row.cells[1]) for row in outer.rows[1:]]


# Every row of the table, in order: (old text, new text, old 傍線, new 傍線). The inline table of
# 第2条 is one row (its cells are checked below); a new 条 has 「（新設）」 once, on its first row.
EXPECTED = [
    ("（目的）", "（目的）", [], []),
    (
        "第1条\u3000この条例は、町が設置する電子計算組織の管理に関し必要な事項を定める。",
        "第1条\u3000この条例は、町が設置し、又は利用する情報システムの適正な管理に関し必要な"
        "事項を定める。",
        ["設置する電子計算組織の"],
        ["設置し、又は利用する情報システムの適正な"],
    ),
    ("（分掌事務）", "（分掌事務）", [], []),
    (
        "第2条\u3000課及び係の分掌事務は、次のとおりとする。",
        "第2条\u3000課及び係の分掌事務は、次のとおりとする。",
        [],
        [],
    ),
    ("", "", [], []),  # the table
    ("（新設）", "第2章\u3000共同利用", [], ["第2章\u3000共同利用"]),
    ("（新設）", "（共同利用）", [], ["（共同利用）"]),
    (
        "",
        "第3条\u3000町長は、他の町村と共同して情報システムを利用することができる。",
        [],
        ["第3条", "町長は、他の町村と共同して情報システムを利用することができる。"],
    ),
    ("第2章\u3000雑則", "第3章\u3000雑則", ["第2章"], ["第3章"]),
    ("（事務）", "（事務）", [], []),
    (
        "第3条\u3000町長は、次に掲げる事務を行う。",
        "第4条\u3000町長は、次に掲げる事務を行う。",
        ["第3条"],
        ["第4条"],
    ),
    ("(1)\u3000情報化計画の策定", "(1)\u3000情報化計画の策定", [], []),
    ("（新設）", "(2)\u3000共同利用の推進", [], ["(2)", "共同利用の推進"]),
    ("(2)\u3000関係機関との調整", "(3)\u3000関係機関との調整", ["(2)"], ["(3)"]),
    ("(3)\u3000情報システムの監査", "(4)\u3000情報システムの監査", ["(3)"], ["(4)"]),
    (
        "2\u3000町長は、前項の事務の状況を毎年度公表する。",
        "2\u3000町長は、共同利用の協定を締結したときは、遅滞なく、その内容を議会に報告しなけ"
        "ればならない。",
        ["町長は、前項の事務の状況を毎年度公表する。"],
        [
            "町長は、共同利用の協定を締結したときは、遅滞なく、その内容を議会に報告しなければな"
            "らない。"
        ],
    ),
    ("（委任）", "（委任）", [], []),
    (
        "第4条\u3000この条例の施行に関し必要な事項は、規則で定める。",
        "第5条\u3000この条例の施行に関し必要な事項は、規則で定める。",
        ["第4条"],
        ["第5条"],
    ),
]


def test_rows_pair_the_same_units_and_underline_exactly_the_change(table_docx: Path) -> None:
    found = [(a.text, b.text, underlined(a), underlined(b)) for a, b in rows(table_docx)]
    assert found == EXPECTED


def test_the_table_rows_pair_by_key_and_the_renamed_section_is_underlined_alone(
    table_docx: Path,
) -> None:
    old_cell, new_cell = next((a, b) for a, b in rows(table_docx) if a.tables)
    (old,), (new,) = old_cell.tables, new_cell.tables
    old_rows = [[c for c in row.cells] for row in old.rows]
    new_rows = [[c for c in row.cells] for row in new.rows]
    # keyed by 課・係: the old table has an empty row facing the new 号, so that every row stands
    # at the index of the row of the same key — 電算係 level with the 共同利用係 it became
    assert [r[1].text for r in old_rows] == ["係", "企画係", "", "", "", "電算係", "文書係"]
    assert [r[1].text for r in new_rows] == ["係", "企画係", "", "", "", "共同利用係", "文書係"]
    assert [r[2].text[:3] for r in old_rows] == [
        "分掌事",
        "(1)",
        "",
        "(2)",
        "(3)",
        "電子計",
        "文書の",
    ]
    assert [r[2].text[:3] for r in new_rows] == [
        "分掌事",
        "(1)",
        "(2)",
        "(3)",
        "(4)",
        "電子計",
        "文書の",
    ]
    assert [underlined(r[1]) for r in old_rows] == [[], [], [], [], [], ["電算係"], []]
    assert [underlined(r[1]) for r in new_rows] == [[], [], [], [], [], ["共同利用係"], []]
    assert [underlined(r[2]) for r in old_rows] == [[], [], [], ["(2)"], ["(3)"], [], []]
    # each pair of rows has one height, so that LibreOffice and Word draw them level
    heights = [
        [tr.trPr.find(qn("w:trHeight")).get(qn("w:val")) for tr in (a._tr, b._tr)]
        for a, b in zip(old.rows, new.rows, strict=True)
    ]
    assert all(x == y for x, y in heights)
    assert [underlined(r[2]) for r in new_rows] == [
        [],
        [],
        ["(2)", "共同利用の調整に関すること。"],
        ["(3)"],
        ["(4)"],
        [],
        [],
    ]
    assert all(underlined(r[0]) == [] for r in old_rows + new_rows)


def test_unchanged_items_read_omitted_when_the_style_asks(omitted_docx: Path) -> None:
    found = [(a.text, b.text) for a, b in rows(omitted_docx)]
    at = found.index(
        ("第3条\u3000町長は、次に掲げる事務を行う。", "第4条\u3000町長は、次に掲げる事務を行う。")
    )
    assert found[at + 1 : at + 4] == [
        ("(1)\u3000（略）", "(1)\u3000（略）"),
        ("（新設）", "(2)\u3000共同利用の推進"),
        ("(2)\u3000関係機関との調整", "(3)\u3000関係機関との調整"),
    ]
    # changed units are printed whole, as without the option
    assert ("（目的）", "（目的）") in found and len(found) == len(EXPECTED)


def _squeezed(text: str) -> str:
    return text.replace(" ", "").replace("\u3000", "")


def test_libreoffice_draws_each_pair_on_the_same_line(table_docx: Path, tmp_path: Path) -> None:
    (pdf,) = to_pdfs([table_docx], tmp_path)
    lines = [_squeezed(line) for line in pdf_text(pdf).splitlines()]
    for old, new, *_ in EXPECTED:
        if not old or not new or old == "（新設）":
            continue
        a, b = _squeezed(old)[:6], _squeezed(new)[:6]
        drawn = [
            line
            for line in lines
            if (line.count(a) >= 2 if a == b else a in line and b in line.split(a, 1)[1])
        ]
        assert drawn, f"{old!r} and {new!r} are not on one line"
    # the rows of the 第2条 table: the renamed 係 and the moved 号 level with their pairs
    for old, new in (
        ("電算係電子計算組織の運用", "共同利用係電子計算組織の運用"),
        ("(2)情報セキュ", "(3)情報セキュ"),
        ("(3)統計に関", "(4)統計に関"),
    ):
        assert any(old in line and new in line.split(old, 1)[1] for line in lines), old
    for new in ("第2章共同利用", "(2)共同利用の推進"):
        assert any(line.startswith("（新設）") and new in line for line in lines), new
