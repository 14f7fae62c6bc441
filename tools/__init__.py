"""Developer scripts: ``new_template`` (an empty copy of a template, for a new document type) and
``freeze_constraints`` (constraints.txt). Nothing here writes or regenerates an existing template:
the .docx files in templates/ are the source of the documents' wording."""
