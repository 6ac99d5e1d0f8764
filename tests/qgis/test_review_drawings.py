# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:export_review_drawings`` on the whole sample, read back as a town official reads
the PDFs: one per town, the right paper, Chinese text embedded and searchable, red and yellow on
the map, areas that match an independent computation, markers on a continuation page, a manifest
whose hashes match."""
from __future__ import annotations

import csv
import hashlib
import json
import re
import subprocess

import pytest
from checks import RecordingFeedback, overlap_layer, pdf_fonts, pdf_pages, pdf_text, red_yellow, sample_layer
from qgis.core import QgsCoordinateTransformContext, QgsFeature, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtGui import QImage
from shapely.geometry import Polygon
from shapely.ops import unary_union

from wuqing_eco_plugin.domain.drawings.sheet import PAGE_FORMATS, QA_MODES
from wuqing_eco_plugin.layers import schema
from wuqing_eco_plugin.layers.geometry import to_shapely
from wuqing_eco_plugin.services.drawings.manifest import verify
from wuqing_eco_plugin.services.drawings.template import layout_from_template, read_template, template_path
from wuqing_eco_plugin.toolbelt.fonts import CJK_FONT
from wuqing_eco_plugin.toolbelt.i18n import install_translator, remove_translator

TITLE = "武清区永久性保护生态区域红线黄线审核图"
ALG = "wuqing_eco:export_review_drawings"


@pytest.fixture(scope="module")
def provider(wuqing_provider):
    return wuqing_provider


@pytest.fixture(scope="module")
def chinese():
    assert install_translator("zh_CN") is not None, "run `make qm`"
    yield
    remove_translator()


def run(params: dict):
    import processing
    feedback = RecordingFeedback()
    return processing.run(ALG, params, feedback=feedback), feedback


@pytest.fixture(scope="module")
def overlaps_layer(sample_gpkg):
    return overlap_layer(sample_gpkg)


@pytest.fixture(scope="module")
def all_towns(tmp_path_factory, sample_gpkg, provider, chinese, overlaps_layer):
    folder = tmp_path_factory.mktemp("drawings")
    result, feedback = run({
        "ZONES": str(sample_gpkg) + "|layername=zones", "TOWNS": str(sample_gpkg) + "|layername=towns",
        "MARKERS": str(sample_gpkg) + "|layername=markers", "OVERLAPS": overlaps_layer,
        "APPROVED": str(sample_gpkg) + "|layername=approved_land", "OUTPUT_FOLDER": str(folder),
        "VERSION": "2025版", "DATE": "2025-09-01",
    })
    return folder, result, feedback


def town_names(gpkg) -> list[str]:
    return [f["name"] for f in sample_layer(gpkg, schema.TOWNS).getFeatures()]


def drawing_of(folder, town):
    files = [p for p in folder.glob("*.pdf") if town in p.name]
    assert len(files) == 1, (town, files)
    return files[0]


def test_one_pdf_per_town_named_after_it(all_towns, sample_gpkg):
    folder, result, _ = all_towns
    names = town_names(sample_gpkg)
    pdfs = sorted(folder.glob("*.pdf"))
    assert len(names) == 30 and len(pdfs) == 30 and result["DRAWINGS"] == 30
    for name in names:
        assert drawing_of(folder, name).stat().st_size > 20_000
    assert result["REFUSED"] == ""


def test_a3_landscape_by_default_with_a_cjk_font_embedded(all_towns):
    folder, _, _ = all_towns
    for pdf in (drawing_of(folder, "王庆坨镇"), drawing_of(folder, "杨村街道")):
        _, (w, h) = pdf_pages(pdf)
        assert (round(w), round(h)) == (420, 297)
        fonts = pdf_fonts(pdf)
        assert fonts and all(" yes " in line for line in fonts), fonts
        assert any(CJK_FONT.replace(" ", "") in line for line in fonts), fonts


def _expected_pieces(gpkg, town):
    """The zones inside ``town`` and their areas, computed here with shapely alone."""
    shape = next(to_shapely(f.geometry()) for f in sample_layer(gpkg, schema.TOWNS).getFeatures()
                 if f["name"] == town)
    out = []
    for f in sample_layer(gpkg, schema.ZONES).getFeatures():
        part = to_shapely(f.geometry()).intersection(shape)
        if part.area >= 1:
            out.append((f["name"], f["line_class"], part))
    return out


@pytest.mark.parametrize("town", ["杨村街道", "王庆坨镇", "大黄堡镇"])
def test_text_has_title_town_zones_and_areas(all_towns, sample_gpkg, town):
    folder, _, _ = all_towns
    text = pdf_text(drawing_of(folder, town), 1)
    for word in (TITLE, town, "区规划局", "制图", "审核", "批准", "2025版", "2025-09-01", "示意数据，非法定边界",
                 "区位图", "图例", "公顷", "亩", "比例尺", "EPSG:4548"):
        assert word in text, word
    assert re.search(r"比例尺\s+1:\d{1,3},000\b", text)  # a round scale the atlas chose
    pieces = _expected_pieces(sample_gpkg, town)
    assert pieces
    for name, _line_class, part in pieces:
        assert name in text, name
        assert f"{part.area / 10_000:.2f}" in text, (name, part.area)
        assert f"{part.area / (10_000 / 15):.1f}" in text, (name, part.area)
    red = unary_union([p for _, c, p in pieces if c == "red"])
    yellow = unary_union([p for _, c, p in pieces if c == "yellow"]).difference(red)
    assert f"{red.area / 10_000:.2f}" in text and f"{yellow.area / 10_000:.2f}" in text  # the class totals


def test_drawing_number_from_the_town_code(all_towns):
    folder, _, _ = all_towns
    assert "WQ-HHX-2025-114" in pdf_text(drawing_of(folder, "王庆坨镇"), 1)


def test_markers_continue_with_their_coordinates(all_towns, sample_gpkg):
    folder, _, _ = all_towns
    pdf = drawing_of(folder, "王庆坨镇")
    pages, _ = pdf_pages(pdf)
    assert pages == 2
    first, second = pdf_text(pdf, 1), pdf_text(pdf, 2)
    assert "第 1 页，共 2 页" in first
    assert "界址点坐标成果表" in second and "王庆坨镇（续）" in second and "第 2 页，共 2 页" in second
    for f in sample_layer(sample_gpkg, schema.MARKERS).getFeatures():
        assert f["marker_no"] in second
        assert f"{f['x_north']:.3f}" in second and f"{f['y_east']:.3f}" in second
    # A town without markers has one page and no coordinate table.
    quiet = drawing_of(folder, "杨村街道")
    assert pdf_pages(quiet)[0] == 1 and "界址点坐标成果表" not in pdf_text(quiet)


def test_legend_lists_only_what_the_sheet_shows(all_towns):
    folder, _, _ = all_towns
    with_markers = pdf_text(drawing_of(folder, "王庆坨镇"), 1)
    without = pdf_text(drawing_of(folder, "杨村街道"), 1)
    assert "界桩标志" in with_markers and "标识牌" in with_markers
    assert "界桩标志" not in without and "标识牌" not in without
    assert "自然保护区红线区" in pdf_text(drawing_of(folder, "大黄堡镇"), 1)
    assert "自然保护区红线区" not in without
    assert "重叠区（按红线区管控）" in without  # the overlap pieces of its crossing belts


def _map_frame_pixels(pdf, tmp_path, project, dpi=50):
    """Red and yellow pixels inside the map frame of page 1 (its place read from the template)."""
    layout = layout_from_template(project, read_template(template_path("a3_landscape")))
    item = layout.itemById("map")
    pos, size = item.positionWithUnits(), item.sizeWithUnits()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "p")],
                   check=True)
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    px = dpi / 25.4
    frame = (pos.x(), pos.y(), pos.x() + size.width(), pos.y() + size.height())
    return red_yellow(image, tuple(int(v * px) for v in frame), step=2)


def test_map_frame_shows_red_and_yellow(all_towns, tmp_path, project):
    folder, _, _ = all_towns
    reds, yellows = _map_frame_pixels(drawing_of(folder, "杨村街道"), tmp_path, project)
    assert reds > 300 and yellows > 50, (reds, yellows)


def test_manifest_lists_every_file_with_its_hash(all_towns, sample_gpkg):
    folder, result, _ = all_towns
    doc = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert result["MANIFEST"] == str(folder / "manifest.json")
    assert doc["issuer"] == "区规划局" and doc["illustrative"] is True and doc["crs"] == "EPSG:4548"
    rows = doc["drawings"]
    assert {r["town"] for r in rows} == set(town_names(sample_gpkg))
    for row in rows:
        data = (folder / row["file"]).read_bytes()
        assert row["sha256"] == hashlib.sha256(data).hexdigest() and row["bytes"] == len(data)
        assert row["version"] == "2025版" and row["date"] == "2025-09-01" and row["page_format"] == "a3_landscape"
    # Every town's zone table fits its sheet; only the town with markers has a second page.
    assert {r["town"]: r["pages"] for r in rows if r["pages"] != 1} == {"王庆坨镇": 2}
    wqt = next(r for r in rows if r["town"] == "王庆坨镇")
    assert wqt["outcome"] == "warning" and wqt["pages"] == 2 and any("损毁" in f for f in wqt["findings"])
    raw = (folder / "manifest.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens the Chinese correctly
    table = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [(r["town"], r["sha256"]) for r in table] == [(r["town"], r["sha256"]) for r in rows]
    assert verify(folder) == []


def test_chosen_towns_on_a4_portrait_and_the_manifest_keeps_the_others(all_towns, tmp_path, sample_gpkg, chinese):
    folder = tmp_path / "out"
    params = {"ZONES": str(sample_gpkg) + "|layername=zones", "TOWNS": str(sample_gpkg) + "|layername=towns",
              "OUTPUT_FOLDER": str(folder), "PAGE": PAGE_FORMATS.codes().index("a4_portrait")}
    result, _ = run(dict(params, TOWN_NAMES="杨村街道、黄庄街道"))
    assert sorted(p.name.split("_")[0] for p in folder.glob("*.pdf")) == ["杨村街道", "黄庄街道"]
    _, (w, h) = pdf_pages(drawing_of(folder, "杨村街道"))
    assert (round(w), round(h)) == (210, 297)
    first = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["drawings"]
    run(dict(params, TOWN_NAMES=["杨村街道"], VERSION="2"))
    rows = {r["town"]: r for r in json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["drawings"]}
    assert set(rows) == {"杨村街道", "黄庄街道"}
    assert rows["杨村街道"]["version"] == "2" and rows["黄庄街道"] == next(r for r in first if r["town"] == "黄庄街道")
    assert rows["杨村街道"]["file"].endswith("_2.pdf") and verify(folder) == []


def test_qa_gate_refuses_a_town_whose_markers_fail(tmp_path, sample_gpkg, provider, chinese):
    result, feedback = run({
        "ZONES": str(sample_gpkg) + "|layername=zones", "TOWNS": str(sample_gpkg) + "|layername=towns",
        "MARKERS": str(sample_gpkg) + "|layername=markers", "TOWN_NAMES": "王庆坨镇,杨村街道",
        "QA_GATE": QA_MODES.codes().index("refuse"), "OUTPUT_FOLDER": str(tmp_path),
    })
    assert result["REFUSED"] == "王庆坨镇" and result["DRAWINGS"] == 1
    assert [p.name.split("_")[0] for p in tmp_path.glob("*.pdf")] == ["杨村街道"]
    row = next(r for r in json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))["drawings"]
               if r["town"] == "王庆坨镇")
    assert row["outcome"] == "refused" and row["file"] == "" and any("超限" in f for f in row["findings"])
    assert any("120114-SK-WQT-0011" in w for w in feedback.warnings)


def _yangcun(gpkg):
    return next(f.geometry() for f in sample_layer(gpkg, schema.TOWNS).getFeatures() if f["name"] == "杨村街道")


def _bowtie_corner(gpkg) -> tuple[float, float]:
    p = _yangcun(gpkg).pointOnSurface().asPoint()
    return p.x(), p.y()


def _bowtie_wkt(gpkg) -> str:
    x, y = _bowtie_corner(gpkg)
    return f"MultiPolygon((({x} {y}, {x + 300} {y + 300}, {x + 300} {y}, {x} {y + 300}, {x} {y})))"


def _zones_with_a_bowtie(gpkg) -> QgsVectorLayer:
    """The sample's zones plus one self-intersecting zone inside 杨村街道."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4548&field=name:string&field=zone_type:string"
                           "&field=line_class:string", "zones", "memory")
    features = []
    for f in sample_layer(gpkg, schema.ZONES).getFeatures():
        g = QgsFeature(layer.fields())
        g.setGeometry(f.geometry())
        g.setAttributes([f["name"], f["zone_type"], f["line_class"]])
        features.append(g)
    bowtie = QgsFeature(layer.fields())
    bowtie.setGeometry(QgsGeometry.fromWkt(_bowtie_wkt(gpkg)))
    bowtie.setAttributes(["测试蝴蝶形区域", "wetland", "红线区"])  # a Chinese label is accepted as the code
    features.append(bowtie)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def test_invalid_zone_is_repaired_reported_and_gated(tmp_path, sample_gpkg, provider, chinese):
    zones_layer = _zones_with_a_bowtie(sample_gpkg)
    towns = str(sample_gpkg) + "|layername=towns"
    warned, feedback = run({"ZONES": zones_layer, "TOWNS": towns, "TOWN_NAMES": "杨村街道",
                            "OUTPUT_FOLDER": str(tmp_path / "warn")})
    assert warned["DRAWINGS"] == 1
    assert any("测试蝴蝶形区域" in w and "已修复" in w for w in feedback.warnings), feedback.warnings
    text = pdf_text(drawing_of(tmp_path / "warn", "杨村街道"), 1)
    # Repaired as both triangles (buffer(0) would have kept one): the area inside the town is theirs.
    x, y = _bowtie_corner(sample_gpkg)
    triangles = Polygon([(x, y), (x + 150, y + 150), (x, y + 300)]).union(
        Polygon([(x + 300, y), (x + 150, y + 150), (x + 300, y + 300)]))
    expected = triangles.intersection(to_shapely(_yangcun(sample_gpkg))).area
    assert "测试蝴蝶形区域" in text and f"{expected / 10_000:.2f}" in text and expected > 8_000
    refused, _ = run({"ZONES": zones_layer, "TOWNS": towns, "TOWN_NAMES": "杨村街道",
                      "QA_GATE": QA_MODES.codes().index("refuse"), "OUTPUT_FOLDER": str(tmp_path / "refuse")})
    assert refused["REFUSED"] == "杨村街道" and not list((tmp_path / "refuse").glob("*.pdf"))


def test_bad_input_gets_a_clear_message(tmp_path, sample_gpkg, provider, chinese):
    from qgis.core import QgsProcessingException

    bare = QgsVectorLayer("MultiPolygon?crs=EPSG:4548&field=name:string", "无类别区域", "memory")
    towns = str(sample_gpkg) + "|layername=towns"
    with pytest.raises(QgsProcessingException, match="zone_type, line_class"):
        run({"ZONES": bare, "TOWNS": towns, "OUTPUT_FOLDER": str(tmp_path)})
    with pytest.raises(QgsProcessingException, match="不存在镇|没有名为 火星镇"):
        run({"ZONES": str(sample_gpkg) + "|layername=zones", "TOWNS": towns, "TOWN_NAMES": "火星镇",
             "OUTPUT_FOLDER": str(tmp_path)})
    assert not list(tmp_path.glob("*.pdf"))


def test_a_marker_that_cannot_be_reprojected_is_reported_not_fatal(chinese):
    """One bad coordinate (here beyond the pole) must not abort the towns' drawings."""
    from wuqing_eco_plugin.services.drawings.data import DrawingInput, _read

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=marker_no:string", "界桩（经纬度）", "memory")
    good, bad = QgsFeature(layer.fields()), QgsFeature(layer.fields())
    good.setGeometry(QgsGeometry.fromWkt("Point (117.05 39.40)"))
    good.setAttributes(["J-1"])
    bad.setGeometry(QgsGeometry.fromWkt("Point (200 95)"))
    bad.setAttributes(["J-2"])
    assert layer.dataProvider().addFeatures([good, bad])[0]
    said = []
    records = _read(DrawingInput.from_layer(layer), polygonal=False, report=said.append,
                    context=QgsCoordinateTransformContext())
    assert [r.text("marker_no") for r in records] == ["J-1"]
    assert records[0].geometry.asPoint().x() == pytest.approx(504_300, abs=1_000)  # EPSG:4548 metres
    bad_fid = next(f.id() for f in layer.getFeatures() if f["marker_no"] == "J-2")
    assert said[-1] == f"界桩（经纬度）：要素 {bad_fid} 无法投影到 EPSG:4548，未绘制"
