"""Benchmark: gendocs build against bare docxtpl on the same template and context.

Times are ratios measured in the same process (never asserted in tests):
    python bench/bench_build.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import shutil
import io
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from docxtpl import DocxTemplate  # noqa: E402

from bench.synthetic import make_consortium  # noqa: E402
from gendocs.doctypes import select  # noqa: E402
from gendocs.pipeline import build, load_and_validate  # noqa: E402
from gendocs.project import find_project  # noqa: E402
from gendocs.render.context import base_context  # noqa: E402
from gendocs.render.docx import Image  # noqa: E402


def best_of(repeat: int, action) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def bare_docxtpl(project, content, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Render each template with plain docxtpl (no sandbox, no post-processing, no zip rewrite);
    the context is computed beforehand so only rendering is compared."""
    for doctype, context in _contexts(content, names):
        doc = DocxTemplate(str(project.template(doctype.template)))
        prepared = {k: _plain(doc, v) for k, v in context.items()}
        doc.render(prepared, jinja_env=_plain_env(), autoescape=True)
        doc.save(io.BytesIO())


def _plain_env():  # type: ignore[no-untyped-def]
    """A plain Jinja environment (no sandbox, no StrictUndefined) with the templates' filters."""
    from jinja2 import Environment

    from gendocs.render.environment import FILTERS

    env = Environment(autoescape=True)
    env.filters.update(FILTERS)
    return env


_CACHE: dict[int, list] = {}  # type: ignore[type-arg]


def _contexts(content, names):  # type: ignore[no-untyped-def]
    key = id(content)
    if key not in _CACHE:
        _CACHE[key] = [(d, base_context(content, d.title) | d.context(content)) for d in select(names)]
    return _CACHE[key]


def _plain(doc, value):  # type: ignore[no-untyped-def]
    from docx.shared import Mm
    from docxtpl import InlineImage

    if isinstance(value, Image):
        return InlineImage(doc, io.BytesIO(value.png), width=Mm(value.width_mm))
    if isinstance(value, dict):
        return {k: _plain(doc, v) for k, v in value.items()}
    return value


def run(label: str, root: Path, names: list[str], repeat: int) -> None:
    project = find_project(root)
    content = load_and_validate(project)
    _contexts(content, names)
    ours = best_of(repeat, lambda: build(project, names, force=True))
    noop = best_of(repeat, lambda: build(project, names))  # incremental: nothing changed
    bare = best_of(repeat, lambda: bare_docxtpl(project, content, names))
    tracemalloc.start()
    build(project, names, force=True)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    members = len(content.members)
    stages = _stages(project, names, repeat)
    print(f"{label:<26} members={members:>4}  gendocs build {ours:6.2f} s  bare docxtpl {bare:6.2f} s"
          f"  ratio {ours / bare:5.2f}  render-only ratio {stages['render+write'] / bare:5.2f}"
          f"  peak Python memory {peak:5.1f} MiB  no-op rebuild {noop:5.2f} s")
    print("    stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in stages.items()))


def _stages(project, names, repeat):  # type: ignore[no-untyped-def]
    from gendocs.load import load_content
    from gendocs.pipeline import render_document
    from gendocs.validate import validate
    from gendocs.write import write_outputs

    raw = load_content(project.content_dir)
    content = validate(raw)
    doctypes = select(names)
    times = {
        "load": best_of(repeat, lambda: load_content(project.content_dir)),
        "validate": best_of(repeat, lambda: validate(raw)),
        "context (compute, charts)": best_of(
            repeat, lambda: [d.context(content) for d in doctypes]),
        "render+write": best_of(repeat, lambda: write_outputs(
            project.output_dir, [render_document(project, d, content) for d in doctypes])),
    }
    times["render+write"] -= times["context (compute, charts)"]
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--documents", nargs="*", default=[])
    args = parser.parse_args()
    names = args.documents
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample"
        shutil.copytree(Path(__file__).resolve().parent.parent / "content", sample / "content")
        run("sample (14 members)", sample, names, args.repeat)
        large = Path(tmp) / "large"
        make_consortium(200, large)
        run("generated (200 members)", large, names, args.repeat)
    print("ratio = gendocs build (load, validate, compute, sandboxed render, East-Asian fonts, "
          "reproducible zip, atomic write) / bare docxtpl render+save of the same context")


if __name__ == "__main__":
    main()
