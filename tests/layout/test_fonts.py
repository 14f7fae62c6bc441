"""Issue 12 item 1: fonts come from the templates' styles, never from runs set by gendocs.

A user who changes a style's font in the template sees it in every built document: here the
Normal style of a project's copy of plan.docx is changed to ゴシック, and LibreOffice's PDF of the
rebuilt plan must then embed no 明朝 face.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from gendocs.docx.fonts import faces, runs_with_fonts, style_faces
from gendocs.pipeline import build
from gendocs.project import bundled
from tests.conftest import copy_project, project_in
from tests.realclient import pdf_fonts, pdf_text, to_pdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
GOTHIC = "ＭＳ ゴシック"
# the documents whose templates carry headings, 条文 labels and tables
DOCUMENTS = ["plan", "establishment", "security_policy", "sla"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = copy_project(tmp_path_factory.mktemp("fonts"))
    return build(project_in(folder), DOCUMENTS)


def _parts(docx: Path) -> tuple[etree._Element, list[etree._Element]]:
    with zipfile.ZipFile(docx) as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
        roots = [
            etree.fromstring(package.read(n))
            for n in package.namelist()
            if n == "word/document.xml" or n.startswith(("word/header", "word/footer"))
        ]
    return styles, roots


def test_no_run_names_a_face(built: list[Path]) -> None:
    assert len(built) == len(DOCUMENTS)
    for docx in built:
        styles, roots = _parts(docx)
        assert sum(1 for root in roots for _ in root.iter(f"{W}r")) > 50
        assert [named for _, named in runs_with_fonts(roots)] == [], docx.name


def test_heading_runs_take_the_heading_style_face(built: list[Path]) -> None:
    headings = 0
    for docx in built:
        styles, roots = _parts(docx)
        for para in roots[0].iter(f"{W}p"):
            style = para.find(f"{W}pPr/{W}pStyle")
            if style is None or not style.get(f"{W}val").startswith("Heading"):
                continue
            headings += 1
            assert style_faces(styles, style.get(f"{W}val"))["eastAsia"] == GOTHIC
            for run in para.iter(f"{W}r"):
                assert faces(run.find(f"{W}rPr/{W}rFonts")) == {}, docx.name
    assert headings > 30


def test_every_paragraph_resolves_to_a_japanese_face(built: list[Path]) -> None:
    for docx in built:
        styles, roots = _parts(docx)
        lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
        assert lang.get(f"{W}eastAsia") == "ja-JP"
        for root in roots:
            for para in root.iter(f"{W}p"):
                style = para.find(f"{W}pPr/{W}pStyle")
                sid = "Normal" if style is None else style.get(f"{W}val")
                assert style_faces(styles, sid)["eastAsia"] in ("ＭＳ 明朝", GOTHIC), (docx, sid)


def _normal_in_gothic(template: Path, target: Path) -> None:
    """Copy ``template`` to ``target`` with every face of the Normal style set to ゴシック."""
    with zipfile.ZipFile(template) as package:
        items = [(info, package.read(info.filename)) for info in package.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in items:
            if info.filename == "word/styles.xml":
                styles = etree.fromstring(data)
                normal = next(
                    s for s in styles.iter(f"{W}style") if s.get(f"{W}styleId") == "Normal"
                )
                rfonts = normal.find(f"{W}rPr/{W}rFonts")
                for name in ("ascii", "hAnsi", "eastAsia", "cs"):
                    rfonts.set(f"{W}{name}", GOTHIC)
                data = etree.tostring(styles, xml_declaration=True, encoding="UTF-8")
            package.writestr(info, data)


def test_normal_in_gothic_gives_a_pdf_without_mincho(tmp_path: Path) -> None:
    folder = copy_project(tmp_path / "project")
    (folder / "templates").mkdir()
    _normal_in_gothic(bundled("templates") / "plan.docx", folder / "templates" / "plan.docx")
    (docx,) = build(project_in(folder), ["plan"])
    pdf = to_pdf(docx, tmp_path)
    assert "構成団体" in pdf_text(pdf)
    embedded = pdf_fonts(pdf)
    assert "Gothic" in embedded
    assert "Mincho" not in embedded, embedded


def test_the_bundled_plan_embeds_mincho_for_its_body(built: list[Path], tmp_path: Path) -> None:
    """The control for the test above: unchanged, the body is 明朝 and the headings ゴシック."""
    plan = next(p for p in built if "計画書" in p.name)
    embedded = pdf_fonts(to_pdf(shutil.copy(plan, tmp_path / "plan.docx"), tmp_path))
    assert "Mincho" in embedded and "Gothic" in embedded
