"""Where a change sits in a legal text: 第3条第1項第3号, read from the paragraphs as they go by.

A 条 starts with 「第N条」 (第N条の2, 算用数字 or 漢数字) and a space; its later 項 with the number
alone (「2　」, 「２　」, 「二　」); a 号 with 「(1)　」「（１）　」 or 「一　」. The numbers are
taken as written, so whatever style ``project.legal_style`` chose, the summary names the place
the reader sees. Nothing is recognised before the first 条, so other documents are unaffected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM = r"[0-9０-９]+|[一二三四五六七八九十百]+"
_SPACE = r"[\s\u3000]"
_ARTICLE = re.compile(rf"^(第(?:{_NUM})条(?:の(?:{_NUM}))*){_SPACE}")
_PARAGRAPH = re.compile(rf"^({_NUM}){_SPACE}")
_ITEM = re.compile(rf"^(?:[(（]({_NUM})[)）]|([一二三四五六七八九十]+)){_SPACE}")


@dataclass
class LegalPlace:
    """The 条・項・号 of the paragraph last seen."""

    article: str = ""
    paragraph: str = ""
    item: str = ""

    def follow(self, text: str) -> None:
        """Move to the place ``text`` (a paragraph of the new document) begins."""
        text = text.lstrip()
        if match := _ARTICLE.match(text):
            kansuji = not re.match(r"第[0-9０-９]", match.group(1))
            self.article, self.paragraph, self.item = match.group(1), "一" if kansuji else "1", ""
            return
        if not self.article:
            return
        if match := _ITEM.match(text):
            self.item = match.group(1) or match.group(2)
        elif match := _PARAGRAPH.match(text):
            self.paragraph, self.item = match.group(1), ""

    def leave(self) -> None:
        """A heading or another non-article block: no 条 until the next one starts."""
        self.article = self.paragraph = self.item = ""

    @property
    def name(self) -> str:
        """「第3条第1項第3号」, or '' outside the articles."""
        if not self.article:
            return ""
        item = f"第{self.item}号" if self.item else ""
        return f"{self.article}第{self.paragraph}項{item}"
