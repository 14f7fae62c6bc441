"""Cross-document rules (docs/rules.md): each seeded contradiction is reported at every value
involved, in Japanese and English; warnings pass unless --strict; the sample passes --strict."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from gendocs.cli import cli
from gendocs.compute.documents import VENDOR_DOCUMENTS
from gendocs.compute.rules import check_rules
from gendocs.doctypes import select
from gendocs.errors import Problem
from gendocs.load import load_content
from gendocs.validate import validate


def _edit(project_dir: Path, file: str, old: str, new: str) -> None:
    path = project_dir / "content" / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"the sample changed: {old!r} is not in {file} once"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _rules(project_dir: Path) -> list[Problem]:
    raw = load_content(project_dir / "content")
    return check_rules(validate(raw), raw)


def _line(project_dir: Path, file: str, needle: str) -> int:
    text = (project_dir / "content" / file).read_text(encoding="utf-8")
    assert text.count(needle) == 1, needle
    return text[: text.index(needle)].count("\n") + 1


def _only(problems: list[Problem], rule: str) -> Problem:
    found = [p for p in problems if f"［規則 {rule}］" in p.message.ja]
    assert len(found) == 1, [p.text() for p in problems]
    return found[0]


def _at(problem: Problem, file: str, line: int) -> bool:
    """Whether ``problem`` names ``file``:``line``, as its place or as a related value."""
    places = [problem.location] + [where for where, _ in problem.related]
    return any(p.file.endswith(file) and p.line == line for p in places)


def test_the_sample_passes_strict(project_dir: Path) -> None:
    assert _rules(project_dir) == []
    result = CliRunner().invoke(
        cli, ["validate", "--strict", "--content", str(project_dir / "content")]
    )
    assert result.exit_code == 0, result.output


def test_vendor_documents_are_the_registered_titles() -> None:
    titles = {d.name: d.title for d in select(list(VENDOR_DOCUMENTS))}
    assert titles == {name: title for name, (title, _) in VENDOR_DOCUMENTS.items()}


def test_a_ceiling_far_from_the_estimate(project_dir: Path) -> None:
    _edit(project_dir, "procurement.yaml", "ceiling_price: 2500000000", "ceiling_price: 4800000000")
    _edit(project_dir, "procurement.yaml", "{amount: 2500000000,", "{amount: 4800000000,")
    problem = _only(_rules(project_dir), "money.ceiling")
    assert problem.severity == "error"
    assert problem.key_path == "procurement.ceiling_price"
    assert _at(
        problem, "procurement.yaml", _line(project_dir, "procurement.yaml", "ceiling_price:")
    )
    assert _at(
        problem, "procurement.yaml", _line(project_dir, "procurement.yaml", "ceiling_basis:")
    )
    assert _at(problem, "costs.yaml", _line(project_dir, "costs.yaml", "name: サービス利用料"))
    assert _at(problem, "procurement.yaml", _line(project_dir, "procurement.yaml", "contract_end:"))
    # the review's figure: 導入費用 150,000,000 + サービス利用料 2,157,525,000 + 移行費 150,000,000
    assert "2,457,525,000円" in problem.message.ja
    assert "4,800,000,000円" in problem.message.ja
    assert "2,342,475,000円" in problem.message.ja
    assert "2,342,475,000 yen" in problem.text("en")


def test_a_reason_explains_the_gap(project_dir: Path) -> None:
    _edit(project_dir, "procurement.yaml", "ceiling_price: 2500000000", "ceiling_price: 2700000000")
    _edit(project_dir, "procurement.yaml", "{amount: 2500000000,", "{amount: 2700000000,")
    assert "money.ceiling" in _only(_rules(project_dir), "money.ceiling").message.en
    _edit(
        project_dir,
        "procurement.yaml",
        "tolerance: 0.05}",
        "tolerance: 0.05, reason: 制度改正対応の見込み額を加える}",
    )
    assert _rules(project_dir) == []


def test_no_ceiling_basis_is_a_warning(project_dir: Path) -> None:
    _edit(
        project_dir,
        "procurement.yaml",
        "  ceiling_basis: {items: [initial, service, migration], tolerance: 0.05}\n",
        "",
    )
    problem = _only(_rules(project_dir), "money.ceiling")
    assert problem.severity == "warning"
    assert problem.text().startswith(str(problem.location) + ": procurement.ceiling_price: 警告: ")


def test_a_debt_burden_below_the_ceiling(project_dir: Path) -> None:
    _edit(project_dir, "procurement.yaml", "{amount: 2500000000,", "{amount: 2000000000,")
    problem = _only(_rules(project_dir), "money.debt_burden")
    assert problem.key_path == "procurement.debt_burden.amount"
    assert _at(
        problem, "procurement.yaml", _line(project_dir, "procurement.yaml", "ceiling_price:")
    )
    assert "2,000,000,000円" in problem.message.ja and "2,500,000,000円" in problem.message.ja


def test_a_debt_burden_shorter_than_the_contract(project_dir: Path) -> None:
    _edit(project_dir, "procurement.yaml", "end_fiscal_year: 2032}", "end_fiscal_year: 2031}")
    problem = _only(_rules(project_dir), "money.debt_burden")
    assert problem.key_path == "procurement.debt_burden.start_fiscal_year"
    assert _at(problem, "procurement.yaml", _line(project_dir, "procurement.yaml", "contract_end:"))
    assert "令和9年度〜令和13年度" in problem.message.ja
    assert "令和9年度〜令和14年度" in problem.message.ja


def test_an_actual_of_a_year_not_ended(project_dir: Path) -> None:
    _edit(
        project_dir,
        "costs.yaml",
        "  guarantee: {min_saving: 0.3}\n",
        "  guarantee: {min_saving: 0.3}\n  settlements:\n"
        "    - {item: organisation, fiscal_year: 2028, budget: 36000000, actual: 34900000}\n",
    )
    problem = _only(_rules(project_dir), "money.future_actuals")
    assert problem.key_path == "costs.settlements[0].actual"
    assert problem.location.line == _line(project_dir, "costs.yaml", "actual: 34900000")
    assert _at(problem, "project.yaml", _line(project_dir, "project.yaml", "  date: 2026-11-20"))
    assert "令和10年度の決算額 34,900,000円" in problem.message.ja
    assert "令和8年11月20日" in problem.message.ja


def test_an_actual_of_a_closed_year_is_fine(project_dir: Path) -> None:
    _edit(project_dir, "project.yaml", "  date: 2026-11-20", "  date: 2029-06-01")
    _edit(
        project_dir,
        "costs.yaml",
        "  guarantee: {min_saving: 0.3}\n",
        "  guarantee: {min_saving: 0.3}\n  settlements:\n"
        "    - {item: organisation, fiscal_year: 2028, budget: 36000000, actual: 34900000}\n",
    )
    assert not [p for p in _rules(project_dir) if "future_actuals" in p.message.en]


def test_members_below_the_reduction_target(project_dir: Path) -> None:
    _edit(project_dir, "targets.yaml", "reduction: 0.3,", "reduction: 0.6,")
    problem = _only(_rules(project_dir), "money.reduction_target")
    assert problem.severity == "warning"
    assert problem.key_path == "targets.goals[0].reduction"
    assert _at(problem, "members.yaml", _line(project_dir, "members.yaml", "name: 清川村"))
    assert "60.0%" in problem.message.ja and "清川村" in problem.message.ja
    assert "葉山町" not in problem.message.ja  # 葉山町 saves more than 60% (pattern 2)


def test_rfp_drafted_after_it_is_published(project_dir: Path) -> None:
    _edit(
        project_dir,
        "schedule.yaml",
        'name: 評価基準書・提案依頼書の作成, start: "2027-04", end: "2027-05"',
        'name: 評価基準書・提案依頼書の作成, start: "2027-05", end: "2027-07"',
    )
    problems = [p for p in _rules(project_dir) if "schedule.drafting" in p.message.en]
    assert {p.key_path for p in problems} == {"schedule.tasks[10].end"}
    rfp = next(p for p in problems if "提案依頼書を作成" in p.message.ja)
    assert rfp.location.line == _line(project_dir, "schedule.yaml", "評価基準書・提案依頼書の作成")
    assert _at(rfp, "procurement.yaml", _line(project_dir, "procurement.yaml", "実施要領の公表"))
    assert "令和9年7月" in rfp.message.ja and "令和9年6月15日" in rfp.message.ja


def test_rfp_published_before_the_rfi_closes(project_dir: Path) -> None:
    _edit(
        project_dir,
        "procurement.yaml",
        "{name: 実施要領の公表, kind: 公表, date: 2027-06-15}",
        "{name: 実施要領の公表, kind: 公表, date: 2027-03-01}",
    )
    problems = [p for p in _rules(project_dir) if "procurement_order" in p.message.en]
    first = problems[0]
    assert first.location.line == _line(project_dir, "procurement.yaml", "実施要領の公表")
    assert _at(first, "procurement.yaml", _line(project_dir, "procurement.yaml", "ヒアリング"))
    assert "令和9年3月1日" in first.message.ja and "令和9年3月19日" in first.message.ja


def test_renewal_before_go_live_without_bridging(project_dir: Path) -> None:
    _edit(project_dir, "schedule.yaml", "{system: jumin, method: 延長, amount: 68390000}, ", "")
    problem = _only(_rules(project_dir), "schedule.renewals")
    assert problem.severity == "warning"
    assert problem.key_path == "systems.surveys[0].systems[0].renewal_due"
    text = (project_dir / "content" / "systems.yaml").read_text(encoding="utf-8")
    line = text[: text.index("renewal_due: 2026-04-01")].count("\n") + 1  # 葉山町 jumin
    assert problem.location.line == line
    assert _at(problem, "schedule.yaml", _line(project_dir, "schedule.yaml", "{member: hayama,"))
    assert "葉山町の「住民記録・税システム」は令和8年4月1日" in problem.message.ja
    assert "令和10年4月" in problem.message.ja


def test_bridging_of_an_unknown_system(project_dir: Path) -> None:
    _edit(
        project_dir,
        "schedule.yaml",
        "{system: jumin, method: 延長, amount: 68390000}",
        "{system: juki, method: 延長, amount: 68390000}",
    )
    problems = [p for p in _rules(project_dir) if "schedule.renewals" in p.message.en]
    unknown = next(p for p in problems if p.severity == "error")
    assert unknown.key_path == "schedule.migrations[0].bridging[0].system"
    assert _at(unknown, "systems.yaml", _line(project_dir, "systems.yaml", "- member: hayama"))
    assert "「juki」がありません" in unknown.message.ja


def test_populations_of_different_dates(project_dir: Path) -> None:
    _edit(
        project_dir,
        "members.yaml",
        "{value: 8902, as_of: 2020-10-01, basis: 国勢調査}",
        "{value: 8902, as_of: 2024-11-01, basis: 推計人口}",
    )
    problem = _only(_rules(project_dir), "people.populations")
    assert problem.severity == "warning"
    assert problem.key_path == "members[4].population.as_of"
    assert _at(problem, "members.yaml", _line(project_dir, "members.yaml", "value: 30708"))
    assert "中井町（令和6年11月1日 推計人口）" in problem.message.ja
    _edit(
        project_dir,
        "costs.yaml",
        "  guarantee: {min_saving: 0.3}\n",
        "  guarantee: {min_saving: 0.3}\n  mixed_population_reason: 中井町は最新の推計人口による\n",
    )
    assert _rules(project_dir) == []


def test_a_placeholder_in_content(project_dir: Path) -> None:
    _edit(
        project_dir,
        "ordinances/kumiai-kiyaku.yaml",
        "style: municipal\n",
        "number: 平成22年神奈川県指令市第○号\nstyle: municipal\n",
    )
    problem = _only(_rules(project_dir), "wording.placeholders")
    assert problem.key_path == "ordinances[0].number"
    assert problem.location.line == _line(
        project_dir, "ordinances/kumiai-kiyaku.yaml", "number: 平成"
    )
    assert "第○" in problem.message.ja


def test_role_marks_are_not_placeholders(project_dir: Path) -> None:
    assert not [p for p in _rules(project_dir) if "placeholders" in p.message.en]


def test_enforcement_before_the_draft_date(project_dir: Path) -> None:
    _edit(
        project_dir,
        "ordinances/samukawa-denshi-keisan.yaml",
        "enforcement: 2027-04-01",
        "enforcement: 2026-04-01",
    )
    problem = _only(_rules(project_dir), "wording.enforcement")
    assert problem.key_path == "ordinances[2].enforcement"
    assert problem.location.file.endswith("samukawa-denshi-keisan.yaml")
    assert _at(problem, "project.yaml", _line(project_dir, "project.yaml", "  date: 2026-11-20"))
    assert "令和8年4月1日" in problem.message.ja


def test_phase_without_the_vendor_its_tasks_give(project_dir: Path) -> None:
    _edit(
        project_dir,
        "schedule.yaml",
        "roles: {secretariat: ◎, departments: ◎, vendor: ◎}}",
        "roles: {decision_body: △, secretariat: ◎, departments: ◎}}",
    )
    problems = [p for p in _rules(project_dir) if "phase_roles" in p.message.en]
    vendor = next(p for p in problems if "ベンダ" in p.message.ja)
    assert vendor.key_path == "schedule.phases[2].roles"
    assert _at(
        vendor, "schedule.yaml", _line(project_dir, "schedule.yaml", "システム設計・環境設定")
    )
    idle = next(p for p in problems if "意思決定機関" in p.message.ja)
    assert idle.key_path == "schedule.phases[2].roles.decision_body"


def test_warnings_print_and_pass_unless_strict(project_dir: Path) -> None:
    _edit(
        project_dir,
        "members.yaml",
        "{value: 8902, as_of: 2020-10-01, basis: 国勢調査}",
        "{value: 8902, as_of: 2024-11-01, basis: 推計人口}",
    )
    content = str(project_dir / "content")
    loose = CliRunner().invoke(cli, ["--lang", "en", "validate", "--content", content])
    assert loose.exit_code == 0
    assert "members[4].population.as_of: warning: populations have different dates" in loose.output
    strict = CliRunner().invoke(cli, ["validate", "--strict", "--content", content])
    assert strict.exit_code == 1
    assert "members.yaml:" in strict.output and "警告: 人口の基準日" in strict.output
    assert "0件の誤りと1件の警告" in strict.output


def test_build_strict_refuses_warnings(project_dir: Path) -> None:
    content = str(project_dir / "content")
    output = str(project_dir / "output")
    first = CliRunner().invoke(cli, ["build", "sla", "--content", content, "--output", output])
    assert first.exit_code == 0, first.output
    _edit(
        project_dir,
        "members.yaml",
        "{value: 8902, as_of: 2020-10-01, basis: 国勢調査}",
        "{value: 8902, as_of: 2024-11-01, basis: 推計人口}",
    )
    strict = CliRunner().invoke(
        cli, ["build", "sla", "--strict", "--content", content, "--output", output]
    )
    assert strict.exit_code == 1
    assert "people.populations" in strict.output


def test_a_member_joining_later_is_not_a_party(project_dir: Path) -> None:
    path = project_dir / "content" / "bylaws.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[-1].startswith("    parties: [hayama")  # the 基本合意書's parties
    path.write_text("".join(lines[:-1]), encoding="utf-8")  # every member, 愛川町 included
    problem = _only(_rules(project_dir), "people.membership")
    assert problem.severity == "warning"
    assert problem.key_path == "bylaws.agreement.enacted"
    assert problem.location.line == _line(project_dir, "bylaws.yaml", "enacted: 2026-12-18")
    assert _at(problem, "members.yaml", _line(project_dir, "members.yaml", "{group: 後続"))
    assert (
        "令和8年12月18日" in problem.message.ja
        and "愛川町の加入は令和11年4月1日" in problem.message.ja
    )


def test_a_later_member_listed_among_the_parties(project_dir: Path) -> None:
    _edit(
        project_dir,
        "bylaws.yaml",
        "yugawara, kiyokawa]   # 愛川町は令和11年4月加入予定（加入前の文書の当事者ではない）\n"
        "  union_rules",
        "yugawara, kiyokawa, aikawa]\n  union_rules",
    )
    problem = _only(_rules(project_dir), "people.membership")
    assert problem.key_path == "bylaws.establishment.parties[13]"
    assert "設置要綱（令和8年4月1日）" in problem.message.ja


def test_a_synonym_of_the_member_term(project_dir: Path) -> None:
    """「構成町村」 where consortium.terms.member is 「構成団体」: located at the text and at the
    term."""
    _edit(project_dir, "targets.yaml", "policy: 構成団体は", "policy: 構成町村は")
    problem = _only(_rules(project_dir), "wording.terms")
    assert problem.severity == "warning"
    assert problem.key_path == "targets.policy"
    assert problem.location.line == _line(project_dir, "targets.yaml", "policy: 構成町村は")
    assert _at(problem, "consortium.yaml", _line(project_dir, "consortium.yaml", "  terms: {"))
    assert "「構成町村」は定義語「構成団体」" in problem.message.ja


def test_a_synonym_of_the_ceiling_term(project_dir: Path) -> None:
    """The sample's ceiling is the 提案上限額; 「予定価格」 in content text is another word for it
    (the 価格点 formula chosen by price_formula is a choice, not wording)."""
    _edit(
        project_dir,
        "procurement.yaml",
        "    - 組合又は構成団体の入札参加資格者名簿に登載されていること。",
        "    - 組合又は構成団体の入札参加資格者名簿に登載されていること。\n"
        "    - 提案価格が予定価格を超えないこと。",
    )
    problem = _only(_rules(project_dir), "wording.terms")
    assert problem.key_path == "procurement.qualifications[2]"
    assert "「予定価格」は定義語「提案上限額」" in problem.message.ja


def test_the_term_chosen_in_content_is_not_a_synonym(project_dir: Path) -> None:
    """A consortium that says 「構成市町村」 everywhere and names it its term has no warning;
    without the term it has one per text."""
    folder = project_dir / "content"
    # every 構成団体 written as wording (not the 〔構成団体〕 placeholder, not items_from's choice)
    wording = re.compile(r"(?<!〔)(?<!items_from: )構成団体")
    for path in folder.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(wording.sub("構成市町村", text), encoding="utf-8")
    assert _rules(project_dir) == []
    _edit(project_dir, "consortium.yaml", "{member: 構成市町村,", "{member: 構成団体,")
    found = [p for p in _rules(project_dir) if "wording.terms" in p.message.ja]
    assert len(found) > 20 and all(
        "「構成市町村」は定義語「構成団体」" in p.message.ja for p in found
    )


def test_a_secretariat_away_from_the_office(project_dir: Path) -> None:
    """A 事務局 placed in 葉山町 while the 事務所 is in 横浜市: located at both values."""
    _edit(
        project_dir,
        "consortium.yaml",
        "    head: 事務局長\n",
        "    head: 事務局長\n    host: hayama\n",
    )
    problem = _only(_rules(project_dir), "people.secretariat")
    assert problem.severity == "warning"
    assert problem.key_path == "consortium.secretariat.host"
    assert problem.location.line == _line(project_dir, "consortium.yaml", "host: hayama")
    assert _at(problem, "consortium.yaml", _line(project_dir, "consortium.yaml", "address: 横浜市"))
    assert (
        "事務局を葉山町に置くとしていますが、事務所は横浜市中区山下町75番地" in problem.message.ja
    )


def test_a_secretariat_in_the_member_where_the_office_is(project_dir: Path) -> None:
    _edit(
        project_dir,
        "consortium.yaml",
        "    head: 事務局長\n",
        "    head: 事務局長\n    host: hayama\n",
    )
    _edit(
        project_dir,
        "consortium.yaml",
        "address: 横浜市中区山下町75番地",
        "address: 三浦郡葉山町堀内2135番地",
    )
    assert [p for p in _rules(project_dir) if "people.secretariat" in p.message.ja] == []


def test_a_renewal_step_past_the_contract_end(project_dir: Path) -> None:
    # the data handover starts 8 months before the contract's last month 令和15年3月 (令和14年7月):
    # 10 months run to 令和15年4月, one month past the contract
    _edit(
        project_dir,
        "migration.yaml",
        "months_before_end: 8, months: 8}",
        "months_before_end: 8, months: 10}",
    )
    problem = _only(_rules(project_dir), "schedule.contract_renewal")
    assert problem.severity == "error"
    assert problem.key_path == "migration.renewal[6].months"
    assert _at(problem, "procurement.yaml", _line(project_dir, "procurement.yaml", "contract_end:"))
    assert "令和15年4月まで続き" in problem.message.ja
    assert "令和15年3月31日" in problem.message.ja


def test_renewal_steps_out_of_order_and_before_the_last_go_live(project_dir: Path) -> None:
    # 52 months before 令和15年3月 (2033-03) is 2028-11 (令和10年11月), before 愛川町's go-live
    # 令和11年4月; and the step now starts before the one above it
    _edit(
        project_dir,
        "migration.yaml",
        "months_before_end: 24, months: 3}",
        "months_before_end: 52, months: 3}",
    )
    problems = [p for p in _rules(project_dir) if "schedule.contract_renewal" in p.message.ja]
    order = next(p for p in problems if p.severity == "error")
    assert order.key_path == "migration.renewal[1].months_before_end"
    assert "より早く始まります" in order.message.ja
    assert not [p for p in problems if p.severity == "warning"]  # the first step still follows
    _edit(
        project_dir,
        "migration.yaml",
        "months_before_end: 30, months: 6}",
        "months_before_end: 53, months: 6}",
    )
    problems = [p for p in _rules(project_dir) if "schedule.contract_renewal" in p.message.ja]
    late = next(p for p in problems if p.severity == "warning")
    assert late.key_path == "migration.renewal[0].months_before_end"
    assert "（令和10年10月）が、最後の本稼働（令和11年4月）より前" in late.message.ja
    assert _at(late, "schedule.yaml", _line(project_dir, "schedule.yaml", "{member: aikawa,"))


def test_a_renewal_procurement_shorter_than_this_one(project_dir: Path) -> None:
    # this procurement took 8 months: RFI 令和9年2月1日 to the contract start 令和9年10月1日.
    # The sample's renewal gives 12 (令和13年7月 to the contract step's 令和14年6月); starting the
    # RFI, specification and selection steps 10 months before 令和15年3月 (in 令和14年5月, one
    # month each) leaves 令和14年5月～令和14年6月
    for old, new in (
        ("months_before_end: 20, months: 2,", "months_before_end: 10, months: 1,"),
        ("months_before_end: 18, months: 4,", "months_before_end: 10, months: 1,"),
        ("months_before_end: 12, months: 3,", "months_before_end: 10, months: 1,"),
    ):
        _edit(project_dir, "migration.yaml", old, new)
    problem = _only(_rules(project_dir), "schedule.contract_renewal")
    assert problem.severity == "warning"
    assert problem.key_path == "migration.renewal[2].months_before_end"
    assert "（令和14年5月～令和14年6月）は2か月" in problem.message.ja
    assert "8か月を要しました" in problem.message.ja
    rfi = _line(project_dir, "procurement.yaml", "{name: 情報提供依頼の公表, kind: 公表")
    assert _at(problem, "procurement.yaml", rfi)


def test_one_grade_step_outweighs_the_stated_share_of_price(project_dir: Path) -> None:
    # 90 points graded A–E in steps of 0.25: one step is 22.5 points, 5% of 400 is 20
    _edit(
        project_dir,
        "procurement.yaml",
        "- name: 契約期間全体の費用の内訳\n            points: 50",
        "- name: 契約期間全体の費用の内訳\n            points: 90",
    )
    _edit(
        project_dir,
        "procurement.yaml",
        "- name: 制度改正への対応の考え方\n            points: 50",
        "- name: 制度改正への対応の考え方\n            points: 10",
    )
    problem = _only(_rules(project_dir), "scoring.grade_step")
    assert problem.severity == "warning"
    assert problem.key_path == "procurement.evaluation.items[4].sub_items[0].points"
    assert (
        problem.location.line
        == _line(project_dir, "procurement.yaml", "契約期間全体の費用の内訳") + 1
    )
    assert _at(
        problem, "procurement.yaml", _line(project_dir, "procurement.yaml", "max_grade_step_share:")
    )
    assert _at(problem, "procurement.yaml", _line(project_dir, "procurement.yaml", "price_points:"))
    assert "22.5点" in problem.message.ja and "5%（20点）" in problem.message.ja
    assert "worth 22.5 points" in problem.message.en


def test_a_grade_step_below_the_share_passes(project_dir: Path) -> None:
    # the sample's largest graded unit is 50 points: 12.5 points < 20
    _edit(
        project_dir, "procurement.yaml", "max_grade_step_share: 0.05", "max_grade_step_share: 0.04"
    )
    assert not [p for p in _rules(project_dir) if "scoring.grade_step" in p.message.ja]
    _edit(
        project_dir, "procurement.yaml", "max_grade_step_share: 0.04", "max_grade_step_share: 0.03"
    )
    found = [p for p in _rules(project_dir) if "scoring.grade_step" in p.message.ja]
    assert len(found) == 6  # every 50-point sub-item: 12.5 ≥ 12


def test_a_establishment_founding_the_union_that_exists(project_dir: Path) -> None:
    """40 sets up a body in 令和8年 'for founding the 一部事務組合' that has been in force since
    平成23年 (review: documents contradict each other)."""
    item = "          - 構成団体の移行時期及び現行システムの更新時期の調整に関すること。\n"
    _edit(project_dir, "bylaws.yaml", item, "          - 一部事務組合の設立に関すること。\n")
    problem = _only(_rules(project_dir), "documents.founded")
    assert problem.severity == "error"
    assert problem.key_path == "bylaws.establishment.articles[1].items[4]"
    assert _at(problem, "bylaws.yaml", _line(project_dir, "bylaws.yaml", "一部事務組合の設立"))
    assert _at(problem, "consortium.yaml", _line(project_dir, "consortium.yaml", "established:"))
    assert "平成23年4月1日に設立されています" in problem.message.ja
    assert "founding 一部事務組合" in problem.message.en


def test_a_establishment_setting_up_the_union_itself(project_dir: Path) -> None:
    """Without a name of its own the 要綱's body is the consortium: a 組合 a 要綱 cannot found."""
    _edit(project_dir, "bylaws.yaml", "    name: 神奈川県町村情報システム共同化推進協議会\n", "")
    problem = _only(_rules(project_dir), "documents.founded")
    assert problem.key_path == "bylaws.establishment"
    assert "神奈川県町村情報システム共同事業組合そのものを設置しています" in problem.message.ja
    assert _at(problem, "consortium.yaml", _line(project_dir, "consortium.yaml", "established:"))


def test_a_council_may_plan_the_union_it_founds_later(project_dir: Path) -> None:
    """A 協議会 set up before its 一部事務組合 is founded may be tasked with founding it."""
    item = "          - 構成団体の移行時期及び現行システムの更新時期の調整に関すること。\n"
    _edit(project_dir, "bylaws.yaml", item, "          - 一部事務組合の設立に関すること。\n")
    _edit(project_dir, "consortium.yaml", "  established: 2011-04-01", "  established: 2027-04-01")
    assert not [p for p in _rules(project_dir) if "documents.founded" in p.message.ja]
