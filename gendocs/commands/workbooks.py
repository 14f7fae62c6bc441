"""What the workbook commands (``survey``, ``inventory``, ``requirements``) share: the
``--out`` option (``--content`` is :data:`gendocs.commands.CONTENT`), the errors after which
nothing is written, a workbook's stamp, the check of a member id, the YAML file holding a key,
a second file for the same thing, and the content validated as an import would leave it before
anything is written."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from gendocs.errors import ContentError, Location, Msg, Problem, UsageError
from gendocs.write import document_stamp, write_file

if TYPE_CHECKING:
    from gendocs.model import Content
    from gendocs.project import Project

OUT = click.option(
    "-o",
    "--out",
    "out",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="書き出すフォルダ（既定は出力フォルダ）",
)


class NothingImported(ContentError):
    """Problems in the files given: nothing was written."""

    ja = "{count}件の誤りがあります。何も取り込んでいません。"
    en = "{count} problem(s); nothing was imported."

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        count = len(self.problems)
        self.message = Msg(self.ja.format(count=count), self.en.format(count=count))


class AnswersRefused(NothingImported):
    """Problems in returned workbooks (survey answers, inventory lists): nothing was imported."""

    ja = "回答に{count}件の誤りがあります。何も取り込んでいません。"
    en = "{count} problem(s) in the answers; nothing was imported."


def stamp(loaded: Content) -> datetime:
    """The date a workbook made from ``loaded`` carries: the project's date, at midnight UTC."""
    return document_stamp(datetime.combine(loaded.project.date, datetime.min.time(), UTC))


def out_folder(out: Path | None, project: Project) -> Path:
    """Where a workbook is written: ``--out`` or the project's output folder."""
    return out if out is not None else project.output_dir


def known_member(member: str | None, names: dict[str, str]) -> None:
    """Refuse a ``--member`` that is not a member id."""
    if member is not None and member not in names:
        raise UsageError(
            Msg(
                f"構成団体 {member} はありません（{', '.join(names)}）",
                f"no member {member} (members: {', '.join(names)})",
            )
        )


def second_file(path: Path, ja: str, en: str) -> Problem:
    """A workbook that answers for what an earlier one of the same run already answered."""
    return Problem(Location(path.name), "", Msg(ja, en))


def holding(project: Project, holds: Callable[[str], bool]) -> Path | None:
    """The first YAML file of the content folder whose text ``holds`` says yes to."""
    from gendocs.load.files import yaml_entries

    return next(
        (p for p in yaml_entries(project.content_dir) if holds(p.read_text(encoding="utf-8"))),
        None,
    )


def required_holding(project: Project, holds: Callable[[str], bool], key: str) -> Path:
    """:func:`holding`, and a usage error naming ``key`` when no file holds it."""
    target = holding(project, holds)
    if target is None:
        raise UsageError(
            Msg(
                f"{project.content_dir} に {key} を持つ YAML ファイルがありません",
                f"no YAML file in {project.content_dir} holds {key}",
            )
        )
    return target


def write_checked(folder: Path, changes: dict[Path, str]) -> None:
    """Write each text of ``changes`` to its file (a file may be new) once the content folder
    ``folder`` validates as it would be with them; otherwise write nothing."""
    check_content(folder, changes)
    for target, text in changes.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        write_file(target, text.encode("utf-8"))


def check_content(folder: Path, changes: dict[Path, str]) -> None:
    """Validate the content as it would be with each text of ``changes`` in its file (a copy in
    a temporary folder; a file may be new), so that an answer the workbook checks let through
    (a name over the length limit, a date outside 1900–2100) is reported, located in the real
    file, and nothing is written."""
    import shutil
    import tempfile

    from gendocs.load import display_name, load_content
    from gendocs.validate import validate

    with tempfile.TemporaryDirectory(prefix="gendocs-survey-") as temp:
        copy = Path(temp) / folder.name
        shutil.copytree(folder, copy)
        for target, text in changes.items():
            written = copy / target.relative_to(folder)
            written.parent.mkdir(parents=True, exist_ok=True)
            written.write_text(text, encoding="utf-8")
        try:
            validate(load_content(copy))
        except ContentError as error:
            shown, real = display_name(copy), display_name(folder)
            raise AnswersRefused(list(_relocated(error.problems, shown, real))) from error


def _relocated(problems: Iterable[Problem], shown: str, real: str) -> Iterable[Problem]:
    for p in problems:
        where = p.location
        yield dataclasses.replace(
            p, location=Location(where.file.replace(shown, real, 1), where.line, where.col)
        )
