# SPDX-License-Identifier: GPL-2.0-or-later
"""QgsGeometry <-> shapely, through WKB (exact, no text round trip)."""
from __future__ import annotations

from qgis.core import QgsGeometry
from shapely import wkb
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity


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


def repair_polygonal(geometry: QgsGeometry) -> tuple[QgsGeometry, str | None]:
    """``geometry`` unchanged with None when it is valid; else its repair (``makeValid``, polygon
    parts kept, as a MultiPolygon) and GEOS's reason, so the caller can report every repair."""
    if geometry.isNull() or geometry.isGeosValid():
        return geometry, None
    reason = explain_validity(to_shapely(geometry))
    # makeValid can return a collection with the collapsed parts as lines: keep the polygons.
    return from_shapely(as_multipolygon(to_shapely(geometry.makeValid()))), reason
