"""Exports of built .docx files: PDF through LibreOffice, Markdown and HTML through pandoc.

``convert`` runs the converters and returns the files to write (only ``gendocs.write`` touches
output/); ``uno_convert`` is the script LibreOffice's own Python runs to update the table of
contents and page fields before exporting a PDF.
"""
