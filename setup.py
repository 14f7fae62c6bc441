"""Packaging detail pyproject.toml cannot express: templates/ and content/ stay at the top of the
repository (users edit them there) and are also shipped inside the package, as the embedded
defaults an installed gendocs builds from."""

from setuptools import find_packages, setup

BUNDLED = {"gendocs.bundled.templates": "templates", "gendocs.bundled.content": "content"}

setup(
    packages=find_packages(include=["gendocs", "gendocs.*"]) + list(BUNDLED),
    package_dir=BUNDLED,
    package_data={
        "gendocs": ["data/*", "data/starter/*/*.yaml", "py.typed"],
        "gendocs.bundled.templates": ["*.docx"],
        "gendocs.bundled.content": ["*.yaml", "*/*.yaml", "*/*.txt"],
    },
)
