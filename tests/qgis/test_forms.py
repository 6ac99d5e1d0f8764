# SPDX-License-Identifier: GPL-2.0-or-later
"""Attribute forms: Chinese aliases, a drop-down for every coded field, defaults and read-only keys."""
from __future__ import annotations

import pytest
from qgis.core import QgsGeometry, QgsVectorLayerUtils

from wuqing_eco_plugin.layers import project_layers, storage
from wuqing_eco_plugin.layers.project_layers import ROLES


@pytest.fixture
def layers_zh(tmp_path, project, zh_translator):
    return project_layers.load_layers(project, storage.create_geopackage(tmp_path / "forms.gpkg"))


def test_layer_names_and_group_in_chinese(layers_zh, project):
    assert layers_zh["red_zones"].name() == "生态保护红线区"
    assert layers_zh["yellow_zones"].name() == "生态保护黄线区"
    group = project.layerTreeRoot().findGroup("武清区永久性保护生态区域")
    assert group is not None
    assert [n.name() for n in group.children()][:2] == ["违法违规记录", "界桩标志"]


@pytest.mark.parametrize("role", [r.role for r in ROLES])
def test_every_field_has_chinese_alias_and_the_right_widget(layers_zh, role):
    layer = layers_zh[role]
    spec = project_layers.ROLES_BY_NAME[role].table
    form = layer.editFormConfig()
    for fs in spec.fields:
        idx = layer.fields().indexOf(fs.name)
        alias = layer.attributeDisplayName(idx)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in alias), (fs.name, alias)
        setup = layer.editorWidgetSetup(idx)
        if fs.codes is not None and not fs.multi:
            assert setup.type() == "ValueMap", fs.name
            labels = [next(iter(d)) for d in setup.config()["map"]]
            codes = [next(iter(d.values())) for d in setup.config()["map"]]
            assert codes == list(fs.codes.codes())
            assert labels == [e.zh for e in fs.codes]
        elif fs.type == "bool":
            assert setup.type() == "CheckBox"
        elif fs.type in ("date", "datetime"):
            assert setup.type() == "DateTime"
        if fs.read_only:
            assert form.readOnly(idx), fs.name


def test_new_features_get_defaults(layers_zh):
    red = layers_zh["red_zones"]
    f = QgsVectorLayerUtils.createFeature(red, QgsGeometry.fromWkt(
        "MultiPolygon(((500000 4360000, 500100 4360000, 500100 4360100, 500000 4360000)))"))
    assert f["line_class"] == "red"
    assert len(f["zone_uid"]) == 36 and f["zone_uid"].count("-") == 4
    assert f["area_m2"] == pytest.approx(5000.0)
    assert f["water_supply"] in (False, 0)
    yellow = layers_zh["yellow_zones"]
    assert QgsVectorLayerUtils.createFeature(yellow)["line_class"] == "yellow"
    v = QgsVectorLayerUtils.createFeature(layers_zh["violations"])
    assert v["status"] == "registered"


def test_subset_filters_by_class(layers_zh):
    assert layers_zh["red_zones"].subsetString() == "\"line_class\" = 'red'"
    assert layers_zh["yellow_zones"].subsetString() == "\"line_class\" = 'yellow'"


def test_relations_link_by_uuid(layers_zh, project):
    rel = project.relationManager().relation("violation_history_rel_violations")
    assert rel.isValid()
    assert rel.fieldPairs() == {"record_uid": "record_uid"}
    assert rel.referencedLayer() is layers_zh["violations"]


def test_loading_twice_reuses_layers(layers_zh, project, tmp_path):
    n = len(project.mapLayers())
    again = project_layers.load_layers(project, tmp_path / "forms.gpkg")
    assert len(project.mapLayers()) == n
    assert again["red_zones"] is layers_zh["red_zones"]


def test_the_marker_form_starts_with_what_the_surveyor_fills(layers_zh, sample_gpkg):
    from qgis.core import QgsEditFormConfig
    from qgis.gui import QgsAttributeDialog, QgsAttributeEditorContext, QgsGui

    markers = layers_zh["markers"]
    form = markers.editFormConfig()
    assert form.layout() == QgsEditFormConfig.TabLayout
    tabs = form.tabs()
    first = [child.name() for child in tabs[0].children()]
    assert tabs[0].name() == "界桩" and first[:4] == ["marker_no", "zone_name", "kind", "status"]
    assert "marker_uid" not in first and "zone_uid" not in first and "fid" not in first
    assert "marker_uid" in [child.name() for child in tabs[-1].children()]  # kept, at the end
    QgsGui.editorWidgetRegistry().initEditors()
    markers.startEditing()
    dialog = QgsAttributeDialog(markers, QgsVectorLayerUtils.createFeature(markers), False, None, True,
                                QgsAttributeEditorContext())
    assert dialog.minimumSizeHint().height() < 400  # the tabs scroll: the form fits a laptop screen
    dialog.close()
    markers.rollBack()


def test_a_markers_zone_name_is_shown(tmp_path, project, sample_gpkg):
    import shutil

    gpkg = tmp_path / "s.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    layers = project_layers.load_layers(project, gpkg)
    zones = {z["zone_uid"]: z["name"] for role in ("red_zones", "yellow_zones") for z in layers[role].getFeatures()}
    marker = next(f for f in layers["markers"].getFeatures() if f["zone_uid"])
    assert marker["zone_name"] == zones[marker["zone_uid"]]
