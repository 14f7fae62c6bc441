"""The loader parses without gathering comments, with libyaml's parser (ruamel.yaml.clibz) or
ruamel's plain one, falling back to ruamel's round-trip scanner when a file fails
(gendocs.load.yaml_file._parse, issue 17): every file must load to the same data, the same
positions and the same problems each way as with the round-trip scanner alone."""

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


WAYS = [("c",), ("python",)]


def load_ways(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[LoadedFile]:
    """``path`` loaded with each parser first, then with the round-trip parser alone (last)."""
    loaded = []
    for parsers in [*WAYS, ()]:
        monkeypatch.setattr(yaml_file, "PARSERS", parsers)
        loaded.append(load_yaml_file(path, path.name))
    monkeypatch.undo()
    return loaded


def test_there_are_files_to_compare() -> None:
    assert len(FILES) > 50
    assert any(p.parent.name == "content" for p in FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_yaml_file_of_the_repository_loads_alike(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    *ways, slow = load_ways(path, monkeypatch)
    assert ways == [slow] * len(WAYS)


@pytest.mark.parametrize("text", list(CASES.values()), ids=list(CASES))
def test_comments_styles_and_errors_load_alike(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    *ways, slow = load_ways(path, monkeypatch)
    assert ways == [slow] * len(WAYS)
    assert slow.data is not None or slow.problems  # each case loads or says why


def test_a_syntax_error_is_located_as_the_round_trip_parser_locates_it(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(CASES["indent"], encoding="utf-8")
    (problem,) = load_yaml_file(path, "content/case.yaml").problems
    assert (problem.location.file, problem.location.line) == ("content/case.yaml", 3)


def test_the_c_parser_is_installed_and_parses_the_sample_without_the_fallback() -> None:
    """The quickest parse is the one taken: libyaml's parser is there (constraints.txt) and no
    sample file needs another."""
    assert yaml_file.PARSERS[0] == "c"
    for path in (REPO / "content").rglob("*.yaml"):
        text = path.read_text(encoding="utf-8-sig")
        for way in ("c", "python"):
            assert yaml_file._yaml(commentless=way).load(text) is not None, (way, path)


def test_a_large_file_written_out_is_no_alias_bomb() -> None:
    """The cap on alias expansion counts what the aliases add, not the nodes written: 1,000
    members' surveys hold more than 200,000 nodes (issue 17, bench/synthetic.py)."""
    written = {"rows": [{"id": f"m{i}", "values": [i, i + 1]} for i in range(80_000)]}
    assert yaml_file._check_expansion(written, "content/systems.yaml") is None
    shared = [{"a": [1, 2, 3]} for _ in range(1_000)]  # 5,001 nodes, 250 times through aliases
    problem = yaml_file._check_expansion({"x": [shared] * 250}, "content/systems.yaml")
    assert problem is not None and "エイリアス" in problem.message.ja
