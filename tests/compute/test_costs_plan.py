"""The 導入計画書's 費用対効果 context comes from the engine and keeps the template's contract."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gendocs.doctypes.plan_costs import cost_context
from gendocs.load import load_content
from gendocs.pipeline import prepare
from gendocs.render.docx import Image

CONTRACT = {
    "first_year",
    "last_year",
    "years",
    "outlook",
    "sharing_paragraphs",
    "rows",
    "total",
    "pattern1_rows",
    "pattern1_total",
    "shares",
    "saving_chart",
    "cumulative_chart",
}


def _yen(text: str) -> int:
    return int(text.removesuffix("円").replace(",", "").replace("△", "-"))


def test_the_context_keeps_the_contract_and_adds_up(project_dir: Path) -> None:
    context = _cost_context(project_dir)
    assert CONTRACT <= context.keys()
    period = (context["first_year"], context["last_year"], context["years"])
    assert period == ("令和10年度", "令和14年度", 5)
    for key in ("keep", "cloud", "saving"):
        assert sum(_yen(r[key]) for r in context["rows"]) == _yen(context["total"][key])
    assert sum(_yen(r["current"]) for r in context["pattern1_rows"]) == _yen(
        context["pattern1_total"]["current"]
    )
    for share in context["shares"]:
        assert sum(_yen(r["amount"]) for r in share["rows"]) == _yen(share["total"])
    assert sum(_yen(r["total"]) for r in context["yearly"]["rows"]) == _yen(
        context["total"]["cloud"]
    ) - _before_go_live(context)
    assert isinstance(context["cumulative_chart"], Image)
    assert context["saving_chart"].png.startswith(b"\x89PNG")


def _before_go_live(context: dict[str, object]) -> int:
    # クラウド移行 = 年度別負担額 + the current systems' cost before each member's go-live month;
    # the difference must be positive (five members move during 令和10年度 or later).
    rows = context["rows"]
    yearly = context["yearly"]
    assert isinstance(rows, list) and isinstance(yearly, dict)
    difference = sum(_yen(r["cloud"]) for r in rows) - sum(_yen(r["total"]) for r in yearly["rows"])
    assert difference > 0
    return difference


def test_the_method_is_described_from_the_yaml_in_the_order_it_is_computed(
    project_dir: Path,
) -> None:
    sharing = _cost_context(project_dir)["sharing_paragraphs"]
    assert sharing[1].startswith(
        "（2）サービス利用料: 業務別の月額単価（23業務、1団体当たり月額35,000円〜"
    )
    assert sharing[2].startswith(
        "（3）最低削減率保証: （2）の負担額が、各年度の現行経費（本稼働後の月数分）の"
        "70.0%を超える団体は70.0%までとし"
    )
    assert sharing[3].startswith(
        "（4）組織運営費: 各年度の額（5か年度で182,000,000円）を均等割40%・人口割60%"
    )
    assert sharing[6] == (
        "（7）各団体の年度別負担額は、（2）の年度別の額を基礎に、合計が（6）の総負担額と"
        "なるよう按分して算出する。"
    )
    assert sharing[7].startswith("後続団体の愛川町（令和11年度加入）は、加入前に支払われた導入費用")


def _cost_context(project_dir: Path) -> dict[str, Any]:
    content, facts = prepare(load_content(project_dir / "content"))
    return cost_context(content, facts.costs)
