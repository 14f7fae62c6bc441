"""gendocs amend: draft the 改め文 and 新旧対照表 of a 条例・規則 from its old and new text.

Prints the 改正文 on stdout and writes two documents into the output folder:
``<題名>_改正文.docx`` and ``<題名>_新旧対照表.docx``. Identical texts are reported as no change
(exit status 0, no document).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click
from rich.console import Console

from gendocs.amend import PROFILES, draft_from_text, parse_enforcement, style_named
from gendocs.amend.docx import render_documents
from gendocs.amend.enact import Enactment
from gendocs.commands import resolve_project
from gendocs.errors import Msg, UsageError
from gendocs.write import document_stamp, write_outputs

HELP = (
    "改正前と改正後の条例・規則の本文（例規集の形のテキスト）から、改め文（改正文）と新旧対照表を作成します。"
    "改め文は標準出力に表示し、二つの文書を出力先フォルダに書き出します。作成した改め文は改正前の本文に"
    "適用し直して、改正後の本文と一致することを確かめてから出力します。"
)


@click.command(name="amend", help=HELP)
@click.option("--old", "old_path", type=click.Path(path_type=Path), required=True, help="改正前の本文（テキスト）")
@click.option("--new", "new_path", type=click.Path(path_type=Path), required=True, help="改正後の本文（テキスト）")
@click.option("--title", default=None, help="題名（既定は本文の1行目）")
@click.option("--number", default=None, help="番号（例: 令和3年寒川町条例第5号）")
@click.option("--style", type=click.Choice(sorted(PROFILES)), default="municipal", show_default=True,
              help="書式: national（漢数字・縦書きの法令）/ municipal（横書きの例規）")
@click.option("--deletion", type=click.Choice(["kezuru", "sakujo"]), default="kezuru", show_default=True,
              help="条を除くとき「削る」か「削除」（番号を残す）か")
@click.option("--enforce", default="公布の日", show_default=True,
              help="施行期日: 公布の日 / 2026-04-01 / 規則で定める日 などの語句")
@click.option("--output", type=click.Path(path_type=Path), default=None, help="出力先フォルダ。既定は ./output")
@click.pass_obj
def command(obj: object, old_path: Path, new_path: Path, title: str | None, number: str | None,
            style: str, deletion: str, enforce: str, output: Path | None) -> None:
    """Draft an amendment."""
    profile = replace(style_named(style), deletion="sakujo" if deletion == "sakujo" else "kezuru")
    amendment = draft_from_text(
        _read(old_path),
        _read(new_path),
        title=title,
        number=number,
        style=profile,
        enactment=Enactment(parse_enforcement(enforce)),
        sources=(str(old_path), str(new_path)),
    )
    project = resolve_project(None, output)
    files = render_documents(amendment, project.template, document_stamp(None))
    paths = write_outputs(project.output_dir, files)
    click.echo(amendment.text(), nl=False)
    console = Console(stderr=True, quiet=getattr(obj, "quiet", False))
    for path in paths:
        console.print(str(path))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError(Msg(f"{path} を読めません: {err}", f"cannot read {path}: {err}")) from None
