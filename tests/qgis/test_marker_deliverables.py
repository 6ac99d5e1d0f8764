# SPDX-License-Identifier: GPL-2.0-or-later
"""Deliverables as a user reads them: the coordinate table (CSV in Excel, PDF text), the marker card,
and the check layer's colours on a rendered map."""
from __future__ import annotations

import csv
import math
import shutil

import pytest
from checks import pdf_fonts, pdf_text
from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from wuqing_eco_plugin.domain.markers.checks import MarkerPoint, Tolerances
from wuqing_eco_plugin.layers import project_layers
from wuqing_eco_plugin.services.markers.card import MarkerCard, reference_points
from wuqing_eco_plugin.services.markers.checks import result_layers, run_checks
from wuqing_eco_plugin.services.markers.coordinate_table import export_zone_table
from wuqing_eco_plugin.services.markers.zones import design_zones
from wuqing_eco_plugin.services.zone_input import load_zones
from wuqing_eco_plugin.toolbelt.fonts import CJK_FONT


@pytest.fixture
def loaded(sample_gpkg, tmp_path, project):
    gpkg = tmp_path / "s.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    return project_layers.load_layers(project, gpkg)


@pytest.fixture
def wqt(loaded):
    return next(f for f in loaded["red_zones"].getFeatures() if f["feature_code"] == "WQT")


def test_two_zones_of_one_name_do_not_overwrite_each_others_table(loaded, wqt, tmp_path, project):
    taken: set[str] = set()
    first = export_zone_table(project, wqt, loaded["markers"], tmp_path, taken=taken)
    second = export_zone_table(project, wqt, loaded["markers"], tmp_path, taken=taken)
    assert first[0] != second[0] and first[1] != second[1]
    assert second[0].stem == first[0].stem + "_2" and second[1].stem == first[1].stem + "_2"
    assert all(p.is_file() for p in (*first[:2], *second[:2]))


def test_coordinate_table_pdf_and_csv_in_chinese(loaded, wqt, tmp_path, project, zh_translator):
    csv_path, pdf_path, table = export_zone_table(project, wqt, loaded["markers"], tmp_path)
    assert "界址点坐标成果表" in pdf_path.name and "红线区" in pdf_path.name
    text = pdf_text(pdf_path)
    for phrase in ("界址点坐标成果表", "王庆坨水库（红线区，水库）", "EPSG:4548", "X为北坐标", "示意数据，非法定边界",
                   "序号", "界桩编号", "至下一点距离（米）"):
        assert phrase in text, phrase
    markers = {f["marker_no"]: f for f in loaded["markers"].getFeatures() if f["kind"] == "post"}
    assert len(table.rows) == 12 and "120114-SK-WQTP-0001" not in text  # the signboard is no boundary point
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert csv_path.read_bytes()[:3] == b"\xef\xbb\xbf"  # Excel reads the BOM as UTF-8
    assert rows[0][:4] == ["所属区域", "序号", "界桩编号", "X（北，米）"]
    body = rows[1:]
    assert [r[2] for r in body] == [f"120114-SK-WQT-{i:04d}" for i in range(1, 13)]  # clockwise from the NW
    for i, r in enumerate(body):
        m = markers[r[2]].geometry().asPoint()
        assert float(r[3]) == pytest.approx(m.y(), abs=5e-4) and float(r[4]) == pytest.approx(m.x(), abs=5e-4)
        nxt = markers[body[(i + 1) % len(body)][2]].geometry().asPoint()
        assert float(r[5]) == pytest.approx(math.hypot(nxt.x() - m.x(), nxt.y() - m.y()), abs=5e-4)
        assert f"{r[2]} {r[3]} {r[4]} {r[5]}" in " ".join(text.split())  # the same figures in the PDF
    fonts = "\n".join(pdf_fonts(pdf_path))
    assert CJK_FONT.replace(" ", "") in fonts


def test_marker_card_lists_the_record_sketch_and_references(loaded, wqt, tmp_path, project, zh_translator):
    marker = next(f for f in loaded["markers"].getFeatures() if f["marker_no"] == "120114-SK-WQT-0001")
    refs = reference_points(marker)
    assert len(refs) == 1  # the sample records one reference object
    name, bearing, distance, pos = refs[0]
    p = marker.geometry().asPoint()
    assert math.hypot(pos.x() - p.x(), pos.y() - p.y()) == pytest.approx(distance)
    assert math.degrees(math.atan2(pos.x() - p.x(), pos.y() - p.y())) % 360 == pytest.approx(bearing)
    photo = tmp_path / "north.png"
    from qgis.PyQt.QtGui import QImage

    image = QImage(64, 48, QImage.Format_RGB32)
    image.fill(QColor(20, 120, 200))
    assert image.save(str(photo))
    marker["photo_n"] = str(photo)
    card = MarkerCard(project, marker, wqt, [loaded["markers"], loaded["red_zones"], loaded["yellow_zones"]])
    pdf = card.export(tmp_path / "card.pdf")
    text = pdf_text(pdf)
    for phrase in ("界桩点之记", "120114-SK-WQT-0001", "王庆坨水库（红线区，水库）", "位置略图", "参照物", name,
                   "照片（北）", f"{marker['x_north']:.3f}", f"{marker['y_east_39']:.3f}", "°", "已埋设", "示意数据"):
        assert phrase in text, phrase
    maps = [i for i in card.layout.items() if i.type() == 65639]  # QgsLayoutItemRegistry.LayoutMap
    assert maps and maps[0].extent().contains(pos) and maps[0].extent().contains(p)


def _render(layers, extent, size=400):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    settings.setOutputSize(QSize(size, size))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def test_check_results_are_green_amber_and_red(loaded):
    zones = load_zones(list(loaded["red_zones"].getFeatures()) + list(loaded["yellow_zones"].getFeatures()),
                       loaded["red_zones"].crs())
    marker = next(f for f in loaded["markers"].getFeatures() if f["marker_no"] == "120114-SK-WQT-0002")
    p = marker.geometry().asPoint()
    # One result, drawn once per status: the marker symbol at the centre takes the status colour.
    pts = [MarkerPoint("ok", p.x(), p.y())]
    report = run_checks(zones, pts, None, Tolerances())
    assert report.results[0].status == "ok"
    results, _ = result_layers(report, zones.names)
    shapes = {"ok": (46, 158, 68), "warning": (240, 160, 0), "fail": (215, 25, 28)}
    for status, rgb in shapes.items():
        layer = results.clone()
        layer.dataProvider().changeAttributeValues(
            {f.id(): {layer.fields().indexOf("status"): status} for f in layer.getFeatures()})
        image = _render([layer], QgsRectangle(p.x() - 20, p.y() - 20, p.x() + 20, p.y() + 20))
        centre = QColor(image.pixel(image.width() // 2, image.height() // 2))
        assert (centre.red(), centre.green(), centre.blue()) == pytest.approx(rgb, abs=12), status


def test_zones_stored_with_labels_are_numbered_as_their_codes():
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    from wuqing_eco_plugin.domain.zones import LINE_CLASSES, ZONE_TYPES

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4548&field=zone_uid:string&field=name:string"
                           "&field=zone_type:string&field=line_class:string", "zones", "memory")
    rows = [("y1", "黄线水库", ZONE_TYPES.label("reservoir", "zh"), LINE_CLASSES.label("yellow", "zh")),
            ("r1", "红线水库", "Reservoir", "RED")]
    feats = []
    for k, values in enumerate(rows):
        f = QgsFeature(layer.fields())
        x, y = 500_000 + k * 10, 4_360_000  # in Wuqing: zones elsewhere are refused (a wrong CRS)
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} {y}, {x + 5} {y}, {x + 5} {y + 5}, {x} {y}))"))
        f.setAttributes(list(values))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    zones = load_zones(layer.getFeatures(), layer.crs())
    assert [z.uid for z in design_zones(zones)] == ["r1", "y1"]  # red first, by its label too
    assert {z.type_short for z in design_zones(zones)} == {ZONE_TYPES["reservoir"].short}
    assert zones.line_classes == {"y1": "yellow", "r1": "red"}
