# SPDX-License-Identifier: GPL-2.0-or-later
"""Feature ↔ model mapping for boundary markers: their points as domain objects.

(Zones come in through the one zone reader, :func:`...services.zone_input.load_zones`.)
"""
from __future__ import annotations

from typing import Iterable, Optional

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsWkbTypes
from shapely.geometry.base import BaseGeometry

from ...domain.markers.checks import MarkerPoint
from ..features import text_value
from ..geometry import repaired
from ..schema import F


def geometry_point(geometry: QgsGeometry) -> QgsPointXY:
    """The point of a point geometry, the first of a multipoint."""
    return geometry.asMultiPoint()[0] if geometry.isMultipart() else geometry.asPoint()


def point_of(feature: QgsFeature) -> Optional[QgsPointXY]:
    """The marker's point; None when the feature has no geometry."""
    return geometry_point(feature.geometry()) if feature.hasGeometry() else None


def polygon_shape(geometry: QgsGeometry) -> tuple[Optional[BaseGeometry], bool]:
    """(shapely polygon geometry, whether it had to be repaired); None when nothing polygonal is left."""
    result = repaired(geometry)
    return result.geometry, "repaired" in result.codes


def marker_points(features: Iterable[QgsFeature], number_field: str = "marker_no") -> tuple[list[MarkerPoint], int]:
    """Points of marker features (multipoints give their first point); and how many had no point."""
    out: list[MarkerPoint] = []
    missing = 0
    for f in features:
        g = f.geometry() if f.hasGeometry() else None
        if g is None or g.isEmpty() or QgsWkbTypes.geometryType(g.wkbType()) != QgsWkbTypes.PointGeometry:
            missing += 1
            continue
        p = geometry_point(g)
        out.append(MarkerPoint(text_value(f, number_field) or "", p.x(), p.y(), text_value(f, F.ZONE_UID)))
    return out, missing
