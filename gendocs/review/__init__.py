"""The review workflow: redlines between content revisions, change summaries, incremental builds,
exports and new projects.

``diff`` builds two revisions of content/ and writes redlines (``redline``) and a change summary
(``summary``); ``manifest`` and ``tracking`` make ``gendocs build`` rebuild only what changed;
``export`` converts .docx to PDF (LibreOffice) or Markdown/HTML (pandoc); ``scaffold`` starts a
new consortium project.
"""
