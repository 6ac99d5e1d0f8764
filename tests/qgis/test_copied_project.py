# SPDX-License-Identifier: GPL-2.0-or-later
"""A project folder copied elsewhere (a USB stick, a shared drive) keeps working: every menu entry
finds the project's data, photos and attachments come along, and nothing is written to the original."""
from __future__ import annotations

import shutil

import pytest
from checks import wait_until, write_project_folder
from qgis.core import Qgis, QgsApplication, QgsProject

from wuqing_eco_plugin.layers.project_layers import ROLES
from wuqing_eco_plugin.services.project_data import (
    PROJECT_KEY,
    PROJECT_SCOPE,
    project_gpkg,
    project_layers,
)
from wuqing_eco_plugin.ui import data_dialogs
from wuqing_eco_plugin.ui.markers import feature as marker_actions

OPEN_FIRST = "Open the project data first"


@pytest.fixture
def project_folder(tmp_path, sample_gpkg):
    return write_project_folder(tmp_path / "原项目", sample_gpkg)


def copy_elsewhere(folder, tmp_path, remove_original: bool):
    copy = tmp_path / "U盘" / "拷贝的项目"
    shutil.copytree(folder, copy)
    if remove_original:
        shutil.rmtree(folder)
    return copy


def test_the_entry_is_stored_relative_to_the_project(project_folder):
    project = QgsProject.instance()
    assert project.read(str(project_folder / "wuqing_eco.qgz"))
    stored, _ = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
    assert stored.startswith("./") and "原项目" not in stored


@pytest.mark.parametrize("remove_original", [True, False])
def test_a_copied_project_reads_the_copy(project_folder, tmp_path, remove_original):
    """Also while the original still exists: the copy's layers decide, so edits never go elsewhere."""
    copy = copy_elsewhere(project_folder, tmp_path, remove_original)
    project = QgsProject.instance()
    assert project.read(str(copy / "wuqing_eco.qgz"))
    assert project_gpkg(project) == (copy / "wuqing_eco.gpkg").resolve()
    layers = project_layers(project)
    assert set(layers) == {role.role for role in ROLES}
    assert all(str(copy) in layer.source() for layer in layers.values())
    project.clear()


def test_an_old_absolute_entry_still_finds_the_copy(project_folder, tmp_path):
    project = QgsProject.instance()
    assert project.read(str(project_folder / "wuqing_eco.qgz"))
    project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, "/somewhere/else/wuqing_eco.gpkg")  # as projects before
    assert project.write()
    project.clear()
    copy = copy_elsewhere(project_folder, tmp_path, remove_original=True)
    assert project.read(str(copy / "wuqing_eco.qgz"))
    assert project_gpkg(project) == (copy / "wuqing_eco.gpkg").resolve()
    project.clear()


def test_every_menu_entry_works_on_a_copied_project(plugin, qgis_iface, project_folder, tmp_path, monkeypatch):
    """Each entry as a user starts it (its dialogs cancelled): none asks to open the project data."""
    copy = copy_elsewhere(project_folder, tmp_path, remove_original=True)
    project = QgsProject.instance()
    assert project.read(str(copy / "wuqing_eco.qgz"))
    qgis_iface.mapCanvas().setLayers(list(project.mapLayers().values()))
    monkeypatch.setattr(marker_actions, "ask", lambda dialog: False)
    monkeypatch.setattr(data_dialogs, "choose_project_gpkg", lambda parent: None)
    monkeypatch.setattr(data_dialogs, "choose_sample_target", lambda parent: None)
    layers = project_layers(project)
    red = layers["red_zones"]
    red.selectByIds([next(red.getFeatures()).id()])
    qgis_iface.setActiveLayer(red)
    opened = []
    for action in plugin.actions:
        if action.text() in ("Help", "About"):
            continue  # tested in test_help.py; About is a modal box
        qgis_iface.messageBar().clear_messages()
        action.trigger()
        wait_until(lambda: QgsApplication.taskManager().countActiveTasks() == 0, 120)
        if action.isCheckable() and action.isChecked():
            action.trigger()
        warnings = qgis_iface.messageBar().get_messages(Qgis.Warning) + qgis_iface.messageBar().get_messages(
            Qgis.Critical)
        assert not [w for w in warnings if OPEN_FIRST in w], action.text()
        opened.append(action.text())
    assert len(opened) == len(plugin.actions) - 2
    ledger = next(f for f in plugin.features if type(f).__name__ == "LedgerFeature")
    assert ledger.dock is not None and ledger.panel.model.rowCount() > 5
    assert ledger.context()[0] == (copy / "wuqing_eco.gpkg").resolve()
    for feature in plugin.features:
        dialog = getattr(feature, "dialog", None)
        if dialog is not None:
            dialog.close()
    project.clear()


def test_a_project_saved_in_english_opens_in_chinese(plugin, zh_translator, project_folder):
    """Names, field names and coded values follow the UI language, not the language it was saved in."""
    project = QgsProject.instance()
    assert project.read(str(project_folder / "wuqing_eco.qgz"))  # written without a translator: English
    layers = project_layers(project)
    assert layers["red_zones"].name() == "生态保护红线区" and layers["towns"].name() == "镇街"
    assert project.layerTreeRoot().findGroup("武清区永久性保护生态区域") is not None
    kinds = layers["markers"].editorWidgetSetup(layers["markers"].fields().indexOf("kind")).config()["map"]
    assert {"界桩（标桩）"} & {label for entry in kinds for label in entry}
    assert layers["markers"].attributeDisplayName(layers["markers"].fields().indexOf("marker_no")) == "界桩编号"
    project.clear()
