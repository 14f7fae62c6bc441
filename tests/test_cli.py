"""The command line: exit codes, languages, messages — never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def gendocs(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gendocs", *args],
        cwd=cwd,
        text=True,
        capture_output=True,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )


def test_validate_ok(project_dir: Path) -> None:
    result = gendocs("validate", cwd=project_dir)
    assert result.returncode == 0
    assert "誤りはありません（構成団体 14団体）" in result.stdout


def test_validate_reports_content_errors_with_exit_1(project_dir: Path) -> None:
    members = project_dir / "content" / "members.yaml"
    members.write_text(
        members.read_text(encoding="utf-8").replace("value: 8902,", "value: 約9千,"),
        encoding="utf-8",
    )
    result = gendocs("validate", cwd=project_dir)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0].startswith("content/members.yaml:")
    assert (
        "members[4].population.value: 人口（人）: 整数が必要です（「約9千」が書かれています）"
        in result.stderr
    )
    english = gendocs("--lang", "en", "validate", cwd=project_dir)
    assert (
        "members[4].population.value: population (人): expected a whole number, found '約9千'"
        in english.stderr
    )


def test_unknown_document_lists_the_valid_ones_with_exit_2(project_dir: Path) -> None:
    result = gendocs("build", "plann", cwd=project_dir)
    assert result.returncode == 2
    assert "文書の種類「plann」はありません。指定できるもの: plan" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2(project_dir: Path) -> None:
    assert gendocs("bogus", cwd=project_dir).returncode == 2
    assert gendocs("build", "--content", "nowhere", cwd=project_dir).returncode == 2


def test_build_writes_documents_and_quiet_keeps_stderr_empty(project_dir: Path) -> None:
    result = gendocs("-q", "build", "plan", cwd=project_dir)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert (project_dir / "output" / "01_自治体クラウド導入計画書.docx").exists()


def test_build_without_content_uses_the_bundled_sample(tmp_path: Path) -> None:
    result = gendocs("build", "plan", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "同梱のサンプル" in result.stderr
    assert (tmp_path / "output" / "01_自治体クラウド導入計画書.docx").exists()


@pytest.mark.parametrize("command", ["--help", "build --help", "validate --help", "schema --help"])
def test_help_explains(project_dir: Path, command: str) -> None:
    result = gendocs(*command.split(), cwd=project_dir)
    assert result.returncode == 0
    assert any("\u3040" <= ch <= "\u30ff" for ch in result.stdout)  # Japanese help text


def test_schema_is_valid_json_schema(project_dir: Path) -> None:
    import json

    schema = json.loads(gendocs("schema", cwd=project_dir).stdout)
    assert schema["properties"]["members"]["type"] == "array"
    member = schema["properties"]["members"]["items"]
    assert member["properties"]["population"]["properties"]["value"]["minimum"] == 1


def test_quiet_after_the_sub_command_and_the_first_build_wording(project_dir: Path) -> None:
    quiet = gendocs("build", "-q", "plan", cwd=project_dir)
    assert quiet.returncode == 0 and quiet.stderr == "", quiet.stderr
    first = gendocs("build", "sla", cwd=project_dir)
    assert first.returncode == 0
    assert "サービスレベル合意書: 新規に作成します" in first.stderr
    assert "まだ作成していません" not in first.stderr


def test_every_command_has_a_short_help(project_dir: Path) -> None:
    shown = gendocs("--help", cwd=project_dir).stdout
    listed = shown.split("Commands:", 1)[1].strip().splitlines()
    assert len(listed) >= 10
    for line in listed:
        name, summary = line.split(maxsplit=1)
        assert summary and "..." not in summary, line
