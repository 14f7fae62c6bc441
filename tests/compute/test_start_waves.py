"""Any number of start waves: each member shares costs from the fiscal year of its joining date;
先行/後続 follows from that date unless the content labels it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from gendocs.cli import cli
from gendocs.compute.inputs import joining_group
from gendocs.load import load_content
from gendocs.validate import validate

MINIMAL = Path(__file__).resolve().parents[1] / "fixtures" / "minimal" / "content"
# takamori from 令和10年度 (the first year), matsukawa from 令和11年度, anan from 令和12年度
JOINS = {"takamori": "2028-04-01", "matsukawa": "2029-04-01", "anan": "2030-06-01"}
LIVE = {"takamori": "2028-04", "matsukawa": "2029-04", "anan": "2030-07"}


def _three_waves(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(MINIMAL, folder)
    members = folder / "members.yaml"
    text = members.read_text(encoding="utf-8")
    for member, day in JOINS.items():
        block = text.index(f"- id: {member}")
        old = "joining: {group: 先行, date: 2026-04-01}"
        at = text.index(old, block)
        text = text[:at] + f"joining: {{date: {day}}}" + text[at + len(old) :]
    members.write_text(text, encoding="utf-8")
    schedule = folder / "schedule.yaml"
    text = schedule.read_text(encoding="utf-8")
    for member, month in LIVE.items():
        start = text.index(f"- {{member: {member}, month: ")
        end = text.index(",", text.index("month: ", start))
        text = text[:start] + f'- {{member: {member}, month: "{month}"' + text[end:]
    schedule.write_text(text, encoding="utf-8")
    return folder


def test_each_member_shares_from_the_year_of_its_joining_date(tmp_path: Path) -> None:
    folder = _three_waves(tmp_path)
    content = validate(load_content(folder))
    assert [joining_group(content, m) for m in content.members] == ["先行", "後続", "後続"]

    result = CliRunner().invoke(cli, ["costs", "--content", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {
        (r["fiscal_year"], r["member"]): r["amounts"] for r in json.loads(result.output)["rows"]
    }
    # 令和10年度: takamori alone bears the 導入費用 150,000,000 and the 組織運営費 36,000,000
    assert rows[2028, "takamori"]["initial"] == 150_000_000
    assert rows[2028, "takamori"]["organisation"] == 36_000_000
    assert rows[2028, "matsukawa"]["organisation"] == rows[2028, "anan"]["organisation"] == 0
    # 令和11年度: 36,000,000 between two, 均等割 40% = 7,200,000 each plus 人口割 60% = 21,600,000
    # by population (takamori 30,708, matsukawa 48,348; 79,056 together):
    # 21,600,000 × 30,708 / 79,056 = 8,390,163.93…, × 48,348 / 79,056 = 13,209,836.06…
    # → 8,390,163 and 13,209,836, the 1 yen left to the larger remainder (takamori)
    assert rows[2029, "takamori"]["organisation"] == 7_200_000 + 8_390_164
    assert rows[2029, "matsukawa"]["organisation"] == 7_200_000 + 13_209_836
    assert rows[2029, "anan"]["organisation"] == 0
    assert rows[2030, "anan"]["organisation"] > 0
    # 従量料金 from each go-live month: anan 9 months of 令和12年度 (2030-07 to 2031-03)
    assert rows[2030, "anan"]["service"] * 12 == rows[2031, "anan"]["service"] * 9
    assert rows[2029, "anan"]["service"] == 0
