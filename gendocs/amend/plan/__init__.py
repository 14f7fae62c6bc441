"""Plan an amendment: choose the 改正規定 (as operations) that turn the old text into the new one.

Reading order: :mod:`.amendment` (:func:`plan_amendment`: the document order, 題名 to 別表, and
the sentences), :mod:`.toc` (the 目次), :mod:`.divisions` (whole 章・節), :mod:`.containers` (the
units of the 本則, a 条 or a 項: keep, delete, move, add), :mod:`.units` (inside one unit: 見出し,
字句, ただし書, 後段, or a rewrite), :mod:`.inline_tables` (rows of a 表 inside a 項),
:mod:`.placeholders` (削除 instead of 削る). Planning only chooses operations; what they do and how
they are written is theirs (:mod:`gendocs.amend.ops`).
"""
