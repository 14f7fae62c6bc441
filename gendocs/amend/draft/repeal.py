"""Draft the 廃止条例 (廃止規則 …) of a rule whose new text has no 本則.

A rule is not emptied by an 一部改正; it is repealed by an instrument of its own whose 本則 is one
sentence::

    ○○町手数料条例を廃止する条例
    ○○町手数料条例（平成12年○○町条例第10号）は、廃止する。
    附　則
    この条例は、令和9年4月1日から施行する。

in the form published repealing provisions use (「…（番号）は、廃止する。」; sources in
docs/amendment-rules.md §2.14). Its 新旧対照表 shows the whole old text (題名, 本則, 附則, 別表)
underlined as deleted beside 「（廃止）」.
"""

from __future__ import annotations

from gendocs.amend.draft.amendment import draft_repeal, repealed_table

__all__ = ["draft_repeal", "repealed_table"]
