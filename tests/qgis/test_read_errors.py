# SPDX-License-Identifier: GPL-2.0-or-later
"""A damaged GeoPackage page: GDAL reports the error and stops reading, and the run must fail
instead of going on with what it got (issue 12, finding 6: 16 of 37 zones, "clear")."""
from __future__ import annotations

import shutil

import pytest
from bad_data import damage_page, spoil_geometry
from qgis.core import QgsVectorLayer

X0, Y0 = 503_000.0, 4_360_000.0


@pytest.fixture
def damaged(sample_gpkg, tmp_path):
    def make(table: str):
        path = tmp_path / f"damaged_{table}.gpkg"
        shutil.copy(sample_gpkg, path)
        damage_page(path, table)
        return path
    return make


def source(path, table):
    layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    assert layer.isValid() and layer.featureCount() > 0  # the damage shows only while reading
    return layer


def test_the_zone_reader_fails_on_a_damaged_page(damaged):
    from wuqing_eco_plugin.layers.gdal_errors import DataReadError
    from wuqing_eco_plugin.services.zone_input import load_zones

    zones = source(damaged("zones"), "zones")
    with pytest.raises(DataReadError, match="malformed") as info:
        load_zones(zones.getFeatures(), zones.crs(), name=zones.name())
    assert "zones" in str(info.value)


def test_the_drawings_fail_on_a_damaged_zones_page(damaged):
    from wuqing_eco_plugin.domain.errors import WuqingError
    from wuqing_eco_plugin.services.drawings.data import DrawingInput, DrawingSources, read_sources

    path = damaged("zones")
    with pytest.raises(WuqingError, match="malformed"):
        read_sources(DrawingSources([DrawingInput.from_layer(source(path, "zones"))],
                                    DrawingInput.from_layer(source(path, "towns"))), print)


@pytest.fixture
def unreadable_zone(sample_gpkg, tmp_path):
    """A copy of the sample whose one zone has a geometry blob GDAL cannot decode; its name and area."""
    path = tmp_path / "blob.gpkg"
    shutil.copy(sample_gpkg, path)
    zones = QgsVectorLayer(f"{path}|layername=zones", "zones", "ogr")
    area = max(f.geometry().area() for f in zones.getFeatures())
    del zones
    name, _ = spoil_geometry(path, "zones")
    return path, name, area


def test_an_unreadable_zone_geometry_is_named_in_the_annual_pack(unreadable_zone, wuqing_provider, project, tmp_path):
    import processing
    from checks import RecordingFeedback, pdf_text

    path, name, _ = unreadable_zone
    feedback = RecordingFeedback()
    result = processing.run("wuqing_eco:ledger_report", {
        "INPUT": source(path, "violations"), "ZONES": source(path, "zones"), "TOWNS": source(path, "towns"),
        "QUARTER": 0, "OUTPUT_FOLDER": str(tmp_path / "pack")}, feedback=feedback)
    assert any(name in w for w in feedback.warnings), feedback.warnings
    assert name in pdf_text(result["PDF"]).replace("\n", "")


def test_the_overlap_analysis_still_reports_an_unreadable_geometry_and_goes_on(unreadable_zone, wuqing_provider,
                                                                                project):
    import processing
    from checks import RecordingFeedback

    path, name, _ = unreadable_zone
    feedback = RecordingFeedback()
    out = processing.run("wuqing_eco:analyze_overlaps", {"INPUT": source(path, "zones"), "OUTPUT": "memory:"},
                         feedback=feedback)["OUTPUT"]
    assert out.featureCount() > 0
    assert any(name in w for w in feedback.warnings), feedback.warnings
