"""Errors of the amendment drafter; all derive from :class:`gendocs.errors.GendocsError`."""

from __future__ import annotations

from gendocs.errors import ContentError, GendocsError, Location, Msg, Problem


class NoChangeError(GendocsError):
    """The old and new texts are the same: there is nothing to amend (not a failure)."""

    exit_code = 0

    def __init__(self, title: str) -> None:
        super().__init__(
            Msg(
                f"{title}: 改正前と改正後の本文が同じです。改正文は作成しません。",
                f"{title}: the old and new texts are identical; no amendment is drafted.",
            )
        )


class InexpressibleChangeError(GendocsError):
    """A change that the 一部改正 rules cannot express; the user should draft a 全部改正."""

    def __init__(self, where: str, reason: Msg) -> None:
        super().__init__(
            Msg(
                f"{where}: {reason.ja}この変更は一部改正の改め文では表せません。"
                "全部改正（「…条例の全部を改正する。」）として起案してください。",
                f"{where}: {reason.en} This change cannot be written as a partial amendment; "
                "draft a full revision (全部改正) instead.",
            )
        )
        self.where = where


class ApplyError(GendocsError):
    """An 改め文 could not be read or applied to the old text."""

    def __init__(self, sentence: str, reason: Msg) -> None:
        super().__init__(
            Msg(
                f"改め文を適用できません（{sentence}）: {reason.ja}",
                f"cannot apply the amendment sentence ({sentence}): {reason.en}",
            )
        )
        self.sentence = sentence


class VerificationError(GendocsError):
    """Applying the generated 改め文 to the old text did not give the new text."""

    def __init__(self, where: str, detail: str) -> None:
        super().__init__(
            Msg(
                f"検証に失敗しました: 生成した改め文を改正前の本文に適用した結果が{where}"
                "で改正後の本文と"
                f"一致しません（{detail}）。",
                f"verification failed: applying the generated amendment to the old text differs "
                f"from the new text at {where} ({detail}).",
            )
        )
        self.where = where


def text_problem(source: str, line: int, ja: str, en: str, *, key_path: str = "") -> Problem:
    """Return a content problem located on ``line`` of ``source``."""
    return Problem(Location(source, line, 1), key_path, Msg(ja, en))


def content_error(problems: list[Problem]) -> ContentError:
    """Wrap collected problems in the one error the CLI reports as content errors."""
    return ContentError(problems)


class OpError(Exception):
    """An operation does not fit the rule it is applied to (the applier turns it into
    ApplyError)."""

    def __init__(self, ja: str, en: str) -> None:
        super().__init__(en)
        self.message = Msg(ja, en)
