# SPDX-License-Identifier: GPL-2.0-or-later
"""Feature ↔ model mapping for the ledger: a ``violations`` feature becomes a domain ``CaseRow``."""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Mapping

from qgis.core import QgsFeature, QgsFeatureRequest, QgsFeatureSource, QgsProviderRegistry, QgsVectorLayer

from ...domain.errors import WuqingError
from ...domain.ledger.rows import CaseRow, case_row
from ...domain.ledger.stats import Step
from ...toolbelt.i18n import tr
from ..features import to_python
from ..gdal_errors import read_all
from ..schema import VIOLATION_HISTORY, VIOLATIONS, F

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
    what = title or source.sourceName()
    return [feature_case(f) for f in read_all(source.getFeatures(request or QgsFeatureRequest()), what)]


def history_steps(rows: Iterable[Mapping[str, Any]]) -> dict[str, list[Step]]:
    """Rows of ``violation_history`` (field values) as each record's steps, by record uid."""
    out: dict[str, list[Step]] = {}
    for row in rows:
        at = row.get(F.CHANGED_AT)
        if isinstance(at, dt.datetime):
            out.setdefault(str(row.get(F.RECORD_UID) or ""), []).append(
                Step(at, row.get(F.FROM_STATUS) or None, str(row.get(F.TO_STATUS) or "")))
    return out


def read_history(source: QgsFeatureSource) -> dict[str, list[Step]]:
    """The steps of every record in a ``violation_history`` layer, by record uid."""
    return history_steps(feature_values(f) for f in read_all(source.getFeatures(QgsFeatureRequest()),
                                                             source.sourceName()))


def history_beside(records: QgsVectorLayer | None) -> QgsVectorLayer | None:
    """The ``violation_history`` table of the GeoPackage a ``violations`` layer comes from, or None."""
    if records is None or records.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", records.source())
    if parts.get("layerName") != VIOLATIONS.name or not parts.get("path"):
        return None
    layer = QgsVectorLayer(f"{parts['path']}|layername={VIOLATION_HISTORY.name}", VIOLATION_HISTORY.name, "ogr")
    return layer if layer.isValid() else None
