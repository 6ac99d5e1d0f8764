# SPDX-License-Identifier: GPL-2.0-or-later
"""Tables for people: one set of sheets written as XLSX (one sheet each), CSV or a printable PDF.

XLSX and CSV go through OGR (its XLSX driver writes real numeric cells; CSV gets a UTF-8 byte
order mark so spreadsheet programs read the Chinese right); the PDF is a :class:`TableDocument`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from osgeo import gdal, ogr
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from ..layers.gdal_errors import raising
from .report_pdf import Column, TableDocument

_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


class SheetError(Exception):
    pass


@dataclass
class Sheet:
    """A titled table; ``widths`` in mm for the PDF (0: automatic), ``note`` printed below the title."""

    title: str
    headings: Sequence[str]
    rows: list[list[Any]] = field(default_factory=list)
    widths: Sequence[float] = ()
    note: str = ""

    def column_type(self, i: int) -> int:
        values = [r[i] for r in self.rows if r[i] is not None and r[i] != ""]
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return ogr.OFTInteger
        if values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            return ogr.OFTReal
        return ogr.OFTString


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
        layer.CreateField(ogr.FieldDefn(heading, sheet.column_type(i)))
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
        raise SheetError(f"{path} was not written")
    return path


def write_xlsx(path: str | Path, sheets: Sequence[Sheet]) -> Path:
    used: set[str] = set()
    return _write("XLSX", path, [(_sheet_name(s.title, used), s) for s in sheets], [])


def write_csv(path: str | Path, sheet: Sheet) -> Path:
    return _write("CSV", path, [(Path(path).stem, sheet)], ["WRITE_BOM=YES", "STRING_QUOTING=IF_NEEDED"])


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def write_pdf(path: str | Path, title: str, lines: Sequence[str], sheets: Sequence[Sheet],
              project: QgsProject | None = None, footer: str = "", orientation: str = "portrait") -> Path:
    """A PDF: the title, ``lines`` of text, then each sheet as a heading and a table."""
    doc = TableDocument(project or QgsProject.instance(), title, orientation=orientation)
    doc.footer_note = footer
    if lines:
        doc.add_text("\n".join(lines))
    for sheet in sheets:
        doc.ensure_room(doc.MIN_TABLE_ROOM + 15)  # a heading never ends a page without its table
        doc.add_text(sheet.title, size=11, bold=True)
        if sheet.note:
            doc.add_text(sheet.note, size=8.5)
        widths = list(sheet.widths) or [0.0] * len(sheet.headings)
        numeric = [sheet.column_type(i) != ogr.OFTString for i in range(len(sheet.headings))]
        columns = [Column(h, w, Qt.AlignRight if num else Qt.AlignLeft)
                   for h, w, num in zip(sheet.headings, widths, numeric)]
        doc.add_table(columns, [[_cell(v) for v in row] for row in sheet.rows])
    return doc.export(path)
