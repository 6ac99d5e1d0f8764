# SPDX-License-Identifier: GPL-2.0-or-later
"""What the review drawings are made from: the input layers read once, checked and repaired.

Inputs may come from the project's layers (the dialog) or from Processing sources (the algorithm):
either way they are read into plain records in EPSG:4548 with every invalid geometry repaired and
reported (never dropped), coded values normalised, and the reason of each repair kept for the QA gate.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeature,
    QgsFeatureRenderer,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessingFeatureSource,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from shapely.geometry.base import BaseGeometry

from ...domain.admin import ILLUSTRATIVE
from ...domain.coordinates import WORKING_CRS
from ...domain.drawings.sheet import MarkerPoint
from ...domain.errors import WuqingError
from ...domain.repair import REPAIRS
from ...domain.zones import LINE_CLASSES, ZONE_TYPES, ZoneShape
from ...layers.features import to_python
from ...layers.gdal_errors import failing_reads
from ...layers.geometry import repair_polygonal, to_shapely
from ...layers.markers.records import geometry_point
from ...layers.schema import F
from ...layers.zone_records import DuplicateZoneError, UidCheck, feature_label
from ...toolbelt.i18n import tr, ui_language
from ..location import Extents, LocationError
from ..zone_input import working_transform

Report = Callable[[str], None]


class DrawingInputError(WuqingError, ValueError):
    """An input the drawings cannot be made from; the message is for the user."""


@dataclass
class DrawingInput:
    """One input layer: its fields, CRS, a way to read its features, and its style if it has one."""

    title: str
    fields: QgsFields
    crs: QgsCoordinateReferenceSystem
    read: Callable[[], Iterable[QgsFeature]]
    renderer: Optional[QgsFeatureRenderer] = None

    @classmethod
    def from_layer(cls, layer: QgsVectorLayer) -> DrawingInput:
        return cls(layer.name(), layer.fields(), layer.crs(), lambda: layer.getFeatures(QgsFeatureRequest()),
                   layer.renderer().clone() if layer.renderer() else None)

    @classmethod
    def from_source(cls, source: QgsProcessingFeatureSource, title: str,
                    layer: Optional[QgsVectorLayer] = None) -> DrawingInput:
        # Read invalid geometries too: they are repaired and reported here, never silently skipped.
        def read():
            return source.getFeatures(QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)

        renderer = layer.renderer().clone() if layer is not None and layer.renderer() else None
        return cls(title, source.fields(), source.sourceCrs(), read, renderer)


@dataclass
class Record:
    """A feature read from an input: plain attributes, geometry in EPSG:4548 (repaired if it had
    to be), its shapely twin, and why the original was invalid (None when it was valid)."""

    attrs: dict
    geometry: QgsGeometry
    shape: BaseGeometry
    invalid_reason: Optional[str] = None

    def text(self, name: str, default: str = "") -> str:
        value = self.attrs.get(name)
        return default if value is None else str(value).strip()


@dataclass
class DrawingSources:
    zones: list[DrawingInput]
    towns: DrawingInput
    markers: Optional[DrawingInput] = None
    overlaps: Optional[DrawingInput] = None
    approved: Optional[DrawingInput] = None
    #: Transformations between the inputs' CRS and EPSG:4548 (the project's, or Processing's).
    context: QgsCoordinateTransformContext = field(default_factory=QgsCoordinateTransformContext)


@dataclass
class DrawingData:
    zones: list[Record]
    towns: list[Record]
    markers: list[Record] = field(default_factory=list)
    overlaps: list[Record] = field(default_factory=list)
    approved: list[Record] = field(default_factory=list)
    overlap_fields: QgsFields = field(default_factory=QgsFields)
    approved_fields: QgsFields = field(default_factory=QgsFields)
    overlap_renderer: Optional[QgsFeatureRenderer] = None

    @property
    def illustrative(self) -> bool:
        """True when any zone or town is marked illustrative (the bundled sample is)."""
        return any(r.attrs.get(F.DATA_STATUS) == ILLUSTRATIVE for r in [*self.zones, *self.towns])

    def zone_shapes(self) -> list[ZoneShape]:
        return [ZoneShape(zone_key(r), r.shape, r.text(F.NAME), r.text(F.ZONE_TYPE), r.text(F.LINE_CLASS))
                for r in self.zones]


#: Fields of the overlap pieces layer the overlap analysis writes: how to recognise one in a project.
OVERLAP_FIELDS = ("zone_count", "line_class", "zone_names")


def find_overlap_layer(project: QgsProject) -> Optional[QgsVectorLayer]:
    """A polygon layer of the project that holds overlap pieces, or None."""
    for layer in project.mapLayers().values():
        if (isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.PolygonGeometry
                and all(layer.fields().indexOf(f) >= 0 for f in OVERLAP_FIELDS)):
            return layer
    return None


def zone_key(record: Record) -> str:
    return record.text(F.ZONE_UID) or f"fid:{record.attrs['__fid']}"


def _require(inp: DrawingInput, names: Iterable[str]) -> None:
    missing = [n for n in names if inp.fields.indexOf(n) < 0]
    if missing:
        raise DrawingInputError(tr("The layer “{layer}” lacks the field(s) {fields}.").format(
            layer=inp.title, fields=", ".join(missing)))


def _read(inp: DrawingInput, polygonal: bool, report: Report, context: QgsCoordinateTransformContext
          ) -> list[Record]:
    transform = working_transform(inp.crs, context)
    if transform is not None:
        report(tr("{layer}: reprojected from {crs} to {target}").format(
            layer=inp.title, crs=inp.crs.authid(), target=WORKING_CRS))
    names = inp.fields.names()
    out = []
    extents = Extents()
    with failing_reads(inp.title):  # a damaged page ends GDAL's read early: nothing is drawn from part
        for feature in inp.read():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                report(tr("{layer}: feature {fid} has no geometry and is not drawn").format(
                    layer=inp.title, fid=feature.id()))
                continue
            raw_box = geometry.boundingBox()
            if transform is not None:
                try:
                    geometry.transform(transform)
                except QgsCsException:
                    extents.add(raw_box, None)
                    report(tr("{layer}: feature {fid} cannot be reprojected to {target} and is not drawn").format(
                        layer=inp.title, fid=feature.id(), target=WORKING_CRS))
                    continue
            box = geometry.boundingBox()
            extents.add(raw_box, (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
            attrs = {n: to_python(feature.attribute(i)) for i, n in enumerate(names)}
            attrs["__fid"] = feature.id()
            reason = None
            if polygonal:
                if geometry.type() != QgsWkbTypes.PolygonGeometry:
                    raise DrawingInputError(tr("The layer “{layer}” must hold polygons.").format(layer=inp.title))
                geometry, fixed = repair_polygonal(geometry)
                if geometry is None:
                    report(tr("{layer}: feature {fid} has no geometry and is not drawn").format(
                        layer=inp.title, fid=feature.id()))
                    continue
                if fixed.changed:
                    reason = fixed.detail or "；".join(REPAIRS.label(c, ui_language()) for c in fixed.codes)
                    report(tr("{layer} “{name}”: invalid geometry repaired ({reason})").format(
                        layer=inp.title, name=attrs.get(F.NAME) or feature.id(), reason=reason))
            out.append(Record(attrs, geometry, to_shapely(geometry), reason))
    try:
        extents.check(inp.title, inp.crs)
    except LocationError as exc:
        raise DrawingInputError(str(exc)) from exc
    return out


def _normalise(records: list[Record], name: str, table, title: str) -> None:
    """Coded values as codes: a Chinese or English label is accepted and turned into its code."""
    bad = []
    for r in records:
        value = r.text(name)
        entry = table.find(value)
        if entry is None:
            bad.append(f"{r.text(F.NAME) or r.attrs['__fid']}（{value or '∅'}）")
        else:
            r.attrs[name] = entry.code
    if bad:
        raise DrawingInputError(tr("{layer}: unknown {field} values: {values}. Allowed: {allowed}.").format(
            layer=title, field=name, values="、".join(bad[:10]), allowed=", ".join(table.codes())))


def read_sources(sources: DrawingSources, report: Report) -> DrawingData:
    """Read and check every input; raise :class:`DrawingInputError` with a message for the user."""
    for inp in sources.zones:
        _require(inp, ("name", "zone_type", "line_class"))
    _require(sources.towns, ("name",))
    zones: list[Record] = []
    for inp in sources.zones:
        part = _read(inp, True, report, sources.context)
        _normalise(part, "line_class", LINE_CLASSES, inp.title)
        _normalise(part, "zone_type", ZONE_TYPES, inp.title)
        zones.extend(part)
    # Two layers over one table (the project's red and yellow layers) must not draw a zone twice;
    # two different zones with one uid stop the export rather than lose one of them.
    uids = UidCheck()
    unique = [r for r in zones if uids.first(r.text(F.ZONE_UID) or None, r.attrs["__fid"], r.geometry,
                                             feature_label(r.attrs["__fid"], r.text(F.NAME)))]
    try:
        uids.check()
    except DuplicateZoneError as exc:
        raise DrawingInputError(str(exc)) from exc
    towns = _read(sources.towns, True, report, sources.context)
    if not towns:
        raise DrawingInputError(tr("The towns layer “{layer}” has no features.").format(layer=sources.towns.title))
    names = [t.text(F.NAME) for t in towns]
    dupes = sorted({n for n in names if names.count(n) > 1 or not n})
    if dupes:
        raise DrawingInputError(tr("Town names must be present and unique; check: {names}").format(
            names="、".join(d or "∅" for d in dupes)))
    towns.sort(key=lambda t: (t.text(F.CODE) or "~", t.text(F.NAME)))
    data = DrawingData(unique, towns)
    if sources.markers is not None:
        _require(sources.markers, ("marker_no",))
        data.markers = _read(sources.markers, False, report, sources.context)
    if sources.overlaps is not None:
        data.overlaps = _read(sources.overlaps, True, report, sources.context)
        data.overlap_fields = sources.overlaps.fields
        data.overlap_renderer = sources.overlaps.renderer
    if sources.approved is not None:
        data.approved = _read(sources.approved, True, report, sources.context)
        data.approved_fields = sources.approved.fields
    return data


def marker_point(record: Record) -> MarkerPoint:
    """The marker's surveyed X (north) / Y (east) when recorded, else its position on the map."""
    point = geometry_point(record.geometry)
    x = record.attrs.get(F.X_NORTH)
    y = record.attrs.get(F.Y_EAST)
    seq = record.attrs.get(F.SEQ)
    check = record.attrs.get("check_status", record.attrs.get("check"))
    distance = record.attrs.get(F.DISTANCE_TO_BOUNDARY_M)
    return MarkerPoint(
        record.text(F.MARKER_NO), record.text(F.KIND, "post"), int(seq) if seq is not None else None,
        float(x) if x is not None else point.y(), float(y) if y is not None else point.x(),
        record.text(F.ZONE_UID), record.text(F.STATUS),
        str(check) if check is not None else None, float(distance) if distance is not None else None,
    )
