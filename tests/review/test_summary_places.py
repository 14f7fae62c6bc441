"""The change summary names where a change sits: 条・項・号, table row and column, its sentence."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from docx import Document

from gendocs.review.places import LegalPlace
from gendocs.review.redline import redline
from tests.review.helpers import gendocs, git, make_repo


def test_the_place_follows_articles_paragraphs_and_items() -> None:
    place = LegalPlace()
    seen = []
    for text in (
        "（設置）",  # before the first 条: nothing
        "第1条　次に掲げる町村は",
        "(1)　高森町",
        "第3条　協議会は",
        "2　会長は",
        "3　委員は",
        "（２）　松川町長",
        "第十二条の二　組合は",
        "二　前号",
    ):
        place.follow(text)
        seen.append(place.name)
    assert seen == [
        "",
        "第1条第1項",
        "第1条第1項第1号",
        "第3条第1項",
        "第3条第2項",
        "第3条第3項",
        "第3条第3項第２号",
        "第十二条の二第一項",
        "第十二条の二第一項第二号",
    ]
    place.leave()
    place.follow("2　本文")  # after a heading, a number is no 項
    assert place.name == ""


def test_the_summary_names_the_article_the_cell_and_the_sentence(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "consortium")
    bylaws = repo / "content" / "bylaws.yaml"
    bylaws.write_text(
        bylaws.read_text(encoding="utf-8").replace(
            "管理者及び副管理者の任期は、2年とする。", "管理者及び副管理者の任期は、4年とする。"
        ),
        encoding="utf-8",
    )
    members = repo / "content" / "members.yaml"
    members.write_text(
        members.read_text(encoding="utf-8").replace("value: 48348,", "value: 48400,"),
        encoding="utf-8",
    )
    costs = repo / "content" / "costs.yaml"
    costs.write_text(
        costs.read_text(encoding="utf-8").replace("amount: 150000000}", "amount: 150000300}"),
        encoding="utf-8",
    )
    git(repo, "commit", "-q", "-am", "任期と人口", "--date", "2026-11-25T09:00:00+0900")

    result = gendocs("diff", "-d", "union_rules", "-d", "plan", "HEAD~1", "HEAD", cwd=repo)

    assert result.returncode == 0, result.stderr
    summary = next((repo / "output" / "diff").rglob("変更概要.md")).read_text(encoding="utf-8")
    # 組合の執行機関 is the 8th article of the 規約 (after 第5条 情報セキュリティ); the term is
    # its 3rd paragraph
    assert (
        "| 第8条第3項 | 本文 | 「2」→「4」（…管理者及び副管理者の任期は、4年とする。…） |"
        in summary
    ), summary
    # the table cell with its row (寒川町) and column (人口（人）) headings
    assert "寒川町／人口（人）: 「48,348」→「48,400」" in summary, summary
    assert "一部事務組合規約: 変更あり（第8条第3項）" in result.stdout
    # the total of a cost item, stated in 7.5's numbered list: under 7.5, with its item's words
    rows = [line for line in summary.splitlines() if "「150,000,000」→「150,000,300」" in line]
    assert any(
        r.startswith("| 7 費用対効果 › 7.5 費用項目ごとの分担 | 本文 | ")
        and "環境構築）（人口割、総額150,000,300円）" in r
        for r in rows
    ), rows


def _document(*paragraphs: tuple[str, str]) -> bytes:
    document = Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_heading_s_own_change_is_placed_under_that_heading() -> None:
    """A heading that states a figure: its change belongs under it, not under the one before."""
    old = _document(
        ("Heading 1", "1 費用"),
        ("Heading 2", "（1）導入費用（総額150,000,000円）"),
        ("Normal", "本文"),
    )
    new = _document(
        ("Heading 1", "1 費用"),
        ("Heading 2", "（1）導入費用（総額150,000,300円）"),
        ("Normal", "本文"),
    )
    (change,) = redline(old, new, "事務局", datetime(2026, 12, 5)).changes
    assert change.section == "1 費用 › （1）導入費用（総額150,000,300円）", change
