# SPDX-License-Identifier: GPL-2.0-or-later
"""The Processing dialogs start on the project's layers: zones red and yellow together, towns on 镇街,
footprints on the selection's layer."""
from __future__ import annotations

import shutil

from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsProject, QgsRectangle, QgsVectorLayer

from wuqing_eco_plugin.services.project_data import open_project_data

_made: list = []  # the created algorithms own their parameters: keep them alive while a test reads them


def created(alg_id: str):
    """The algorithm as the Processing dialog makes it (create(): defaults read now)."""
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    _made.append(alg)
    return alg


def test_defaults_follow_the_open_project(plugin, qgis_iface, project, sample_gpkg, tmp_path):
    gpkg = tmp_path / "data.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    layers = open_project_data(project, gpkg).layers
    zones_default = created("wuqing_eco:screen_project").parameterDefinition("ZONES").defaultValue()
    zones = QgsVectorLayer(zones_default, "zones", "ogr")
    classes = {f["line_class"] for f in zones.getFeatures()}
    assert classes == {"red", "yellow"}  # not the red view only, as the first polygon layer would be
    assert created("wuqing_eco:analyze_overlaps").parameterDefinition("INPUT").defaultValue() == zones_default
    drawings = created("wuqing_eco:export_review_drawings")
    assert drawings.parameterDefinition("TOWNS").defaultValue() == layers["towns"].id()
    assert drawings.parameterDefinition("MARKERS").defaultValue() == layers["markers"].id()
    report = created("wuqing_eco:ledger_report")
    assert report.parameterDefinition("INPUT").defaultValue() == layers["violations"].id()
    assert report.parameterDefinition("TOWNS").defaultValue() == layers["towns"].id()
    assert created("wuqing_eco:screen_project").parameterDefinition("INPUT").defaultValue() is None
    land = layers["approved_land"]
    land.selectByIds([next(land.getFeatures()).id()])
    qgis_iface.setActiveLayer(land)
    assert created("wuqing_eco:screen_project").parameterDefinition("INPUT").defaultValue() == land.id()


def test_a_yellow_zone_counts_with_the_default_zones(plugin, project, sample_gpkg, tmp_path):
    """Run as the dialog would with its defaults: a footprint in a yellow zone needs approval."""
    import processing

    gpkg = tmp_path / "data.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    layers = open_project_data(project, gpkg).layers
    yellow = layers["yellow_zones"]
    red_union = QgsGeometry.unaryUnion([f.geometry() for f in layers["red_zones"].getFeatures()])
    spot = next(p for p in (f.geometry().difference(red_union).pointOnSurface() for f in yellow.getFeatures())
                if not p.isEmpty())
    c = spot.asPoint()
    footprint = QgsVectorLayer("Polygon?crs=EPSG:4548", "footprint", "memory")


    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(c.x() - 2, c.y() - 2, c.x() + 2, c.y() + 2)))
    footprint.dataProvider().addFeatures([f])
    QgsProject.instance().addMapLayer(footprint)
    alg = created("wuqing_eco:screen_project")
    params = {p.name(): p.defaultValue() for p in alg.parameterDefinitions()}
    params.update(INPUT=footprint, OUTPUT="memory:")
    out = processing.run("wuqing_eco:screen_project", params)["OUTPUT"]
    assert [f["verdict"] for f in out.getFeatures()] == ["needs_approval"]
