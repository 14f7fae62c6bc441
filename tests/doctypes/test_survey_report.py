"""現行システム概要調査報告書: the survey aggregated, read back with python-docx and checked
against counts made here from the content model (not from the document's context)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from docx import Document

from gendocs.pipeline import build, load_and_prepare
from tests.conftest import project_in


def _amount(text: str) -> int:
    return int(text.replace(",", ""))


def test_the_report_counts_systems_costs_vendors_and_forms(project_dir: Path) -> None:
    project = project_in(project_dir)
    content = load_and_prepare(project).content
    (path,) = build(project, ["survey_report"])
    assert path.name == "02_現行システム概要調査報告書.docx"
    document = Document(str(path))
    tables: dict[str, list[list[str]]] = {}  # the first table under each heading
    for t in document.tables:
        rows = [[c.text for c in r.cells] for r in t.rows]
        tables.setdefault(rows[0][0], rows[1:])
    by_member, by_service, vendors, forms = (
        tables[h] for h in ("団体名", "業務", "事業者", "開発形態")
    )
    names = content.member_names()
    surveys = content.systems.surveys
    assert [r[0] for r in by_member] == [names[s.member] for s in surveys]
    for row, survey in zip(by_member, surveys, strict=True):
        assert int(row[2]) == len(survey.systems)
        assert _amount(row[3]) == sum(
            x.costs.annual_operation + x.costs.annual_modification for x in survey.systems
        )
        assert _amount(row[4]) == sum(x.costs.build for x in survey.systems)
    systems = [x for s in surveys for x in s.systems]
    assert len(by_service) == len(content.systems.services)
    juki = next(r for r in by_service if r[0] == "住民基本台帳")
    assert int(juki[1]) == sum(1 for s in surveys if any("juki" in x.services for x in s.systems))
    counted = Counter(x.vendor for x in systems)
    assert {r[0]: int(r[1]) for r in vendors} == dict(counted)
    assert [int(r[1]) for r in vendors] == sorted(counted.values(), reverse=True)
    assert {r[0]: int(r[1]) for r in forms} == dict(Counter(x.development for x in systems))
    text = "\n".join(p.text for p in document.paragraphs)
    assert f"{len(surveys)}団体に現行システム概要調査" in text and f"{len(systems)}システム" in text
