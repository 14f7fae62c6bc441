"""gendocs: consortium documents from validated YAML."""

__version__ = "0.1.0"
