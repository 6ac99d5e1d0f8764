# SPDX-License-Identifier: GPL-2.0-or-later
"""Which zones contain a point, and what rule applies there: a spatial index, no full scans.

Geometries are kept with the index and prepared for containment tests on first use, so a query
touches only the few zones whose bounding boxes hold the point.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorLayer,
)

from ..domain.rules import EffectiveRule, ZoneInfo, resolve
from ..layers.features import to_python
from ..layers.gdal_errors import read_all
from ..layers.schema import F
from ..layers.watch import on_change
from ..layers.zone_records import iter_zones


@dataclass
class Indexed:
    """Geometries with an R-tree and a payload each; geometry engines are prepared lazily."""

    geometries: list[QgsGeometry] = field(default_factory=list)
    payloads: list[object] = field(default_factory=list)
    index: QgsSpatialIndex = field(default_factory=QgsSpatialIndex)
    engines: dict[int, object] = field(default_factory=dict)

    def add(self, geometry: QgsGeometry, payload: object) -> None:
        n = len(self.geometries)
        self.geometries.append(geometry)
        self.payloads.append(payload)
        self.index.addFeature(n, geometry.boundingBox())

    def containing(self, point: QgsPointXY) -> list[int]:
        probe = QgsGeometry.fromPointXY(point)
        hits = []
        for n in self.index.intersects(QgsRectangle(point, point)):
            engine = self.engines.get(n)
            if engine is None:
                engine = QgsGeometry.createGeometryEngine(self.geometries[n].constGet())
                engine.prepareGeometry()
                self.engines[n] = engine
            if engine.intersects(probe.constGet()):  # a point on the boundary counts as inside
                hits.append(n)
        return sorted(hits)

    def overlapping(self, area: QgsGeometry, min_area: float = 0.0) -> list[tuple[int, QgsGeometry]]:
        """(index, the part of ``area`` inside it) of each geometry that ``area`` overlaps by more than ``min_area``."""
        hits = []
        for n in sorted(self.index.intersects(area.boundingBox())):
            if self.geometries[n].intersects(area):
                part = area.intersection(self.geometries[n])
                if not part.isEmpty() and part.area() > min_area:
                    hits.append((n, part))
        return hits

    def nearest(self, point: QgsPointXY, max_distance: float) -> Optional[tuple[object, float]]:
        """(payload, distance) of the geometry nearest ``point`` within ``max_distance``; None when none is."""
        for n in self.index.nearestNeighbor(point, 1, max_distance):
            return self.payloads[n], self.geometries[n].distance(QgsGeometry.fromPointXY(point))
        return None


@dataclass(frozen=True)
class ApprovedLand:
    approval_no: str
    project_name: str


@dataclass(frozen=True)
class PointReport:
    """Everything that applies at one point."""

    point: QgsPointXY
    zones: tuple[ZoneInfo, ...]
    rule: EffectiveRule
    town: Optional[str]
    approved: tuple[ApprovedLand, ...]


class ZoneQuery:
    """Point queries over the zone layers (and approved land and towns, when given).

    Points are in ``crs`` (EPSG:4548 by default); pass ``point_crs`` to a query to transform.
    An edit, commit or reload of any of the layers makes the next query rebuild the indexes, so one
    query can serve a tool for as long as its layers live.
    """

    def __init__(self, zone_layers: Sequence[QgsVectorLayer], approved_layer: QgsVectorLayer | None = None,
                 towns_layer: QgsVectorLayer | None = None, context: QgsCoordinateTransformContext | None = None):
        self.context = QgsCoordinateTransformContext() if context is None else context
        self.zone_layers = list(zone_layers)
        self.approved_layer = approved_layer
        self.towns_layer = towns_layer
        self.crs = self.zone_layers[0].crs() if self.zone_layers else QgsCoordinateReferenceSystem("EPSG:4548")
        self.rebuild()
        on_change([*self.zone_layers, approved_layer, towns_layer], self.mark_stale)

    _shared: Optional[tuple[tuple, ZoneQuery]] = None

    @classmethod
    def shared(cls, zone_layers: Sequence[QgsVectorLayer], approved_layer: QgsVectorLayer | None = None,
               towns_layer: QgsVectorLayer | None = None) -> ZoneQuery:
        """One query over these layers for every tool that asks ("what applies here?", the ledger's
        place finder): it follows their edits, so only layers loaded anew (other ids) make a new one."""
        key = tuple(layer.id() if layer is not None else None for layer in (*zone_layers, approved_layer, towns_layer))
        if cls._shared is None or cls._shared[0] != key:
            cls._shared = (key, cls(zone_layers, approved_layer, towns_layer))
        return cls._shared[1]

    def mark_stale(self) -> None:
        self._stale = True

    def _fresh(self) -> None:
        if self._stale:
            self.rebuild()

    def rebuild(self) -> None:
        self._stale = False
        self._zones = Indexed()
        for info, geometry in iter_zones(self.zone_layers):
            self._zones.add(geometry, info)
        self._approved = self.index_layer(self.approved_layer, lambda f: ApprovedLand(
            str(to_python(f[F.APPROVAL_NO]) or ""), str(to_python(f[F.PROJECT_NAME]) or "")))
        self._towns = self.index_layer(self.towns_layer, lambda f: str(to_python(f[F.NAME]) or ""))

    def index_layer(self, layer: QgsVectorLayer | None, payload) -> Indexed:
        """The features of ``layer`` with geometry, in the query's CRS, each with ``payload(feature)``."""
        indexed = Indexed()
        if layer is None:
            return indexed
        transform = self.to_working(layer.crs())
        for feature in read_all(layer.getFeatures(QgsFeatureRequest()), layer.name()):
            if feature.hasGeometry():
                geometry = QgsGeometry(feature.geometry())
                if transform is not None:
                    geometry.transform(transform)
                indexed.add(geometry, payload(feature))
        return indexed

    def to_working(self, crs: QgsCoordinateReferenceSystem) -> QgsCoordinateTransform | None:
        """The transform from ``crs`` to the query's CRS; None when none is needed (same or unknown)."""
        if not crs.isValid() or crs == self.crs:
            return None
        return QgsCoordinateTransform(crs, self.crs, self.context)

    def _point(self, point: QgsPointXY, point_crs: QgsCoordinateReferenceSystem | None) -> QgsPointXY:
        transform = self.to_working(point_crs) if point_crs is not None else None
        return transform.transform(point) if transform is not None else QgsPointXY(point)

    @property
    def zone_count(self) -> int:
        self._fresh()
        return len(self._zones.geometries)

    def zones_at(self, point: QgsPointXY, point_crs: QgsCoordinateReferenceSystem | None = None) -> list[ZoneInfo]:
        self._fresh()
        p = self._point(point, point_crs)
        return [self._zones.payloads[n] for n in self._zones.containing(p)]

    def zones_in(self, area: QgsGeometry, min_area: float = 0.01) -> list[tuple[ZoneInfo, QgsGeometry]]:
        """The zones ``area`` (in the query's CRS) overlaps by more than ``min_area`` m², each with the
        part of ``area`` inside it."""
        self._fresh()
        return [(self._zones.payloads[n], part) for n, part in self._zones.overlapping(area, min_area)]

    def approved_in(self, area: QgsGeometry) -> list[QgsGeometry]:
        """The parts of ``area`` inside approved construction land."""
        self._fresh()
        return [part for _, part in self._approved.overlapping(area)]

    def towns_in(self, area: QgsGeometry) -> list[str]:
        """The towns ``area`` lies in, the one holding most of it first."""
        self._fresh()
        shares: dict[str, float] = {}
        for n, part in self._towns.overlapping(area):
            name = str(self._towns.payloads[n])
            shares[name] = shares.get(name, 0.0) + part.area()
        return sorted(shares, key=lambda name: -shares[name])

    def report(self, point: QgsPointXY, point_crs: QgsCoordinateReferenceSystem | None = None) -> PointReport:
        self._fresh()
        p = self._point(point, point_crs)
        zones = tuple(self._zones.payloads[n] for n in self._zones.containing(p))
        approved = tuple(self._approved.payloads[n] for n in self._approved.containing(p))
        towns = [self._towns.payloads[n] for n in self._towns.containing(p)]
        return PointReport(p, zones, resolve(zones, in_approved_land=bool(approved)), towns[0] if towns else None,
                           approved)
