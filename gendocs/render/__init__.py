"""Rendering: the sandboxed Jinja environment, docx post-processing, charts and legal text."""
