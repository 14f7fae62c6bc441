"""The Word documents of an amendment: the 改正文 and the 新旧対照表, each from its template.

Reading order: :mod:`.documents` (template contexts, 縦書き sections, rendering one amendment or a
一括改正), :mod:`.word_tables` (the lines of a 別表 or of a 表 in a 項 become Word tables).
"""
