# SPDX-License-Identifier: GPL-2.0-or-later
"""Map tools that only emit what the user did; the features decide what it means."""
from __future__ import annotations

from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapTool, QgsMapToolEmitPoint, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor


class PointPickTool(QgsMapToolEmitPoint):
    """A left click emits ``picked`` with the point in the canvas CRS."""

    picked = pyqtSignal(QgsPointXY)

    def __init__(self, canvas: QgsMapCanvas):
        super().__init__(canvas)
        self.setCursor(Qt.WhatsThisCursor)

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.LeftButton:
            self.picked.emit(QgsPointXY(event.mapPoint()))


class FootprintTool(QgsMapTool):
    """Left clicks add vertices, a right click closes the polygon and emits ``drawn`` (canvas CRS);
    Esc or a right click with fewer than three vertices starts again."""

    drawn = pyqtSignal(QgsGeometry)

    def __init__(self, canvas: QgsMapCanvas):
        super().__init__(canvas)
        self.setCursor(Qt.CrossCursor)
        self.points: list[QgsPointXY] = []
        self.band = QgsRubberBand(canvas, QgsWkbTypes.PolygonGeometry)
        self.band.setColor(QColor(0, 90, 200, 90))
        self.band.setStrokeColor(QColor(0, 60, 160))
        self.band.setWidth(2)

    def reset(self) -> None:
        self.points = []
        self.band.reset(QgsWkbTypes.PolygonGeometry)

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.LeftButton:
            self.points.append(QgsPointXY(event.mapPoint()))
            self.band.addPoint(QgsPointXY(event.mapPoint()))
        elif event.button() == Qt.RightButton:
            if len(self.points) >= 3:
                polygon = QgsGeometry.fromPolygonXY([self.points + [self.points[0]]])
                self.reset()
                self.drawn.emit(polygon)
            else:
                self.reset()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key_Escape:
            self.reset()

    def deactivate(self) -> None:
        self.reset()
        super().deactivate()
