"""gendocs init makes a project that builds at once, every key explained, every placeholder
reported by validate until the consortium fills it in."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from ruamel.yaml import YAML

from gendocs.model import Content
from gendocs.model.base import fields_of
from tests.review.helpers import gendocs, git


def test_init_then_validate_and_build_in_an_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "新しい組合"
    assert gendocs("init", str(folder)).returncode == 0
    checked = gendocs("validate", cwd=folder)
    assert checked.returncode == 1 and "未記入の項目が" in checked.stderr, checked.stderr
    built = gendocs("build", "plan", cwd=folder)
    assert built.returncode == 0, built.stderr
    assert (folder / "output" / "01_自治体クラウド導入計画書.docx").is_file()
    assert (folder / ".gitignore").read_text() == "output/\n"
    assert "*.docx diff=docx" in (folder / ".gitattributes").read_text()
    assert "gendocs validate" in (folder / "README.md").read_text(encoding="utf-8")


def test_every_top_level_key_and_its_fields_are_explained_in_japanese(tmp_path: Path) -> None:
    assert gendocs("init", str(tmp_path)).returncode == 0
    text = "\n".join(p.read_text(encoding="utf-8") for p in (tmp_path / "content").rglob("*.yaml"))
    for info in fields_of(Content):
        assert f"# {info.name}: {info.meta['ja']}" in text
    assert "#   availability: " in text and "#   edition: 版数（文字列、例: 第1.0版）" in text


def test_init_refuses_to_overwrite_content(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    result = gendocs("init", str(tmp_path))
    assert result.returncode == 2 and "上書きしません" in result.stderr


# ── gendocs init --form: the starter, filled in by a new consortium ─────────────────────────────

FILL = Path(__file__).resolve().parents[1] / "fixtures" / "starter_fill.yaml"
MEMBER_IDS = {"member1": "takamori", "member2": "matsukawa", "member3": "achi"}


def _set(data: Any, path: str, value: Any) -> bool:
    """Set ``a.b[0].c`` in ``data``; False when the path is not there."""
    steps = [int(s) if s.isdigit() else s for s in re.findall(r"[^.\[\]]+", path)]
    for step in steps[:-1]:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return False
    if isinstance(data, dict) and steps[-1] not in data:
        return False
    data[steps[-1]] = value
    return True


def fill(project: Path) -> None:
    """Write the fixture's values over the starter's placeholders and accept the examples."""
    yaml = YAML(typ="rt")
    values = yaml.load(FILL.read_text(encoding="utf-8"))
    survey = values.pop("survey")
    for path in sorted((project / "content").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        for old, new in MEMBER_IDS.items():
            text = re.sub(rf"\b{old}\b", new, text)
        data = yaml.load(text)
        for key, value in values.items():
            _set(data, key, value)
        for item in (data.get("systems") or {}).get("surveys", []):
            item["systems"][0].update(survey)
        stream = io.StringIO()
        yaml.dump(data, stream)
        path.write_text(re.sub(r"\s*# 未記入", "", stream.getvalue()), encoding="utf-8")


@pytest.mark.parametrize("form", ["任意協議会", "一部事務組合", "事務委託"])
def test_init_for_each_form_then_fill_and_run_every_command(tmp_path: Path, form: str) -> None:
    folder = tmp_path / "project"
    made = gendocs("init", "--form", form, str(folder))
    assert made.returncode == 0, made.stderr
    content = folder / "content"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(content.glob("*.yaml")))
    for sample_word in ("葉山", "hayama", "神奈川", "寒川", "samukawa"):
        assert sample_word not in text
    assert not (content / "ordinances").exists()
    assert f"form: {form}" in text
    assert (
        (content / "sla.yaml")
        .read_text(encoding="utf-8")
        .startswith("# yaml-language-server: $schema=../content.schema.json\n")
    )
    assert '"$schema"' in (folder / "content.schema.json").read_text(encoding="utf-8")

    # the placeholders are reported with their places; the documents build meanwhile
    unfilled = gendocs("validate", cwd=folder)
    assert unfilled.returncode == 1
    assert re.search(
        r"content/consortium\.yaml:\d+:\d+: consortium\.name: 未記入です", unfilled.stderr
    )
    assert re.search(
        r"content/members\.yaml:\d+:\d+: members\[0\]\.population: 未記入", unfilled.stderr
    )
    assert gendocs("build", "plan", cwd=folder).returncode == 0

    fill(folder)
    checked = gendocs("validate", cwd=folder)
    assert checked.returncode == 0, checked.stderr
    git(folder, "init", "-q", "-b", "main")
    git(folder, "config", "user.name", "事務局")
    git(folder, "config", "user.email", "secretariat@example.invalid")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "初版", "--date", "2026-11-20T09:00:00+0900")
    built = gendocs("build", cwd=folder)
    assert built.returncode == 0, built.stderr
    legal = {"任意協議会": "推進協議会設置要綱", "一部事務組合": "一部事務組合規約"}.get(form)
    assert (legal in built.stdout) if legal else ("設置要綱" not in built.stdout)
    plan_docx = Document(str(folder / "output" / "01_自治体クラウド導入計画書.docx"))
    cover = [
        p.text for p in plan_docx.paragraphs if p.style is not None and p.style.name == "Title"
    ]
    assert cover == ["南信州自治体クラウド導入計画書"]  # plan.title, from the fixture
    costs = gendocs("costs", cwd=folder)
    assert costs.returncode == 0 and "阿智村" in costs.stdout, costs.stderr
    plan = folder / "content" / "plan.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("単独で運用", "個別に運用"), encoding="utf-8"
    )
    git(folder, "commit", "-q", "-am", "背景の修正", "--date", "2026-12-01T09:00:00+0900")
    diffed = gendocs("diff", "HEAD~1", "HEAD", cwd=folder)
    assert diffed.returncode == 0 and "自治体クラウド導入計画書: 変更あり" in diffed.stdout, (
        diffed.stderr
    )
    history = gendocs("history", cwd=folder)
    assert history.returncode == 0 and "背景の修正" in history.stdout, history.stderr


def test_init_example_keeps_the_sample(tmp_path: Path) -> None:
    assert gendocs("init", "--example", str(tmp_path)).returncode == 0
    assert "葉山町" in (tmp_path / "content" / "members.yaml").read_text(encoding="utf-8")
    assert gendocs("validate", cwd=tmp_path).returncode == 0
