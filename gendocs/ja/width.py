"""全角・半角: digit and letter width for legal numerals and 公用文 normalisation."""

from __future__ import annotations

import string

import jaconv

# Full-width forms of ASCII sit at a fixed offset (U+FF01 = "!" + 0xFEE0).
_FULLWIDTH_OFFSET = 0xFEE0
_ALNUM = string.ascii_letters + string.digits

_TO_FULLWIDTH_DIGITS = {ord(c): ord(c) + _FULLWIDTH_OFFSET for c in string.digits}
_TO_HALFWIDTH_DIGITS = {v: k for k, v in _TO_FULLWIDTH_DIGITS.items()}
_TO_FULLWIDTH_ALNUM = {ord(c): ord(c) + _FULLWIDTH_OFFSET for c in _ALNUM}
_TO_HALFWIDTH_ALNUM = {v: k for k, v in _TO_FULLWIDTH_ALNUM.items()}

# jaconv joins ｶﾞ into ガ but leaves a sound mark it cannot join (after ﾜ, ｦ or a non-kana);
# such a mark is still half-width katakana, so it becomes the full-width spacing mark.
_LONE_SOUND_MARKS = str.maketrans({"ﾞ": "゛", "ﾟ": "゜"})

# What counts as Japanese next to a parenthesis: kana, kanji and the marks written with them.
# （ and ） are deliberately absent, so a pair made full-width never changes the verdict on the
# pair around it and normalize_koyobun stays idempotent.
_JAPANESE_RANGES = (
    (0x3001, 0x3003),  # 、。〃
    (0x3005, 0x3007),  # 々〆〇
    (0x300C, 0x300F),  # 「」『』
    (0x3040, 0x30FF),  # ひらがな, カタカナ, ・ー
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
)


def fullwidth_digits(s: str) -> str:
    """Return ``s`` with the digits 0-9 made full-width."""
    return s.translate(_TO_FULLWIDTH_DIGITS)


def halfwidth_digits(s: str) -> str:
    """Return ``s`` with the full-width digits ０-９ made half-width."""
    return s.translate(_TO_HALFWIDTH_DIGITS)


def to_fullwidth(text: str) -> str:
    """Return ``text`` with ASCII letters and digits made full-width."""
    return text.translate(_TO_FULLWIDTH_ALNUM)


def to_halfwidth(text: str) -> str:
    """Return ``text`` with full-width letters and digits made half-width."""
    return text.translate(_TO_HALFWIDTH_ALNUM)


def normalize_koyobun(text: str) -> str:
    """Normalise character width as 公用文 written 横書き expects."""
    # 算用数字・アルファベットは半角, カタカナは全角; 句読点・括弧は全角: one width throughout,
    # as 公用文作成の考え方 (令和4年) asks (docs/amendment-rules.md 6).
    text = to_halfwidth(text)
    text = _fullwidth_katakana(text)
    return _fullwidth_japanese_parens(text)


def _fullwidth_katakana(text: str) -> str:
    # h2z with kana only: also turns ｡｢｣､･ into 。「」、・ and leaves ASCII alone.
    return jaconv.h2z(text, kana=True, ascii=False, digit=False).translate(_LONE_SOUND_MARKS)


def _fullwidth_japanese_parens(text: str) -> str:
    chars = list(text)
    open_at: list[int] = []
    for i, c in enumerate(text):
        if c == "(":
            open_at.append(i)
        elif c == ")" and open_at:
            start = open_at.pop()
            if _is_japanese(text[start + 1]) or _is_japanese(text[i - 1]):
                chars[start], chars[i] = "（", "）"
    return "".join(chars)


def _is_japanese(c: str) -> bool:
    code = ord(c)
    return any(low <= code <= high for low, high in _JAPANESE_RANGES)
