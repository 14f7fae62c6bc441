"""gendocs amend: the 改め文 on stdout, two documents that LibreOffice opens, and bad input."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from ruamel.yaml import YAML

from gendocs.cli import cli, main
from tests.amend.samples import SAMPLES, draft_sample, read_sample, sample_paths
from tests.amend.test_batch import KANRI, KOJIN, TESURYO, renamed
from tests.realclient import pdf_text, pdf_vertical_text, to_pdfs

SAMPLE = SAMPLES / "samukawa-tesuryo.yaml"


def write_texts(folder: Path, sample: Path = SAMPLE) -> tuple[Path, Path]:
    data = YAML(typ="safe").load(sample.read_text(encoding="utf-8"))
    old, new = folder / "old.txt", folder / "new.txt"
    old.write_text(data["old"], encoding="utf-8")
    new.write_text(data["new"], encoding="utf-8")
    return old, new


def run(folder: Path, *args: str) -> tuple[int, str]:
    old, new = write_texts(folder)
    result = CliRunner().invoke(
        cli, ["amend", "--old", str(old), "--new", str(new), "--output", str(folder / "out"), *args]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


def test_prints_the_amendment_and_writes_both_documents(tmp_path: Path) -> None:
    code, stdout = run(
        tmp_path, "--enforce", "規則で定める日", "--number", "平成12年寒川町条例第10号"
    )
    assert code == 0
    assert stdout.splitlines()[0] == "寒川町手数料条例の一部を改正する条例"
    assert "\u3000第5条に次のただし書を加える。" in stdout.splitlines()
    assert stdout.rstrip().endswith("この条例は、規則で定める日から施行する。")
    names = sorted(p.name for p in (tmp_path / "out").glob("*.docx"))
    assert names == ["寒川町手数料条例_改正文.docx", "寒川町手数料条例_新旧対照表.docx"]


def test_libreoffice_opens_both_documents(tmp_path: Path) -> None:
    run(tmp_path)
    docs = sorted((tmp_path / "out").glob("*.docx"))
    text_pdf, table_pdf = to_pdfs(docs, tmp_path)
    text = pdf_text(text_pdf).replace(" ", "")
    assert "寒川町手数料条例の一部を改正する条例" in text
    assert "第2条に次の1項を加える。" in text
    assert "附則" in text and "{{" not in text and "{%" not in text
    table = pdf_text(table_pdf).replace(" ", "")
    assert "新旧対照表" in table and "改正前" in table and "改正後" in table
    assert "（新設）" in table


def test_new_table_text_is_a_word_table(tmp_path: Path) -> None:
    # The sample replaces its 別表 (「別表を次のように改める。」): the 例規集 lines with 「｜」
    # become a bordered table that python-docx and LibreOffice read cell by cell.
    run(tmp_path)
    document = Document(str(tmp_path / "out" / "寒川町手数料条例_改正文.docx"))
    (table,) = document.tables
    assert [cell.text for cell in table.rows[0].cells] == [
        "区分",
        "単位",
        "窓口による交付",
        "多機能端末機による交付",
    ]
    assert [cell.text for cell in table.rows[1].cells] == [
        "住民票の写しの交付",
        "1通につき",
        "300円",
        "200円",
    ]
    assert not any("｜" in p.text for p in document.paragraphs)
    assert (
        "w:tblBorders"
        in zipfile.ZipFile(tmp_path / "out" / "寒川町手数料条例_改正文.docx")
        .read("word/document.xml")
        .decode()
    )
    (pdf,) = to_pdfs([tmp_path / "out" / "寒川町手数料条例_改正文.docx"], tmp_path)
    text = pdf_text(pdf).replace(" ", "")
    assert "多機能端末機による交付" in text.replace("\n", "") and "｜" not in text


def test_table_lines_in_the_comparison_are_tables_in_their_cells(tmp_path: Path) -> None:
    # A 別表 is one table in each cell of the 新旧対照表, its rows paired by their first cell (the
    # changed words still underlined).
    run(tmp_path)
    document = Document(str(tmp_path / "out" / "寒川町手数料条例_新旧対照表.docx"))
    nested = [
        (k, t) for row in document.tables[0].rows for k, c in enumerate(row.cells) for t in c.tables
    ]
    cells = {
        k: [[c.text for c in r.cells] for kk, t in nested if kk == k for r in t.rows]
        for k in (0, 1)
    }
    assert ["住民票の写しの交付", "1通につき", "300円"] in cells[0]
    assert ["住民票の写しの交付", "1通につき", "300円", "200円"] in cells[1]
    new_row = next(
        r for k, t in nested if k == 1 for r in t.rows if r.cells[0].text == "住民票の写しの交付"
    )
    assert [r.underline for r in new_row.cells[3].paragraphs[0].runs if r.text] == [True]
    assert [r.underline for r in new_row.cells[1].paragraphs[0].runs if r.text] == [None]
    assert not any("｜" in c.text for row in document.tables[0].rows for c in row.cells)


def section_xml(docx: Path) -> str:
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode()
    return xml[xml.index("<w:sectPr") :]


def test_the_national_style_lays_the_amendment_out_vertically(tmp_path: Path) -> None:
    run(tmp_path, "--style", "national")
    text = tmp_path / "out" / "寒川町手数料条例_改正文.docx"
    section = section_xml(text)
    assert '<w:textDirection w:val="tbRl"/>' in section  # 縦書き: top to bottom, right to left
    assert '<w:pgSz w:w="11906" w:h="16838"/>' in section  # A4 portrait
    (pdf,) = to_pdfs([text], tmp_path)
    columns = pdf_vertical_text(pdf)
    assert "寒川町手数料条例の一部を改正する条例" in columns.splitlines()
    assert "第二条に次の一項を加える。" in columns.splitlines()
    assert "この条例は、公布の日から施行する。" in columns.splitlines()


def test_the_municipal_style_stays_horizontal(tmp_path: Path) -> None:
    run(tmp_path)
    for docx in (tmp_path / "out").glob("*.docx"):
        assert "textDirection" not in section_xml(docx)


def test_changed_words_are_underlined_in_the_table(tmp_path: Path) -> None:
    run(tmp_path)
    table = next((tmp_path / "out").glob("*新旧対照表.docx"))
    xml = zipfile.ZipFile(table).read("word/document.xml").decode()
    assert '<w:u w:val="single"/>' in xml
    assert "{{" not in xml


def test_documents_are_reproducible(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    run(tmp_path / "a")
    run(tmp_path / "b")
    for name in ("寒川町手数料条例_改正文.docx", "寒川町手数料条例_新旧対照表.docx"):
        assert (tmp_path / "a" / "out" / name).read_bytes() == (
            tmp_path / "b" / "out" / name
        ).read_bytes()


def test_identical_texts_say_no_change_and_write_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old, _ = write_texts(tmp_path)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(["amend", "--old", str(old), "--new", str(old)])
    assert exited.value.code == 0
    assert "改正前と改正後の本文が同じです" in capsys.readouterr().err
    assert not list(tmp_path.glob("output/*.docx"))


def test_unreadable_text_names_the_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = write_texts(tmp_path)
    new.write_text(new.read_text(encoding="utf-8").replace("第3条　", "第9条　"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(["amend", "--old", "old.txt", "--new", "new.txt"])
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "new.txt:11:1: 第9条の番号が飛んでいるか重複しています。",
        "new.txt:13:1: 第4条の番号が飛んでいるか重複しています。",
        "内容に2件の誤りがあります。",
    ]


def test_unknown_style_is_a_usage_error(tmp_path: Path) -> None:
    old, new = write_texts(tmp_path)
    result = CliRunner().invoke(
        cli, ["amend", "--old", str(old), "--new", str(new), "--style", "tate"]
    )
    assert result.exit_code == 2


def test_missing_file_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(["amend", "--old", "nothing.txt", "--new", "nothing.txt"])
    assert exited.value.code == 2
    assert "nothing.txt を読めません" in capsys.readouterr().err


def test_sample_drafts_match_the_cli(tmp_path: Path) -> None:
    # The CLI and the library give the same 改正文 for the same texts and options.
    sample = read_sample(SAMPLE)
    _, stdout = run(tmp_path, "--enforce", "規則で定める日")
    assert stdout.splitlines()[2:-2] == draft_sample(SAMPLE).text().splitlines()[2:-2]
    assert sample.old.title == "寒川町手数料条例"


def test_ordinance_files_draft_every_amendment(tmp_path: Path) -> None:
    files = [arg for path in sample_paths() for arg in ("--file", str(path))]
    result = CliRunner().invoke(cli, ["amend", *files, "--output", str(tmp_path)])
    assert result.exit_code == 0, result.output
    count = len(files) // 2
    assert result.stdout.count("の一部を次のように改正する。") == count
    assert len(list(tmp_path.glob("*.docx"))) == 2 * count


def test_errors_in_an_ordinance_file_point_into_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace(
        "  第3条　手数料は、申請の際に徴収する。ただし、町長",
        "  第9条　手数料は、申請の際に徴収する。ただし、町長",
        1,
    )
    (tmp_path / "tesuryo.yaml").write_text(text, encoding="utf-8")
    line = (
        text.splitlines().index(next(t for t in text.splitlines() if t.startswith("  第9条"))) + 1
    )
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(["amend", "--file", "tesuryo.yaml"])
    assert exited.value.code == 1
    assert (
        f"tesuryo.yaml:{line}:3: old: 第9条の番号が飛んでいるか重複しています。"
        in capsys.readouterr().err.splitlines()
    )


def test_file_and_texts_are_not_mixed(tmp_path: Path) -> None:
    old, new = write_texts(tmp_path)
    result = CliRunner().invoke(
        cli, ["amend", "--file", str(SAMPLE), "--old", str(old), "--new", str(new)]
    )
    assert result.exit_code != 0


def write_batch(folder: Path) -> list[str]:
    """Write three rules making the same change; return the --old/--new arguments, paired in
    order."""
    args: list[str] = []
    for n, text in enumerate((KANRI, KOJIN, TESURYO), start=1):
        old, new = renamed(text)
        (folder / f"old{n}.txt").write_text(old, encoding="utf-8")
        (folder / f"new{n}.txt").write_text(new, encoding="utf-8")
        args += ["--old", str(folder / f"old{n}.txt"), "--new", str(folder / f"new{n}.txt")]
    return args


def test_several_pairs_make_one_batch_amendment(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["amend", *write_batch(tmp_path), "--output", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "寒川町電子計算組織の管理運営に関する条例等の一部を改正する条例"
    assert lines[1] == "\u3000次に掲げる条例の規定中「電子計算組織」を「情報システム」に改める。"
    assert (
        lines[3]
        == "\u3000(2)\u3000寒川町個人情報保護条例（平成10年寒川町条例第3号）第3条から第6条まで"
    )
    names = sorted(p.name for p in (tmp_path / "out").glob("*.docx"))
    assert names == [
        "寒川町個人情報保護条例_新旧対照表.docx",
        "寒川町手数料条例_新旧対照表.docx",
        "寒川町電子計算組織の管理運営に関する条例_新旧対照表.docx",
        "寒川町電子計算組織の管理運営に関する条例等_改正文.docx",
    ]
    (text_pdf,) = to_pdfs([tmp_path / "out" / names[-1]], tmp_path)
    text = pdf_text(text_pdf).replace(" ", "")
    assert "次に掲げる条例の規定中「電子計算組織」を「情報システム」に改める。" in text
    assert "寒川町手数料条例（平成12年寒川町条例第10号）第1条第2項" in text


def test_batch_pairs_must_match_and_take_no_title(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = write_batch(tmp_path)
    monkeypatch.chdir(tmp_path)
    for extra in (["--old", args[1]], ["--title", "寒川町情報システム条例"]):
        with pytest.raises(SystemExit) as exited:
            main(["amend", *args, *extra])
        assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--old と --new を同じ数だけ（又は --file を）指定してください。" in err
    assert "--title と --number は条例一つの改正にだけ使えます。" in err
    assert not list(tmp_path.glob("output/*.docx"))


def test_an_instrument_file_is_drafted_by_the_build_not_by_amend(tmp_path: Path) -> None:
    # content/ordinances/kumiai-kiyaku.yaml amends bylaws.union_rules from its adoption revision
    path = SAMPLES / "kumiai-kiyaku.yaml"
    line = 1 + path.read_text(encoding="utf-8").split("\ninstrument:")[0].count("\n") + 1
    result = CliRunner().invoke(cli, ["amend", "--file", str(path), "--output", str(tmp_path)])
    assert result.exit_code == 1
    assert f"kumiai-kiyaku.yaml:{line}:1: instrument: " in result.stderr
    assert "gendocs build で作成してください" in result.stderr
    assert list(tmp_path.iterdir()) == []
