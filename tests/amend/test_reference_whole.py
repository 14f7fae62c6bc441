"""Reference examples about the whole instrument: 題名, 制定文, 章・目次, 削除, and the 附則."""

from __future__ import annotations

from datetime import date

from gendocs.amend import (
    MUNICIPAL,
    NATIONAL,
    Enactment,
    Enforcement,
    LaterProvision,
    OtherAmendment,
    Style,
    draft_amendment,
)
from gendocs.amend.text.model import Rule
from gendocs.amend.text.parse import parse_rule_text
from gendocs.amend.write.enact import enactment_paragraphs, suppl_lines
from gendocs.amend.write.sentences import amending_title, enacting_sentence
from tests.amend.helpers import draft, provisions_text, squash

SAKUJO = Style("sakujo", deletion="sakujo")
HAKODATE = Style("hakodate", comma=",", kana_connectives=True)
GIFU = Style("gifu", numerals="kanji")
SEKIKAWA = Style("sekikawa", span_word="期間内")  # 関川村公文例規程


def test_title_and_enacting_sentence_follow_the_model() -> None:
    # 2.1: 「○○市○○条例の一部を改正する条例」 and 岐阜県 (2023), 借地借家法 (national).
    gifu = Rule("岐阜県議会委員会条例", "昭和三十八年岐阜県条例第十八号")
    assert amending_title(gifu) == "岐阜県議会委員会条例の一部を改正する条例"
    assert squash(enacting_sentence(gifu)) == squash(
        "岐阜県議会委員会条例(昭和三十八年岐阜県条例第十八号)の一部を次のように改正する。"
    )
    law = Rule("借地借家法", "平成三年法律第九十号")
    assert amending_title(law) == "借地借家法の一部を改正する法律"
    assert (
        enacting_sentence(law) == "借地借家法（平成三年法律第九十号）の一部を次のように改正する。"
    )
    assert enacting_sentence(Rule("借地借家法")) == "借地借家法の一部を次のように改正する。"


def test_title_is_replaced_whole() -> None:
    # 2.5 / 条例の作り方: 「題名を次のように改める。」 followed by the new title.
    before = parse_rule_text("寒川町電子計算組織管理条例\n第1条　この条例は、管理を定める。\n")
    after = parse_rule_text("寒川町情報システム管理条例\n第1条　この条例は、管理を定める。\n")
    amendment = draft_amendment(before, after, style=MUNICIPAL)
    assert provisions_text(amendment) == squash(
        "題名を次のように改める。寒川町情報システム管理条例"
    )


CHAPTERS_OLD = """
目次
第一章　総則（第一条・第二条）
第二章　管理（第三条）
第三章　雑則（第四条）
第一章　総則
第一条　この法律は、管理について定める。
第二条　この法律において「管理者」とは、町長をいう。
第二章　管理
第三条　管理者は、台帳を備える。
第三章　雑則
第四条　この法律の施行に関し必要な事項は、政令で定める。
"""


def test_chapter_name_is_replaced() -> None:
    # 2.5 (Lawtext spec): 「第二章の章名を次のように改める。」; the 目次 line changes first (2.10).
    new = CHAPTERS_OLD.replace("第二章　管理", "第二章　情報システムの管理")
    amendment = draft(CHAPTERS_OLD, new, NATIONAL)
    assert provisions_text(amendment) == squash(
        "目次中「管理」を「情報システムの管理」に改める。"
        "第二章の章名を次のように改める。第二章　情報システムの管理"
    )


def test_article_added_at_the_end_of_a_chapter() -> None:
    # N3: 「第四章に次の一条を加える。」 (the new 条 closes 第四章).
    old = """
第一章　総則
第五十九条　この法律は、管理について定める。
第四章　雑則
第六十条　この法律の施行に関し必要な事項は、政令で定める。
"""
    new = old.rstrip() + "\n第六十一条　前条の政令は、内閣総理大臣が立案する。\n"
    amendment = draft(old, new, NATIONAL)
    assert provisions_text(amendment) == squash(
        "第四章に次の一条を加える。第六十一条　前条の政令は、内閣総理大臣が立案する。"
    )


def test_toc_word_change_quotes_the_article_number() -> None:
    # 2.10 (N3): 「目次中「第六十条」を「第六十一条」に改める。」.
    old = CHAPTERS_OLD.replace("第三章　雑則（第四条）", "第三章　雑則（第四条―第六十条）")
    new = old.replace("（第四条―第六十条）", "（第四条―第六十一条）")
    amendment = draft(old, new, NATIONAL)
    assert provisions_text(amendment) == squash("目次中「第六十条」を「第六十一条」に改める。")


def test_deleted_article_kept_as_sakujo_placeholder() -> None:
    # 2.8: 「第○条を次のように改める。」 + 「第○条　削除」 (no renumbering of later 条).
    old = """
第1条　甲は、届け出る。
第2条　乙は、届け出る。
第3条　丙は、届け出る。
"""
    new = """
第1条　甲は、届け出る。
第3条　丙は、届け出る。
"""
    amendment = draft(old, new, SAKUJO)
    assert provisions_text(amendment) == squash("第2条を次のように改める。第2条　削除")


def test_consecutive_deleted_articles_become_one_range_placeholder() -> None:
    # joureikun FAQ p=558: 「第5条から第8条まで　削除」.
    old = "\n".join(f"第{n}条　第{n}号様式による。" for n in range(4, 10))
    new = "第4条　第4号様式による。\n第9条　第9号様式による。"
    amendment = draft(old, new, SAKUJO)
    assert provisions_text(amendment) == squash(
        "第5条から第8条までを次のように改める。第5条から第8条まで　削除"
    )


def test_caption_added_to_an_article() -> None:
    # 2.9 (Wikipedia): 「第○条に見出しとして「（…）」を付する」.
    amendment = draft(
        "第3条　必要な事項は、町長が定める。",
        "（委任）\n第3条　必要な事項は、町長が定める。",
        MUNICIPAL,
    )
    assert provisions_text(amendment) == squash("第3条に見出しとして「（委任）」を付する。")


def test_two_articles_added_with_a_kanji_counter() -> None:
    # 2.6: 「次の二条を加える」; at the end of a 本則 without 章, 「本則に」 (issue 13 item 3).
    old = "第一条　甲は、届け出る。"
    new = "第一条　甲は、届け出る。\n第二条　乙は、届け出る。\n第三条　丙は、届け出る。"
    amendment = draft(old, new, NATIONAL)
    assert provisions_text(amendment) == squash(
        "本則に次の二条を加える。第二条　乙は、届け出る。第三条　丙は、届け出る。"
    )


# --- 附則 (2.12) --------------------------------------------------------------------------------


def suppl(enactment: Enactment, style: Style, kind: str = "条例") -> str:
    return squash("".join(suppl_lines(enactment_paragraphs(enactment, kind, style), style)))


def test_enforcement_on_promulgation() -> None:
    # 湖南市 model; 函館市 H27 附則1 writes the comma as 「,」.
    assert suppl(Enactment(), MUNICIPAL) == "この条例は、公布の日から施行する。"
    assert suppl(Enactment(), HAKODATE) == "この条例は,公布の日から施行する。"


def test_enforcement_on_a_fixed_date_in_kanji() -> None:
    # 岐阜県 (2023): 「この条例は、令和五年六月一日から施行する。」.
    enactment = Enactment(Enforcement("date", date(2023, 6, 1)))
    assert suppl(enactment, GIFU) == "この条例は、令和五年六月一日から施行する。"


def test_retroactive_application() -> None:
    # 新居浜市 附則1: 「この条例は、公布の日から施行し、昭和31年9月1日から適用する。」.
    enactment = Enactment(applies_from=date(1956, 9, 1))
    assert (
        suppl(enactment, MUNICIPAL)
        == "この条例は、公布の日から施行し、昭和31年9月1日から適用する。"
    )


def test_delegated_enforcement_date() -> None:
    # 令3法37 附則第一条第四号: 「公布の日から起算して一年を超えない範囲内において…政令で定める日」.
    enactment = Enactment(Enforcement("delegated", delegate="政令で定める日", within="一年"))
    assert suppl(enactment, NATIONAL, "法律") == (
        "この法律は、公布の日から起算して一年を超えない範囲内において政令で定める日から施行する。"
    )


def test_delegated_enforcement_date_within_a_period() -> None:
    # 関川村公文例規程 (model):
    # 「公布の日から起算して何日を超えない期間内において村長が定める日から施行する」.
    enactment = Enactment(Enforcement("delegated", delegate="村長が定める日", within="30日"))
    assert suppl(enactment, SEKIKAWA, "規則") == (
        "この規則は、公布の日から起算して30日を超えない期間内において村長が定める日から施行する。"
    )


def test_transitional_provision_numbers_the_paragraphs() -> None:
    # 平成19年法律第132号 附則第二条; several provisions are numbered and headed (函館市).
    transitional = (
        "この法律の施行前に設定された借地権（転借地権を含む。）については、なお従前の例による。"
    )
    enactment = Enactment(transitional=(transitional,))
    assert suppl(enactment, MUNICIPAL) == squash(
        "（施行期日）1　この条例は、公布の日から施行する。（経過措置）2　" + transitional
    )


def test_other_ordinance_amended_in_the_supplementary_provisions() -> None:
    # 函館市 H27: 「(○○条例の一部改正)」 and
    # 「2　特別職の職員の給与等に関する条例(昭和40年函館市条例第22号)の一部を次のように改正する。」.
    other = OtherAmendment(
        "特別職の職員の給与等に関する条例",
        "昭和40年函館市条例第22号",
        (
            "別表第2中「防災会議の委員および専門委員」を「防災会議の委員,専門委員および幹事」に改める。",
        ),
    )
    text = suppl(Enactment(others=(other,)), HAKODATE)
    assert (
        squash(
            "（特別職の職員の給与等に関する条例の一部改正）"
            "2　特別職の職員の給与等に関する条例(昭和40年函館市条例第22号)の一部を次のように改"
            "正する。"
            "別表第2中「防災会議の委員および専門委員」を「防災会議の委員,専門委員および幹事」に改める。"
        )
        in text
    )


def test_split_enforcement_dates_list_the_later_provisions_earliest_first() -> None:
    # joureikun FAQ p=131 and 令3法37 附則第一条:
    # 「ただし、次の各号に掲げる規定は、当該各号に定める日から施行する。」.
    enactment = Enactment(
        Enforcement("date", date(2026, 4, 1)),
        later=(
            LaterProvision("別表の改正規定", Enforcement("date", date(2027, 4, 1))),
            LaterProvision("第1条中第6条の改正規定", Enforcement("date", date(2026, 10, 1))),
        ),
    )
    assert suppl(enactment, MUNICIPAL) == squash(
        "この条例は、令和8年4月1日から施行する。ただし、次の各号に掲げる規定は、当該各号に定める日から施行する。"
        "(1)　第1条中第6条の改正規定　令和8年10月1日"
        "(2)　別表の改正規定　令和9年4月1日"
    )
