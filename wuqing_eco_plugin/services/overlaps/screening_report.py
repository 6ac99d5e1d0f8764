# SPDX-License-Identifier: GPL-2.0-or-later
"""The one-page printable summary of a screening: verdicts, areas, reasons and a small map."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from qgis.core import (
    QgsCentroidFillSymbolLayer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ...domain.coordinates import WORKING_CRS
from ...domain.overlaps.screening import VERDICTS
from ...domain.repair import Repair
from ...layers.geometry import from_shapely
from ...layers.memory import fields_of, memory_layer
from ...output.report_pdf import Column, TableDocument, text_format
from ...toolbelt.compat import FieldType
from ...toolbelt.i18n import tr, ui_language
from .screening import ProjectScreener, ScreeningResult

MAP_HEIGHT_MM = 95.0


@dataclass
class ScreenedFootprint:
    """A footprint as the user named it, its geometry in EPSG:4548 and its screening."""

    label: str
    geometry: QgsGeometry
    result: ScreeningResult


def screen_footprint(screener: ProjectScreener, label: str, geometry: QgsGeometry,
                     crs: QgsCoordinateReferenceSystem, context: Optional[QgsCoordinateTransformContext] = None
                     ) -> tuple[Optional[ScreenedFootprint], Repair]:
    """Screen one footprint drawn or selected by the user (``crs``: its CRS)."""
    result, fixed = screener.screen(geometry, crs, context)
    if result is None:
        return None, fixed
    return ScreenedFootprint(label, from_shapely(fixed.geometry), result), fixed


def footprint_layer(footprints: Sequence[ScreenedFootprint]) -> QgsVectorLayer:
    """A memory layer of the footprints: a blue outline, and a numbered blue dot that stays visible
    when the map shows footprints far apart."""
    fields = fields_of((("label", FieldType.String), ("no", FieldType.Int)))
    features = []
    for no, fp in enumerate(footprints, start=1):
        feature = QgsFeature(fields)
        geometry = QgsGeometry(fp.geometry)
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes([fp.label, no])
        features.append(feature)
    layer = memory_layer(tr("Footprints"), fields, features, geometry="MultiPolygon")
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "0,70,200,255",
                                         "outline_width": "0.8"})
    dot = QgsCentroidFillSymbolLayer()
    dot.setSubSymbol(QgsMarkerSymbol.createSimple({"name": "circle", "color": "0,70,200,255", "size": "2.6",
                                                   "outline_color": "255,255,255,255", "outline_width": "0.3"}))
    symbol.appendSymbolLayer(dot)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    settings = QgsPalLayerSettings()
    settings.fieldName = "no"
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    settings.yOffset = -3.0
    fmt = text_format(9, bold=True, color=QColor(0, 50, 160))
    buffer = fmt.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def map_extent(footprints: Sequence[ScreenedFootprint], min_size: float = 800.0) -> QgsRectangle:
    extent = QgsRectangle()
    for fp in footprints:
        extent.combineExtentWith(fp.geometry.boundingBox())
    extent.grow(max(min_size, 0.08 * max(extent.width(), extent.height())))
    return extent


def export_screening_pdf(project: QgsProject, footprints: Sequence[ScreenedFootprint], path: str | Path,
                         background: Sequence[QgsMapLayer] = (), source: str = "") -> Path:
    """Write the summary to ``path`` (PDF, text kept as text). ``background``: layers under the
    footprints on the map (zones, approved land, overlaps), top first."""
    lang = ui_language()
    doc = TableDocument(project, tr("Screening of construction projects against the protected areas"))
    counts: dict[str, int] = {}
    for fp in footprints:
        counts[fp.result.verdict] = counts.get(fp.result.verdict, 0) + 1
    lines = [
        tr("Screened on {date}; {n} footprints; areas in EPSG:4548 (CGCS2000 / 3-degree Gauss-Krüger CM 117°E)")
        .format(date=dt.date.today().isoformat(), n=len(footprints)),
        tr("Verdicts: {verdicts}").format(verdicts="；".join(
            f"{VERDICTS.label(v, lang)} {n}" for v, n in counts.items())),
    ]
    if source:
        lines.append(tr("Zones from: {source}").format(source=source))
    doc.add_text("\n".join(lines), size=9, height=6.0 * len(lines) + 2)
    layer = footprint_layer(footprints)
    doc.add_map([layer, *background], map_extent(footprints), MAP_HEIGHT_MM, QgsCoordinateReferenceSystem(WORKING_CRS))
    columns = [
        Column(tr("No."), 8, Qt.AlignmentFlag.AlignRight),
        Column(tr("Footprint"), 24),
        Column(tr("Verdict"), 28),
        Column(tr("Red (m²)"), 17, Qt.AlignmentFlag.AlignRight),
        Column(tr("Yellow (m²)"), 17, Qt.AlignmentFlag.AlignRight),
        Column(tr("Approved (m²)"), 17, Qt.AlignmentFlag.AlignRight),
        Column(tr("Reason"), 50),
    ]
    rows = [(no, fp.label, VERDICTS.label(fp.result.verdict, lang), f"{fp.result.screening.red_m2:,.1f}",
             f"{fp.result.screening.yellow_m2:,.1f}", f"{fp.result.screening.approved_m2:,.1f}", fp.result.reason)
            for no, fp in enumerate(footprints, start=1)]
    doc.add_table(columns, rows, font_size=8)
    doc.footer_note = tr("Screening summary: the zone data decide; check the legal boundary before approval.")
    return doc.export(path)  # ``layer`` must stay alive until the map is rendered
