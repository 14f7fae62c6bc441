"""Bad cost input is a content error at file:line:col, never a traceback or a wrong number."""

from __future__ import annotations

from pathlib import Path

from gendocs.errors import Problem
from tests.conftest import problems_after_edit

_problems = problems_after_edit


def _line_of(project_dir: Path, file: str, needle: str) -> int:
    text = (project_dir / "content" / file).read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1


def _only(problems: list[Problem]) -> Problem:
    (problem,) = problems
    return problem


def test_ratios_that_do_not_sum_to_one(project_dir: Path) -> None:
    problem = _only(
        _problems(
            project_dir,
            "costs.yaml",
            "{basis: 均等割, weight: 0.4}",
            "{basis: 均等割, weight: 0.3}",
        )
    )
    assert problem.key_path == "costs.items[2].shares"
    assert problem.location.line == _line_of(project_dir, "costs.yaml", "shares: [{basis: 均等割")
    assert problem.message.ja == "比重の合計は 1 である必要があります（合計 0.9 です）"


def test_a_member_without_population_when_population_shares_are_used(project_dir: Path) -> None:
    problem = _only(
        _problems(
            project_dir,
            "members.yaml",
            "    population: {value: 8902, as_of: 2024-11-01, basis: 推計人口}\n",
            "",
        )
    )
    assert problem.key_path == "members[4].population"
    assert problem.location.file.endswith("members.yaml")
    assert problem.message.ja == "人口: 必須の項目がありません"


def test_a_negative_price(project_dir: Path) -> None:
    problem = _only(
        _problems(
            project_dir,
            "costs.yaml",
            "{service: juki, monthly: 210000}",
            "{service: juki, monthly: -210000}",
        )
    )
    assert problem.key_path == "costs.service_prices[0].monthly"
    assert problem.location.line == _line_of(project_dir, "costs.yaml", "{service: juki,")
    assert "0以上が必要です（「-210000」が書かれています）" in problem.message.ja


def test_an_unknown_service_id_in_the_price_list(project_dir: Path) -> None:
    problems = _problems(
        project_dir,
        "costs.yaml",
        "{service: juki, monthly: 210000}",
        "{service: jyuki, monthly: 210000}",
    )
    messages = {p.key_path: p.message.ja for p in problems}
    assert "services に識別子「jyuki」がありません" in messages["costs.service_prices[0].service"]
    # The 業務 left without a price is reported once, where it is first used.
    assert messages["systems.usage[0].services[0]"].startswith(
        "業務「juki」の従量料金の単価が costs.service_prices にありません（利用団体: 葉山町、"
        "寒川町、"
    )
    assert len(problems) == 2


def test_an_unknown_member_or_item_id(project_dir: Path) -> None:
    problem = _only(
        _problems(
            project_dir,
            "costs.yaml",
            "{item: organisation, fiscal_year: 2028",
            "{item: organization, fiscal_year: 2028",
        )
    )
    assert problem.key_path == "costs.settlements[0].item"
    assert "cost_items に識別子「organization」がありません" in problem.message.ja


def test_a_join_year_outside_the_plan(project_dir: Path) -> None:
    problems = _problems(
        project_dir,
        "members.yaml",
        "{group: 後続, date: 2029-04-01}",
        "{group: 後続, date: 2035-04-01}",
    )
    assert {p.key_path for p in problems} == {"members[12].joining.date"}
    assert [p.message.ja for p in problems] == [
        "後続団体の加入年度（令和17年度）が試算期間（令和10年度〜令和14年度）の外にあります",
        "加入日（2035-04-01）より前に移行（2029-04）しています",
    ]
    assert problems[0].location.line == _line_of(project_dir, "members.yaml", "{group: 後続")


def test_an_amount_for_a_year_outside_the_period(project_dir: Path) -> None:
    problem = _only(
        _problems(
            project_dir,
            "costs.yaml",
            "{fiscal_year: 2029, amount: 50000000}",
            "{fiscal_year: 2034, amount: 50000000}",
        )
    )
    assert problem.key_path == "costs.items[3].amounts[1].fiscal_year"
    assert (
        problem.message.ja == "金額の年度 2034 が試算期間（令和10年度〜令和14年度）の外にあります"
    )


def test_a_settlement_whose_budget_is_not_the_items_amount(project_dir: Path) -> None:
    problem = _only(_problems(project_dir, "costs.yaml", "budget: 36000000,", "budget: 35000000,"))
    assert problem.key_path == "costs.settlements[0].budget"
    assert problem.message.ja == "予算額が組織運営費の2028年度の金額（36,000,000円）と一致しません"


def test_a_guaranteed_item_without_a_rate(project_dir: Path) -> None:
    problems = _problems(project_dir, "costs.yaml", "  guarantee: {min_saving: 0.3}\n", "")
    # (the 規約 and 基本合意書 that quote the rate report their own problem)
    problem = _only([p for p in problems if p.key_path.startswith("costs.")])
    assert problem.key_path == "costs.items[1].guarantee"
    assert problem.message.ja == "最低削減率（costs.guarantee.min_saving）が書かれていません"


def test_an_impossible_guarantee_is_located_at_the_rate(project_dir: Path) -> None:
    problems = _problems(project_dir, "costs.yaml", "{min_saving: 0.3}", "{min_saving: 0.9}")
    line = _line_of(project_dir, "costs.yaml", "guarantee: {min_saving")
    assert {(p.key_path, p.location.line) for p in problems} == {
        ("costs.guarantee.min_saving", line)
    }
    assert len(problems) == 5  # one per fiscal year
    assert problems[0].text().startswith(f"{problems[0].location.file}:{line}:")
    assert problems[0].message.ja.startswith(
        "令和10年度は、最低削減率90.0%を保証するとサービス利用料（総額276,885,000円）を配分しきれず、"
    )
    assert "葉山町 " in problems[0].message.ja and "清川村 " in problems[0].message.ja
