# SPDX-License-Identifier: GPL-2.0-or-later
"""The state of a row as a sync compares it: its values and its point, fingerprinted.

The office's state of a marker is every field and the point (any change at the office counts);
the field's state is what the survey team may change there (:data:`...tables.MARKER_EDITABLE` and
the point), so opening a form and saving it unchanged on the phone, which re-stamps the edit time
and the accuracy, is no change. Points are compared to the millimetre.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

from qgis.core import QgsFeature, QgsPointXY

from ...domain.field.sync import state_hash
from ...layers.features import field_value
from ...layers.field.tables import MARKER_EDITABLE, P
from ...layers.markers.records import point_of

#: Fields a sync never compares: the phone re-stamps them on every save.
VOLATILE = (P.EDITED_AT, P.GNSS_QUALITY)


def point_key(point: Optional[QgsPointXY]) -> Optional[tuple[float, float]]:
    return None if point is None else (round(point.x(), 3), round(point.y(), 3))


def row_values(feature: QgsFeature, names: Optional[Iterable[str]] = None, exclude: Iterable[str] = ()
               ) -> dict[str, Any]:
    """The feature's values (``names``, or every field) as Python, and its point under ``geometry``."""
    skipped = set(exclude)
    wanted = list(names) if names is not None else [f.name() for f in feature.fields()]
    values = {n: field_value(feature, n) for n in wanted if n not in skipped}
    values["geometry"] = point_key(point_of(feature))
    return values


def office_hash(feature: QgsFeature) -> str:
    return state_hash(row_values(feature))


def field_marker_hash(feature: QgsFeature) -> str:
    return state_hash(row_values(feature, MARKER_EDITABLE))


def field_row_hash(feature: QgsFeature) -> str:
    """A new or open case as the phone holds it (every field but the re-stamped ones)."""
    return state_hash(row_values(feature, exclude=VOLATILE))
