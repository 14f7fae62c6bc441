"""Style profiles: how a municipality writes numbers, labels and connectives in its 例規.

Sources differ (docs/amendment-rules.md 2.13, 3.2–3.3), so each difference is a setting. Two
profiles are built in: ``national`` (縦書き 法令: 漢数字, 「の下に」, 号 一・二) and ``municipal``
(横書き 例規: 算用数字, 「の次に」, 号 (1)・(2)).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from gendocs.amend.text.model import Num
from gendocs.errors import Msg, UsageError
from gendocs.ja import fullwidth_digits, kansuji, render_numeral

Numerals = Literal["arabic", "kanji", "fullwidth"]

# 細目 labels: 横書き uses ア イ ウ (五十音順), 縦書き uses イ ロ ハ (いろは順).
AIUEO = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
)
IROHA = (
    "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
)

# 新旧対照表方式 (docs/amendment-rules.md 3.4): 鳥取県 since 2012 (鳥取県公報 平成25年 号外127,
# 鳥取県手数料条例の一部を改正する条例, as quoted by kei-zu.hatenablog.com 2014-01-01).
TAISHOU_SENTENCE = (
    "次の表の改正前の欄に掲げる規定を同表の改正後の欄に掲げる規定に、下線で示すように改正する。"
)


@dataclass(frozen=True)
class Style:
    """How one municipality writes its 例規 and their amendments.

    ``numerals``: 条・項・号 numbers and counters (第3条 / 第三条 / 第３条).
    ``article_numerals``: the numerals of 条 numbers (citations and labels) when they differ from
    ``numerals``, which then covers 項・号 and counters (docs/amendment-rules.md 2.13: 川崎市規則16
    writes 「第九条第１項中…」); None writes 条 like the rest.
    ``comma``: the 読点 between clauses and in 附則 (「、」 or 「,」).
    ``insert_word``: 「A」の下に「B」を加える (national) or 「A」の次に「B」を加える (横書き).
    ``item_labels``: 号 printed as (1) or 一.
    ``kana_connectives``: および・または・ならびに instead of 及び・又は・並びに.
    ``columns``: 新旧対照表 column order, 改正前|改正後 (old_new) or 改正後|改正前 (new_old).
    ``omit_unchanged``: print unchanged 項・号 of an amended 条 as （略）.
    ``run_threshold``: K, the fewest consecutive units moved together with 「…ずつ繰り下げ」.
    ``single_moves``: how many units at the moving end of such a run are still moved one by one
    (1: 「第七項を第九項とし、第四項から第六項までを…」; 令5法53 第125条 moves two).
    ``deletion``: 削る (units vanish, later ones move up) or 削除 (a gap in the new text becomes
    a 「第N条　削除」 placeholder).
    ``table_caption``: the sentence printed above the 新旧対照表.
    ``vertical``: lay the 改正文 out in 縦書き (text top to bottom, lines right to left).
    ``first_paragraph``: a new first 項 is added 「同項の前に次の一項を加える」 (before) or
    「同条に第一項として次の一項を加える」 (as_first); both are reported (docs/amendment-rules.md
    2.6). ``span_word``: a delegated 施行期日 falls 「…を超えない範囲内において」 (national form) or
    「…を超えない期間内において」 (関川村公文例規程).
    ``main_text_cited``: a 字句 change in the main text of a 項 or 号 that has a ただし書 is
    cited 「第一項本文中」 (昭和37年法律第133号 第百八十三条) rather than 「第一項中」
    (昭和33年法律第53号 第百三十八条第四項): both occur in national laws, so it is a
    setting, off in both profiles.

    ``method``: how the amendment is made: 改め文 (``kaibun``, the 改正規定 as sentences) or the
    新旧対照表方式 (``taishou``: the 改正前|改正後 table is the amending instrument itself, after
    the 制定文 and ``taishou_sentence``; docs/amendment-rules.md 3.4). ``taishou_sentence``: the
    sentence that makes the table amend (鳥取県's form by default; 愛媛県 adds 「及び太線」,
    the national ministries' longer 傍線 form is another — content gives its own).

    Not a setting: 節 that move and the move of their 章 are always joined in one 改正規定,
    「第5章第4節を同章第3節とし、同章を第4章とする。」 (joureikun k15 gives this and the separate
    form).
    """

    name: str
    numerals: Numerals = "arabic"
    article_numerals: Numerals | None = None
    comma: str = "、"
    insert_word: Literal["次", "下"] = "次"
    item_labels: Literal["paren", "kanji"] = "paren"
    kana_connectives: bool = False
    columns: Literal["old_new", "new_old"] = "old_new"
    omit_unchanged: bool = False
    run_threshold: int = 4
    single_moves: int = 1
    deletion: Literal["kezuru", "sakujo"] = "kezuru"
    table_caption: str = "（下線部分は改正部分）"
    vertical: bool = False
    first_paragraph: Literal["before", "as_first"] = "before"
    span_word: Literal["範囲内", "期間内"] = "範囲内"
    main_text_cited: bool = False
    method: Literal["kaibun", "taishou"] = "kaibun"
    taishou_sentence: str = TAISHOU_SENTENCE

    def number(self, n: int) -> str:
        """Write a number as this style writes numbers of 条・項・号 (3, 三, ３)."""
        return render_numeral(n, self.numerals)

    def num(self, number: Num) -> str:
        """Write a number with its 枝番 (3の2, 三の二)."""
        return "の".join(self.number(n) for n in number)

    def article(self, number: Num) -> str:
        """Cite a 条: 第3条の2 (第九条 with ``article_numerals`` kanji); the 本則 of a rule of 項
        only (number ``(0,)``, :data:`gendocs.amend.text.model.MAIN_ARTICLE`) is 「本則」."""
        if number == (0,):
            return "本則"
        digits = self.article_numerals or self.numerals
        head = f"第{render_numeral(number[0], digits)}条"
        return head + "".join(f"の{render_numeral(n, digits)}" for n in number[1:])

    def paragraph(self, n: int) -> str:
        """Cite a 項: 第2項."""
        return f"第{self.number(n)}項"

    def item(self, number: Num) -> str:
        """Cite a 号: 第3号の2."""
        head = f"第{self.number(number[0])}号"
        return head + "".join(f"の{self.number(n)}" for n in number[1:])

    def division(self, number: Num, unit: str) -> str:
        """Cite a 章 or 節 with its 枝番: 第2章の2."""
        return f"第{self.number(number[0])}{unit}" + "".join(
            f"の{self.number(n)}" for n in number[1:]
        )

    def division_path(self, path: tuple[Num, ...]) -> str:
        """Cite a 章 or a 節 with its 章: 第2章, 第2章第1節."""
        return "".join(self.division(n, "章" if i == 0 else "節") for i, n in enumerate(path))

    def counter(self, n: int, unit: str) -> str:
        """Count units: 1条, 二項, ２号."""
        return f"{self.number(n)}{unit}"

    def and_(self) -> str:
        """Return the connective 及び (or および)."""
        return "および" if self.kana_connectives else "及び"

    def paragraph_label(self, n: int) -> str:
        """Label a 項 at the start of its line (the first 項 has none)."""
        if n == 1:
            return ""
        # National 法令 print 項 numbers in full-width arabic digits even when 条 are in 漢数字.
        if self.numerals == "arabic":
            return str(n)
        return fullwidth_digits(str(n))

    def item_label(self, number: Num) -> str:
        """Label a 号 at the start of its line: (1), （１）, 一; with 枝番 (1)の2, 一の二."""
        if self.item_labels == "kanji":
            return "の".join(kansuji(n) for n in number)
        digits = "arabic" if self.numerals == "arabic" else "fullwidth"
        head = render_numeral(number[0], digits)
        rest = "".join(f"の{render_numeral(n, digits)}" for n in number[1:])
        return f"({head}){rest}" if digits == "arabic" else f"（{head}）{rest}"

    def subitem_label(self, n: int, depth: int) -> str:
        """Label a 細目: ア, (ア) for 横書き; イ, (1) for 縦書き."""
        letters = IROHA if self.item_labels == "kanji" else AIUEO
        if depth == 0:
            return letters[n - 1]
        if self.item_labels == "kanji":
            return f"（{fullwidth_digits(str(n))}）"
        return f"({letters[n - 1]})"


NATIONAL = Style(
    name="national",
    numerals="kanji",
    insert_word="下",
    item_labels="kanji",
    columns="new_old",
    omit_unchanged=True,
    table_caption="（傍線部分は改正部分）",
    vertical=True,
)
MUNICIPAL = Style(name="municipal")

PROFILES: dict[str, Style] = {NATIONAL.name: NATIONAL, MUNICIPAL.name: MUNICIPAL}


def style_named(name: str) -> Style:
    """Return a built-in profile by name; an unknown name lists the valid ones."""
    try:
        return PROFILES[name]
    except KeyError:
        valid = ", ".join(sorted(PROFILES))
        raise UsageError(
            Msg(f"書式「{name}」はありません（{valid}）。", f"no style {name!r} (valid: {valid}).")
        ) from None
