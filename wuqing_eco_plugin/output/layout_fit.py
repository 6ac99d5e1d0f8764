# SPDX-License-Identifier: GPL-2.0-or-later
"""Make content fit the room a print layout gives it: legends that shrink instead of being cut off
(Chinese table text is broken into lines by report_pdf.wrap_text)."""
from __future__ import annotations

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
)
from qgis.PyQt.QtCore import QSize

from .report_pdf import MM

_PARTS = (
    QgsLegendStyle.Style.Title,
    QgsLegendStyle.Style.Group,
    QgsLegendStyle.Style.Subgroup,
    QgsLegendStyle.Style.SymbolLabel,
)


def fit_legend(legend: QgsLayoutItemLegend, width: float, height: float, steps: int = 6) -> float:
    """Shrink the legend's type and symbols in 10 % steps until its content fits ``width`` ×
    ``height`` mm (or ``steps`` are used); the item keeps that size. Returns the scale applied."""
    scale = 1.0
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)

    def fits() -> bool:
        size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
        return size.width() <= width + 0.1 and size.height() <= height + 0.1

    if not fits():
        # Only a painted legend has filtered its content by the map: paint it once, small, and
        # measure again (when the unfiltered content fits, its filtered part does too).
        QgsLayoutExporter(legend.layout()).renderRegionToImage(legend.sceneBoundingRect(), QSize(16, 16))
        for _ in range(steps):
            if fits():
                break
            scale *= 0.9
            for part in _PARTS:
                style = legend.rstyle(part)
                font = style.font()
                font.setPointSizeF(font.pointSizeF() * 0.9)
                style.setFont(font)
            legend.setSymbolWidth(legend.symbolWidth() * 0.9)
            legend.setSymbolHeight(legend.symbolHeight() * 0.9)
    legend.setResizeToContents(False)
    legend.attemptResize(QgsLayoutSize(width, height, MM))
    legend.refresh()
    return scale
