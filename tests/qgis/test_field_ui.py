# SPDX-License-Identifier: GPL-2.0-or-later
"""Field work from the desktop: the two menu entries, their dialogs, progress and summary."""
from __future__ import annotations

import shutil

import pytest
from field_helpers import add_case, layer_named, phone, rows
from qgis.core import Qgis, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import Qt

from wuqing_eco_plugin.services.field.package import PACKAGE_GPKG
from wuqing_eco_plugin.services.field.project import PROJECT_FILE
from wuqing_eco_plugin.services.project_data import open_project_data
from wuqing_eco_plugin.ui.field.dialogs import PackageDialog
from wuqing_eco_plugin.ui.field.feature import FieldFeature


@pytest.fixture
def field(plugin, sample_gpkg, tmp_path, project):
    store = tmp_path / "office" / "office.gpkg"
    store.parent.mkdir()
    shutil.copy(sample_gpkg, store)
    loaded = open_project_data(project, store)
    feature = next(f for f in plugin.features if isinstance(f, FieldFeature))
    return plugin, feature, store, loaded


def _action(plugin, text):
    return next(a for a in plugin.menu.actions() if a.text() == text)


def test_the_dialog_asks_for_towns_before_it_exports():
    dialog = PackageDialog(["杨村街道", "王庆坨镇"])
    assert not dialog.run_button.isEnabled() and dialog.town_names() == []
    dialog.towns.item(1).setCheckState(Qt.Checked)
    assert dialog.run_button.isEnabled() and dialog.town_names() == ["王庆坨镇"]
    dialog.check_all(True)
    assert dialog.town_names() == ["杨村街道", "王庆坨镇"]
    assert [dialog.purpose_combo.itemData(i) for i in range(dialog.purpose_combo.count())] == ["patrol", "survey"]


def test_export_then_import_from_the_menu(field, tmp_path, project, qgis_iface):
    plugin, feature, store, loaded = field
    _action(plugin, "Export field package…").trigger()
    dialog = feature.package_dialog
    assert dialog is not None and dialog.towns.count() == 30
    dialog.towns.findItems("王庆坨镇", Qt.MatchExactly)[0].setCheckState(Qt.Checked)
    dialog.patrol_edit.setText("巡查二组")
    folder = tmp_path / "包"
    dialog.folder_widget.setFilePath(str(folder))
    seen = []
    dialog.progress.valueChanged.connect(seen.append)
    dialog.run_button.click()
    assert (folder / PROJECT_FILE).is_file() and (folder / PACKAGE_GPKG).is_file()
    assert seen and seen[-1] == 100 and "王庆坨镇" in dialog.result_label.text()
    assert any("王庆坨镇" in m for m in qgis_iface.messageBar().get_messages(Qgis.Success))
    dialog.run_button.click()  # the folder holds a package now: refused, nothing lost
    assert "not empty" in dialog.result_label.text() and (folder / PROJECT_FILE).is_file()

    reservoir = next(z for z in rows(store, "zones") if z["name"] == "王庆坨水库" and z["line_class"] == "red")
    point = reservoir["geometry"].representative_point()
    cases = sum(1 for _ in loaded["violations"].getFeatures())
    office_project = QgsProject.instance().fileName()
    with phone(QgsProject(), folder) as field_project:  # a second project: the office's stays open
        new = layer_named(field_project, "new_cases")
        new.startEditing()
        add_case(new, QgsPointXY(point.x, point.y), category="garbage_dump", description="水库边堆放垃圾")
        assert new.commitChanges()
    assert QgsProject.instance().fileName() == office_project
    _action(plugin, "Import field results…").trigger()
    sync_dialog = feature.sync_dialog
    sync_dialog.folder_widget.setFilePath(str(folder))
    markers = loaded["markers"]
    markers.startEditing()
    marker = next(markers.getFeatures())
    markers.changeAttributeValue(marker.id(), markers.fields().indexOf("notes"), "未保存的编辑")
    sync_dialog.run_button.click()  # the office's own unsaved edits come first
    assert "Save or discard" in sync_dialog.result_label.text()
    assert sum(1 for _ in loaded["violations"].getFeatures()) == cases
    markers.rollBack()
    sync_dialog.run_button.click()
    assert "New cases: 1" in sync_dialog.result_label.text()
    assert "水库边堆放垃圾" in sync_dialog.report_view.toPlainText()
    assert sum(1 for _ in loaded["violations"].getFeatures()) == cases + 1  # the project shows the new case
    assert any("New cases: 1" in m for m in qgis_iface.messageBar().get_messages(Qgis.Success))


def test_without_project_data_the_user_is_told(plugin, qgis_iface, project):
    _action(plugin, "Import field results…").trigger()
    assert any("project data" in m for m in qgis_iface.messageBar().get_messages(Qgis.Warning))
