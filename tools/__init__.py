"""Scripts that make the first version of a Word template. They never overwrite a template."""
