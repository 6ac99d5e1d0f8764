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
from typing import Iterator, Sequence

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsLayout,
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
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..domain.errors import WuqingError
from ..toolbelt.fonts import cjk_font
from ..toolbelt.i18n import tr

MM = QgsUnitTypes.LayoutMillimeters
PAGE_SIZES = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}


class LayoutExportError(WuqingError):
    pass



#: Lines a table cell may take before its text is shortened with an ellipsis: QGIS cannot place a
#: row taller than a table's frame, and then drops that row and every row after it.
MAX_CELL_LINES = 12
ELLIPSIS = "…"


def _lines(text: str, width_mm: float, font: QFont) -> Iterator[str]:
    for paragraph in text.split("\n"):
        line = ""
        for token in re.findall(r"[A-Za-z0-9.,:;%²°()/\-]+ ?|.", paragraph):
            if line and QgsLayoutUtils.textWidthMM(font, line + token.rstrip()) > width_mm:
                yield line.rstrip()
                line = token.lstrip()
            else:
                line += token
        yield line.rstrip()


def wrap_text(text: str, width_mm: float, font: QFont, max_lines: int = 0) -> str:
    """``text`` with line breaks so that no line is wider than ``width_mm`` in ``font``; with
    ``max_lines``, at most that many lines, the last ending in an ellipsis when text was left out.

    QGIS wraps table text only at spaces, and Chinese has none: a long name would be cut at the
    cell's edge. Break between Chinese characters, keep Latin words and numbers whole where they fit.
    Widths come from QgsLayoutUtils.textWidthMM, which measures unhinted. ``width_mm`` 0: as is.
    """
    if width_mm <= 0 or not text:
        return text
    if QgsLayoutUtils.textWidthMM(font, text) <= width_mm and not (max_lines and text.count("\n") >= max_lines):
        return text
    lines: list[str] = []
    for line in _lines(text, width_mm, font):  # stops early: a 10 MB text is not measured to its end
        lines.append(line)
        if max_lines and len(lines) > max_lines:
            last = lines[max_lines - 1]
            while last and QgsLayoutUtils.textWidthMM(font, last + ELLIPSIS) > width_mm:
                last = last[:-1]
            return "\n".join(lines[:max_lines - 1] + [last.rstrip() + ELLIPSIS])
    return "\n".join(lines)


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


@dataclass(frozen=True)
class Box:
    """A rectangle on a page, in millimetres."""

    x: float
    y: float
    w: float
    h: float

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass
class Column:
    heading: str
    width_mm: float = 0.0  # 0: automatic
    align: int = Qt.AlignLeft


CELL_MARGIN = 1.2
#: Added to a fitted frame's height: the bottom grid line's stroke, and rounding in the frame size.
FIT_ALLOWANCE = 0.2


def table_cell(value: object, column: Column, font: QFont) -> QgsTableCell:
    """A cell wrapped to its column in ``font`` (QGIS wraps only at spaces) and aligned as the column
    says (a manual table does not apply a column's alignment to its cells)."""
    cell = QgsTableCell(wrap_text("" if value is None else str(value), column.width_mm - CELL_MARGIN * 2, font,
                                  MAX_CELL_LINES))
    cell.setHorizontalAlignment(column.align)
    return cell


def manual_table(layout: QgsPrintLayout, columns: Sequence[Column], rows: Sequence[Sequence[object]],
                 font_size: float = 8.5, header: bool = True) -> QgsLayoutItemManualTable:
    """A table of ``rows`` under ``columns`` in the CJK font, added to ``layout`` without a frame;
    the header repeats in every frame."""
    table = QgsLayoutItemManualTable.create(layout)
    table.setHeaderTextFormat(text_format(font_size, bold=True))
    table.setContentTextFormat(text_format(font_size))
    table.setIncludeTableHeader(header)
    headers = []
    for col in columns:
        c = QgsLayoutTableColumn(col.heading)  # headers stay one line: their row does not grow
        c.setWidth(col.width_mm)
        c.setHAlignment(col.align)
        headers.append(c)
    table.setHeaders(headers)
    # A manual table sizes its columns from these widths (0: fit the content), not the headers'.
    table.setColumnWidths([col.width_mm for col in columns])
    font = cjk_font(font_size)
    table.setTableContents([[table_cell(v, col, font) for v, col in zip(row, columns)] for row in rows])
    if header:  # (setIncludeTableHeader(False) has set NoHeaders: AllFrames would draw an empty header row)
        table.setHeaderMode(QgsLayoutTable.AllFrames)
    table.setGridStrokeWidth(0.2)
    table.setCellMargin(CELL_MARGIN)
    layout.addMultiFrame(table)
    return table


def ensure_page(layout: QgsLayout, page: int) -> None:
    """Add pages (like the last) until ``layout`` has page number ``page`` (from 0)."""
    while layout.pageCollection().pageCount() <= page:
        layout.pageCollection().extendByNewPage()


def _frame(table: QgsLayoutMultiFrame, box: Box, page: int) -> QgsLayoutFrame:
    layout = table.layout()
    ensure_page(layout, page)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(box.x, box.y, MM), page=page)
    frame.attemptResize(QgsLayoutSize(box.w, box.h, MM))
    table.addFrame(frame)
    return frame


def _rows_left(table: QgsLayoutMultiFrame) -> bool:
    """Whether rows remain that the table's frames do not show."""
    if not isinstance(table, QgsLayoutTable) or table.frameCount() == 0:
        return False
    context = QgsLayoutUtils.createRenderContextForLayout(table.layout(), None)
    context.setFlag(Qgis.RenderContextFlag.ApplyScalingWorkaroundForTextRendering)  # as the table draws
    return table.rowRange(context, table.frameCount() - 1)[1] < len(table.contents())


def flow_table(table: QgsLayoutMultiFrame, page: int, first: Box | None, following: Box) -> int:
    """Lay ``table`` out from ``first`` on ``page`` (or in the frame it has already when ``first``
    is None) and on as many new pages as it needs, each in ``following``; returns the last page.

    QGIS's own repeat mode copies the last frame's geometry onto each new page, so the second frame
    is made first, in ``following`` on the next page, and only then is the rest repeated: repeating
    a small first frame would give pages of a few rows each (and then pages, time and memory that
    grow faster than the rows). (How much of its last frame the table fills: :func:`fit_last_frame`.)
    """
    if first is not None:
        _frame(table, first, page)
    table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    table.recalculateFrameSizes()
    if _rows_left(table):
        _frame(table, following, table.frames()[-1].page() + 1)
        table.setResizeMode(QgsLayoutMultiFrame.RepeatUntilFinished)
        table.recalculateFrameSizes()
    return table.frames()[-1].page()


def place_map(item: QgsLayoutItemMap, x: float, y: float, w: float, h: float, extent: QgsRectangle) -> None:
    """Size ``item`` and fit ``extent`` into it.

    The order matters: a map item without a size cannot take an extent, setExtent() reshapes the item
    to the extent, and zoomToExtent() fits the extent into the item's shape.
    """
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.setExtent(extent)
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.zoomToExtent(extent)


def add_map_item(layout: QgsLayout, layers: Sequence[QgsMapLayer], x: float, y: float, w: float, h: float,
                 extent: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> QgsLayoutItemMap:
    """A framed map of ``layers`` (top first) over ``extent`` on a white ground, at (x, y) mm."""
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    place_map(item, x, y, w, h, extent)
    item.setCrs(crs)
    item.setLayers(list(layers))
    item.setKeepLayerSet(True)
    item.setFrameEnabled(True)
    item.setBackgroundColor(QColor(255, 255, 255))
    return item


class TableDocument:
    """A document of a title block, then text blocks and tables in order, flowing over pages.

    A table that fits on the current page is followed by what comes next on the same page; a
    longer one continues on new pages (header repeated) and what follows goes below its end.
    """

    MARGIN = 15.0
    FOOTER = 18.0  # room kept free at the bottom of each page for the footer
    MIN_TABLE_ROOM = 30.0  # less room than this left on a page: a table starts on the next one

    def __init__(self, project: QgsProject, title: str, paper: str = "A4", orientation: str = "portrait"):
        self.layout = QgsPrintLayout(project)
        self.layout.initializeDefaults()
        self.layout.setName(title)
        self.width, self.height = page_size(paper, orientation)
        self.layout.pageCollection().page(0).setPageSize(QgsLayoutSize(self.width, self.height, MM))
        self.cursor = self.MARGIN
        self.page = 0
        self.footer_note = ""
        self.add_text(title, size=15, bold=True, align=Qt.AlignHCenter, height=10)

    def add_text(self, text: str, size: float = 9.5, bold: bool = False, align=Qt.AlignLeft,
                 height: float | None = None) -> QgsLayoutItemLabel:
        """A text block below what is there already (on a new page when the current one is full)."""
        lines = max(1, text.count("\n") + 1)
        h = height or lines * size * 0.5 + 2
        self.ensure_room(h)
        label = add_label(self.layout, text, self.MARGIN, self.cursor, self.width - 2 * self.MARGIN, h, size, bold,
                          align, page=self.page)
        label.setVAlign(Qt.AlignTop)
        self.cursor += h + 1.5
        return label

    def ensure_room(self, height_mm: float) -> None:
        """Start a new page unless ``height_mm`` is left on this one (keeps a heading with its table)."""
        if self.cursor + height_mm > self.height - self.FOOTER:
            self.new_page()

    def new_page(self) -> None:
        """Continue on a new page at the top margin (a page already made by a long table is reused)."""
        self.page += 1
        ensure_page(self.layout, self.page)
        self.cursor = self.MARGIN

    def add_map(self, layers: Sequence[QgsMapLayer], extent: QgsRectangle, height: float,
                crs: QgsCoordinateReferenceSystem) -> QgsLayoutItemMap:
        """A framed map of ``layers`` (top first) over ``extent``, full width, below the cursor."""
        item = add_map_item(self.layout, layers, self.MARGIN, self.cursor, self.width - 2 * self.MARGIN, height,
                            extent, crs)
        self.cursor += height + 2.0
        return item

    def add_table(self, columns: Sequence[Column], rows: Sequence[Sequence[object]],
                  font_size: float = 8.5) -> QgsLayoutItemManualTable:
        """The table, from the cursor down, continuing on new pages (header repeated) as needed."""
        if self.height - self.FOOTER - self.cursor < self.MIN_TABLE_ROOM:
            self.new_page()
        table = manual_table(self.layout, columns, rows, font_size)
        body = Box(self.MARGIN, self.MARGIN, self.width - 2 * self.MARGIN, self.height - self.MARGIN - self.FOOTER)
        flow_table(table, self.page, Box(body.x, self.cursor, body.w, self.height - self.cursor - self.FOOTER), body)
        last = table.frames()[-1]
        used = fit_last_frame(table)
        # What follows goes below the table's end, on the page where it ends.
        self.page = last.page()
        self.cursor = last.pagePositionWithUnits().y() + used + 4.0
        return table

    def _add_footers(self) -> None:
        pages = self.layout.pageCollection().pageCount()
        for n in range(pages):
            text = tr("Page {page} of {pages}").format(page=n + 1, pages=pages)
            if self.footer_note:
                text = f"{self.footer_note}    {text}"
            add_label(self.layout, text, self.MARGIN, self.height - 12, self.width - 2 * self.MARGIN, 6, 7.5,
                      align=Qt.AlignRight, page=n)

    def export(self, path: str | Path, dpi: int = 150) -> Path:
        self._add_footers()
        return export_layout(self.layout, path, dpi)


def add_label(layout: QgsLayout, text: str, x: float, y: float, w: float, h: float, size: float,
              bold: bool = False, align=Qt.AlignLeft, page: int = 0, valign=None) -> QgsLayoutItemLabel:
    """A text label at (x, y) mm of ``page`` (added when missing), in the CJK font."""
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    label.setFont(cjk_font(size, bold))
    label.setHAlign(align)
    if valign is not None:
        label.setVAlign(valign)
    layout.addLayoutItem(label)
    ensure_page(layout, page)
    label.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    label.attemptResize(QgsLayoutSize(w, h, MM))
    return label


def fixed_table(layout: QgsPrintLayout, x: float, y: float, width: float, columns: Sequence[Column],
                rows: Sequence[Sequence[object]], font_size: float = 8.5, header: bool = True,
                page: int = 0) -> QgsLayoutItemManualTable:
    """A table in one frame at (x, y) mm, as tall as its rows (for cards and forms, not long lists)."""
    table = manual_table(layout, columns, rows, font_size, header)
    table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    _frame(table, Box(x, y, width, 250), page)
    fit_last_frame(table)
    return table


def fit_last_frame(table: QgsLayoutTable) -> float:
    """Shrink the table's last frame to the rows it draws and return its height in mm.

    The height comes from QGIS's own count of the rows a frame of a given height shows
    (``rowsVisible``, what the table uses when it draws): the least height that shows every row
    still to come is found by bisection, with no rendering. Rows of any height (wrapped cells),
    a header or none, and a single row are all measured the same way.
    """
    index = table.frameCount() - 1
    last = table.frame(index)
    size = last.sizeWithUnits()
    context = QgsLayoutUtils.createRenderContextForLayout(table.layout(), None)
    context.setFlag(Qgis.RenderContextFlag.ApplyScalingWorkaroundForTextRendering)  # as the table draws
    first = table.rowRange(context, index)[0]
    remaining = len(table.contents()) - first
    header = table.headerMode() == QgsLayoutTable.AllFrames or (
        table.headerMode() == QgsLayoutTable.FirstFrame and index == 0)

    def shows_all(height: float) -> bool:
        # rowsVisible is -1 for a frame too low for its header: an empty table needs the header.
        return table.rowsVisible(context, height, first, header, False) >= remaining

    low, high = 0.0, size.height()
    if not shows_all(high):
        return high  # the frame is full: it keeps its height and the rest flows on
    for _ in range(24):
        mid = (low + high) / 2
        low, high = (low, mid) if shows_all(mid) else (mid, high)
    used = min(size.height(), high + FIT_ALLOWANCE)
    last.attemptResize(QgsLayoutSize(size.width(), used, MM))
    table.recalculateFrameSizes()
    return used


def pdf_settings(dpi: int = 150) -> QgsLayoutExporter.PdfExportSettings:
    """How the plugin writes PDFs: vector, text kept as text (searchable, fonts embedded)."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    return settings


def export_layout(layout: QgsPrintLayout, path: str | Path, dpi: int = 150) -> Path:
    """Export a layout to PDF (text kept as text: searchable, fonts embedded) or to an image, by the
    file's extension; raise :class:`LayoutExportError` when the exporter fails."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    exporter = QgsLayoutExporter(layout)
    if path.suffix.lower() == ".pdf":
        result = exporter.exportToPdf(str(path), pdf_settings(dpi))
    elif layout.pageCollection().pageCount() == 1:
        # exportToImage() georeferences the page of the layout's map by opening the written image
        # with GDAL for update, which PNG and JPEG refuse (GDAL prints an ERROR after a good export);
        # those formats hold no georeferencing anyway, so Qt writes the rendered page.
        image = exporter.renderPageToImage(0, QSize(), dpi)
        result = QgsLayoutExporter.Success if not image.isNull() and image.save(str(path)) \
            else QgsLayoutExporter.FileError
    else:
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        result = exporter.exportToImage(str(path), settings)
    if result != QgsLayoutExporter.Success:
        # (QgsLayoutExporter.errorMessage() only exists from QGIS 3.24: the result code says why.)
        why = tr("the file cannot be written") if result == QgsLayoutExporter.FileError else tr(
            "QGIS could not render the layout (code {code})").format(code=int(result))
        raise LayoutExportError(tr("Export failed: {path}: {why}").format(path=exporter.errorFile() or path, why=why))
    return path
