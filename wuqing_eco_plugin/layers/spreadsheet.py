# SPDX-License-Identifier: GPL-2.0-or-later
"""Spreadsheet files through OGR: a set of sheets as XLSX (one sheet each) or one sheet as CSV.

OGR's XLSX driver writes real numeric cells; CSV gets a UTF-8 byte order mark so spreadsheet
programs read the Chinese right.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from osgeo import gdal, ogr

from ..domain.errors import WuqingError
from .gdal_errors import raising

_OGR_KINDS = {"int": ogr.OFTInteger, "real": ogr.OFTReal, "text": ogr.OFTString}
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


class SpreadsheetError(WuqingError, OSError):
    """A spreadsheet file could not be written."""


@dataclass
class Sheet:
    """A titled table; ``widths`` in mm for the PDF (0: automatic), ``note`` printed below the title."""

    title: str
    headings: Sequence[str]
    rows: list[list[Any]] = field(default_factory=list)
    widths: Sequence[float] = ()
    note: str = ""

    def column_kind(self, i: int) -> str:
        """``int``, ``real`` or ``text``: what every filled cell of column ``i`` holds."""
        values = [r[i] for r in self.rows if r[i] is not None and r[i] != ""]
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return "int"
        if values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            return "real"
        return "text"


def _sheet_name(title: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique."""
    base = _SHEET_NAME_BAD.sub("_", title)[:31] or "Sheet"
    name, n = base, 1
    while name.lower() in used:
        n += 1
        name = f"{base[:28]}_{n}"
    used.add(name.lower())
    return name


def _write_layer(ds: gdal.Dataset, name: str, sheet: Sheet, options: list[str] | None = None) -> None:
    layer = ds.CreateLayer(name, None, ogr.wkbNone, options=options or [])
    for i, heading in enumerate(sheet.headings):
        layer.CreateField(ogr.FieldDefn(heading, _OGR_KINDS[sheet.column_kind(i)]))
    defn = layer.GetLayerDefn()
    for row in sheet.rows:
        feature = ogr.Feature(defn)
        for i, value in enumerate(row):
            if value is None or value == "":
                continue
            feature.SetField(i, value if isinstance(value, (int, float, str)) else str(value))
        layer.CreateFeature(feature)


@raising
def _write(driver: str, path: str | Path, layers: Sequence[tuple[str, Sheet]], options: list[str]) -> Path:
    """Replace ``path`` with a new ``driver`` file holding one layer (sheet) per (name, sheet)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    ds = gdal.GetDriverByName(driver).Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    try:
        for name, sheet in layers:
            _write_layer(ds, name, sheet, options)
    finally:
        ds = None  # noqa: F841 - the file is written on close
    if not path.is_file():
        raise SpreadsheetError(f"{path} was not written")
    return path


def write_xlsx(path: str | Path, sheets: Sequence[Sheet]) -> Path:
    used: set[str] = set()
    return _write("XLSX", path, [(_sheet_name(s.title, used), s) for s in sheets], [])


def write_csv(path: str | Path, sheet: Sheet) -> Path:
    return _write("CSV", path, [(Path(path).stem, sheet)], ["WRITE_BOM=YES", "STRING_QUOTING=IF_NEEDED"])
