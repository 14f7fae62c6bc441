"""Write 改め文: the sentences of the 改正規定, the title, the 制定文 and the 附則 of the
instrument.

Reading order: :mod:`.sentences` (:func:`write_provisions`: one sentence per 改正規定, each
operation saying its clause through a :class:`SentenceWriter`), :mod:`.cite` (how units are named:
「同条」, 「第38条中第7項」, 「同章」), :mod:`.subitems` (細目 labels), :mod:`.clauses` (verbs,
chaining, several units, 字句 clauses), :mod:`.enact` (the 附則 of the amending instrument:
施行期日, 経過措置).
"""
