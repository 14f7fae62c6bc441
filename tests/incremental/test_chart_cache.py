"""The chart cache (output/.gendocs-charts.json): a chart drawn before is reused as the same bytes,
matplotlib is not imported when no chart changed, and an unusable cache is drawn again."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from gendocs.incremental.charts import CHARTS
from gendocs.pipeline import build
from gendocs.project import find_project
from gendocs.render.charts import ChartCache, bar_chart, cached_charts
from tests.conftest import copy_project
from tests.review.helpers import ENV, GENDOCS

PLAN = "01_自治体クラウド導入計画書.docx"  # its Gantt chart, saving and cumulative charts
FORCED_PLAN = (
    "import sys; from gendocs.cli import main\n"
    "try:\n    main(['-q', 'build', '--force', 'plan'])\n"
    "except SystemExit as done:\n    assert not done.code, done.code\n"
    "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))"
)


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, str]:
    """A project whose plan was built once: the folder, the plan's bytes, the cache file."""
    folder = copy_project(tmp_path_factory.mktemp("charts"))
    build(find_project(folder), ["plan"])
    output = folder / "output"
    return folder, (output / PLAN).read_bytes(), (output / CHARTS).read_text(encoding="utf-8")


def forced_plan(folder: Path) -> list[str]:
    """Build the plan with --force in a fresh process; the matplotlib modules it imported."""
    done = subprocess.run(
        [GENDOCS[0], "-c", FORCED_PLAN], cwd=folder, env=ENV, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout.strip().splitlines()[-1].replace("'", '"')))


def test_the_first_build_caches_the_plans_three_charts(first: tuple[Path, bytes, str]) -> None:
    assert len(json.loads(first[2])["charts"]) == 3


def test_a_forced_build_reuses_the_charts_without_importing_matplotlib(
    first: tuple[Path, bytes, str],
) -> None:
    folder, plan, _cache = first
    assert forced_plan(folder) == []
    assert (folder / "output" / PLAN).read_bytes() == plan


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text.replace('"stamp":"', '"stamp":"0'),  # another gendocs or matplotlib
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: text.replace('"charts":{"', '"charts":{"x":"not base64!","'),
    ],
    ids=["other-stamp", "truncated", "bad-png-text"],
)
def test_an_unusable_cache_is_drawn_again_to_the_same_bytes(
    first: tuple[Path, bytes, str], tmp_path: Path, damage: Callable[[str], str]
) -> None:
    folder = copy_project(tmp_path)
    build(find_project(folder), ["plan"])
    cache = folder / "output" / CHARTS
    assert cache.read_text(encoding="utf-8") == first[2]
    cache.write_text(damage(first[2]), encoding="utf-8")
    assert "matplotlib" in forced_plan(folder)
    assert (folder / "output" / PLAN).read_bytes() == first[1]
    assert cache.read_text(encoding="utf-8") == first[2]  # written again, as the first build did


def test_a_chart_is_drawn_again_when_an_argument_changes() -> None:
    cache = ChartCache("stamp")
    with cached_charts(cache):
        one = bar_chart(["甲町", "乙村"], [1.0, 2.0], "円")
        again = bar_chart(["甲町", "乙村"], [1.0, 2.0], "円")
        other = bar_chart(["甲町", "乙村"], [1.0, 2.5], "円")
    assert (cache.drawn, len(cache.used), one == again, one == other) == (2, 2, True, False)
    assert bar_chart(["甲町", "乙村"], [1.0, 2.0], "円") == one  # outside: drawn, same bytes
