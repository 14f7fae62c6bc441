"""gendocs history: the next 改訂履歴 row proposed from the commits that changed content/."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ruamel.yaml import YAML

from gendocs.model.plan import Project
from gendocs.review.gitrev import Change
from gendocs.review.history import next_edition, propose_revision
from tests.review.helpers import gendocs, git, make_repo, rename_member, set_availability


def _commit(repo: Path, message: str, day: str) -> None:
    git(repo, "commit", "-q", "-am", message, "--date", f"{day}T10:00:00+0900")


def test_history_lists_the_commits_after_the_last_revision_and_proposes_a_row(
    tmp_path: Path,
) -> None:
    repo = make_repo(tmp_path / "consortium")  # one commit on 2026-11-20, the 第1.0版 date
    set_availability(repo / "content", "99.9")
    _commit(repo, "稼働率を99.9%に変更（第3回推進協議会）", "2026-11-24")
    (repo / "README.txt").write_text("事務局メモ\n", encoding="utf-8")
    git(repo, "add", "README.txt")
    _commit(repo, "メモを追加", "2026-11-25")  # not content/: not listed
    rename_member(repo / "content")
    _commit(repo, "構成団体名の変更: 市制施行", "2026-11-26")

    result = gendocs("history", cwd=repo)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "# content/ の変更（2026-11-20 より後、2 件）:"
    assert lines[1].startswith("#   2026-11-24 ") and lines[1].endswith(
        " 稼働率を99.9%に変更（第3回推進協議会）"
    )
    assert lines[2].startswith("#   2026-11-26 ") and lines[2].endswith(
        " 構成団体名の変更: 市制施行"
    )
    row = YAML(typ="safe").load(lines[-1].strip().removeprefix("- "))
    assert row == {
        "edition": "第1.1版",
        "date": date(2026, 11, 26),
        "summary": "稼働率を99.9%に変更（第3回推進協議会）、構成団体名の変更: 市制施行",
    }


def test_no_commit_after_the_last_revision(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "consortium")
    result = gendocs("history", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "2026-11-20 より後に content/ を変更したコミットはありません。\n"


def test_outside_a_repository_is_a_usage_error(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "consortium")
    (repo / ".git").rename(repo / "not-git")
    result = gendocs("history", cwd=repo)
    assert result.returncode == 2
    assert "git のリポジトリではありません" in result.stderr
    assert "Traceback" not in result.stderr


def test_editions_step_one_minor_number() -> None:
    assert next_edition("第1.0版") == "第1.1版"
    assert next_edition("第2.9版") == "第2.10版"
    assert next_edition("Ver.3.4") == "Ver.3.5"
    assert next_edition("初版") == "初版"


def test_a_repeated_subject_is_written_once() -> None:
    project = Project(edition="第1.0版", date=date(2026, 11, 20), status="案")
    changes = (
        Change("a" * 40, date(2026, 11, 21), "誤字修正"),
        Change("b" * 40, date(2026, 11, 22), "誤字修正"),
    )
    proposal = propose_revision(project, changes)
    assert proposal is not None
    assert (proposal.summary, proposal.day, proposal.since) == (
        "誤字修正",
        date(2026, 11, 22),
        None,
    )


def test_without_a_recorded_revision_the_first_commit_is_the_first_edition(
    tmp_path: Path,
) -> None:
    repo = make_repo(tmp_path / "consortium")  # 第1.0版 committed on 2026-11-20
    project = repo / "content" / "project.yaml"
    text = project.read_text(encoding="utf-8")
    start, end = text.index("  revisions:"), text.index("  legal_style:")
    project.write_text(text[:start] + text[end:], encoding="utf-8")
    _commit(repo, "改訂履歴を削除", "2026-11-20")  # the same day as the import
    set_availability(repo / "content", "99.9")
    _commit(repo, "稼働率を99.9%に変更", "2026-11-24")

    result = gendocs("history", cwd=repo)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "# content/ の変更（最初から、1 件）:"
    assert lines[1].endswith(" 第1.0版")  # the import commit, on its own
    rows = [YAML(typ="safe").load(line.strip().removeprefix("- ")) for line in lines[-2:]]
    assert rows == [
        {"edition": "第1.0版", "date": date(2026, 11, 20), "summary": "初版"},
        {
            "edition": "第1.1版",
            "date": date(2026, 11, 24),
            "summary": "改訂履歴を削除、稼働率を99.9%に変更",
        },
    ]
