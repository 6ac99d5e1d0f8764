# SPDX-License-Identifier: GPL-2.0-or-later
"""Monitoring clues (疑似问题图斑) screened against the zones, approved land and towns, for QGIS.

Each clue comes in any CRS as a polygon (repaired like every other polygon, each repair reported)
or a point. Before it is screened it must be where it claims to be: a layer whose CRS names GCJ-02
is flagged as a whole (unless the user says its coordinates are GCJ-02, and they are converted), a
clue whose stated centre (a longitude/latitude pair of fields, as monitoring tables carry) sits
where GCJ-02 would put it is flagged, and so is a clue far outside the district.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from shapely import ops
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from ...domain.clues.offsets import centre_flag, gcj_to_wgs, names_gcj
from ...domain.clues.verdicts import CLUE_FLAGS, CLUE_PROBLEMS, ClueVerdict, flagged, judge
from ...domain.codes import list_separator
from ...domain.coordinates import GEOGRAPHIC_CRS
from ...domain.departments import DEPARTMENTS
from ...domain.overlaps.screening import VERDICTS
from ...domain.spatial import GeometryIndex
from ...domain.zones import zone_label
from ...layers.features import field_value
from ...layers.geometry import from_shapely, to_shapely
from ...layers.memory import fields_of
from ...toolbelt.i18n import tr, ui_language
from ..overlaps.screening import Approval, ProjectScreener, reason_text
from ..zone_input import WORKING, GeometryNote, ZoneSet, read_polygons, working_geometry, working_transform
from .cases import ClueError, ScreenedRow, check_ids

#: What screen_clues writes for each clue (the Processing contract).
RESULT_FIELDS = (
    ("clue_id", QVariant.String), ("verdict", QVariant.String), ("red_area_m2", QVariant.Double),
    ("yellow_area_m2", QVariant.Double), ("approved_area_m2", QVariant.Double), ("town", QVariant.String),
    ("other_towns", QVariant.String), ("zone_uids", QVariant.String), ("zone_names", QVariant.String),
    ("lead_department", QVariant.String), ("departments", QVariant.String), ("flag", QVariant.String),
    ("note", QVariant.String),
)
#: Field names monitoring tables use for a clue's centre (case and spaces ignored).
LON_FIELDS = ("中心点经度", "中心经度", "经度", "center_lon", "centre_lon", "lon", "lng", "longitude")
LAT_FIELDS = ("中心点纬度", "中心纬度", "纬度", "center_lat", "centre_lat", "lat", "latitude")
GEOGRAPHIC = QgsCoordinateReferenceSystem(GEOGRAPHIC_CRS)
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def result_fields() -> QgsFields:
    return fields_of(RESULT_FIELDS)


def centre_fields(fields: QgsFields) -> Optional[tuple[str, str]]:
    """The (longitude, latitude) fields holding each clue's stated centre, when the layer has both."""
    names = {f.name().strip().casefold(): f.name() for f in fields}

    def find(candidates):
        return next((names[c.casefold()] for c in candidates if c.casefold() in names), None)

    lon, lat = find(LON_FIELDS), find(LAT_FIELDS)
    return (lon, lat) if lon and lat else None


def stated_centre(feature: QgsFeature, fields: Optional[tuple[str, str]]) -> Optional[tuple[float, float]]:
    if fields is None:
        return None
    try:
        lon, lat = (float(field_value(feature, f)) for f in fields)
    except (TypeError, ValueError):
        return None
    return (lon, lat) if -180 <= lon <= 180 and -90 <= lat <= 90 else None


def declares_gcj(crs: QgsCoordinateReferenceSystem) -> bool:
    """Whether the layer's CRS says its coordinates are GCJ-02."""
    return crs.isValid() and names_gcj(" ".join((crs.description(), crs.toWkt(), crs.toProj())))


@dataclass
class ScreenedClue:
    """One clue: its verdict, its shape in EPSG:4548 (None when it has none) and what was repaired."""

    verdict: ClueVerdict
    geometry: Optional[BaseGeometry]
    note: Optional[GeometryNote] = None
    approvals: tuple[str, ...] = ()

    def values(self, lang: str | None = None) -> dict:
        """The fields of :data:`RESULT_FIELDS` (areas in m², codes for verdict and departments)."""
        lang = lang or ui_language()
        v, s = self.verdict, self.verdict.screening
        out = dict.fromkeys(name for name, _ in RESULT_FIELDS)
        out.update(clue_id=v.clue_id, flag=v.flag, note=self.note_text(lang))
        if s is None:
            return out
        routing = v.routing()
        out.update(verdict=v.verdict, red_area_m2=round(s.red_m2, 2), yellow_area_m2=round(s.yellow_m2, 2),
                   approved_area_m2=round(s.approved_m2, 2), town=v.town, other_towns="、".join(v.towns[1:]) or None,
                   zone_uids=",".join(z.uid for z in s.zones) or None,
                   zone_names="；".join(z.name for z in s.zones) or None)
        if routing is not None:
            out.update(lead_department=routing.lead, departments=",".join(routing.involved) or None)
        return out

    def row(self) -> ScreenedRow:
        """The clue as a screened layer holds it (what registration and checklists read)."""
        v, s = self.verdict, self.verdict.screening
        values = self.values()
        geometry = from_shapely(self.geometry) if self.geometry is not None else None
        areas = (s.red_m2, s.yellow_m2, s.approved_m2, s.footprint_m2) if s else (0.0, 0.0, 0.0, 0.0)
        return ScreenedRow(v.clue_id, v.verdict, areas, v.towns, geometry, values["zone_names"] or "",
                           values["lead_department"])

    def note_text(self, lang: str) -> str:
        v, s = self.verdict, self.verdict.screening
        if s is None:
            return CLUE_FLAGS.label(v.flag, lang) + (f" ({v.detail})" if v.detail else "")
        if v.point:
            zones = list_separator(lang, strong=True).join(zone_label(z.name, z.line_class, lang) for z in s.zones)
            text = tr("A point clue, judged by the zones containing it: {verdict}").format(
                verdict=VERDICTS.label(s.verdict, lang)) + (f" ({zones})" if zones else "")
        else:
            text = reason_text(s, [Approval(a, "") for a in self.approvals], lang)
        routing = v.routing()
        if routing is not None:
            text += " " + tr("Lead department: {}").format(DEPARTMENTS.label(routing.lead, lang))
        return text


class ClueScreener:
    """Screens clues against one set of zones, approved land and towns (read once)."""

    def __init__(self, zones: ZoneSet, approved: Iterable[QgsFeature] = (),
                 approved_crs: Optional[QgsCoordinateReferenceSystem] = None, towns: Iterable[QgsFeature] = (),
                 towns_crs: Optional[QgsCoordinateReferenceSystem] = None,
                 context: Optional[QgsCoordinateTransformContext] = None, gcj_coordinates: bool = False):
        """``gcj_coordinates``: the clues' longitudes and latitudes are GCJ-02: convert them first."""
        self.context = QgsCoordinateTransformContext() if context is None else context
        self.project = ProjectScreener.from_zones(zones, approved, approved_crs, self.context)
        names, shapes = [], []
        for feature, result, note in read_polygons(towns, towns_crs or QgsCoordinateReferenceSystem(), self.context):
            if note is not None:
                self.project.notes.append(note)
            if result.geometry is not None:
                names.append(str(field_value(feature, "name") or ""))
                shapes.append(result.geometry)
        self.town_names = names
        self.towns = GeometryIndex(shapes)
        self.district = ops.unary_union(shapes) if shapes else None
        self.gcj_coordinates = gcj_coordinates
        self._to_working = QgsCoordinateTransform(GEOGRAPHIC, WORKING, self.context)

    @property
    def notes(self) -> list[GeometryNote]:
        """Repairs of the zones, approved land and towns read."""
        return self.project.notes

    def _project(self, lon: float, lat: float) -> tuple[float, float]:
        p = self._to_working.transform(QgsPointXY(lon, lat))
        return p.x(), p.y()

    def screen(self, clue_id: str, feature_id: int, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem,
               centre: Optional[tuple[float, float]] = None) -> ScreenedClue:
        """The verdict of one clue (``geometry`` in ``crs``; ``centre``: its stated longitude and latitude)."""
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return ScreenedClue(flagged(clue_id, "no_geometry"), None)
        point = QgsWkbTypes.geometryType(geometry.wkbType()) == QgsWkbTypes.PointGeometry
        if self.gcj_coordinates:
            geometry = from_shapely(ops.transform(lambda x, y, z=None: _unshift(x, y), to_shapely(geometry)))
            crs = WGS84
        elif declares_gcj(crs):
            return ScreenedClue(flagged(clue_id, "gcj02", crs.description(), point), None)
        shape, note = self._working(clue_id, feature_id, geometry, crs, point)
        if shape is None:
            code = "transform_failed" if note is not None and "transform_failed" in note.codes else "no_geometry"
            return ScreenedClue(flagged(clue_id, code, note.detail if note else "", point), None, note)
        if centre is not None and not self.gcj_coordinates:
            off = centre_flag(shape, centre, self._project)
            if off is not None:
                return ScreenedClue(flagged(clue_id, off[0], f"{off[1]:,.0f} m", point), shape, note)
        verdict = judge(clue_id, shape, self.project.screener, self.towns, self.town_names, self.district)
        approvals = tuple(self.project.approvals[i].approval_no for i in verdict.screening.approvals) \
            if verdict.screening is not None else ()
        return ScreenedClue(verdict, shape, note, approvals)

    def screen_layer(self, features: Sequence[QgsFeature], crs: QgsCoordinateReferenceSystem, fields: QgsFields,
                     id_field: str) -> Iterator[tuple[QgsFeature, ScreenedClue]]:
        """Each feature with its verdict, lazily; raises :class:`ClueError` first (nothing screened)
        when the layer has no ``id_field`` or its clue numbers are blank or repeated."""
        if not id_field or fields.indexOf(id_field) < 0:
            raise ClueError(CLUE_PROBLEMS.label("no_id_field", ui_language()) + f": {id_field or '∅'}")
        ids = [str(field_value(f, id_field) or "").strip() for f in features]
        check_ids(ids)
        centre = centre_fields(fields)
        return ((f, self.screen(i, f.id(), f.geometry(), crs, stated_centre(f, centre))) for f, i in zip(features, ids))

    def _working(self, clue_id: str, feature_id: int, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem,
                 point: bool) -> tuple[Optional[BaseGeometry], Optional[GeometryNote]]:
        transform = working_transform(crs, self.context)
        if point:
            g = QgsGeometry(geometry)
            try:
                if transform is not None:
                    g.transform(transform)
            except QgsCsException as exc:
                return None, GeometryNote(feature_id, clue_id, ("transform_failed",), str(exc))
            return Point(g.centroid().asPoint().x(), g.centroid().asPoint().y()), None
        fixed = working_geometry(geometry, transform)
        note = GeometryNote(feature_id, clue_id, fixed.codes, fixed.detail) if fixed.codes else None
        return fixed.geometry, note


def _unshift(x, y):
    """GCJ-02 longitudes and latitudes (arrays or numbers) to WGS-84."""
    try:
        pairs = [gcj_to_wgs(a, b) for a, b in zip(x, y)]
        return tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)
    except TypeError:
        return gcj_to_wgs(x, y)
