"""The 新旧対照表 (comparison table) as data, built from the old and the new rule.

Reading order: :mod:`.cells` (sections of rows; each row an old and a new cell of spans, the changed
words underlined), :mod:`.build` (:func:`build_table`: which 条, 章名, 目次 lines, 附則 and 別表
lines stand side by side). It compares the two rules directly; it does not read the 改め文.
"""
