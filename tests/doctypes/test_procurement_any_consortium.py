"""Nothing about the sample consortium is written into the procurement templates or code.

The sample model is turned into another consortium (a 協議会 of four 市町村, or two hundred
members scoring separately) and the documents are rendered from it: no trace of the sample may
remain, and lists and weights follow the members, however many there are.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from gendocs.compute import Facts
from gendocs.doctypes import select
from gendocs.incremental.tracking import Reads
from gendocs.load import load_content
from gendocs.model import Content
from gendocs.model.procurement import Weighting
from gendocs.pipeline import load_and_prepare, render_document
from gendocs.project import find_project
from gendocs.validate import validate

REPO = Path(__file__).resolve().parents[2]
NAMES = ["procurement_plan", "rfi", "procurement_spec", "rfp", "evaluation"]
WORDS = {
    "神奈川県町村情報システム共同事業組合": "南信州自治体クラウド推進協議会",
    "構成町村": "構成市町村",
    "組合": "協議会",
    "神奈川": "長野",
}
NEW_NAMES = ["飯田市", "松川町", "高森町", "阿智村"]


def rewrite(value: Any, change: Callable[[str], str]) -> Any:
    """Apply ``change`` to every string in a model object."""
    if isinstance(value, str):
        return change(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(
            value,
            **{
                f.name: rewrite(getattr(value, f.name), change)
                for f in dataclasses.fields(value)
                if f.init
            },
        )
    if isinstance(value, tuple):
        return tuple(rewrite(v, change) for v in value)
    if isinstance(value, dict):
        return {k: rewrite(v, change) for k, v in value.items()}
    return value


def other_words(text: str) -> str:
    """The sample's words for the consortium replaced by another consortium's."""
    for old, new in WORDS.items():
        text = text.replace(old, new)
    return text


def with_members(
    content: Content,
    members: list[Any],
    usage: list[Any],
    migrations: list[Any],
    weights: Weighting,
) -> Content:
    """``content`` with other members, their use and go-live months, and a weighting."""
    proc = content.procurement
    evaluation = dataclasses.replace(proc.evaluation, member_weights=weights)
    return dataclasses.replace(
        content,
        members=tuple(members),
        systems=dataclasses.replace(content.systems, usage=tuple(usage)),
        schedule=dataclasses.replace(content.schedule, migrations=tuple(migrations)),
        procurement=dataclasses.replace(proc, evaluation=evaluation),
    )


def render(content: Content, tmp_path: Path) -> dict[str, Any]:
    """Render each procurement document in memory; return python-docx documents.

    The consortia made here have no cost survey for their new members, so no facts can be
    computed from them: the procurement documents read no computed fact (checked below), and the
    sample's facts stand in for them.
    """
    project = find_project(tmp_path)
    documents = {}
    for doctype in select(NAMES):
        fact_reads: Reads = {}
        output = render_document(project, doctype, content, _sample_facts(), {}, fact_reads)
        assert fact_reads == {}, f"{doctype.name} reads computed facts: {list(fact_reads)}"
        documents[doctype.name] = Document(io.BytesIO(output.data))
    return documents


@functools.cache
def _sample_facts() -> Facts:
    return load_and_prepare(find_project(REPO)).facts


def text_of(document: Any) -> str:
    """Paragraph and cell text without white space, each paragraph or cell ending in 「|」."""
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return re.sub(r"\s+", "", "|".join(parts))


@pytest.fixture(scope="module")
def sample() -> Content:
    """The sample consortium."""
    return validate(load_content(REPO / "content"))


@pytest.fixture(scope="module")
def four(sample: Content, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A 協議会 of four members, scoring separately by population."""
    content = rewrite(sample, other_words)
    kept = content.members[:4]
    members = [dataclasses.replace(m, name=n) for m, n in zip(kept, NEW_NAMES, strict=True)]
    ids = {m.id for m in kept}
    content = with_members(
        content,
        members,
        [u for u in content.systems.usage if u.member in ids],
        [m for m in content.schedule.migrations if m.member in ids],
        "人口比",
    )
    docs = render(content, tmp_path_factory.mktemp("four"))
    return {name: text_of(doc) for name, doc in docs.items()}


@pytest.mark.parametrize("name", NAMES)
def test_no_trace_of_the_sample_consortium_remains(
    four: dict[str, str], sample: Content, name: str
) -> None:
    text = four[name]
    assert "南信州自治体クラウド推進協議会" in text
    for word in ("神奈川", "組合", "構成町村"):
        assert word not in text, word
    for member in sample.members:
        assert member.name not in text, member.name
    assert "飯田市、松川町、高森町及び阿智村" in text


def test_four_members_are_counted_as_four(four: dict[str, str]) -> None:
    assert "飯田市、松川町、高森町及び阿智村の4団体" in four["procurement_spec"]
    assert "協議会を組織し、本サービスを利用する4団体" in four["procurement_spec"]


def test_population_weights_of_four_members_add_up_to_100_percent(
    four: dict[str, str], sample: Content
) -> None:
    text = four["evaluation"]
    assert "構成団体の人口の比による次の重みを乗じて合計する" in text
    weights = re.findall(r"(?:飯田市|松川町|高森町|阿智村)\|[\d,]+\|(\d+\.\d)%", text)
    assert len(weights) == 4
    assert sum(Decimal(w) for w in weights) == 100


def test_two_hundred_members_fill_the_annex_and_share_equal_weights(
    sample: Content, tmp_path: Path
) -> None:
    base, usage, go_live = sample.members[0], sample.systems.usage[0], sample.schedule.migrations[0]
    members, uses, migrations = [], [], []
    for i in range(1, 201):
        member_id = f"m{i:03d}"
        population = dataclasses.replace(base.population, value=1000 + 37 * i)
        members.append(
            dataclasses.replace(base, id=member_id, name=f"第{i}町", population=population)
        )
        uses.append(dataclasses.replace(usage, member=member_id, terminals=10 + i))
        migrations.append(dataclasses.replace(go_live, member=member_id))
    content = with_members(sample, members, uses, migrations, "均等")
    docs = render(content, tmp_path)
    annex = [
        t
        for t in docs["procurement_spec"].tables
        if t.rows[0].cells[0].text == "No" and "利用しない業務" in [c.text for c in t.rows[0].cells]
    ]
    assert len(annex) == 1 and len(annex[0].rows) == 201
    text = text_of(docs["evaluation"])
    weights = re.findall(r"第\d+町\|(\d+\.\d)%", text)
    assert weights == ["0.5"] * 200
    # equal weights: the population plays no part, so no population column
    assert "人口（人）" not in text and not re.search(r"第\d+町\|[\d,]+\|", text)
    assert f"端末数の合計は{sum(10 + i for i in range(1, 201)):,}台" in text_of(
        docs["procurement_spec"]
    )
    assert "第1町、第2町" in text and "第199町及び第200町の200団体" in text


def test_a_tender_with_a_contract_per_member_says_so(sample: Content, tmp_path: Path) -> None:
    proc = sample.procurement
    evaluation = dataclasses.replace(proc.evaluation, price_formula="配分×最低提案価格÷提案価格")
    content = dataclasses.replace(
        sample,
        procurement=dataclasses.replace(
            proc, method="総合評価一般競争入札", contract_form="団体別契約", evaluation=evaluation
        ),
    )
    texts = {name: text_of(doc) for name, doc in render(content, tmp_path).items()}
    assert "総合評価落札方式による一般競争入札とする" in texts["procurement_plan"]
    assert "団体別契約（構成団体ごとに締結する）" in texts["procurement_plan"]
    # the 仕様書 is written in である, the RFP addresses vendors in です・ます (issue 11 item 2)
    for name, ending in (("procurement_spec", "する"), ("rfp", "します")):
        assert f"契約は、構成団体ごとに締結{ending}。" in texts[name]
        assert "一括して締結" not in texts[name]
    for name in ("rfp", "evaluation"):
        assert f"価格点＝{proc.evaluation.price_points:,}点×最低提案価格÷提案価格" in texts[name]
