# SPDX-License-Identifier: GPL-2.0-or-later
"""The boundary-marker actions as a user triggers them: dialogs answered by the test, no exec()."""
from __future__ import annotations

import shutil

import pytest
from checks import pdf_text
from qgis.core import Qgis, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QResizeEvent
from qgis.PyQt.QtWidgets import QDialogButtonBox

from wuqing_eco_plugin.layers.project_layers import layers_by_role
from wuqing_eco_plugin.services.markers import survey_settings
from wuqing_eco_plugin.services.project_data import open_project_data
from wuqing_eco_plugin.ui.markers import feature as marker_actions
from wuqing_eco_plugin.ui.markers.check_dialog import SURVEY_PROPERTY
from wuqing_eco_plugin.ui.markers.survey_tool import SurveyMapTool

TEXTS = ("Survey markers on the boundary", "Design boundary markers…", "Import field survey CSV…",
         "Check boundary markers…", "Export coordinate tables and marker cards…", "Boundary marker settings…")


@pytest.fixture(autouse=True)
def default_survey_settings():
    """Each test starts from the default survey settings and leaves them so."""
    survey_settings.reset_settings()
    yield
    survey_settings.reset_settings()


@pytest.fixture
def data(plugin, sample_gpkg, tmp_path, project):
    gpkg = tmp_path / "s.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    return open_project_data(project, gpkg)


def action(plugin, text):
    return next(a for a in plugin.menu.actions() if a.text() == text)


def answer(monkeypatch, fill=lambda dialog: None, accept=True):
    """Answer the next dialogs with ``fill`` then OK (or Cancel); returns the dialogs seen."""
    seen = []

    def ask(dialog):
        seen.append(dialog)
        fill(dialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
        assert not accept or ok.isEnabled(), "OK is disabled"
        return accept
    monkeypatch.setattr(marker_actions, "ask", ask)
    return seen


def messages(iface, level):
    return iface.messageBar().get_messages(level)


def test_every_action_is_there_with_an_icon(plugin):
    for text in TEXTS:
        assert not action(plugin, text).icon().isNull()


def test_actions_without_project_data_ask_for_it(plugin, qgis_iface, monkeypatch):
    answer(monkeypatch)
    survey = action(plugin, TEXTS[0])
    survey.trigger()
    assert not survey.isChecked()
    action(plugin, TEXTS[1]).trigger()
    assert len(messages(qgis_iface, Qgis.Warning)) == 2


def test_survey_tool_becomes_the_map_tool_and_a_far_click_says_so(plugin, data, qgis_iface):
    survey = action(plugin, TEXTS[0])
    survey.trigger()
    tool = qgis_iface.mapCanvas().mapTool()
    assert isinstance(tool, SurveyMapTool) and survey.isChecked()
    tool.missed.emit(None)
    assert any("no marker was placed" in m for m in messages(qgis_iface, Qgis.Warning))
    survey.trigger()
    assert qgis_iface.mapCanvas().mapTool() is not tool


def _gbs(data):
    return next(f for f in data["red_zones"].getFeatures() if f["feature_code"] == "GBS")


def test_design_selected_zones_and_leave_field_markers_alone(plugin, data, qgis_iface, monkeypatch):
    red = data["red_zones"]
    wqt = next(f for f in red.getFeatures() if f["feature_code"] == "WQT")
    red.selectByIds([_gbs(data).id(), wqt.id()])
    dialogs = answer(monkeypatch, lambda d: d.spacing.setValue(250))
    action(plugin, TEXTS[1]).trigger()
    assert dialogs[0].scope() == "selected"
    markers = data["markers"]
    designed = [f for f in markers.getFeatures() if f["zone_uid"] == _gbs(data)["zone_uid"]]
    assert designed and all(f["status"] == "designed" for f in designed)
    assert sorted(f["seq"] for f in designed) == list(range(1, len(designed) + 1))
    assert sum(1 for f in markers.getFeatures() if f["zone_uid"] == wqt["zone_uid"]) == 13  # untouched
    text = messages(qgis_iface, Qgis.Success)[-1]
    assert f"{len(designed)} designed markers" in text and "王庆坨水库" in text


def write_survey(path, markers, swap=False):
    lines = ["点号,X,Y,H"]
    for i, f in enumerate(sorted(markers, key=lambda f: f["seq"])):
        p = f.geometry().asPoint()
        x, y = p.y() + (0.2 if i % 10 else 1.5), p.x() + 39_000_000
        lines.append(f"{f['marker_no']},{y if swap else x:.3f},{x if swap else y:.3f},3.{i % 10}")
    path.write_bytes("\n".join(lines).encode("gbk"))
    return path


@pytest.fixture
def designed(plugin, data, monkeypatch):
    data["red_zones"].selectByIds([_gbs(data).id()])
    answer(monkeypatch)
    action(plugin, TEXTS[1]).trigger()
    return [f for f in data["markers"].getFeatures() if f["zone_uid"] == _gbs(data)["zone_uid"]]


def test_import_check_apply_and_export(plugin, data, designed, qgis_iface, monkeypatch, tmp_path):
    csv = write_survey(tmp_path / "外业.csv", designed, swap=True)

    def fill_import(d):
        d.file.setFilePath(str(csv))
        assert d.table.encoding == "GBK" and d.north.currentData() == "X" and d.point_id.currentData() == "点号"
        assert not d.swap.isHidden()  # X holds eastings here: the dialog offers to swap
        d.swap.click()
        assert d.north.currentData() == "Y" and d.swap.isHidden()
    answer(monkeypatch, fill_import)
    action(plugin, TEXTS[2]).trigger()
    survey = next(lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.customProperty(SURVEY_PROPERTY))
    assert sum(1 for _ in survey.getFeatures()) == len(designed)
    assert all(f["placement"] == "ok" for f in survey.getFeatures())

    dialogs = answer(monkeypatch)
    action(plugin, TEXTS[3]).trigger()
    assert dialogs[0].markers_layer() is survey and dialogs[0].designed_layer() is data["markers"]
    dock = next(f for f in plugin.features if isinstance(f, marker_actions.MarkersFeature)).dock
    assert dock is not None and not dock.apply_button.isHidden()
    fails = [f for f in dock.results.getFeatures() if f["status"] == "fail"]
    assert len(fails) == len(range(0, len(designed), 10))  # every tenth was 1.5 m off
    assert dock.table.rowCount() == len(fails)  # the list starts with the problems
    canvas = qgis_iface.mapCanvas()
    old = canvas.viewport().size()
    canvas.viewport().resize(600, 600)  # the stub main window is never shown: give the map a size
    canvas.resizeEvent(QResizeEvent(QSize(600, 600), old))
    canvas.setDestinationCrs(data["markers"].crs())
    canvas.setExtent(data["district"].extent())
    dock.go_to(0)
    assert canvas.scale() < 2500  # zoomed in from the whole district
    layer, fid = dock.rows[0]
    centre, point = qgis_iface.mapCanvas().center(), layer.getFeature(fid).geometry().asPoint()
    assert centre.distance(point) < 1 and layer.selectedFeatureIds() == [fid]

    monkeypatch.setattr(marker_actions, "confirm", lambda *a: True)
    dock.apply_button.click()
    history = data["marker_history"]
    moved = [f for f in data["markers"].getFeatures() if f["zone_uid"] == _gbs(data)["zone_uid"]
             and f["status"] == "buried"]
    assert len(moved) == len(designed) - len(fails)
    assert sum(1 for h in history.getFeatures() if h["note"] and "外业.csv" in h["note"]) == len(moved)
    # Surveyed 0.2 m north of the design: at most 0.2 m off the boundary, moved exactly 0.2 m.
    assert all(f["distance_to_boundary_m"] <= 0.2 + 1e-6 for f in moved)
    assert all(h["moved_m"] == pytest.approx(0.2, abs=1e-3) for h in history.getFeatures()
               if h["note"] and "外业.csv" in h["note"])

    out = tmp_path / "成果"

    def fill_export(d):
        d.folder.setFilePath(str(out))
        d.cards.setChecked(True)
        for i in range(d.zones.count()):
            if d.zones.item(i).data(Qt.UserRole) == _gbs(data)["zone_uid"]:
                d.zones.item(i).setCheckState(Qt.Checked)
    answer(monkeypatch, fill_export)
    action(plugin, TEXTS[4]).trigger()
    pdfs = sorted(out.glob("*.pdf"))
    csvs = sorted(out.glob("*.csv"))
    assert len(pdfs) == 1 and len(csvs) == 1
    assert csvs[0].read_bytes().startswith(b"\xef\xbb\xbf")
    text = pdf_text(pdfs[0])
    assert "港北森林公园" in text and "120114-LD-GBS-0001" in text
    cards = list((out / "marker cards").glob("*.pdf"))
    assert len(cards) == len(designed)


def test_settings_dialog_saves_and_refuses_a_bad_pattern(plugin, qgis_iface, monkeypatch):
    def fill(d):
        d.pattern.setText("JZ-{type}")
        assert not d.buttons.button(QDialogButtonBox.Ok).isEnabled() and "{seq}" in d.example.text()
        d.pattern.setText("WQ-{feature}-{seq:03d}")
        assert "WQ-WQT-001" in d.example.text()
        d.spacing.setValue(150)
        d.surveyor.setText("测量员丁")
        d.warning.setValue(2)
        assert not d.buttons.button(QDialogButtonBox.Ok).isEnabled()
        d.warning.setValue(0.3)
    answer(monkeypatch, fill)
    action(plugin, TEXTS[5]).trigger()
    s = survey_settings.load_settings()
    assert (s.survey.max_spacing_m, s.survey.number_pattern, s.surveyor, s.survey.warning_m) == \
        (150, "WQ-{feature}-{seq:03d}", "测量员丁", 0.3)


def test_stored_nonsense_falls_back_to_defaults(plugin):
    from wuqing_eco_plugin.toolbelt.settings import survey_setting

    settings = QgsSettings()
    for name, nonsense in (("max_spacing_m", "abc"), ("number_pattern", "{nope}"), ("new_marker_kind", "tower")):
        settings.setValue(survey_setting(name, None).key, nonsense)
    s = survey_settings.load_settings()
    assert s.survey.max_spacing_m == 200 and s.survey.number_pattern.startswith("120114-")
    assert s.new_marker_kind == "post"


def test_check_dialog_needs_a_number_field(plugin, data, monkeypatch):
    from wuqing_eco_plugin.ui.markers.check_dialog import CheckDialog

    d = CheckDialog(survey_settings.load_settings(), data["markers"])
    assert d.number_field() == "marker_no" and d.designed_layer() is None and d.problem() == ""
    d.number.setField("")
    assert d.problem() and not d.buttons.button(QDialogButtonBox.Ok).isEnabled()
    d.deleteLater()


def test_recorder_is_attached_when_layers_load(plugin, data, qgis_iface):
    from qgis.core import QgsGeometry, QgsPointXY

    markers, history = data["markers"], data["marker_history"]
    f = next(markers.getFeatures())
    p = f.geometry().asPoint()
    n = sum(1 for _ in history.getFeatures())
    assert markers.startEditing()
    markers.changeGeometry(f.id(), QgsGeometry.fromPointXY(QgsPointXY(p.x() + 1, p.y())))
    assert markers.commitChanges()
    assert sum(1 for _ in history.getFeatures()) == n + 1
    assert layers_by_role(QgsProject.instance())["markers"] is markers
