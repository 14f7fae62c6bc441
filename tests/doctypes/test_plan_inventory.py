"""The 導入計画書's 6.4: the 棚卸し lists counted per member and per 業務, read back with
python-docx and checked against counts made here from the YAML files (not from gendocs)."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

from docx import Document
from ruamel.yaml import YAML

from gendocs.pipeline import build
from tests.conftest import project_in
from tests.golden import document_text

KEYS = ["business", "flows", "functions", "screens", "forms", "data", "interfaces", "operations",
        "issues"]  # fmt: skip


def _tables(path: Path) -> dict[tuple[str, str], list[list[str]]]:
    return {
        (t.rows[0].cells[0].text, t.rows[0].cells[1].text): [
            [c.text for c in r.cells] for r in t.rows[1:]
        ]
        for t in Document(str(path)).tables
    }


def test_the_plan_counts_the_inventory_per_member_and_service(project_dir: Path) -> None:
    content = project_dir / "content"
    safe = YAML(typ="safe")
    rows = []
    for path in sorted((content / "inventory").glob("*.yaml")):
        data = safe.load(path.read_text(encoding="utf-8"))
        rows += [(key, row) for key in KEYS for row in data.get(key) or []]
    members = {
        m["id"]: m["name"]
        for m in safe.load((content / "members.yaml").read_text(encoding="utf-8"))["members"]
    }
    services = {
        s["id"]: s["name"]
        for s in safe.load((content / "systems.yaml").read_text(encoding="utf-8"))["systems"][
            "services"
        ]
    }
    (plan,) = build(project_in(project_dir), ["plan"])
    tables = _tables(plan)
    by_member = tables[("団体名", "業務一覧")]
    by_service = tables[("業務", "業務一覧")]
    for table, field, names in ((by_member, "member", members), (by_service, "service", services)):
        expected = {}
        for key, row in rows:
            expected.setdefault(names[row[field]], Counter())[key] += 1
        body, total = table[:-1], table[-1]
        assert {r[0]: [int(x) for x in r[1:]] for r in body} == {
            name: [c[k] for k in KEYS] for name, c in expected.items()
        }
        assert total == ["合計"] + [str(sum(1 for k, _ in rows if k == key)) for key in KEYS]
    assert f"計{len(rows)}件" in document_text(plan)


def test_a_plan_without_an_inventory_says_none_was_made(project_dir: Path) -> None:
    shutil.rmtree(project_dir / "content" / "inventory")
    (plan,) = build(project_in(project_dir), ["plan"])
    text = document_text(plan)
    assert "6.4 現行業務・システムの棚卸し" in text
    assert "まだ作成していない。" in text
    assert ("団体名", "業務一覧") not in _tables(plan)
