# SPDX-License-Identifier: GPL-2.0-or-later
"""Put surveyed positions into the markers table: each checked marker moves to where it was surveyed.

Only results the user accepts (by default ok and warning) are applied; a failing one stays where it
was until it is surveyed again. The move keeps the marker's number and uid and writes its history
row (services/marker_history); a designed marker becomes buried, surveyed by RTK on the given date.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Optional, Sequence

from qgis.core import QgsFeature, QgsPointXY, QgsVectorLayer

from ...layers.features import field_value, text_value
from ...layers.markers.records import point_of
from ...layers.schema import F
from .history import default_who, move_markers

ACCEPTED = ("ok", "warning")


@dataclass
class ApplyResult:
    moved: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # status not accepted (fail)
    unknown: list[str] = field(default_factory=list)  # no marker of that number


def survey_heights(survey: Iterable[QgsFeature]) -> dict[str, float]:
    """marker_no → elevation_m of an imported survey layer."""
    return {text_value(f, F.MARKER_NO): h for f in survey
            if text_value(f, F.MARKER_NO) and (h := _number(f, "elevation_m")) is not None}


def apply_survey(markers: QgsVectorLayer, history: QgsVectorLayer, results: Iterable[QgsFeature], note: str,
                 surveyor: str = "", survey_date: Optional[dt.date] = None, accept: Sequence[str] = ACCEPTED,
                 heights: Optional[Mapping[str, float]] = None,
                 attributes: Optional[Mapping[str, Mapping[str, object]]] = None) -> ApplyResult:
    """Move the markers named in check ``results`` (features with marker_no, status, deviation_m and
    the surveyed point) in one commit; ``heights`` gives their surveyed elevations, ``attributes``
    (marker_no → field → value) what else the survey recorded (a field survey's status, photos,
    precision), set last."""
    by_number = {text_value(f, F.MARKER_NO): f for f in markers.getFeatures()}
    out = ApplyResult()
    moves: dict[int, QgsPointXY] = {}
    changes: dict[int, dict] = {}
    for r in results:
        number, point = text_value(r, F.MARKER_NO), point_of(r)
        if not number or point is None:
            continue
        target = by_number.get(number)
        if target is None:
            out.unknown.append(number)
            continue
        if text_value(r, F.STATUS) not in accept:
            out.refused.append(number)
            continue
        moves[target.id()] = point
        values = {F.SURVEY_METHOD: "rtk", F.SURVEY_DATE: survey_date or dt.date.today(),
                  F.DISTANCE_TO_BOUNDARY_M: _number(r, "deviation_m")}
        if surveyor:
            values[F.SURVEYOR] = surveyor
        if heights and number in heights:
            values[F.ELEVATION_M] = heights[number]
        if text_value(target, F.STATUS) == "designed":
            values[F.STATUS] = "buried"
        changes[target.id()] = {**values, **(attributes or {}).get(number, {})}
        out.moved.append(number)
    if moves:
        move_markers(markers, history, moves, note, changes, who=lambda: surveyor or default_who())
    return out


def _number(feature: QgsFeature, name: str) -> Optional[float]:
    value = field_value(feature, name)
    return float(value) if isinstance(value, (int, float)) else None
