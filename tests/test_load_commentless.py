"""The loader parses without gathering comments, falling back to ruamel's round-trip scanner when a
file fails (gendocs.load.yaml_file._parse, issue 17): every file must load to the same data, the
same positions and the same problems as with the round-trip scanner alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from gendocs.load import yaml_file
from gendocs.load.yaml_file import LoadedFile, load_yaml_file
from tests.conftest import REPO

FILES = sorted(
    p
    for folder in ("content", "tests")
    for p in (REPO / folder).rglob("*.yaml")
    if "__pycache__" not in p.parts
)

# Inputs where comments, anchors, merge keys, flow and block styles or errors sit
CASES = {
    "comments": "a: 1  # one\n# between\nb:\n  - x  # item\n  # inside\n  - y\n",
    "block": "text: |\n  line one\n  # not a comment\n  line two\nfolded: >-\n  a\n  b\n",
    "anchors": "base: &b {x: 1, y: 2}\nother:\n  <<: *b\n  y: 3\nlist: [*b, 2]\n",
    "duplicate": "a: 1\nb: 2\na: 3\n",
    "indent": "a:\n  b: 1\n c: 2\n",
    "tab": "a:\n\tb: 1\n",
    "unclosed": 'a: "open\nb: 2\n',
    "tags": "a: !!python/object:os.system x\nb: !secret y\nc: 2026-02-30\n",
    "directive": "%YAML 1.2\n---\na: yes\nb: 0o17\nc: 1_000\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "empty": "",
    "comment only": "# nothing\n",
    "control": "a: \x07\n",
}


def load_both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[LoadedFile, LoadedFile]:
    fast = load_yaml_file(path, path.name)
    monkeypatch.setattr(yaml_file, "COMMENTLESS", False)
    slow = load_yaml_file(path, path.name)
    monkeypatch.setattr(yaml_file, "COMMENTLESS", True)
    return fast, slow


def test_there_are_files_to_compare() -> None:
    assert len(FILES) > 50
    assert any(p.parent.name == "content" for p in FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_yaml_file_of_the_repository_loads_alike(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast, slow = load_both(path, monkeypatch)
    assert fast == slow


@pytest.mark.parametrize("text", list(CASES.values()), ids=list(CASES))
def test_comments_styles_and_errors_load_alike(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    fast, slow = load_both(path, monkeypatch)
    assert fast == slow
    assert fast.data is not None or fast.problems  # each case loads or says why


def test_a_syntax_error_is_located_as_the_round_trip_parser_locates_it(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(CASES["indent"], encoding="utf-8")
    (problem,) = load_yaml_file(path, "content/case.yaml").problems
    assert (problem.location.file, problem.location.line) == ("content/case.yaml", 3)


def test_the_sample_is_parsed_without_the_fallback() -> None:
    """The quicker parse is the one taken: no sample file needs the round-trip scanner."""
    for path in (REPO / "content").rglob("*.yaml"):
        text = path.read_text(encoding="utf-8-sig")
        assert yaml_file._yaml(commentless=True).load(text) is not None, path


def test_a_large_file_written_out_is_no_alias_bomb() -> None:
    """The cap on alias expansion counts what the aliases add, not the nodes written: 1,000
    members' surveys hold more than 200,000 nodes (issue 17, bench/synthetic.py)."""
    written = {"rows": [{"id": f"m{i}", "values": [i, i + 1]} for i in range(80_000)]}
    assert yaml_file._check_expansion(written, "content/systems.yaml") is None
    shared = [{"a": [1, 2, 3]} for _ in range(1_000)]  # 5,001 nodes, 250 times through aliases
    problem = yaml_file._check_expansion({"x": [shared] * 250}, "content/systems.yaml")
    assert problem is not None and "エイリアス" in problem.message.ja
