# SPDX-License-Identifier: GPL-2.0-or-later
"""What the survey map tool needs: a new marker prefilled at a boundary point, or a marker moved.

The map tool only finds the boundary point (QGIS snapping); this service links it to its zone by
``zone_uid``, numbers it by the numbering rule (the next number of the zone's series), and builds
the feature with the layer's default expressions (:func:`..layers.features.make_feature`), which fill
the coordinates (X north, Y east, Y with the zone-39 prefix, longitude, latitude) from the point.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

from qgis.core import QgsFeature, QgsPointXY, QgsVectorLayer
from shapely.geometry import Point

from ...domain.admin import derived_status
from ...domain.markers.vocabulary import marker_number, next_seq
from ...layers import schema
from ...layers.features import make_feature, text_value
from ...layers.markers.records import polygon_shape
from ...layers.schema import F
from .history import move_markers
from .survey_settings import SurveySettings
from .zones import series_of


@dataclass(frozen=True)
class BoundaryHit:
    """A point on a zone boundary found by the map tool (in the zone layer's CRS, EPSG:4548)."""

    point: QgsPointXY
    layer: QgsVectorLayer
    fid: int
    kind: str  # "vertex" or "segment"
    click_distance_m: float

    def zone(self) -> QgsFeature:
        return self.layer.getFeature(self.fid)


def boundary_distance(zone: QgsFeature, point: QgsPointXY) -> Optional[float]:
    shape, _ = polygon_shape(zone.geometry()) if zone.hasGeometry() else (None, False)
    return None if shape is None else round(shape.boundary.distance(Point(point.x(), point.y())), 3)


def next_number(markers: QgsVectorLayer, zone: QgsFeature, kind: str, pattern: str) -> tuple[str, int]:
    """(number, seq) after the highest number of the zone's series in ``markers`` (its edits included);
    raises :class:`..zone_input.ZoneDataError` for a zone of unknown type."""
    short, feature = series_of(zone)
    numbers = [text_value(f, F.MARKER_NO) or "" for f in markers.getFeatures()]
    seq = next_seq(numbers, short, feature, kind, pattern)
    return marker_number(short, feature, seq, kind, pattern), seq


def prefill(markers: QgsVectorLayer, zone: QgsFeature, point: QgsPointXY, settings: SurveySettings,
            today: Optional[dt.date] = None) -> dict:
    """The values a new marker at ``point`` on ``zone``'s boundary starts with."""
    kind = settings.new_marker_kind
    number, seq = next_number(markers, zone, kind, settings.survey.number_pattern)
    return {
        F.MARKER_NO: number, F.ZONE_UID: text_value(zone, F.ZONE_UID), F.KIND: kind, F.SEQ: seq,
        F.DISTANCE_TO_BOUNDARY_M: boundary_distance(zone, point), F.SURVEY_DATE: today or dt.date.today(),
        F.SURVEYOR: settings.surveyor or None, F.STATUS: "designed",
        F.DATA_STATUS: derived_status(text_value(zone, F.DATA_STATUS)),
    }


def new_marker(markers: QgsVectorLayer, zone: QgsFeature, point: QgsPointXY, settings: SurveySettings,
               today: Optional[dt.date] = None) -> QgsFeature:
    """A feature (not yet added) for a marker at ``point``, with defaults and the prefill applied."""
    record = prefill(markers, zone, point, settings, today)
    record["geometry"] = Point(point.x(), point.y())
    return make_feature(markers, schema.MARKERS, record)


def move_marker(markers: QgsVectorLayer, history: QgsVectorLayer, fid: int, hit: BoundaryHit, note: str,
                who=None) -> None:
    """Move one marker to a boundary point: same number, same uid, one history row; zone link and
    distance follow the new place."""
    zone = hit.zone()
    attributes = {fid: {F.ZONE_UID: text_value(zone, F.ZONE_UID),
                        F.DISTANCE_TO_BOUNDARY_M: boundary_distance(zone, hit.point)}}
    kwargs = {"who": who} if who is not None else {}
    move_markers(markers, history, {fid: QgsPointXY(hit.point)}, note, attributes, **kwargs)


