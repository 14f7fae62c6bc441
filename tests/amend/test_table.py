"""The 新旧対照表 as data: rows at the same height, changed words underlined, notes, （略）."""

from __future__ import annotations

from gendocs.amend import MUNICIPAL, NATIONAL, Style
from gendocs.amend.taishou.cells import Row, Span, diff_cells, plain
from tests.amend.helpers import draft


def underlined(row_cell: tuple[Span, ...]) -> list[str]:
    return [s.text for s in row_cell if s.underline]


def test_changed_words_are_underlined_on_both_sides() -> None:
    old, new = diff_cells("町長は、電子計算組織を管理する。", "町長は、情報システムを管理する。")
    assert underlined(old) == ["電子計算組織"]
    assert underlined(new) == ["情報システム"]
    assert plain(old) == "町長は、電子計算組織を管理する。"


def test_article_rows_pair_old_and_new_lines() -> None:
    old = "（管理者）\n第3条　町長は、電子計算組織の管理者を置く。\n2　管理者は、適正に管理する。"
    new = (
        "（管理者）\n第3条　町長は、情報システムの管理者を置く。\n2　管理者は、適正に管理する。\n"
        "3　管理者は、監査を行う。"
    )
    table = draft(old, new, MUNICIPAL).table
    assert table.caption == "（下線部分は改正部分）"
    assert table.headings == ("改正前", "改正後")
    (section,) = table.sections
    assert section.name == "第3条"
    rows = section.rows
    assert plain(rows[0].old) == plain(rows[0].new) == "（管理者）"
    assert underlined(rows[1].old) == ["電子計算組織"] and underlined(rows[1].new) == [
        "情報システム"
    ]
    assert plain(rows[2].old) == plain(rows[2].new) == "2\u3000管理者は、適正に管理する。"
    assert rows[3] == Row(
        (Span("（新設）"),), (Span("3", True), Span("\u3000"), Span("管理者は、監査を行う。", True))
    )


def test_deleted_article_is_noted_and_moved_label_underlined() -> None:
    old = "第1条　甲は、届け出る。\n第2条　乙は、届け出る。\n第3条　丙は、届け出る。"
    new = "第1条　甲は、届け出る。\n第2条　丙は、届け出る。"
    sections = draft(old, new, MUNICIPAL).table.sections
    assert [s.name for s in sections] == ["第2条", "第2条"]
    deleted, moved = sections
    assert deleted.rows[0].new == (Span("（削る）"),)
    assert underlined(deleted.rows[0].old) == ["第2条", "乙は、届け出る。"]
    assert underlined(moved.rows[0].old) == ["第3条"] and underlined(moved.rows[0].new) == ["第2条"]


def test_national_profile_puts_new_text_first_and_omits_unchanged_paragraphs() -> None:
    old = "第三条　甲は、届け出る。\n２　乙は、届け出る。\n３　丙は、届け出る。"
    new = "第三条　甲は、届け出る。\n２　乙は、申請する。\n３　丙は、届け出る。"
    table = draft(old, new, NATIONAL).table
    assert table.caption == "（傍線部分は改正部分）"
    assert table.headings == ("改正後", "改正前")
    rows = table.sections[0].rows
    assert [plain(r.new) for r in rows] == [
        "第三条\u3000（略）",
        "２\u3000乙は、申請する。",
        "３\u3000（略）",
    ]
    left, right = table.columns(rows[1])
    assert plain(left) == "２\u3000乙は、申請する。" and plain(right) == "２\u3000乙は、届け出る。"


def test_whole_articles_are_printed_unless_the_style_omits() -> None:
    old = "第3条　甲は、届け出る。\n2　乙は、届け出る。"
    new = "第3条　甲は、届け出る。\n2　乙は、申請する。"
    rows = draft(old, new, Style("kobe", omit_unchanged=False)).table.sections[0].rows
    assert plain(rows[0].new) == "第3条\u3000甲は、届け出る。"


def test_chapter_headings_show_a_new_chapter_and_the_one_it_pushes_back_where_they_begin() -> None:
    old = "第1章　総則\n第1条　甲。\n第2章　雑則\n第2条　丙。"
    new = "第1章　総則\n第1条　甲。\n第2章　監査\n第2条　監査する。\n第3章　雑則\n第3条　丙。"
    sections = draft(old, new, MUNICIPAL).table.sections
    assert [
        (s.name, plain(s.rows[0].old), plain(s.rows[0].new)) for s in sections if "章" in s.name
    ] == [
        ("第2章", "（新設）", "第2章\u3000監査"),
        ("第3章", "第2章\u3000雑則", "第3章\u3000雑則"),
    ]
    # Each 章名 stands where its 章 begins among the 条 (docs/amendment-rules.md 3.2: rows at the
    # same height).
    assert [s.name for s in sections] == ["第2章", "第2条", "第3章", "第3条"]


def test_a_deleted_chapter_heading_is_noted_above_its_deleted_articles() -> None:
    old = "第1章　総則\n第1条　甲。\n第2章　監査\n第2条　監査する。\n第3章　雑則\n第3条　丙。"
    new = "第1章　総則\n第1条　甲。\n第2章　雑則\n第2条　丙。"
    sections = draft(old, new, MUNICIPAL).table.sections
    assert [(plain(s.rows[0].old), plain(s.rows[0].new)) for s in sections] == [
        ("第2章\u3000監査", "（削る）"),
        ("第2条\u3000監査する。", "（削る）"),
        ("第3章\u3000雑則", "第2章\u3000雑則"),
        ("第3条\u3000丙。", "第2条\u3000丙。"),
    ]


def test_section_headings_are_named_with_their_chapter() -> None:
    old = (
        "第1章　総則\n第1条　この条例は、目的を定める。\n第2章　管理\n第1節　通則\n"
        "第2条　管理者は、台帳を備える。\n"
        "第2節　監査\n第3条　監査委員は、毎年度監査する。"
    )
    new = (
        "第1章　総則\n第1条　この条例は、目的を定める。\n第2章　管理\n第1節　監査\n"
        "第2条　監査委員は、毎年度監査する。"
    )
    sections = draft(old, new, MUNICIPAL).table.sections
    assert [(s.name, plain(s.rows[0].old), plain(s.rows[0].new)) for s in sections] == [
        ("第2章第1節", "第1節\u3000通則", "（削る）"),
        ("第2条", "第2条\u3000管理者は、台帳を備える。", "（削る）"),
        ("第2章第1節", "第2節\u3000監査", "第1節\u3000監査"),
        (
            "第2条",
            "第3条\u3000監査委員は、毎年度監査する。",
            "第2条\u3000監査委員は、毎年度監査する。",
        ),
    ]


def test_toc_lines_stand_beside_their_renumbered_selves() -> None:
    old = "目次\n第1章　総則（第1条）\n第2章　監査（第2条）\n第3章　雑則（第3条）\n附則\n" + (
        "第1章　総則\n第1条　甲。\n第2章　監査\n第2条　監査する。\n第3章　雑則\n第3条　丙。"
    )
    new = (
        "目次\n第1章　総則（第1条）\n第2章　雑則（第2条）\n附則\n第1章　総則\n第1条　甲。\n"
        "第2章　雑則\n第2条　丙。"
    )
    toc = draft(old, new, MUNICIPAL).table.sections[0]
    assert [(plain(r.old), plain(r.new)) for r in toc.rows] == [
        ("第1章\u3000総則（第1条）", "第1章\u3000総則（第1条）"),
        ("第2章\u3000監査（第2条）", ""),
        ("第3章\u3000雑則（第3条）", "第2章\u3000雑則（第2条）"),
        ("附則", "附則"),
    ]


SUPPL_RULE = (
    "テスト条例\n（平成12年テスト町条例第10号）\n"
    "第1条　この条例は、テストに関し必要な事項を定めるものとする。\n"
    "附　則\n"
    "1　この条例は、平成12年4月1日から施行する。\n"
    "2　次に掲げる者は、手数料を免除する。\n"
    "(1)　官公署\n"
)


def test_a_numbered_item_added_to_a_supplementary_paragraph_has_its_row() -> None:
    # Before, the 附則's lines were zipped pairwise and the added 号 fell off the table while the
    # 改め文 added it (「附則第2項に次の1号を加える。」).
    from gendocs.amend.draft.amendment import draft_from_text

    amendment = draft_from_text(SUPPL_RULE, SUPPL_RULE + "(2)　証明を求める者\n")
    assert [s.text for s in amendment.sentences] == ["附則第2項に次の1号を加える。"]
    (section,) = amendment.table.sections
    assert [(plain(r.old), plain(r.new)) for r in section.rows] == [
        ("附\u3000則", "附\u3000則"),
        # a 附則 of several 項 numbers its first 項 (docs/amendment-rules.md 2.12)
        ("1\u3000この条例は、平成12年4月1日から施行する。",) * 2,
        ("2\u3000次に掲げる者は、手数料を免除する。",) * 2,
        ("(1)\u3000官公署",) * 2,
        ("（新設）", "(2)\u3000証明を求める者"),
    ]
    assert underlined(section.rows[-1].new) == ["(2)", "証明を求める者"]


def test_a_supplementary_provision_of_one_paragraph_carries_no_number() -> None:
    from gendocs.amend.draft.amendment import draft_from_text

    old = SUPPL_RULE.split("1　")[0] + "この条例は、平成12年4月1日から施行する。\n"
    new = old.replace("平成12年4月1日", "平成12年7月1日")
    (section,) = draft_from_text(old, new).table.sections
    assert plain(section.rows[1].old) == "\u3000この条例は、平成12年4月1日から施行する。"
    assert "7月1日" in "".join(underlined(section.rows[1].new))
    assert "この条例は" not in "".join(underlined(section.rows[1].new))


def test_a_replaced_proviso_is_underlined_whole_and_a_word_added_alone() -> None:
    old = "第2条　使用料は、還付しない。ただし、町長が認めるときは、この限りでない。"
    new = (
        "第2条　使用料は、還付しない。ただし、災害その他使用者の責めに帰することができない"
        "理由により使用できなかったときは、その全部又は一部を還付することができる。"
    )
    (section,) = draft(old, new, MUNICIPAL).table.sections
    (row,) = section.rows
    assert underlined(row.old) == ["ただし、町長が認めるときは、この限りでない。"]
    assert underlined(row.new) == [new.split("。", 1)[1]]
    old = "第3条　甲は、減額する。ただし、営利を目的とするときは、この限りでない。"
    new = old.replace("営利", "専ら営利")
    (section,) = draft(old, new, MUNICIPAL).table.sections
    assert underlined(section.rows[0].new) == ["専ら"] and underlined(section.rows[0].old) == []
