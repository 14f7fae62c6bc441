"""gendocs survey export / import: the 現行システム概要調査 as one workbook per member, and the
returned workbooks back into content (see :mod:`gendocs.excel.survey`)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import click

from gendocs.commands import resolve_project
from gendocs.errors import ContentError, Msg, Problem, UsageError
from gendocs.pipeline import load_and_prepare
from gendocs.write import document_stamp, write_file


class SurveyError(ContentError):
    """Problems in returned workbooks: nothing was imported."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        count = len(self.problems)
        self.message = Msg(
            f"回答に{count}件の誤りがあります。何も取り込んでいません。",
            f"{count} problem(s) in the answers; nothing was imported.",
        )


CONTENT = click.option(
    "--content",
    "content",
    type=click.Path(path_type=Path),
    default=None,
    help="内容（YAML）のフォルダ。既定は ./content、なければ同梱サンプル",
)


@click.group(name="survey", help="現行システム概要調査を Excel で配布し、回答を取り込みます。")
def command() -> None:
    """The survey commands."""


@command.command(name="export", help="構成団体ごとの回答用ブック（回答_団体名.xlsx）を作成します。")
@click.option("--member", "member", default=None, help="この構成団体（ID）だけ")
@click.option(
    "-o",
    "--out",
    "out",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="書き出すフォルダ（既定は出力フォルダ）",
)
@CONTENT
def export(member: str | None, out: Path | None, content: Path | None) -> None:
    """Write the members' workbooks."""
    from gendocs.excel.survey import export_workbook, workbook_name

    project = resolve_project(content, None)
    loaded = load_and_prepare(project).content
    names = loaded.member_names()
    if member is not None and member not in names:
        raise UsageError(
            Msg(
                f"構成団体 {member} はありません（{', '.join(names)}）",
                f"no member {member} (members: {', '.join(names)})",
            )
        )
    stamp = document_stamp(datetime.combine(loaded.project.date, datetime.min.time(), UTC))
    folder = out if out is not None else project.output_dir
    for member_id in [member] if member else list(names):
        data = export_workbook(loaded, member_id, stamp)
        click.echo(write_file(folder / workbook_name(names[member_id]), data))


@command.command(
    name="import",
    help="返送された回答用ブックを内容（YAML）に取り込みます。誤りが一つでもあれば何も書きません。",
)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@CONTENT
def import_(files: tuple[Path, ...], content: Path | None) -> None:
    """Read the workbooks; write content only when every one is right."""
    from gendocs.errors import Location
    from gendocs.excel.files import read_files, refuse_bundled
    from gendocs.excel.survey import read_answers
    from gendocs.excel.survey_yaml import apply_answers, has_surveys
    from gendocs.load.files import yaml_entries

    project = resolve_project(content, None)
    refuse_bundled(project, "answers are")
    loaded = load_and_prepare(project).content
    workbooks, problems = read_files(files)
    answers = []
    seen: dict[str, str] = {}
    for path, data in workbooks:
        answer, found = read_answers(data, path.name, loaded)
        problems.extend(found)
        if answer is None:
            continue
        if answer.member in seen:
            problems.append(
                Problem(
                    Location(path.name),
                    "",
                    Msg(
                        f"同じ団体の回答が2つあります（{seen[answer.member]}）",
                        f"a second answer of the same member ({seen[answer.member]})",
                    ),
                )
            )
            continue
        seen[answer.member] = path.name
        answers.append(answer)
    if problems:
        raise SurveyError(problems)
    target = next(
        (
            p
            for p in yaml_entries(project.content_dir)
            if has_surveys(p.read_text(encoding="utf-8"))
        ),
        None,
    )
    if target is None:
        raise UsageError(
            Msg(
                f"{project.content_dir} に systems.surveys を持つ YAML ファイルがありません",
                f"no YAML file in {project.content_dir} holds systems.surveys",
            )
        )
    text = apply_answers(target.read_text(encoding="utf-8"), answers)
    _check_content(project.content_dir, {target: text})
    write_file(target, text.encode("utf-8"))
    for answer in answers:
        click.echo(f"{seen[answer.member]} → {target}（{len(answer.survey.systems)}件）")


def _check_content(folder: Path, changes: dict[Path, str]) -> None:
    """Validate the content as it would be with each text of ``changes`` in its file (a copy in
    a temporary folder; a file may be new), so that an answer the workbook checks let through
    (a name over the length limit, a date outside 1900–2100) is reported, located in the real
    file, and nothing is written."""
    import shutil
    import tempfile

    from gendocs.errors import Location
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
            raise SurveyError(
                [
                    dataclasses.replace(
                        p,
                        location=Location(
                            p.location.file.replace(shown, real, 1), p.location.line, p.location.col
                        ),
                    )
                    for p in error.problems
                ]
            ) from error
