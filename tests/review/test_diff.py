"""gendocs diff in a git repository made by the test: a member renamed and 稼働率 changed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from gendocs.doctypes import all_types
from tests.realclient import soffice
from tests.review.helpers import (
    gendocs,
    git,
    make_repo,
    rename_member,
    set_availability,
    tracked_rows,
    tracked_texts,
)


@dataclass(frozen=True)
class Run:
    repo: Path
    old_name: str
    new_name: str
    result: subprocess.CompletedProcess[str]

    @property
    def folder(self) -> Path:
        (folder,) = (self.repo / "output" / "diff").iterdir()
        return folder


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """HEAD = the sample content; the working tree renames a member and sets 稼働率 to 99.9."""
    repo = make_repo(tmp_path_factory.mktemp("diff") / "consortium")
    old, new = rename_member(repo / "content")
    assert set_availability(repo / "content", "99.9") != "99.9"
    result = gendocs("diff", "--author", "法務担当", "--date", "2026-12-01", cwd=repo)
    return Run(repo, old, new, result)


def redlines(run: Run) -> list[Path]:
    return sorted(run.folder.glob("*（見え消し）.docx"))


def test_diff_succeeds_and_leaves_the_working_tree_alone(run: Run) -> None:
    assert run.result.returncode == 0, run.result.stderr
    assert (
        git(run.repo, "status", "--porcelain", "--", "content")
        == " M content/members.yaml\n M content/sla.yaml\n"
    )


def test_the_summary_lists_the_changed_keys_old_and_new(run: Run) -> None:
    summary = (run.folder / "変更概要.md").read_text(encoding="utf-8")
    member = next(line for line in summary.splitlines() if run.new_name in line)
    assert f"| {run.old_name} | {run.new_name} |" in member
    assert "| `sla.availability` | 99.5 | 99.9 |" in summary
    assert f"{run.old_name} → {run.new_name}" in run.result.stdout


def test_the_summary_names_each_document_changed_or_unchanged(run: Run) -> None:
    summary = (run.folder / "変更概要.md").read_text(encoding="utf-8")
    unchanged = next(line for line in summary.splitlines() if line.startswith("変更のない文書: "))
    listed = unchanged.removeprefix("変更のない文書: ").split("、")
    for title in (doctype.title for doctype in all_types()):
        # a changed document has its section; an unchanged one is only named, once
        assert (f"### {title} — 変更あり" in summary) != (title in listed), title
    assert "— 変更なし" not in summary
    assert "### 自治体クラウド導入計画書 — 変更あり" in summary
    assert "| 1 構成団体 | 表「" in summary  # the section and the table the rename touches


def test_the_plan_redline_holds_exactly_the_rename_as_ins_and_del(run: Run) -> None:
    (plan,) = [p for p in redlines(run) if "自治体クラウド導入計画書" in p.name]
    inserted, deleted = tracked_texts(plan)
    assert set(inserted) == {"市"} and set(deleted) == {"町"}  # character level, not the name
    assert len(inserted) == len(deleted) >= 2  # every place the name appears
    assert tracked_rows(plan) == (0, 0)  # rows edited, none re-inserted


def test_every_redline_marks_only_the_two_changes(run: Run) -> None:
    for path in redlines(run):
        inserted, deleted = tracked_texts(path)
        if path.name.startswith(("50_", "51_")) and not deleted:
            # The 規約 (adopted at the sample's commit) names the member: renaming it after the
            # adoption amends the 規約, so its whole 一部改正 is new in the 改め文 and 新旧対照表.
            assert any(run.new_name in text for text in inserted), path.name
            continue
        assert inserted and deleted, path.name
        for text in deleted:
            assert text == "町" or "99.5" in text or text[0].isdigit(), (path.name, text)


def test_revision_marks_carry_the_author_and_date_given(run: Run) -> None:
    xml = _document_xml(redlines(run)[0])
    assert 'w:author="法務担当"' in xml and 'w:date="2026-12-01T00:00:00Z"' in xml
    assert 'w:author="' + "gendocs" not in xml


def test_libreoffice_reads_the_same_changes(run: Run, tmp_path: Path) -> None:
    plan = next(p for p in redlines(run) if "自治体クラウド導入計画書" in p.name)
    source = tmp_path / "in.docx"
    shutil.copy(plan, source)
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(tmp_path / "lo"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    shutil.rmtree(profile, ignore_errors=True)
    inserted, deleted = tracked_texts(tmp_path / "lo" / "in.docx")
    assert set(inserted) == {"市"} and set(deleted) == {"町"}
    assert len(deleted) == len(tracked_texts(plan)[1])


def test_a_revision_that_does_not_exist_is_named_and_nothing_is_written(run: Run) -> None:
    result = gendocs("diff", "v9.9", cwd=run.repo)
    assert result.returncode == 2
    assert "リビジョン「v9.9」はこのリポジトリにありません" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(list((run.repo / "output" / "diff").iterdir())) == 1


def test_a_folder_outside_git_is_refused(tmp_path: Path) -> None:
    shutil.copytree(run_content(), tmp_path / "content")
    result = gendocs("diff", cwd=tmp_path)
    assert result.returncode == 2
    assert "git のリポジトリではありません" in result.stderr
    assert not (tmp_path / "output").exists()


def test_content_at_rev_a_that_does_not_validate_is_reported_with_the_revision(
    tmp_path: Path,
) -> None:
    repo = make_repo(tmp_path / "repo")
    members = repo / "content" / "members.yaml"
    good = members.read_text(encoding="utf-8")
    members.write_text(good.replace("value: 30708", "value: 約3万"), encoding="utf-8")
    git(repo, "commit", "-qam", "壊れた版")
    members.write_text(good, encoding="utf-8")
    result = gendocs("diff", "HEAD", cwd=repo)
    assert result.returncode == 1
    assert "リビジョン HEAD (" in result.stderr and "HEAD:content/members.yaml:" in result.stderr
    assert not (repo / "output").exists()


def run_content() -> Path:
    from tests.conftest import SAMPLE_CONTENT

    return SAMPLE_CONTENT


def _document_xml(docx: Path) -> str:
    import zipfile

    return zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
