# SPDX-License-Identifier: GPL-2.0-or-later
"""Screening construction footprints against the zones and approved land (事前严防), for QGIS.

:class:`ProjectScreener` holds the zones and approved land in EPSG:4548 and screens QgsGeometries
in any CRS; the result carries the reason in the user's language. The Processing algorithm, the
plugin's screening actions and the printable summary all use it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFields,
    QgsGeometry,
)
from qgis.PyQt.QtCore import QVariant

from ...domain.codes import list_separator
from ...domain.departments import DEPARTMENTS
from ...domain.overlaps.screening import Screener, Screening
from ...domain.repair import Repair
from ...domain.zones import zone_label
from ...layers.features import text_value
from ...layers.gdal_errors import read_all
from ...layers.memory import fields_of
from ...layers.schema import F
from ...toolbelt.i18n import tr, ui_language
from ..zone_input import (
    GeometryNote,
    ZoneSet,
    load_zones,
    read_polygons,
    working_geometry,
    working_transform,
)
from .analysis import labels

#: Fields the screening adds to each footprint (the Processing contract, then extras).
RESULT_FIELDS = (
    ("red_area_m2", QVariant.Double), ("yellow_area_m2", QVariant.Double), ("approved_area_m2", QVariant.Double),
    ("verdict", QVariant.String), ("reason", QVariant.String), ("zone_names", QVariant.String),
    ("zone_uids", QVariant.String), ("departments", QVariant.String),
)


def result_fields() -> QgsFields:
    return fields_of(RESULT_FIELDS)


@dataclass
class Approval:
    approval_no: str
    project_name: str


@dataclass
class ScreeningResult:
    screening: Screening
    approvals: list[Approval]
    reason: str

    @property
    def verdict(self) -> str:
        return self.screening.verdict

    def values(self) -> dict:
        s = self.screening
        return {
            "red_area_m2": round(s.red_m2, 2), "yellow_area_m2": round(s.yellow_m2, 2),
            "approved_area_m2": round(s.approved_m2, 2), "verdict": s.verdict, "reason": self.reason,
            "zone_names": "；".join(z.name for z in s.zones), "zone_uids": ",".join(z.uid for z in s.zones),
            "departments": ",".join(s.rule.departments),
        }


def reason_text(s: Screening, approvals: list[Approval], lang: str | None = None) -> str:
    lang = lang or ui_language()
    zones = list_separator(lang, strong=True).join(zone_label(z.name, z.line_class, lang) for z in s.zones)
    if s.verdict == "prohibited":
        text = tr("{m2:.1f} m² lie in red-line zones outside approved construction land ({zones}): construction "
                  "unrelated to protection is prohibited there.").format(m2=s.red_outside_approved_m2, zones=zones)
    elif s.verdict == "needs_approval":
        text = tr("{m2:.1f} m² lie in yellow-line zones ({zones}): construction needs the review and consent of "
                  "the municipal government.").format(m2=s.yellow_m2, zones=zones)
    elif s.verdict == "approved_land":
        numbers = list_separator(lang).join(a.approval_no for a in approvals)
        text = tr("The {m2:.1f} m² in red-line zones ({zones}) lie entirely inside construction land approved by "
                  "the municipal government ({numbers}).").format(m2=s.red_m2, zones=zones, numbers=numbers)
    else:
        text = tr("The footprint lies outside every permanent protected ecological area.")
    if s.zones:
        text += " " + tr("Departments: {depts}").format(depts=labels(DEPARTMENTS, s.rule.departments, lang))
    return text


@dataclass
class ProjectScreener:
    screener: Screener
    approvals: list[Approval]
    notes: list[GeometryNote] = field(default_factory=list)

    @classmethod
    def from_features(cls, zones: Iterable[QgsFeature], zones_crs: QgsCoordinateReferenceSystem,
                      approved: Iterable[QgsFeature] = (), approved_crs: Optional[QgsCoordinateReferenceSystem] = None,
                      context: Optional[QgsCoordinateTransformContext] = None) -> ProjectScreener:
        """Raises :class:`~.zone_input.ZoneDataError` for zones of unknown type or class."""
        return cls.from_zones(load_zones(zones, zones_crs, context), approved, approved_crs or zones_crs, context)

    @classmethod
    def from_zones(cls, zone_set: ZoneSet, approved: Iterable[QgsFeature] = (),
                   approved_crs: Optional[QgsCoordinateReferenceSystem] = None,
                   context: Optional[QgsCoordinateTransformContext] = None) -> ProjectScreener:
        """The screener of zones already read (:func:`~.zone_input.load_zones`)."""
        lands, approvals, notes = [], [], list(zone_set.notes)
        approved = read_all(approved, tr("Approved construction land"))
        for feature, result, note in read_polygons(approved, approved_crs or QgsCoordinateReferenceSystem(), context,
                                                   label_field="approval_no"):
            if note is not None:
                notes.append(note)
            if result.geometry is not None:
                lands.append(result.geometry)
                approvals.append(Approval(text_value(feature, F.APPROVAL_NO) or "",
                                          text_value(feature, F.PROJECT_NAME) or ""))
        return cls(Screener(zone_set.infos, zone_set.geometries, lands), approvals, notes)

    def screen(self, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem,
               context: Optional[QgsCoordinateTransformContext] = None) -> tuple[Optional[ScreeningResult], Repair]:
        """The screening of one footprint; None (with the repair saying why) when it has no area."""
        fixed = working_geometry(geometry, working_transform(crs, context))
        if fixed.geometry is None:
            return None, fixed
        s = self.screener.screen(fixed.geometry)
        approvals = [self.approvals[i] for i in s.approvals]
        return ScreeningResult(s, approvals, reason_text(s, approvals)), fixed
