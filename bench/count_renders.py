"""Run the gendocs CLI counting the templates it renders (calls of ``DocxTemplate.render``).

    python -c "import sys; from bench.count_renders import main; main(sys.argv[1:])" COUNT_FILE
    ARGS…

Counting at docxtpl's entry point, not at a gendocs function, keeps the count true whichever
gendocs module renders (the pipeline, ``gendocs diff``, a future cache). Not used for timing.
"""

from __future__ import annotations

import atexit
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate

from gendocs.cli import main as gendocs_main


def main(argv: list[str]) -> None:
    """Run ``gendocs ARGS`` and write the number of renders into COUNT_FILE at exit."""
    count_file, *args = argv
    calls = [0]
    render = DocxTemplate.render

    def counting(self: DocxTemplate, *a: Any, **kw: Any) -> Any:
        calls[0] += 1
        return render(self, *a, **kw)

    DocxTemplate.render = counting
    atexit.register(lambda: Path(count_file).write_text(str(calls[0]), encoding="utf-8"))
    gendocs_main(["-q", *args])
