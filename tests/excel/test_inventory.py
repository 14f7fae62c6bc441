"""gendocs inventory export / import: the nine 棚卸し lists with real workbooks. Export for the
sample, fill with openpyxl as a clerk would (mistakes included), import and see every problem
located, fix, import; LibreOffice Calc opens every workbook and reads the content's values."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from ruamel.yaml import YAML

from gendocs.cli import cli
from gendocs.excel.inventory import export_workbook, read_list
from gendocs.model.inventory import Business, Form, Inventory
from gendocs.pipeline import load_and_prepare
from tests.conftest import SAMPLE_CONTENT, project_in
from tests.excel.calc import sheets_as_csv

LISTS = {
    "business": "業務一覧",
    "flows": "業務フロー",
    "functions": "機能一覧",
    "screens": "画面一覧",
    "forms": "帳票一覧",
    "data": "データ一覧",
    "interfaces": "連携IF一覧",
    "operations": "運用保守一覧",
    "issues": "課題一覧",
}


def _invoke(project_dir: Path, *args: str, lang: str = "ja") -> tuple[int, str]:
    result = CliRunner().invoke(
        cli, ["--lang", lang, "inventory", *args, "--content", str(project_dir / "content")]
    )
    return result.exit_code, result.output


def _yaml_rows(content_dir: Path, key: str) -> list[dict]:
    """The list as the YAML files have it (read without gendocs)."""
    rows: list[dict] = []
    for path in sorted((content_dir / "inventory").glob("*.yaml")):
        data = YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}
        rows += data.get(key) or []
    return rows


def _snapshot(content_dir: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(content_dir.rglob("*.yaml"))}


def _names(content_dir: Path, file: str, key: str) -> dict[str, str]:
    data = YAML(typ="safe").load((content_dir / file).read_text(encoding="utf-8"))
    items = data[key] if file == "members.yaml" else data["systems"][key]
    return {i["id"]: i["name"] for i in items}


def test_export_writes_one_workbook_per_list_that_calc_reads_as_content(
    project_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    code, output = _invoke(project_dir, "export", "-o", str(out))
    assert code == 0, output
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"棚卸し_{n}.xlsx" for n in LISTS.values()
    )
    content_dir = project_dir / "content"
    members = _names(content_dir, "members.yaml", "members")
    services = _names(content_dir, "systems.yaml", "services")
    for key, name in LISTS.items():
        sheets = sheets_as_csv(out / f"棚卸し_{name}.xlsx", tmp_path / "csv" / key)
        rows = sheets[name][3:]
        expected = _yaml_rows(content_dir, key)
        assert expected, key  # the sample fills every list
        for row, item in zip(rows, expected, strict=False):
            shown = set(row)
            for field, value in item.items():
                if field == "member":
                    value = members[value]
                elif field == "service":
                    value = services[value]
                elif isinstance(value, bool):
                    value = "有" if value else "無"
                elif isinstance(value, list):
                    value = "、".join(value)
                assert str(value) in shown, (key, field, value, row)
        assert not any(rows[len(expected)][:3])  # then the empty answer rows
    workbook = load_workbook(out / "棚卸し_帳票一覧.xlsx")
    sheet = workbook["帳票一覧"]
    assert sheet.protection.sheet and sheet["A3"].protection.locked
    assert not sheet["A4"].protection.locked
    assert workbook["form"].sheet_state == "hidden"
    formulas = {str(v.sqref)[0]: v.formula1 for v in sheet.data_validations.dataValidation}
    assert formulas["A"] == "'一覧'!$A$2:$A$15"  # the 14 members
    assert formulas["H"] == '"印刷,PDF,画面表示,データ,外部委託"'
    number = next(c for c in sheet[5] if c.value == 12897)
    assert number.number_format == "#,##0"


def test_mistakes_are_located_nothing_is_written_then_the_fixed_lists_import(
    project_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    _invoke(project_dir, "export", "-o", str(out))
    content_dir = project_dir / "content"
    before = _snapshot(content_dir)
    business = out / "棚卸し_業務一覧.xlsx"
    workbook = load_workbook(business)
    sheet = workbook["業務一覧"]
    sheet["A5"] = "葉山村"  # no such member
    sheet["E6"] = "はい"  # a flag is 有 or 無
    sheet["B7"] = "固定資産"  # no such 業務
    sheet["A12"], sheet["C12"] = "寒川町", "印鑑登録証明書の交付"  # half a row
    workbook.save(business)
    forms = out / "棚卸し_帳票一覧.xlsx"
    workbook = load_workbook(forms)
    sheet = workbook["帳票一覧"]
    sheet["K4"] = "約1万8千枚"  # text in a number
    sheet["H5"] = "郵送"  # not in the drop-down
    sheet.delete_rows(6)  # a deleted row
    workbook.save(forms)
    data = out / "棚卸し_データ一覧.xlsx"
    workbook = load_workbook(data)
    workbook["form"]["B1"] = "gendocs-inventory-0"  # an older form
    workbook.save(data)
    renamed = tmp_path / "棚卸し_機能一覧.xlsx"
    (out / "棚卸し_画面一覧.xlsx").rename(renamed)  # another list's workbook

    code, output = _invoke(
        project_dir, "import", str(business), str(forms), str(data), str(renamed)
    )
    assert code == 1, output
    lines = output.splitlines()

    def located(prefix: str, text: str) -> None:
        assert any(line.startswith(prefix) and text in line for line in lines), (prefix, output)

    located("棚卸し_業務一覧.xlsx:業務一覧!A5: 団体名: ", "構成団体にない団体名です（「葉山村」）")
    located(
        "棚卸し_業務一覧.xlsx:業務一覧!E6: システム利用の有無: ", "「有」か「無」で入力してください"
    )
    located("棚卸し_業務一覧.xlsx:業務一覧!B7: 業務: ", "対象業務にない業務名です（「固定資産」）")
    located("棚卸し_業務一覧.xlsx:業務一覧!D12: 業務主管部門: ", "記入がありません")
    located("棚卸し_帳票一覧.xlsx:帳票一覧!K4: 出力枚数（年間）: ", "0以上の整数")
    located("棚卸し_帳票一覧.xlsx:帳票一覧!H5: 出力方法: ", "一覧にない値です（「郵送」")
    located(
        "棚卸し_帳票一覧.xlsx:帳票一覧!A6: ", "行が削除されています（3行目の回答欄がありません）"
    )
    located("棚卸し_データ一覧.xlsx:form!B1: ", "様式の版が違います")
    located("棚卸し_機能一覧.xlsx: ", "この様式のファイル名は 棚卸し_画面一覧.xlsx です")
    assert "何も取り込んでいません" in lines[-1]
    assert _snapshot(content_dir) == before

    code, english = _invoke(project_dir, "import", str(business), lang="en")
    assert code == 1
    assert "棚卸し_業務一覧.xlsx:業務一覧!A5: 団体名: not a member" in english

    # 葉山町 fills its own 業務一覧 on a one-member workbook: one row fixed, one row added
    mine = tmp_path / "mine"
    code, output = _invoke(
        project_dir, "export", "--list", "business", "--member", "hayama", "-o", str(mine)
    )
    assert code == 0, output
    own = mine / "棚卸し_業務一覧_葉山町.xlsx"
    workbook = load_workbook(own)
    sheet = workbook["業務一覧"]
    assert [sheet[f"A{r}"].value for r in range(4, 8)] == ["葉山町"] * 4
    assert sheet["A8"].value is None
    sheet["D6"] = "税務課資産税係"
    for column, value in zip("ABCDEF", ["葉山町", "印鑑登録", "印鑑登録証明書の交付", "町民課",
                                        "有", "住民記録・税システム"], strict=True):  # fmt: skip
        sheet[f"{column}8"] = value
    workbook.save(own)
    other = tmp_path / "other" / "棚卸し_業務一覧_葉山町.xlsx"
    other.parent.mkdir()
    workbook = load_workbook(own)
    for column, value in zip(
        "ABCDE", ["寒川町", "戸籍", "戸籍の届出", "町民窓口課", "無"], strict=True
    ):
        workbook["業務一覧"][f"{column}9"] = value
    workbook.save(other)
    code, output = _invoke(project_dir, "import", str(other))
    assert code == 1
    assert "棚卸し_業務一覧_葉山町.xlsx:業務一覧!A9: このブックは葉山町用です" in output

    code, output = _invoke(project_dir, "import", str(own))
    assert code == 0, output
    text = (content_dir / "inventory" / "1_business.yaml").read_text(encoding="utf-8")
    assert text.startswith("# 1 現行業務一覧（講義2-1）")  # the file's comments kept
    rows = _yaml_rows(content_dir, "business")
    original = _yaml_rows(SAMPLE_CONTENT, "business")
    assert [r for r in rows if r["member"] != "hayama"] == [
        r for r in original if r["member"] != "hayama"
    ]
    hayama = [r for r in rows if r["member"] == "hayama"]
    assert hayama[2]["department"] == "税務課資産税係"
    assert hayama[-1] == {
        "member": "hayama", "service": "inkan", "name": "印鑑登録証明書の交付",
        "department": "町民課", "uses_system": True, "system": "住民記録・税システム",
    }  # fmt: skip
    assert "uses_system: false" in text and "system:" in text
    assert rows.index(hayama[0]) == 0  # in place of the member's rows
    changed = {k for k, v in _snapshot(content_dir).items() if before.get(k) != v}
    assert changed == {str(content_dir / "inventory" / "1_business.yaml")}


def test_what_only_content_validation_catches_is_located_in_the_real_file(
    project_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    _invoke(project_dir, "export", "--list", "data", "-o", str(out))
    content_dir = project_dir / "content"
    before = _snapshot(content_dir)
    workbook = load_workbook(out / "棚卸し_データ一覧.xlsx")
    sheet = workbook["データ一覧"]
    digits = next(c for c in sheet[3] if c.value == "桁数").column_letter
    sheet[f"{digits}4"] = 0  # a column has at least one digit
    workbook.save(out / "棚卸し_データ一覧.xlsx")
    code, output = _invoke(project_dir, "import", str(out / "棚卸し_データ一覧.xlsx"))
    assert code == 1, output
    assert "inventory/6_data.yaml:" in output and "gendocs-survey-" not in output
    assert "Traceback" not in output
    assert _snapshot(content_dir) == before


def test_a_list_no_file_holds_yet_goes_to_a_new_file(project_dir: Path, tmp_path: Path) -> None:
    content_dir = project_dir / "content"
    (content_dir / "inventory" / "9_issues.yaml").unlink()
    out = tmp_path / "out"
    _invoke(project_dir, "export", "--list", "issues", "-o", str(out))
    workbook = load_workbook(out / "棚卸し_課題一覧.xlsx")
    sheet = workbook["課題一覧"]
    assert sheet["A4"].value is None
    sheet["A4"], sheet["B4"], sheet["C4"] = "清川村", "介護保険", "認定調査の記録が紙である"
    workbook.save(out / "棚卸し_課題一覧.xlsx")
    code, output = _invoke(project_dir, "import", str(out / "棚卸し_課題一覧.xlsx"))
    assert code == 0, output
    assert _yaml_rows(content_dir, "issues") == [
        {"member": "kiyokawa", "service": "kaigo", "issue": "認定調査の記録が紙である"}
    ]
    assert (content_dir / "inventory" / "issues.yaml").exists()


SAFE = (
    st.text(
        alphabet=st.sampled_from("あいう漢字カナABCxyz019=+-()（）・ "), min_size=1, max_size=12
    )
    .map(str.strip)
    .filter(bool)
)

PAPERS = ["専用紙", "汎用紙", "複写", "圧着はがき", "封筒", "なし"]
FREQUENCIES = ["毎日", "毎週", "毎月", "四半期", "半期", "毎年", "随時"]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_export_then_import_is_lossless(data: st.DataObject) -> None:
    content = load_and_prepare(project_in(SAMPLE_CONTENT.parent)).content
    members = [m.id for m in content.members]
    services = [s.id for s in content.systems.services]
    business = tuple(
        Business(
            member=data.draw(st.sampled_from(members)),
            service=data.draw(st.sampled_from(services)),
            name=data.draw(SAFE),
            department=data.draw(SAFE),
            uses_system=data.draw(st.booleans()),
            system=data.draw(st.none() | SAFE),
        )
        for _ in range(data.draw(st.integers(0, 25)))  # more than the spare rows
    )
    forms = tuple(
        Form(
            member=data.draw(st.sampled_from(members)),
            service=data.draw(st.sampled_from(services)),
            system=data.draw(SAFE),
            name=data.draw(SAFE),
            items=tuple(data.draw(st.lists(SAFE, min_size=1, max_size=3))),
            task=data.draw(SAFE),
            purpose=data.draw(SAFE),
            output=data.draw(st.sampled_from(["印刷", "PDF", "画面表示", "データ", "外部委託"])),
            paper=data.draw(st.sampled_from(PAPERS)),
            frequency=data.draw(st.sampled_from(FREQUENCIES)),
            sheets=data.draw(st.integers(0, 100_000_000)),
        )
        for _ in range(data.draw(st.integers(0, 5)))
    )  # fmt: skip
    changed = dataclasses.replace(content, inventory=(Inventory(business=business, forms=forms),))
    for key, rows, name in (("business", business, "業務一覧"), ("forms", forms, "帳票一覧")):
        workbook = export_workbook(changed, key, None, datetime(2026, 1, 1))
        answer, problems = read_list(workbook, f"棚卸し_{name}.xlsx", changed)
        assert problems == []
        assert answer is not None and answer.rows == rows
