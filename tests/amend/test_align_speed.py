"""The anchored alignment pairs units exactly as the exhaustive one did, in linear time.

``gendocs.amend.align.units.align`` pairs the units that did not change first (a text unique on
each side, the longest chain in order: patience diff's anchors) and runs the similarity
Needleman–Wunsch only between anchors. Before, it ran on every old × new pair: 180,000 similarity
comparisons for a 300-条 rule with 50 changes, 38 s (docs/performance.md). :func:`exhaustive` below
is that former algorithm, kept verbatim as the oracle: every alignment the drafter asks for —
drafting the sample ordinances, the published reference examples, the bench's generated rules and
random rules with random edits — must come out the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from difflib import SequenceMatcher

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.rules import rule_pair
from gendocs.amend import draft_amendment
from gendocs.amend.align import units
from gendocs.amend.align.units import (
    OTHER_DIVISION,
    SAME_NUMBER_BONUS,
    SIMILAR,
    Pair,
    boilerplate_ending,
    common_length,
    flat_text,
)
from gendocs.amend.draft.amendment import draft_from_text
from gendocs.amend.plan import containers
from gendocs.amend.plan import units as plan_units
from gendocs.amend.taishou import build
from gendocs.amend.text.model import Article, Paragraph, Rule, Unit, unit_number
from gendocs.errors import GendocsError
from tests.amend import test_reference_examples as examples
from tests.amend.helpers import draft
from tests.amend.rules import edited
from tests.amend.samples import draft_sample, sample_paths

Align = Callable[[tuple[Unit, ...], tuple[Unit, ...]], tuple[Pair, ...]]


# -- the oracle: the alignment as it was before anchoring (commit 57a447c) ----------------------


def exhaustive(old: tuple[Unit, ...], new: tuple[Unit, ...]) -> tuple[Pair, ...]:
    """Pair old and new units in order, maximising total similarity over every old × new pair."""
    boilerplate = boilerplate_ending(old + new)
    n, m = len(old), len(new)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    move: dict[tuple[int, int], str] = {}
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            options = [(score[i + 1][j], "del"), (score[i][j + 1], "add")]
            gain = _match_gain(old[i], new[j], boilerplate)
            if gain is not None:
                options.append((score[i + 1][j + 1] + gain, "match"))
            score[i][j], move[(i, j)] = max(options, key=lambda o: (o[0], o[1] == "match"))
    pairs: list[Pair] = []
    i = j = 0
    while i < n or j < m:
        step = move.get((i, j), "del" if i < n else "add")
        if step == "match":
            pairs.append(Pair(old[i], new[j]))
            i, j = i + 1, j + 1
        elif step == "del":
            pairs.append(Pair(old[i], None))
            i += 1
        else:
            pairs.append(Pair(None, new[j]))
            j += 1
    return tuple(pairs)


def _match_gain(old: Unit, new: Unit, boilerplate: str) -> float | None:
    same_number = unit_number(old) == unit_number(new)
    if len(unit_number(new)) > len(unit_number(old)):
        return None
    sim = _similarity(old, new, boilerplate)
    if sim >= SIMILAR:
        if isinstance(old, Article) and isinstance(new, Article) and old.division != new.division:
            sim *= OTHER_DIVISION
        return sim + (SAME_NUMBER_BONUS if same_number else 0.0)
    return 0.01 if same_number else None


def _similarity(old: Unit, new: Unit, boilerplate: str = "") -> float:
    a, b = flat_text(old), flat_text(new)
    if a == b:
        return 1.0
    if boilerplate and a.endswith(boilerplate) and b.endswith(boilerplate):
        a, b = a[: -len(boilerplate)], b[: -len(boilerplate)]
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
        return 0.0
    return matcher.ratio()


# -- watching the drafter's alignments ---------------------------------------------------------


@contextmanager
def compared(seen: list[tuple[int, int]]) -> Iterator[None]:
    """Check every alignment the drafter makes inside the block against :func:`exhaustive`;
    append (old count, new count) of each to ``seen``."""
    anchored = units.align
    oracle: dict[tuple[tuple[Unit, ...], tuple[Unit, ...]], tuple[Pair, ...]] = {}

    def checked(old: tuple[Unit, ...], new: tuple[Unit, ...]) -> tuple[Pair, ...]:
        got = anchored(old, new)
        if any(into_own_branch(pair) for pair in got):
            # Pairing changed on purpose after the oracle was frozen: a unit may now move into a
            # 枝番 of its own number (第一条 → 第一条の三, tests/amend/test_reference_cases2.py,
            # hoti-ak-kaigan-articles-before-first), which the former algorithm never did. The
            # oracle is about speed-equivalence, so such alignments are not compared.
            seen.append((len(old), len(new)))
            return got
        if (old, new) not in oracle:
            oracle[(old, new)] = exhaustive(old, new)
        assert got == oracle[(old, new)], _difference(got, oracle[(old, new)])
        seen.append((len(old), len(new)))
        return got

    before = {module: module.align for module in (containers, plan_units, build)}
    for module in before:
        module.align = checked  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for module, align in before.items():
            module.align = align  # type: ignore[attr-defined]


def into_own_branch(pair: Pair) -> bool:
    """Tell whether a pair moves an old unit into a new 枝番 of its own number (第一条 →
    第一条の三): the one pairing the anchored alignment makes and :func:`exhaustive` does not."""
    if pair.old is None or pair.new is None:
        return False
    number, target = unit_number(pair.old), unit_number(pair.new)
    return len(target) > len(number) and target[: len(number)] == number


def _difference(got: tuple[Pair, ...], want: tuple[Pair, ...]) -> str:
    def show(pairs: tuple[Pair, ...]) -> list[str]:
        return [f"{_label(p.old)}→{_label(p.new)}" for p in pairs]

    return f"anchored {show(got)} ≠ exhaustive {show(want)}"


def _label(unit: Unit | None) -> str:
    return "-" if unit is None else "の".join(map(str, unit_number(unit)))


# -- the inputs ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.stem)
def test_sample_ordinances_align_as_before(path: object) -> None:
    seen: list[tuple[int, int]] = []
    with compared(seen):
        draft_sample(path)  # type: ignore[arg-type]
    assert seen  # the sample was drafted through the alignment


def _reference_cases() -> list[examples.Case]:
    cases = [
        value
        for name, value in vars(examples).items()
        if name.isupper() and isinstance(value, list) and value
    ]
    return [case for group in cases for case in group if isinstance(case, examples.Case)]


REFERENCE_CASES = _reference_cases()


def test_the_published_examples_are_many() -> None:
    # The cases of tests/amend/test_reference_examples.py: real published 改め文 (湖南市, 函館市,
    # 調布市, 川崎市, 佐倉市, 令和5年法律第53号 …), each with its source.
    assert len(REFERENCE_CASES) >= 50
    assert all(case.source for case in REFERENCE_CASES)


@pytest.mark.parametrize("case", REFERENCE_CASES, ids=lambda c: c.id)
def test_published_examples_align_as_before(case: examples.Case) -> None:
    seen: list[tuple[int, int]] = []
    with compared(seen):
        try:
            draft(case.old, case.new, case.style)
        except GendocsError:
            pass  # a case gendocs does not reproduce: its alignments were still compared
    assert seen


@pytest.mark.parametrize(("articles", "changes", "seed"), [(40, 7, 1), (60, 10, 2), (100, 17, 17)])
def test_bench_rules_align_as_before(articles: int, changes: int, seed: int) -> None:
    # (100, 17, 17) is the bench's small case exactly (bench/amend_case.py, python -m bench).
    old, new = rule_pair(articles, changes, seed)
    seen: list[tuple[int, int]] = []
    with compared(seen):
        amendment = draft_from_text(old, new)
    assert (articles, articles) in seen  # the 条 of the 本則 were aligned as one list
    assert len(amendment.sentences) >= changes * 2 // 3


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pair=edited())
def test_random_edits_align_as_before(pair: tuple[Rule, Rule]) -> None:
    old, new = pair
    seen: list[tuple[int, int]] = []
    with compared(seen):
        try:
            draft_amendment(old, new)
        except GendocsError:
            pass  # a change the rules refuse (a 条 moved to another 章): compared all the same


# -- linear: the comparisons a large rule costs --------------------------------------------------


def test_a_large_rule_with_scattered_changes_compares_only_the_changed_units(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The bench's large case (300 条, 50 changes): the exhaustive alignment compared 180,984 unit
    # pairs (cProfile of `gendocs amend`, docs/performance.md). Anchored, only the units between
    # anchors are compared: a few per change, for the 条 and for their 項.
    calls: list[int] = []
    compare = units._text_similarity

    def counted(a: str, b: str, boilerplate: str) -> float:
        calls.append(1)
        return compare(a, b, boilerplate)

    monkeypatch.setattr(units, "_text_similarity", counted)
    old, new = rule_pair(300, 50)
    amendment = draft_from_text(old, new)
    assert len(amendment.sentences) >= 45
    assert 50 <= len(calls) <= 20 * 50, len(calls)


# -- what may not be an anchor --------------------------------------------------------------------


def _article(number: tuple[int, ...], text: str, division: tuple[tuple[int, ...], ...]) -> Article:
    return Article(number, None, (Paragraph(1, text),), division=division)


A = "この条例は、情報システムの共同利用に関し必要な事項を定めるものとする。"
C = "管理者は、毎年度、情報システムの運用の状況を町長に報告しなければならない。"
C2 = "管理者は、毎年度、情報システムの運用の状況を委員会に報告しなければならない。"


def test_a_twin_in_another_chapter_is_no_anchor() -> None:
    # The old 第2条 reads the same as the new 第3条 of 第2章, but the new 第2条 of its own 第1章
    # is nearly the same: the 条 stays in its 章 (a 条 moved to another 章 is a 全部改正).
    first, second = ((1,),), ((2,),)
    old = (_article((1,), A, first), _article((2,), C, first))
    new = (_article((1,), A, first), _article((2,), C2, first), _article((3,), C, second))
    assert units.align(old, new) == exhaustive(old, new)
    assert [(_label(p.old), _label(p.new)) for p in units.align(old, new)] == [
        ("1", "1"),
        ("2", "2"),
        ("-", "3"),
    ]


def test_a_twin_with_a_new_branch_number_is_no_anchor() -> None:
    # An existing 条 never becomes a 第1条の2, even when the 第1条の2 reads as it did.
    old = (_article((1,), A, ()), _article((2,), C, ()))
    new = (_article((1,), A, ()), _article((1, 2), C, ()), _article((2,), C2, ()))
    assert units.align(old, new) == exhaustive(old, new)
    assert [(_label(p.old), _label(p.new)) for p in units.align(old, new)] == [
        ("1", "1"),
        ("-", "1の2"),
        ("2", "2"),
    ]


# -- the exact filter: the longest common subsequence bounds the ratio --------------------------


def _lcs(a: str, b: str) -> int:
    """The textbook dynamic programme."""
    row = [0] * (len(b) + 1)
    for char in a:
        previous_diagonal = 0
        for k, other in enumerate(b, start=1):
            previous_diagonal, row[k] = (
                row[k],
                previous_diagonal + 1 if char == other else max(row[k], row[k - 1]),
            )
    return row[-1]


LEGAL = st.text(alphabet="町長委員会のはをにする。、第条項号情報システム管理者", max_size=60)


@settings(max_examples=300, deadline=None)
@given(a=LEGAL, b=LEGAL)
def test_common_length_is_the_longest_common_subsequence(a: str, b: str) -> None:
    assert common_length(a, b) == _lcs(a, b)
    # SequenceMatcher's matching blocks are a common subsequence: the filter drops no pair whose
    # ratio reaches SIMILAR.
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    assert sum(block.size for block in blocks) <= common_length(a, b)


def test_common_length_on_the_published_wording() -> None:
    # 湖南市 model 改正規定 (tests/amend/test_reference_examples.py, konan-model): 町長 → 町.
    assert common_length("町長は、次に掲げる事務を行う。", "町は、次に掲げる事務を行う。") == 14
    assert common_length("", "町長") == 0
    assert common_length("台帳", "帳台") == 1


# -- pairing changed on purpose: a 条 pushed into a 枝番 of its own number -----------------------

B = "海岸保全区域の指定は、図面によつて行う。"
B2 = "海岸保全区域の指定は、図面及び調書によつて行う。"


def test_a_unit_moves_into_its_own_branch_when_its_number_goes_to_another() -> None:
    # 平成26年農林水産省令・国土交通省令第2号 第一条 (hoti-ak 例(44)): two new 条 before the old
    # 第一条 push it to 第一条の三, where it keeps its 字句 change; the former algorithm paired it
    # with the new 第一条 (「第一条を次のように改める」).
    old = (_article((1,), B, ()), _article((1, 2), C, ()))
    new = (
        _article((1,), A, ()),
        _article((1, 2), C2.replace("報告", "通知"), ()),
        _article((1, 3), B2, ()),
        _article((1, 4), C, ()),
    )
    got = [(_label(p.old), _label(p.new)) for p in units.align(old, new)]
    assert got == [("-", "1"), ("-", "1の2"), ("1", "1の3"), ("1の2", "1の4")]
    assert [(_label(p.old), _label(p.new)) for p in exhaustive(old, new)][0] == ("1", "1")


def test_a_unit_keeps_its_number_when_the_new_unit_of_its_number_is_alike() -> None:
    # The new 第一条 still reads like the old one: the old 第一条 stays 第一条 even though the new
    # 第一条の二 reads exactly as it did.
    old = (_article((1,), B, ()),)
    new = (_article((1,), B2, ()), _article((1, 2), B, ()))
    got = [(_label(p.old), _label(p.new)) for p in units.align(old, new)]
    assert got == [("1", "1"), ("-", "1の2")]
