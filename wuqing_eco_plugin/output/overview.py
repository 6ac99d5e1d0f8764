# SPDX-License-Identifier: GPL-2.0-or-later
"""The district overview map: a print layout with the styled zones, exported as PNG (or PDF)."""
from __future__ import annotations

from typing import Sequence

from qgis.core import (
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt

from ..toolbelt.fonts import cjk_font
from ..toolbelt.i18n import tr
from ..toolbelt.resources import resource_path
from .report_pdf import MM, add_map_item, text_format
from .report_pdf import add_label as _label

NORTH_ARROW = resource_path("icons", "north_arrow.svg")


def add_scale_bar(layout: QgsPrintLayout, map_item: QgsLayoutItemMap, units, unit_label: str, segments: int,
                  per_segment: float, x: float, y: float, size: float = 8) -> QgsLayoutItemScaleBar:
    """A single-box scale bar for ``map_item`` at (x, y) mm."""
    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.setUnits(units)
    scale.setUnitLabel(unit_label)
    scale.setNumberOfSegments(segments)
    scale.setNumberOfSegmentsLeft(0)
    scale.setUnitsPerSegment(per_segment)
    scale.setTextFormat(text_format(size))
    layout.addLayoutItem(scale)
    scale.attemptMove(QgsLayoutPoint(x, y, MM))
    return scale


def add_north_arrow(layout: QgsPrintLayout, x: float, y: float, w: float, h: float) -> None:
    if NORTH_ARROW.is_file():
        arrow = QgsLayoutItemPicture(layout)
        arrow.setPicturePath(str(NORTH_ARROW))
        layout.addLayoutItem(arrow)
        arrow.attemptMove(QgsLayoutPoint(x, y, MM))
        arrow.attemptResize(QgsLayoutSize(w, h, MM))


def build_overview_layout(project: QgsProject, layers: Sequence[QgsMapLayer], extent: QgsRectangle,
                          title: str, note: str) -> QgsPrintLayout:
    """An A4 portrait layout: title, map of ``layers`` over ``extent``, legend, scale bar, north arrow."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(tr("District overview"))
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(210, 297, MM))

    _label(layout, title, 10, 8, 190, 12, 16, bold=True, align=Qt.AlignmentFlag.AlignHCenter)

    map_item = add_map_item(layout, layers, 10, 22, 190, 200, extent, project.crs())

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setLegendFilterByMapEnabled(True)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        root.addLayer(layer)
    legend.setTitle(tr("Legend"))
    for part, size, bold in ((QgsLegendStyle.Style.Title, 10, True), (QgsLegendStyle.Style.Group, 9, True),
                             (QgsLegendStyle.Style.Subgroup, 8.5, True), (QgsLegendStyle.Style.SymbolLabel, 8, False)):
        legend.rstyle(part).setFont(cjk_font(size, bold))
    legend.setColumnCount(3)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(10, 225, MM))

    add_scale_bar(layout, map_item, QgsUnitTypes.DistanceUnit.DistanceKilometers, tr("km"), 4, 2.5, 150, 226, 8)
    add_north_arrow(layout, 185, 24, 12, 18)

    _label(layout, note, 150, 272, 55, 20, 7)
    return layout
