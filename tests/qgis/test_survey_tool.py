# SPDX-License-Identifier: GPL-2.0-or-later
"""The survey map tool on a real canvas with synthetic mouse events; the marker form; marker history."""
from __future__ import annotations

import shutil

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsRectangle
from qgis.gui import QgsEditorWidgetWrapper, QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, QSize, Qt
from qgis.PyQt.QtGui import QResizeEvent
from qgis.PyQt.QtWidgets import QWidget
from shapely.geometry import Point

from wuqing_eco_plugin.layers import project_layers
from wuqing_eco_plugin.layers.features import to_python
from wuqing_eco_plugin.layers.geometry import to_shapely
from wuqing_eco_plugin.services.markers import history as marker_history
from wuqing_eco_plugin.services.markers.survey import move_marker, new_marker
from wuqing_eco_plugin.services.markers.survey_settings import SurveySettings
from wuqing_eco_plugin.ui.markers.marker_form import MarkerForm
from wuqing_eco_plugin.ui.markers.survey_tool import SurveyMapTool


@pytest.fixture
def loaded(sample_gpkg, tmp_path, project):
    gpkg = tmp_path / "s.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    layers = project_layers.load_layers(project, gpkg)
    yield layers
    marker_history.detach_all()


@pytest.fixture
def wqt(loaded):
    return next(f for f in loaded["red_zones"].getFeatures() if f["feature_code"] == "WQT")


@pytest.fixture
def canvas(qgis_canvas, loaded, wqt):
    # The session canvas is never shown, so its viewport keeps a stub size: give it a real one.
    old = qgis_canvas.viewport().size()
    qgis_canvas.viewport().resize(600, 600)
    qgis_canvas.resizeEvent(QResizeEvent(QSize(600, 600), old))
    assert qgis_canvas.mapSettings().outputSize() == QSize(600, 600)
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4548"))
    qgis_canvas.setLayers([loaded["markers"], loaded["red_zones"], loaded["yellow_zones"]])
    corner = _corner(wqt)
    # About 0.5 m a pixel around a corner of the reservoir's red line.
    qgis_canvas.setExtent(QgsRectangle(corner.x - 150, corner.y - 150, corner.x + 150, corner.y + 150))
    yield qgis_canvas
    qgis_canvas.setLayers([])


def _corner(zone):
    """A vertex of the zone's outer ring with no marker on it (markers sit on most vertices)."""
    ring = to_shapely(zone.geometry()).geoms[0].exterior
    return Point(ring.coords[3])


@pytest.fixture
def tool(canvas, loaded):
    t = SurveyMapTool(canvas, [loaded["red_zones"], loaded["yellow_zones"]], loaded["markers"], tolerance_px=12)
    canvas.setMapTool(t)
    yield t
    canvas.unsetMapTool(t)


def pixel(canvas, x, y) -> QPoint:
    p = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    return QPoint(round(p.x()), round(p.y()))


def event(canvas, kind, pos):
    return QgsMapMouseEvent(canvas, kind, pos, Qt.LeftButton)


def click(tool, canvas, pos):
    tool.canvasReleaseEvent(event(canvas, QEvent.MouseButtonRelease, pos))


def record(signal):
    seen = []
    signal.connect(lambda *args: seen.append(args))
    return seen


def test_click_near_a_vertex_snaps_to_it(tool, canvas, wqt, loaded):
    corner = _corner(wqt)
    hits = record(tool.boundary_clicked)
    pos = pixel(canvas, corner.x, corner.y)
    click(tool, canvas, pos + QPoint(6, -5))
    assert len(hits) == 1
    hit = hits[0][0]
    assert hit.kind == "vertex" and (hit.point.x(), hit.point.y()) == (corner.x, corner.y)
    assert hit.zone()["zone_uid"] in (wqt["zone_uid"], *[f["zone_uid"] for f in loaded["yellow_zones"].getFeatures()])
    assert hit.click_distance_m > 0


def test_click_near_a_segment_snaps_onto_it(tool, canvas, wqt):
    ring = to_shapely(wqt.geometry()).geoms[0].exterior
    a, b = Point(ring.coords[3]), Point(ring.coords[4])
    mid = Point((a.x + b.x) / 2, (a.y + b.y) / 2)
    canvas.setExtent(QgsRectangle(mid.x - 100, mid.y - 100, mid.x + 100, mid.y + 100))
    hits = record(tool.boundary_clicked)
    click(tool, canvas, pixel(canvas, mid.x, mid.y) + QPoint(4, 6))
    hit = hits[0][0]
    assert hit.kind == "segment"
    assert ring.distance(Point(hit.point.x(), hit.point.y())) < 1e-6
    assert hit.point.distance(QgsPointXY(mid.x, mid.y)) < 12 * canvas.mapUnitsPerPixel()


def test_click_far_from_any_boundary_says_so(tool, canvas, wqt):
    inside = wqt.geometry().pointOnSurface().asPoint()
    canvas.setExtent(QgsRectangle(inside.x() - 40, inside.y() - 40, inside.x() + 40, inside.y() + 40))
    hits, misses = record(tool.boundary_clicked), record(tool.missed)
    click(tool, canvas, pixel(canvas, inside.x(), inside.y()))
    assert hits == [] and len(misses) == 1


def _widget(dialog, name):
    for w in dialog.findChildren(QWidget):
        wrapper = QgsEditorWidgetWrapper.fromWidget(w)
        if wrapper is not None and wrapper.field().name() == name:
            return wrapper
    raise AssertionError(name)


def test_new_marker_form_is_prefilled_and_saves(loaded, wqt):
    markers = loaded["markers"]
    corner = _corner(wqt)
    settings = SurveySettings(surveyor="测量员丙")
    feature = new_marker(markers, wqt, QgsPointXY(corner.x, corner.y), settings)
    assert feature["marker_no"] == "120114-SK-WQT-0013"  # after the sample's 0001…0012
    assert feature["zone_uid"] == wqt["zone_uid"] and feature["kind"] == "post" and feature["seq"] == 13
    assert feature["x_north"] == pytest.approx(round(corner.y, 3))
    assert feature["y_east"] == pytest.approx(round(corner.x, 3))
    assert feature["y_east_39"] == pytest.approx(round(corner.x, 3) + 39_000_000)
    assert 116.7 < feature["longitude"] < 117.45 and 39.05 < feature["latitude"] < 39.78
    assert feature["distance_to_boundary_m"] == pytest.approx(0, abs=1e-3) and feature["surveyor"] == "测量员丙"
    notes = []
    form = MarkerForm(markers, None, lambda title, text, level: notes.append(text))
    dialog = form.open_new(feature)
    _widget(dialog, "burial_unit").setValues("武清区规划测绘队", [])
    dialog.accept()
    saved = [f for f in markers.getFeatures() if f["marker_no"] == "120114-SK-WQT-0013"]
    assert len(saved) == 1 and saved[0]["burial_unit"] == "武清区规划测绘队" and not markers.isEditable()
    assert to_python(saved[0]["survey_date"]) is not None
    dialog.deleteLater()


def test_refused_commit_reopens_the_form_with_what_was_typed(loaded, wqt, monkeypatch):
    markers = loaded["markers"]
    corner = _corner(wqt)
    feature = new_marker(markers, wqt, QgsPointXY(corner.x, corner.y), SurveySettings())
    notes = []
    form = MarkerForm(markers, None, lambda title, text, level: notes.append((title, text)))
    dialog = form.open_new(feature)
    _widget(dialog, "burial_unit").setValues("第一测绘队", [])
    monkeypatch.setattr(markers, "commitChanges", lambda *a: False)
    monkeypatch.setattr(markers, "commitErrors", lambda: ["ERROR: disk full"])
    dialog.accept()
    assert any("disk full" in text for _, text in notes)
    again = form.dialog
    assert again is not dialog and again.isVisible()
    assert _widget(again, "burial_unit").value() == "第一测绘队"  # nothing typed is lost
    assert list(markers.editBuffer().addedFeatures()) == []
    monkeypatch.undo()
    again.accept()
    assert [f["burial_unit"] for f in markers.getFeatures() if f["marker_no"] == "120114-SK-WQT-0013"] == ["第一测绘队"]
    dialog.deleteLater()
    again.deleteLater()


def test_drag_a_marker_moves_it_along_with_its_number_and_history(tool, canvas, loaded, wqt):
    markers, history = loaded["markers"], loaded["marker_history"]
    marker = next(f for f in markers.getFeatures() if f["marker_no"] == "120114-SK-WQT-0003")
    start = marker.geometry().asPoint()
    corner = _corner(wqt)
    canvas.setExtent(QgsRectangle(min(start.x(), corner.x) - 100, min(start.y(), corner.y) - 100,
                                  max(start.x(), corner.x) + 100, max(start.y(), corner.y) + 100))
    drags = record(tool.marker_dragged)
    tool.canvasPressEvent(event(canvas, QEvent.MouseButtonPress, pixel(canvas, start.x(), start.y())))
    tool.canvasReleaseEvent(event(canvas, QEvent.MouseButtonRelease, pixel(canvas, corner.x, corner.y) + QPoint(3, 3)))
    fid, hit = drags[0]
    assert fid == marker.id() and hit.kind == "vertex"
    before = sum(1 for _ in history.getFeatures())
    move_marker(markers, history, fid, hit, "测试移动", lambda: "测试员")
    moved = markers.getFeature(fid)
    assert moved["marker_no"] == "120114-SK-WQT-0003" and moved["marker_uid"] == marker["marker_uid"]
    assert (moved["x_north"], moved["y_east"]) == (pytest.approx(round(corner.y, 3)), pytest.approx(round(corner.x, 3)))
    rows = [h for h in history.getFeatures() if h["marker_uid"] == marker["marker_uid"]]
    assert sum(1 for _ in history.getFeatures()) == before + 1
    row = rows[-1]
    mm = 1e-3
    assert row["old_x_north"] == pytest.approx(start.y(), abs=mm)
    assert row["old_y_east"] == pytest.approx(start.x(), abs=mm)
    assert (row["new_x_north"], row["new_y_east"]) == (pytest.approx(corner.y, abs=mm), pytest.approx(corner.x, abs=mm))
    assert row["moved_m"] == pytest.approx(start.distance(QgsPointXY(corner.x, corner.y)), abs=1e-3)
    assert row["changed_by"] == "测试员" and row["note"] == "测试移动" and row["marker_no"] == "120114-SK-WQT-0003"


def test_press_and_release_on_a_marker_opens_it(tool, canvas, loaded):
    marker = next(f for f in loaded["markers"].getFeatures() if f["marker_no"] == "120114-SK-WQT-0005")
    p = marker.geometry().asPoint()
    canvas.setExtent(QgsRectangle(p.x() - 100, p.y() - 100, p.x() + 100, p.y() + 100))
    opened, placed = record(tool.marker_clicked), record(tool.boundary_clicked)
    pos = pixel(canvas, p.x(), p.y())
    tool.canvasPressEvent(event(canvas, QEvent.MouseButtonPress, pos))
    tool.canvasReleaseEvent(event(canvas, QEvent.MouseButtonRelease, pos + QPoint(1, 1)))
    assert opened == [(marker.id(),)] and placed == []


def test_moves_with_any_tool_are_recorded(loaded):
    markers, history = loaded["markers"], loaded["marker_history"]
    marker_history.attach(markers, history, lambda: "编辑员")
    marker = next(f for f in markers.getFeatures() if f["marker_no"] == "120114-SK-WQT-0007")
    p = marker.geometry().asPoint()
    assert markers.startEditing()
    from qgis.core import QgsGeometry

    assert markers.changeGeometry(marker.id(), QgsGeometry.fromPointXY(QgsPointXY(p.x() + 3, p.y() - 4)))
    assert markers.commitChanges(), markers.commitErrors()
    rows = [h for h in history.getFeatures() if h["marker_uid"] == marker["marker_uid"]]
    assert rows[-1]["moved_m"] == pytest.approx(5.0) and rows[-1]["changed_by"] == "编辑员"
    assert markers.getFeature(marker.id())["x_north"] == pytest.approx(round(p.y() - 4, 3))  # fields follow
    # An edit that does not move the marker adds no history row.
    n = sum(1 for _ in history.getFeatures())
    assert markers.startEditing()
    markers.changeAttributeValue(marker.id(), markers.fields().indexOf("notes"), "只改备注")
    assert markers.commitChanges()
    assert sum(1 for _ in history.getFeatures()) == n


def test_a_deleted_markers_layer_leaves_no_recorder(loaded, project):
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    markers, history = loaded["markers"], loaded["marker_history"]
    layer_id = markers.id()
    marker_history.attach(markers, history)
    assert layer_id in marker_history._recorders
    project.removeMapLayer(layer_id)  # the project deletes the layer (later)
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert layer_id not in marker_history._recorders


def test_layers_removed_while_the_tool_is_active_are_skipped(tool, canvas, loaded, project, wqt):
    corner = _corner(wqt)
    misses = record(tool.missed)
    for role in ("red_zones", "yellow_zones", "markers"):
        project.removeMapLayer(loaded[role].id())
    pos = pixel(canvas, corner.x, corner.y)
    tool.canvasPressEvent(event(canvas, QEvent.MouseButtonPress, pos))
    click(tool, canvas, pos)
    assert len(misses) == 1
