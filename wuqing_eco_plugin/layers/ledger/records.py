# SPDX-License-Identifier: GPL-2.0-or-later
"""Feature ↔ model mapping for the ledger: a ``violations`` feature becomes a domain ``CaseRow``."""
from __future__ import annotations

from typing import Any

from qgis.core import QgsFeature, QgsFeatureRequest, QgsFeatureSource

from ...domain.errors import WuqingError
from ...domain.ledger.rows import CaseRow, case_row
from ...toolbelt.i18n import tr
from ..features import to_python
from ..schema import F

#: What every count and export of the ledger reads: a layer without them is not the ledger.
LEDGER_FIELDS = (F.RECORD_NO, F.DISCOVERED_AT, F.STATUS, F.CATEGORY, F.SEVERITY, F.LEAD_DEPARTMENT)


class LedgerInputError(WuqingError, ValueError):
    """A layer given as the ledger is not one (the markers layer chosen by mistake)."""


def feature_values(feature: QgsFeature) -> dict[str, Any]:
    """Every attribute of ``feature`` as plain Python (None for NULL)."""
    return {field.name(): to_python(feature.attribute(i)) for i, field in enumerate(feature.fields())}


def feature_case(feature: QgsFeature) -> CaseRow:
    x = y = None
    if feature.hasGeometry():
        point = feature.geometry().centroid().asPoint()
        x, y = point.x(), point.y()
    return case_row(feature_values(feature), x, y)


def check_ledger_fields(source: QgsFeatureSource, title: str | None = None) -> None:
    """Raise :class:`LedgerInputError` naming the layer and the fields it lacks, before anything is read:
    another layer read as the ledger would give a report of empty cases that looks like one."""
    missing = [name for name in LEDGER_FIELDS if source.fields().indexOf(name) < 0]
    if missing:
        raise LedgerInputError(tr("The layer “{layer}” is not the case ledger: it lacks the fields {fields}. "
                                  "Choose the violation records layer (table violations).").format(
            layer=title or source.sourceName(), fields=", ".join(missing)))


def read_cases(source: QgsFeatureSource, request: QgsFeatureRequest | None = None,
               title: str | None = None) -> list[CaseRow]:
    """The cases of a ledger layer; :class:`LedgerInputError` (naming it as ``title``) when it is not one."""
    check_ledger_fields(source, title)
    return [feature_case(f) for f in source.getFeatures(request or QgsFeatureRequest())]
