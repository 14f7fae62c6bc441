"""gendocs validate finds every seeded mistake in one run, each with file:line:col."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gendocs.errors import ContentError
from gendocs.load import load_content
from gendocs.model import Content
from gendocs.validate import validate
from gendocs.validate.jsonschema import reference_markdown
from gendocs.validate.schema import schema_for
from tests.conftest import problems_after_edit

# (file, text to replace, replacement, key path reported, fragment of the Japanese message
#  [, text on the line where the problem is reported, when that is not the changed line])
MISTAKES = [
    (
        "members.yaml",
        "value: 27334,",
        "value: 約2万,",
        "members[3].population.value",
        "整数が必要です（「約2万」が書かれています）",
    ),
    (
        "consortium.yaml",
        "form: 一部事務組合 ",
        "form: 組合 ",
        "consortium.form",
        "次のいずれかが必要です",
    ),
    (
        "schedule.yaml",
        'start: "2026-05", end: "2026-08"',
        'start: "2026-05", end: "2026-03"',
        "schedule.tasks[1].end",
        "開始（2026-05）より後",
    ),
    (
        "schedule.yaml",
        'name: 推進体制の立ち上げ（設置要綱の策定）, start: "2026-04"',
        'name: 推進体制の立ち上げ（設置要綱の策定）, start: "2026-02"',
        "schedule.tasks[0].start",
        "フェーズ「計画立案」の期間",
    ),
    (
        "costs.yaml",
        "{basis: 人口割, weight: 0.6}",
        "{basis: 人口割, weight: 0.5}",
        "costs.items[2].shares",
        "比重の合計は 1 である必要があります（合計 0.9 です）",
    ),
    (
        "sla.yaml",
        "availability: 99.5\n",
        "availability: 120\n",
        "sla.availability",
        "100以下が必要です",
    ),
    (
        "procurement.yaml",
        "name: 機能要件への適合, points: 200",
        "name: 機能要件への適合, points: 210",
        "procurement.evaluation.total_points",
        "満点1000点と一致しません",
        "total_points: 1000",
    ),
    (
        "systems.yaml",
        "{member: nakai, terminals: 49,",
        "{member: nakai, terminals: 0,",
        "systems.usage[4].terminals",
        "1以上が必要です",
    ),
    (
        "consortium.yaml",
        "lead: samukawa}",
        "lead: samukawaa}",
        "consortium.working_groups[0].lead",
        "識別子「samukawaa」がありません",
    ),
    (
        "plan.yaml",
        "  title: 自治体クラウド導入計画書\n",
        "  title: 自治体クラウド導入計画書\n  titel: 計画\n",
        "plan.titel",
        "この名前のキーはありません",
    ),
]


def _seed(content: Path) -> list[tuple[str, int, int]]:
    """Apply every mistake; return the (file, line, last column) of the changed text's last line."""
    places = []
    for file, old, new, _path, _fragment, *at in MISTAKES:
        path = content / file
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"the sample changed: {old!r} not found once in {file}"
        start = text.index(old)
        text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")
        end = text.index(at[0]) + len(at[0]) if at else start + len(new.rstrip("\n"))
        line = text.count("\n", 0, end) + 1
        places.append((file, line, end - text.rfind("\n", 0, end)))
    return places


def test_ten_seeded_mistakes_are_all_reported_with_their_place(project_dir: Path) -> None:
    places = _seed(project_dir / "content")
    with pytest.raises(ContentError) as caught:
        validate(load_content(project_dir / "content"))
    problems = caught.value.problems
    assert len(problems) == len(MISTAKES)
    for (file, _old, _new, key_path, fragment, *_at), (_f, line, col) in zip(
        MISTAKES, places, strict=True
    ):
        (problem,) = [p for p in problems if p.key_path == key_path]
        assert problem.location.file.endswith(file)
        assert problem.location.line == line
        assert 1 <= problem.location.col <= col
        assert fragment in problem.message.ja


def test_the_sample_content_is_valid(project_dir: Path) -> None:
    content = validate(load_content(project_dir / "content"))
    assert len(content.members) == 14
    assert content.consortium.name == "神奈川県町村情報システム共同事業組合"


def test_population_must_be_positive_and_dated(project_dir: Path) -> None:
    members = project_dir / "content" / "members.yaml"
    text = members.read_text(encoding="utf-8")
    text = text.replace("value: 2858, as_of: 2020-10-01,", "value: -5,")
    members.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        validate(load_content(project_dir / "content"))
    messages = {p.key_path: p.message.ja for p in caught.value.problems}
    assert "1以上が必要です" in messages["members[13].population.value"]
    assert "必須の項目がありません" in messages["members[13].population.as_of"]


def test_money_must_be_integer_yen(project_dir: Path) -> None:
    costs = project_dir / "content" / "costs.yaml"
    text = costs.read_text(encoding="utf-8").replace("amount: 150000000}", "amount: 150000000.5}")
    costs.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        validate(load_content(project_dir / "content"))
    (problem,) = caught.value.problems
    assert problem.key_path == "costs.items[0].amounts[0].amount"
    assert "整数が必要です" in problem.message.ja and "円" in problem.message.ja


def test_messages_exist_in_english(project_dir: Path) -> None:
    _seed(project_dir / "content")
    with pytest.raises(ContentError) as caught:
        validate(load_content(project_dir / "content"))
    english = [p.text("en") for p in caught.value.problems]
    assert any("expected a whole number, found '約2万'" in line for line in english)
    assert all(
        not any("\u3040" <= ch <= "\u30ff" for ch in line.split(": ", 2)[-1][:12])
        for line in english
        if "found '約2万'" not in line and "「" not in line
    )


def test_ids_must_be_unique(project_dir: Path) -> None:
    schedule = project_dir / "content" / "schedule.yaml"
    text = schedule.read_text(encoding="utf-8").replace(
        "- {id: plan, phase: p1,", "- {id: survey, phase: p1,"
    )
    schedule.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        validate(load_content(project_dir / "content"))
    (problem,) = caught.value.problems
    assert problem.key_path == "schedule.tasks[2].id"
    assert "識別子「survey」が重複しています（1番目と同じ）" in problem.message.ja


def _leaf_rules(rules: dict[str, Any], path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every field's rules in the cerberus schema, lists' items and mappings' values included."""
    for name, rule in rules.items():
        here = f"{path}.{name}" if path else name
        yield here, rule
        if rule.get("type") == "dict" and "schema" in rule:
            yield from _leaf_rules(rule["schema"], here)
        for key in ("schema", "valuesrules"):
            if rule.get("type") in ("list", "dict") and key in rule and "type" in rule[key]:
                if rule[key]["type"] == "dict" and "schema" in rule[key]:
                    yield from _leaf_rules(rule[key]["schema"], here + "[]")
                else:
                    yield here + "[]", rule[key]


def test_every_number_string_and_list_of_the_model_has_a_maximum() -> None:
    unbounded = []
    for path, rule in _leaf_rules(schema_for(Content)):
        kind = rule.get("type")
        if kind in ("integer", "number") and "allowed" not in rule and "max" not in rule:
            unbounded.append(path)
        if kind in ("string", "list") and "allowed" not in rule and "maxlength" not in rule:
            unbounded.append(path)
        if kind == "dict" and "keysrules" in rule and "maxlength" not in rule:
            unbounded.append(path)
    assert unbounded == []


def test_the_limits_that_keep_documents_sane() -> None:
    schema = schema_for(Content)
    member = schema["members"]["schema"]["schema"]
    assert member["population"]["schema"]["value"]["max"] == 20_000_000
    assert member["name"]["maxlength"] == 100 and member["name"]["single_line"] is True
    # Word's core properties (title, subject, author) hold at most 255 characters
    assert schema["consortium"]["schema"]["name"]["maxlength"] <= 255
    assert schema["plan"]["schema"]["title"]["maxlength"] <= 255
    amount = schema["costs"]["schema"]["items"]["schema"]["schema"]["amounts"]["schema"]["schema"]
    assert amount["amount"]["max"] == 10**13
    background = schema["plan"]["schema"]["background"]
    assert background["maxlength"] == 1000 and background["schema"]["maxlength"] == 2000
    assert background["schema"]["single_line"] is False


def test_a_name_of_200000_characters_is_refused_quickly(project_dir: Path) -> None:
    started = time.perf_counter()
    (problem,) = problems_after_edit(
        project_dir, "members.yaml", "    name: 葉山町\n", "    name: " + "名" * 200_000 + "\n"
    )
    assert time.perf_counter() - started < 10  # it built for 32 s before names had a limit
    assert problem.message.ja == "団体名: 100文字以内が必要です（200,000文字が書かれています）"
    assert (problem.key_path, problem.location.line, problem.location.col) == (
        "members[0].name",
        5,
        11,
    )


@pytest.mark.parametrize(
    ("old", "new", "key_path", "message"),
    [
        (
            "  date: 2026-11-20\n",
            "  date: 2026-11-20 10:00:00\n",
            "project.date",
            "時刻のない日付が必要です（時刻付きの「2026-11-20 10:00:00」が書かれています）",
        ),
        (
            "  edition: 第1.0版\n  date: 2026-11-20",
            '  edition: "第1.0版\\n"\n  date: 2026-11-20',
            "project.edition",
            "版数: 改行やタブのない1行の文字列が必要です（改行かタブが書かれています）",
        ),
        (
            "  date: 2026-11-20\n",
            "  date: 1899-12-31\n",
            "project.date",
            "発行日（文書の日付。docx の作成日時にも使う）: 1900-01-01以上が必要です"
            "（「1899-12-31」が書かれています）",
        ),
    ],
)
def test_dates_and_names_keep_their_shape(
    project_dir: Path, old: str, new: str, key_path: str, message: str
) -> None:
    (problem,) = problems_after_edit(project_dir, "project.yaml", old, new)
    assert (problem.key_path, problem.message.ja) == (key_path, message)


def test_a_section_with_a_refused_value_is_not_cross_checked(project_dir: Path) -> None:
    """A zero-width space makes a member id unreadable; the checks that match ids across files
    would otherwise report that this member has no survey, no usage and no migration."""
    problems = problems_after_edit(
        project_dir, "members.yaml", "  - id: hayama\n", '  - id: "haya\\u200bma"\n'
    )
    assert [p.key_path for p in problems] == ["members[0].id"]


def test_the_cost_allocation_runs_only_on_otherwise_valid_content(project_dir: Path) -> None:
    problems = problems_after_edit(
        project_dir, "costs.yaml", "amount: 150000000}", "amount: 10000000000001}"
    )
    assert [p.key_path for p in problems] == ["costs.items[0].amounts[0].amount"]


def test_the_key_reference_in_docs_is_the_generated_one() -> None:
    """docs/content-reference.md states every limit; regenerate it with
    ``gendocs schema --format markdown > docs/content-reference.md``."""
    reference = Path(__file__).resolve().parent.parent / "docs" / "content-reference.md"
    assert reference.read_text(encoding="utf-8") == reference_markdown()


def test_the_generated_schema_passes_cerberus_check_and_expands_alike() -> None:
    """Builds skip cerberus' check of the generated schema (GeneratedSchema, issue 17): here it
    is made, and the schema a build validates with is the one cerberus checked and expanded."""
    from gendocs.validate import _SCHEMA
    from gendocs.validate.schema import ContentValidator, content_validator

    checked = ContentValidator(_SCHEMA)  # raises cerberus.SchemaError on a bad rule
    assert content_validator(_SCHEMA).schema.schema == checked.schema.schema
