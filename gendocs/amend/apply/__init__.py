"""Apply 改め文 text to a rule: read each clause back into an operation and apply it; verify drafts.

Reading order: :mod:`.verify` (a draft is proved by applying its own text to the old rule),
:mod:`.sentences` (:func:`apply_text`, :func:`apply_sentence`: read a clause, apply it, read the
next), :mod:`.layout` (where the sentences and their new text are), :mod:`.citations`
(「第3条第2項」, 「同条」, 「…の表Xの項」), :mod:`.structure` (clauses that replace, add, move or
delete units),
:mod:`.divisions` (clauses on whole 章・節), :mod:`.inline_tables` (clauses on rows of a 表 in a
項). The reader produces the operations of :mod:`gendocs.amend.ops` and applies them with their own
``apply``, so the 改め文 the writer prints is checked against the same semantics it was planned
with.
"""
