# SPDX-License-Identifier: GPL-2.0-or-later
"""wuqing_eco:analyze_overlaps and wuqing_eco:screen_project as other tools call them."""
from __future__ import annotations

import pytest
from checks import RecordingFeedback
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProject,
    QgsVectorLayer,
)
from shapely import wkb
from shapely.geometry import Polygon, box
from shapely.ops import unary_union

from tests.reference import pairwise_overlap
from wuqing_eco_plugin.layers.geometry import to_shapely

X0, Y0 = 500_000.0, 4_360_000.0


def make_layer(rows, crs="EPSG:4548", fields="zone_type:string&field=line_class:string&field=name:string"):
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs}&field={fields}", "zones", "memory")
    feats = []
    for geom, *attrs in rows:
        f = QgsFeature(layer.fields())
        if geom is not None:
            g = QgsGeometry()
            g.fromWkb(wkb.dumps(geom))
            f.setGeometry(g)
        f.setAttributes(list(attrs))
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)[0]
    return layer


def shifted(geom):
    from shapely import affinity
    return affinity.translate(geom, X0, Y0)


CASES = [
    (shifted(box(0, 0, 100, 100)), "river", "red", "北运河"),
    (shifted(box(50, 0, 150, 100)), "forest_belt", "yellow", "防风林带"),
    (shifted(box(120, 20, 200, 80)), "wetland", "yellow", "湿地"),
]


def run(alg, params, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(alg, params, context=context, feedback=feedback or RecordingFeedback())


def features(layer):
    return list(layer.getFeatures())


def test_contract_fields_areas_and_classes(wuqing_provider, project):
    out = run("wuqing_eco:analyze_overlaps", {"INPUT": make_layer(CASES), "OUTPUT": "memory:"})["OUTPUT"]
    assert out.crs().authid() == "EPSG:4548"
    names = out.fields().names()
    for name in ("zone_count", "zone_types", "line_class", "zone_names", "zone_uids", "departments", "area_m2"):
        assert name in names
    rows = sorted(features(out), key=lambda f: -f["area_m2"])
    assert [(f["zone_count"], f["line_class"], f["zone_types"]) for f in rows] == [
        (2, "red", "forest_belt,river"), (2, "yellow", "forest_belt,wetland")]
    assert rows[0]["area_m2"] == pytest.approx(5000) and rows[1]["area_m2"] == pytest.approx(30 * 60)
    assert rows[0]["zone_names"] == "北运河；防风林带"
    assert set(rows[0]["departments"].split(",")) == {"water", "forestry"}
    assert all(f.geometry().area() == pytest.approx(f["area_m2"], abs=0.01) for f in rows)
    every = run("wuqing_eco:analyze_overlaps", {"INPUT": make_layer(CASES), "ALL_PIECES": True,
                                                 "OUTPUT": "memory:"})["OUTPUT"]
    union = unary_union([g for g, *_ in CASES])
    assert sum(f["area_m2"] for f in features(every)) == pytest.approx(union.area, rel=1e-9)
    assert {f["zone_count"] for f in features(every)} == {1, 2}


def test_each_piece_says_what_applies_and_why(wuqing_provider, project):
    from wuqing_eco_plugin.domain.rules import REASONS
    from wuqing_eco_plugin.domain.zones import LINE_CLASSES, ZONE_TYPES
    from wuqing_eco_plugin.toolbelt.i18n import ui_language

    lang = ui_language()
    out = run("wuqing_eco:analyze_overlaps", {"INPUT": make_layer(CASES), "OUTPUT": "memory:"})["OUTPUT"]
    red, yellow = sorted(features(out), key=lambda f: -f["area_m2"])
    for row, zones in ((red, (("北运河", "red", "river"), ("防风林带", "yellow", "forest_belt"))),
                       (yellow, (("湿地", "yellow", "wetland"), ("防风林带", "yellow", "forest_belt")))):
        lines = row["summary"].split("\n")
        assert len(lines) == 5
        # English sentences keep English punctuation: "北运河 (Red-line zone, River)"
        open_, comma, close = ("（", "，", "）") if lang == "zh" else (" (", ", ", ")")
        sep = "；" if lang == "zh" else "; "
        assert lines[0].endswith(sep.join(f"{name}{open_}{LINE_CLASSES.label(c, lang)}{comma}"
                                          f"{ZONE_TYPES.label(t, lang)}{close}" for name, c, t in zones))
        assert LINE_CLASSES.label(row["line_class"], lang) in lines[1]
        assert lines[2] == "；".join(REASONS.label(code, lang) for code in row["reasons"].split(","))


def test_other_crs_is_transformed_and_areas_match_pairwise(wuqing_provider, project):
    to_wgs = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4548"),
                                    QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    rows = []
    for geom, *attrs in CASES:
        g = QgsGeometry()
        g.fromWkb(wkb.dumps(geom))
        g = g.densifyByDistance(10.0)  # vertices every 10 m, so the shape survives the round trip
        g.transform(to_wgs)
        rows.append((to_shapely(g), *attrs))
    out = run("wuqing_eco:analyze_overlaps", {"INPUT": make_layer(rows, "EPSG:4326"), "OUTPUT": "memory:"})["OUTPUT"]
    got = sum(f["area_m2"] for f in features(out))
    back = []
    for geom, *_ in rows:
        g = QgsGeometry()
        g.fromWkb(wkb.dumps(geom))
        g.transform(to_wgs, QgsCoordinateTransform.ReverseTransform)
        back.append(to_shapely(g))
    assert got == pytest.approx(pairwise_overlap(back).area, rel=1e-6)
    assert got == pytest.approx(5000 + 1800, rel=1e-3)


def test_broken_geometries_are_repaired_and_reported(wuqing_provider, project):
    bowtie = Polygon([(X0, Y0), (X0 + 100, Y0 + 100), (X0 + 100, Y0), (X0, Y0 + 100), (X0, Y0)])
    rows = [(bowtie, "river", "red", "蝴蝶结"), (shifted(box(0, 0, 100, 50)), "wetland", "yellow", "矩形"),
            (None, "river", "red", "空几何")]
    feedback = RecordingFeedback()
    out = run("wuqing_eco:analyze_overlaps", {"INPUT": make_layer(rows), "OUTPUT": "memory:"}, feedback)["OUTPUT"]
    assert any("蝴蝶结" in w and "Self-intersection" in w for w in feedback.warnings), feedback.warnings
    assert any("空几何" in w for w in feedback.warnings)
    # the two triangles of the bow-tie each overlap the rectangle's lower half
    assert sum(f["area_m2"] for f in features(out)) == pytest.approx(2 * 50 * 50 / 2)


def test_a_sliver_between_two_digitisations_is_reported_not_written(wuqing_provider, project):
    # The shared edge digitised again with a notch 10 µm deep over 10 cm: further off than the
    # touches closed before noding (a few µm at these coordinates), a thread of 5·10⁻⁷ m².
    edge = X0 + 100.0
    yellow = Polygon([(edge, Y0), (X0 + 200, Y0), (X0 + 200, Y0 + 100), (edge, Y0 + 100),
                      (edge, Y0 + 50.1), (edge - 1e-5, Y0 + 50.05), (edge, Y0 + 50)])
    rows = [(shifted(box(0, 0, 100, 100)), "river", "red", "红线"), (yellow, "river", "yellow", "黄线")]
    feedback = RecordingFeedback()
    out = run("wuqing_eco:analyze_overlaps", {"INPUT": make_layer(rows), "OUTPUT": "memory:"}, feedback)["OUTPUT"]
    assert features(out) == []
    assert any(info.startswith("1 ") and "1 mm²" in info for info in feedback.infos), feedback.infos


def test_large_inputs_run_in_strips_on_threads_with_the_same_result(wuqing_provider, project, monkeypatch):
    from benchmarks.zone_generator import generate
    from wuqing_eco_plugin.domain.overlaps import overlay

    zones = generate(40, seed=11)
    rows = [(z.geometry, z.zone_type, z.line_class, z.name) for z in zones]
    whole = run("wuqing_eco:analyze_overlaps", {"INPUT": make_layer(rows), "OUTPUT": "memory:"})["OUTPUT"]
    monkeypatch.setattr(overlay, "STRIP_VERTICES", 2_000)  # these zones have about 40 000 vertices
    split = run("wuqing_eco:analyze_overlaps", {"INPUT": make_layer(rows), "OUTPUT": "memory:"})["OUTPUT"]
    key = sorted((f["zone_uids"], round(f["area_m2"], 1)) for f in features(whole))
    assert sorted((f["zone_uids"], round(f["area_m2"], 1)) for f in features(split)) == key
    written = features(split)  # areas written to the centimetre
    assert sum(f["area_m2"] for f in written) == pytest.approx(
        pairwise_overlap([z.geometry for z in zones]).area, abs=0.005 * len(written))


def test_missing_fields_and_unknown_codes_fail_clearly(wuqing_provider, project):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="line_class"):
        run("wuqing_eco:analyze_overlaps", {"INPUT": make_layer([(shifted(box(0, 0, 1, 1)), "river")],
                                                                fields="zone_type:string"), "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="lake"):
        run("wuqing_eco:analyze_overlaps", {"INPUT": make_layer([(shifted(box(0, 0, 1, 1)), "lake", "red", "湖")]),
                                            "OUTPUT": "memory:"})
    labelled = make_layer([(shifted(box(0, 0, 10, 10)), "河流", "红线区", "甲"), (shifted(box(5, 0, 15, 10)), "WETLAND",
                                                                                "Yellow", "乙")])
    out = run("wuqing_eco:analyze_overlaps", {"INPUT": labelled, "OUTPUT": "memory:"})["OUTPUT"]
    assert [(f["line_class"], f["zone_types"]) for f in features(out)] == [("red", "river,wetland")]


def test_screen_project_verdicts(wuqing_provider, project):
    zones = make_layer([(shifted(box(0, 0, 100, 100)), "river", "red", "红"),
                        (shifted(box(100, 0, 200, 100)), "forest_belt", "yellow", "黄")])
    approved = make_layer([(shifted(box(10, 10, 40, 40)), "批复-1")], fields="approval_no:string")
    footprints = make_layer([
        (shifted(box(50, 50, 60, 60)), "甲"), (shifted(box(20, 20, 30, 30)), "乙"),
        (shifted(box(150, 50, 160, 60)), "丙"), (shifted(box(300, 300, 310, 310)), "丁"), (None, "空")],
        fields="project:string")
    feedback = RecordingFeedback()
    out = run("wuqing_eco:screen_project", {"ZONES": zones, "APPROVED": approved, "INPUT": footprints,
                                            "OUTPUT": "memory:"}, feedback)["OUTPUT"]
    got = {f["project"]: (f["verdict"], f["red_area_m2"], f["yellow_area_m2"], f["approved_area_m2"])
           for f in features(out)}
    assert got == {"甲": ("prohibited", 100, 0, 0), "乙": ("approved_land", 100, 0, 100),
                   "丙": ("needs_approval", 0, 100, 0), "丁": ("clear", 0, 0, 0)}
    assert any(w.startswith("Feature 5") and "skipped" in w for w in feedback.warnings), feedback.warnings
    reasons = {f["project"]: f["reason"] for f in features(out)}
    assert "批复-1" in reasons["乙"] and "100.0" in reasons["甲"]


def test_cancel_stops_without_output(wuqing_provider, project):
    feedback = RecordingFeedback()
    feedback.cancel()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("wuqing_eco:analyze_overlaps")
    params = {"INPUT": make_layer(CASES), "OUTPUT": "memory:"}
    assert algorithm.prepare(params, context, feedback)
    assert algorithm.runPrepared(params, context, feedback) == {}


def test_a_cancel_once_writing_began_still_writes_every_piece(wuqing_provider, project, monkeypatch):
    """Pieces are written in chunks, but whole: a cancel that comes while they are written leaves
    the complete output, never a part of it that reads as fewer overlaps."""
    from wuqing_eco_plugin.layers import sink_writing

    class CancelWhileWriting(RecordingFeedback):
        def setProgress(self, progress):  # noqa: N802 - QGIS override
            super().setProgress(progress)
            if progress > 90:  # the first chunk is written
                self.cancel()

    monkeypatch.setattr(sink_writing, "CHUNK", 1)
    feedback = CancelWhileWriting()
    out = run("wuqing_eco:analyze_overlaps", {"INPUT": make_layer(CASES), "OUTPUT": "memory:"}, feedback)["OUTPUT"]
    assert feedback.isCanceled() and feedback.progress() == pytest.approx(100)
    assert sorted(round(f["area_m2"]) for f in features(out)) == [1800, 5000]


def test_screen_project_transforms_and_repairs_footprints(wuqing_provider, project):
    zones = make_layer([(shifted(box(0, 0, 100, 100)), "river", "red", "红")])
    to_wgs = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4548"),
                                    QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    bowtie = Polygon([(X0 + 40, Y0 + 40), (X0 + 60, Y0 + 60), (X0 + 60, Y0 + 40), (X0 + 40, Y0 + 60)])
    rows = []
    for name, geom in (("方块", shifted(box(90, 0, 110, 10))), ("蝴蝶结", bowtie)):
        g = QgsGeometry()
        g.fromWkb(wkb.dumps(geom))
        g.transform(to_wgs)
        rows.append((to_shapely(g), name))
    footprints = make_layer(rows, "EPSG:4326", fields="project:string")
    feedback = RecordingFeedback()
    out = run("wuqing_eco:screen_project", {"ZONES": zones, "INPUT": footprints, "OUTPUT": "memory:"},
              feedback)["OUTPUT"]
    assert out.crs().authid() == "EPSG:4326"
    got = {f["project"]: f for f in features(out)}
    assert got["方块"]["red_area_m2"] == pytest.approx(100, rel=1e-3) and got["方块"]["verdict"] == "prohibited"
    assert got["蝴蝶结"]["red_area_m2"] == pytest.approx(200, rel=1e-3)  # both triangles counted
    assert any("Self-intersection" in w for w in feedback.warnings), feedback.warnings


def _sample_pieces(sample_gpkg, tmp_path):
    """A copy of the sample GeoPackage and the overlap records of its zones."""
    import shutil

    from wuqing_eco_plugin.domain.overlaps.pieces import analyze
    from wuqing_eco_plugin.layers import storage
    from wuqing_eco_plugin.services.zone_input import load_zones

    path = tmp_path / "sample.gpkg"
    shutil.copy(sample_gpkg, path)
    source = QgsVectorLayer(storage.uri(path, "zones"), "zones", "ogr")
    zones = load_zones(source.getFeatures(), source.crs())
    return path, analyze(zones.infos, zones.geometries)


def test_a_new_analysis_replaces_every_stored_piece(sample_gpkg, tmp_path):
    from wuqing_eco_plugin.layers import storage
    from wuqing_eco_plugin.services.overlaps.analysis import replace_overlaps

    path, records = _sample_pieces(sample_gpkg, tmp_path)
    layer = QgsVectorLayer(storage.uri(path, "overlaps"), "overlaps", "ogr")
    uids = []
    for _ in range(2):
        assert replace_overlaps(layer, records) == len(records)
        stored = features(QgsVectorLayer(storage.uri(path, "overlaps"), "again", "ogr"))  # as written
        assert len(stored) == len(records)
        uids.append({f["overlap_uid"] for f in stored})
        assert len(uids[-1]) == len(records) and all(len(u) == 36 and "{" not in u for u in uids[-1])
        for f in stored:
            assert f.geometry().wkbType() == 6  # MultiPolygon
            assert f.geometry().area() == pytest.approx(f["area_m2"], abs=0.01)
            assert str(f["zone_count"]) in f["summary"].split("\n")[0] and not f["analyzed_at"].isNull()
    assert not uids[0] & uids[1]  # every piece of the first analysis is gone


def test_any_provider_stores_the_same_pieces(sample_gpkg, tmp_path):
    """The desktop's store needs only a layer of the overlaps table: a memory layer gets what the
    GeoPackage gets, field by field, in the same order."""
    from wuqing_eco_plugin.layers import storage
    from wuqing_eco_plugin.services.overlaps.analysis import overlap_fields, replace_overlaps

    path, records = _sample_pieces(sample_gpkg, tmp_path)
    gpkg_layer = QgsVectorLayer(storage.uri(path, "overlaps"), "overlaps", "ogr")
    memory_layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4548", "overlaps", "memory")
    memory_layer.dataProvider().addAttributes(overlap_fields().toList())
    memory_layer.updateFields()
    stored = []
    for layer in (gpkg_layer, memory_layer):
        assert replace_overlaps(layer, records) == len(records)
        stored.append([({n: f[n] for n in layer.fields().names() if n not in ("fid", "overlap_uid", "analyzed_at")},
                        f.geometry().asWkt(3)) for f in layer.getFeatures()])
    assert len(stored[0]) == len(records) > 100 and stored[0] == stored[1]
    assert [row["area_m2"] for row, _ in stored[1]] == [round(r.area_m2, 2) for r in records]


def test_a_geopackage_a_memory_layer_and_a_postgis_table_get_the_same_pieces(wuqing_provider, project, sample_gpkg,
                                                                           tmp_path, pg_db, monkeypatch):
    """The pieces are written in chunks on a helper thread, whatever the output: a GeoPackage (GDAL),
    a memory layer and a table of the shared database (the postgres provider, through QGIS's exporter)
    receive every piece, in the same order (largest first), with the same fields and geometries."""
    from wuqing_eco_plugin.layers import sink_writing, storage

    monkeypatch.setattr(sink_writing, "CHUNK", 40)  # the sample's 334 pieces in 9 chunks
    zones = QgsVectorLayer(storage.uri(sample_gpkg, "zones"), "zones", "ogr")
    pg = pg_db.cluster
    destinations = {
        "memory": "memory:",
        "gpkg": str(tmp_path / "pieces.gpkg"),
        "postgis": f"postgis:dbname='{pg_db.name}' host={pg.host} port={pg.port} user='postgres' "
                   'table="public"."pieces_out" (geom)',
    }
    written = {}
    for kind, destination in destinations.items():
        out = run("wuqing_eco:analyze_overlaps", {"INPUT": zones, "OUTPUT": destination})["OUTPUT"]
        layer = out if kind == "memory" else QgsVectorLayer(out.removeprefix("postgis:"), kind,
                                                            "postgres" if kind == "postgis" else "ogr")
        assert layer.isValid() and layer.featureCount() == 334
        names = [n for n in layer.fields().names() if n not in ("fid", "id", "overlap_uid", "analyzed_at")]
        written[kind] = [({n: f[n] for n in names}, f.geometry().asWkt(3))
                         for f in layer.getFeatures(QgsFeatureRequest().addOrderBy("$id"))]  # as written
    assert pg_db.sql("SELECT count(*) FROM public.pieces_out")[0][0] == 334
    assert written["gpkg"] == written["memory"] == written["postgis"]
    areas = [row["area_m2"] for row, _ in written["memory"]]
    assert areas == sorted(areas, reverse=True) and areas[0] > areas[-1]
