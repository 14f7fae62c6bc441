"""文節 boundaries of legal text, from the morphological analyser SudachiPy (core dictionary).

A quote of an 改め文 begins and ends where a drafter can cut the text: between words, never
between a word and what completes it. 「設置する」 is one 文節: a verb made of the noun 設置
and する, so words inserted into it are written as a change of the whole (「「設置する」を
「設置し、又は利用する」に改める」), not 「「設置」の次に「し、又は利用」を加え」;
「借り受ける」 is one word, so a change of its second half quotes all of it. The choice of
analyser is justified in pyproject.toml.

Split mode C (the longest units: 公用車, 証明書) is used: a cut inside such a unit is a cut inside a
word.

The dictionary is loaded on the first question asked (the first amendment drafted that changes
part of a text) and is the largest thing a build holds after it: ~80–110 MiB, most of it mapped
from the dictionary file. :func:`release` lets it go once the drafting is done (a build's
documents only format the drafts: :func:`gendocs.pipeline.build` releases it after the compute
stage, issue 17); a later question loads it again, with the same answers.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sudachipy import Dictionary, SplitMode


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    return Dictionary(dict="core").tokenizer(mode=SplitMode.C)


@lru_cache(maxsize=4096)
def word_cuts(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """Return the offsets of ``text`` where no quote may begin or end and nothing may be inserted:
    those inside a word, and those before what completes the word before it (the する of a サ変
    verb, an auxiliary verb after a verb)."""
    inside: set[int] = set()
    completes: set[int] = set()
    previous: tuple[str, ...] = ()
    for morpheme in _tokenizer().tokenize(text):
        begin, end = morpheme.begin(), morpheme.end()
        inside.update(range(begin + 1, end))
        pos = tuple(morpheme.part_of_speech())
        if previous and _completes(previous, pos, morpheme.dictionary_form()):
            completes.add(begin)
        previous = pos
    return frozenset(inside), frozenset(completes)


@lru_cache(maxsize=4096)
def compound_points(text: str) -> frozenset[int]:
    """Return the offsets of ``text`` between two parts of one compound noun (情報|システム,
    地方公共団体|情報|システム): an anchor of inserted words starts at the start of the compound."""
    points: set[int] = set()
    previous = ""
    for morpheme in _tokenizer().tokenize(text):
        pos = morpheme.part_of_speech()[0]
        if previous in ("名詞", "接頭辞") and pos in ("名詞", "接尾辞"):
            points.add(morpheme.begin())
        previous = pos
    return frozenset(points)


@lru_cache(maxsize=4096)
def phrase_end(text: str, end: int) -> int:
    """Return where the 文節 that ``text[:end]`` ends inside ends: a quote ending at ``end``
    after a 未然形 or 仮定形 (「報告しなけれ」) goes on to the end of the predicate
    (「報告しなければならない」, 昭和44年法律第2号 第九条の五), and through 「ならない」
    after 「ば」."""
    morphemes = list(_tokenizer().tokenize(text))
    for index, morpheme in enumerate(morphemes):
        if morpheme.end() != end or index + 1 == len(morphemes):
            continue
        form = morpheme.part_of_speech()[5]
        following = morphemes[index + 1]
        if form.startswith(("未然形", "仮定形")) or (
            morpheme.surface() == "ば" and following.surface() == "なら"
        ):
            return phrase_end(text, following.end())
        return end
    return end


def release() -> None:
    """Drop the dictionary and the answers kept (a later question loads it again)."""
    for cached in (word_cuts, compound_points, phrase_end, _tokenizer):
        cached.cache_clear()


def loaded() -> bool:
    """Whether the dictionary is loaded (for tests and measurements)."""
    return _tokenizer.cache_info().currsize > 0


def _completes(before: tuple[str, ...], pos: tuple[str, ...], lemma: str) -> bool:
    if pos[0] == "動詞" and lemma == "する":
        return before[0] == "名詞" and before[2] == "サ変可能"
    return pos[0] == "助動詞" and before[0] in ("動詞", "助動詞")
