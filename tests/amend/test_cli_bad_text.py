"""`gendocs amend` refuses texts no document can carry, each problem where it stands (issue 18).

A control character cannot be written to a document's XML and an invisible or reordering one
hides what the 法規担当 reads; a 題名 longer than a name may be cannot title the documents and
their properties. Before, both ended in a traceback from deep inside the Word writer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from gendocs.cli import cli, main

ARTICLE = "（目的）\n第1条　この条例は、{}を定める。\n"


def amend(
    folder: Path, old: str, new: str, capsys: pytest.CaptureFixture[str], *options: str
) -> list[str]:
    (folder / "old.txt").write_text(old, encoding="utf-8")
    (folder / "new.txt").write_text(new, encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        main(
            [
                *options,
                "amend",
                "--old",
                str(folder / "old.txt"),
                "--new",
                str(folder / "new.txt"),
                "--output",
                str(folder / "out"),
            ]
        )
    assert exited.value.code == 1
    assert not (folder / "out").exists() or not list((folder / "out").glob("*.docx"))
    return capsys.readouterr().err.splitlines()


def test_control_characters_are_located_in_the_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    old = "\x1b[31m手数料条例\x07\n" + ARTICLE.format("目的")
    new = "手数料条例\n" + ARTICLE.format("趣旨") + "第2条　附\u202e則\n"
    assert amend(Path("."), old, new, capsys) == [
        "old.txt:1:1: 文書に書けない制御文字 U+001B が含まれています。削除してください",
        "old.txt:1:11: 文書に書けない制御文字 U+0007 が含まれています。削除してください",
        "内容に2件の誤りがあります。",
    ]
    assert amend(Path("."), "手数料条例\n" + ARTICLE.format("目的"), new, capsys) == [
        "new.txt:4:6: 見えない文字または表示の順序を変える文字 U+202E（RIGHT-TO-LEFT "
        "OVERRIDE）が含まれています。"
        "削除してください",
        "内容に1件の誤りがあります。",
    ]


def test_an_over_long_title_is_refused_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    title = "手" * 110 + "条例\n"
    old, new = title + ARTICLE.format("目的"), title + ARTICLE.format("趣旨")
    assert amend(Path("."), old, new, capsys) == [
        "old.txt:1:1: 題名「"
        + "手" * 20
        + "…」が長すぎます（112字。100字まで）。短い題名を書いてください"
        "（--title でも指定できます）",
        "内容に1件の誤りがあります。",
    ]
    assert amend(Path("."), old, new, capsys, "--lang", "en") == [
        "old.txt:1:1: the title 「" + "手" * 20 + "…」 is too long (112 characters; at most 100); "
        "write a shorter title (or give --title)",
        "1 problem(s) in the content.",
    ]


def test_a_title_of_a_hundred_characters_drafts(tmp_path: Path) -> None:
    title = "手" * 98 + "条例\n"
    (tmp_path / "old.txt").write_text(title + ARTICLE.format("目的"), encoding="utf-8")
    (tmp_path / "new.txt").write_text(title + ARTICLE.format("趣旨"), encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        [
            "amend",
            "--old",
            str(tmp_path / "old.txt"),
            "--new",
            str(tmp_path / "new.txt"),
            "--output",
            str(tmp_path / "out"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "out").glob("*.docx"))) == 2
