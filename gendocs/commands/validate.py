"""gendocs validate: report every content problem at once."""

from __future__ import annotations

from pathlib import Path

import click

from gendocs.commands import project_options, resolve_project
from gendocs.load import load_content
from gendocs.validate import validate
from gendocs.validate.placeholders import PlaceholderError, placeholders


@click.command(
    name="validate",
    short_help="content/ の誤りと「未記入」をすべて表示",
    help="content/ の YAML を検査し、誤りをファイル名・行・桁とともにすべて表示します。"
    "誤りがあれば終了コード 1 で終わります。gendocs init が置いた「未記入」の項目が残っているときも"
    "その場所をすべて表示し、終了コード 1 で終わります（文書の作成はできます）。",
)
@project_options
@click.pass_obj
def command(obj: object, content: Path | None, output: Path | None) -> None:
    """Validate the content."""
    project = resolve_project(content, output)
    raw = load_content(project.content_dir)
    model = validate(raw)
    unfilled = placeholders(raw, project.content_dir)
    if unfilled:
        raise PlaceholderError(unfilled)
    lang = getattr(obj, "lang", "ja")
    where = project.content_dir
    if lang == "en":
        click.echo(f"{where}: OK ({len(model.members)} members)")
    else:
        click.echo(f"{where}: 誤りはありません（構成団体 {len(model.members)}団体）")
