# SPDX-License-Identifier: GPL-2.0-or-later
"""What the map says about where a violation is: the dialog's prefill.

A :class:`PlaceFinder` answers for a clicked point or for selected zone features: the zones there
(by ``zone_uid``, strictest class first), approved construction land, the town, and the nearest
boundary marker. Built once from the project's layers; it refreshes itself after their edits.
"""
from __future__ import annotations

from typing import Callable, Mapping, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
)

from ...domain.ledger.records import Place
from ...domain.rules import ZoneInfo, resolve
from ...layers.features import to_python
from ...layers.project_layers import ZONE_ROLES
from ...layers.schema import F
from ...layers.watch import on_change
from ..zone_query import ZoneQuery

#: A marker further away than this is not "the nearest marker" of a record.
MARKER_SEARCH_M = 2_000.0


class PlaceFinder:
    def __init__(self, zone_layers: Sequence[QgsVectorLayer], approved_layer: QgsVectorLayer | None = None,
                 towns_layer: QgsVectorLayer | None = None, markers_layer: QgsVectorLayer | None = None,
                 shared: bool = True):
        """``shared``: use the query every tool of the session shares (it refreshes itself after edits);
        False for a one-off finder whose layers must be let go when it is (the sample writer)."""
        make = ZoneQuery.shared if shared else ZoneQuery
        self.query = make(zone_layers, approved_layer, towns_layer)
        self.markers_layer = markers_layer
        self._index_markers()
        on_change([markers_layer], self._markers_changed)

    @classmethod
    def from_layers(cls, layers: Mapping[str, QgsVectorLayer], shared: bool = True) -> PlaceFinder:
        """From the project's layers by role (see ``layers.project_layers``)."""
        zones = [layers[r] for r in ZONE_ROLES if r in layers]
        return cls(zones, layers.get("approved_land"), layers.get("towns"), layers.get("markers"), shared)

    @property
    def crs(self) -> QgsCoordinateReferenceSystem:
        return self.query.crs

    def _markers_changed(self) -> None:
        self._markers_stale = True

    def _index_markers(self) -> None:
        self._markers_stale = False
        self._markers = self.query.index_layer(self.markers_layer, lambda f: str(to_python(f[F.MARKER_NO]) or ""))

    def nearest_marker(self, point: QgsPointXY) -> tuple[Optional[str], Optional[float]]:
        if self._markers_stale:
            self._index_markers()
        found = self._markers.nearest(point, MARKER_SEARCH_M)
        return (found[0], round(found[1], 1)) if found else (None, None)

    def at(self, point: QgsPointXY, point_crs: QgsCoordinateReferenceSystem | None = None) -> Place:
        """The place at ``point`` (in ``point_crs``, default the working CRS)."""
        report = self.query.report(point, point_crs)
        p = report.point
        marker, distance = self.nearest_marker(p)
        return Place(p.x(), p.y(), report.zones, report.town, tuple(a.approval_no for a in report.approved),
                     marker, distance)

    def for_zones(self, features: Sequence[QgsFeature], crs: QgsCoordinateReferenceSystem | None = None
                  ) -> tuple[Place, QgsPointXY]:
        """A place inside the selected zone features: in their common part when they overlap,
        else inside the first; every zone there is linked (the selected ones among them)."""
        geometries = []
        transform = self.query.to_working(crs) if crs is not None else None
        for feature in features:
            geometry = QgsGeometry(feature.geometry())
            if transform is not None:
                geometry.transform(transform)
            geometries.append(geometry)
        if not geometries:
            raise ValueError("no zone feature selected")
        common = geometries[0]
        for geometry in geometries[1:]:
            overlap = common.intersection(geometry)
            if overlap.isEmpty() or overlap.area() <= 0:
                break
            common = overlap
        point = common.pointOnSurface().asPoint()
        return self.at(point), point

    def for_area(self, area: QgsGeometry, crs: QgsCoordinateReferenceSystem | None = None,
                 keep: Callable[[ZoneInfo], bool] = lambda zone: True) -> tuple[Place, QgsPointXY]:
        """The place of a problem covering ``area`` (a monitoring clue): every zone it overlaps that
        ``keep`` accepts, the town holding most of it, and a point inside it where the strictest of
        those zones is (outside approved construction land when that is red), with its nearest marker.

        A point or an area without surface is the place at that point."""
        geometry = QgsGeometry(area)
        transform = self.query.to_working(crs) if crs is not None else None
        if transform is not None:
            geometry.transform(transform)
        if geometry.area() <= 0:
            point = geometry.pointOnSurface().asPoint()
            return self.at(point), point
        parts = [(zone, part) for zone, part in self.query.zones_in(geometry) if keep(zone)]
        zones = tuple(zone for zone, _ in parts)
        line_class = resolve(zones).line_class
        target = QgsGeometry.unaryUnion([part for zone, part in parts if zone.line_class == line_class]) \
            if parts else geometry
        approved = self.query.approved_in(target) if line_class == "red" else []
        if approved:
            outside = target.difference(QgsGeometry.unaryUnion(approved))
            target = outside if not outside.isEmpty() and outside.area() > 0 else target
        point = target.pointOnSurface().asPoint()
        at_point = self.query.report(point)
        marker, distance = self.nearest_marker(point)
        towns = self.query.towns_in(geometry)
        place = Place(point.x(), point.y(), zones, towns[0] if towns else at_point.town,
                      tuple(a.approval_no for a in at_point.approved), marker, distance)
        return place, point
