# SPDX-License-Identifier: GPL-2.0-or-later
"""One town's drawing: the template filled for that town, its tables flowing onto continuation pages.

The layout's atlas covers the towns and is moved to the town: the map frames the town with a margin
at a round scale, the styles dim what lies outside it and highlight it on the locator, the legend
keeps only what this sheet shows. The zone table and the marker coordinate table are filled from
the plan (areas clipped to the town); what does not fit continues on pages that repeat the header.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from qgis.core import (
    QgsExpressionContextUtils,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsRectangle,
    QgsTableCell,
)
from qgis.PyQt.QtCore import Qt

from ...domain.departments import DEPARTMENTS, SURVEYOR
from ...domain.drawings.sheet import PAGE_FORMATS, paper_scales
from ...domain.errors import WuqingError
from ...domain.markers.vocabulary import MARKER_KINDS, MARKER_STATUSES
from ...domain.units import M2_PER_MU, hectares, mu
from ...domain.zones import LINE_CLASSES, ZONE_TYPES
from ...layers.schema import F
from ...output.layout_fit import fit_legend
from ...output.report_pdf import (
    MM,
    Box,
    Column,
    add_label,
    flow_table,
    manual_table,
    page_size,
    place_map,
    wrap_text,
)
from ...toolbelt.i18n import QT_TR_NOOP, tr, ui_language
from ...toolbelt.resources import resource_path
from .map_layers import DrawingLayers
from .plan import DrawingOptions, TownSheet

#: Round scales the atlas chooses from (the smallest that shows the whole town with its margin).
SCALES = (5000, 10000, 15000, 20000, 25000, 30000, 40000, 50000, 60000, 75000, 100000, 150000, 200000)
#: The drawing's title: 武清区永久性保护生态区域红线黄线审核图 in Chinese.
TITLE = QT_TR_NOOP("Wuqing protected ecological areas: red/yellow-line review drawing")
#: Lines a zone's name may take in the zone table (beyond them it ends in an ellipsis).
ZONE_NAME_LINES = 3


class SheetError(WuqingError, RuntimeError):
    pass


@dataclass
class Sheet:
    layout: QgsPrintLayout
    pages: int


def _set_text(layout: QgsPrintLayout, item_id: str, text: str) -> None:
    item = layout.itemById(item_id)
    if isinstance(item, QgsLayoutItemLabel):
        item.setText(text)


def _texts(sheet: TownSheet, options: DrawingOptions, illustrative: bool) -> dict[str, str]:
    lang = ui_language()
    return {
        "title": tr(TITLE),
        "tb_issuer_key": tr("Issued by"), "tb_issuer": DEPARTMENTS[SURVEYOR].label(lang),
        "tb_number_key": tr("Drawing no."), "tb_number": sheet.number,
        "tb_version_key": tr("Version"), "tb_version": options.version,
        "tb_date_key": tr("Date"), "tb_date": options.date.isoformat(),
        "tb_scale_key": tr("Scale"),
        "tb_scale": "1:[% format_number(map_get(item_variables('map'), 'map_scale'), 0) %]",
        "tb_page_key": tr("Sheet"),
        "tb_page": tr("Page {page} of {pages}").format(page="[% @layout_page %]", pages="[% @layout_numpages %]"),
        "tb_crs_key": tr("Coordinates"),
        "tb_crs": tr("CGCS2000 / 3-degree Gauss-Krüger CM 117°E (EPSG:4548)"),
        "tb_drawn": tr("Drawn by"), "tb_checked": tr("Checked by"), "tb_approved": tr("Approved by"),
        "locator_caption": tr("Location in the district"), "legend_caption": tr("Legend"),
        "zones_caption": tr("Protected zones in this town"),
        "zones_note": tr("Areas inside the town boundary, planimetric in EPSG:4548; 1 mu = {mu} m². "
                         "Totals count overlaps once, under the stricter class.").format(mu=f"{M2_PER_MU:.2f}"),
        "note": tr("Illustrative sample data, not the legal boundary.") if illustrative else "",
    }


def zone_rows(sheet: TownSheet) -> list[list[str]]:
    lang = ui_language()
    rows = [[str(i), p.name, ZONE_TYPES.label(p.zone_type, lang), LINE_CLASSES.label(p.line_class, lang),
             f"{p.hectares:.2f}", f"{p.mu:.1f}"] for i, p in enumerate(sheet.pieces, start=1)]
    if not rows:
        rows.append(["", tr("No protected zone in this town"), "", "", "0.00", "0.0"])
    for code, m2 in sheet.totals.items():
        rows.append(["", tr("Total {line_class}").format(line_class=LINE_CLASSES.label(code, lang)), "", "",
                     f"{hectares(m2):.2f}", f"{mu(m2):.1f}"])
    return rows


def marker_columns(width: float) -> list[Column]:
    """The coordinate table's columns, sized to ``width`` mm."""
    spec = ((tr("Point"), 0.07, Qt.AlignHCenter), (tr("Marker number"), 0.25, Qt.AlignLeft),
            (tr("Kind"), 0.13, Qt.AlignLeft), (tr("X (north, m)"), 0.16, Qt.AlignRight),
            (tr("Y (east, m)"), 0.16, Qt.AlignRight), (tr("Edge (m)"), 0.11, Qt.AlignRight),
            (tr("Marker status"), 0.12, Qt.AlignLeft))
    inner = width - len(spec) * 2 * 1.2 - (len(spec) + 1) * 0.2  # less cell margins and grid lines
    return [Column(heading, round(inner * share, 1), align) for heading, share, align in spec]


def marker_table_rows(sheet: TownSheet) -> list[list[str]]:
    lang = ui_language()
    return [[r.point, r.marker.marker_no, MARKER_KINDS.label(r.marker.kind, lang),
             f"{r.marker.x_north:.3f}", f"{r.marker.y_east:.3f}", "" if r.edge_m is None else f"{r.edge_m:.2f}",
             MARKER_STATUSES.label(r.marker.status, lang) if r.marker.status else ""] for r in sheet.markers]


def _atlas_to(layout: QgsPrintLayout, layers: DrawingLayers, sheet: TownSheet) -> None:
    atlas = layout.atlas()
    atlas.setEnabled(True)
    atlas.setCoverageLayer(layers.coverage)
    atlas.setHideCoverage(False)
    ok, error = atlas.setFilterExpression(f"$id = {layers.town_fids[sheet.index]}")
    if not ok:
        raise SheetError(error)
    atlas.setFilterFeatures(True)
    layout.renderContext().setPredefinedScales(list(SCALES))
    if atlas.updateFeatures() != 1 or not atlas.seekTo(0):
        raise SheetError(f"atlas cannot show {sheet.name}")


def _fit(item: QgsLayoutItemMap, extent: QgsRectangle) -> None:
    pos, size = item.positionWithUnits(), item.sizeWithUnits()
    place_map(item, pos.x(), pos.y(), size.width(), size.height(), extent)


def fill_maps(layout: QgsPrintLayout, layers: DrawingLayers) -> None:
    """Give the map, locator and legend their layers (what does not depend on the town)."""
    main = layout.itemById("map")
    locator = layout.itemById("locator")
    if not isinstance(main, QgsLayoutItemMap) or not isinstance(locator, QgsLayoutItemMap):
        raise SheetError("map / locator")
    main.setLayers(layers.main_map())
    main.setKeepLayerSet(True)
    # The atlas scales the map's current extent: an empty one (a fresh template) would give NaN.
    _fit(main, layers.coverage.extent())
    locator.setLayers(layers.locator())
    locator.setKeepLayerSet(True)
    extent = layers.district.extent()
    extent.scale(1.06)
    _fit(locator, extent)
    legend = layout.itemById("legend")
    if isinstance(legend, QgsLayoutItemLegend):
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in layers.legend():
            node = root.addLayer(layer)
            if layer is not layers.markers:  # their items name themselves; the markers' need "界桩标志"
                QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    arrow = layout.itemById("north_arrow")
    if isinstance(arrow, QgsLayoutItemPicture):
        arrow.setPicturePath(str(resource_path("icons", "north_arrow.svg")))


def _fill_zone_table(layout: QgsPrintLayout, rows: Sequence[Sequence[str]]) -> QgsLayoutItemManualTable:
    frame = layout.itemById("zones_table")
    table = frame.multiFrame() if frame is not None else None
    if not isinstance(table, QgsLayoutItemManualTable):
        raise SheetError("zones_table")
    headings = [tr("No."), tr("Name"), tr("Type"), tr("Class"), tr("Hectares"), tr("Mu")]
    columns = table.headers()
    if len(columns) != len(headings):  # a template of the bureau's with other columns: keep only widths
        columns = [QgsLayoutTableColumn() for _ in headings]
    for column, heading in zip(columns, headings):
        column.setHeading(heading)
    for column in columns[-2:]:
        column.setHAlignment(Qt.AlignRight)
    table.setHeaders(columns)
    font = table.contentTextFormat().toQFont()
    font.setPointSizeF(table.contentTextFormat().size())
    widths = table.columnWidths()
    name_width = widths[1] if len(widths) > 1 and widths[1] > 0 else 0.0
    cells = []
    for row in rows:
        values = list(row)
        if name_width:  # long names are shortened: a row taller than the table's frame would lose the rest
            values[1] = wrap_text(values[1], name_width, font, ZONE_NAME_LINES)
        cells.append([QgsTableCell(v) for v in values])
    table.setTableContents(cells)
    return table


def _fit_legend_to_town(layout: QgsPrintLayout) -> None:
    """The legend keeps what this town's map shows, and shrinks when that does not fit its box."""
    legend = layout.itemById("legend")
    if isinstance(legend, QgsLayoutItemLegend):
        size = legend.sizeWithUnits()
        legend.updateFilterByMap(False)
        fit_legend(legend, size.width(), size.height())


def page_format(layout: QgsPrintLayout) -> str:
    """The PAGE_FORMATS code of the layout's first page, or ``<w>x<h>mm`` for another paper."""
    size = layout.pageCollection().page(0).pageSize()
    w, h = round(size.width()), round(size.height())
    for fmt in PAGE_FORMATS:
        if (w, h) == tuple(round(v) for v in page_size(fmt.paper, fmt.orientation)):
            return fmt.code
    return f"{w}x{h}mm"


class _Continuation:
    """Pages after the map sheet: a header naming the drawing and the town, a frame, a body. Sized
    from the layout's own paper (a bureau's template may have another than the one asked for)."""

    def __init__(self, layout: QgsPrintLayout, sheet: TownSheet):
        size = layout.pageCollection().page(0).pageSize()
        self.layout = layout
        self.sheet = sheet
        self.width, self.height = size.width(), size.height()
        a3 = max(self.width, self.height) >= 400
        self.paper_k, self.scale = paper_scales(a3)
        m = 10.0 if a3 else 7.0
        self.margin = m
        self.body = Box(m + 6, m + 22, self.width - 2 * m - 12, self.height - 2 * m - 34)

    def label(self, text: str, box: Box, page: int, size: float, bold: bool = False, align=Qt.AlignLeft):
        return add_label(self.layout, text, box.x, box.y, box.w, box.h, round(size * self.scale, 1), bold, align,
                         page, Qt.AlignVCenter)

    def decorate(self, note: str) -> None:
        """Frame, header and footer on every page after the first (call when all pages exist)."""
        m, w, h = self.margin, self.width, self.height
        pages = self.layout.pageCollection().pageCount()
        border = self.layout.itemById("border")
        for page in range(1, pages):
            if isinstance(border, QgsLayoutItemShape):
                copy = QgsLayoutItemShape(self.layout)
                copy.setShapeType(QgsLayoutItemShape.Rectangle)
                copy.setSymbol(border.symbol().clone())
                self.layout.addLayoutItem(copy)
                copy.attemptMove(QgsLayoutPoint(m, m, MM), page=page)
                copy.attemptResize(QgsLayoutSize(w - 2 * m, h - 2 * m, MM))
            self.label(tr(TITLE), Box(m + 6, m + 3, w - 2 * m - 12, 9), page, 14, bold=True, align=Qt.AlignHCenter)
            continued = tr("{name} (continued)").format(name=self.sheet.name)
            self.label(continued, Box(m + 6, m + 12, w - 2 * m - 12, 7), page, 11,
                       bold=True, align=Qt.AlignHCenter)
            footer = tr("Drawing no. {number}").format(number=self.sheet.number) + "    " + tr(
                "Page {page} of {pages}").format(page=page + 1, pages=pages)
            if note:
                footer = f"{note}    {footer}"
            self.label(footer, Box(m + 6, h - m - 10, w - 2 * m - 12, 7), page, 8, align=Qt.AlignRight)


def _flow(cont: _Continuation, zones: QgsLayoutItemManualTable) -> None:
    """The zone table's overflow first, then the marker coordinate table, on continuation pages."""
    page = 1
    if zones.totalSize().height() > zones.frames()[0].rect().height() + 0.5:
        body = cont.body
        last = flow_table(zones, 0, None, Box(body.x, body.y + 8, body.w, body.h - 8))
        for p in range(1, last + 1):
            cont.label(tr("{name} (continued)").format(name=tr("Protected zones in this town")),
                       Box(body.x, body.y, body.w, 7), p, 11, bold=True)
        page = last + 1
    if not cont.sheet.markers:
        return
    y = cont.body.y
    cont.label(tr("Boundary marker coordinates"), Box(cont.body.x, y, cont.body.w, 7), page, 11, bold=True)
    cont.label(tr("CGCS2000 / 3-degree Gauss-Krüger CM 117°E (EPSG:4548); X is the northing, Y the easting; "
                  "edge: distance to the next post along the boundary."),
               Box(cont.body.x, y + 7, cont.body.w, 5), page, 7.5)
    y += 13
    width = min(cont.body.w, 300 * cont.paper_k)
    table = manual_table(cont.layout, marker_columns(width), marker_table_rows(cont.sheet), round(9 * cont.scale, 1))
    flow_table(table, page, Box(cont.body.x, y, cont.body.w, cont.body.bottom - y), cont.body)


def fill_sheet(layout: QgsPrintLayout, layers: DrawingLayers, sheet: TownSheet, options: DrawingOptions,
               illustrative: bool) -> Sheet:
    """Fill a layout loaded from the template for ``sheet``'s town; returns it with its page count."""
    texts = _texts(sheet, options, illustrative)
    for key, text in texts.items():
        _set_text(layout, key, text)
    scope = {"wq_town": sheet.name, "wq_drawing_no": sheet.number, "wq_version": options.version,
             "wq_date": options.date.isoformat(), "wq_issuer": DEPARTMENTS[SURVEYOR].label(ui_language())}
    for name, value in scope.items():
        QgsExpressionContextUtils.setLayoutVariable(layout, name, value)
    fill_maps(layout, layers)
    _atlas_to(layout, layers, sheet)
    zones = _fill_zone_table(layout, zone_rows(sheet))
    _fit_legend_to_town(layout)
    cont = _Continuation(layout, sheet)
    _flow(cont, zones)
    if zones.frameCount() > 1:
        _set_text(layout, "zones_note", tr("Continued on the following page.") + " " + texts["zones_note"])
    cont.decorate(texts[F.NOTE])
    layout.refresh()
    return Sheet(layout, layout.pageCollection().pageCount())
