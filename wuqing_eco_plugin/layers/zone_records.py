# SPDX-License-Identifier: GPL-2.0-or-later
"""Feature ↔ model mapping for zones: a ``zones`` feature becomes a domain ``ZoneInfo``."""
from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsVectorLayer

from ..domain.rules import ZoneInfo
from .features import field_value, text_value
from .schema import F


def _flag(feature: QgsFeature, name: str) -> bool:
    return bool(field_value(feature, name))


def zone_info(feature: QgsFeature) -> ZoneInfo:
    return ZoneInfo(
        uid=text_value(feature, F.ZONE_UID) or f"fid:{feature.id()}",
        name=text_value(feature, F.NAME) or "",
        zone_type=text_value(feature, F.ZONE_TYPE) or "",
        line_class=text_value(feature, F.LINE_CLASS) or "",
        water_supply=_flag(feature, "water_supply"),
        nature_reserve=_flag(feature, "nature_reserve"),
        national_red_line=_flag(feature, "national_red_line"),
        road_belt=_flag(feature, "road_belt"),
        department=text_value(feature, F.DEPARTMENT),
        feature_code=text_value(feature, F.FEATURE_CODE) or "",
        data_status=text_value(feature, F.DATA_STATUS) or "",
    )


def each_zone_once(features: Iterable[QgsFeature]) -> Iterator[QgsFeature]:
    """``features`` less those whose ``zone_uid`` came before: the project's red and yellow layers
    are two views of one table, and readers read them one after the other. Features without a
    zone_uid all pass (the readers say what they do with them)."""
    seen: set[str] = set()
    for feature in features:
        uid = text_value(feature, F.ZONE_UID)
        if uid is not None:
            if uid in seen:
                continue
            seen.add(uid)
        yield feature


def iter_zones(layers: Sequence[QgsVectorLayer]) -> Iterator[tuple[ZoneInfo, QgsGeometry]]:
    """Every zone of ``layers`` with its geometry, each zone once even when two layers share a table."""
    for feature in each_zone_once(f for layer in layers for f in layer.getFeatures(QgsFeatureRequest())):
        if feature.hasGeometry():
            yield zone_info(feature), QgsGeometry(feature.geometry())
