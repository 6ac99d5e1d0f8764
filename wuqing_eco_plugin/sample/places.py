# SPDX-License-Identifier: GPL-2.0-or-later
"""Placing the ILLUSTRATIVE sample on the ground: lon/lat tables to EPSG:4548, points abeam a course,
rectangles along it. Shared by the sample's zones, markers and cases."""
from __future__ import annotations

import math
from typing import Iterable

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsPointXY,
)
from shapely import affinity
from shapely.geometry import LineString, Point, Polygon, box
from shapely.geometry.base import BaseGeometry

from ..domain.coordinates import GEOGRAPHIC_CRS, WORKING_CRS
from . import geography as geo

Record = dict
NOTE = "示意数据，非法定边界"


class Projector:
    """lon/lat (EPSG:4490) ↔ EPSG:4548 through QGIS/PROJ, point by point."""

    def __init__(self) -> None:
        self._ct = QgsCoordinateTransform(QgsCoordinateReferenceSystem(GEOGRAPHIC_CRS),
                                          QgsCoordinateReferenceSystem(WORKING_CRS), QgsCoordinateTransformContext())

    def forward(self, lon: float, lat: float) -> tuple[float, float]:
        p = self._ct.transform(QgsPointXY(lon, lat))
        return p.x(), p.y()

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        p = self._ct.transform(QgsPointXY(x, y), Qgis.TransformDirection.Reverse)
        return p.x(), p.y()

    def point(self, lonlat: geo.LonLat) -> Point:
        return Point(self.forward(*lonlat))

    def line(self, coords: Iterable[geo.LonLat]) -> LineString:
        return LineString([self.forward(*c) for c in coords])

    def polygon(self, coords: Iterable[geo.LonLat]) -> Polygon:
        return Polygon([self.forward(*c) for c in coords])


def rounded_area(geom: BaseGeometry) -> float:
    return round(geom.area, 2)


def abeam(line: LineString, near: Point, offset_m: float) -> tuple[Point, float]:
    """The point ``offset_m`` left of ``line`` (seen along it) abeam ``near``, and the local bearing
    of the line in radians (for orienting rectangles along it)."""
    s = line.project(near)
    a, b = line.interpolate(max(s - 5.0, 0.0)), line.interpolate(min(s + 5.0, line.length))
    angle = math.atan2(b.y - a.y, b.x - a.x)
    p = line.interpolate(s)
    return Point(p.x - math.sin(angle) * offset_m, p.y + math.cos(angle) * offset_m), angle


def rectangle(centre: Point, along_m: float, across_m: float, angle: float) -> Polygon:
    rect = box(-along_m / 2, -across_m / 2, along_m / 2, across_m / 2)
    return affinity.translate(affinity.rotate(rect, angle, origin=(0, 0), use_radians=True), centre.x, centre.y)


def course(proj: Projector, code: str) -> LineString:
    return proj.line(geo.FEATURES_BY_CODE[code].lines[0].course)
