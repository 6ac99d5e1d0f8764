# SPDX-License-Identifier: GPL-2.0-or-later
"""The survey map tool: find the zone boundary under the mouse with QGIS's point locators.

It only reports what it found (signals); the feature that owns it decides what to do. A click
near a boundary snaps to the nearest vertex within the pixel tolerance, else to the nearest point
of a segment; a click near nothing says so. Pressing on an existing marker and dragging moves it
(to the boundary point under the release); pressing and releasing on it opens it.
"""
from __future__ import annotations

from typing import Optional, Sequence

from qgis.core import QgsPointLocator, QgsPointXY, QgsVectorLayer
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapTool, QgsSnapIndicator
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QCursor

from ...services.markers.survey import BoundaryHit

#: A press and release closer than this (pixels) is a click, not a drag.
DRAG_PIXELS = 4


def _alive(layer: Optional[QgsVectorLayer]) -> bool:
    """False for a layer removed from the project while the tool is active (its C++ object is gone)."""
    return layer is not None and not sip.isdeleted(layer) and layer.isValid()


class SurveyMapTool(QgsMapTool):
    boundary_clicked = pyqtSignal(object)  # BoundaryHit
    marker_clicked = pyqtSignal(int)  # feature id of the marker
    marker_dragged = pyqtSignal(int, object)  # feature id, BoundaryHit of the new place
    missed = pyqtSignal(object)  # QgsPointXY (map coordinates) with no boundary near it

    def __init__(self, canvas: QgsMapCanvas, zone_layers: Sequence[QgsVectorLayer],
                 markers: Optional[QgsVectorLayer] = None, tolerance_px: int = 12):
        super().__init__(canvas)
        self.zone_layers = list(zone_layers)
        self.markers = markers
        self.tolerance_px = tolerance_px
        self._press: Optional[tuple[int, object]] = None  # (marker fid, press position)
        self._locators: dict[str, QgsPointLocator] = {}
        self._indicator = QgsSnapIndicator(canvas)
        self.setCursor(QCursor(Qt.CursorShape.CrossCursor))

    # -- finding things -------------------------------------------------------------------------
    def _tolerance(self) -> float:
        return self.tolerance_px * self.canvas().mapUnitsPerPixel()

    def _locator(self, layer: QgsVectorLayer) -> QgsPointLocator:
        """The tool's own locator for ``layer``, keyed by layer id.

        Not the canvas's snapping locators: those are cached by layer pointer and built in the
        background, so right after a layer is (re)loaded a query could miss a marker that is there or
        read a stale index. A QgsPointLocator follows its layer's edits by itself.
        """
        settings = self.canvas().mapSettings()
        locator = self._locators.get(layer.id())
        if locator is None or locator.layer() is not layer or locator.destinationCrs() != settings.destinationCrs():
            locator = QgsPointLocator(layer, settings.destinationCrs(), settings.transformContext())
            self._locators[layer.id()] = locator
        return locator

    def _locate(self, layer: QgsVectorLayer, point: QgsPointXY, kind: str) -> QgsPointLocator.Match:
        locator = self._locator(layer)
        find = locator.nearestVertex if kind == "vertex" else locator.nearestEdge
        return find(point, self._tolerance())

    def _best(self, point: QgsPointXY, kind: str) -> Optional[QgsPointLocator.Match]:
        matches = [m for m in (self._locate(layer, point, kind) for layer in self.zone_layers if _alive(layer))
                   if m.isValid()]
        return min(matches, key=lambda m: m.distance()) if matches else None

    def _nearest(self, point: QgsPointXY) -> Optional[QgsPointLocator.Match]:
        """A boundary vertex within the tolerance of ``point``, else the nearest point on a segment."""
        return self._best(point, "vertex") or self._best(point, "segment")

    def find_boundary(self, point: QgsPointXY) -> Optional[BoundaryHit]:
        """The boundary point nearest ``point`` (map coordinates), as :meth:`_nearest` finds it; None
        when nothing is within the tolerance."""
        match = self._nearest(point)
        if match is None:
            return None
        layer = match.layer()
        snapped = self.toLayerCoordinates(layer, match.point())
        kind = "vertex" if match.hasVertex() else "segment"
        return BoundaryHit(snapped, layer, match.featureId(), kind, match.distance())

    def find_marker(self, point: QgsPointXY) -> Optional[int]:
        if not _alive(self.markers):
            return None
        match = self._locate(self.markers, point, "vertex")
        return match.featureId() if match.isValid() else None

    # -- events ---------------------------------------------------------------------------------
    def canvasMoveEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt override
        match = self._nearest(event.mapPoint())
        self._indicator.setMatch(match if match is not None else QgsPointLocator.Match())

    def canvasPressEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        fid = self.find_marker(event.mapPoint())
        self._press = (fid, event.pos()) if fid is not None else None

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        press, self._press = self._press, None
        point = event.mapPoint()
        if press is not None:
            fid, pos = press
            if (event.pos() - pos).manhattanLength() <= DRAG_PIXELS:
                self.marker_clicked.emit(fid)
                return
            hit = self.find_boundary(point)
            if hit is None:
                self.missed.emit(point)
            else:
                self.marker_dragged.emit(fid, hit)
            return
        hit = self.find_boundary(point)
        if hit is None:
            self.missed.emit(point)
        else:
            self.boundary_clicked.emit(hit)

    def deactivate(self) -> None:
        self._indicator.setMatch(QgsPointLocator.Match())
        self._press = None
        # Locators stay for the next activation (they follow their layers' edits); only those of
        # layers the tool no longer uses go.
        used = {layer.id() for layer in (*self.zone_layers, self.markers) if _alive(layer)}
        self._locators = {lid: loc for lid, loc in self._locators.items() if lid in used}
        super().deactivate()
