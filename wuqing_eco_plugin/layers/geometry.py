# SPDX-License-Identifier: GPL-2.0-or-later
"""QgsGeometry <-> shapely, through WKB (exact, no text round trip)."""
from __future__ import annotations

from qgis.core import QgsGeometry
from shapely import wkb
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry


def to_shapely(geometry: QgsGeometry) -> BaseGeometry:
    return wkb.loads(bytes(geometry.asWkb()))


def from_shapely(geometry: BaseGeometry) -> QgsGeometry:
    out = QgsGeometry()
    out.fromWkb(wkb.dumps(geometry))
    return out


def as_multipolygon(geometry: BaseGeometry) -> MultiPolygon:
    """Polygon parts of ``geometry`` as one MultiPolygon (the zone tables' geometry type)."""
    if isinstance(geometry, MultiPolygon):
        return geometry
    if isinstance(geometry, Polygon):
        return MultiPolygon([geometry])
    parts = [g for g in getattr(geometry, "geoms", []) if isinstance(g, (Polygon, MultiPolygon))]
    polys: list[Polygon] = []
    for part in parts:
        polys.extend(part.geoms if isinstance(part, MultiPolygon) else [part])
    return MultiPolygon(polys)
