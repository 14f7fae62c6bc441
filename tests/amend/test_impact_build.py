"""ハネ within the build (issue 13 item 5): a citation of a 条・項・号 that an ordinance of the
build renumbers, kept unchanged in the citing ordinance's new text, is a warning of
``gendocs validate`` (rule ``amend.hane``) at the citing file's ``new:``.

The two ordinances are the fixture texts of tests/fixtures/corpus_impact: the 寒川町個人情報保護
条例 (a 条 inserted after 第3条, a 号 in 第4条第2項), whose new 第6条 still says 「第4条第2項第2号」
(the old 第5条's citation of what becomes 第5条第2項第3号) while its new 第5条 did correct
「前条第1項」 to 「第3条第1項」; and its 施行規則, amended for another reason (its 第4条's 庶務
moves to the 情報政策課), whose new text still cites 「条例第4条第2項第3号」 (第2条; now
第5条第2項第4号), 「条例第5条」 (第3条第1項; now 第6条) and 「条例第6条第1項」 (第4条; now
第7条第1項).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from gendocs.cli import cli
from tests.conftest import copy_project

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "corpus_impact"


def block(text: str) -> str:
    return "".join(f"  {line}\n" for line in text.splitlines())


def ordinance(title: str, number: str, old: str, new: str) -> str:
    return (
        f"title: {title}\nnumber: {number}\nstyle: municipal\nenforcement: 2027-04-01\n"
        f"old: |\n{block(old)}new: |\n{block(new)}"
    )


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = copy_project(tmp_path)
    ordinances = folder / "content" / "ordinances"
    old = (FIXTURE / "amended" / "old.txt").read_text(encoding="utf-8")
    new = (FIXTURE / "amended" / "new.txt").read_text(encoding="utf-8")
    (ordinances / "kojin-joho-hogo.yaml").write_text(
        ordinance("寒川町個人情報保護条例", "平成10年寒川町条例第3号", old, new), encoding="utf-8"
    )
    rule = (FIXTURE / "reiki" / "kojin-joho-hogo-kisoku.txt").read_text(encoding="utf-8")
    (ordinances / "kojin-joho-hogo-kisoku.yaml").write_text(
        ordinance(
            "寒川町個人情報保護条例施行規則",
            "平成10年寒川町規則第12号",
            rule,
            rule.replace("総務課", "情報政策課"),
        ),
        encoding="utf-8",
    )
    monkeypatch.chdir(folder)
    return folder


def validate(lang: str = "ja") -> str:
    result = CliRunner().invoke(cli, ["--lang", lang, "validate"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.output


def warnings(output: str) -> list[str]:
    return [line for line in output.splitlines() if "amend.hane" in line]


def test_stale_citations_in_the_same_rule_and_in_another_rule_are_warned(project: Path) -> None:
    found = warnings(validate())
    assert len(found) == 4, found
    own = [line for line in found if line.startswith("content/ordinances/kojin-joho-hogo.yaml")]
    other = [line for line in found if "kojin-joho-hogo-kisoku.yaml:" in line.split(" ")[0]]
    assert len(own) == 1 and len(other) == 3
    assert "寒川町個人情報保護条例第6条はこの例規の第4条第2項第2号（「第4条第2項第2号」）" in own[0]
    assert (
        "「第5条第2項第3号」と書いてください（ハネ。hane: true で自動的に改めます）"
        "［規則 amend.hane］" in own[0]
    )
    expected = [
        ("第2条", "第4条第2項第3号", "第5条第2項第4号"),
        ("第3条第1項", "第5条", "第6条"),
        ("第4条", "第6条第1項", "第7条第1項"),
    ]
    for line, (where, cited, becomes) in zip(other, expected, strict=True):
        assert f"寒川町個人情報保護条例施行規則{where}は寒川町個人情報保護条例の{cited}" in line
        assert f"「{becomes}」と書いてください" in line
        # located at the citing file's new:, the amended rule's new: as related
        assert "（関連: content/ordinances/kojin-joho-hogo.yaml:" in line


def test_the_corrected_citation_is_not_warned(project: Path) -> None:
    # 「前条第1項」 of the old 第4条 is written 「第3条第1項」 in the new 第5条: no warning for it
    found = warnings(validate())
    assert found and not any("前条第1項" in line for line in found)


def test_english(project: Path) -> None:
    found = warnings(validate("en"))
    assert any(
        "寒川町個人情報保護条例施行規則 第2条 cites 第4条第2項第3号 (「第4条第2項第3号」) of "
        "寒川町個人情報保護条例, which becomes 第5条第2項第4号" in line
        for line in found
    ), found


def test_no_warning_once_the_new_text_follows(project: Path) -> None:
    path = project / "content" / "ordinances" / "kojin-joho-hogo.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(_fix_new(text), encoding="utf-8")
    assert not any("この例規" in line for line in warnings(validate()))


def _fix_new(text: str) -> str:
    """Correct the citation in the new: block only (the old: block keeps its own)."""
    head, new = text.split("new: |\n")
    return head + "new: |\n" + new.replace("第4条第2項第2号", "第5条第2項第3号")


def test_hane_true_has_the_build_write_the_citations_as_they_become(project: Path) -> None:
    ordinances = project / "content" / "ordinances"
    for name in ("kojin-joho-hogo.yaml", "kojin-joho-hogo-kisoku.yaml"):
        path = ordinances / name
        path.write_text(path.read_text(encoding="utf-8") + "hane: true\n", encoding="utf-8")
    assert warnings(validate()) == []
    result = CliRunner().invoke(cli, ["build", "amendment_texts", "--output", "out"])
    assert result.exit_code == 0, result.output
    (document,) = (project / "out").glob("50_*.docx")
    text = "\n".join(p.text for p in Document(str(document)).paragraphs)
    # the 施行規則's own change and the three citations, in one 改正規定 per 条 as drafted
    assert "第2条中「第4条第2項第3号」を「第5条第2項第4号」に改める。" in text
    assert "第3条第1項中「第5条」を「第6条」に改める。" in text
    assert "第4条中「第6条第1項」を「第7条第1項」に、「総務課」を「情報政策課」に改める。" in text
    # the 条例's old 第5条 (its new 第6条) cites the moved 号 by its new number
    assert "「第4条第2項第2号」を「第5条第2項第3号」に改め、同条を第6条とし" in text


def test_hane_that_is_no_boolean_is_a_located_error(project: Path) -> None:
    path = project / "content" / "ordinances" / "kojin-joho-hogo.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "hane: はい\n", encoding="utf-8")
    output = validate()
    line = len(path.read_text(encoding="utf-8").splitlines())
    assert f"content/ordinances/kojin-joho-hogo.yaml:{line}:7: ordinances[1].hane" in output
    assert "hane は true か false です（「はい」）" in output
    assert "Traceback" not in output
