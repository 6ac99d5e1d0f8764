# SPDX-License-Identifier: GPL-2.0-or-later
"""Marker checks over layers: results per marker and issues per boundary, as features or layers.

Both outputs are point layers in EPSG:4548: results styled by status (ok green, warning amber, fail
red), issues by kind. The same features feed a Processing sink or an in-memory layer for the dock.
"""
from __future__ import annotations

from typing import Optional, Sequence

from qgis.core import QgsFeature, QgsFields, QgsGeometry, QgsPointXY, QgsVectorLayer

from ...domain.markers.checks import (
    ISSUE_KINDS,
    CheckReport,
    Issue,
    MarkerPoint,
    MarkerResult,
    Tolerances,
    check_markers,
)
from ...domain.markers.vocabulary import CHECK_STATUSES
from ...layers.memory import fields_of, memory_layer
from ...toolbelt.compat import FieldType
from ...toolbelt.i18n import tr, ui_language
from ..zone_input import ZoneSet

RESULTS_STYLE = "marker_checks"
ISSUES_STYLE = "marker_issues"

_RESULT_FIELDS = (
    ("marker_no", FieldType.String), ("zone_uid", FieldType.String), ("zone_name", FieldType.String),
    ("deviation_m", FieldType.Double), ("offset_m", FieldType.Double), ("status", FieldType.String),
    ("status_label", FieldType.String), ("x_north", FieldType.Double), ("y_east", FieldType.Double),
    ("design_x_north", FieldType.Double), ("design_y_east", FieldType.Double),
)
_ISSUE_FIELDS = (
    ("issue", FieldType.String), ("issue_label", FieldType.String), ("zone_uid", FieldType.String),
    ("zone_name", FieldType.String), ("marker_no", FieldType.String), ("value", FieldType.Double),
)


def result_fields() -> QgsFields:
    return fields_of(_RESULT_FIELDS)


def issue_fields() -> QgsFields:
    return fields_of(_ISSUE_FIELDS)


def _round(v: Optional[float], digits: int = 3) -> Optional[float]:
    return None if v is None else round(v, digits)


def result_feature(r: MarkerResult, fields: QgsFields, names: dict[str, str], lang: str) -> QgsFeature:
    f = QgsFeature(fields)
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(r.x, r.y)))
    f.setAttributes([r.marker_no or None, r.zone_uid, names.get(r.zone_uid or "", r.zone_uid),
                     _round(r.deviation_m), _round(r.offset_m), r.status, CHECK_STATUSES.label(r.status, lang),
                     round(r.y, 3), round(r.x, 3), _round(r.design_y), _round(r.design_x)])
    return f


def issue_feature(i: Issue, fields: QgsFields, names: dict[str, str], lang: str) -> QgsFeature:
    f = QgsFeature(fields)
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(i.x, i.y)))
    f.setAttributes([i.kind, ISSUE_KINDS.label(i.kind, lang), i.zone_uid, names.get(i.zone_uid or "", i.zone_uid),
                     i.marker_no, i.value])
    return f


def run_checks(zones: ZoneSet, markers: Sequence[MarkerPoint], designed: Optional[Sequence[MarkerPoint]],
               tolerances: Tolerances) -> CheckReport:
    return check_markers(zones.shapes(), markers, designed, tolerances)


def result_layers(report: CheckReport, names: dict[str, str]) -> tuple[QgsVectorLayer, QgsVectorLayer]:
    lang = ui_language()
    rf, jf = result_fields(), issue_fields()
    results = memory_layer(tr("Marker check results"), rf, (result_feature(r, rf, names, lang) for r in report.results),
                           RESULTS_STYLE)
    issues = memory_layer(tr("Marker check issues"), jf, (issue_feature(i, jf, names, lang) for i in report.issues),
                          ISSUES_STYLE)
    return results, issues


def summary(report: CheckReport) -> str:
    """One line for the message bar: how many ok / warning / fail, how many issues."""
    return tr("{ok} ok, {warning} warning, {fail} fail; {issues} boundary issues").format(
        ok=report.count("ok"), warning=report.count("warning"), fail=report.count("fail"), issues=len(report.issues))
