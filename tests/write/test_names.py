"""File names: a title from content becomes a safe name; a name the user typed is refused with
every reason; every name gendocs writes stays inside its output folder (symlinks followed).

Windows' rules hold on every platform (Microsoft, "Naming Files, Paths, and Namespaces",
https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file): reserved device names,
also with an extension ("NUL.txt"), and no trailing dot or space.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gendocs.errors import OutputError
from gendocs.write.names import MAX_NAME_BYTES, inside, name_problems, safe_filename


@pytest.mark.parametrize(
    "title, name",
    [
        ("寒川町手数料条例_改正文.docx", "寒川町手数料条例_改正文.docx"),  # Japanese kept as is
        ("../../x_改正文.docx", "_._x_改正文.docx"),
        ("/etc/passwd", "_etc_passwd"),
        ("a/b\\c.docx", "a_b_c.docx"),
        ("a\x00b.docx", "a_b.docx"),
        ("\u202excod.docx", "_xcod.docx"),  # right-to-left override
        ("改正\u200b文.docx", "改正_文.docx"),  # zero-width space
        ('条例<第1号>:"案"|?*.docx', "条例_第1号___案____.docx"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("COM1 .docx", "_COM1 .docx"),
        ("LPT9", "_LPT9"),
        ("CON_改正文.docx", "CON_改正文.docx"),  # only the device name itself is reserved
        ("..", "_"),
        (".hidden.docx", "hidden.docx"),
        ("末尾. ", "末尾"),
        ("", "_"),
    ],
)
def test_a_title_becomes_a_safe_file_name(title: str, name: str) -> None:
    assert safe_filename(title) == name


def test_a_long_title_loses_its_middle_keeping_whole_characters_and_both_ends() -> None:
    name = safe_filename("第3条" * 100 + "_新旧対照表.docx")
    assert name.startswith("第3条第3条") and name.endswith("第3条_新旧対照表.docx")
    assert "…" in name
    assert MAX_NAME_BYTES - 6 < len(name.encode()) <= MAX_NAME_BYTES  # 3-byte characters
    assert safe_filename("x" * 300) == "x" * 137 + "…" + "x" * 60


def test_a_name_the_user_typed_gets_every_reason_it_is_refused() -> None:
    assert [p.ja for p in name_problems("../../x")] == [
        "パスの区切り（/ や \\）を含みます",
        "先頭がピリオドか空白です（隠しファイルになります）",
        "「..」を含みます",
    ]
    assert [p.en for p in name_problems("CON")] == [
        "it is a name Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9)"
    ]
    assert [p.ja for p in name_problems("あ" * 100)] == [
        "長すぎます（UTF-8 で300バイト。上限は200バイト）"
    ]
    assert name_problems("寒川町手数料条例_改正文.docx") == []


def test_the_start_of_a_name_is_not_judged_by_its_end() -> None:
    assert name_problems("CON", start=True) == []  # 「CON_改正文.docx」 is a valid name
    assert name_problems("条例.", start=True) == []
    assert [p.en for p in name_problems("a/b", start=True)] == [
        "it contains a path separator (/ or \\)"
    ]


@given(st.text(max_size=300))
def test_a_made_name_passes_the_check_and_is_left_alone(title: str) -> None:
    name = safe_filename(title)
    assert name_problems(name) == []
    assert safe_filename(name) == name
    assert len(name.encode()) <= MAX_NAME_BYTES


@given(st.text(max_size=300))
def test_a_name_is_refused_exactly_when_it_would_be_changed(name: str) -> None:
    assert (name_problems(name) == []) == (safe_filename(name) == name)


@pytest.mark.parametrize("name", ["../x", "a/../../x", "/etc/x", "", "a//b", "./a", "a/.."])
def test_a_name_leaving_the_folder_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(OutputError) as caught:
        inside(tmp_path, name)
    assert caught.value.message.ja == f"出力先フォルダ {tmp_path} の外に書こうとしました: {name}"


def test_a_symlinked_folder_leading_out_is_refused(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "diff").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(OutputError) as caught:
        inside(tmp_path / "out", "diff/x.docx")
    assert caught.value.message.en == (
        f"refusing to write outside the output folder {tmp_path / 'out'}: diff/x.docx"
    )


def test_names_gendocs_makes_may_start_with_a_dot_and_nest(tmp_path: Path) -> None:
    assert inside(tmp_path, ".gitignore") == tmp_path / ".gitignore"
    assert inside(tmp_path, "diff/v1-abc1234..worktree/変更概要.md") == (
        tmp_path / "diff" / "v1-abc1234..worktree" / "変更概要.md"
    )


def test_a_control_character_in_a_name_gendocs_would_write_is_shown_escaped(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as caught:
        inside(tmp_path, "a\x1b[31m.docx")
    assert caught.value.message.ja == (
        "出力ファイル名「a\\x1b[31m.docx」は使えません: "
        "制御文字・不可視の文字（NUL、改行、双方向制御など）を含みます"
    )
