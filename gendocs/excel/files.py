"""What every import command does before it reads a workbook: refuse to write into the bundled
sample, and read the files given, each unreadable one a located problem (all of them, so that one
run reports every file). Used by ``gendocs survey import``, ``gendocs inventory import`` and
``gendocs requirements``."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from gendocs.errors import Location, Msg, Problem, UsageError
from gendocs.project import Project


def refuse_bundled(project: Project, what_en: str = "nothing") -> None:
    """Raise a usage error when ``project`` reads the sample gendocs ships (no content/ here):
    an import never writes into it. ``what_en`` names what is never imported, in English."""
    if project.embedded_content:
        raise UsageError(
            Msg(
                "content/ がありません。取り込み先の内容のフォルダで実行するか --content で"
                "指定してください（同梱のサンプルには取り込みません）",
                f"no content/ here: run in the project or give --content ({what_en} is never "
                "imported into the bundled sample)",
            )
        )


def read_files(paths: Iterable[Path]) -> tuple[list[tuple[Path, bytes]], list[Problem]]:
    """The bytes of each file that can be read, and a problem for each that cannot."""
    found: list[tuple[Path, bytes]] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            found.append((path, path.read_bytes()))
        except OSError as err:
            problems.append(
                Problem(
                    Location(path.name),
                    "",
                    Msg(f"読めません（{err.strerror}）", f"unreadable ({err.strerror})"),
                )
            )
    return found, problems
