"""Every case of the bad-input corpus is a located error, from ``validate`` and ``build`` alike.

Through the real CLI (click's CliRunner on ``gendocs.cli.cli``): exit status 1, exactly the
corpus lines on stderr and nothing on stdout, no exception but the exit, and the output/ of an
earlier build byte for byte as it was (files, manifest and names).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from gendocs.cli import cli
from tests.badinput.cases import CASES
from tests.badinput.corpus import Case, Edit, apply, expected_output, reader_without_root, snapshot
from tests.conftest import SAMPLE_CONTENT

REPO = Path(__file__).resolve().parents[2]


def _ordinary_user_reads_checkout() -> bool:
    """Whether the account the unreadable-file case runs as can read gendocs' own files."""
    with reader_without_root(True):
        try:
            (REPO / "gendocs" / "__init__.py").read_bytes()
        except PermissionError:
            return False
    return True


LOCATED = re.compile(r"^(content/[^:]+):(\d+):\d+: ")


def invoke(args: list[str], case: Case) -> Result:
    """Run gendocs with ``args`` in the working directory."""
    if case.unreadable and not _ordinary_user_reads_checkout():
        pytest.skip(
            "the unreadable-file case runs gendocs as an ordinary user, who cannot read this "
            f"checkout ({REPO}): clone into a folder others may enter (e.g. mode 755, not a "
            "mktemp -d folder)"
        )
    if case.unreadable:  # as root first: the modules the run imports lazily (rich's among them)
        CliRunner().invoke(cli, args)  # lie where an ordinary user cannot read them
    with reader_without_root(case.unreadable):
        return CliRunner().invoke(cli, args)


def runs(case: Case) -> Iterator[tuple[list[str], tuple[str, ...], str]]:
    """The command lines to try on ``case`` with the lines each must print."""
    for command in ("validate", "build"):
        yield [command], case.lines, "ja"
        if case.en:
            yield ["--lang", "en", command], case.en, "en"


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_is_a_located_error_and_leaves_output_alone(
    case: Case, built_output: Path, workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(SAMPLE_CONTENT, workspace / "content")
    shutil.copytree(built_output, workspace / "output")
    (workspace / "output").chmod(0o777)  # a build as another user may take a lock there
    apply(case, workspace / "content")
    before = snapshot(workspace / "output")
    monkeypatch.chdir(workspace)
    for args, lines, lang in runs(case):
        result = invoke(args, case)
        assert isinstance(result.exception, SystemExit), result.exception
        assert (result.exit_code, result.stdout) == (1, "")
        assert result.stderr == expected_output(lines, lang), " ".join(args)
    assert snapshot(workspace / "output") == before


@pytest.mark.parametrize(
    "case", [c for c in CASES if not c.elsewhere], ids=[c.name for c in CASES if not c.elsewhere]
)
def test_each_location_is_on_a_line_the_case_changed(case: Case, tmp_path: Path) -> None:
    """Independent of the expected lines: every location in an edited file is on an edited line."""
    shutil.copytree(SAMPLE_CONTENT, tmp_path / "content")
    edited = _edited_lines(case, tmp_path / "content")
    for line in case.lines + case.en:
        match = LOCATED.match(line)
        if match and match.group(1) in edited:
            assert int(match.group(2)) in edited[match.group(1)], line


def _edited_lines(case: Case, content: Path) -> dict[str, set[int]]:
    """For each edited file, the numbers of the lines its new text occupies after all edits."""
    spans: list[tuple[str, int, int]] = []  # file, start offset, length of the new text
    for change in (c for c in case.changes if isinstance(c, Edit)):
        path = content / change.file
        text = path.read_bytes()
        new = change.new if isinstance(change.new, bytes) else change.new.encode()
        start = text.index(change.old.encode())
        shift = len(new) - len(change.old.encode())
        spans = [(f, s + shift if f == change.file and s > start else s, n) for f, s, n in spans]
        spans.append((change.file, start, len(new)))
        path.write_bytes(text[:start] + new + text[start + len(change.old.encode()) :])
    lines: dict[str, set[int]] = {}
    for file, start, length in spans:
        text = (content / file).read_bytes()
        first = text.count(b"\n", 0, start) + 1
        last = text.count(b"\n", 0, start + max(length - 1, 0)) + 1
        lines.setdefault(f"content/{file}", set()).update(range(first, last + 1))
    return lines


def test_the_corpus_is_large_and_its_names_unique() -> None:
    names = [case.name for case in CASES]
    assert len(names) >= 100
    assert len(set(names)) == len(names)
