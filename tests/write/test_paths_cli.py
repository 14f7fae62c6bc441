"""Every command that writes keeps to the output folder it was given.

A folder or file the user names (``--output``, ``--out``, ``-o``, ``init DIR``) is where the user
wants the files: ``../x``, an absolute path and ``a/b`` are written there, and nothing else
anywhere. A name that cannot exist on every system (a control character, CON, 300 characters)
is refused with exit status 1 before anything is written. (A NUL cannot reach a path option: a
command line is a list of NUL-terminated strings, and click stats a path before gendocs sees it.) A
file name the user gives (``amend --title``) is refused when it is not a plain name; a title read
from content is made into one and shown.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_CONTENT
from tests.review.helpers import make_repo
from tests.write.helpers import run_cli, snapshot

CONTROL = (
    "「a\\x1b[31mb」は使えません: 制御文字・不可視の文字（NUL、改行、双方向制御など）を含みます"
)
RESERVED = "「CON」は使えません: Windows の予約名（CON, PRN, AUX, NUL, COM1〜9, LPT1〜9）です"
LONG = "「" + "x" * 300 + "」は使えません: 長すぎます（UTF-8 で300バイト。上限は200バイト）"
SAMPLE_RULE = SAMPLE_CONTENT / "ordinances" / "samukawa-tesuryo.yaml"


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git repository holding the sample content and one rule's old and new text."""
    work = make_repo(tmp_path_factory.mktemp("paths") / "work")
    old, new = _rule_texts()
    (work / "old.txt").write_text(old, encoding="utf-8")
    (work / "new.txt").write_text(new, encoding="utf-8")
    return work


def _rule_texts() -> tuple[str, str]:
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(SAMPLE_RULE.read_text(encoding="utf-8"))
    return str(data["old"]), str(data["new"])


# command line for an output folder (or, for costs and schema, an output file) at ``path``
FOLDER_COMMANDS: dict[str, Callable[[str], list[str]]] = {
    "build": lambda path: ["build", "sla", "--output", path],
    "amend": lambda path: ["amend", "--old", "old.txt", "--new", "new.txt", "--output", path],
    "diff": lambda path: ["diff", "-d", "sla", "--output", path],
    "init": lambda path: ["init", path],
}
FILE_COMMANDS: dict[str, Callable[[str], list[str]]] = {
    "costs": lambda path: ["costs", "--format", "csv", "--out", path],
    "schema": lambda path: ["schema", "-o", path],
}


def _copy(repo: Path, tmp_path: Path) -> Path:
    """A copy of the repository in ``tmp_path/work``, for a test to write around."""
    work = tmp_path / "work"
    shutil.copytree(repo, work, symlinks=True)
    return work


@pytest.mark.parametrize("command", sorted(FOLDER_COMMANDS) + sorted(FILE_COMMANDS))
@pytest.mark.parametrize("given", ["../x", "ABSOLUTE", "a/b"])
def test_a_path_the_user_gives_is_written_there_and_nowhere_else(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, given: str
) -> None:
    path = str(tmp_path / "abs" / "x") if given == "ABSOLUTE" else given
    line = {**FOLDER_COMMANDS, **FILE_COMMANDS}[command]
    work = _copy(repo, tmp_path)
    target = (work / path).resolve()
    before = snapshot(tmp_path, target)
    result = run_cli(capsys, work, *line(path))
    assert result.code == 0, result.stderr
    if command in FILE_COMMANDS:
        assert target.is_file()
    else:
        assert any(p.is_file() for p in target.rglob("*"))
    assert snapshot(tmp_path, target) == before


@pytest.mark.parametrize("command", sorted(FOLDER_COMMANDS) + sorted(FILE_COMMANDS))
@pytest.mark.parametrize(
    "given, problem", [("a\x1b[31mb", CONTROL), ("CON", RESERVED), ("x" * 300, LONG)]
)
def test_a_path_that_cannot_exist_everywhere_is_refused_and_nothing_is_written(
    repo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    given: str,
    problem: str,
) -> None:
    line = {**FOLDER_COMMANDS, **FILE_COMMANDS}[command]
    work = _copy(repo, tmp_path)
    before = snapshot(tmp_path)
    result = run_cli(capsys, work, *line(given))
    what = "出力ファイル" if command in FILE_COMMANDS else "出力先フォルダ"
    assert (result.code, result.stderr.splitlines()[-1]) == (1, what + problem)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(
    "title, problem",
    [
        (
            "../../x",
            "パスの区切り（/ や \\）を含みます、先頭がピリオドか空白です（隠しファイルになりま"
            "す）、"
            "「..」を含みます",
        ),
        ("/etc/x", "パスの区切り（/ や \\）を含みます"),
        ("a/b", "パスの区切り（/ や \\）を含みます"),
        ("a\0b", "制御文字・不可視の文字（NUL、改行、双方向制御など）を含みます"),
        ("x" * 300, "長すぎます（UTF-8 で300バイト。上限は200バイト）"),
    ],
)
def test_a_title_option_that_is_no_file_name_is_refused_before_drafting(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str, problem: str
) -> None:
    work = _copy(repo, tmp_path)
    before = snapshot(tmp_path)
    result = run_cli(
        capsys, work, "amend", "--old", "old.txt", "--new", "new.txt", "--title", title
    )
    shown = title.replace("\0", "\\x00")
    assert (result.code, result.stderr.splitlines()) == (
        1,
        [f"--title「{shown}」は使えません: {problem}"],
    )
    assert snapshot(tmp_path) == before


def test_a_title_option_too_long_with_its_suffix_is_refused_after_drafting(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = _copy(repo, tmp_path)
    before = snapshot(tmp_path)
    title = "条" * 63  # 189 bytes: a name alone, but not with 「_新旧対照表.docx」
    result = run_cli(
        capsys, work, "amend", "--old", "old.txt", "--new", "new.txt", "--title", title
    )
    assert (result.code, result.stderr.splitlines()) == (
        1,
        [
            f"--title から作るファイル名「{title}_改正文.docx」は使えません: "
            "長すぎます（UTF-8 で204バイト。上限は200バイト）"
        ],
    )
    assert snapshot(tmp_path) == before


def test_a_title_option_that_is_a_device_name_only_with_the_suffix_is_written(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = _copy(repo, tmp_path)
    result = run_cli(
        capsys, work, "amend", "--old", "old.txt", "--new", "new.txt", "--title", "CON"
    )
    assert result.code == 0
    assert sorted(p.name for p in (work / "output").glob("*.docx")) == [
        "CON_改正文.docx",
        "CON_新旧対照表.docx",
    ]


@pytest.mark.parametrize(
    "title, names",
    [
        ("../../x", ["_._x_改正文.docx", "_._x_新旧対照表.docx"]),
        ("/tmp/evil", ["_tmp_evil_改正文.docx", "_tmp_evil_新旧対照表.docx"]),
        ("a/b", ["a_b_改正文.docx", "a_b_新旧対照表.docx"]),
        # 270 bytes of title: the middle goes, both ends stay (a cut character is dropped whole)
        (
            "手数料" * 30,
            [
                "手数料" * 14 + "手数…料" + "手数料" * 5 + "_改正文.docx",
                "手数料" * 14 + "手数…数料" + "手数料" * 4 + "_新旧対照表.docx",
            ],
        ),
    ],
)
def test_a_title_from_the_text_is_made_a_file_name_and_shown(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str, names: list[str]
) -> None:
    work = _copy(repo, tmp_path)
    for side in ("old", "new"):
        text = (work / f"{side}.txt").read_text(encoding="utf-8")
        (work / f"{side}.txt").write_text(title + "\n" + text.split("\n", 1)[1], encoding="utf-8")
    output = (work / "output").resolve()
    before = snapshot(tmp_path, output)
    result = run_cli(capsys, work, "amend", "--old", "old.txt", "--new", "new.txt")
    assert result.code == 0, result.stderr
    assert sorted(p.name for p in output.glob("*.docx")) == sorted(names)
    shown = title.replace("\u202e", "\\u202e")
    assert [line for line in result.stderr.splitlines() if "として書き出します" in line] == [
        f"「{shown}{suffix}」はファイル名に使えないため「{name}」として書き出します"
        for suffix, name in zip(["_改正文.docx", "_新旧対照表.docx"], names, strict=True)
    ]
    assert snapshot(tmp_path, output) == before


def test_a_title_with_a_direction_override_is_refused_where_it_is_written(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a bidi override in the text itself is a bad input (as in content), not a name to repair
    work = _copy(repo, tmp_path)
    for side in ("old", "new"):
        text = (work / f"{side}.txt").read_text(encoding="utf-8")
        (work / f"{side}.txt").write_text("\u202eevil\n" + text.split("\n", 1)[1], encoding="utf-8")
    output = (work / "output").resolve()
    before = snapshot(tmp_path, output)
    result = run_cli(capsys, work, "amend", "--old", "old.txt", "--new", "new.txt")
    assert result.code != 0
    assert "old.txt:1:1: " in result.stderr and "U+202E" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(tmp_path, output) == before


def test_commands_that_only_read_write_nothing(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = _copy(repo, tmp_path)
    assert run_cli(capsys, work, "build", "sla").code == 0
    before = snapshot(tmp_path)
    document = "output/30_サービスレベル合意書.docx"
    for args in (
        ["textconv", document],
        ["textconv", f"../work/{document}"],
        ["history"],
        ["validate"],
        ["list"],
        ["costs"],
    ):
        assert run_cli(capsys, work, *args).code == 0, args
    assert snapshot(tmp_path) == before
