"""Word XML: everything gendocs does to a WordprocessingML package itself, in one place.

docxtpl renders the templates (:mod:`gendocs.render`); the pipeline, the amendment documents and
the redline then work on the package through these modules, and save it through one function:

| module | what it does |
| --- | --- |
| :mod:`.save` | ``save_docx``: core properties, then reproducible zip bytes (the one save path) |
| :mod:`.package` | ``finish_package``: a rendered package made consistent (unique ids) |
| :mod:`.fonts` | which runs and styles name a face (fonts come from the templates' styles) |
| :mod:`.stories` | body, headers and footers; moving pictures and links between packages |
| :mod:`.reading` | what an element says: text, paragraph style, table grid, heading styles |
| :mod:`.runs` | making runs: a copy with other text, a paragraph split, characters gathered |
| :mod:`.tables` | tables made in code: bordered, fixed widths, one paragraph per cell |
| :mod:`.line_tables` | lines of cells separated by 「｜」 become Word tables (例規集 tables) |
| :mod:`.sections` | sections and writing direction (縦書き on A4 portrait) |
| :mod:`.marks` | tracked changes (``w:ins``/``w:del``) on runs, paragraph marks and table rows |

Nothing here reads or writes a file: a package comes in as a python-docx object or as bytes and
leaves as bytes, which :mod:`gendocs.write` writes.
"""
