"""gendocs validate: report every content problem at once."""

from __future__ import annotations

from pathlib import Path

import click

from gendocs.commands import project_options, resolve_project
from gendocs.errors import ContentError
from gendocs.load import load_content
from gendocs.pipeline import prepare
from gendocs.validate.placeholders import PlaceholderError, placeholders


@click.command(
    name="validate",
    short_help="content/ の誤りと「未記入」をすべて表示",
    help="content/ の YAML を検査し、誤りをファイル名・行・桁とともにすべて表示します。"
    "誤りがあれば終了コード 1 で終わります。gendocs init が置いた「未記入」の項目が残っているときも"
    "その場所をすべて表示し、終了コード 1 で終わります（文書の作成はできます）。"
    "文書間の整合（docs/rules.md）の警告は表示するだけですが、--strict では誤りとします。",
)
@click.option(
    "--strict", is_flag=True, help="文書間の整合の警告も誤りとする（CI・pre-commit 向け）"
)
@project_options
@click.pass_obj
def command(obj: object, strict: bool, content: Path | None, output: Path | None) -> None:
    """Validate the content."""
    project = resolve_project(content, output)
    lang = getattr(obj, "lang", "ja")
    raw = load_content(project.content_dir)
    unfilled = placeholders(raw, project.content_dir)
    try:
        model = prepare(
            raw, strict=strict, warn=lambda p: click.echo(p.text(lang), err=True)
        ).content
    except ContentError as error:  # every problem in one run, the 「未記入」 ones included
        raise ContentError([*error.problems, *unfilled]) from None
    if unfilled:
        raise PlaceholderError(unfilled)
    where = project.content_dir
    if lang == "en":
        click.echo(f"{where}: OK ({len(model.members)} members)")
    else:
        click.echo(f"{where}: 誤りはありません（構成団体 {len(model.members)}団体）")
