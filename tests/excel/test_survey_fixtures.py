"""The sample's survey answers come from workbooks: tests/excel/fixtures/survey/ holds the 14
members' returned workbooks (made with ``gendocs survey export --content content -o
tests/excel/fixtures/survey``; a new form version needs them made again). Imported into the sample
with no survey at all, they give back every member's survey of content/systems.yaml."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from click.testing import CliRunner
from ruamel.yaml import YAML

from gendocs.cli import cli
from gendocs.pipeline import build, load_and_prepare
from tests.conftest import SAMPLE_CONTENT, project_in
from tests.golden import document_text

FIXTURES = Path(__file__).parent / "fixtures" / "survey"


def test_the_sample_surveys_are_the_imported_fixture_workbooks(tmp_path: Path) -> None:
    shutil.copytree(SAMPLE_CONTENT, tmp_path / "content")
    systems_yaml = tmp_path / "content" / "systems.yaml"
    # The content must be valid before an import (one survey per member, costs that can be
    # shared), so every member starts from a stub: its systems unanswered, on another date.
    yaml = YAML(typ="rt")
    data = yaml.load(systems_yaml.read_text(encoding="utf-8"))
    for survey in data["systems"]["surveys"]:
        survey["as_of"] = date(2000, 1, 1)
        for system in survey["systems"]:
            for key in ("name", "department", "vendor", "operation", "network"):
                system[key] = "未回答"
            system["maintenance"] = ["未回答"]
        for key in ("issues", "priorities", "print_jobs"):  # the 課題・重視する点・大量帳票 sheets
            survey.pop(key, None)
    with systems_yaml.open("w", encoding="utf-8") as stream:
        yaml.dump(data, stream)
    sample = load_and_prepare(project_in(SAMPLE_CONTENT.parent)).content.systems.surveys
    stub = load_and_prepare(project_in(tmp_path)).content.systems.surveys
    assert all(s.as_of == date(2000, 1, 1) for s in stub) and stub != sample
    assert not any(s.issues or s.priorities or s.print_jobs for s in stub)
    files = sorted(str(p) for p in FIXTURES.glob("回答_*.xlsx"))
    assert len(files) == 14
    result = CliRunner().invoke(
        cli, ["survey", "import", *files, "--content", str(tmp_path / "content")]
    )
    assert result.exit_code == 0, result.output
    imported = load_and_prepare(project_in(tmp_path)).content.systems.surveys
    assert imported == sample
    # and the 概要調査報告書 built from the imported answers is the sample's
    (report,) = build(project_in(tmp_path), ["survey_report"])
    shutil.copytree(SAMPLE_CONTENT, tmp_path / "sample" / "content")
    (expected,) = build(project_in(tmp_path / "sample"), ["survey_report"])
    assert document_text(report) == document_text(expected)
    assert "湘南情報システム株式会社" in document_text(report)
