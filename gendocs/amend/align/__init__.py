"""Pair the old text with the new one: units, 章・節 and words.

Reading order: :mod:`.units` (条・項・号 paired by number, then by content), :mod:`.divisions`
(章・節 paired by name, then by the 条 they keep; 目次 lines by 章名), :mod:`.words` (the 字句 that
change between two texts, the quotes an 改め文 uses for them, and applying such quotes).
"""
