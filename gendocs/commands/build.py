"""gendocs build: validate, compute and render every document, then write them all."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console

from gendocs.commands import project_options, resolve_project
from gendocs.pipeline import build


@click.command(name="build", help="文書を作成して output/ に書き出します。DOCUMENT を指定するとその文書だけを作成します"
                    "（一覧は gendocs list）。すべての文書の作成に成功するまで、既存のファイルは置き換えません。")
@click.argument("documents", nargs=-1, metavar="[DOCUMENT]...")
@project_options
@click.pass_obj
def command(obj: object, documents: tuple[str, ...], content: Path | None,
            output: Path | None) -> None:
    """Build documents."""
    project = resolve_project(content, output)
    quiet = getattr(obj, "quiet", False)
    en = getattr(obj, "lang", "ja") == "en"
    console = Console(stderr=True, quiet=quiet)
    if project.embedded_content:
        console.print("Using the bundled sample content" if en
                      else "content/ がないため、同梱のサンプルの内容を使います")
    with console.status("building…" if en else "作成中…"):
        paths = build(project, list(documents),
                      lambda title: console.print(f"  {title}"))
    for path in paths:
        click.echo(str(path))
