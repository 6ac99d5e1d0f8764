# SPDX-License-Identifier: GPL-2.0-or-later
"""A successful run prints no GDAL error: what GDAL reports as an error is one.

GDAL's messages are caught in this thread only (as the plugin's own reads catch them), so the test
sees exactly what loading, editing and exporting made GDAL say.
"""
from __future__ import annotations

from contextlib import contextmanager

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsFeatureRequest, QgsRectangle


@contextmanager
def gdal_messages():
    seen: list[str] = []

    def handler(level, number, message):
        if level >= gdal.CE_Failure:
            seen.append(message.strip())

    gdal.PushErrorHandler(handler)
    try:
        yield seen
    finally:
        gdal.PopErrorHandler()


def ogr_count(path, table: str) -> int:
    ds = ogr.Open(str(path))
    try:
        return ds.GetLayerByName(table).GetFeatureCount()
    finally:
        ds = None  # noqa: F841


@pytest.fixture
def fresh_sample(tmp_path, qgis_app):
    from wuqing_eco_plugin.sample.geopackage import write_sample_geopackage

    path = tmp_path / "sample.gpkg"
    write_sample_geopackage(path)
    return path


def test_loading_the_project_data_prints_no_gdal_error(fresh_sample, project):
    from wuqing_eco_plugin.services.project_data import open_project_data

    with gdal_messages() as seen:
        loaded = open_project_data(project, fresh_sample)
    assert seen == []
    assert loaded["red_zones"].subsetString() == "\"line_class\" = 'red'"
    assert loaded["red_zones"].featureCount() + loaded["yellow_zones"].featureCount() == ogr_count(
        fresh_sample, "zones")


def test_a_commit_leaves_every_other_layer_readable(fresh_sample, project):
    """Editing one table switches the GeoPackage to WAL; the layers opened before must still count,
    find their extent and answer spatial requests, without a GDAL error."""
    from wuqing_eco_plugin.services.project_data import open_project_data

    loaded = open_project_data(project, fresh_sample)
    land = loaded["approved_land"]
    assert land.startEditing()
    feature = next(land.getFeatures())
    assert land.changeAttributeValue(feature.id(), land.fields().indexOf("project_name"), "改名")
    assert land.commitChanges(), land.commitErrors()
    with gdal_messages() as seen:
        for role, layer in loaded.layers.items():
            table = layer.source().split("layername=")[1].split("|")[0]
            expected = None if layer.subsetString() else ogr_count(fresh_sample, table)
            everything = sum(1 for _ in layer.getFeatures())
            if expected is not None:
                assert layer.featureCount() == expected == everything, role
            if layer.isSpatial():
                box = QgsRectangle(layer.extent())
                box.grow(1.0)
                assert sum(1 for _ in layer.getFeatures(QgsFeatureRequest().setFilterRect(box))) == everything, role
    assert seen == []


def test_a_png_export_prints_no_gdal_error(fresh_sample, project, tmp_path):
    from qgis.PyQt.QtGui import QImage

    from wuqing_eco_plugin.output.overview import build_overview_layout
    from wuqing_eco_plugin.output.report_pdf import export_layout
    from wuqing_eco_plugin.services.project_data import open_project_data

    loaded = open_project_data(project, fresh_sample)
    district = loaded["district"]
    layout = build_overview_layout(project, [loaded["red_zones"], district], district.extent(), "总图", "示意")
    with gdal_messages() as seen:
        png = export_layout(layout, tmp_path / "overview.png", dpi=60)
    assert seen == []
    image = QImage(str(png))
    assert image.width() == pytest.approx(210 / 25.4 * 60, abs=2) and image.height() == pytest.approx(
        297 / 25.4 * 60, abs=2)


def test_layers_opened_before_do_not_spoil_the_projects_own(fresh_sample, project):
    """Processing (or the user) may hold the same file open by its path when the project data loads:
    the project's layers must not share those lock-less connections."""
    from qgis.core import QgsVectorLayer

    from wuqing_eco_plugin.services.project_data import open_project_data

    before = [QgsVectorLayer(f"{fresh_sample}|layername={t}", t, "ogr") for t in ("zones", "towns", "markers")]
    reds = sum(1 for f in before[0].getFeatures() if f["line_class"] == "red")
    assert reds and all(sum(1 for _ in layer.getFeatures()) for layer in before)
    with gdal_messages() as seen:
        loaded = open_project_data(project, fresh_sample)
        red = loaded["red_zones"]
        names = [f["name"] for f in red.getFeatures()]
        towns = [f["name"] for f in loaded["towns"].getFeatures()]
    assert seen == []
    assert len(names) == red.featureCount() == reds and all(names)
    assert len(towns) == ogr_count(fresh_sample, "towns") and all(towns)
