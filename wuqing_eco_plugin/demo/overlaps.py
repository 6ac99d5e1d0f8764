# SPDX-License-Identifier: GPL-2.0-or-later
"""The demo step of the strictest-rule feature: overlaps on the sample, and a screening example.

Four example footprints, one per verdict, are placed from the sample itself (inside approved land,
in the nature reserve's red zone, in a yellow band, and in open country), so the example PDF shows
every outcome.
"""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsRectangle

from ..domain.coordinates import WORKING_CRS
from ..domain.overlaps.pieces import analyze
from ..layers.schema import F
from ..services.overlaps.analysis import replace_overlaps
from ..services.overlaps.screening import ProjectScreener
from ..services.overlaps.screening_report import ScreenedFootprint, export_screening_pdf, screen_footprint
from ..services.zone_input import load_zones
from ..services.zone_query import ZoneQuery
from ..toolbelt.i18n import tr
from .context import DemoContext

SCREENING_PDF = "screening_example.pdf"


def _square(centre: QgsPointXY, half: float) -> QgsGeometry:
    return QgsGeometry.fromRect(QgsRectangle(centre.x() - half, centre.y() - half, centre.x() + half,
                                             centre.y() + half))


def example_footprints(loaded) -> list[tuple[str, QgsGeometry]]:
    """(label, EPSG:4548 polygon) for each verdict, found in the sample's own layers."""
    land = next(loaded["approved_land"].getFeatures()).geometry()
    reserve = next(f for f in loaded["red_zones"].getFeatures() if f[F.NATURE_RESERVE]).geometry()
    yellow = next(loaded["yellow_zones"].getFeatures()).geometry()
    query = ZoneQuery([loaded["red_zones"], loaded["yellow_zones"]])
    district = next(loaded["district"].getFeatures()).geometry()
    box = district.boundingBox()
    open_country = None
    for i in range(1, 40):
        for j in range(1, 40):
            p = QgsPointXY(box.xMinimum() + box.width() * i / 40, box.yMinimum() + box.height() * j / 40)
            square = _square(p, 150)
            if district.contains(square) and not any(query.zones_at(QgsPointXY(v)) for v in square.vertices()) \
                    and not query.zones_at(p):
                open_country = square
                break
        if open_country is not None:
            break
    return [
        (tr("Example A: inside approved land"), land.buffer(-10, 4)),
        (tr("Example B: in the nature reserve"), _square(reserve.pointOnSurface().asPoint(), 80)),
        (tr("Example C: in a yellow band"), _square(yellow.pointOnSurface().asPoint(), 5)),
        (tr("Example D: open country"), open_country or _square(QgsPointXY(box.xMinimum() - 2000,
                                                                             box.yMinimum() - 2000), 150)),
    ]


def overlaps_step(ctx: DemoContext) -> dict[str, Path]:
    """Overlaps into the GeoPackage and onto the overview; a screening example as PDF."""
    loaded = ctx.loaded
    zone_layers = [loaded["red_zones"], loaded["yellow_zones"]]
    context = ctx.project.transformContext()
    zones = load_zones((f for layer in zone_layers for f in layer.getFeatures()), zone_layers[0].crs(), context)
    replace_overlaps(loaded["overlaps"], analyze(zones.infos, zones.geometries))
    ctx.overview_layers.append(loaded["overlaps"])
    screener = ProjectScreener.from_zones(zones, loaded["approved_land"].getFeatures(),
                                          loaded["approved_land"].crs(), context)
    working = QgsCoordinateReferenceSystem(WORKING_CRS)
    footprints: list[ScreenedFootprint] = []
    for label, geometry in example_footprints(loaded):
        footprint, _ = screen_footprint(screener, label, geometry, working)
        if footprint is not None:
            footprints.append(footprint)
    pdf = export_screening_pdf(ctx.project, footprints, ctx.out / SCREENING_PDF,
                               [loaded[r] for r in ("overlaps", "approved_land", "red_zones", "yellow_zones")],
                               source=str(ctx.gpkg.name))
    return {"Screening example": pdf}
