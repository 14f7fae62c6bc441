"""Membership at a document's date (issue 10 item 1): a member that joins after the date of a
document is not one of its 構成団体 — not counted, not listed, not on the 選定委員会 — and the
document names it as 「令和11年4月加入予定」 from its joining date in content.

The sample's 愛川町 joins on 令和11年4月1日; every document is dated before. A 任意協議会 of three
(tests/fixtures/minimal) whose 阿南町 joins two years after the others does likewise.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from gendocs.compute.documents import members_at
from gendocs.load import load_content
from gendocs.pipeline import build
from gendocs.validate import validate
from tests.conftest import SAMPLE_CONTENT, copy_project, project_in
from tests.doctypes.helpers import edit_once, squeeze
from tests.realclient import docx_text

MINIMAL = Path(__file__).resolve().parents[1] / "fixtures" / "minimal" / "content"
NAMES = [
    "plan",
    "survey_report",
    "procurement_plan",
    "rfi",
    "procurement_spec",
    "rfp",
    "evaluation",
]
SAMPLE_FIRST = (
    "葉山町、寒川町、大磯町、二宮町、中井町、大井町、松田町、山北町、開成町、箱根町、真鶴町、"
    "湯河原町及び清川村"
)


def _texts(folder: Path) -> dict[str, str]:
    paths = build(project_in(folder), NAMES)
    return {name: squeeze(docx_text(path)) for name, path in zip(NAMES, paths, strict=True)}


def test_the_sample_counts_only_the_members_at_each_date(tmp_path: Path) -> None:
    texts = _texts(copy_project(tmp_path))
    defined = f"{SAMPLE_FIRST}の13団体（以下「構成団体」という。）並びに令和11年4月加入予定の愛川町"
    for name in ("procurement_plan", "rfi", "rfp", "evaluation"):
        assert defined in texts[name], name
    for name, text in texts.items():
        assert "14団体（以下" not in text and "愛川町及び清川村" not in text, name
    # the 評価基準書: the 選定委員会 is made of the 構成団体 (the 13), and 愛川町 appears only
    # as 加入予定
    evaluation = texts["evaluation"]
    assert "組合事務局長及び構成団体の情報主管課長をもって組織する事業者選定委員会" in evaluation
    assert evaluation.count("愛川町") == evaluation.count("令和11年4月加入予定の愛川町") == 1
    # the 仕様書 defines 構成団体 as 13 and names 愛川町 as joining
    spec = texts["procurement_spec"]
    assert (
        "組合を組織し、本サービスを利用する13団体（別紙2。令和11年4月加入予定の愛川町は、"
        "加入の日から構成団体となる。）" in spec
    )
    assert (
        f"本サービスを利用する団体は、{SAMPLE_FIRST}の13団体並びに令和11年4月加入予定の愛川町とする。"
        in spec
    )
    # the 端末数 (愛川町's included) are not the 構成団体's alone
    for name in ("rfi", "rfp"):
        assert "1,597台（構成団体及び令和11年4月加入予定の愛川町の合計）" in texts[name], name
    assert "本サービスを利用する端末数は、これらの団体の合計で1,597台とする。" in spec
    assert "団体ごとの利用業務、端末数及び本稼働の時期" in texts["procurement_plan"]
    assert (
        "構成団体及び令和11年4月加入予定の愛川町の14団体に現行システム概要調査"
        in texts["survey_report"]
    )
    plan = texts["plan"]
    assert "本計画の構成団体は、次の13団体とし、令和11年4月加入予定の愛川町を併せて示す。" in plan
    assert "後続（令和11年4月加入予定）" in plan


def test_the_joining_date_decides() -> None:
    """愛川町 is a 構成団体 from its joining date (令和11年4月1日) on, not the day before; the
    先行 members are members whatever the date."""
    content = validate(load_content(SAMPLE_CONTENT))
    before, joining = members_at(content, date(2029, 3, 31))
    assert (len(before), [m.name for m in joining]) == (13, ["愛川町"])
    on, joining = members_at(content, date(2029, 4, 1))
    assert (len(on), joining) == (14, ())
    assert len(members_at(content, date(2000, 1, 1))[0]) == 13


def test_a_member_joining_two_years_later_in_a_small_council(tmp_path: Path) -> None:
    shutil.copytree(MINIMAL, tmp_path / "content")
    # 阿南町 joins on 令和10年4月1日, two years after the others
    old = "as_of: 2023-01-01, basis: 推計人口}\n  joining: {group: 先行, date: 2026-04-01}"
    edit_once(tmp_path, "members.yaml", (old, old.replace("先行, date: 2026", "後続, date: 2028")))
    texts = _texts(tmp_path)
    defined = "高森町及び松川町の2団体（以下「構成団体」という。）並びに令和10年4月加入予定の阿南町"
    for name in ("procurement_plan", "rfi", "rfp", "evaluation"):
        assert defined in texts[name], name
    assert (
        "本計画の構成団体は、次の2団体とし、令和10年4月加入予定の阿南町を併せて示す。"
        in texts["plan"]
    )
    assert "3団体（以下" not in "".join(texts.values())
