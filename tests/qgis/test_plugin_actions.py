# SPDX-License-Identifier: GPL-2.0-or-later
"""The menu's actions as a user triggers them (file dialogs answered by the test)."""
from __future__ import annotations

from checks import answer_open_dialog
from osgeo import gdal, ogr
from qgis.core import Qgis, QgsProject

from wuqing_eco_plugin.layers import storage
from wuqing_eco_plugin.ui import data_dialogs


def _trigger(plugin, index):
    plugin.menu.actions()[index].trigger()


def test_open_creates_a_new_geopackage_and_loads_the_group(plugin, qgis_iface, tmp_path, monkeypatch):
    target = tmp_path / "项目数据.gpkg"
    answer_open_dialog(monkeypatch, target)
    _trigger(plugin, 0)
    assert target.is_file() and storage.check_geopackage(target).ok
    names = {layer.name() for layer in QgsProject.instance().mapLayers().values()}
    assert {"Ecological red-line zones", "Ecological yellow-line zones", "Boundary markers"} <= names
    assert qgis_iface.messageBar().get_messages(Qgis.Success)


def test_open_refuses_a_foreign_geopackage_with_a_message(plugin, qgis_iface, tmp_path, monkeypatch):
    path = tmp_path / "other.gpkg"
    ds = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    ds.CreateLayer("zones", None, ogr.wkbPolygon).CreateField(ogr.FieldDefn("name", ogr.OFTString))
    ds = None
    answer_open_dialog(monkeypatch, path)
    _trigger(plugin, 0)
    errors = qgis_iface.messageBar().get_messages(Qgis.Critical)
    assert errors and "zone_uid" in errors[0] and "data model" in errors[0]
    assert not QgsProject.instance().mapLayers()


def test_cancel_does_nothing(plugin, qgis_iface, monkeypatch):
    answer_open_dialog(monkeypatch, None)
    _trigger(plugin, 0)
    assert not QgsProject.instance().mapLayers()
    assert not any(qgis_iface.messageBar().get_messages(level) for level in (Qgis.Critical, Qgis.Success))


def test_load_sample_writes_loads_and_zooms(plugin, qgis_iface, tmp_path, monkeypatch):
    target = tmp_path / "sample.gpkg"
    monkeypatch.setattr(data_dialogs, "choose_sample_target", lambda parent: target)
    _trigger(plugin, 1)
    layers = {layer.customProperty("wuqing_eco/role"): layer for layer in QgsProject.instance().mapLayers().values()}
    assert sum(1 for _ in layers["towns"].getFeatures()) == 30
    canvas_extent = qgis_iface.mapCanvas().extent()
    assert canvas_extent.contains(layers["district"].extent().center())
    # A second load over the same file replaces it without doubling the layers.
    _trigger(plugin, 1)
    assert len(QgsProject.instance().mapLayers()) == len(layers)
    assert not qgis_iface.messageBar().get_messages(Qgis.Critical)


def test_features_use_the_layers_of_the_projects_geopackage(project, tmp_path):
    """With a second GeoPackage loaded beside the project's, no tool mixes layers of the two."""
    from wuqing_eco_plugin.layers.project_layers import load_layers
    from wuqing_eco_plugin.services.project_data import open_project_data, project_layers

    other = load_layers(project, tmp_path / "other.gpkg")  # loaded first, so first of each role
    mine = open_project_data(project, tmp_path / "mine.gpkg")
    found = project_layers(project)
    assert found and all(found[role] is mine[role] for role in found)
    assert not any(found[role] is other[role] for role in found)
