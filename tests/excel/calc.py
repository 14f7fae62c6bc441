"""LibreOffice Calc headless as the real client for workbooks: every sheet as CSV values.

LibreOffice recalculates the formulas on load, so the values read here are Calc's, not the
cached ones openpyxl would write (it writes none). Needs libreoffice-calc (README, .ci/run).
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.realclient import FONTS_CONF, soffice

# UTF-8 (76), comma, double quote, all sheets (-1): one file per sheet, "<stem>-<sheet>.csv"
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def sheets_as_csv(workbook: Path, outdir: Path) -> dict[str, list[list[str]]]:
    """Every sheet of ``workbook`` as LibreOffice computes it: sheet name -> rows of cells."""
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    env = dict(os.environ, FONTCONFIG_FILE=str(FONTS_CONF))
    outdir.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            [
                soffice(),
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                CSV_ALL_SHEETS,
                "--outdir",
                str(outdir),
                str(workbook),
            ],
            check=True,
            capture_output=True,
            timeout=180,
            env=env,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    prefix = f"{workbook.stem}-"
    found = {
        path.stem[len(prefix) :]: list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
        for path in sorted(outdir.glob(f"{prefix}*.csv"))
    }
    if not found:
        raise AssertionError(f"LibreOffice Calc did not open {workbook.name} (is it installed?)")
    return found
