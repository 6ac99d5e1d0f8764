# SPDX-License-Identifier: GPL-2.0-or-later
"""The district overview map: a print layout with the styled zones, exported as PNG (or PDF)."""
from __future__ import annotations

from typing import Sequence

from qgis.core import (
    QgsLayoutItemLabel,
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
from qgis.PyQt.QtGui import QColor

from ..toolbelt.fonts import cjk_font
from ..toolbelt.i18n import tr
from ..toolbelt.resources import resource_path
from .report_pdf import MM, text_format

NORTH_ARROW = resource_path("icons", "north_arrow.svg")


def _label(layout: QgsPrintLayout, text: str, x: float, y: float, w: float, h: float, size: float,
           bold: bool = False, align=Qt.AlignLeft) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    label.setFont(cjk_font(size, bold))
    label.setHAlign(align)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, MM))
    label.attemptResize(QgsLayoutSize(w, h, MM))
    return label


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


def build_overview_layout(project: QgsProject, layers: Sequence[QgsMapLayer], extent: QgsRectangle,
                          title: str, note: str) -> QgsPrintLayout:
    """An A4 portrait layout: title, map of ``layers`` over ``extent``, legend, scale bar, north arrow."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(tr("District overview"))
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(210, 297, MM))

    _label(layout, title, 10, 8, 190, 12, 16, bold=True, align=Qt.AlignHCenter)

    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    place_map(map_item, 10, 22, 190, 200, extent)
    map_item.setCrs(project.crs())
    map_item.setLayers(list(layers))
    map_item.setKeepLayerSet(True)
    map_item.setFrameEnabled(True)
    map_item.setBackgroundColor(QColor(255, 255, 255))

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setLegendFilterByMapEnabled(True)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        root.addLayer(layer)
    legend.setTitle(tr("Legend"))
    for part, size, bold in ((QgsLegendStyle.Title, 10, True), (QgsLegendStyle.Group, 9, True),
                             (QgsLegendStyle.Subgroup, 8.5, True), (QgsLegendStyle.SymbolLabel, 8, False)):
        legend.rstyle(part).setFont(cjk_font(size, bold))
    legend.setColumnCount(3)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(10, 225, MM))

    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.setUnits(QgsUnitTypes.DistanceKilometers)
    scale.setUnitLabel(tr("km"))
    scale.setNumberOfSegments(4)
    scale.setNumberOfSegmentsLeft(0)
    scale.setUnitsPerSegment(2.5)
    scale.setTextFormat(text_format(8))
    layout.addLayoutItem(scale)
    scale.attemptMove(QgsLayoutPoint(150, 226, MM))

    if NORTH_ARROW.is_file():
        arrow = QgsLayoutItemPicture(layout)
        arrow.setPicturePath(str(NORTH_ARROW))
        layout.addLayoutItem(arrow)
        arrow.attemptMove(QgsLayoutPoint(185, 24, MM))
        arrow.attemptResize(QgsLayoutSize(12, 18, MM))

    _label(layout, note, 150, 272, 55, 20, 7)
    return layout
