"""CLI sub-commands, one module each; every module exposes ``command`` (a click.Command)."""

from __future__ import annotations

from pathlib import Path

import click

from gendocs.project import Project, find_project
from gendocs.write import FOLDER
from gendocs.write.names import check_folder

CONTENT = click.option(
    "--content",
    "content",
    type=click.Path(path_type=Path),
    default=None,
    help="内容（YAML）のフォルダ。既定は ./content、なければ同梱サンプル",
)


def project_options(func: click.decorators.FC) -> click.decorators.FC:
    """Add --content and --output to a command."""
    func = CONTENT(func)
    func = click.option(
        "--output",
        "output",
        type=click.Path(path_type=Path),
        default=None,
        help="出力先フォルダ。既定は ./output",
    )(func)
    return func


def resolve_project(content: Path | None, output: Path | None) -> Project:
    """The project in the working directory, with overrides from the options."""
    if output is not None:  # refused before any work, not after rendering
        check_folder(output, FOLDER)
    return find_project(Path.cwd(), content, output)
