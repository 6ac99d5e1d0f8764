# SPDX-License-Identifier: GPL-2.0-or-later
"""The review drawings from the desktop: the dialog, the export running town by town from the
event loop with a task in the task manager (cancel included), and the menu action end to end."""
from __future__ import annotations

import json
import shutil

import pytest
from checks import sample_layer, wait_until
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import Qt

from wuqing_eco_plugin.layers import schema
from wuqing_eco_plugin.services.drawings.data import DrawingInput, DrawingSources
from wuqing_eco_plugin.services.drawings.export import DrawingExport
from wuqing_eco_plugin.services.drawings.plan import DrawingOptions
from wuqing_eco_plugin.services.drawings.task import DrawingExportRunner
from wuqing_eco_plugin.services.project_data import open_project_data
from wuqing_eco_plugin.ui.drawings.dialog import DrawingDialog
from wuqing_eco_plugin.ui.drawings.feature import DrawingsFeature


@pytest.fixture
def job_layers(sample_gpkg):
    return {t.name: sample_layer(sample_gpkg, t) for t in (schema.ZONES, schema.TOWNS, schema.MARKERS)}


def _job(job_layers, folder, towns):
    sources = DrawingSources([DrawingInput.from_layer(job_layers["zones"])],
                             DrawingInput.from_layer(job_layers["towns"]),
                             DrawingInput.from_layer(job_layers["markers"]))
    return DrawingExport(sources, towns, DrawingOptions(), folder)


def _run(runner):
    results = []
    runner.finished.connect(results.append)
    runner.failed.connect(results.append)
    runner.start()
    return results


def test_runner_exports_town_by_town_with_a_task(job_layers, tmp_path):
    runner = DrawingExportRunner(_job(job_layers, tmp_path, ["杨村街道", "王庆坨镇", "黄庄街道"]))
    seen = []
    runner.progressed.connect(lambda done, total, town: seen.append((done, total, town)))
    results = _run(runner)
    task = runner.task
    assert task is not None and task in QgsApplication.taskManager().tasks()
    assert not seen  # nothing happens before the event loop runs: start() returns at once
    wait_until(lambda: results)
    assert seen == [(1, 3, "杨村街道"), (2, 3, "黄庄街道"), (3, 3, "王庆坨镇")]  # in the towns' code order
    result = results[0]
    assert len(result.files) == 3 and all(p.is_file() for p in result.files) and not runner.cancelled
    wait_until(lambda: not QgsApplication.taskManager().activeTasks(), 10)


def test_cancel_stops_between_towns_and_keeps_the_manifest(job_layers, tmp_path):
    runner = DrawingExportRunner(_job(job_layers, tmp_path, []))
    runner.progressed.connect(lambda done, total, town: runner.cancel() if done == 1 else None)
    results = _run(runner)
    wait_until(lambda: results)
    result = results[0]
    assert runner.cancelled and len(result.entries) == 1 and len(list(tmp_path.glob("*.pdf"))) == 1
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert [r["town"] for r in manifest["drawings"]] == [result.entries[0].town]
    wait_until(lambda: not QgsApplication.taskManager().activeTasks(), 10)


def test_dialog_enables_export_only_when_it_can_run(qgis_iface, tmp_path):
    dialog = DrawingDialog(["杨村街道", "下朱庄街道", "王庆坨镇"])
    dialog.folder.setFilePath("")
    assert not dialog.export_button.isEnabled()
    dialog.folder.setFilePath(str(tmp_path))
    assert dialog.export_button.isEnabled()
    assert dialog.town_names() == []  # all chosen: every town
    dialog.check_all(False)
    assert not dialog.export_button.isEnabled() and dialog.count_label.text().startswith("0")
    dialog.towns.item(2).setCheckState(Qt.Checked)
    assert dialog.town_names() == ["王庆坨镇"] and dialog.export_button.isEnabled()
    dialog.page.setCurrentIndex(dialog.page.findData("a4_portrait"))
    dialog.version.setText("2025版")
    dialog.qa.setCurrentIndex(dialog.qa.findData("refuse"))
    options = dialog.options()
    assert (options.page, options.version, options.qa_mode) == ("a4_portrait", "2025版", "refuse")
    assert options.number_prefix.startswith("WQ-HHX-")
    dialog.set_running(True)
    assert not dialog.export_button.isEnabled() and dialog.cancel_button.isEnabled()
    assert not dialog.towns.isEnabled()
    dialog.show_progress(1, 4, "王庆坨镇")
    assert dialog.progress.value() == 25 and "王庆坨镇" in dialog.status.text()


def test_menu_action_exports_the_project_towns(plugin, qgis_iface, project, sample_gpkg, tmp_path):
    gpkg = tmp_path / "data.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    open_project_data(project, gpkg)
    qgis_iface.messageBar().clear_messages()
    layers_before = set(project.mapLayers())
    action = next(a for a in plugin.menu.actions() if a.text() == "Export review drawings…")
    action.trigger()
    feature = next(f for f in plugin.features if isinstance(f, DrawingsFeature))
    dialog = feature.dialog
    assert dialog is not None and dialog.isVisible() and dialog.towns.count() == 30
    assert dialog.markers.currentLayer() is not None  # the project's markers, preselected
    dialog.folder.setFilePath(str(tmp_path / "out"))
    dialog.check_all(False)
    for i in range(dialog.towns.count()):
        if dialog.towns.item(i).text() in ("王庆坨镇", "杨村街道"):
            dialog.towns.item(i).setCheckState(Qt.Checked)
    dialog.export_button.click()
    assert feature.runner is not None and not dialog.export_button.isEnabled()
    wait_until(lambda: feature.runner is None)
    assert sorted(p.name.split("_")[0] for p in (tmp_path / "out").glob("*.pdf")) == ["杨村街道", "王庆坨镇"]
    # 王庆坨镇's markers carry survey warnings: the outcome is amber, and every warning can be read.
    assert qgis_iface.messageBar().get_messages(Qgis.Warning) and not qgis_iface.messageBar().get_messages(Qgis.Success)
    assert "2" in dialog.status.text() and dialog.export_button.isEnabled()
    assert "#b36b00" in dialog.status.styleSheet()
    assert dialog.warnings_button.isVisibleTo(dialog) and dialog.open_button.isVisibleTo(dialog)
    assert "120114-SK-WQT-0011" in dialog.warnings.toPlainText()
    dialog.warnings_button.click()
    assert dialog.warnings.isVisibleTo(dialog)
    assert set(project.mapLayers()) == layers_before  # nothing added to the project


def test_menu_action_without_project_data_says_so(plugin, qgis_iface, project):
    next(a for a in plugin.menu.actions() if a.text() == "Export review drawings…").trigger()
    assert next(f for f in plugin.features if isinstance(f, DrawingsFeature)).dialog is None
    assert qgis_iface.messageBar().get_messages(Qgis.Warning)
