"""Fuzzing content values: whatever value is written wherever, gendocs gives located errors
(validate and build the same ones, output/ untouched) or a build whose every document is a
valid zip of well-formed XML parts.

Each example replaces one value of a copy of the sample (any key path of any content file) by
an odd one: text with controls, bidi and zero-width characters, template and chart syntax,
over-long text; huge, negative, NaN and infinite numbers; impossible and far dates; lists and
mappings where scalars belong and the reverse. Examples are derandomized (profile ``ci``);
``GENDOCS_FUZZ_EXAMPLES=300 python -m pytest tests/badinput/test_fuzz.py
--hypothesis-profile=explore --hypothesis-show-statistics`` draws more and new ones and says how
many were refused and how many built.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result
from hypothesis import HealthCheck, event, example, given, note, settings
from hypothesis import strategies as st
from lxml import etree
from ruamel.yaml import YAML

from gendocs.cli import cli
from tests.badinput.corpus import snapshot
from tests.conftest import SAMPLE_CONTENT

EXAMPLES = int(os.environ.get("GENDOCS_FUZZ_EXAMPLES", "10"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)

# A located line: file, then line:col unless the problem is the whole file, then the message.
LOCATED = re.compile(r"^content/[^:\s]+\.yaml(:\d+:\d+)?: \S")
SUMMARY = re.compile(r"^内容に(\d+)件の誤りがあります。$")
# What must never reach the terminal raw (see gendocs.errors.terminal_safe).
UNSAFE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]"
)

KeyPath = tuple[str | int, ...]

ODD_TEXT = [
    "",
    " ",
    "\n",
    "\t",
    "行1\n行2",
    "\u202e逆順",
    "ゼロ\u200b幅",
    "\ufeffBOM",
    "\x85",
    "\x1b[31m赤",
    "\x07",
    "２０２８-０４",
    "٢٠٢٨-٠٤",
    "2028-04\n",
    "{{ consortium.name }}",
    "{% for x in y %}",
    "単価$100〜$200",
    "$\\frac{1}{2}$",
    "<w:t>&amp;]]>",
    "𠮷野家",
    "葛\U000e0100城",
    "A" * 101,
    "あ" * 2001,
    "2026-02-30",
    "yes",
    "~",
    "- a",
    "a: b",
    "'",
    '"',
    "\\",
    "%",
    "ー",
    "\u3000",
]
ODD_NUMBERS = [
    0,
    -1,
    1,
    10**13,
    10**13 + 1,
    20_000_000,
    20_000_001,
    2**63,
    10**40,
    0.5,
    1e-300,
    float("nan"),
    float("inf"),
    float("-inf"),
    99.99,
    100.0001,
]

scalars = st.one_of(
    st.sampled_from(ODD_TEXT),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=30),
    st.sampled_from(ODD_NUMBERS),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(),
    st.datetimes(min_value=datetime(1, 1, 2)),
    st.none(),
    st.booleans(),
)
values = st.one_of(
    scalars,
    st.lists(scalars, max_size=4),
    st.dictionaries(st.text(max_size=6), scalars, max_size=3),
)

# Text a document must carry as written: markup and template syntax, XML specials, characters
# outside the BMP, 異体字 selectors, the longest name.
ALLOWED_TEXT = [
    "{{ consortium.name }}",
    "{% if x %}",
    "{%tr for r in rows %}",
    "単価$100〜$200",
    "<w:t>&amp;]]>",
    "＜＞＆＂’",
    "𠮷野家",
    "葛\U000e0100城",
    "😀",
    "名" * 100,
    "行1\n行2\tタブ",
    "' OR 1=1 --",
    "%s %d {0}",
    "\\server\\share",
]
readable_text = st.text(
    st.characters(exclude_categories=("Cs", "Cc", "Cf", "Zl", "Zp")), min_size=1, max_size=40
)


def like(original: Any) -> st.SearchStrategy[Any]:
    """Values of the same kind as ``original``, most of which the schema accepts."""
    if isinstance(original, bool):
        return st.booleans()
    if isinstance(original, str):
        return st.one_of(st.sampled_from(ALLOWED_TEXT), readable_text)
    if isinstance(original, int):  # a year stays near its year, an amount near its amount
        return st.integers(
            min_value=max(0, original - original // 10 - 1), max_value=original + original // 10 + 1
        )
    if isinstance(original, float):
        return st.floats(min_value=0, max_value=1)
    if isinstance(original, date):
        return st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31))
    if isinstance(original, list) and original and not isinstance(original[0], (dict, list)):
        return st.lists(like(original[0]), min_size=1, max_size=len(original) + 2)
    return values


def value_for(original: Any) -> st.SearchStrategy[Any]:
    """Two times in three a value like the one written, else anything odd."""
    return st.one_of(like(original), like(original), values)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = 4096
    return yaml


def _paths(node: Any, path: KeyPath = ()) -> list[KeyPath]:
    """Every key path in ``node`` (mappings and lists too, not only their leaves)."""
    found = [path] if path else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, path + (index,))
    return found


def _targets() -> list[tuple[str, KeyPath, Any]]:
    """(content file, key path inside it, value written there) for every value of the sample."""
    found = []
    for file in sorted(SAMPLE_CONTENT.rglob("*.yaml")):
        data = _yaml().load(file.read_text(encoding="utf-8"))
        found += [
            (file.relative_to(SAMPLE_CONTENT).as_posix(), path, _at(data, path))
            for path in _paths(data)
        ]
    return found


def _at(data: Any, path: KeyPath) -> Any:
    for part in path:
        data = data[part]
    return data


TARGETS = _targets()
# Drawn file first, then a value in it: systems.yaml alone holds more than half the values.
BY_FILE = {file: [t for t in TARGETS if t[0] == file] for file in sorted({t[0] for t in TARGETS})}
targets = st.sampled_from(sorted(BY_FILE)).flatmap(lambda file: st.sampled_from(BY_FILE[file]))
edits = targets.flatmap(lambda target: st.tuples(st.just(target), value_for(target[2])))


def replace_value(file: Path, path: KeyPath, value: Any) -> None:
    """Write ``value`` at ``path`` in the YAML file ``file``, keeping the rest as it was."""
    yaml = _yaml()
    data = yaml.load(file.read_text(encoding="utf-8"))
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = value
    stream = io.StringIO()
    yaml.dump(data, stream)
    file.write_text(stream.getvalue(), encoding="utf-8")


def check_located_error(result: Result) -> None:
    """Exit 1; every line located, terminal-safe, counted in the closing line."""
    assert isinstance(result.exception, SystemExit), result.exception
    assert (result.exit_code, result.stdout) == (1, "")
    *lines, summary = result.stderr.rstrip("\n").split("\n")
    count = SUMMARY.match(summary)
    assert count is not None and int(count.group(1)) == len(lines) > 0, summary
    for line in lines:
        assert LOCATED.match(line), line
        assert not UNSAFE.search(line), line


def check_documents(output: Path) -> None:
    """Every .docx in ``output`` is a sound zip whose XML parts are well-formed."""
    documents = sorted(output.glob("*.docx"))
    assert documents
    for document in documents:
        with zipfile.ZipFile(document) as package:
            assert package.testzip() is None, document.name
            for name in package.namelist():
                if name.endswith((".xml", ".rels")):
                    etree.fromstring(package.read(name))


def _edit(file: str, path: KeyPath, value: Any) -> tuple[tuple[str, KeyPath, Any], Any]:
    return (file, path, None), value


@FUZZ
@given(edit=edits)
# Odd text that every document must carry as written, in a chart and in the tables, so that
# every run builds documents whatever the derandomized draws are.
@example(
    edit=_edit("schedule.yaml", ("schedule", "phases", 0, "name"), "𠮷野家 {{ x }} <w:t>&amp;")
)
@example(edit=_edit("members.yaml", ("members", 2, "name"), "葛\U000e0100城町＜＞＆😀"))
@example(edit=_edit("plan.yaml", ("plan", "background", 0), "行1\n行2\tタブ {%tr for %} ]]>"))
def test_any_value_anywhere_gives_located_errors_or_sound_documents(
    edit: tuple[tuple[str, KeyPath, Any], Any], built_output: Path, workspace: Path
) -> None:
    (file, path, _original), value = edit
    note(f"{file}: {path} = {value!r}")
    case = workspace / f"case{len(list(workspace.iterdir()))}"
    shutil.copytree(SAMPLE_CONTENT, case / "content")
    shutil.copytree(built_output, case / "output")
    replace_value(case / "content" / file, path, value)
    before = snapshot(case / "output")
    old = Path.cwd()
    os.chdir(case)
    try:
        validated = CliRunner().invoke(cli, ["validate"])
        built = CliRunner().invoke(cli, ["-q", "build"])
    finally:
        os.chdir(old)
    event("valid: built" if validated.exit_code == 0 else "refused: located errors")
    if validated.exit_code == 0:
        assert built.exit_code == 0, (built.exception, built.stderr)
        check_documents(case / "output")
    else:
        check_located_error(validated)
        assert (built.exit_code, built.stderr) == (1, validated.stderr)
        assert snapshot(case / "output") == before
    shutil.rmtree(case)


def test_the_fuzz_reaches_every_content_file() -> None:
    files = {file for file, _path, _value in TARGETS}
    assert {"members.yaml", "costs.yaml", "sla.yaml", "ordinances/kumiai-kiyaku.yaml"} <= files
    assert len(TARGETS) > 1000


def test_a_replaced_value_is_written_where_it_was(tmp_path: Path) -> None:
    file = tmp_path / "sla.yaml"
    shutil.copy(SAMPLE_CONTENT / "sla.yaml", file)
    replace_value(file, ("sla", "availability"), float("nan"))
    replace_value(file, ("sla", "valid_from"), date(1, 1, 1))
    text = file.read_text(encoding="utf-8")
    assert "  availability: .nan\n" in text and "  valid_from: 0001-01-01\n" in text
