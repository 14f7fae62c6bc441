"""gendocs build: validate, compute and render the documents whose inputs changed, then write them.

``--force`` rebuilds every document; ``--format pdf|md|html`` also exports the documents (the
.docx files stay the source of each export). The whole command holds the output folder's lock
(:func:`gendocs.write.output_lock`), so a second build into the same folder waits for this one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console

from gendocs.commands import project_options, resolve_project
from gendocs.doctypes import DocumentType
from gendocs.errors import Msg
from gendocs.pipeline import build
from gendocs.review.export import FORMATS, export, stale_exports
from gendocs.review.manifest import version_note
from gendocs.write import output_lock, write_outputs


@click.command(
    name="build",
    help="文書を作成して output/ に書き出します。DOCUMENT を指定するとその文書だけを作成します"
    "（一覧は gendocs list）。"
    "前回から内容・テンプレートが変わった文書だけを作り直し、理由を表示します。"
    "すべての文書の作成に成功するまで、既存のファイルは置き換えません。",
)
@click.argument("documents", nargs=-1, metavar="[DOCUMENT]...")
@click.option("--force", is_flag=True, help="変更の有無にかかわらず、すべての文書を作り直す")
@click.option(
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(FORMATS),
    help="docx に加えて書き出す形式（pdf は LibreOffice、md・html は pandoc）。複数指定できます",
)
@project_options
@click.pass_obj
def command(
    obj: object,
    documents: tuple[str, ...],
    force: bool,
    formats: tuple[str, ...],
    content: Path | None,
    output: Path | None,
) -> None:
    """Build documents."""
    project = resolve_project(content, output)
    en = getattr(obj, "lang", "ja") == "en"
    console = Console(stderr=True, quiet=getattr(obj, "quiet", False))
    if project.embedded_content:
        console.print(
            "Using the bundled sample content"
            if en
            else "content/ がないため、同梱のサンプルの内容を使います"
        )
    current: list[str] = []
    rebuilt: list[Path] = []

    def explain(doctype: DocumentType, reason: Msg | None) -> None:
        if reason is None:
            current.append(doctype.title)
        else:
            rebuilt.append(project.output_dir / doctype.filename)
            console.print(f"  {doctype.title}: {reason.text('en' if en else 'ja')}")

    with _claim(project.output_dir, console, "en" if en else "ja"):
        with console.status("building…" if en else "作成中…"):
            paths = build(
                project, list(documents), lambda _title: None, force=force, explain=explain
            )
        if current:
            console.print(
                f"  up to date: {len(current)} document(s)"
                if en
                else f"  変更のない文書 {len(current)}件は作り直しません"
            )
        written = _export(paths, formats, project.output_dir, console)
    for path in rebuilt + written:
        click.echo(str(path))


@contextmanager
def _claim(folder: Path, console: Console, lang: str) -> Iterator[None]:
    """Hold the output folder's lock, saying so if another gendocs holds it, and note what
    changed since the last build: an interrupted write completed or undone, other versions."""
    with output_lock(folder, lambda: _note(console, _waiting(folder), lang)) as recovered:
        for note in (recovered, version_note(folder)):
            if note is not None:
                _note(console, note, lang, "  ")
        yield


def _waiting(folder: Path) -> Msg:
    return Msg(
        f"別の gendocs が {folder} に書き込み中です。終わるのを待っています…",
        f"another gendocs is writing to {folder}; waiting for it to finish…",
    )


def _note(console: Console, note: Msg, lang: str, indent: str = "") -> None:
    """Print a note whole: a folder name is neither wrapped nor read as rich markup."""
    console.print(indent + note.text(lang), markup=False, highlight=False, soft_wrap=True)


def _export(
    paths: list[Path], formats: tuple[str, ...], folder: Path, console: Console
) -> list[Path]:
    written: list[Path] = []
    for fmt in dict.fromkeys(formats):
        todo = stale_exports(paths, fmt)
        if todo:
            with console.status(f"{fmt}…"):
                written += write_outputs(folder, export(todo, fmt))
    return [p for p in written if p.suffix.lstrip(".") in FORMATS]
