"""A second, small consortium next to the sample: tests/fixtures/council5 is a 任意協議会 of five
長野県 members, without 組合規約 or ordinances, with 阿智村 joining two years after the others
(令和11年4月). It began as `gendocs init --form 任意協議会` filled from
tests/fixtures/starter_fill.yaml, with two members added and the procurement, schedule and
設置要綱 values a real council writes (ceiling from the plan's estimate, 債務負担行為, bridging
for the systems that renew before go-live, the 設置要綱's parties being the members at its date).

Document tests that must hold for any consortium build it next to the sample; this file checks
the fixture itself passes `validate --strict` and builds every document it has, with nothing of
the sample in any of them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from docx import Document

from tests.review.helpers import gendocs, git

COUNCIL5 = Path(__file__).resolve().parents[1] / "fixtures" / "council5" / "content"
SAMPLE_WORDS = ("葉山", "寒川", "神奈川", "共同事業組合", "組合町村", "14団体", "13団体")


def council5_project(folder: Path) -> Path:
    """A git project in ``folder`` holding a copy of the council5 fixture."""
    shutil.copytree(COUNCIL5, folder / "content")
    git(folder, "init", "-q", "-b", "main")
    git(folder, "config", "user.name", "事務局")
    git(folder, "config", "user.email", "secretariat@example.invalid")
    git(folder, "add", "content")
    git(folder, "commit", "-q", "-m", "初版", "--date", "2026-11-20T09:00:00+0900")
    return folder


def _text(path: Path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_fixture_is_a_five_member_council_without_union_rules() -> None:
    members = (COUNCIL5 / "members.yaml").read_text(encoding="utf-8")
    assert members.count("- {id: ") + members.count("- id: ") == 5
    assert "form: 任意協議会" in (COUNCIL5 / "consortium.yaml").read_text(encoding="utf-8")
    assert "\n  union_rules:" not in (COUNCIL5 / "bylaws.yaml").read_text(encoding="utf-8")
    assert not (COUNCIL5 / "ordinances").exists()


def test_council5_passes_strict_validation_and_builds_without_the_sample(tmp_path: Path) -> None:
    folder = council5_project(tmp_path / "協議会")
    checked = gendocs("validate", "--strict", cwd=folder)
    assert checked.returncode == 0, checked.stderr
    assert "警告" not in checked.stderr
    built = gendocs("build", cwd=folder)
    assert built.returncode == 0, built.stderr
    outputs = sorted((folder / "output").glob("*.docx"))
    names = [p.name for p in outputs]
    assert any("設置要綱" in n for n in names) and not any("規約" in n for n in names), names
    assert any("仕様書" in n for n in names) and any("サービスレベル" in n for n in names), names
    for path in outputs:
        text = _text(path)
        leaked = [w for w in SAMPLE_WORDS if w in text]
        assert not leaked, f"{path.name}: {leaked}"
    # 阿智村 joins on 令和11年4月1日: the 設置要綱 of 令和8年 does not make it a party
    establishment = next(p for p in outputs if "設置要綱" in p.name)
    assert "阿智村" not in _text(establishment)
    plan = next(p for p in outputs if p.name.startswith("01_"))
    assert "令和11年4月加入予定" in _text(plan).replace("\n", "")
