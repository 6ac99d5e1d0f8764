# SPDX-License-Identifier: GPL-2.0-or-later
"""The print-layout template of a review drawing, one ``.qpt`` per paper format.

The templates in ``resources/layouts/`` are what the drawings are made from: the bureau may open one
in QGIS's layout designer (Project ▸ New Print Layout ▸ Add Items from Template), move, restyle or add
items, and save it back. Code finds items by their ids (:data:`ITEM_IDS`) and fills them; everything
else in a template is printed as it is. ``build_template`` makes the plugin's own templates
(``scripts/make_drawing_templates.py`` writes them); it is not used when exporting.
"""
from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsScaleBarSettings,
    QgsSimpleFillSymbolLayer,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ...domain.coordinates import WORKING_CRS
from ...domain.drawings.sheet import PAGE_FORMATS, paper_scales
from ...domain.errors import WuqingError
from ...layers.schema import F
from ...output.report_pdf import MM, Box, page_size, text_format
from ...toolbelt.fonts import cjk_font
from ...toolbelt.i18n import tr
from ...toolbelt.resources import resource_path

#: Items the export needs; a template without one of them is refused with its name.
REQUIRED_IDS = ("map", "locator", "legend", "zones_table")
#: Title-block cells: (key label id, value label id).
TITLE_BLOCK = (("tb_issuer_key", "tb_issuer"), ("tb_number_key", "tb_number"), ("tb_version_key", "tb_version"),
               ("tb_date_key", "tb_date"), ("tb_scale_key", "tb_scale"), ("tb_page_key", "tb_page"),
               ("tb_crs_key", "tb_crs"))
SIGNATURES = ("tb_drawn", "tb_checked", "tb_approved")
ITEM_IDS = (*REQUIRED_IDS, "title", "town", "note", "north_arrow", "scalebar", "locator_caption",
            "legend_caption", "zones_caption", "zones_note", *(i for pair in TITLE_BLOCK for i in pair),
            *SIGNATURES)


class TemplateError(WuqingError, ValueError):
    pass


def template_path(page: str) -> Path:
    return resource_path("layouts", f"review_drawing_{page}.qpt")


class _Builder:
    """Places the items of one paper format; sizes are designed for A3 and scaled for A4."""

    def __init__(self, project: QgsProject, page: str):
        fmt = PAGE_FORMATS[page]
        self.width, self.height = page_size(fmt.paper, fmt.orientation)
        self.landscape = fmt.orientation == "landscape"
        self.k, self.fk = paper_scales(fmt.paper == "A3")
        self.layout = QgsPrintLayout(project)
        self.layout.initializeDefaults()
        self.layout.setName(f"review_drawing_{page}")
        self.layout.pageCollection().page(0).setPageSize(QgsLayoutSize(self.width, self.height, MM))

    def pt(self, size: float) -> float:
        return round(size * self.fk, 1)

    def _place(self, item, box: Box, item_id: str, add: bool = True) -> None:
        item.setId(item_id)
        if add:  # a table's frame is in the layout already
            self.layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(box.x, box.y, MM))
        item.attemptResize(QgsLayoutSize(box.w, box.h, MM))

    def label(self, item_id: str, text: str, box: Box, size: float, bold: bool = False, align=Qt.AlignLeft,
              frame: bool = False, color: QColor | None = None) -> QgsLayoutItemLabel:
        label = QgsLayoutItemLabel(self.layout)
        label.setText(text)
        label.setFont(cjk_font(self.pt(size), bold))
        if color is not None:
            label.setFontColor(color)
        label.setHAlign(align)
        label.setVAlign(Qt.AlignVCenter)
        label.setMarginX(1.2)
        label.setFrameEnabled(frame)
        label.setFrameStrokeWidth(QgsLayoutMeasurement(0.2))
        self._place(label, box, item_id)
        return label

    def rectangle(self, item_id: str, box: Box, width: float) -> None:
        shape = QgsLayoutItemShape(self.layout)
        shape.setShapeType(QgsLayoutItemShape.Rectangle)
        symbol = shape.symbol().clone()
        fill = symbol.symbolLayer(0)
        if isinstance(fill, QgsSimpleFillSymbolLayer):
            fill.setBrushStyle(Qt.NoBrush)
            fill.setStrokeColor(QColor(0, 0, 0))
            fill.setStrokeWidth(width)
        shape.setSymbol(symbol)
        self._place(shape, box, item_id)

    def map_item(self, item_id: str, box: Box, frame_width: float) -> QgsLayoutItemMap:
        item = QgsLayoutItemMap(self.layout)
        self._place(item, box, item_id)
        item.setCrs(QgsCoordinateReferenceSystem(WORKING_CRS))
        item.setFrameEnabled(True)
        item.setFrameStrokeWidth(QgsLayoutMeasurement(frame_width))
        item.setBackgroundColor(QColor(255, 255, 255))
        return item

    def main_map(self, box: Box) -> QgsLayoutItemMap:
        item = self.map_item("map", box, 0.4)
        item.setAtlasDriven(True)
        item.setAtlasScalingMode(QgsLayoutItemMap.Predefined)
        item.setAtlasMargin(0.08)
        grid = QgsLayoutItemMapGrid("CGCS2000", item)
        grid.setUnits(QgsLayoutItemMapGrid.DynamicPageSizeBased)
        grid.setMinimumIntervalWidth(35 * self.k)
        grid.setMaximumIntervalWidth(90 * self.k)
        grid.setStyle(QgsLayoutItemMapGrid.Cross)
        grid.setCrossLength(2.5)
        grid.setGridLineColor(QColor(60, 60, 60))
        grid.setGridLineWidth(0.15)
        grid.setFrameStyle(QgsLayoutItemMapGrid.InteriorTicks)
        grid.setFrameWidth(1.5)
        grid.setFramePenSize(0.2)
        grid.setAnnotationEnabled(True)
        grid.setAnnotationFormat(QgsLayoutItemMapGrid.CustomFormat)
        # Chinese survey order: X is the northing, Y the easting; whole metres, no separators.
        grid.setAnnotationExpression(
            "CASE WHEN @grid_axis = 'x' THEN 'Y=' ELSE 'X=' END || to_int(@grid_number)")
        grid.setAnnotationTextFormat(text_format(self.pt(7)))
        for side in (QgsLayoutItemMapGrid.Left, QgsLayoutItemMapGrid.Right):
            grid.setAnnotationPosition(QgsLayoutItemMapGrid.OutsideMapFrame, side)
            grid.setAnnotationDirection(QgsLayoutItemMapGrid.Vertical, side)
        for side in (QgsLayoutItemMapGrid.Top, QgsLayoutItemMapGrid.Bottom):
            grid.setAnnotationPosition(QgsLayoutItemMapGrid.OutsideMapFrame, side)
            grid.setAnnotationDirection(QgsLayoutItemMapGrid.Horizontal, side)
        grid.setAnnotationFrameDistance(1.0)
        item.grids().addGrid(grid)
        return item

    def locator(self, box: Box, main: QgsLayoutItemMap) -> None:
        item = self.map_item("locator", box, 0.25)
        overview = QgsLayoutItemMapOverview("extent", item)
        overview.setLinkedMap(main)
        overview.setFrameSymbol(QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "20,60,160,255", "outline_width": "0.4", "outline_width_unit": "MM"}))
        item.overviews().addOverview(overview)

    def legend(self, box: Box, main: QgsLayoutItemMap) -> None:
        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle("")
        legend.setLinkedMap(main)
        legend.setLegendFilterByMapEnabled(True)
        legend.setLegendFilterOutAtlas(True)
        legend.setResizeToContents(False)
        legend.setColumnCount(2)
        legend.setSplitLayer(True)
        legend.setEqualColumnWidth(True)
        legend.setSymbolWidth(7 * self.k)
        legend.setSymbolHeight(3.6 * self.k)
        for part, size, bold in ((QgsLegendStyle.Title, 9, True), (QgsLegendStyle.Group, 8, True),
                                 (QgsLegendStyle.Subgroup, 7.5, True), (QgsLegendStyle.SymbolLabel, 7.5, False)):
            legend.rstyle(part).setFont(cjk_font(self.pt(size), bold))
        legend.rstyle(QgsLegendStyle.Subgroup).setMargin(QgsLegendStyle.Top, 1.5)
        self._place(legend, box, "legend")

    def zones_table(self, box: Box) -> None:
        table = QgsLayoutItemManualTable.create(self.layout)
        table.setHeaderTextFormat(text_format(self.pt(7.5), bold=True))
        table.setContentTextFormat(text_format(self.pt(7.5)))
        table.setIncludeTableHeader(True)
        table.setHeaderMode(QgsLayoutTable.AllFrames)
        table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
        table.setGridStrokeWidth(0.15)
        table.setCellMargin(0.8)
        table.setWrapBehavior(QgsLayoutTable.WrapText)
        shares = (0.07, 0.40, 0.10, 0.13, 0.15, 0.15)
        table.setHeaders([QgsLayoutTableColumn(h) for h in ("序号", "名称", "类型", "类别", "公顷", "亩")])
        # Widths of the text inside the cells: the frame's width less the margins and grid lines.
        inner = box.w - len(shares) * 2 * 0.8 - (len(shares) + 1) * 0.15
        table.setColumnWidths([round(inner * share, 2) for share in shares])
        self.layout.addMultiFrame(table)
        frame = QgsLayoutFrame(self.layout, table)
        table.addFrame(frame)
        self._place(frame, box, "zones_table", add=False)

    def scalebar(self, box: Box, main: QgsLayoutItemMap) -> None:
        bar = QgsLayoutItemScaleBar(self.layout)
        bar.setStyle("Single Box")
        bar.setLinkedMap(main)
        bar.setUnits(QgsUnitTypes.DistanceMeters)
        bar.setUnitLabel("m")
        bar.setNumberOfSegments(3)
        bar.setNumberOfSegmentsLeft(0)
        bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
        bar.setMinimumBarWidth(box.w * 0.6)
        bar.setMaximumBarWidth(box.w * 0.9)
        bar.setHeight(1.8 * self.k)
        bar.setTextFormat(text_format(self.pt(7)))
        bar.setBackgroundEnabled(True)
        bar.setBackgroundColor(QColor(255, 255, 255, 220))
        self._place(bar, box, "scalebar")

    def north_arrow(self, box: Box) -> None:
        arrow = QgsLayoutItemPicture(self.layout)
        arrow.setBackgroundEnabled(True)
        arrow.setBackgroundColor(QColor(255, 255, 255, 220))
        self._place(arrow, box, "north_arrow")


def _frame_boxes(b: _Builder) -> dict[str, Box]:
    """Where each block goes: map and title on the left (or top), the sidebar on the right (or below)."""
    k, w, h = b.k, b.width, b.height
    m = 10 * k
    boxes = {"border": Box(m, m, w - 2 * m, h - 2 * m)}
    title_h = 21 * k
    grid_gap = 6.5 * k  # room for the grid labels around the map frame
    if b.landscape:
        side_w = 112 * k
        side_x = w - m - side_w - 3 * k
        boxes["title"] = Box(m + 3 * k, m + 2 * k, side_x - m - 8 * k, 11 * k)
        boxes[F.TOWN] = Box(m + 3 * k, m + 12 * k, side_x - m - 8 * k, 9 * k)
        boxes["map"] = Box(m + grid_gap, m + title_h + grid_gap, side_x - m - 2 * grid_gap - 3 * k,
                           h - 2 * m - title_h - 2 * grid_gap)
        y = m + 3 * k
        column = [("locator", 60), ("legend", 58), ("zones", 82), ("block", 0)]
        x, cw = side_x, side_w
    else:
        side_h = 128 * k
        boxes["title"] = Box(m + 3 * k, m + 2 * k, w - 2 * m - 6 * k, 11 * k)
        boxes[F.TOWN] = Box(m + 3 * k, m + 12 * k, w - 2 * m - 6 * k, 9 * k)
        map_bottom = h - m - side_h - 3 * k
        boxes["map"] = Box(m + grid_gap, m + title_h + grid_gap, w - 2 * m - 2 * grid_gap,
                           map_bottom - m - title_h - 2 * grid_gap)
        y = map_bottom + 2 * k
        column = []
        x, cw = m + 3 * k, 0.0
    mb = boxes["map"]
    boxes["north_arrow"] = Box(mb.x + mb.w - 13 * k, mb.y + 2 * k, 11 * k, 16 * k)
    boxes["scalebar"] = Box(mb.x + 2 * k, mb.bottom - 12 * k, 60 * k, 10 * k)
    boxes[F.NOTE] = Box(mb.x + mb.w - 92 * k, mb.bottom - 8 * k, 90 * k, 6 * k)
    if b.landscape:
        for name, height in column:
            if name == "block":
                boxes["block"] = Box(x, y, cw, h - m - 2 * k - y)
                break
            boxes[f"{name}_caption"] = Box(x, y, cw, 5 * k)
            boxes[name] = Box(x, y + 5.5 * k, cw, (height - 5.5) * k)
            y += (height + 3) * k
    else:
        usable = w - 2 * m - 6 * k
        c1, c2 = usable * 0.31, usable * 0.39
        c3 = usable - c1 - c2 - 6 * k
        band = h - m - 2 * k - y
        boxes["locator_caption"] = Box(x, y, c1, 5 * k)
        boxes["locator"] = Box(x, y + 5.5 * k, c1, 56 * k)
        ly = y + 64 * k
        boxes["legend_caption"] = Box(x, ly, c1, 5 * k)
        boxes["legend"] = Box(x, ly + 5.5 * k, c1, band - (ly - y) - 5.5 * k)
        x2 = x + c1 + 3 * k
        boxes["zones_caption"] = Box(x2, y, c2, 5 * k)
        boxes["zones"] = Box(x2, y + 5.5 * k, c2, band - 5.5 * k)
        boxes["block"] = Box(x2 + c2 + 3 * k, y, c3, band)
    zb = boxes["zones"]  # the note on areas goes between the caption and the table
    boxes["zones_note"] = Box(zb.x, zb.y, zb.w, 8 * k)
    boxes["zones"] = Box(zb.x, zb.y + 8.5 * k, zb.w, zb.h - 8.5 * k)
    return boxes


def _title_block(b: _Builder, box: Box) -> None:
    k = b.k
    key_w = 17 * k
    rows = [("tb_issuer_key", "tb_issuer", "出图单位", "", 9), ("tb_number_key", "tb_number", "图号", "", 8)]
    y = box.y
    for key_id, value_id, key, value, height in rows:
        b.label(key_id, key, Box(box.x, y, key_w, height * k), 7.5, frame=True)
        b.label(value_id, value, Box(box.x + key_w, y, box.w - key_w, height * k), 8, bold=True, frame=True)
        y += height * k
    half = box.w / 2
    for (k1, v1, t1), (k2, v2, t2) in ((("tb_version_key", "tb_version", "版本"), ("tb_date_key", "tb_date", "日期")),
                                       (("tb_scale_key", "tb_scale", "比例尺"), ("tb_page_key", "tb_page", "页码"))):
        for offset, (key_id, value_id, key) in ((0.0, (k1, v1, t1)), (half, (k2, v2, t2))):
            b.label(key_id, key, Box(box.x + offset, y, key_w, 8 * k), 7.5, frame=True)
            b.label(value_id, "", Box(box.x + offset + key_w, y, half - key_w, 8 * k), 7.5, frame=True)
        y += 8 * k
    b.label("tb_crs_key", "坐标系", Box(box.x, y, key_w, 9 * k), 7.5, frame=True)
    b.label("tb_crs", "", Box(box.x + key_w, y, box.w - key_w, 9 * k), 7, frame=True)
    y += 9 * k
    third = box.w / 3
    sig_h = max(box.bottom - y, 10 * k)
    for i, sid in enumerate(SIGNATURES):
        label = b.label(sid, "", Box(box.x + i * third, y, third, sig_h), 7.5, frame=True)
        label.setVAlign(Qt.AlignTop)
        label.setMarginY(1.2)


def build_template(project: QgsProject, page: str) -> QgsPrintLayout:
    """The plugin's template for ``page`` (a code of PAGE_FORMATS), with sample texts that the export replaces."""
    b = _Builder(project, page)
    boxes = _frame_boxes(b)
    b.rectangle("border", boxes["border"], 0.5)
    b.label("title", "武清区永久性保护生态区域红线黄线审核图", boxes["title"], 19, bold=True, align=Qt.AlignHCenter)
    b.label("town", "[% \"name\" %]", boxes[F.TOWN], 14, bold=True, align=Qt.AlignHCenter)
    main = b.main_map(boxes["map"])
    b.north_arrow(boxes["north_arrow"])
    b.scalebar(boxes["scalebar"], main)
    b.label("note", "", boxes[F.NOTE], 8, bold=True, align=Qt.AlignRight, color=QColor(190, 0, 0))
    for name, caption in (("locator", "区位图"), ("legend", "图例"), ("zones", "本镇（街）生态保护区域")):
        b.label(f"{name}_caption", caption, boxes[f"{name}_caption"], 8.5, bold=True)
    b.locator(boxes["locator"], main)
    b.legend(boxes["legend"], main)
    b.zones_table(boxes["zones"])
    note = b.label("zones_note", "", boxes["zones_note"], 6.5)
    note.setVAlign(Qt.AlignTop)
    _title_block(b, boxes["block"])
    return b.layout


def save_template(layout: QgsPrintLayout, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        raise TemplateError(f"cannot write {path}")


def read_template(path: Path) -> QDomDocument:
    """The template at ``path``, parsed; raise :class:`TemplateError` with a message for the user."""
    doc = QDomDocument()
    try:
        ok, message, line, _ = doc.setContent(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:  # unreadable, or not a text file at all
        raise TemplateError(tr("Cannot read the layout template {path}: {error}").format(path=path, error=exc)) from exc
    if not ok:
        raise TemplateError(tr("Cannot read the layout template {path}: {error}").format(
            path=path, error=f"{line}: {message}"))
    return doc


def layout_from_template(project: QgsProject, template: QDomDocument) -> QgsPrintLayout:
    """A new layout made from ``template``; refused when it lacks an item the export fills."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _, ok = layout.loadFromTemplate(template, QgsReadWriteContext(), True)
    missing = [i for i in REQUIRED_IDS if layout.itemById(i) is None]
    if not ok or missing:
        raise TemplateError(tr("The layout template lacks the item(s) {ids}").format(ids=", ".join(missing)))
    return layout
