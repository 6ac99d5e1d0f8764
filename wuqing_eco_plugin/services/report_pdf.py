# SPDX-License-Identifier: GPL-2.0-or-later
"""Printable documents (tables, summaries) as QGIS print layouts, exported to PDF with a CJK font.

A table is a ``QgsLayoutItemManualTable`` in frames that repeat onto new pages until every row is
placed, so long tables continue on following pages with their header repeated; each page gets a
footer with the page number. Used for coordinate tables, screening summaries and ledger reports.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..toolbelt.fonts import cjk_font
from ..toolbelt.i18n import tr

MM = QgsUnitTypes.LayoutMillimeters
PAGE_SIZES = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}


class LayoutExportError(Exception):
    pass



def wrap_text(text: str, width_mm: float, font: QFont) -> str:
    """``text`` with line breaks so that no line is wider than ``width_mm`` in ``font``.

    Layout tables wrap only at spaces, which Chinese does not have: break between characters, and
    keep Latin words and numbers whole where they fit.
    """
    out_lines = []
    for paragraph in text.split("\n"):
        tokens = re.findall(r"[A-Za-z0-9.,:;%²°()/\-]+ ?|.", paragraph)
        line = ""
        for token in tokens:
            if line and QgsLayoutUtils.textWidthMM(font, line + token.rstrip()) > width_mm:
                out_lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line += token
        out_lines.append(line.rstrip())
    return "\n".join(out_lines)


def text_format(size: float, bold: bool = False, color: QColor | None = None) -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(cjk_font(size, bold))
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    if color is not None:
        fmt.setColor(color)
    return fmt


def page_size(paper: str = "A4", orientation: str = "portrait") -> tuple[float, float]:
    w, h = PAGE_SIZES[paper]
    return (h, w) if orientation == "landscape" else (w, h)


@dataclass
class Column:
    heading: str
    width_mm: float = 0.0  # 0: automatic
    align: int = Qt.AlignLeft


class TableDocument:
    """A document of a title block, optional text lines, and one table flowing over pages."""

    MARGIN = 15.0
    CELL_MARGIN = 1.2

    def __init__(self, project: QgsProject, title: str, paper: str = "A4", orientation: str = "portrait"):
        self.layout = QgsPrintLayout(project)
        self.layout.initializeDefaults()
        self.layout.setName(title)
        self.width, self.height = page_size(paper, orientation)
        self.layout.pageCollection().page(0).setPageSize(QgsLayoutSize(self.width, self.height, MM))
        self.cursor = self.MARGIN
        self.footer_note = ""
        self.add_text(title, size=15, bold=True, align=Qt.AlignHCenter, height=10)

    def add_text(self, text: str, size: float = 9.5, bold: bool = False, align=Qt.AlignLeft,
                 height: float | None = None) -> QgsLayoutItemLabel:
        """A text block below what is there already on the first page."""
        lines = max(1, text.count("\n") + 1)
        h = height or lines * size * 0.5 + 2
        label = QgsLayoutItemLabel(self.layout)
        label.setText(text)
        label.setFont(cjk_font(size, bold))
        label.setHAlign(align)
        label.setVAlign(Qt.AlignTop)
        self.layout.addLayoutItem(label)
        label.attemptMove(QgsLayoutPoint(self.MARGIN, self.cursor, MM))
        label.attemptResize(QgsLayoutSize(self.width - 2 * self.MARGIN, h, MM))
        self.cursor += h + 1.5
        return label

    def add_map(self, layers: Sequence[QgsMapLayer], extent: QgsRectangle, height: float,
                crs: QgsCoordinateReferenceSystem) -> QgsLayoutItemMap:
        """A framed map of ``layers`` (top first) over ``extent``, full width, below the cursor."""
        from .overview import place_map  # overview builds on this module

        item = QgsLayoutItemMap(self.layout)
        self.layout.addLayoutItem(item)
        place_map(item, self.MARGIN, self.cursor, self.width - 2 * self.MARGIN, height, extent)
        item.setCrs(crs)
        item.setLayers(list(layers))
        item.setKeepLayerSet(True)
        item.setFrameEnabled(True)
        item.setBackgroundColor(QColor(255, 255, 255))
        self.cursor += height + 2.0
        return item

    def add_table(self, columns: Sequence[Column], rows: Sequence[Sequence[object]],
                  font_size: float = 8.5, wrap: bool = False) -> QgsLayoutItemManualTable:
        """The table, from the cursor down, continuing on new pages (header repeated) as needed;
        ``wrap`` breaks long cells into lines within their column's width (Chinese included)."""
        table = QgsLayoutItemManualTable.create(self.layout)
        table.setHeaderTextFormat(text_format(font_size, bold=True))
        table.setContentTextFormat(text_format(font_size))
        table.setIncludeTableHeader(True)
        headers = []
        for col in columns:
            c = QgsLayoutTableColumn(col.heading)
            c.setWidth(col.width_mm)
            c.setHAlignment(col.align)
            headers.append(c)
        table.setHeaders(headers)
        # A manual table takes its widths from its own list, not from the header columns (0 = automatic).
        table.setColumnWidths([col.width_mm for col in columns])
        if wrap:
            font = cjk_font(font_size)
            rows = [[wrap_text("" if v is None else str(v), col.width_mm - 2 * self.CELL_MARGIN, font)
                     if col.width_mm else v for v, col in zip(row, columns)] for row in rows]
        table.setTableContents([[QgsTableCell("" if v is None else str(v)) for v in row] for row in rows])
        table.setHeaderMode(QgsLayoutTable.AllFrames)
        table.setResizeMode(QgsLayoutMultiFrame.RepeatUntilFinished)
        table.setGridStrokeWidth(0.2)
        table.setCellMargin(self.CELL_MARGIN)
        self.layout.addMultiFrame(table)
        frame = QgsLayoutFrame(self.layout, table)
        frame.attemptMove(QgsLayoutPoint(self.MARGIN, self.cursor, MM))
        frame.attemptResize(QgsLayoutSize(self.width - 2 * self.MARGIN, self.height - self.cursor - 18, MM))
        table.addFrame(frame)
        # New frames copy the last frame's geometry: place the second frame at the top margin of page 2
        # and drop the others, so every continuation page uses its full height.
        table.recalculateFrameSizes()
        if table.frameCount() > 1:
            while table.frameCount() > 2:
                table.removeFrame(table.frameCount() - 1, True)
            second = table.frames()[1]
            second.attemptMove(QgsLayoutPoint(self.MARGIN, self.MARGIN, MM), page=1)
            second.attemptResize(QgsLayoutSize(self.width - 2 * self.MARGIN, self.height - self.MARGIN - 18, MM))
            table.recalculateFrameSizes()
        return table

    def _add_footers(self) -> None:
        pages = self.layout.pageCollection().pageCount()
        for n in range(pages):
            text = tr("Page {page} of {pages}").format(page=n + 1, pages=pages)
            if self.footer_note:
                text = f"{self.footer_note}    {text}"
            label = QgsLayoutItemLabel(self.layout)
            label.setText(text)
            label.setFont(cjk_font(7.5))
            label.setHAlign(Qt.AlignRight)
            self.layout.addLayoutItem(label)
            label.attemptMove(QgsLayoutPoint(self.MARGIN, self.height - 12, MM), page=n)
            label.attemptResize(QgsLayoutSize(self.width - 2 * self.MARGIN, 6, MM))

    def export(self, path: str | Path, dpi: int = 150) -> Path:
        self._add_footers()
        return export_layout(self.layout, path, dpi)


def export_layout(layout: QgsPrintLayout, path: str | Path, dpi: int = 150) -> Path:
    """Export a layout to PDF (text kept as text: searchable, fonts embedded) or to an image, by the
    file's extension; raise :class:`LayoutExportError` when the exporter fails."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    exporter = QgsLayoutExporter(layout)
    if path.suffix.lower() == ".pdf":
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
        result = exporter.exportToPdf(str(path), settings)
    else:
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        result = exporter.exportToImage(str(path), settings)
    if result != QgsLayoutExporter.Success:
        raise LayoutExportError(tr("Export failed ({code}): {path}").format(
            code=exporter.errorMessage() or int(result), path=path))
    return path
