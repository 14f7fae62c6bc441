"""Malformed content files get a located, plain message, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from gendocs.errors import ContentError
from gendocs.load import load_content
from gendocs.validate import validate

ALIAS_BOMB = (
    "\n".join(
        [
            f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9 if i else ['"lol"'] * 9) + "]"
            for i in range(8)
        ]
    )
    + "\n"
)

CASES = [
    # (file content as bytes, expected line, expected column, expected message fragment)
    (b"members:\n  - id: a\n  id: b\n", 3, 3, "YAML の書き方に誤りがあります"),
    (b"consortium:\n  name: A\n  name: B\n", 3, 3, "同じキー「name」が二度書かれています"),
    (b"consortium:\n\tname: A\n", 2, 1, "タブ文字は使えません"),
    ("consortium:\n  name: 神奈川".encode()[:-2] + b"\n", 2, 11, "UTF-8 ではありません"),
    (b"", 1, 1, "ファイルが空です"),
    (b"- a\n- b\n", 1, 1, "リストが書かれています"),
    (ALIAS_BOMB.encode(), 1, 1, "エイリアス"),
    (b'consortium:\n  name: "A\\x07B"\n', 2, 9, "制御文字 U+0007"),
    (b"consortium:\n  name: A\x0cB\n", 2, 10, "制御文字 U+000C"),
    (b'consortium:\n  name: "\\ud800"\n', 2, 9, "制御文字 U+D800"),
]


@pytest.mark.parametrize(("data", "line", "col", "fragment"), CASES)
def test_malformed_file_is_reported_with_its_place(
    tmp_path: Path, data: bytes, line: int, col: int, fragment: str
) -> None:
    (tmp_path / "bad.yaml").write_bytes(data)
    raw = load_content(tmp_path)
    (problem,) = [p for p in raw.problems if p.location.file.endswith("bad.yaml")]
    assert (problem.location.line, problem.location.col) == (line, col)
    assert fragment in problem.message.ja


def test_every_malformed_file_is_reported_in_one_run(tmp_path: Path) -> None:
    for index, (data, *_rest) in enumerate(CASES):
        (tmp_path / f"bad{index:02d}.yaml").write_bytes(data)
    with pytest.raises(ContentError) as caught:
        validate(load_content(tmp_path))
    files = {p.location.file.rsplit("/", 1)[-1] for p in caught.value.problems}
    assert {f"bad{i:02d}.yaml" for i in range(len(CASES))} <= files


def test_a_key_defined_in_two_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("sla:\n  availability: 99\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("sla:\n  availability: 98\n", encoding="utf-8")
    raw = load_content(tmp_path)
    (problem,) = raw.problems
    assert problem.location.file.endswith("b.yaml")
    assert (problem.location.line, problem.location.col) == (1, 1)
    assert "a.yaml にも書かれています" in problem.message.ja


def test_positions_point_at_values(tmp_path: Path) -> None:
    (tmp_path / "m.yaml").write_text(
        "members:\n  - id: a\n    population:\n      value: 12\n", encoding="utf-8"
    )
    raw = load_content(tmp_path)
    loc = raw.locate(("members", 0, "population", "value"))
    assert (loc.line, loc.col) == (4, 14)
    missing = raw.locate(("members", 0, "population", "as_of"))
    assert (missing.line, missing.col) == (4, 7)


def test_syntax_errors_come_with_a_hint_in_japanese(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("consortium:\n  name: A\n   office: B\n", encoding="utf-8")
    (problem,) = load_content(tmp_path).problems
    assert (problem.location.line, problem.location.col) == (3, 10)
    assert "字下げか、値の中の「: 」を確認してください" in problem.message.ja


def test_merge_keys_are_supported_and_merged_values_located_at_their_anchor(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "base: &body\n  name: 組合議会\n  head: 議長\nother:\n  <<: *body\n  head: 管理者\n",
        encoding="utf-8",
    )
    raw = load_content(tmp_path)
    assert raw.problems == []
    assert raw.data["other"] == {"name": "組合議会", "head": "管理者"}
    assert (raw.locate(("other", "head")).line, raw.locate(("other", "head")).col) == (6, 9)
    assert (raw.locate(("other", "name")).line, raw.locate(("other", "name")).col) == (2, 9)
    assert (raw.locate_key(("other", "name")).line, raw.locate_key(("other", "name")).col) == (2, 3)


def test_a_list_of_merged_mappings_takes_the_first_definition(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "a: &a {x: 1}\nb: &b {x: 2, y: 3}\nc:\n  <<: [*a, *b]\n", encoding="utf-8"
    )
    raw = load_content(tmp_path)
    assert raw.data["c"] == {"x": 1, "y": 3}
    assert raw.locate(("c", "x")).line == 1 and raw.locate(("c", "y")).line == 2


def test_explicit_core_tags_and_plain_equals_signs_are_plain_values(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text('a: !!str 12\nb: !!int "7"\nc: =\nd: <<\n', encoding="utf-8")
    raw = load_content(tmp_path)
    assert raw.problems == []
    assert raw.data == {"a": "12", "b": 7, "c": "=", "d": "<<"}


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "a: !!python/object/apply:os.system [echo]\n",
            "YAML のタグ（!!python/object/apply:os.system）は使えません",
        ),
        ("a: !secret x\n", "YAML のタグ（!secret）は使えません"),
        ("a: 2026-02-30\n", "存在しない日付です（「2026-02-30」が書かれています）"),
        ("a: .nan\n", "有限の数値が必要です（非数 .nan が書かれています）"),
        ('a: "x\\u202ey"\n', "U+202E（RIGHT-TO-LEFT OVERRIDE）"),
    ],
)
def test_a_refused_value_is_one_problem_at_the_value(
    tmp_path: Path, text: str, fragment: str
) -> None:
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    (problem,) = load_content(tmp_path).problems
    assert (problem.key_path, problem.location.line, problem.location.col) == ("a", 1, 4)
    assert fragment in problem.message.ja


def test_variation_selectors_of_kanji_are_kept(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("a: 葛\U000e0100城\n", encoding="utf-8")
    raw = load_content(tmp_path)
    assert raw.problems == [] and raw.data["a"] == "葛\U000e0100城"


def test_items_of_a_list_folder_are_located_under_the_list(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "a.yaml").write_text("title: x\n", encoding="utf-8")
    (tmp_path / "rules" / "b.yaml").write_text("title: !t y\n", encoding="utf-8")
    raw = load_content(tmp_path)
    (problem,) = raw.problems
    assert (
        problem.text() == f"{tmp_path / 'rules' / 'b.yaml'}:1:8: rules[1].title: "
        "YAML のタグ（!t）は使えません。タグを消して値だけを書いてください"
    )
    assert raw.locate(("rules", 0, "title")).file.endswith("a.yaml")


def test_a_missing_top_level_key_is_placed_in_the_file_named_after_it(tmp_path: Path) -> None:
    raw = load_content(tmp_path)
    assert str(raw.locate(("sla", "availability"))) == f"{tmp_path}/sla.yaml"
