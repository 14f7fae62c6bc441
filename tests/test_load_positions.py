"""Positions are read again from a file's bytes when first asked (issue 17: a valid consortium
of 1,000 members no longer holds some 400,000 of them); they must be the positions the file gives
when it is loaded with every position recorded, and where the text says they are."""

from __future__ import annotations

import shutil
from pathlib import Path

from gendocs.errors import Location
from gendocs.load import load_content
from gendocs.load.files import list_folders, yaml_entries
from gendocs.load.yaml_file import load_yaml_file

SAMPLE = Path(__file__).resolve().parent.parent / "content"


def test_positions_match_the_text(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(SAMPLE, content)
    (content / "members.yaml").write_text(
        "members:\n  - id: a\n    name: 甲町\n    population:\n      value: 10\n",
        encoding="utf-8",
    )
    raw = load_content(content)
    shown = raw.files["members"]
    # read from the text above, not from the loader
    assert raw.locate(("members", 0, "population", "value")) == Location(shown, 5, 14)
    assert raw.locate_key(("members", 0, "name")) == Location(shown, 3, 5)
    assert raw.locate(("members", 0, "population", "missing")) == Location(shown, 5, 7)
    assert ("members", 0, "id") in raw.positions
    assert ("members", 7) not in raw.positions


def test_lazy_positions_equal_recorded_ones() -> None:
    raw = load_content(SAMPLE)
    expected: dict = {}
    expected_keys: dict = {}
    for path in yaml_entries(SAMPLE):
        loaded = load_yaml_file(path, raw.files[next(iter(loaded_keys(path)))])
        shown = loaded.positions[()].file
        for source, target in (
            (loaded.positions, expected),
            (loaded.key_positions, expected_keys),
        ):
            target.update(
                {p: at for p, at in source.items() if p and raw.files.get(str(p[0])) == shown}
            )
    for folder in list_folders(SAMPLE):
        for index, path in enumerate(yaml_entries(folder)):
            shown = f"{raw.files[folder.name]}/{path.name}"
            loaded = load_yaml_file(path, shown, (folder.name, index))
            expected.update(loaded.positions)
            expected_keys.update(loaded.key_positions)
    assert len(expected) > 1000
    assert dict(raw.positions.items()) == expected
    assert dict(raw.key_positions.items()) == expected_keys
    assert [p for p, _ in raw.key_positions.items()] == list(expected_keys)


def loaded_keys(path: Path) -> list[str]:
    data = load_yaml_file(path, path.name).data
    return list(data)
