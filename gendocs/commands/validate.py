"""gendocs validate: report every content problem at once."""

from __future__ import annotations

from pathlib import Path

import click

from gendocs.commands import project_options, resolve_project
from gendocs.pipeline import load_and_prepare


@click.command(
    name="validate",
    help="content/ の YAML を検査し、誤りをファイル名・行・桁とともにすべて表示します。"
    "誤りがあれば終了コード 1 で終わります。"
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
    model = load_and_prepare(
        project, strict=strict, warn=lambda p: click.echo(p.text(lang), err=True)
    ).content
    where = project.content_dir
    if lang == "en":
        click.echo(f"{where}: OK ({len(model.members)} members)")
    else:
        click.echo(f"{where}: 誤りはありません（構成団体 {len(model.members)}団体）")
