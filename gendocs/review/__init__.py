"""The review workflow: redlines between content revisions, change summaries and history.

``diff`` builds two revisions of content/ and writes redlines (``redline``, aligned by ``align``
and ``textdiff``) and a change summary (``summary``); ``gitrev`` reads revisions from git;
``textconv`` shows a .docx as text to ``git diff``; ``history`` proposes the next 改訂履歴 entry.
Incremental builds are ``gendocs.incremental``, exports ``gendocs.export``, new projects
``gendocs.scaffold``.
"""
