"""Draft whole amending instruments from the stages before: one rule, or several rules at once.

Reading order: :mod:`.amendment` (:func:`draft_amendment`: plan, write, verify, and the
新旧対照表 of one rule), :mod:`.batch` (一括改正: the identical 字句 change in several rules, in
the 整理法 list form, verified rule by rule).
"""
