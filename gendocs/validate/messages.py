"""Cerberus errors in words a secretariat clerk understands, in Japanese and English."""

from __future__ import annotations

from typing import Any

from cerberus import errors as ce

from gendocs.errors import Msg
from gendocs.model.base import YearMonth
from gendocs.validate.schema import SINGLE_LINE

TYPE_NAMES = {
    "string": ("文字列", "text"),
    "integer": ("整数", "a whole number"),
    "number": ("数値", "a number"),
    "boolean": ("true または false", "true or false"),
    "date": ("日付（例: 2026-04-01）", "a date such as 2026-04-01"),
    "list": ("リスト（「- 」で始まる行の並び）", "a list (lines starting with '- ')"),
    "dict": ("「キー: 値」の対応表", "a mapping of keys to values"),
}


def describe(value: Any) -> tuple[str, str]:
    """Show a found value briefly, as it was written."""
    if isinstance(value, dict):
        return "対応表", "a mapping"
    if isinstance(value, list):
        return "リスト", "a list"
    if value is None:
        return "空欄", "nothing"
    text = str(value)
    if len(text) > 40:
        text = text[:40] + "…"
    return f"「{text}」", f"'{text}'"


def message_for(error: Any, meaning: tuple[str, str]) -> Msg:
    """Translate one cerberus ``ValidationError``; ``meaning`` names the field (ja, en)."""
    code, constraint, value = error.code, error.constraint, error.value
    if code in (ce.MAX_LENGTH.code, SINGLE_LINE.code):
        return _translated_msg(_shape_message(code, constraint, value), meaning)
    found_ja, found_en = describe(value)
    return _translated(code, constraint, found_ja, found_en, meaning)


def _shape_message(code: int, constraint: Any, value: Any) -> Msg:
    """Messages about a value's size or lines, which count rather than quote what was found."""
    if code == SINGLE_LINE.code:
        return Msg(
            "改行やタブのない1行の文字列が必要です（改行かタブが書かれています）",
            "expected one line of text, found a line break or tab",
        )
    if isinstance(value, str):
        return Msg(
            f"{constraint:,}文字以内が必要です（{len(value):,}文字が書かれています）",
            f"expected at most {constraint:,} characters, found {len(value):,}",
        )
    return Msg(
        f"{constraint:,}件以内が必要です（{len(value):,}件が書かれています）",
        f"expected at most {constraint:,} entries, found {len(value):,}",
    )


def _translated(
    code: int, constraint: Any, found_ja: str, found_en: str, meaning: tuple[str, str]
) -> Msg:
    return _translated_msg(_message(code, constraint, found_ja, found_en), meaning)


def _translated_msg(message: Msg, meaning: tuple[str, str]) -> Msg:
    ja = f"{meaning[0]}: {message.ja}" if meaning[0] else message.ja
    en = f"{meaning[1]}: {message.en}" if meaning[1] else message.en
    return Msg(ja, en)


def _message(code: int, constraint: Any, found_ja: str, found_en: str) -> Msg:
    label = ""
    if code == ce.REQUIRED_FIELD.code:
        return Msg(f"{label}必須の項目がありません", f"{label}this key is required but missing")
    if code == ce.UNKNOWN_FIELD.code:
        return Msg(
            "この名前のキーはありません（綴りを確認してください）",
            "unknown key (check the spelling)",
        )
    if code in (ce.EMPTY_NOT_ALLOWED.code, ce.NOT_NULLABLE.code):
        return Msg(
            f"{label}値が必要です（空欄になっています）",
            f"{label}a value is required, found nothing",
        )
    if code == ce.BAD_TYPE.code:
        ja, en = TYPE_NAMES.get(str(constraint), (str(constraint), str(constraint)))
        return Msg(
            f"{label}{ja}が必要です（{found_ja}が書かれています）",
            f"{label}expected {en}, found {found_en}",
        )
    if code == ce.MIN_VALUE.code:
        return Msg(
            f"{label}{readable(constraint)}以上が必要です（{found_ja}が書かれています）",
            f"{label}expected at least {readable(constraint)}, found {found_en}",
        )
    if code == ce.MAX_VALUE.code:
        return Msg(
            f"{label}{readable(constraint)}以下が必要です（{found_ja}が書かれています）",
            f"{label}expected at most {readable(constraint)}, found {found_en}",
        )
    if code == ce.UNALLOWED_VALUE.code:
        options = "、".join(str(c) for c in constraint)
        return Msg(
            f"{label}次のいずれかが必要です: {options}（{found_ja}が書かれています）",
            f"{label}expected one of {', '.join(map(str, constraint))}, found {found_en}",
        )
    if code == ce.REGEX_MISMATCH.code:
        return _regex_message(label, str(constraint), found_ja, found_en)
    return Msg(f"{label}値が正しくありません（{found_ja}）", f"{label}invalid value {found_en}")


def readable(number: Any) -> str:
    """A limit as people read it: 20,000,000 rather than 20000000, but a year stays 2100."""
    return f"{number:,}" if type(number) is int and abs(number) >= 10_000 else str(number)


def _regex_message(label: str, pattern: str, found_ja: str, found_en: str) -> Msg:
    if pattern == YearMonth.PATTERN:
        expected = (
            "「2027-04」の形の年月（1900-01〜2100-12、半角数字）",
            "a month written as 2027-04 (1900-01 to 2100-12, ASCII digits)",
        )
    elif pattern.startswith("^[a-z]"):
        expected = (
            "半角英小文字で始まる英数字と _ の識別子",
            "an id of lowercase letters, digits and _",
        )
    else:
        expected = (f"形式 {pattern} に合う値", f"a value matching {pattern}")
    return Msg(
        f"{label}{expected[0]}が必要です（{found_ja}が書かれています）",
        f"{label}expected {expected[1]}, found {found_en}",
    )
