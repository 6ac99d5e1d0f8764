# SPDX-License-Identifier: GPL-2.0-or-later
"""Point queries on the sample: zones at a point, the effective rule, the town, approved land."""
from __future__ import annotations

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY
from shapely.geometry import Point

from wuqing_eco_plugin.layers import project_layers
from wuqing_eco_plugin.layers.geometry import to_shapely
from wuqing_eco_plugin.services.zone_query import ZoneQuery


@pytest.fixture
def loaded(sample_gpkg, project):
    return project_layers.load_layers(project, sample_gpkg)


@pytest.fixture
def query(loaded):
    return ZoneQuery([loaded["red_zones"], loaded["yellow_zones"]], loaded["approved_land"], loaded["towns"])


def _shapes(layer):
    return [(f, to_shapely(f.geometry())) for f in layer.getFeatures()]


def test_every_zone_indexed_once(query, loaded):
    n = sum(1 for _ in loaded["red_zones"].getFeatures()) + sum(1 for _ in loaded["yellow_zones"].getFeatures())
    assert query.zone_count == n


def test_point_in_the_reserve(query, loaded):
    reserve = next(f for f in loaded["red_zones"].getFeatures() if f["name"] == "大黄堡湿地自然保护区")
    p = reserve.geometry().pointOnSurface().asPoint()
    report = query.report(p)
    assert reserve["zone_uid"] in [z.uid for z in report.zones]
    assert report.rule.line_class == "red" and report.rule.nature_reserve
    assert "nature_reserve_law" in report.rule.reasons
    towns = [f["name"] for f, g in _shapes(loaded["towns"]) if g.intersects(Point(p.x(), p.y()))]
    assert report.town == towns[0]


def test_zones_match_an_independent_containment_test(query, loaded):
    shapes = _shapes(loaded["red_zones"]) + _shapes(loaded["yellow_zones"])
    district = to_shapely(next(loaded["district"].getFeatures()).geometry())
    minx, miny, maxx, maxy = district.bounds
    step = 2_500.0
    checked = 0
    y = miny
    while y < maxy:
        x = minx
        while x < maxx:
            expected = sorted(f["zone_uid"] for f, g in shapes if g.intersects(Point(x, y)))
            assert sorted(z.uid for z in query.zones_at(QgsPointXY(x, y))) == expected
            checked += bool(expected)
            x += step
        y += step
    assert checked > 20


def test_approved_land_exception(query, loaded):
    land = next(loaded["approved_land"].getFeatures())
    report = query.report(land.geometry().pointOnSurface().asPoint())
    assert report.approved and report.approved[0].approval_no == land["approval_no"]
    assert report.rule.line_class == "red" and report.rule.approved_land
    assert "construction_red" not in report.rule.categories


def test_outside_and_other_crs(query):
    report = query.report(QgsPointXY(400_000, 4_000_000))
    assert report.zones == () and report.rule.reasons == ("outside",) and report.town is None
    wgs = query.report(QgsPointXY(117.25, 39.43), QgsCoordinateReferenceSystem("EPSG:4326"))
    assert any(z.name == "大黄堡湿地自然保护区" for z in wgs.zones)


def test_query_follows_edits_and_does_not_outlive_its_use(sample_gpkg, tmp_path, project):
    import gc
    import shutil
    import weakref

    from qgis.core import QgsGeometry, QgsVectorLayerUtils

    path = tmp_path / "edit.gpkg"
    shutil.copy(sample_gpkg, path)
    loaded = project_layers.load_layers(project, path)
    query = ZoneQuery([loaded["red_zones"], loaded["yellow_zones"]])
    far = QgsPointXY(497_000, 4_365_000)  # farmland between the zones
    assert query.zones_at(far) == []
    red = loaded["red_zones"]
    square = QgsGeometry.fromWkt("MultiPolygon(((496900 4364900, 497100 4364900, 497100 4365100, "
                                 "496900 4365100, 496900 4364900)))")
    assert red.startEditing()
    feature = QgsVectorLayerUtils.createFeature(red, square, {red.fields().indexOf("name"): "新划红线",
                                                              red.fields().indexOf("zone_type"): "river",
                                                              red.fields().indexOf("data_status"): "draft"})
    assert red.addFeature(feature)
    assert [z.name for z in query.zones_at(far)] == ["新划红线"]  # seen in the edit buffer already
    red.rollBack()
    assert query.zones_at(far) == []
    gone = weakref.ref(query)
    del query
    gc.collect()
    assert gone() is None  # the layers' signals do not keep an old query alive


def test_each_zone_is_read_once_across_two_views_of_one_table():
    from qgis.core import QgsFeature, QgsVectorLayer

    from wuqing_eco_plugin.layers.zone_records import each_zone_once

    layer = QgsVectorLayer("Polygon?crs=EPSG:4548&field=zone_uid:string", "zones", "memory")
    rows = []
    for uid in ("a", "b", None):
        f = QgsFeature(layer.fields())
        f.setAttributes([uid])
        rows.append(f)
    red, yellow = rows, [rows[1], rows[0], rows[2]]  # the same zones read through a second layer
    assert [f["zone_uid"] for f in each_zone_once([*red, *yellow])] == ["a", "b", None, None]
