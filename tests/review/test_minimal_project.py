"""Every command works for every content that validate accepts, not only for the sample.

The project in tests/fixtures/minimal is a 任意協議会 of three members that leaves out every key
the content model marks optional (no 規約, 設置要綱 or 基本合意書, no ordinances/): validate,
build, export, costs, history and diff must all succeed on it without naming documents one by one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from docx import Document

from tests.review.helpers import gendocs, git

MINIMAL = Path(__file__).resolve().parents[1] / "fixtures" / "minimal" / "content"
ESTABLISHMENT = """\
  establishment:
    title: 〔名称〕設置要綱
    enacted: 2026-04-01
    articles:
      - id: setchi
        heading: 設置
        paragraphs:
          - 次に掲げる町は、共同して〔名称〕を設置する。
        items_from: 構成団体
"""


def _project(folder: Path) -> Path:
    shutil.copytree(MINIMAL, folder / "content")
    git(folder, "init", "-q", "-b", "main")
    git(folder, "config", "user.name", "事務局")
    git(folder, "config", "user.email", "secretariat@example.invalid")
    git(folder, "add", "content")
    git(folder, "commit", "-q", "-m", "初版", "--date", "2026-11-20T09:00:00+0900")
    return folder


def _ok(*args: str, cwd: Path) -> str:
    result = gendocs(*args, cwd=cwd)
    assert result.returncode == 0, f"gendocs {' '.join(args)}:\n{result.stderr}"
    return result.stdout


def test_the_fixture_leaves_out_the_optional_documents() -> None:
    text = (MINIMAL / "bylaws.yaml").read_text(encoding="utf-8")
    assert "establishment" not in text and "union_rules" not in text
    assert not (MINIMAL / "ordinances").exists()
    assert "form: 任意協議会" in (MINIMAL / "consortium.yaml").read_text(encoding="utf-8")
    assert (MINIMAL / "members.yaml").read_text(encoding="utf-8").count("- id: ") == 3


def test_every_command_on_a_minimal_voluntary_council(tmp_path: Path) -> None:
    folder = _project(tmp_path / "協議会")
    _ok("validate", cwd=folder)
    built = _ok("build", "--format", "md", cwd=folder)
    plan = folder / "output" / "01_自治体クラウド導入計画書.docx"
    assert str(plan) in built and "一部事務組合規約" not in built
    assert "高森町" in "\n".join(p.text for p in Document(str(plan)).paragraphs)
    assert list((folder / "output").rglob("*.md")), "the export wrote nothing"
    assert "高森町" in _ok("costs", cwd=folder)
    assert "--format" in _ok("costs", "--help", cwd=folder)
    _ok("list", cwd=folder)
    _ok("history", cwd=folder)

    # a content change, committed: every document the content calls for is compared
    members = folder / "content" / "members.yaml"
    members.write_text(
        members.read_text(encoding="utf-8").replace("高森町", "高森村"), encoding="utf-8"
    )
    git(folder, "commit", "-q", "-am", "名称の変更", "--date", "2026-12-01T09:00:00+0900")
    shown = _ok("diff", "HEAD~1", "HEAD", cwd=folder)
    assert "自治体クラウド導入計画書: 変更あり" in shown, shown
    assert "一部事務組合規約" not in shown and "推進協議会設置要綱" not in shown
    summary = next((folder / "output" / "diff").rglob("変更概要.md")).read_text(encoding="utf-8")
    assert "高森町 → 高森村" in shown and "`members[takamori].name`" in summary

    # the content now calls for a 設置要綱: the new revision has it, the old one had not
    bylaws = folder / "content" / "bylaws.yaml"
    bylaws.write_text(bylaws.read_text(encoding="utf-8") + ESTABLISHMENT, encoding="utf-8")
    shown = _ok("diff", cwd=folder)
    assert "推進協議会設置要綱: 新たに作成" in shown, shown
    added = next((folder / "output" / "diff").rglob("*設置要綱（新規）.docx"))
    assert "設置" in "\n".join(p.text for p in Document(str(added)).paragraphs)
    # and back: the removed document is reported, not rendered from content that lacks it
    git(folder, "commit", "-q", "-am", "設置要綱", "--date", "2026-12-02T09:00:00+0900")
    shown = _ok("diff", "HEAD", "HEAD~1", cwd=folder)
    assert "推進協議会設置要綱: 作成しなくなりました" in shown, shown
