# SPDX-License-Identifier: GPL-2.0-or-later
"""Feature ↔ model mapping for the ledger: a ``violations`` feature becomes a domain ``CaseRow``."""
from __future__ import annotations

from typing import Any

from qgis.core import QgsFeature, QgsFeatureRequest, QgsFeatureSource

from ...domain.ledger.rows import CaseRow, case_row
from ..features import to_python


def feature_values(feature: QgsFeature) -> dict[str, Any]:
    """Every attribute of ``feature`` as plain Python (None for NULL)."""
    return {field.name(): to_python(feature.attribute(i)) for i, field in enumerate(feature.fields())}


def feature_case(feature: QgsFeature) -> CaseRow:
    x = y = None
    if feature.hasGeometry():
        point = feature.geometry().centroid().asPoint()
        x, y = point.x(), point.y()
    return case_row(feature_values(feature), x, y)


def read_cases(source: QgsFeatureSource, request: QgsFeatureRequest | None = None) -> list[CaseRow]:
    return [feature_case(f) for f in source.getFeatures(request or QgsFeatureRequest())]
