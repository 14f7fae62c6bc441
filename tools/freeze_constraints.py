"""Write constraints.txt: the exact installed version of every distribution gendocs needs.

    python -m tools.freeze_constraints > constraints.txt

Run it in the environment the tests pass in (``pip install -c constraints.txt -e ".[test]"``,
then upgrade what should move, run ``python -m pytest -q``, regenerate). It walks the
requirements of gendocs and its ``test`` extra through ``importlib.metadata``, with the markers
of this interpreter and platform, so unrelated packages installed beside gendocs stay out.
"""

from __future__ import annotations

from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

HEADER = """\
# The exact versions the tests and the byte-identical output checks run with (Python 3.11,
# Linux). pyproject.toml keeps ranges for library users; installs for work use this file:
#   pip install -c constraints.txt .          (README, quick start 1)
#   pip install -c constraints.txt -e ".[test]"  (README, quick start 2; .ci/run)
# Regenerate: python -m tools.freeze_constraints > constraints.txt  (see the tool's docstring)
"""


def needed(root: str = "gendocs", extras: frozenset[str] = frozenset({"test"})) -> dict[str, str]:
    """Every distribution ``root`` (with ``extras``) requires, transitively: name -> version."""
    found: dict[str, str] = {}
    seen: set[tuple[str, frozenset[str]]] = set()
    todo = [(root, extras)]
    while todo:
        name, wanted = todo.pop()
        for text in metadata.requires(name) or []:
            requirement = Requirement(text)
            marker = requirement.marker
            if marker is not None and not any(marker.evaluate({"extra": e}) for e in wanted | {""}):
                continue
            key = (canonicalize_name(requirement.name), frozenset(requirement.extras))
            if key not in seen:  # the same distribution with other extras needs more
                seen.add(key)
                found[key[0]] = metadata.version(requirement.name)
                todo.append((requirement.name, key[1]))
    return found


def main() -> None:
    """Print the constraints file."""
    print(HEADER, end="")
    for name, version in sorted(needed().items()):
        print(f"{name}=={version}")


if __name__ == "__main__":
    main()
