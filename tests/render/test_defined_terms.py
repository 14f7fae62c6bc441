"""Defined terms (issue 10): one word per concept, from content (``consortium.terms``).

No template writes a word for the members (構成団体, 構成町村, 組合町村, 参加団体 …) or for the
procurement ceiling (予定価格, 提案上限額) as fixed text: it writes ``{{ terms.member }}`` and
``{{ terms.ceiling }}``. A consortium that calls its members 構成市町村 and its ceiling 予定価格
gets those words in every document and no other.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from gendocs.model.organisation import SYNONYMS
from gendocs.pipeline import build
from tests.conftest import REPO, copy_project, project_in, unfreeze
from tests.doctypes.helpers import squeeze
from tests.realclient import docx_text

TEMPLATES = sorted((REPO / "templates").glob("*.docx"))
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")


# Statute wording a template quotes where the law prescribes the word: 地方自治法第234条第3項
# (「予定価格の制限の範囲内で最高又は最低の価格をもつて申込みをした者」) and 施行令第167条の10の2
# for the 一般競争入札 branches of the 調達計画書. The defined term names the consortium's own
# ceiling; the law's 予定価格 is not a synonym there.
STATUTE = ("予定価格の制限の範囲内",)


def fixed_text(template: Path) -> str:
    """The text a template writes whatever the content: its runs without the Jinja tags."""
    with zipfile.ZipFile(template) as package:
        parts = [
            "".join(TEXT.findall(package.read(name).decode("utf-8")))
            for name in package.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        ]
    text = TAG.sub("", "\n".join(parts))
    for quoted in STATUTE:
        text = text.replace(quoted, "")
    return text


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_no_template_writes_a_defined_term(template: Path) -> None:
    text = fixed_text(template)
    found = [w for words in SYNONYMS.values() for w in words if w in text]
    assert found == [], f"{template.name} writes {found}; use {{{{ terms.… }}}}"


def test_the_check_sees_a_term_in_fixed_text(tmp_path: Path) -> None:
    """The check above can fail: a template that writes 「構成町村」 outside a tag is caught."""
    copy = tmp_path / "rfp.docx"
    with (
        zipfile.ZipFile(REPO / "templates" / "rfp.docx") as source,
        zipfile.ZipFile(copy, "w") as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"{{ terms.member }}", "構成町村".encode(), 1)
            target.writestr(info, data)
    assert "構成町村" in fixed_text(copy)


def test_a_consortium_with_its_own_terms(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    unfreeze(folder)  # a consortium with its own words: its 設置要綱 is not the sample's
    wording = re.compile(r"(?<!〔)(?<!items_from: )構成団体")
    for path in (folder / "content").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        # the content's own sentences use its terms too: both words change with the terms
        text = wording.sub("構成市町村", text).replace("提案上限額", "予定価格")
        path.write_text(text, encoding="utf-8")
    consortium = folder / "content" / "consortium.yaml"
    text = consortium.read_text(encoding="utf-8")
    consortium.write_text(
        text.replace("ceiling: 提案上限額}", "ceiling: 予定価格}"), encoding="utf-8"
    )
    paths = build(project_in(folder), [])
    for path in paths:
        if "一部改正" in path.name:  # quotes the members' own rules as enacted
            continue
        text = squeeze(docx_text(path)).replace("構成市町村", "")
        others = [w for words in SYNONYMS.values() for w in words if w != "予定価格" and w in text]
        assert others == [], (path.name, others)
    names = {p.name: squeeze(docx_text(p)) for p in paths}
    assert "1.5予定価格" in names["13_提案依頼書.docx"]
    assert "構成市町村" in names["14_事業者選定評価基準書.docx"]
