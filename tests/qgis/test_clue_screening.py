# SPDX-License-Identifier: GPL-2.0-or-later
"""wuqing_eco:screen_clues: every verdict class against shapely, towns by area, points, bad input."""
from __future__ import annotations

import pytest
from checks import RecordingFeedback
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from shapely import affinity
from shapely.geometry import Point, Polygon, box
from shapely.ops import unary_union

from wuqing_eco_plugin.domain.clues.offsets import gcj_to_wgs, wgs_to_gcj
from wuqing_eco_plugin.layers.geometry import from_shapely

X0, Y0 = 505_000.0, 4_370_000.0
WORKING = QgsCoordinateReferenceSystem("EPSG:4548")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def at(geom):
    return affinity.translate(geom, X0, Y0)


RED = at(box(0, 0, 400, 200))
BAND = at(box(0, 200, 400, 300))
BELT = at(box(350, -50, 600, 150))
APPROVED = at(box(100, 50, 160, 150))
TOWN_A, TOWN_B = at(box(-1000, -1000, 250, 1000)), at(box(250, -1000, 1500, 1000))

#: The bow-tie's two lobes, drawn by hand: what its repair must keep.
LOBES = unary_union([at(Polygon([(50, 50), (80, 80), (80, 20)])), at(Polygon([(50, 50), (20, 80), (20, 20)]))])
CLUES = {
    "JC-001": at(box(200, 100, 380, 260)),  # red, band and belt; across both towns, most in 乙镇
    "JC-002": at(box(450, 0, 550, 100)),  # in the yellow belt only
    "JC-003": at(box(110, 60, 150, 140)),  # red, all inside approved land
    "JC-004": at(box(700, 500, 800, 600)),  # nowhere
    "JC-005": at(Polygon([(20, 20), (80, 80), (80, 20), (20, 80)])),  # a bow-tie in red: repaired, both lobes kept
    "JC-006": at(box(60, 100, 130, 180)),  # red, partly in approved land: still prohibited
}
POINTS = {"P-1": at(Point(300, 150)), "P-2": at(Point(500, 50)), "P-3": at(Point(130, 100)),
          "P-4": at(Point(700, 700)), "P-5": at(Point(380, 100))}


def layer_of(rows, kind="Polygon", crs=WORKING, fields="id:string"):
    layer = QgsVectorLayer(f"{kind}?field={fields}", "clues", "memory")
    layer.setCrs(crs)
    transform = QgsCoordinateTransform(WORKING, crs, QgsProject.instance()) if crs != WORKING else None
    features = []
    for geom, *attrs in rows:
        f = QgsFeature(layer.fields())
        if geom is not None:
            g = from_shapely(geom)
            if transform is not None:
                g.transform(transform)
            f.setGeometry(g)
        f.setAttributes(list(attrs))
        features.append(f)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


@pytest.fixture
def world():
    zones = layer_of([(RED, "r1", "北运河", "river", "red"), (BAND, "y1", "北运河", "river", "yellow"),
                      (BELT, "y2", "示例林带", "forest_belt", "yellow")], "MultiPolygon",
                     fields="zone_uid:string&field=name:string&field=zone_type:string&field=line_class:string")
    approved = layer_of([(APPROVED, "津政函〔2015〕示例01号")], "MultiPolygon", fields="approval_no:string")
    towns = layer_of([(TOWN_A, "甲镇"), (TOWN_B, "乙镇")], "MultiPolygon", fields="name:string")
    return zones, approved, towns


def run(params, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run("wuqing_eco:screen_clues", params, context=context, feedback=feedback or RecordingFeedback())


def screen(world, clues, id_field="id", **kw):
    zones, approved, towns = world
    feedback = RecordingFeedback()
    out = run({"INPUT": clues, "ID_FIELD": id_field, "ZONES": zones, "APPROVED": approved, "TOWNS": towns,
               "OUTPUT": "memory:", **kw}, feedback)["OUTPUT"]
    return {f["clue_id"]: f for f in out.getFeatures()}, feedback, out


def expected(geom):
    """The screening computed independently: areas by class (red counts once), the verdict."""
    red = geom.intersection(RED).area
    yellow = geom.intersection(unary_union([BAND, BELT])).difference(RED).area
    approved = geom.intersection(APPROVED).area
    red_outside = geom.intersection(RED).difference(APPROVED).area
    verdict = "prohibited" if red_outside > 0.01 else "needs_approval" if yellow > 0.01 else \
        "approved_land" if red > 0.01 else "clear"
    return verdict, red, yellow, approved


def test_every_verdict_of_polygons_in_another_crs_against_shapely(wuqing_provider, project, world):
    clues = layer_of([(g, n) for n, g in CLUES.items()], crs=WGS84)
    out, feedback, layer = screen(world, clues)
    assert layer.crs().authid() == "EPSG:4548"
    seen = set()
    for number, geom in CLUES.items():
        f = out[number]
        valid = geom if geom.is_valid else LOBES
        verdict, red, yellow, approved = expected(valid)
        seen.add(verdict)
        assert f["verdict"] == verdict, number
        assert f["red_area_m2"] == pytest.approx(red, abs=0.05), number
        assert f["yellow_area_m2"] == pytest.approx(yellow, abs=0.05), number
        assert f["approved_area_m2"] == pytest.approx(approved, abs=0.05), number
    assert seen == {"prohibited", "needs_approval", "approved_land", "clear"}
    crossing = out["JC-001"]
    assert (crossing["town"], crossing["other_towns"]) == ("乙镇", "甲镇")  # 130 m of its 180 m width lie in 乙镇
    assert set(crossing["zone_uids"].split(",")) == {"r1", "y1", "y2"}
    assert crossing["lead_department"] == "construction"  # construction in a red zone: 区建委 leads
    assert {"water", "forestry"} <= set(crossing["departments"].split(","))
    assert not out["JC-004"]["lead_department"]  # outside every zone: nobody to route to
    assert any("JC-005" in w for w in feedback.warnings)  # the bow-tie was repaired and said so


def test_points_take_the_verdict_of_the_zone_containing_them(wuqing_provider, project, world):
    out, _, layer = screen(world, layer_of([(g, n) for n, g in POINTS.items()], "Point"))
    verdicts = {n: f["verdict"] for n, f in out.items()}
    assert verdicts == {"P-1": "prohibited", "P-2": "needs_approval", "P-3": "approved_land", "P-4": "clear",
                        "P-5": "prohibited"}  # P-5 is in red and the yellow belt: red decides
    assert all(f["red_area_m2"] == 0 for f in out.values())  # a point has no area
    assert out["P-2"]["town"] == "乙镇" and out["P-1"]["zone_uids"] == "r1"
    assert layer.geometryType() == 0  # points stay points


def test_a_clue_file_without_its_number_field_or_with_repeated_numbers_is_refused(wuqing_provider, project, world):
    rows = [(CLUES["JC-001"], "A1"), (CLUES["JC-002"], "A2")]
    with pytest.raises(QgsProcessingException, match="no clue number field"):
        screen(world, layer_of(rows, fields="name:string"), id_field="图斑编号")
    with pytest.raises(QgsProcessingException, match="repeated in one batch: A1"):
        screen(world, layer_of([*rows, (CLUES["JC-003"], "A1")]))
    with pytest.raises(QgsProcessingException, match="without a number: 2"):
        screen(world, layer_of([rows[0], (CLUES["JC-003"], None)]))


def test_clues_far_away_or_in_gcj02_are_flagged_not_screened(wuqing_provider, project, world):
    far = at(box(40_000, 40_000, 40_100, 40_100))
    out, feedback, _ = screen(world, layer_of([(far, "F1"), (CLUES["JC-001"], "F2")]))
    assert out["F1"]["flag"] == "outside_district" and not out["F1"]["verdict"]
    assert out["F2"]["verdict"] == "prohibited" and not out["F2"]["flag"]
    assert any("F1" in w and "Far outside" in w for w in feedback.warnings)

    # A layer whose CRS says GCJ-02: every clue flagged
    gcj_crs = QgsCoordinateReferenceSystem.fromWkt(
        'GEOGCS["GCJ-02",DATUM["GCJ_02",SPHEROID["Krasovsky 1940",6378245,298.3]],PRIMEM["Greenwich",0],'
        'UNIT["degree",0.0174532925199433]]')
    assert gcj_crs.isValid()
    out, _, _ = screen(world, layer_of([(CLUES["JC-001"], "G1")], crs=gcj_crs))
    assert out["G1"]["flag"] == "gcj02" and not out["G1"]["verdict"]


def _lonlat(geom):
    """``geom`` (EPSG:4548) in CGCS2000 longitude and latitude, as shapely."""
    from wuqing_eco_plugin.layers.geometry import to_shapely

    g = from_shapely(geom)
    g.transform(QgsCoordinateTransform(WORKING, QgsCoordinateReferenceSystem("EPSG:4490"), QgsProject.instance()))
    return to_shapely(g)


def _shifted(geom_lonlat, fn):
    return affinity.translate(geom_lonlat, 0, 0) if fn is None else \
        Polygon([fn(x, y) for x, y in geom_lonlat.exterior.coords])


def test_a_clue_traced_on_an_internet_map_is_recognised_by_its_stated_centre(wuqing_provider, project, world):
    true = _lonlat(CLUES["JC-001"])
    centre = true.centroid
    traced = _shifted(true, wgs_to_gcj)  # the same place, drawn on a GCJ-02 map
    elsewhere = affinity.translate(true, 0.003, 0.0)  # 260 m off, not the GCJ-02 offset
    rows = [(true, "C1", centre.x, centre.y), (traced, "C2", centre.x, centre.y), (elsewhere, "C3", centre.x, centre.y)]
    layer = QgsVectorLayer("Polygon?field=id:string&field=中心点经度:double&field=中心点纬度:double", "c", "memory")
    layer.setCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    features = []
    for geom, *attrs in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(from_shapely(geom))
        f.setAttributes(attrs)
        features.append(f)
    assert layer.dataProvider().addFeatures(features)[0]
    out, _, _ = screen(world, layer)
    assert out["C1"]["verdict"] == "prohibited" and not out["C1"]["flag"]
    assert out["C2"]["flag"] == "gcj02"
    assert out["C3"]["flag"] == "centre_mismatch"


def test_gcj02_coordinates_are_converted_when_the_user_says_so(wuqing_provider, project, world):
    wgs = _lonlat(CLUES["JC-001"])
    gcj = _shifted(wgs, wgs_to_gcj)
    layer = QgsVectorLayer("Polygon?field=id:string", "c", "memory")
    layer.setCrs(WGS84)
    f = QgsFeature(layer.fields())
    f.setGeometry(from_shapely(gcj))
    f.setAttributes(["G1"])
    assert layer.dataProvider().addFeatures([f])[0]
    as_declared, _, _ = screen(world, layer)
    converted, _, _ = screen(world, layer, COORDINATES=1)
    _, red, yellow, _ = expected(CLUES["JC-001"])
    assert converted["G1"]["red_area_m2"] == pytest.approx(red, rel=1e-3)
    assert converted["G1"]["yellow_area_m2"] == pytest.approx(yellow, rel=1e-3)
    assert as_declared["G1"]["red_area_m2"] != pytest.approx(red, rel=0.05)  # 560 m off: another place
    with pytest.raises(QgsProcessingException, match="longitudes and latitudes"):
        screen(world, layer_of([(CLUES["JC-001"], "X")]), COORDINATES=1)


def test_the_gcj02_formula_against_a_published_value():
    # gcoord's test (hujiulong/gcoord): GCJ-02 (123, 45) is WGS-84 (122.99395597, 44.99804071)
    lon, lat = gcj_to_wgs(123.0, 45.0)
    assert (lon, lat) == (pytest.approx(122.99395597, abs=1e-6), pytest.approx(44.99804071, abs=1e-6))
    assert wgs_to_gcj(lon, lat) == (pytest.approx(123.0, abs=1e-9), pytest.approx(45.0, abs=1e-9))
    assert wgs_to_gcj(10.0, 50.0) == (10.0, 50.0)  # outside China nothing moves
