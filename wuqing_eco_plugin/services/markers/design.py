# SPDX-License-Identifier: GPL-2.0-or-later
"""Marker design over layers: read zones and crossing lines, design, and write designed markers.

Two outputs: plain features for a Processing sink (:func:`design_feature`), or the project's
``markers`` table (:func:`write_design`), where a zone whose markers are all still ``designed`` is
redesigned and a zone with markers in the field is left alone: its numbers are on the ground.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional, Sequence

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from shapely.geometry import LineString, MultiLineString, Point
from shapely.geometry.base import BaseGeometry

from ...domain.admin import DRAFT, ILLUSTRATIVE
from ...domain.codes import Code, CodeTable
from ...domain.errors import WuqingError
from ...domain.markers.design import (
    FAR_MARGIN_M,
    DesignedMarker,
    DesignParams,
    DesignZone,
    design_markers,
    far_zones,
    series_key,
)
from ...domain.markers.vocabulary import next_seq
from ...layers import schema
from ...layers.features import CommitError, FeatureFactory, batch_edit, text_value
from ...layers.geometry import to_shapely
from ...layers.memory import fields_of
from ...layers.schema import F
from ...toolbelt.i18n import tr, ui_language
from ..zone_input import ZoneSet
from .zones import design_zones

DESIGN_REASONS: CodeTable[Code] = CodeTable(
    "design_reason",
    (
        Code("start", "设计：边界起点（西北端）", "Designed: start of the ring (north-west)"),
        Code("turn", "设计：拐点", "Designed: turning point"),
        Code("crossing", "设计：与道路/铁路/水系交叉处", "Designed: crossing with a road, railway or watercourse"),
        Code("spacing", "设计：按最大间距加密", "Designed: added for the maximum spacing"),
    ),
)


def design_fields() -> QgsFields:
    return fields_of((
        ("marker_no", QVariant.String), ("zone_uid", QVariant.String), ("kind", QVariant.String),
        ("seq", QVariant.Int), ("reason", QVariant.String), ("turn_deg", QVariant.Double), ("part", QVariant.Int),
        ("ring", QVariant.Int), ("chainage_m", QVariant.Double), ("x_north", QVariant.Double),
        ("y_east", QVariant.Double)))


def design_feature(m: DesignedMarker, fields: QgsFields) -> QgsFeature:
    f = QgsFeature(fields)
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(m.x, m.y)))
    f.setAttributes([m.marker_no, m.zone_uid, m.kind, m.seq, m.reason, m.turn_deg, m.part, m.ring,
                     round(m.chainage_m, 3), round(m.y, 3), round(m.x, 3)])
    return f


def crossing_lines(features: Iterable[QgsFeature]) -> Optional[BaseGeometry]:
    """The lines of ``features`` as one MultiLineString (None when there are none)."""
    lines: list[LineString] = []
    for f in features:
        if not f.hasGeometry() or QgsWkbTypes.geometryType(f.geometry().wkbType()) != QgsWkbTypes.LineGeometry:
            continue
        shape = to_shapely(f.geometry())
        lines.extend(shape.geoms if isinstance(shape, MultiLineString) else [shape])
    lines = [ln for ln in lines if not ln.is_empty and ln.length > 0]
    return MultiLineString(lines) if lines else None


class DesignInputError(WuqingError, ValueError):
    """Zones whose coordinates cannot be right: the message names them and says what to check."""


def refuse_far_zones(zones: Sequence[DesignZone], names: dict[str, str]) -> None:
    """Raise :class:`DesignInputError` naming each zone that reaches far outside the district, before any
    post is placed (a vertex at 10¹² m would otherwise have the design run for hours)."""
    far = far_zones(zones)
    if not far:
        return
    shown = "; ".join(tr("{zone}: east {e0:,.0f} to {e1:,.0f}, north {n0:,.0f} to {n1:,.0f}").format(
        zone=names.get(z.uid, z.uid), e0=b[0], e1=b[2], n0=b[1], n1=b[3]) for z, b in far[:10])
    raise DesignInputError(tr("{n} zones reach more than {km:.0f} km beyond Wuqing, so some of their coordinates "
                              "are wrong ({zones}{more}). Correct these vertices: coordinates must be metres in "
                              "EPSG:4548 (Y east without the zone prefix 39).").format(
        n=len(far), km=FAR_MARGIN_M / 1000, zones=shown, more=" …" if len(far) > 10 else ""))


def design(zones: ZoneSet, params: DesignParams, crossings: Optional[BaseGeometry] = None,
           first_seq: Optional[dict[str, int]] = None, should_stop: Optional[Callable[[], bool]] = None,
           progress: Optional[Callable[[float], None]] = None) -> list[DesignedMarker]:
    """The design of ``zones``; :class:`DesignInputError` for zones far outside the district, and
    :class:`CancelledError` when ``should_stop`` says so."""
    todo = design_zones(zones)
    refuse_far_zones(todo, zones.names)
    return design_markers(todo, params, crossings, first_seq, should_stop, progress)


@dataclass
class DesignWrite:
    added: int = 0
    replaced: int = 0
    kept_zones: list[str] = field(default_factory=list)  # zones with markers in the field: left alone
    markers: list[DesignedMarker] = field(default_factory=list)


def _existing(layer: QgsVectorLayer) -> list[tuple[int, Optional[str], Optional[str], Optional[str]]]:
    return [(f.id(), text_value(f, F.ZONE_UID), text_value(f, F.STATUS), text_value(f, F.MARKER_NO))
            for f in layer.getFeatures()]


def write_design(layer: QgsVectorLayer, zones: ZoneSet, params: DesignParams,
                 crossings: Optional[BaseGeometry] = None) -> DesignWrite:
    """Design ``zones`` into the markers table in one commit; numbers continue after the ones kept.

    Raises :class:`LayerBusyError` when the layer has the user's edits open, :class:`CommitError`
    (the layer rolled back to where it was) when the data source refuses the change, and
    :class:`DesignInputError` (nothing changed) for zones far outside the district.
    """
    refuse_far_zones(design_zones(zones), zones.names)
    existing = _existing(layer)
    in_field = {uid for _, uid, status, _ in existing if status != "designed"}
    names = zones.names
    result = DesignWrite(kept_zones=[names[z.uid] for z in design_zones(zones) if z.uid in in_field])
    todo = zones.subset(lambda z: z.uid not in in_field)
    todo_design = design_zones(todo)
    uids = {z.uid for z in todo_design}
    drop = [fid for fid, uid, _, _ in existing if uid in uids]
    numbers = [no for _, uid, _, no in existing if uid not in uids and no]
    first = {}
    for z in todo_design:
        for kind in ("post", "sign"):
            first[series_key(z, kind, params.pattern)] = next_seq(numbers, z.type_short, z.feature_code, kind,
                                                                   params.pattern)
    result.markers = design_markers(todo_design, params, crossings, first)
    lang = ui_language()
    with batch_edit(layer):
        if drop and not layer.deleteFeatures(drop):
            raise CommitError(layer.name(), [tr("designed markers could not be removed")])
        make = FeatureFactory(layer, schema.MARKERS)
        feats = [_feature(make, m, todo, lang) for m in result.markers]
        if feats and not layer.addFeatures(feats):
            raise CommitError(layer.name(), [tr("features were refused")])
    result.added, result.replaced = len(feats), len(drop)
    return result


def _feature(make: FeatureFactory, m: DesignedMarker, zones: ZoneSet, lang: str) -> QgsFeature:
    # The factory is made after the old design is deleted in this edit session, so a redesigned
    # 0001 is new to it; a number still held by a kept marker would be refused.
    return make(_record(m, zones, lang))


def _record(m: DesignedMarker, zones: ZoneSet, lang: str) -> dict:
    note = DESIGN_REASONS.label(m.reason, lang)
    if m.reason == "turn" or (m.reason == "start" and m.turn_deg):
        note += f" ({m.turn_deg:.1f}°)"
    return {
        F.MARKER_NO: m.marker_no, F.ZONE_UID: m.zone_uid, F.KIND: m.kind, F.SEQ: m.seq, F.STATUS: "designed",
        F.SURVEY_METHOD: "map", F.DISTANCE_TO_BOUNDARY_M: 0.0, F.NOTES: note,
        F.DATA_STATUS: ILLUSTRATIVE if m.zone_uid in zones.illustrative else DRAFT,
        "geometry": Point(m.x, m.y),
    }
