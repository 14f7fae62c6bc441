"""Content is loaded straight from libyaml's events (gendocs.load.yaml_file._stream, issue 17:
a 1,000-member systems.yaml no longer builds its nodes and a round-trip CommentedMap with line and
column data for each before the plain data): for every file it takes, the data, the top-level
positions and the problems must be those of the usual way, and every file it cannot take (errors,
anchors, merge keys, tags, directives…) is left to the usual way."""

from __future__ import annotations

from pathlib import Path

import pytest

from gendocs.load import yaml_file
from gendocs.load.yaml_file import LoadedFile, load_yaml_bytes
from tests.conftest import REPO
from tests.test_load_commentless import CASES, FILES

# Content the streamed way must build (plain values of every kind), or leave to the usual way
PLAIN = {
    "scalars": (
        "a: 1\nb: -2\nc: 1.5\nd: true\ne: null\nf:\ng: 2026-04-01\nh: '01'\ni: \"x\"\n"
        "j: 0o17\nk: 0x1F\nl: 1_000\nm: 1e3\nn: ~\no: =\np: <<\nq: .5\n"
    ),
    "nested": "a:\n  b:\n    - {c: 1, d: [x, y]}\n    - []\n  e: {}\nf: [1, [2, [3]]]\n",
    "blocks": "a: |\n  one\n  two\nb: >-\n  folded\n  text\nc: |+\n  kept\n\n",
    "flow": "a: {b: 1, c: 'two', d: [3, \"4\"]}\n",
    "explicit start": "---\na: 1\n...\n",
    "japanese": "名前: 甲町\n人口: 12345\n備考: 「見本」\n",
}
UNUSUAL = {
    "anchor": "a: &x 1\nb: 2\n",
    "alias": "a: &x [1]\nb: *x\n",
    "merge": "a: &x {b: 1}\nc:\n  <<: *x\n  d: 2\n",
    "tag": "a: !!str 1\n",
    "local tag": "a: !secret x\n",
    "directive": "%YAML 1.1\n---\na: yes\n",
    "number key": "1: a\n",
    "bool key": "true: a\n",
    "complex key": "? [a, b]\n: c\n",
    "duplicate": "a: 1\na: 2\n",
    "quoted duplicate": "a: 1\n'a': 2\n",
    "timestamp": "a: 2026-04-01 10:00:00\n",
    "impossible date": "a: 2026-02-30\n",
    "nan": "a: .nan\n",
    "control": "a: \x07\n",
    "bidi": "a: \u202eabc\n",
    "list": "- a\n- b\n",
    "scalar": "a\n",
    "empty": "",
    "two documents": "a: 1\n---\nb: 2\n",
    "tab": "a:\n\tb: 1\n",
}


def usual(raw: bytes, base: tuple[str | int, ...]) -> LoadedFile:
    """The file loaded as before the streamed way (round-trip constructor, nodes)."""
    yaml_file._stream = lambda *_: None  # type: ignore[assignment]
    try:
        return load_yaml_bytes(raw, "content/case.yaml", base, record=False)
    finally:
        yaml_file._stream = STREAM


STREAM = yaml_file._stream


def streamed(raw: bytes, base: tuple[str | int, ...]) -> LoadedFile | None:
    return STREAM(raw.decode("utf-8-sig"), "content/case.yaml", base)


def same(a: LoadedFile, b: LoadedFile) -> bool:
    return (a.data, a.positions, a.key_positions, a.problems) == (
        b.data,
        b.positions,
        b.key_positions,
        b.problems,
    )


def test_the_streamed_way_is_the_one_taken() -> None:
    assert yaml_file.PARSERS[0] == "c"
    for path in (REPO / "content").rglob("*.yaml"):
        assert streamed(path.read_bytes(), ()) is not None, path


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(REPO)))
@pytest.mark.parametrize("base", [(), ("ordinances", 2)], ids=["file", "folder item"])
def test_every_yaml_file_of_the_repository_loads_as_before(
    path: Path, base: tuple[str | int, ...]
) -> None:
    raw = path.read_bytes()
    before = usual(raw, base)
    now = load_yaml_bytes(raw, "content/case.yaml", base, record=False)
    assert same(now, before)
    fast = streamed(raw, base)
    assert fast is None or same(fast, before)


@pytest.mark.parametrize("text", list(PLAIN.values()), ids=list(PLAIN))
def test_plain_content_is_streamed_alike(text: str) -> None:
    raw = text.encode()
    fast = streamed(raw, ())
    assert fast is not None
    assert same(fast, usual(raw, ()))


@pytest.mark.parametrize(
    "text", list(UNUSUAL.values()) + list(CASES.values()), ids=list(UNUSUAL) + list(CASES)
)
def test_what_is_not_plain_is_left_to_the_usual_way(text: str) -> None:
    raw = text.encode()
    if text not in PLAIN.values() and text != CASES["block"] and text != CASES["comments"]:
        assert streamed(raw, ()) is None
    assert same(load_yaml_bytes(raw, "content/case.yaml", (), record=False), usual(raw, ()))


def test_values_read_alike_from_the_text() -> None:
    """Values as the text says (not only as the usual way says)."""
    fast = streamed(PLAIN["scalars"].encode(), ())
    assert fast is not None
    data = fast.data
    assert (data["a"], data["b"], data["c"], data["d"], data["e"], data["f"]) == (
        1,
        -2,
        1.5,
        True,
        None,
        None,
    )
    assert str(data["g"]) == "2026-04-01" and data["h"] == "01" and data["i"] == "x"
    assert (data["j"], data["k"], data["l"], data["m"]) == (15, 31, 1000, 1000.0)
    assert (data["o"], data["p"]) == ("=", "<<")
    assert [type(data[k]) for k in "abcdhj"] == [int, int, float, bool, str, int]
    nested = streamed(PLAIN["nested"].encode(), ("ordinances", 2))
    assert nested is not None
    assert nested.data == {"a": {"b": [{"c": 1, "d": ["x", "y"]}, []], "e": {}}, "f": [1, [2, [3]]]}
    assert nested.key_positions[("ordinances", 2, "f")].line == 6
    assert nested.positions[("ordinances", 2, "a")].line == 2  # the value under the key
    assert ("ordinances", 2, "a", "b") not in nested.positions  # read again when asked
