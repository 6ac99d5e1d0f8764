# SPDX-License-Identifier: GPL-2.0-or-later
"""The strictest-rule feature as a user drives it: menu, task, dock, map tools, screening PDF."""
from __future__ import annotations

import shutil

import pytest
from checks import pdf_fonts, pdf_pages, pdf_text, wait_until
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt

from wuqing_eco_plugin.services.project_data import open_project_data
from wuqing_eco_plugin.ui.overlaps import dock as strict_rule_dock
from wuqing_eco_plugin.ui.overlaps.feature import OverlapsFeature


@pytest.fixture
def loaded(sample_gpkg, tmp_path, project, qgis_canvas):
    path = tmp_path / "sample.gpkg"
    shutil.copy(sample_gpkg, path)
    layers = open_project_data(project, path)
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4548"))
    qgis_canvas.resize(800, 800)
    qgis_canvas.setExtent(layers["district"].extent())
    return layers


def feature_of(plugin) -> OverlapsFeature:
    return next(f for f in plugin.features if isinstance(f, OverlapsFeature))


def action(plugin, text):
    return next(a for a in plugin.menu.actions() if a.text() == text)


def click(canvas, tool, x, y, button=Qt.LeftButton):
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    event = QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease, QPoint(int(pixel.x()), int(pixel.y())), button)
    tool.canvasReleaseEvent(event)


def test_overlap_analysis_fills_the_table_the_panel_and_zooms(plugin, loaded, qgis_iface):
    feature = feature_of(plugin)
    action(plugin, "Analyse overlaps (strictest rule)").trigger()
    assert feature.task is not None
    wait_until(lambda: feature.task is None)
    stored = list(loaded["overlaps"].getFeatures())
    assert len(stored) > 20
    assert {f["line_class"] for f in stored} <= {"red", "yellow"} and all(f["zone_count"] >= 2 for f in stored)
    panel = feature.dock.overlaps
    assert not feature.dock.isHidden() and feature.dock.tabs.currentWidget() is panel
    assert panel.model.rowCount() == len(stored)
    areas = [panel.record_at(r).area_m2 for r in range(panel.model.rowCount())]
    assert areas == sorted(areas, reverse=True)
    assert sum(areas) == pytest.approx(sum(f["area_m2"] for f in stored), rel=1e-6)
    assert f"{len(stored)} overlaps" in panel.totals.text() and "mu" in panel.totals.text()
    panel.table.selectRow(3)
    chosen = panel.record_at(3)
    centre = QgsGeometry()
    centre.fromWkb(chosen.wkb)
    assert qgis_iface.mapCanvas().extent().contains(centre.boundingBox())
    assert feature.marks.piece.numberOfVertices() > 3
    assert qgis_iface.messageBar().get_messages(Qgis.Success)
    assert not qgis_iface.messageBar().get_messages(Qgis.Critical)


def test_what_applies_here_by_clicking_the_canvas(plugin, loaded, qgis_canvas):
    feature = feature_of(plugin)
    action(plugin, "What applies here?").trigger()
    assert qgis_canvas.mapTool() is feature.point_tool
    reserve = next(f for f in loaded["red_zones"].getFeatures() if f["name"] == "大黄堡湿地自然保护区")
    p = reserve.geometry().pointOnSurface().asPoint()
    click(qgis_canvas, feature.point_tool, p.x(), p.y())
    text = feature.dock.point.browser.toPlainText()
    assert "大黄堡湿地自然保护区" in text and "Red-line zone" in text
    assert "nature-reserve law" in text and "District Forestry Bureau" in text
    assert feature.dock.point.report.town  # the town containing the point
    land = next(loaded["approved_land"].getFeatures())
    q = land.geometry().pointOnSurface().asPoint()
    qgis_canvas.setExtent(land.geometry().boundingBox().buffered(200))  # a pixel must fall inside the land
    click(qgis_canvas, feature.point_tool, q.x(), q.y())
    assert land["approval_no"] in feature.dock.point.browser.toPlainText()
    click(qgis_canvas, feature.point_tool, 400_000, 4_000_000)  # far outside
    assert "Outside every protected zone" in feature.dock.point.browser.toPlainText()


def footprints_layer(rows):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4548&field=name:string", "用地范围", "memory")
    feats = []
    for name, geometry in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(geometry)
        f.setAttributes([name])
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)[0]
    layer.setDisplayExpression('"name"')
    return layer


def test_screen_selected_footprints_and_export_the_pdf(plugin, loaded, qgis_iface, tmp_path, monkeypatch):
    land = next(loaded["approved_land"].getFeatures()).geometry()
    inside = land.buffer(-5, 4)
    reserve = next(f for f in loaded["red_zones"].getFeatures() if f["name"] == "大黄堡湿地自然保护区").geometry()
    c = reserve.pointOnSurface().asPoint()
    in_red = QgsGeometry.fromRect(QgsRectangle(c.x() - 20, c.y() - 20, c.x() + 20, c.y() + 20))
    layer = footprints_layer([("批准用地内项目", inside), ("保护区内项目", in_red)])
    QgsProject.instance().addMapLayer(layer)
    layer.selectAll()
    qgis_iface.setActiveLayer(layer)
    feature = feature_of(plugin)
    action(plugin, "Screen selected footprints").trigger()
    got = {fp.label: fp.result.verdict for fp in feature.footprints}
    assert got == {"批准用地内项目": "approved_land", "保护区内项目": "prohibited"}
    panel = feature.dock.screening
    assert panel.table.rowCount() == 2 and panel.export_button.isEnabled()
    target = tmp_path / "筛查摘要.pdf"
    monkeypatch.setattr(strict_rule_dock, "choose_pdf_target", lambda parent, name: target)
    panel.export_button.click()
    assert target.is_file()
    text = pdf_text(str(target))
    assert "批准用地内项目" in text and "保护区内项目" in text and "Prohibited" in text
    fonts = "\n".join(pdf_fonts(str(target)))
    assert "WenQuanYi" in fonts
    assert pdf_pages(target)[0] == 1


def test_draw_a_footprint_and_screen_it(plugin, loaded, qgis_canvas):
    feature = feature_of(plugin)
    action(plugin, "Draw a footprint and screen it").trigger()
    assert qgis_canvas.mapTool() is feature.footprint_tool
    extent = loaded["district"].extent()
    x, y = extent.xMinimum() + 300, extent.yMinimum() + 300  # the corner of the map, outside every zone
    qgis_canvas.setExtent(QgsRectangle(x - 500, y - 500, x + 3500, y + 3500))  # fine pixels: little rounding
    for dx, dy in ((0, 0), (3000, 0), (3000, 3000)):
        click(qgis_canvas, feature.footprint_tool, x + dx, y + dy)
    click(qgis_canvas, feature.footprint_tool, x, y, Qt.RightButton)
    assert [fp.result.verdict for fp in feature.footprints] == ["clear"]
    assert feature.footprints[0].result.screening.footprint_m2 == pytest.approx(3000 * 3000 / 2, rel=0.05)


def test_zones_are_read_once_for_many_screenings_and_again_after_an_edit(plugin, loaded):
    feature = feature_of(plugin)
    first = feature._screener()
    assert first is not None and feature._screener() is first  # not read again for the next footprint
    zones = loaded["red_zones"]
    assert zones.startEditing()
    fid = next(zones.getFeatures()).id()
    assert zones.deleteFeature(fid)
    again = feature._screener()
    assert again is not first  # the edit buffer counts: the deleted zone is gone from the screening
    assert len(again.screener.zones) == len(first.screener.zones) - 1
    zones.rollBack()
    assert len(feature._screener().screener.zones) == len(first.screener.zones)


def test_nothing_selected_is_explained(plugin, loaded, qgis_iface):
    qgis_iface.setActiveLayer(loaded["towns"])
    action(plugin, "Screen selected footprints").trigger()
    assert qgis_iface.messageBar().get_messages(1)  # warning


@pytest.fixture(autouse=True)
def no_task_left_running():
    """Every test here leaves QGIS's task manager idle (an analysis still running would outlive it)."""
    yield
    assert QgsApplication.taskManager().countActiveTasks() == 0


def test_task_manager_is_idle_afterwards():
    assert QgsApplication.taskManager().countActiveTasks() == 0


def test_cancelling_the_task_keeps_the_old_overlaps(plugin, loaded, qgis_iface):
    feature = feature_of(plugin)
    action(plugin, "Analyse overlaps (strictest rule)").trigger()
    wait_until(lambda: feature.task is None)
    stored = sorted(f["overlap_uid"] for f in loaded["overlaps"].getFeatures())
    assert stored  # a first analysis that the cancelled one must leave in place
    qgis_iface.messageBar().clear_messages()
    action(plugin, "Analyse overlaps (strictest rule)").trigger()
    feature.task.cancel()
    wait_until(lambda: feature.task is None)
    assert sorted(f["overlap_uid"] for f in loaded["overlaps"].getFeatures()) == stored
    infos = qgis_iface.messageBar().get_messages(0)
    assert any("cancelled" in m for m in infos), infos


def test_stored_overlaps_are_listed_when_the_dock_opens(plugin, loaded, qgis_iface):
    feature = feature_of(plugin)
    action(plugin, "Analyse overlaps (strictest rule)").trigger()
    wait_until(lambda: feature.task is None)
    fresh = sorted((r.zone_uids, r.line_class, r.area_m2) for r in feature.dock.overlaps.model.records)
    feature.dock.overlaps.set_records([])  # as after reopening the project
    feature.dock.visibilityChanged.emit(True)
    stored = sorted((r.zone_uids, r.line_class, r.area_m2) for r in feature.dock.overlaps.model.records)
    assert [s[:2] for s in stored] == [f[:2] for f in fresh] and len(stored) > 20
    assert [s[2] for s in stored] == pytest.approx([f[2] for f in fresh], abs=0.006)  # stored to the cm²
