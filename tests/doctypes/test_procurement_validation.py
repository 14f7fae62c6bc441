"""Bad procurement content is a located content error, found before any document is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from gendocs.cli import main
from gendocs.errors import ContentError
from gendocs.load import load_content
from gendocs.validate import validate
from tests.conftest import copy_project
from tests.doctypes.helpers import edit_once, line_in


def copy_with(tmp_path: Path, file: str, old: str, new: str) -> tuple[Path, int]:
    """A copy of the sample content with one edit; returns the folder and the edited line."""
    text = edit_once(copy_project(tmp_path), file, (old, new))
    return tmp_path, line_in(text, new)


def test_points_that_do_not_add_up_stop_the_cli_with_their_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root, _ = copy_with(
        tmp_path,
        "procurement.yaml",
        "name: 機能要件への適合, points: 200",
        "name: 機能要件への適合, points: 210",
    )
    text = (root / "content" / "procurement.yaml").read_text(encoding="utf-8")
    line = text[: text.index("total_points:")].count("\n") + 1
    monkeypatch.chdir(root)
    with pytest.raises(SystemExit) as exited:
        main(["validate"])
    assert exited.value.code == 1
    assert (
        f"content/procurement.yaml:{line}:19: procurement.evaluation.total_points: "
        "配点の合計（技術点610点＋価格点400点＝1010点）が満点1000点と一致しません"
        in capsys.readouterr().err.splitlines()
    )


def test_points_that_do_not_add_up_write_no_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root, _ = copy_with(tmp_path, "procurement.yaml", "total_points: 1000", "total_points: 900")
    monkeypatch.chdir(root)
    with pytest.raises(SystemExit):
        main(["build", "rfp", "evaluation"])
    assert not list(root.glob("output/*.docx"))
    assert "満点900点と一致しません" in capsys.readouterr().err


# (file, old, new, key path reported, fragment of the message); a problem about one value sits on
# the edited line, a problem about a whole list at the list
MISTAKES = [
    (
        "procurement.yaml",
        "{name: 質問の受付期限, kind: 質問期限, date: 2027-06-29}",
        "{name: 質問の受付期限, date: 2027-06-29}",
        "procurement.schedule",
        "種類（kind）が「質問期限」の手続がありません（提案依頼書が日付を引用します）",
    ),
    (
        "procurement.yaml",
        "{name: 情報提供依頼の公表, kind: 公表,",
        "{name: 情報提供依頼の公表, kind: その他,",
        "procurement.rfi.schedule",
        "種類（kind）が「公表」の手続がありません（情報提供依頼書が日付を引用します）",
    ),
    (
        "procurement.yaml",
        "{name: ヒアリング（必要に応じて実施）, kind: 審査,",
        "{name: ヒアリング（必要に応じて実施）, kind: 提出期限,",
        "procurement.rfi.schedule[3].kind",
        "種類「提出期限」の手続が2件あります",
    ),
    (
        "procurement.yaml",
        "{name: 選定結果の通知, kind: 結果通知, date: 2027-09-03}",
        "{name: 選定結果の通知, kind: 結果通知, date: 2027-10-05}",
        "procurement.schedule[6].date",
        "「選定結果の通知」（2027-10-05）が契約期間の開始日（2027-10-01）以後になっています",
    ),
    (
        "procurement.yaml",
        "    fit_item: fit\n",
        "    fit_item: kinou\n",
        "procurement.evaluation.fit_item",
        "評価項目（items）に識別子「kinou」がありません",
    ),
    (
        "procurement.yaml",
        "{mark: ○, meaning: 代替手段（運用）で対応可能, score: 2}",
        "{mark: ◎, meaning: 代替手段（運用）で対応可能, score: 2}",
        "procurement.evaluation.fit_scores[1].mark",
        "区分「◎」が重複しています",
    ),
    (
        "schedule.yaml",
        '{member: aikawa, month: "2029-04"',
        '{member: aikawa, month: "2033-04"',
        "schedule.migrations[12].month",
        "本稼働月 2033-04 が契約期間（2027-10-01〜2033-03-31）の外",
    ),
]


@pytest.mark.parametrize(
    "file, old, new, key_path, fragment", MISTAKES, ids=[m[4][:16] for m in MISTAKES]
)
def test_a_procurement_mistake_is_reported_where_it_is(
    tmp_path: Path, file: str, old: str, new: str, key_path: str, fragment: str
) -> None:
    root, line = copy_with(tmp_path, file, old, new)
    with pytest.raises(ContentError) as caught:
        validate(load_content(root / "content"))
    (problem,) = [p for p in caught.value.problems if fragment in p.message.ja]
    assert problem.location.file.endswith(file)
    assert problem.key_path == key_path
    if key_path.endswith(("kind", "date", "fit_item", "mark", "month")):
        assert problem.location.line == line


def test_the_contract_may_be_signed_on_its_start_date_but_not_after(tmp_path: Path) -> None:
    signed = "    - {name: 契約の締結, kind: 契約, date: 2027-10-01}\n  qualifications:"
    root, _ = copy_with(tmp_path / "on", "procurement.yaml", "  qualifications:", signed)
    validate(load_content(root / "content"))  # no error
    late = signed.replace("2027-10-01", "2027-10-02")
    root, line = copy_with(tmp_path / "after", "procurement.yaml", "  qualifications:", late)
    with pytest.raises(ContentError) as caught:
        validate(load_content(root / "content"))
    texts = [p.text() for p in caught.value.problems]
    assert any(
        "procurement.schedule[7].date: 「契約の締結」（2027-10-02）が契約期間の開始日（2027-10-01）"
        "以後になっています" in t
        for t in texts
    ), texts
    notice = "{name: 選定結果の通知, kind: 結果通知, date: 2027-10-01}"
    root, _ = copy_with(
        tmp_path / "notice",
        "procurement.yaml",
        "{name: 選定結果の通知, kind: 結果通知, date: 2027-09-03}",
        notice,
    )
    with pytest.raises(ContentError):  # only the signing may fall on the start date
        validate(load_content(root / "content"))
