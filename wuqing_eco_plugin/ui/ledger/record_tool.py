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

from qgis.core import QgsGeometry, QgsPointXY
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ...layers.geometry import repair_polygonal
from ..map_tools import PolygonDrawTool


class RecordTool(PolygonDrawTool):
    #: (point, area or None), both in the canvas's destination CRS
    requested = pyqtSignal(QgsPointXY, object)

    STROKE = QColor(230, 0, 18, 200)
    FILL = QColor(230, 0, 18, 50)

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt override
        point = QgsPointXY(event.mapPoint())
        if event.button() == Qt.MouseButton.LeftButton:
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.add_vertex(point)
            elif not self.vertices:
                self.requested.emit(point, None)
        elif event.button() == Qt.MouseButton.RightButton:
            self.finish()

    def finished(self, polygon: Optional[QgsGeometry]) -> None:
        """Ask for a record with the area drawn (three corners enclosing an area)."""
        # Crossing edges (a bow-tie) keep every lobe; corners on one line leave no area at all.
        area = repair_polygonal(polygon)[0] if polygon is not None else None
        if area is not None:
            self.requested.emit(QgsPointXY(area.pointOnSurface().asPoint()), area)
