"""Character-level differences for Japanese, whole tokens for numbers and Latin words."""

from __future__ import annotations

import pytest

from gendocs.review.textdiff import diff_text, tokens


def edits(old: str, new: str) -> list[tuple[str, str, str]]:
    return [
        (op.tag, old[op.a0 : op.a1], new[op.b0 : op.b1])
        for op in diff_text(old, new)
        if op.tag != "equal"
    ]


def test_japanese_is_split_into_characters_and_numbers_kept_whole() -> None:
    assert tokens("稼働率99.5%以上LGWAN") == ["稼", "働", "率", "99.5%", "以", "上", "LGWAN"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "本事業は、地域の防災体制を強化する",
            "本事業は、地域の防災体制及び減災対策を強化する",
            [("insert", "", "及び減災対策")],
        ),
        ("大井町", "大井市", [("replace", "町", "市")]),
        ("稼働率は99.5%以上とする", "稼働率は99.9%以上とする", [("replace", "99.5%", "99.9%")]),
        ("第1.0版", "第1.1版", [("replace", "1.0", "1.1")]),
        ("検討部会での意見を反映する", "意見を反映する", [("delete", "検討部会での", "")]),
        ("同じ", "同じ", []),
    ],
)
def test_edits_are_as_small_as_a_reviewer_reads_them(
    old: str, new: str, expected: list[tuple[str, str, str]]
) -> None:
    assert edits(old, new) == expected


def test_a_single_unchanged_character_between_two_edits_is_folded_into_one() -> None:
    assert edits("あいうえお", "あXうYお") == [("replace", "いうえ", "XうY")]


def test_offsets_rebuild_the_new_text() -> None:
    old, new = "令和8年4月1日から令和13年3月31日まで", "令和9年4月1日から令和14年3月31日まで"
    rebuilt = "".join(new[op.b0 : op.b1] for op in diff_text(old, new))
    assert rebuilt == new
