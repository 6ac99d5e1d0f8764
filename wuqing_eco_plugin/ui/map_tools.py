# SPDX-License-Identifier: GPL-2.0-or-later
"""Map tools that only emit what the user did; the features decide what it means."""
from __future__ import annotations

from typing import Optional

from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapTool, QgsMapToolEmitPoint, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QKeyEvent


class PointPickTool(QgsMapToolEmitPoint):
    """A left click emits ``picked`` with the point in the canvas CRS."""

    picked = pyqtSignal(QgsPointXY)

    def __init__(self, canvas: QgsMapCanvas):
        super().__init__(canvas)
        self.setCursor(Qt.CursorShape.WhatsThisCursor)

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.picked.emit(QgsPointXY(event.mapPoint()))


class PolygonDrawTool(QgsMapTool):
    """Collects the corners of a polygon, shown in a rubber band made on first use.

    Esc starts over; Enter or :meth:`finish` hands the closed ring (three corners at least, else
    None) to :meth:`finished`. :meth:`release` takes the band off the canvas (plugin unload).
    """

    STROKE = QColor(0, 60, 160)
    FILL = QColor(0, 90, 200, 90)

    def __init__(self, canvas: QgsMapCanvas):
        super().__init__(canvas)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.vertices: list[QgsPointXY] = []
        self.band: Optional[QgsRubberBand] = None

    def add_vertex(self, point: QgsPointXY) -> None:
        if self.band is None:
            self.band = QgsRubberBand(self.canvas(), QgsWkbTypes.GeometryType.PolygonGeometry)
            self.band.setStrokeColor(self.STROKE)
            self.band.setFillColor(self.FILL)
            self.band.setWidth(2)
        self.vertices.append(QgsPointXY(point))
        self.band.addPoint(QgsPointXY(point), True)

    def finish(self) -> None:
        ring = [*self.vertices, self.vertices[0]] if len(self.vertices) >= 3 else None
        self.reset()
        self.finished(QgsGeometry.fromPolygonXY([ring]) if ring else None)

    def finished(self, polygon: Optional[QgsGeometry]) -> None:
        """The drawn polygon (canvas CRS; None: too few corners): each tool says what it leads to."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.reset()
            event.accept()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            event.accept()
        else:
            event.ignore()

    def reset(self) -> None:
        self.vertices.clear()
        if self.band is not None:
            self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)

    def release(self) -> None:
        if self.band is not None:
            self.canvas().scene().removeItem(self.band)
            self.band = None

    def deactivate(self) -> None:
        self.reset()
        super().deactivate()


class FootprintTool(PolygonDrawTool):
    """Left clicks add corners; a right click closes the polygon and emits ``drawn`` (canvas CRS).
    Esc, or a right click with fewer than three corners, starts again."""

    drawn = pyqtSignal(QgsGeometry)

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.add_vertex(event.mapPoint())
        elif event.button() == Qt.MouseButton.RightButton:
            self.finish()

    def finished(self, polygon: Optional[QgsGeometry]) -> None:
        if polygon is not None:
            self.drawn.emit(polygon)
