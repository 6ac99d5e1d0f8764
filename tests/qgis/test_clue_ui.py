# SPDX-License-Identifier: GPL-2.0-or-later
"""导入监测线索… through the plugin: screen with a preview, register the cases, write the checklists,
then the ledger dock filters by the batch."""
from __future__ import annotations

import shutil

import pytest
from qgis.core import QgsFeature, QgsVectorLayer
from shapely.geometry import Point
from shapely.ops import unary_union

from wuqing_eco_plugin.layers import storage
from wuqing_eco_plugin.layers.geometry import from_shapely, to_shapely
from wuqing_eco_plugin.services.ledger.store import LedgerStore
from wuqing_eco_plugin.services.project_data import open_project_data
from wuqing_eco_plugin.ui.clues import dialog as clue_dialog
from wuqing_eco_plugin.ui.clues.feature import CluesFeature
from wuqing_eco_plugin.ui.ledger.feature import LedgerFeature

BATCH = "2026年第三季度省级遥感监测"


@pytest.fixture
def opened(plugin, sample_gpkg, tmp_path, project):
    path = tmp_path / "data" / "wuqing.gpkg"
    path.parent.mkdir()
    shutil.copy(sample_gpkg, path)
    loaded = open_project_data(project, path)
    return plugin, loaded, path


def _clue_layer(project, path, id_field="编号"):
    red = unary_union([to_shapely(f.geometry()) for f in QgsVectorLayer(storage.uri(path, "zones"), "z", "ogr")
                       .getFeatures() if f["line_class"] == "red"])
    yellow = unary_union([to_shapely(f.geometry()) for f in QgsVectorLayer(storage.uri(path, "zones"), "z", "ogr")
                          .getFeatures() if f["line_class"] == "yellow"])
    spots = {"S-1": red.difference(yellow.buffer(50)).representative_point().buffer(30),
             "S-2": yellow.difference(red.buffer(50)).representative_point().buffer(30),
             "S-3": Point(560_000, 4_300_000).buffer(30)}
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:4548&field={id_field}:string", "省级线索", "memory")
    features = []
    for number, geom in spots.items():
        f = QgsFeature(layer.fields())
        f.setGeometry(from_shapely(geom))
        f.setAttributes([number])
        features.append(f)
    assert layer.dataProvider().addFeatures(features)[0]
    project.addMapLayer(layer)
    return layer


def test_import_screens_previews_registers_and_writes_checklists(opened, project, tmp_path, monkeypatch):
    plugin, loaded, path = opened
    layer = _clue_layer(project, path)
    next(a for a in plugin.menu.actions() if a.text() == "Import monitoring clues…").trigger()
    feature = next(f for f in plugin.features if isinstance(f, CluesFeature))
    d = feature.dialog
    d.layerCombo.setLayer(layer)
    d.idCombo.setField("编号")
    d.batchEdit.setText(BATCH)
    d.byEdit.setText("监测员")
    assert not d.createButton.isEnabled()
    d.screenButton.click()
    assert d.previewTable.rowCount() == 3
    assert d.verdicts() == {"S-1": "prohibited", "S-2": "needs_approval", "S-3": None}
    shown = {d.previewTable.item(i, 0).text(): d.previewTable.item(i, 1).text() for i in range(3)}
    assert shown["S-1"].startswith("Prohibited") and shown["S-3"].startswith("Far outside")
    assert d.createButton.isEnabled()
    store = LedgerStore(path)
    before = len(store.rows())
    d.createButton.click()
    assert [len(d.registration.created), len(d.registration.flagged)] == [2, 1]
    assert len(store.rows()) == before + 2 and not d.createButton.isEnabled()
    assert "2 cases registered" in d.summaryLabel.text()
    assert loaded["violations"].featureCount() == before + 2  # the layer was reloaded
    monkeypatch.setattr(clue_dialog, "choose_folder", lambda parent, start: str(tmp_path / "lists"))
    d.checklistButton.click()
    assert d.written and all(c.pdf.is_file() and c.xlsx.is_file() for c in d.written)
    # the ledger dock filters by the batch
    ledger = next(f for f in plugin.features if isinstance(f, LedgerFeature))
    ledger.toggle_dock(True)
    panel = ledger.panel
    panel.set_choice(panel.batchCombo, BATCH)
    assert sorted(r.clue_no for r in panel.proxy.visible_rows()) == ["S-1", "S-2"]
    panel.clear_filters()
    assert panel.proxy.rowCount() == before + 2


def test_a_layer_without_the_number_field_is_refused_in_the_dialog(opened, project):
    plugin, loaded, path = opened
    layer = _clue_layer(project, path, id_field="name")
    feature = next(f for f in plugin.features if isinstance(f, CluesFeature))
    d = feature.open_dialog()
    d.layerCombo.setLayer(layer)
    d.idCombo.setField("")
    d.screenButton.click()
    assert "no clue number field" in d.errorLabel.text() and d.previewTable.rowCount() == 0
    assert not d.createButton.isEnabled()
