# SPDX-License-Identifier: GPL-2.0-or-later
"""Feature ↔ model mapping for marker design and checks: zones and markers as domain objects.

Zone geometries that GEOS finds invalid are repaired (:func:`.geometry.repaired`, polygon parts kept) and
reported by name, never dropped: an unmarked stretch of red line is the worst outcome.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsWkbTypes
from shapely.geometry.base import BaseGeometry

from ..domain.marker_checks import MarkerPoint, ZoneShape
from ..domain.marker_design import DesignZone
from ..domain.zones import LINE_CLASSES, ZONE_TYPES
from .features import text_value
from .geometry import repaired
from .zone_records import each_zone_once

#: Type code for zones whose type is unknown (a foreign polygon layer with only ``zone_uid``).
UNKNOWN_TYPE = "QT"


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


@dataclass
class ZoneSet:
    """Zones read from features, with what happened on the way."""

    design: list[DesignZone] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # zone_uid → name
    line_classes: dict[str, str] = field(default_factory=dict)
    illustrative: set[str] = field(default_factory=set)
    repaired: list[str] = field(default_factory=list)
    without_geometry: list[str] = field(default_factory=list)
    without_uid: int = 0

    @property
    def shapes(self) -> list[ZoneShape]:
        return [ZoneShape(z.uid, z.geometry) for z in self.design]


def read_zones(features: Iterable[QgsFeature]) -> ZoneSet:
    """Zones for design and checks, red before yellow (numbering order), each ``zone_uid`` once."""
    out = ZoneSet()
    rows = []
    for n, f in enumerate(each_zone_once(features)):
        uid = text_value(f, "zone_uid")
        if uid is None:
            out.without_uid += 1
            continue
        name = text_value(f, "name") or uid
        out.names[uid] = name
        shape, repaired = polygon_shape(f.geometry()) if f.hasGeometry() else (None, False)
        if repaired:
            out.repaired.append(name)
        if shape is None:
            out.without_geometry.append(name)
            continue
        zone_type = ZONE_TYPES.find(text_value(f, "zone_type"))  # codes or labels, as load_zones reads them
        klass = LINE_CLASSES.find(text_value(f, "line_class"))
        line_class = klass.code if klass else ""
        out.line_classes[uid] = line_class
        if text_value(f, "data_status") == "illustrative":
            out.illustrative.add(uid)
        zone = DesignZone(uid, zone_type.short if zone_type else UNKNOWN_TYPE, text_value(f, "feature_code") or "",
                          shape)
        rows.append(((0 if line_class == "red" else 1), n, zone))
    out.design = [z for _, _, z in sorted(rows, key=lambda r: r[:2])]
    return out


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
        out.append(MarkerPoint(text_value(f, number_field) or "", p.x(), p.y(), text_value(f, "zone_uid")))
    return out, missing
