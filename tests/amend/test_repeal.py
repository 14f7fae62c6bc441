"""A rule whose 本則 becomes empty is repealed (「…は、廃止する。」), not emptied; and
``gendocs amend --file`` prints the 議案 / 公布文 its ``issued`` describes.

The form of the repealing sentence is the published one: 滋賀県附属機関設置条例（平成25年滋賀県
条例第53号）附則第2項 「次に掲げる条例は、廃止する。(1) 滋賀県特別職報酬等審議会設置条例（昭和39年
滋賀県条例第59号）…」
(https://www.pref.shiga.lg.jp/site/jourei/reiki_int/reiki_honbun/k001RG00000046.html), a 廃止 being
in its legal mechanism an amendment like any other (https://lawinfo.joureikun.jp/faq/?p=96); see
docs/amendment-rules.md §2.14.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from gendocs.amend import draft_ordinance, read_ordinance
from gendocs.cli import cli, main
from tests.realclient import pdf_text, to_pdfs

OLD = """\
寒川町テスト手数料条例
（平成12年寒川町条例第10号）
（趣旨）
第1条　この条例は、手数料について定める。
第2条　手数料は、次のとおりとする。
(1)　住民票　300円
(2)　印鑑証明　300円
附　則
この条例は、平成12年4月1日から施行する。
別表（第2条関係）
区分｜金額
住民票｜300円
"""

EXPECTED = [
    "寒川町テスト手数料条例を廃止する条例",
    "\u3000寒川町テスト手数料条例（平成12年寒川町条例第10号）は、廃止する。",
    "\u3000\u3000\u3000附\u3000則",
    "\u3000この条例は、令和9年4月1日から施行する。",
]

FILE = """\
enforcement: 2027-04-01
{extra}old: |
{old}new: |
  寒川町テスト手数料条例
"""


def indented(text: str) -> str:
    return "".join(f"  {line}\n" for line in text.splitlines())


def test_a_new_text_without_honsoku_drafts_the_repeal() -> None:
    from datetime import date

    data = {"enforcement": date(2027, 4, 1), "old": OLD, "new": "寒川町テスト手数料条例\n"}
    amendment = draft_ordinance(read_ordinance(data, name="t", source="t.yaml"))
    assert amendment.repeal
    assert amendment.text().splitlines() == EXPECTED
    assert amendment.provisions == () and amendment.sentences == ()


def test_repeal_true_without_new_drafts_the_same() -> None:
    from datetime import date

    data = {"enforcement": date(2027, 4, 1), "old": OLD, "repeal": True}
    amendment = draft_ordinance(read_ordinance(data, name="t", source="t.yaml"))
    assert amendment.text().splitlines() == EXPECTED


def test_a_regulation_is_repealed_by_a_regulation() -> None:
    old = OLD.replace("条例", "規則").replace("寒川町規則第10号", "寒川町規則第10号")
    amendment = draft_ordinance(
        read_ordinance({"old": old, "repeal": True}, name="t", source="t.yaml")
    )
    lines = amendment.text().splitlines()
    assert lines[0] == "寒川町テスト手数料規則を廃止する規則"
    assert lines[-1] == "\u3000この規則は、公布の日から施行する。"


def test_the_comparison_table_shows_the_whole_old_text_deleted() -> None:
    amendment = draft_ordinance(
        read_ordinance({"old": OLD, "repeal": True}, name="t", source="t.yaml")
    )
    rows = [row for section in amendment.table.sections for row in section.rows]
    old_words = "".join(s.text for row in rows for s in row.old if s.underline)
    for part in (
        "寒川町テスト手数料条例",
        "（趣旨）",
        "この条例は、手数料について定める。",
        "住民票\u3000300円",
        "この条例は、平成12年4月1日から施行する。",
        "別表（第2条関係）",
        "住民票｜300円",
    ):
        assert part in old_words
    # nothing of the old text is left unmarked but the spaces after the numbers
    assert all(s.underline or not s.text.strip("\u3000") for row in rows for s in row.old)
    assert [s.text for row in rows for s in row.new] == ["（廃止）"]


def write(tmp_path: Path, extra: str = "", new: bool = True) -> Path:
    text = FILE.format(extra=extra, old=indented(OLD))
    if not new:
        text = text.split("new: |")[0]
    path = tmp_path / "haishi.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_writes_the_repeal_and_libreoffice_opens_it(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["amend", "--file", str(write(tmp_path)), "--output", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == EXPECTED
    text_docx = tmp_path / "out" / "寒川町テスト手数料条例_改正文.docx"
    table_docx = tmp_path / "out" / "寒川町テスト手数料条例_新旧対照表.docx"
    paragraphs = [p.text for p in Document(str(text_docx)).paragraphs if p.text.strip()]
    assert paragraphs[0] == "寒川町テスト手数料条例を廃止する条例"
    assert "寒川町テスト手数料条例（平成12年寒川町条例第10号）は、廃止する。" in paragraphs
    assert not any("改正する" in p for p in paragraphs)
    table = Document(str(table_docx)).tables[0]
    cells = [(row.cells[0], row.cells[-1]) for row in table.rows]
    right = "".join(c[1].text for c in cells)
    assert "（廃止）" in right and "手数料" not in right
    underlined = "".join(
        run.text for left, _ in cells for p in left.paragraphs for run in p.runs if run.underline
    )
    assert "この条例は、手数料について定める。" in underlined
    assert "印鑑証明" in underlined
    text_pdf, table_pdf = to_pdfs([text_docx, table_docx], tmp_path)
    shown = pdf_text(text_pdf).replace(" ", "")
    assert "は、廃止する。" in shown and "令和9年4月1日から施行する。" in shown
    assert "{{" not in shown and "{%" not in shown
    assert "（廃止）" in pdf_text(table_pdf).replace(" ", "")


@pytest.mark.parametrize(
    ("extra", "new", "expected"),
    [
        (
            "repeal: true\n",
            "第1条　手数料は、徴収しない。",
            "repeal: repeal: true ですが、new に本則（条）があります。",
        ),
        ("repeal: yes please\n", None, "repeal: true 又は false が必要です（'yes please'）。"),
        (
            "",
            "附　則\n  この条例は、公布の日から施行する。",
            "new: new に本則（条）がないのに附則又は別表があります。",
        ),
        (
            "repeal: true\nlater:\n  - {provisions: 別表の改正規定, enforcement: 2027-10-01}\n",
            None,
            "廃止する例規には改正規定がないため",
        ),
    ],
)
def test_inconsistent_repeals_are_located_errors(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    extra: str,
    new: str | None,
    expected: str,
) -> None:
    text = FILE.format(extra=extra, old=indented(OLD))
    if new is not None:
        text += f"  {new}\n"
    (tmp_path / "haishi.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(["amend", "--file", "haishi.yaml"])
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    line = next(
        k
        for k, t in enumerate(text.splitlines(), 1)
        if t.startswith(
            "new:" if expected.startswith("new:") else ("later" if "later" in extra else "repeal")
        )
    )
    located = [e for e in err.splitlines() if expected in e]
    assert located, err
    assert located[0].startswith(f"haishi.yaml:{line}:"), err


def test_all_problems_in_one_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = FILE.format(extra="repeal: 1\nstyle: nosuch\n", old=indented(OLD))
    (tmp_path / "haishi.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit):
        main(["amend", "--file", "haishi.yaml"])
    err = capsys.readouterr().err
    assert "repeal: true 又は false が必要です（1）。" in err
    assert "書式「nosuch」はありません" in err


def test_old_text_without_honsoku_is_still_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = FILE.format(extra="repeal: true\n", old="  寒川町テスト手数料条例\n")
    (tmp_path / "haishi.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit):
        main(["amend", "--file", "haishi.yaml"])
    assert "条が一つもありません。" in capsys.readouterr().err


ISSUED = """\
issued:
  form: bill
  number: 議案第15号
  date: 2027-02-20
  signatory: {title: 寒川町長, name: 木村　俊雄}
  reason: コンビニ交付を始めるため、この案を提出するものです。
"""


def test_amend_file_prints_the_bill_its_issued_describes(tmp_path: Path) -> None:
    sample = (
        Path(__file__).resolve().parents[2] / "content" / "ordinances" / "samukawa-tesuryo.yaml"
    )
    path = tmp_path / "tesuryo.yaml"
    path.write_text(sample.read_text(encoding="utf-8") + ISSUED, encoding="utf-8")
    plain = tmp_path / "plain.yaml"
    plain.write_text(sample.read_text(encoding="utf-8"), encoding="utf-8")
    for source, out in ((path, "bill"), (plain, "plain")):
        result = CliRunner().invoke(
            cli, ["amend", "--file", str(source), "--output", str(tmp_path / out)]
        )
        assert result.exit_code == 0, result.output
    bill = [
        p.text for p in Document(str(tmp_path / "bill" / "寒川町手数料条例_改正文.docx")).paragraphs
    ]
    assert "議案第15号" in bill
    assert any("令和9年2月20日提出" in p for p in bill)
    assert any(p.replace("\u3000", "") == "寒川町長木村俊雄" for p in bill)
    assert "コンビニ交付を始めるため、この案を提出するものです。" in "".join(bill)
    plain_text = [
        p.text
        for p in Document(str(tmp_path / "plain" / "寒川町手数料条例_改正文.docx")).paragraphs
    ]
    assert "議案第15号" not in plain_text and "提案理由" not in plain_text


def test_the_build_drafts_a_repeal_from_content(tmp_path: Path) -> None:
    import shutil

    content = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parents[2] / "content", content)
    (content / "ordinances" / "test-haishi.yaml").write_text(
        FILE.format(extra="repeal: true\n", old=indented(OLD)).split("new: |")[0],
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli,
        ["-q", "build", "amendment_texts", "amendment_tables"]
        + ["--content", str(content), "--output", str(out)],
    )
    assert result.exit_code == 0, result.output
    texts = [p.text for p in Document(str(next(out.glob("50_*.docx")))).paragraphs]
    assert "寒川町テスト手数料条例を廃止する条例" in texts
    assert "寒川町テスト手数料条例（平成12年寒川町条例第10号）は、廃止する。" in texts
    assert "寒川町手数料条例の一部を改正する条例" in texts  # the other rules are still there
    table = "".join(
        c.text
        for t in Document(str(next(out.glob("51_*.docx")))).tables
        for row in t.rows
        for c in row.cells
    )
    assert "（廃止）" in table


def test_amend_old_new_with_a_title_only_new_text_drafts_the_repeal(tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text("寒川町テスト手数料条例\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        ["amend", "--old", str(old), "--new", str(new), "--enforce", "2027-04-01"]
        + ["--output", str(tmp_path / "out")],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == EXPECTED


def test_amend_old_new_with_a_suppl_but_no_honsoku_is_located(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(
        "寒川町テスト手数料条例\n附　則\nこの条例は、公布の日から施行する。\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(["amend", "--old", "old.txt", "--new", "new.txt"])
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert "new.txt:2:1: 本則（条）がないのに附則又は別表があります。" in err, err


def test_a_national_law_is_repealed_by_a_law_in_kanji_numerals(tmp_path: Path) -> None:
    path = tmp_path / "law.yaml"
    path.write_text(
        "style: national\nenforcement: 2027-04-01\nrepeal: true\nold: |\n"
        "  テスト振興法\n  （平成十二年法律第十号）\n  （目的）\n"
        "  第一条　この法律は、テストを振興する。\n  第二条　国は、テストを振興する。\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli, ["amend", "--file", str(path), "--output", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "テスト振興法を廃止する法律",
        "\u3000テスト振興法（平成十二年法律第十号）は、廃止する。",
        "\u3000\u3000\u3000附\u3000則",
        "\u3000この法律は、令和九年四月一日から施行する。",
    ]
    document = Document(str(tmp_path / "out" / "テスト振興法_改正文.docx"))
    assert "テスト振興法（平成十二年法律第十号）は、廃止する。" in [
        p.text for p in document.paragraphs
    ]
    # 縦書き like every national-style 改正文
    assert document.sections[0]._sectPr.xml.count("tbRl") == 1
