"""Impact search (影響調査, issue 13 item 8): ``gendocs amend --corpus`` lists the provisions of a
例規 corpus that cite what an amendment renumbers or renames, and ``--draft`` drafts their
一括改正.

The corpus (tests/fixtures/corpus_impact/reiki) is made up but written as 寒川町's 例規集 prints
rules: the amended 寒川町個人情報保護条例 itself, its 施行規則 (citing it by the 略称 「条例」), the
情報公開条例 (by 題名 with its number, then 「同条例」), the 電子計算組織管理規則 (by 題名, with
「同条」) and the 手数料条例, which cites other laws' 第12条・第227条 and its own 第4条第2項 and
must not be listed. The amendment inserts a 条 after 第3条 (第4条 to 第7条 move down one), a 号 in
第4条第2項 (its 第2号 and 第3号 move down one) and renames the defined term 「電子計算組織」
(第2条第3号) to 「情報システム」.

The expected lines are written out by hand from the texts. The form of the drafted 一括改正 is
that of the 整備法 (平成6年法律第49号 「地方自治法の一部を改正する法律の施行に伴う関係法律の整備
に関する法律」, https://jahis.law.nagoya-u.ac.jp/lawdb/l/406a0049: 「（伝染病予防法の一部改正）
第一条　伝染病予防法（明治三十年法律第三十六号）の一部を次のように改正する。」), a renumbered
citation amended as words (昭和44年法律第2号: 「第八条の二第一項中「第二条第十三項」を「第二条第
十四項」に改める。」).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from docx import Document

from gendocs.amend import parse_rule_text, rule_changes, search_rule
from gendocs.amend.text.model import Rule, article_texts, item_texts, paragraph_texts
from gendocs.cli import cli
from tests.realclient import pdf_text, to_pdfs

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "corpus_impact"
CORPUS = FIXTURE / "reiki"
OLD, NEW = FIXTURE / "amended" / "old.txt", FIXTURE / "amended" / "new.txt"
R = "tests/fixtures/corpus_impact/reiki/"

EXPECTED_JA = [
    f"{R}denshi-keisan-kanri-kisoku.txt:4:13: 第1条: 用語「電子計算組織」を用いています。"
    "用語は「情報システム」に改められます（改正する例規を引用していない規定です。確かめてください）",
    f"{R}denshi-keisan-kanri-kisoku.txt:6:16: 第2条第1項: 第5条を引用しています。改正後は第6条です",
    f"{R}denshi-keisan-kanri-kisoku.txt:6:25: 第2条第1項: 用語「電子計算組織」を用いています。"
    "用語は「情報システム」に改められます",
    f"{R}denshi-keisan-kanri-kisoku.txt:7:31: 第2条第2項: 第6条第2項を引用しています。"
    "改正後は第7条第2項です",
    f"{R}joho-kokai-jorei.txt:7:67: 第2条第1号: 第4条第2項第1号を引用しています。"
    "改正後は第5条第2項第1号です",
    f"{R}joho-kokai-jorei.txt:10:35: 第3条第1項: 第6条第1項を引用しています。"
    "改正後は第7条第1項です",
    f"{R}kojin-joho-hogo-jorei.txt:14:11: 第4条第1項: 前条第1項（第3条第1項）を引用しています。"
    "改正後は第3条第1項です",
    f"{R}kojin-joho-hogo-jorei.txt:20:43: 第5条: 第4条第2項第2号を引用しています。"
    "改正後は第5条第2項第3号です",
    f"{R}kojin-joho-hogo-kisoku.txt:6:13: 第2条: 第4条第2項第3号を引用しています。"
    "改正後は第5条第2項第4号です",
    f"{R}kojin-joho-hogo-kisoku.txt:8:13: 第3条第1項: 第5条を引用しています。改正後は第6条です",
    f"{R}kojin-joho-hogo-kisoku.txt:8:26: 第3条第1項: 用語「電子計算組織」を用いています。"
    "用語は「情報システム」に改められます",
    f"{R}kojin-joho-hogo-kisoku.txt:9:23: 第3条第2項: 用語「電子計算組織」を用いています。"
    "用語は「情報システム」に改められます",
    f"{R}kojin-joho-hogo-kisoku.txt:11:7: 第4条: 第6条第1項を引用しています。"
    "改正後は第7条第1項です",
]

EXPECTED_JOREI = """\
寒川町情報公開条例の一部を改正する条例
　寒川町情報公開条例（平成10年寒川町条例第2号）の一部を次のように改正する。
　第2条第1号ただし書中「第4条第2項第1号」を「第5条第2項第1号」に改める。
　第3条第1項中「第6条第1項」を「第7条第1項」に改める。
　　　附　則
　この条例は、公布の日から施行する。
"""

EXPECTED_KISOKU = """\
寒川町個人情報保護条例の一部を改正する条例の施行に伴う関係規則の整理に関する規則
（寒川町個人情報保護条例施行規則の一部改正）
第1条　寒川町個人情報保護条例施行規則（平成10年寒川町規則第12号）の一部を次のように改正する。
　第2条中「第4条第2項第3号」を「第5条第2項第4号」に改める。
　第3条第1項中「第5条」を「第6条」に、「電子計算組織」を「情報システム」に改め、\
同条第2項中「電子計算組織」を「情報システム」に改める。
　第4条中「第6条第1項」を「第7条第1項」に改める。
（寒川町電子計算組織管理規則の一部改正）
第2条　寒川町電子計算組織管理規則（平成12年寒川町規則第5号）の一部を次のように改正する。
　第2条第1項中「第5条」を「第6条」に、「電子計算組織」を「情報システム」に改め、\
同条第2項中「第6条第2項」を「第7条第2項」に改める。
　　　附　則
　この規則は、公布の日から施行する。
"""


@pytest.fixture
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the repository root: the findings show the corpus paths relative to it."""
    monkeypatch.chdir(ROOT)


def run(*args: str, lang: str = "ja") -> Result:
    result = CliRunner().invoke(
        cli, ["--lang", lang, "amend", "--old", str(OLD), "--new", str(NEW), *args]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def test_lists_every_affected_provision_located(at_root: None) -> None:
    result = run("--corpus", str(CORPUS))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == EXPECTED_JA
    assert "4件の例規の13か所" in result.stderr


def test_other_laws_and_the_rules_own_citations_are_not_listed(at_root: None) -> None:
    # 手数料条例 cites 住民基本台帳法第12条第1項, 地方自治法第227条 and its own 第4条第2項: none is
    # a citation of the 個人情報保護条例, whose 第4条第2項 does move.
    result = run("--corpus", str(CORPUS))
    assert "tesuryo-jorei.txt" not in result.stdout
    # the 施行規則's own 「前項」 (第3条第2項) is its own 第3条第1項, which does not move
    assert "前項" not in result.stdout.replace("前条第1項", "")


def test_english_messages(at_root: None) -> None:
    result = run("--corpus", str(CORPUS), lang="en")
    lines = result.stdout.splitlines()
    assert (
        f"{R}kojin-joho-hogo-kisoku.txt:6:13: 第2条: cites 第4条第2項第3号, which becomes "
        "第5条第2項第4号" in lines
    )
    assert (
        f"{R}kojin-joho-hogo-jorei.txt:14:11: 第4条第1項: cites 前条第1項 (第3条第1項), "
        "which becomes 第3条第1項" in lines
    )
    assert "13 places in 4 rules" in result.stderr


def test_each_corrected_citation_names_the_same_provision_as_before() -> None:
    # Independent of how the search writes its findings: the text a citation named in the old
    # rule is the text its corrected citation names in the new rule.
    old = parse_rule_text(OLD.read_text(encoding="utf-8"))
    new = parse_rule_text(NEW.read_text(encoding="utf-8"))
    changes = rule_changes(old, new)
    checked = 0
    for path in sorted(CORPUS.glob("*.txt")):
        impact = search_rule(str(path), path.read_text(encoding="utf-8"), changes)
        for finding in impact.findings if impact else ():
            if finding.kind == "citation" and finding.new:
                # the amendment also changes words (電子計算組織 → 情報システム), so: of all the
                # new rule's units at that level, the one cited now reads most like the one
                # cited before
                before = "".join(_unit_text(old, finding.target))
                level = _level(finding.new)
                best = max(
                    _citations(new, level),
                    key=lambda c: SequenceMatcher(
                        None, before, "".join(_unit_text(new, c)), autojunk=False
                    ).ratio(),
                )
                assert best == finding.new, finding
                checked += 1
    assert checked == 9


def _level(citation: str) -> str:
    return "号" if citation.endswith("号") else "項" if citation.endswith("項") else "条"


def _citations(rule: Rule, level: str) -> list[str]:
    """Every 条, 項 or 号 of a rule, cited the way the findings cite them."""
    out = []
    for article in rule.articles:
        head = f"第{article.number[0]}条"
        if level == "条":
            out.append(head)
        for paragraph in article.paragraphs:
            if level == "項":
                out.append(f"{head}第{paragraph.number}項")
            for item in paragraph.items if level == "号" else ():
                out.append(f"{head}第{paragraph.number}項第{item.number[0]}号")
    return out


def _unit_text(rule: Rule, citation: str) -> list[str]:
    """The texts of the unit a 「第5条第2項第3号」-style citation names (a 号 without 項: 第1項)."""
    m = re.fullmatch(r"第(\d+)条(?:第(\d+)項)?(?:第(\d+)号)?", citation)
    assert m is not None, citation
    article = next(a for a in rule.articles if a.number == (int(m.group(1)),))
    if m.group(2) is None and m.group(3) is None:
        return article_texts(article)
    paragraph = article.paragraphs[int(m.group(2) or 1) - 1]
    if m.group(3) is None:
        return paragraph_texts(paragraph)
    return item_texts(paragraph.items[int(m.group(3)) - 1])


def test_draft_writes_the_ikkatsu_kaisei_per_kind_in_reiki_order(
    tmp_path: Path, at_root: None
) -> None:
    result = run("--corpus", str(CORPUS), "--draft", "--output", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    drafted = result.stdout.split("\n\n", 1)[1]
    assert drafted == EXPECTED_JOREI + "\n" + EXPECTED_KISOKU
    names = sorted(p.name for p in (tmp_path / "out").glob("*.docx"))
    assert names == sorted(
        [
            "寒川町情報公開条例_改正文.docx",
            "寒川町情報公開条例_新旧対照表.docx",
            "寒川町個人情報保護条例の一部を改正する条例の施行に伴う関係規則の整理に関する規則"
            "_改正文.docx",
            "寒川町個人情報保護条例施行規則_新旧対照表.docx",
            "寒川町電子計算組織管理規則_新旧対照表.docx",
        ]
    )


def test_libreoffice_and_python_docx_read_the_drafted_instrument(
    tmp_path: Path, at_root: None
) -> None:
    run("--corpus", str(CORPUS), "--draft", "--output", str(tmp_path / "out"))
    text_doc = next((tmp_path / "out").glob("*関係規則の整理に関する規則_改正文.docx"))
    paragraphs = [p.text for p in Document(str(text_doc)).paragraphs if p.text.strip()]
    assert paragraphs[1] == "（寒川町個人情報保護条例施行規則の一部改正）"
    assert any(p.startswith("第2条　寒川町電子計算組織管理規則（") for p in paragraphs)
    table_doc = tmp_path / "out" / "寒川町電子計算組織管理規則_新旧対照表.docx"
    text_pdf, table_pdf = to_pdfs([text_doc, table_doc], tmp_path)
    text = pdf_text(text_pdf).replace(" ", "")
    for expected in (
        "関係規則の整理に関する規則",
        "第1条",
        "第2条",
        "附則",
        "公布の日から施行する",
    ):
        assert expected in text
    assert "{{" not in text and "{%" not in text
    table = pdf_text(table_pdf).replace(" ", "")
    assert "改正前" in table and "改正後" in table and "第7条第2項" in table


def test_draft_needs_a_corpus_and_the_corpus_one_rule(at_root: None) -> None:
    result = run("--draft")
    assert result.exit_code != 0 and "--draft には --corpus が必要です" in result.output
    result = CliRunner().invoke(
        cli,
        [
            "amend",
            "--old",
            str(OLD),
            "--new",
            str(NEW),
            "--old",
            str(OLD),
            "--new",
            str(NEW),
            "--corpus",
            str(CORPUS),
        ],
    )
    assert result.exit_code != 0 and "一つだけ" in result.output
    assert "Traceback" not in result.output


def test_a_bad_corpus_file_is_a_located_error_with_all_problems(
    tmp_path: Path, at_root: None
) -> None:
    corpus = tmp_path / "reiki"
    corpus.mkdir()
    (corpus / "a.txt").write_text("寒川町A規則\n第1条　本文\n第3条　飛んだ番号\n", encoding="utf-8")
    (corpus / "b.txt").write_text("寒川町B規則\n第1条　本文\u200b\n", encoding="utf-8")
    result = run("--corpus", str(corpus))
    assert result.exit_code != 0
    assert "a.txt:3:" in result.output and "b.txt:2:" in result.output
    assert "Traceback" not in result.output


def test_a_law_the_new_text_cites_first_without_its_number_is_listed(
    tmp_path: Path, at_root: None
) -> None:
    new = tmp_path / "new.txt"
    new.write_text(
        NEW.read_text(encoding="utf-8").replace(
            "第1条　この条例は、",
            "第1条　この条例は、個人情報の保護に関する法律第5条の規定に基づき、",
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli, ["amend", "--old", str(OLD), "--new", str(new), "--corpus", str(CORPUS)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1].endswith(
        "new.txt: 第1条: 「個人情報の保護に関する法律」を初めて引用していますが、法令番号が"
        "ありません。「個人情報の保護に関する法律（平成15年法律第57号）」と書いてください"
    )


def test_a_file_with_hane_true_has_its_own_citations_follow(tmp_path: Path) -> None:
    def block(text: str) -> str:
        return "".join(f"  {line}\n" for line in text.splitlines())

    file = tmp_path / "kojin.yaml"
    file.write_text(
        "hane: true\nold: |\n"
        + block(OLD.read_text(encoding="utf-8"))
        + "new: |\n"
        + block(NEW.read_text(encoding="utf-8")),
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli, ["amend", "--file", str(file), "--output", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    # the new 第6条 (old 第5条) still said 「第4条第2項第2号」; hane: true writes the 号 it became
    assert "「第4条第2項第2号」を「第5条第2項第3号」に改め、同条を第6条とし" in result.stdout
