# SPDX-License-Identifier: GPL-2.0-or-later
"""The layers a review drawing is drawn from: styled memory copies in a project of their own.

Copies rather than the user's layers: the sheet's cartography is the bureau's standard whatever the
project looks like, the user's project is never touched, and Processing sources (selections, files)
work the same as project layers. Every towns layer is filled in the same order, so one feature id
means one town in all of them: the styles select the atlas town with ``$id = @atlas_featureid``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRenderer,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsSimpleFillSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt, QVariant
from shapely.ops import unary_union

from ...domain.coordinates import WORKING_CRS
from ...domain.drawings.sheet import point_label
from ...domain.errors import WuqingError
from ...layers.features import to_qvariant
from ...layers.geometry import as_multipolygon, from_shapely
from ...layers.memory import MemoryLayerError, fields_of, memory_layer
from ...layers.schema import F
from ...layers.styles import apply_style
from ...toolbelt.i18n import tr
from .data import DrawingData, Record, zone_key
from .plan import TownSheet

_ZONE_FIELDS = (("zone_key", QVariant.String), ("name", QVariant.String), ("zone_type", QVariant.String),
                ("line_class", QVariant.String), ("water_supply", QVariant.Bool), ("nature_reserve", QVariant.Bool))
_TOWN_FIELDS = (("name", QVariant.String), ("code", QVariant.String), ("kind", QVariant.String))
_MARKER_FIELDS = (("marker_no", QVariant.String), ("kind", QVariant.String), ("status", QVariant.String),
                  ("seq", QVariant.Int), ("point", QVariant.String))
_LABEL_FIELDS = (("town_fid", QVariant.LongLong), ("name", QVariant.String), ("line_class", QVariant.String),
                 ("label", QVariant.String))


class DrawingLayerError(WuqingError, RuntimeError):
    pass


def _layer(name: str, geometry: str, fields: QgsFields,
           rows: Iterable[tuple[QgsGeometry, Sequence[object]]]) -> QgsVectorLayer:
    """A memory layer in EPSG:4548 holding ``rows`` (geometry, attribute values in field order)."""
    features = []
    for geom, values in rows:
        feature = QgsFeature(fields)
        feature.setGeometry(geom)
        feature.setAttributes(list(values))
        features.append(feature)
    try:
        return memory_layer(name, fields, features, geometry=geometry)
    except MemoryLayerError as exc:
        raise DrawingLayerError(str(exc)) from exc


def _copy_fields(source: QgsFields) -> QgsFields:
    fields = QgsFields()
    for f in source:
        fields.append(QgsField(f))
    return fields


@dataclass
class DrawingLayers:
    """The styled layers, top to bottom as the main map draws them, and the locator's."""

    project: QgsProject
    coverage: QgsVectorLayer  # the towns, atlas coverage; also draws this town's boundary
    outside: QgsVectorLayer
    zone_labels: QgsVectorLayer
    red: QgsVectorLayer
    yellow: QgsVectorLayer
    locator_towns: QgsVectorLayer
    district: QgsVectorLayer
    town_fids: list[int] = field(default_factory=list)  # feature id of each town, in DrawingData order
    markers: QgsVectorLayer | None = None
    overlaps: QgsVectorLayer | None = None
    approved: QgsVectorLayer | None = None

    def main_map(self) -> list[QgsVectorLayer]:
        optional = [self.markers, self.overlaps, self.approved]
        return [self.coverage, self.outside, self.zone_labels,
                *[lyr for lyr in optional if lyr is not None], self.red, self.yellow]

    def legend(self) -> list[QgsVectorLayer]:
        """What the legend may list (it keeps only what the sheet shows)."""
        optional = [self.overlaps, self.approved, self.markers]
        return [self.red, self.yellow, *[lyr for lyr in optional if lyr is not None], self.coverage, self.outside]

    def locator(self) -> list[QgsVectorLayer]:
        return [self.district, self.locator_towns]


def _zones(data: DrawingData, line_class: str) -> QgsVectorLayer:
    rows = []
    for r in data.zones:
        if r.attrs[F.LINE_CLASS] != line_class:
            continue
        rows.append((r.geometry, [zone_key(r), r.text(F.NAME), r.attrs[F.ZONE_TYPE], line_class,
                                  bool(r.attrs.get(F.WATER_SUPPLY)), bool(r.attrs.get(F.NATURE_RESERVE))]))
    title = tr("Ecological red-line zones") if line_class == "red" else tr("Ecological yellow-line zones")
    layer = _layer(title, "MultiPolygon", fields_of(_ZONE_FIELDS), rows)
    apply_style(layer, f"zones_{line_class}")
    layer.setLabelsEnabled(False)  # names come from the town's own pieces (zone_labels)
    return layer


def _towns(data: DrawingData, title: str, style: str) -> QgsVectorLayer:
    rows = [(t.geometry, [t.text(F.NAME), t.text(F.CODE), t.text(F.KIND)]) for t in data.towns]
    layer = _layer(title, "MultiPolygon", fields_of(_TOWN_FIELDS), rows)
    apply_style(layer, style)
    return layer


def _zone_labels(sheets: Sequence[TownSheet], town_fids: list[int]) -> QgsVectorLayer:
    """One name per zone and town, on its red piece when it has one: the colours tell the classes
    apart, a second label on the yellow band beside it would only crowd the map."""
    rows = []
    for sheet in sheets:
        chosen: dict[str, object] = {}
        for piece in sheet.pieces:  # red pieces come first
            chosen.setdefault(piece.name, piece)
        for piece in chosen.values():
            rows.append((from_shapely(piece.geometry),
                         [town_fids[sheet.index], piece.name, piece.line_class, piece.name]))
    layer = _layer(tr("Zone names"), "MultiPolygon", fields_of(_LABEL_FIELDS), rows)
    apply_style(layer, "drawing_zone_labels")
    return layer


def _markers(records: Sequence[Record]) -> QgsVectorLayer:
    rows = []
    for r in records:
        seq = r.attrs.get(F.SEQ)
        seq = int(seq) if seq is not None else None
        rows.append((r.geometry, [r.text(F.MARKER_NO), r.text(F.KIND, "post"), r.text(F.STATUS), seq,
                                  point_label(r.text(F.KIND, "post"), seq, r.text(F.MARKER_NO))]))
    layer = _layer(tr("Boundary markers"), "Point", fields_of(_MARKER_FIELDS), rows)
    apply_style(layer, "markers")
    labeling = layer.labeling().clone()
    settings = labeling.settings()
    settings.fieldName = "point"  # the short point number; the table lists the full marker number
    settings.isExpression = False
    settings.scaleVisibility = False  # short enough for any scale a town sheet is printed at
    settings.priority = 10
    labeling.setSettings(settings)
    layer.setLabeling(labeling)
    return layer


def _classifies(renderer: QgsFeatureRenderer | None) -> bool:
    """True for a style of its own: one that tells features apart (rules, categories, classes)."""
    return renderer is not None and renderer.type() in ("RuleRenderer", "categorizedSymbol", "graduatedSymbol")


def _polygons_copy(records: Sequence[Record], fields: QgsFields, title: str) -> QgsVectorLayer:
    fields = _copy_fields(fields)
    rows = [(r.geometry, [to_qvariant(r.attrs.get(f.name())) for f in fields]) for r in records]
    return _layer(title, "MultiPolygon", fields, rows)


def _outline_only(layer: QgsVectorLayer) -> None:
    renderer = layer.renderer()
    if isinstance(renderer, QgsSingleSymbolRenderer):
        symbol = renderer.symbol().clone()
        for i in range(symbol.symbolLayerCount()):
            fill = symbol.symbolLayer(i)
            if isinstance(fill, QgsSimpleFillSymbolLayer):
                fill.setBrushStyle(Qt.NoBrush)
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def build_layers(data: DrawingData, sheets: Sequence[TownSheet]) -> DrawingLayers:
    """Every layer of the drawing in a new project (EPSG:4548) that owns them."""
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem(WORKING_CRS))
    coverage = _towns(data, tr("Town boundary"), "drawing_towns")
    town_fids = [f.id() for f in coverage.getFeatures()]
    # The district is the union of its towns: the contract gives no district layer.
    district_shape = as_multipolygon(unary_union([t.shape for t in data.towns]))
    layers = DrawingLayers(
        project=project,
        coverage=coverage,
        outside=_towns(data, tr("Outside the town"), "drawing_outside"),
        zone_labels=_zone_labels(sheets, town_fids),
        red=_zones(data, "red"),
        yellow=_zones(data, "yellow"),
        locator_towns=_towns(data, tr("Towns and streets"), "drawing_locator"),
        district=_layer(tr("District boundary"), "MultiPolygon", fields_of((("name", QVariant.String),)),
                        [(from_shapely(district_shape), [""])]),
        town_fids=town_fids,
    )
    apply_style(layers.district, "district")
    _outline_only(layers.district)  # drawn over the locator's towns: its fill would hide them
    if data.markers:
        layers.markers = _markers(data.markers)
    if data.overlaps:
        layers.overlaps = _polygons_copy(data.overlaps, data.overlap_fields, tr("Overlap pieces"))
        if _classifies(data.overlap_renderer):
            layers.overlaps.setRenderer(data.overlap_renderer.clone())
        else:
            apply_style(layers.overlaps, "overlaps")
    if data.approved:
        layers.approved = _polygons_copy(data.approved, data.approved_fields, tr("Approved construction land"))
        apply_style(layers.approved, "approved_land")
    project.addMapLayers([*layers.main_map(), *layers.locator()], False)
    return layers
