"""gendocs textconv: print a .docx as text, for git's textconv (see docs/review-workflow.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from gendocs.review.textconv import docx_text


@click.command(
    name="textconv",
    short_help=".docx の本文をテキストで表示（git diff 用）",
    help="Word 文書（.docx）の本文を1段落1行のテキストで表示します。"
    "git diff で .docx の変更を文字単位で見るための設定は docs/review-workflow.md を参照。",
)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def command(file: Path) -> None:
    """Print a .docx as text."""
    sys.stdout.buffer.write(docx_text(file).encode("utf-8"))  # UTF-8 whatever the locale
    sys.stdout.buffer.flush()
