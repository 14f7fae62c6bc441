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

from gendocs.amend import PROFILES, Amendment, draft_amendment, draft_from_text, parse_enforcement, style_named
from gendocs.amend.content import read_ordinance
from gendocs.amend.docx import render_documents
from gendocs.amend.enact import Enactment
from gendocs.commands import resolve_project
from gendocs.errors import ContentError, Msg, UsageError
from gendocs.load import display_name
from gendocs.load.yaml_file import load_yaml_file
from gendocs.write import document_stamp, write_outputs

HELP = (
    "改正前と改正後の条例・規則の本文（例規集の形のテキスト）から、改め文（改正文）と新旧対照表を作成します。"
    "改め文は標準出力に表示し、二つの文書を出力先フォルダに書き出します。作成した改め文は改正前の本文に"
    "適用し直して、改正後の本文と一致することを確かめてから出力します。--old と --new の代わりに、"
    "題名・番号・書式・施行期日と本文を一つにまとめた YAML（--file、複数可）からも作成できます。"
)


@click.command(name="amend", help=HELP)
@click.option("--old", "old_path", type=click.Path(path_type=Path), default=None, help="改正前の本文（テキスト）")
@click.option("--new", "new_path", type=click.Path(path_type=Path), default=None, help="改正後の本文（テキスト）")
@click.option("--file", "files", type=click.Path(path_type=Path), multiple=True,
              help="改正一件の YAML（title, number, style, enforcement, old, new）。複数指定できます")
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
def command(obj: object, old_path: Path | None, new_path: Path | None, files: tuple[Path, ...],
            title: str | None, number: str | None, style: str, deletion: str, enforce: str,
            output: Path | None) -> None:
    """Draft amendments: every one is drafted and verified before any document is written."""
    if files and (old_path or new_path):
        raise UsageError(Msg("--file と --old/--new は一緒に使えません。", "use --file or --old/--new, not both."))
    if not files and not (old_path and new_path):
        raise UsageError(Msg("--old と --new（又は --file）を指定してください。", "give --old and --new (or --file)."))
    if files:
        amendments = [_from_file(path) for path in files]
    else:
        assert old_path is not None and new_path is not None
        profile = replace(style_named(style), deletion="sakujo" if deletion == "sakujo" else "kezuru")
        amendments = [
            draft_from_text(
                _read(old_path),
                _read(new_path),
                title=title,
                number=number,
                style=profile,
                enactment=Enactment(parse_enforcement(enforce)),
                sources=(str(old_path), str(new_path)),
            )
        ]
    project = resolve_project(None, output)
    stamp = document_stamp(None)
    paths = write_outputs(project.output_dir, [f for a in amendments for f in render_documents(a, project.template, stamp)])
    click.echo("\n".join(a.text() for a in amendments), nl=False)
    console = Console(stderr=True, quiet=getattr(obj, "quiet", False))
    for path in paths:
        console.print(str(path))


def _from_file(path: Path) -> Amendment:
    loaded = load_yaml_file(path, display_name(path))
    if loaded.problems:
        raise ContentError(loaded.problems)
    keys = loaded.key_positions
    sample = read_ordinance(loaded.data, name=path.stem, source=display_name(path), locate=lambda key: keys.get((key,)))
    return draft_amendment(sample.old, sample.new, style=sample.style, enactment=sample.enactment)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError(Msg(f"{path} を読めません: {err}", f"cannot read {path}: {err}")) from None
