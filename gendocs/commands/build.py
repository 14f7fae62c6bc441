"""gendocs build: validate, compute and render the documents whose inputs changed, then write them.

``--force`` rebuilds every document; ``--format pdf|md|html`` also exports the documents (the
.docx files stay the source of each export). ``--final`` (implied by ``--format pdf``) makes
documents to hand out: LibreOffice lays them out and the TOC page numbers are written in the
.docx, which then asks the reader nothing on opening; without it the build says once that Word
will offer to update the TOC. The whole command holds the output folder's lock
(:func:`gendocs.write.output_lock`), so a second build into the same folder waits for this one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from gendocs.commands import project_options, resolve_project
from gendocs.errors import Msg
from gendocs.export.convert import FORMATS
from gendocs.project import Project
from gendocs.write import output_lock

if TYPE_CHECKING:
    from rich.console import Console

    from gendocs.doctypes import DocumentType

# A build with nothing to do imports none of the document types, the YAML parser, the validator
# or the rendering libraries (gendocs.incremental.noop): the modules that do are imported below,
# in the function that needs them, once the manifest could not say that everything is current.


@click.command(
    name="build",
    short_help="文書を output/ に作成（変更のあった文書だけ）",
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
@click.option(
    "--strict", is_flag=True, help="文書間の整合の警告も誤りとする（CI・pre-commit 向け）"
)
@click.option(
    "--final",
    is_flag=True,
    help="配布用に作成する: 目次のページ番号を LibreOffice で求めて docx に書き込み、"
    "開くときのフィールド更新の問い合わせをなくす（--format pdf でも同じ）",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="文書を並行して作成するプロセスの数"
    "（既定: このプロセスが使える CPU の数。1 で並行しない）",
)
@project_options
@click.pass_obj
def command(
    obj: object,
    documents: tuple[str, ...],
    force: bool,
    strict: bool,
    formats: tuple[str, ...],
    final: bool,
    jobs: int | None,
    content: Path | None,
    output: Path | None,
) -> None:
    """Build documents."""
    project = resolve_project(content, output)
    en = getattr(obj, "lang", "ja") == "en"
    quiet = bool(getattr(obj, "quiet", False))
    if project.embedded_content and not quiet:
        click.echo(
            "Using the bundled sample content"
            if en
            else "content/ がないため、同梱のサンプルの内容を使います",
            err=True,
        )
    if not (force or strict or formats) and _nothing_to_do(
        project, list(documents), final, "en" if en else "ja", quiet
    ):
        return
    _build(project, documents, force, strict, formats, final, en, quiet, jobs)


def _nothing_to_do(
    project: Project, documents: list[str], final: bool, lang: str, quiet: bool
) -> bool:
    """Say that every document is current, if the manifest alone tells so (``noop``)."""
    from gendocs.incremental.noop import current_documents

    def say(note: Msg, indent: str = "") -> None:
        if not quiet:
            click.echo(indent + note.text(lang), err=True)

    with _claim(project.output_dir, say, lang, versions=False):
        count = current_documents(project, documents, final=final)
        if count is not None:
            say(_unchanged(count))
    return count is not None


def _unchanged(count: int) -> Msg:
    return Msg(f"  変更のない文書 {count}件は作り直しません", f"  up to date: {count} document(s)")


def _build(
    project: Project,
    documents: tuple[str, ...],
    force: bool,
    strict: bool,
    formats: tuple[str, ...],
    final: bool,
    en: bool,
    quiet: bool,
    jobs: int | None,
) -> None:
    """The build, when the manifest alone cannot tell that nothing is to do."""
    from rich.console import Console

    from gendocs.docx.toc import has_toc
    from gendocs.pipeline import build
    from gendocs.render.workers import available_jobs

    console = Console(stderr=True, quiet=quiet)
    lang = "en" if en else "ja"
    current: list[str] = []
    rebuilt: list[Path] = []

    def explain(doctype: DocumentType, reason: Msg | None) -> None:
        if reason is None:
            current.append(doctype.title)
        else:
            rebuilt.append(project.output_dir / doctype.filename)
            console.print(f"  {doctype.title}: {reason.text('en' if en else 'ja')}")

    def say(note: Msg, indent: str = "") -> None:
        _note(console, note, lang, indent)

    from gendocs.export.convert import office_session

    # one LibreOffice for the TOC page numbers of --final and the PDFs (issue 17)
    # and, with --format pdf, each PDF made from the layout that gave its TOC's page numbers
    with _claim(project.output_dir, say, lang), office_session(pdf="pdf" in formats):
        with console.status("building…" if en else "作成中…"):
            final = final or "pdf" in formats
            paths = build(
                project,
                list(documents),
                lambda _title: None,
                force=force,
                explain=explain,
                strict=strict,
                warn=lambda p: _note(
                    console, Msg(p.text("ja"), p.text("en")), "en" if en else "ja"
                ),
                final=final,
                jobs=jobs or available_jobs(),
            )
        if current:
            console.print(_unchanged(len(current)).text(lang))
        if rebuilt and not final and any(has_toc(p.read_bytes()) for p in rebuilt):
            _note(console, _FAST_TOC, "en" if en else "ja", "  ")
        written = _export(paths, formats, project.output_dir, console)
    for path in rebuilt + written:
        click.echo(str(path))


@contextmanager
def _claim(
    folder: Path, say: Callable[[Msg, str], None], lang: str, *, versions: bool = True
) -> Iterator[None]:
    """Hold the output folder's lock, saying so if another gendocs holds it, and note what
    changed since the last build: an interrupted write completed or undone, other versions
    (``versions=False``: not noted; the quick check finds nothing current when they changed)."""
    with output_lock(folder, lambda: say(_waiting(folder), "")) as recovered:
        notes = [recovered]
        if versions:
            from gendocs.incremental.manifest import version_note

            notes.append(version_note(folder))
        for note in notes:
            if note is not None:
                say(note, "  ")
        yield


_FAST_TOC = Msg(
    "目次のページ番号は Word で開いたときの「フィールドの更新」で入ります。"
    "配布用には --final（または --format pdf）で作成してください",
    "table of contents page numbers are filled in when Word updates fields on opening; "
    "build documents to hand out with --final (or --format pdf)",
)


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
    from gendocs.export.convert import export, stale_exports
    from gendocs.write import write_outputs

    written: list[Path] = []
    for fmt in dict.fromkeys(formats):
        todo = stale_exports(paths, fmt)
        if todo:
            with console.status(f"{fmt}…"):
                written += write_outputs(folder, export(todo, fmt))
    return [p for p in written if p.suffix.lstrip(".") in FORMATS]
