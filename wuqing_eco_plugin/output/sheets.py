# SPDX-License-Identifier: GPL-2.0-or-later
"""Tables for people: one set of sheets written as XLSX (one sheet each), CSV or a printable PDF.

XLSX and CSV are files of the data-access layer (:mod:`..layers.spreadsheet`); the PDF is a
:class:`TableDocument`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from ..layers.spreadsheet import Sheet, SpreadsheetError, write_csv, write_xlsx
from .report_pdf import Column, TableDocument

__all__ = ["Sheet", "SpreadsheetError", "write_csv", "write_pdf", "write_xlsx"]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def write_pdf(path: str | Path, title: str, lines: Sequence[str], sheets: Sequence[Sheet],
              project: QgsProject | None = None, footer: str = "", orientation: str = "portrait") -> Path:
    """A PDF: the title, ``lines`` of text, then each sheet as a heading and a table (laid out in
    ``project``, else in a project of its own)."""
    owner = QgsProject() if project is None else project  # kept alive until the export below
    doc = TableDocument(owner, title, orientation=orientation)
    doc.footer_note = footer
    if lines:
        doc.add_text("\n".join(lines))
    for sheet in sheets:
        doc.ensure_room(doc.MIN_TABLE_ROOM + 15)  # a heading never ends a page without its table
        doc.add_text(sheet.title, size=11, bold=True)
        if sheet.note:
            doc.add_text(sheet.note, size=8.5)
        widths = list(sheet.widths) or [0.0] * len(sheet.headings)
        numeric = [sheet.column_kind(i) != "text" for i in range(len(sheet.headings))]
        columns = [Column(h, w, Qt.AlignmentFlag.AlignRight if num else Qt.AlignmentFlag.AlignLeft)
                   for h, w, num in zip(sheet.headings, widths, numeric)]
        doc.add_table(columns, [[_cell(v) for v in row] for row in sheet.rows])
    return doc.export(path)
