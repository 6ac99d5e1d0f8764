# SPDX-License-Identifier: GPL-2.0-or-later
"""Bad input to the marker algorithms: absurd coordinates are refused before any work (each run in
its own process, so a hang fails the test), the parameters' own limits are valid values."""
from __future__ import annotations

import subprocess

import pytest
from bad_data import copy_with_feature
from isolated import run_algorithm
from qgis.core import QgsVectorLayer

from wuqing_eco_plugin.layers import storage

FAR = "MULTIPOLYGON(((505000 4370000,506000 4370000,1000000000000 4370500,505000 4371000,505000 4370000)))"


def test_design_refuses_a_zone_with_a_vertex_far_outside_the_district(sample_gpkg, tmp_path):
    gpkg = copy_with_feature(sample_gpkg, tmp_path / "far.gpkg", "zones", FAR, "远点区", uid="far-1")
    zones = storage.uri(gpkg, "zones") + "|subset=\"zone_uid\" IN ('far-1', '" + _first_uid(gpkg) + "')"
    try:
        outcome = run_algorithm("design_markers", {"ZONES": zones, "OUTPUT": str(tmp_path / "design.gpkg")},
                                timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("design_markers ran on for minutes with a vertex at 1e12 m")
    assert not outcome.crashed, outcome
    assert outcome.error is not None and "远点区" in outcome.error and "EPSG:4548" in outcome.error, outcome
    assert not (tmp_path / "design.gpkg").exists()


def _first_uid(gpkg) -> str:
    layer = QgsVectorLayer(storage.uri(gpkg, "zones"), "zones", "ogr")
    return next(layer.getFeatures())["zone_uid"]


def test_design_at_the_smallest_spacing_the_parameter_allows(wuqing_provider):
    import processing
    from qgis.core import QgsFeature, QgsGeometry

    layer = QgsVectorLayer("Polygon?crs=EPSG:4548&field=zone_uid:string&field=name:string&field=zone_type:string"
                           "&field=line_class:string", "zones", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((500000 4360000,500050 4360000,500050 4360050,"
                                            "500000 4360050,500000 4360000))"))
    feature.setAttributes(["s1", "小方块", "reservoir", "red"])
    layer.dataProvider().addFeatures([feature])
    minimum = _minimum("wuqing_eco:design_markers", "MAX_SPACING")
    result = processing.run("wuqing_eco:design_markers", {"ZONES": layer, "MAX_SPACING": minimum,
                                                         "OUTPUT": "memory:"})
    assert result["COUNT"] == result["OUTPUT"].featureCount() == 200 / minimum


def _minimum(algorithm: str, name: str) -> float:
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().algorithmById(algorithm).parameterDefinition(name).minimum()
