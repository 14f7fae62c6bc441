"""Who signs and who pays follows content (issue 10 item 1): a 一部事務組合 contracts in its own
name and pays, its members paying it 負担金; a 協議会 has no legal personality, so its members
sign the one contract jointly (連名) and pay, the 協議会 doing the 連絡調整; 団体別契約 is signed by
each member. No procurement document keeps the sample's wording for another form."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gendocs.pipeline import build
from tests.conftest import copy_project, project_in
from tests.realclient import docx_text
from tests.review.test_council5 import council5_project

NAMES = ["procurement_plan", "procurement_spec", "rfp"]


def _texts(folder: Path) -> dict[str, str]:
    paths = build(project_in(folder), NAMES)
    return {name: re.sub(r"\s+", "", docx_text(p)) for name, p in zip(NAMES, paths, strict=True)}


def _edit(folder: Path, file: str, old: str, new: str) -> None:
    path = folder / "content" / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_union_contracts_in_its_own_name_and_pays(tmp_path: Path) -> None:
    texts = _texts(copy_project(tmp_path))
    # the RFP addresses vendors in です・ます (issue 11 item 2)
    assert "契約は、組合が自らの名で一括して締結します。" in texts["rfp"]
    assert "契約は、組合が自らの名で一括して締結する。" in texts["procurement_spec"]
    assert "一括契約（組合が自らの名で締結する）" in texts["procurement_plan"]
    for name in ("procurement_plan", "procurement_spec"):
        assert "組合が各構成団体の本稼働の月の分から支払い" in texts[name]
    assert not any("代表して" in text for text in texts.values())


@pytest.mark.parametrize(
    ("form", "contract", "signs", "cell"),
    [
        (
            "任意協議会",
            "一括契約",
            "構成団体が連名で一括して締結する",
            "構成団体が連名で締結し、組合が連絡調整を行う",
        ),
        ("一部事務組合", "団体別契約", "構成団体ごとに締結する", "構成団体ごとに締結する"),
    ],
)
def test_other_forms_keep_their_own_wording(
    tmp_path: Path, form: str, contract: str, signs: str, cell: str
) -> None:
    folder = copy_project(tmp_path)
    _edit(folder, "consortium.yaml", "  form: 一部事務組合 ", f"  form: {form} ")
    _edit(folder, "procurement.yaml", "contract_form: 一括契約", f"contract_form: {contract}")
    texts = _texts(folder)
    assert f"契約は、{signs.removesuffix('する')}します。" in texts["rfp"]  # です・ます
    assert f"{contract}（{cell}）" in texts["procurement_plan"]
    for name in ("procurement_plan", "procurement_spec"):
        assert "サービス利用料は、構成団体ごとに本稼働の月から支払う。" in texts[name]
        assert "負担金として" not in texts[name]
    assert not any("自らの名で" in text for text in texts.values())


def test_a_councils_documents_agree_that_its_members_sign(tmp_path: Path) -> None:
    """The 調達計画書, 仕様書 and 提案依頼書 say what the サービス利用契約書 does: the members of a
    任意協議会 (tests/fixtures/council5) are the parties, jointly, and the council signs nothing."""
    folder = council5_project(tmp_path / "協議会")
    names = [*NAMES, "contract"]
    paths = build(project_in(folder), names)
    texts = {n: re.sub(r"\s+", "", docx_text(p)) for n, p in zip(names, paths, strict=True)}
    assert "一括契約（構成団体が連名で締結し、協議会が連絡調整を行う）" in texts["procurement_plan"]
    assert "契約は、構成団体が連名で一括して締結する。" in texts["procurement_spec"]
    assert "契約は、構成団体が連名で一括して締結します。" in texts["rfp"]
    assert "構成団体が連名で締結する手続を進めます。" in texts["rfp"]
    assert "（以下総称して「甲」といい" in texts["contract"]
    assert not any("代表して" in text for text in texts.values())
