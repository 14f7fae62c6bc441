"""例規 text ⇄ model: read a 条例・規則 as printed in a 例規集 (or as YAML data) and print it again.

Reading order: :mod:`.model` (the rule as frozen dataclasses), :mod:`.style` (how a municipality
writes numbers and labels), :mod:`.lines` (what a 例規集 line is), :mod:`.inline_tables` (the text
of a 表 inside a 項), :mod:`.outline` and :mod:`.parse` (text → model), :mod:`.data` (YAML data →
model), :mod:`.render` (model → text).
"""
