"""The Word documents of an amendment: the 改正文 and the 新旧対照表, each from its template.

:mod:`.documents` holds the template contexts and renders one amendment or a 一括改正; the Word
XML it needs (the lines of a 別表 or of a 表 in a 項 as Word tables, 縦書き sections, the
reproducible save) is in :mod:`gendocs.docx`.
"""
