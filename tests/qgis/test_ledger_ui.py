# SPDX-License-Identifier: GPL-2.0-or-later
"""The ledger in QGIS: the map tool with synthetic clicks, the panel, zoom and highlight, status
changes and reports, through the plugin as a user triggers them."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsProject, QgsRectangle
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QKeyEvent

from wuqing_eco_plugin.domain.ledger.cases import TRANSITIONS
from wuqing_eco_plugin.domain.ledger.filters import LedgerFilter
from wuqing_eco_plugin.services.ledger.store import LedgerStore
from wuqing_eco_plugin.services.project_data import open_project_data
from wuqing_eco_plugin.ui.ledger.feature import LedgerFeature
from wuqing_eco_plugin.ui.ledger.record_dialog import RecordDialog
from wuqing_eco_plugin.ui.ledger.record_tool import RecordTool
from wuqing_eco_plugin.ui.ledger.status_dialog import StatusDialog


@pytest.fixture
def canvas(qgis_canvas):
    qgis_canvas.resize(600, 600)
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4548"))
    qgis_canvas.setExtent(QgsRectangle(480_000, 4_330_000, 530_000, 4_380_000))
    return qgis_canvas


def _release(canvas, x, y, button=Qt.LeftButton, modifiers=Qt.NoModifier):
    return QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease, QPoint(x, y), button, button, modifiers)


def _pixel(canvas, point):
    p = canvas.getCoordinateTransform().transform(point)
    return round(p.x()), round(p.y())


def test_tool_click_asks_for_a_point(canvas):
    tool = RecordTool(canvas)
    got = []
    tool.requested.connect(lambda p, a: got.append((p, a)))
    tool.canvasReleaseEvent(_release(canvas, 300, 200))
    expected = canvas.getCoordinateTransform().toMapCoordinates(300, 200)
    assert len(got) == 1 and got[0][1] is None
    assert got[0][0].distance(expected) < 1e-6


def test_tool_shift_clicks_draw_the_affected_area(canvas):
    tool = RecordTool(canvas)
    got = []
    tool.requested.connect(lambda p, a: got.append((p, a)))
    for x, y in ((200, 200), (300, 200), (300, 300)):
        tool.canvasReleaseEvent(_release(canvas, x, y, modifiers=Qt.ShiftModifier))
    assert got == [] and len(tool.vertices) == 3 and tool.band.numberOfVertices() == 3
    tool.canvasReleaseEvent(_release(canvas, 10, 10, Qt.RightButton))
    [(point, area)] = got
    corners = [canvas.getCoordinateTransform().toMapCoordinates(x, y) for x, y in ((200, 200), (300, 200), (300, 300))]
    triangle_area = abs((corners[1].x() - corners[0].x()) * (corners[2].y() - corners[0].y())
                        - (corners[2].x() - corners[0].x()) * (corners[1].y() - corners[0].y())) / 2
    assert area.area() == pytest.approx(triangle_area)
    from qgis.core import QgsGeometry

    assert area.contains(QgsGeometry.fromPointXY(point))
    assert tool.vertices == [] and tool.band.numberOfVertices() == 0


def test_tool_too_few_corners_and_escape_start_over(canvas):
    tool = RecordTool(canvas)
    got = []
    tool.requested.connect(lambda p, a: got.append((p, a)))
    tool.canvasReleaseEvent(_release(canvas, 200, 200, modifiers=Qt.ShiftModifier))
    tool.canvasReleaseEvent(_release(canvas, 250, 200, modifiers=Qt.ShiftModifier))
    tool.canvasReleaseEvent(_release(canvas, 10, 10, Qt.RightButton))
    assert got == [] and tool.vertices == []
    tool.canvasReleaseEvent(_release(canvas, 200, 200, modifiers=Qt.ShiftModifier))
    tool.canvasReleaseEvent(_release(canvas, 260, 200))  # a plain click while drawing does not record
    tool.keyPressEvent(QKeyEvent(QEvent.KeyPress, Qt.Key_Escape, Qt.NoModifier))
    assert got == [] and tool.vertices == []


def test_tool_keeps_both_lobes_of_a_crossed_area_and_refuses_no_area(canvas):
    tool = RecordTool(canvas)
    got = []
    tool.requested.connect(lambda p, a: got.append((p, a)))
    # corners in a bow-tie order: two triangles meeting at (250, 250)
    for x, y in ((200, 200), (300, 300), (300, 200), (200, 300)):
        tool.canvasReleaseEvent(_release(canvas, x, y, modifiers=Qt.ShiftModifier))
    tool.canvasReleaseEvent(_release(canvas, 10, 10, Qt.RightButton))
    [(point, area)] = got
    corner, far = (canvas.getCoordinateTransform().toMapCoordinates(x, y) for x, y in ((200, 200), (300, 300)))
    square = abs(far.x() - corner.x()) * abs(far.y() - corner.y())
    assert area.isGeosValid() and area.area() == pytest.approx(square / 2)
    from qgis.core import QgsGeometry

    assert area.contains(QgsGeometry.fromPointXY(point))
    got.clear()
    for x, y in ((200, 200), (200, 200), (200, 200)):  # one corner clicked three times: no area to record
        tool.canvasReleaseEvent(_release(canvas, x, y, modifiers=Qt.ShiftModifier))
    tool.canvasReleaseEvent(_release(canvas, 10, 10, Qt.RightButton))
    assert got == [] and tool.vertices == []

@pytest.fixture
def ledger(plugin, canvas, sample_gpkg, tmp_path, project):
    """The plugin with the sample's data open: (plugin, its ledger feature, the layers, the GeoPackage)."""
    path = tmp_path / "data" / "wuqing.gpkg"
    path.parent.mkdir()
    shutil.copy(sample_gpkg, path)
    loaded = open_project_data(project, path)
    plugin.iface.messageBar().clear_messages()
    feature = next(f for f in plugin.features if isinstance(f, LedgerFeature))
    return plugin, feature, loaded, path


def _action(p, text):
    return next(a for a in p.menu.actions() if a.text() == text)


def test_click_on_the_map_opens_the_prefilled_dialog_and_saves(ledger, canvas):
    p, feature, loaded, path = ledger
    _action(p, "Record a violation").trigger()
    assert canvas.mapTool() is feature.tool
    reservoir = next(f for f in loaded["red_zones"].getFeatures() if f["name"] == "王庆坨水库")
    target = reservoir.geometry().pointOnSurface().asPoint()
    x, y = _pixel(canvas, target)
    feature.tool.canvasReleaseEvent(_release(canvas, x, y))
    d = feature.dialog
    assert isinstance(d, RecordDialog) and d.isVisible()
    assert reservoir["zone_uid"] in [z.uid for z in d.place.zones]
    assert "tourism_water_sports" in d.categories()
    d.set_source("monitoring")
    d.set_category("tourism_water_sports")
    d.descriptionEdit.setPlainText("王庆坨水库红线区内发现有人组织游泳、垂钓等娱乐活动。")
    d.recordedByEdit.setText("示例巡查员")
    d.accept()
    assert not d.isVisible()
    numbers = [f["record_no"] for f in loaded["violations"].getFeatures()]
    assert d.saved.record_no in numbers  # the layer was reloaded
    assert any(d.saved.record_no in m for m in p.iface.messageBar().get_messages(3))  # Qgis.Success


def test_the_record_tool_is_switched_off_from_its_button(ledger, canvas):
    p, feature, _, _ = ledger
    action = _action(p, "Record a violation")
    action.trigger()
    assert action.isChecked() and canvas.mapTool() is feature.tool
    action.trigger()
    assert not action.isChecked() and canvas.mapTool() is not feature.tool


def test_record_in_the_selected_zone(ledger):
    p, feature, loaded, path = ledger
    _action(p, "Record a violation in the selected zone").trigger()
    assert feature.dialog is None  # nothing selected: the user is told
    belt = next(f for f in loaded["yellow_zones"].getFeatures() if f["zone_type"] == "forest_belt")
    loaded["yellow_zones"].selectByIds([belt.id()])
    _action(p, "Record a violation in the selected zone").trigger()
    assert isinstance(feature.dialog, RecordDialog)
    assert belt["zone_uid"] in [z.uid for z in feature.dialog.place.zones]


def test_ledger_panel_filters_zooms_highlights_and_changes_status(ledger, canvas):
    p, feature, loaded, path = ledger
    dock_action = _action(p, "Case ledger")
    dock_action.trigger()
    panel = feature.panel
    store = LedgerStore(path)
    rows = store.rows()
    assert panel.proxy.rowCount() == len(rows) == 8
    assert panel.countsLabel.text().startswith(f"{len(rows)} cases")
    panel.set_choice(panel.statusCombo, "rectifying")
    today = dt.date.today()
    assert panel.proxy.rowCount() == sum(LedgerFilter(status="rectifying").matches(r, today) for r in rows)
    panel.clear_filters()
    panel.searchEdit.setText("王庆坨")
    assert [r.category for r in panel.proxy.visible_rows()] == ["marker_damage"]
    panel.searchEdit.clear()
    # double-click: zoom to the record and highlight its zones
    target = next(r for r in rows if len(r.zone_uids) >= 1 and r.status == "verified")
    assert panel.select(target.record_uid)
    index = panel.tableView.selectionModel().selectedRows()[0]
    panel.tableView.doubleClicked.emit(index)
    assert canvas.extent().contains(QgsPointXY(target.x, target.y))
    assert canvas.extent().width() < 5_000
    assert len(feature.highlights) == len(target.zone_uids) + 1
    # status change through the same rules
    panel.changeStatusButton.click()
    d = feature.dialog
    assert isinstance(d, StatusDialog) and d.statuses() == list(TRANSITIONS["verified"])
    d.set_status("notified")
    d.byEdit.setText("区环保局示例科员")
    d.noteEdit.setPlainText("已通报属地镇政府和区水务局")
    assert d.ok_button().isEnabled()
    d.accept()
    assert store.record(target.record_uid)["status"] == "notified"
    assert [h["to_status"] for h in store.history(target.record_uid)][-1] == "notified"
    assert panel.current_row().status == "notified"  # refreshed, selection kept
    dock_action.trigger()
    assert not feature.dock.isVisible()


def test_status_dialog_asks_what_the_step_needs(ledger):
    p, feature, loaded, path = ledger
    feature.toggle_dock(True)
    store = LedgerStore(path)
    row = next(r for r in feature.panel.model.rows if r.status == "proposed")  # the sample's yellow-zone case
    d = feature.change_status(row)
    assert d.statuses() == list(TRANSITIONS["proposed"])
    d.set_status("rectifying")
    assert d.deadlineEdit.isVisibleTo(d) and not d.proposalEdit.isVisibleTo(d)
    d.set_deadline(dt.date.today() - dt.timedelta(days=1))
    assert not d.ok_button().isEnabled() and "deadline" in d.problemsLabel.text()
    d.set_deadline(dt.date.today() + dt.timedelta(days=30))
    d.byEdit.setText("示例执法人员")
    assert d.ok_button().isEnabled()
    d.accept()
    assert store.record(row.record_uid)["deadline"] == dt.date.today() + dt.timedelta(days=30)


def test_reports_dialog_writes_the_pack_and_a_public_export(ledger, tmp_path):
    p, feature, loaded, path = ledger
    _action(p, "Ledger reports and export…").trigger()
    d = feature.dialog
    d.set_period(dt.date.today().year, 0)
    d.folderEdit.setText(str(tmp_path / "reports"))
    d.reportButton.click()
    year = dt.date.today().year
    assert (tmp_path / "reports" / f"wuqing_assessment_{year}.pdf").is_file()
    assert (tmp_path / "reports" / f"wuqing_assessment_{year}.xlsx").is_file()
    d.fileEdit.setText(str(tmp_path / "public.csv"))
    d.publicCheck.setChecked(True)
    d.exportButton.click()
    text = (tmp_path / "public.csv").read_text(encoding="utf-8-sig")
    assert "示例举报人甲" not in text and "WQ-" in text
    assert "8 records written" in d.resultLabel.text()


def test_without_project_data_the_user_is_told(plugin, qgis_iface, canvas, project):
    feature = next(f for f in plugin.features if isinstance(f, LedgerFeature))
    feature.record_at(QgsPointXY(500_000, 4_360_000), None)
    assert feature.dialog is None
    assert any("project data" in m for m in qgis_iface.messageBar().get_messages(1))  # Qgis.Warning
    assert QgsProject.instance().mapLayers() == {}


def test_edited_zones_are_looked_up_afresh(ledger):
    p, feature, loaded, path = ledger
    first = feature.finder(path, loaded.layers)
    assert feature.finder(path, loaded.layers) is first  # kept while nothing changes
    red = loaded["red_zones"]
    assert red.startEditing()
    zone = next(red.getFeatures())
    point = zone.geometry().pointOnSurface().asPoint()
    assert red.changeAttributeValue(zone.id(), red.fields().indexOf("name"), "复核后修改")
    assert red.commitChanges(), red.commitErrors()
    # The same finder, refreshed by the commit: the place shows the zone's new name.
    assert "复核后修改" in [z.name for z in feature.finder(path, loaded.layers).at(point).zones]
