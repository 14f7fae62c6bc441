"""Incremental builds: rebuild only the documents whose inputs changed.

``tracking`` records which content values and which computed facts a document reads while it is
rendered; ``manifest`` keeps those reads per document in ``output/.gendocs-manifest.json`` and
decides, on the next build, which documents are stale and why; ``versions`` fingerprints the
rendering dependencies the documents were built with.
"""
