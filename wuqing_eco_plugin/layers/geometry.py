# SPDX-License-Identifier: GPL-2.0-or-later
"""QgsGeometry <-> shapely, through WKB (exact, no text round trip), and the repair of QgsGeometry
polygons, which is :func:`domain.repair.repair` (the plugin's one way to repair) behind WKB."""
from __future__ import annotations

from typing import Optional

from qgis.core import QgsGeometry, QgsWkbTypes
from shapely import wkb
from shapely.geometry import MultiPolygon
from shapely.geometry.base import BaseGeometry

from ..domain.repair import Repair, polygon_parts, repair


def to_shapely(geometry: QgsGeometry) -> BaseGeometry:
    return wkb.loads(bytes(geometry.asWkb()))


def from_shapely(geometry: BaseGeometry) -> QgsGeometry:
    out = QgsGeometry()
    out.fromWkb(wkb.dumps(geometry))
    return out


#: The start of a 2D polygon's WKB, little- and big-endian, and of a one-part multipolygon around it.
_POLYGON = {b"\x01\x03\x00\x00\x00": b"\x01\x06\x00\x00\x00\x01\x00\x00\x00",
            b"\x00\x00\x00\x00\x03": b"\x00\x00\x00\x00\x06\x00\x00\x00\x01"}


def from_wkb(data: bytes, multi: bool = False) -> QgsGeometry:
    """The geometry of WKB ``data`` (``multi``: as a multi-type). A 2D polygon becomes a multipolygon
    by putting a multipolygon's header before its bytes, so QGIS parses it once (the pieces of the
    overlap analysis, thousands at a time, are such polygons)."""
    out = QgsGeometry()
    if multi:
        head = _POLYGON.get(data[:5])
        if head:
            out.fromWkb(head + data)
            return out
        out.fromWkb(data)
        out.convertToMultiType()
        return out
    out.fromWkb(data)
    return out


def as_multipolygon(geometry: BaseGeometry) -> MultiPolygon:
    """Polygon parts of ``geometry`` as one MultiPolygon (the zone tables' geometry type)."""
    return geometry if isinstance(geometry, MultiPolygon) else MultiPolygon(polygon_parts(geometry))


def repaired(geometry: Optional[QgsGeometry]) -> Repair:
    """:func:`domain.repair.repair` of ``geometry`` made linear and 2D: a valid MultiPolygon with
    every polygon part kept (None when no area is left) and what had to be done to get it."""
    if geometry is None or geometry.isNull():
        return repair(None)
    if QgsWkbTypes.isCurvedType(geometry.wkbType()) or QgsWkbTypes.hasZ(geometry.wkbType()) \
            or QgsWkbTypes.hasM(geometry.wkbType()):
        geometry = QgsGeometry(geometry)
        if QgsWkbTypes.isCurvedType(geometry.wkbType()):
            geometry.convertToStraightSegment()
        geometry.get().dropZValue()
        geometry.get().dropMValue()
    if geometry.isEmpty():
        return Repair(None, ("empty",))
    return repair(to_shapely(geometry))


def repair_polygonal(geometry: QgsGeometry) -> tuple[Optional[QgsGeometry], Repair]:
    """``geometry`` itself when nothing had to be done; else its repair (None when no area is left).
    The :class:`Repair` says what was done, so the caller can report every repair."""
    result = repaired(geometry)
    if result.skipped:
        return None, result
    return (from_shapely(result.geometry) if result.changed else geometry), result
