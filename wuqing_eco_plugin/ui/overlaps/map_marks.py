# SPDX-License-Identifier: GPL-2.0-or-later
"""What the strictest-rule tools leave on the map: the place clicked for “what applies here?”, the
screened footprints coloured by verdict, and the overlap piece selected in the list.

The footprints stay until the user clears them (the screening tab's Clear button); the clicked
place until the next click or until the tool is put down; the piece's highlight when the user moves
on to another tab, another tool or closes the panel.
"""
from __future__ import annotations

from typing import Sequence

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapCanvas, QgsRubberBand, QgsVertexMarker
from qgis.PyQt.QtGui import QColor

from ...services.overlaps.screening_report import ScreenedFootprint

#: Outline and fill of a screened footprint per verdict (the panel's row colours, stronger).
VERDICT_PENS = {"prohibited": QColor(200, 0, 0), "needs_approval": QColor(230, 140, 0),
                "approved_land": QColor(30, 110, 220), "clear": QColor(30, 150, 60)}


class MapMarks:
    def __init__(self, canvas: QgsMapCanvas, crs: QgsCoordinateReferenceSystem):
        self.canvas = canvas
        self.crs = crs  # of the footprints and pieces (the working CRS)
        self.point: QgsVertexMarker | None = None
        self.footprints: list[QgsRubberBand] = []
        self.piece: QgsRubberBand | None = None

    def _band(self, colour: QColor, alpha: int, width: int) -> QgsRubberBand:
        band = QgsRubberBand(self.canvas, QgsWkbTypes.PolygonGeometry)
        fill = QColor(colour)
        fill.setAlpha(alpha)
        band.setColor(fill)
        band.setStrokeColor(colour)
        band.setWidth(width)
        return band

    def _remove(self, item) -> None:
        if item is not None:
            self.canvas.scene().removeItem(item)

    # -- the clicked place ---------------------------------------------------------------------------
    def mark_point(self, point: QgsPointXY) -> None:
        """``point`` in the canvas's CRS, as the map tool gave it."""
        if self.point is None:
            self.point = QgsVertexMarker(self.canvas)
            self.point.setIconType(QgsVertexMarker.ICON_DOUBLE_TRIANGLE)
            self.point.setColor(QColor(0, 90, 200))
            self.point.setFillColor(QColor(255, 255, 255, 200))
            self.point.setIconSize(18)
            self.point.setPenWidth(3)
        self.point.setCenter(point)
        self.point.show()

    def clear_point(self) -> None:
        self._remove(self.point)
        self.point = None

    # -- screened footprints ---------------------------------------------------------------------------
    def show_footprints(self, footprints: Sequence[ScreenedFootprint]) -> None:
        """Add ``footprints`` to those already shown (a footprint screened again is drawn again)."""
        for fp in footprints:
            band = self._band(VERDICT_PENS[fp.result.screening.verdict], 70, 3)
            band.setToGeometry(QgsGeometry(fp.geometry), self.crs)
            self.footprints.append(band)

    def clear_footprints(self) -> None:
        for band in self.footprints:
            self._remove(band)
        self.footprints.clear()

    # -- the selected overlap piece --------------------------------------------------------------------
    def highlight_piece(self, geometry: QgsGeometry) -> None:
        if self.piece is None:
            self.piece = self._band(QColor(0, 140, 255), 60, 3)
        self.piece.setToGeometry(geometry, self.crs)

    def clear_piece(self) -> None:
        self._remove(self.piece)
        self.piece = None

    def clear(self) -> None:
        self.clear_point()
        self.clear_footprints()
        self.clear_piece()
