"""The chart cache of a build: ``output/.gendocs-charts.json`` keeps the PNG of every chart drawn.

A forced build, or one whose content changed where no chart looks, draws the same charts again;
with the cache it takes their PNG bytes and does not import matplotlib at all (issue 17). A chart
is found by a hash of its arguments and of the cache's stamp: gendocs' code and the rendering
versions (matplotlib, its font, numpy, pillow, zlib …, ``versions.dependency_versions``), so a
chart from another gendocs or matplotlib is never reused. A missing or damaged file is an empty
cache, as a missing manifest is a full build.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from pathlib import Path

from gendocs.render.charts import ChartCache
from gendocs.write import OutputFile

CHARTS = ".gendocs-charts.json"


def chart_stamp(code: str, versions: dict[str, str]) -> str:
    """What a chart's pixels depend on besides its arguments."""
    text = json.dumps({"code": code, "versions": versions}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def read_charts(folder: Path, stamp: str) -> ChartCache:
    """The charts cached in ``folder`` under ``stamp``; an empty cache if none are usable."""
    try:
        data = json.loads((folder / CHARTS).read_text(encoding="utf-8"))
        if data.get("stamp") != stamp:
            return ChartCache(stamp)
        pngs = {str(k): base64.b64decode(v, validate=True) for k, v in data["charts"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, binascii.Error):
        return ChartCache(stamp)
    return ChartCache(stamp, pngs)


def chart_files(cache: ChartCache, before: dict[str, bytes], every: bool) -> list[OutputFile]:
    """The cache file to write after a build, or nothing when it would not change.

    ``cache`` started from the charts ``before`` the build. A build that rendered ``every``
    document keeps only the charts it used; one that rendered some keeps the others' too."""
    keep = cache.used if every else cache.used | set(before)
    charts = {k: cache.pngs[k] for k in sorted(keep)}
    if charts == before:
        return []
    data = {
        "stamp": cache.stamp,
        "charts": {k: base64.b64encode(v).decode("ascii") for k, v in charts.items()},
    }
    text = json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n"
    return [OutputFile(CHARTS, text.encode())]
