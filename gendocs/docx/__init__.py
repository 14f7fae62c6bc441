"""Word XML: everything gendocs does to a WordprocessingML package itself, in one place."""
