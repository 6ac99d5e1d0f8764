# SPDX-License-Identifier: GPL-2.0-or-later
"""The three marker algorithms through processing.run, as a model or qgis_process would call them."""
from __future__ import annotations

import math

import pytest
from checks import RecordingFeedback
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

from wuqing_eco_plugin.domain.markers.rings import turn_angles, zone_rings
from wuqing_eco_plugin.layers.features import to_python
from wuqing_eco_plugin.layers.geometry import from_shapely, to_shapely

X0, Y0 = 495_000.0, 4_340_000.0
SHAPES = {
    "square": box(X0, Y0, X0 + 1000, Y0 + 1000),
    "concave": Polygon([(X0, Y0), (X0 + 900, Y0), (X0 + 900, Y0 + 350), (X0 + 350, Y0 + 350), (X0 + 350, Y0 + 900),
                        (X0, Y0 + 900)]),
    "holes": box(X0, Y0, X0 + 1200, Y0 + 800).difference(box(X0 + 200, Y0 + 200, X0 + 500, Y0 + 500))
    .difference(Point(X0 + 850, Y0 + 400).buffer(150, 8)),
    "multipart": MultiPolygon([box(X0 + 3000, Y0, X0 + 3400, Y0 + 300),
                               Polygon([(X0 + 2000, Y0 + 600), (X0 + 2500, Y0 + 900), (X0 + 2300, Y0 + 300)])]),
}


#: What every zone input carries (the algorithms stop on zones of unknown type or class).
ZONE_FIELDS = {"zone_uid": QVariant.String, "name": QVariant.String, "zone_type": QVariant.String,
               "line_class": QVariant.String}
RED_RESERVOIR = {"zone_type": "reservoir", "line_class": "red"}


@pytest.fixture(scope="module")
def processing(wuqing_provider):
    import processing as proc

    return proc


def memory_layer(kind: str, fields: dict[str, QVariant.Type], rows: list[tuple[object, dict]]) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:4548", "t", "memory")
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields.items()])
    layer.updateFields()
    feats = []
    for geom, attrs in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(geom if isinstance(geom, QgsGeometry) else from_shapely(geom))
        for k, v in attrs.items():
            f[k] = v
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)[0]
    return layer


@pytest.fixture
def zones_layer():
    fields = {"zone_uid": QVariant.String, "name": QVariant.String, "zone_type": QVariant.String,
              "line_class": QVariant.String, "feature_code": QVariant.String}
    rows = [(geom, {"zone_uid": name, "name": name, "zone_type": "reservoir", "line_class": "red",
                    "feature_code": name[:3].upper()}) for name, geom in SHAPES.items()]
    return memory_layer("MultiPolygon", fields, rows)


def features(result, key="OUTPUT"):
    layer = result[key] if isinstance(result[key], QgsVectorLayer) else QgsVectorLayer(result[key], "out", "ogr")
    return list(layer.getFeatures())


def test_design_keeps_the_three_promises_on_hand_built_polygons(processing, zones_layer):
    result = processing.run("wuqing_eco:design_markers", {"ZONES": zones_layer, "MAX_SPACING": 150,
                                                         "TURN_ANGLE": 20, "OUTPUT": "memory:"})
    out = features(result)
    assert result["COUNT"] == len(out) > 0
    numbers = [f["marker_no"] for f in out]
    assert len(set(numbers)) == len(numbers)
    for name, shape in SHAPES.items():
        mine = [f for f in out if f["zone_uid"] == name]
        pts = [(f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in mine]
        assert all(shape.boundary.distance(Point(p)) < 1e-6 for p in pts), name  # on the boundary
        for ring in zone_rings(shape):  # every corner turning > 20° has a marker
            for corner, angle in zip(ring.coords, turn_angles(ring.coords)):
                if angle > 20:
                    assert min(math.dist(corner, p) for p in pts) < 1e-6, (name, corner)
        for ring in zone_rings(shape):  # consecutive markers along each ring at most 150 m apart
            along = sorted(ring.chainage(*p) for p in pts if ring.distance(*p) < 1e-6)
            gaps = [(b - a) for a, b in zip(along, along[1:])] + [along[0] + ring.length - along[-1]]
            assert max(gaps) <= 150 + 1e-6, name
        seqs = sorted(f["seq"] for f in mine)
        assert seqs == list(range(1, len(mine) + 1)) and {f["kind"] for f in mine} == {"post"}
    square = sorted((f for f in out if f["zone_uid"] == "square"), key=lambda f: f["seq"])
    assert square[0]["marker_no"] == "120114-SK-SQU-0001"
    assert square[0].geometry().asPoint().x() == X0 and square[0].geometry().asPoint().y() == Y0 + 1000


def test_design_with_crossings_and_defaults(processing, zones_layer):
    road = memory_layer("LineString", {"name": QVariant.String},
                        [(LineString([(X0 + 500, Y0 - 50), (X0 + 500, Y0 + 1050)]), {"name": "road"})])
    result = processing.run("wuqing_eco:design_markers", {"ZONES": zones_layer, "CROSSINGS": road,
                                                         "OUTPUT": "memory:"})
    square = [f for f in features(result) if f["zone_uid"] == "square"]
    at_road = [f for f in square if abs(f.geometry().asPoint().x() - (X0 + 500)) < 1e-6]
    assert len(at_road) == 2  # north and south crossings
    assert {f["reason"] for f in square} >= {"turn", "spacing"}


def test_design_repairs_an_invalid_zone_and_says_so(processing):
    bowtie = QgsGeometry.fromWkt(f"POLYGON(({X0} {Y0}, {X0 + 400} {Y0 + 400}, {X0 + 400} {Y0}, {X0} {Y0 + 400}, "
                                 f"{X0} {Y0}))")
    assert not bowtie.isGeosValid()
    layer = memory_layer("Polygon", ZONE_FIELDS, [(bowtie, {"zone_uid": "bow", "name": "蝴蝶形", **RED_RESERVOIR})])
    feedback = RecordingFeedback()
    result = processing.run("wuqing_eco:design_markers", {"ZONES": layer, "OUTPUT": "memory:"}, feedback=feedback)
    assert result["COUNT"] > 0 and any("蝴蝶形" in w for w in feedback.warnings)


def test_design_refuses_zones_without_zone_uid(processing):
    layer = memory_layer("Polygon", {"name": QVariant.String, "zone_type": QVariant.String,
                                     "line_class": QVariant.String},
                         [(box(X0, Y0, X0 + 10, Y0 + 10), {"name": "x", **RED_RESERVOIR})])
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        processing.run("wuqing_eco:design_markers", {"ZONES": layer, "OUTPUT": "memory:"})


@pytest.fixture
def square_zone():
    return memory_layer("Polygon", ZONE_FIELDS,
                        [(SHAPES["square"], {"zone_uid": "sq", "name": "方形", **RED_RESERVOIR})])


def points(rows):
    return memory_layer("Point", {"marker_no": QVariant.String}, [(Point(x, y), {"marker_no": n}) for n, x, y in rows])


def test_check_tolerance_classes_and_offsets(processing, square_zone):
    designed = points([("A", X0 + 200, Y0 + 1000), ("B", X0 + 400, Y0 + 1000), ("C", X0 + 600, Y0 + 1000),
                       ("D", X0 + 800, Y0 + 1000)])
    surveyed = points([("A", X0 + 200, Y0 + 1000.3), ("B", X0 + 400.8, Y0 + 1000), ("C", X0 + 600, Y0 + 1001.2),
                       ("D", X0 + 800, Y0 + 999.5)])
    result = processing.run("wuqing_eco:check_markers", {"ZONES": square_zone, "MARKERS": surveyed,
                                                        "DESIGNED": designed, "OUTPUT": "memory:",
                                                        "ISSUES": "memory:"})
    by_no = {f["marker_no"]: f for f in features(result)}
    assert by_no["A"]["status"] == "ok" and by_no["A"]["deviation_m"] == pytest.approx(0.3)
    assert by_no["B"]["status"] == "warning" and by_no["B"]["offset_m"] == pytest.approx(0.8)
    assert by_no["B"]["deviation_m"] == pytest.approx(0.0)
    assert by_no["C"]["status"] == "fail" and by_no["C"]["zone_uid"] == "sq"
    assert by_no["D"]["status"] == "ok" and by_no["D"]["deviation_m"] == pytest.approx(0.5)  # 0.5 is still ok
    assert (result["OK_COUNT"], result["WARNING_COUNT"], result["FAIL_COUNT"]) == (2, 1, 1)
    issues = {f["issue"] for f in features(result, "ISSUES")}
    assert {"gap", "unmarked_turn"} <= issues  # four markers on one edge leave the rest unmarked
    strict = processing.run("wuqing_eco:check_markers", {"ZONES": square_zone, "MARKERS": surveyed,
                                                        "DESIGNED": designed, "WARNING": 0.1, "TOLERANCE": 0.2,
                                                        "OUTPUT": "memory:"})
    assert {f["marker_no"]: f["status"] for f in features(strict)} == {"A": "fail", "B": "fail", "C": "fail",
                                                                       "D": "fail"}


def test_check_without_design_leaves_offset_empty(processing, square_zone):
    result = processing.run("wuqing_eco:check_markers", {"ZONES": square_zone, "MARKERS": points([("A", X0, Y0)]),
                                                        "OUTPUT": "memory:"})
    f = features(result)[0]
    assert f["status"] == "ok" and to_python(f["offset_m"]) is None and f["deviation_m"] == pytest.approx(0)


def test_check_refuses_warning_above_tolerance(processing, square_zone):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        processing.run("wuqing_eco:check_markers", {"ZONES": square_zone, "MARKERS": points([("A", X0, Y0)]),
                                                   "WARNING": 2, "TOLERANCE": 1, "OUTPUT": "memory:"})


CSV_ROWS = [("JZ01", 4341000.123, 495000.456, 5.2), ("JZ02", 4341100.0, 495200.0, 5.4)]


def write_csv(path, encoding, header, swap=False, prefix=True):
    lines = [",".join(header)]
    for pid, x, y, h in CSV_ROWS:
        y = y + 39_000_000 if prefix else y
        a, b = (y, x) if swap else (x, y)
        lines.append(f"{pid},{a:.3f},{b:.3f},{h},备注{pid}")
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk"])
@pytest.mark.parametrize("swap", [False, True])
def test_import_both_encodings_and_axis_orders(processing, tmp_path, encoding, swap):
    csv = write_csv(tmp_path / "实测.csv", encoding, ("点号", "X坐标", "Y坐标", "高程", "备注"), swap=swap)
    result = processing.run("wuqing_eco:import_survey_csv", {
        "INPUT": str(csv), "X_FIELD": "X坐标", "Y_FIELD": "Y坐标", "ID_FIELD": "点号", "Z_FIELD": "高程",
        "OUTPUT": "memory:"})
    out = features(result)
    assert result["COUNT"] == 2 and result["AXES"] == ("swapped" if swap else "ok")
    assert isinstance(result["OUTPUT"], QgsVectorLayer) and result["OUTPUT"].crs().authid() == "EPSG:4548"
    f = out[0]
    p = f.geometry().asPoint()
    assert (p.y(), p.x()) == (pytest.approx(4341000.123), pytest.approx(495000.456))  # X north, Y east
    assert f["marker_no"] == "JZ01" and f["elevation_m"] == 5.2 and f["备注"] == "备注JZ01"
    assert f["placement"] == ("swapped" if swap else "ok") and f["csv_line"] == 2
    assert f["点号"] == "JZ01"  # the CSV's own columns are kept


def test_import_without_prefix_and_with_default_crs(processing, tmp_path):
    csv = write_csv(tmp_path / "p.csv", "utf-8", ("Name", "N", "E", "H", "Note"), prefix=False)
    result = processing.run("wuqing_eco:import_survey_csv", {"INPUT": str(csv), "X_FIELD": "N", "Y_FIELD": "E",
                                                            "OUTPUT": "memory:"})
    p = features(result)[1].geometry().asPoint()
    assert (p.x(), p.y()) == (pytest.approx(495200.0), pytest.approx(4341100.0))


def test_import_longitude_latitude(processing, tmp_path):
    csv = tmp_path / "ll.csv"
    csv.write_text("点号,纬度,经度\nA,39°12′42.48″,116°56′18.60″\n", encoding="utf-8")
    result = processing.run("wuqing_eco:import_survey_csv", {"INPUT": str(csv), "X_FIELD": "纬度", "Y_FIELD": "经度",
                                                            "CRS": "EPSG:4490", "ID_FIELD": "点号",
                                                            "OUTPUT": "memory:"})
    p = features(result)[0].geometry().asPoint()
    # The sample's marker 120114-SK-WQT-0001 sits at these degrees (its card shows them).
    assert math.hypot(p.x() - 494688.396, p.y() - 4342019.294) < 0.5


def test_import_names_a_missing_column(processing, tmp_path):
    from qgis.core import QgsProcessingException

    csv = write_csv(tmp_path / "m.csv", "utf-8", ("点号", "X", "Y", "H", "备注"))
    with pytest.raises(QgsProcessingException, match="北坐标"):
        processing.run("wuqing_eco:import_survey_csv", {"INPUT": str(csv), "X_FIELD": "北坐标", "Y_FIELD": "Y",
                                                       "OUTPUT": "memory:"})


def test_outputs_in_working_crs_even_from_other_crs_zones(processing):
    wgs = QgsVectorLayer("Polygon?crs=EPSG:4326", "w", "memory")
    wgs.dataProvider().addAttributes([QgsField(n, t) for n, t in ZONE_FIELDS.items()])
    wgs.updateFields()
    f = QgsFeature(wgs.fields())
    f.setGeometry(QgsGeometry.fromWkt("POLYGON((117 39.3, 117.01 39.3, 117.01 39.31, 117 39.31, 117 39.3))"))
    f["zone_uid"] = "w"
    f["zone_type"], f["line_class"] = RED_RESERVOIR["zone_type"], RED_RESERVOIR["line_class"]
    wgs.dataProvider().addFeatures([f])
    out = features(processing.run("wuqing_eco:design_markers", {"ZONES": wgs, "OUTPUT": "memory:"}))
    x, y = out[0].geometry().asPoint().x(), out[0].geometry().asPoint().y()
    assert 480_000 < x < 530_000 and 4_331_000 < y < 4_398_000
    assert to_shapely(out[0].geometry()).is_valid
