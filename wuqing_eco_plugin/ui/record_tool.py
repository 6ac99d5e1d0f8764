# SPDX-License-Identifier: GPL-2.0-or-later
"""Map tool: click where a problem is, or Shift-click the corners of the affected area.

A plain left click asks for a record at that point. Shift + left clicks draw the affected area
(shown as a rubber band); a right click finishes it (three corners at least) and asks for a record
at a point inside the area, with the area (repaired when its edges cross). Esc, or a right click on
fewer corners or on corners enclosing no area, starts over.
The tool only emits :attr:`RecordTool.requested` (point and area in the canvas's CRS); what
happens then is the feature's business.
"""
from __future__ import annotations

from typing import Optional

from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QKeyEvent

from ..layers.geometry import repair_polygonal


class RecordTool(QgsMapTool):
    #: (point, area or None), both in the canvas's destination CRS
    requested = pyqtSignal(QgsPointXY, object)

    def __init__(self, canvas: QgsMapCanvas):
        super().__init__(canvas)
        self.setCursor(Qt.CrossCursor)
        self.vertices: list[QgsPointXY] = []
        self.band: Optional[QgsRubberBand] = None

    def _band(self) -> QgsRubberBand:
        if self.band is None:
            self.band = QgsRubberBand(self.canvas(), QgsWkbTypes.PolygonGeometry)
            self.band.setColor(QColor(230, 0, 18, 200))
            self.band.setFillColor(QColor(230, 0, 18, 50))
            self.band.setWidth(2)
        return self.band

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt override
        point = QgsPointXY(event.mapPoint())
        if event.button() == Qt.LeftButton:
            if event.modifiers() & Qt.ShiftModifier:
                self.vertices.append(point)
                self._band().addPoint(point, True)
            elif not self.vertices:
                self.requested.emit(point, None)
        elif event.button() == Qt.RightButton:
            self.finish()

    def finish(self) -> None:
        """Ask for a record with the area drawn so far (three corners enclosing an area), then start over."""
        area = None
        if len(self.vertices) >= 3:
            # Crossing edges (a bow-tie) keep every lobe; corners on one line leave no area at all.
            area, _ = repair_polygonal(QgsGeometry.fromPolygonXY([[*self.vertices, self.vertices[0]]]))
        self.reset()
        if area is not None:
            self.requested.emit(QgsPointXY(area.pointOnSurface().asPoint()), area)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key_Escape:
            self.reset()
            event.accept()
        elif event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.finish()
            event.accept()
        else:
            event.ignore()

    def reset(self) -> None:
        self.vertices.clear()
        if self.band is not None:
            self.band.reset(QgsWkbTypes.PolygonGeometry)

    def deactivate(self) -> None:
        self.reset()
        super().deactivate()
