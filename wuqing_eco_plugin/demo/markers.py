# SPDX-License-Identifier: GPL-2.0-or-later
"""Demo step of the boundary-marker survey: design, a "field survey", checks, deliverables.

On the illustrative sample: markers are designed for 港北森林公园's red zone; a survey file is
written as a surveyor's RTK export would be (GBK, Chinese headers, Y with the zone prefix 39) with
small random errors, a few larger ones and one marker not surveyed; it is imported, checked against
the design, the accepted positions are applied (each move in the marker's history), and the zone's
coordinate results table (CSV + PDF) and one marker card are written.
"""
from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from ..domain.coordinates import ZONE_OFFSET, ZONE_PREFIX_CRS
from ..domain.markers.checks import Tolerances
from ..domain.markers.design import DesignParams
from ..domain.markers.survey_csv import ColumnMapping, read_csv
from ..layers.features import text_value
from ..layers.markers.records import marker_points, point_of
from ..layers.memory import save_layers
from ..layers.schema import F
from ..layers.styles import apply_style
from ..services.markers.card import export_cards
from ..services.markers.checks import ISSUES_STYLE, RESULTS_STYLE, result_layers, run_checks
from ..services.markers.coordinate_table import export_zone_table, zone_marker_features
from ..services.markers.design import write_design
from ..services.markers.survey_apply import apply_survey, survey_heights
from ..services.markers.survey_import import SURVEY_STYLE, import_survey, survey_layer
from ..services.zone_input import load_zones
from ..toolbelt.i18n import tr
from .context import DemoContext

DEMO_FEATURE = "GBS"
SURVEYOR = "示例测量员乙"
SURVEY_DATE = dt.date(2017, 5, 16)
#: Survey errors (m) for some sequence numbers: two warnings, two failures; one marker not surveyed.
BIG_ERRORS = {7: 0.7, 19: 0.9, 31: 1.3, 44: 2.1}
NOT_SURVEYED = 26
FOLDER = "markers"


def write_survey_csv(path: Path, markers, rng: random.Random) -> Path:
    """An RTK export: GBK, 点号/X/Y/H, X north, Y east with the zone prefix, millimetres."""
    lines = ["点号,X,Y,H,解状态"]
    for m in sorted(markers, key=lambda f: f[F.SEQ]):
        seq = m[F.SEQ]
        if seq == NOT_SURVEYED:
            continue
        p = point_of(m)
        error = BIG_ERRORS.get(seq, abs(rng.gauss(0, 0.12)))
        angle = rng.uniform(0, 2 * math.pi)
        x_north, y_east = p.y() + error * math.sin(angle), p.x() + error * math.cos(angle)
        lines.append(f"{m[F.MARKER_NO]},{x_north:.3f},{y_east + ZONE_OFFSET:.3f},{rng.uniform(2.6, 3.4):.3f},固定解")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return path


def _add_saved(ctx: DemoContext, gpkg: Path, name: str, title: str, style: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", title, "ogr")
    if not layer.isValid():
        raise OSError(f"{gpkg}: {name} cannot be opened")
    apply_style(layer, style)
    ctx.project.addMapLayer(layer, False)
    ctx.loaded.group.insertLayer(0, layer).setExpanded(False)
    return layer


def markers_step(ctx: DemoContext) -> dict[str, Path]:
    out = ctx.out / FOLDER
    rng = random.Random(2017)
    markers, history = ctx.loaded["markers"], ctx.loaded["marker_history"]
    red, yellow = ctx.loaded["red_zones"], ctx.loaded["yellow_zones"]
    zone = next(f for f in red.getFeatures() if f[F.FEATURE_CODE] == DEMO_FEATURE)
    write_design(markers, load_zones([zone], red.crs(), ctx.project.transformContext()), DesignParams())
    designed = zone_marker_features(markers, text_value(zone, F.ZONE_UID))

    csv_path = write_survey_csv(out / f"survey_{DEMO_FEATURE}.csv", designed, rng)
    imported = import_survey(read_csv(csv_path), ColumnMapping("X", "Y", "点号", "H"),
                             QgsCoordinateReferenceSystem(ZONE_PREFIX_CRS))
    survey = survey_layer(imported, "survey")
    all_zones = load_zones(list(red.getFeatures()) + list(yellow.getFeatures()), red.crs(),
                           ctx.project.transformContext())
    report = run_checks(all_zones, marker_points(survey.getFeatures())[0], marker_points(designed)[0], Tolerances())
    results, issues = result_layers(report, all_zones.names)
    gpkg = save_layers({"survey_points": survey, "marker_checks": results, "marker_issues": issues},
                       out / "marker_checks.gpkg")
    _add_saved(ctx, gpkg, "survey_points", tr("Field survey (sample)"), SURVEY_STYLE)
    _add_saved(ctx, gpkg, "marker_issues", tr("Marker check issues"), ISSUES_STYLE)
    _add_saved(ctx, gpkg, "marker_checks", tr("Marker check results"), RESULTS_STYLE)

    apply_survey(markers, history, results.getFeatures(), tr("Surveyed position from {}").format(csv_path.name),
                 SURVEYOR, SURVEY_DATE, heights=survey_heights(survey.getFeatures()))
    table_csv, table_pdf, _ = export_zone_table(ctx.project, zone, markers, out)
    first = zone_marker_features(markers, text_value(zone, F.ZONE_UID))[:1]
    cards = export_cards(ctx.project, first, {text_value(zone, F.ZONE_UID): zone}, [markers, red, yellow], out)
    return {"Survey CSV": csv_path, "Marker checks": gpkg, "Coordinate table (CSV)": table_csv,
            "Coordinate table (PDF)": table_pdf, "Marker card": cards[0]}
