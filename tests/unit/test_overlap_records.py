# SPDX-License-Identifier: GPL-2.0-or-later
"""Provenance and the strictest rule of overlap pieces, screening verdicts, geometry repair."""
from __future__ import annotations

import pytest
from shapely.geometry import LineString, Point, Polygon, box

from wuqing_eco_plugin.domain.overlaps.pieces import analyze, totals
from wuqing_eco_plugin.domain.overlaps.screening import Screener
from wuqing_eco_plugin.domain.repair import repair
from wuqing_eco_plugin.domain.rules import ZoneInfo
from wuqing_eco_plugin.domain.units import M2_PER_MU


def zone(uid, line_class, zone_type="river", name=None, **flags):
    return ZoneInfo(uid=uid, name=name or uid, zone_type=zone_type, line_class=line_class, **flags)


def test_red_over_yellow_is_red_with_both_zones_named():
    zones = [zone("y1", "yellow", "forest_belt", "防风林带"), zone("r1", "red", "river", "北运河")]
    records = analyze(zones, [box(0, 0, 100, 100), box(50, 0, 150, 100)])
    assert len(records) == 1
    r = records[0]
    assert r.line_class == "red" and r.zone_count == 2
    assert r.zone_uids == "r1,y1" and r.zone_names == "北运河；防风林带"  # strictest first
    assert r.zone_types == "forest_belt,river"
    assert "red_wins" in r.rule.reasons and r.rule.deciding == ("r1",)
    assert "construction_yellow" not in r.categories.split(",")
    assert r.area_m2 == pytest.approx(5000) and r.area_ha == pytest.approx(0.5)
    assert r.area_mu == pytest.approx(5000 / M2_PER_MU) and r.area_mu == pytest.approx(7.5)


def test_two_yellows_stay_yellow_and_need_consent():
    zones = [zone("a", "yellow"), zone("b", "yellow", "wetland")]
    (r,) = analyze(zones, [box(0, 0, 10, 10), box(5, 5, 15, 15)])
    assert r.line_class == "yellow" and "all_yellow" in r.rule.reasons
    assert "construction_yellow" in r.categories.split(",") and "construction_red" not in r.categories


def test_three_way_overlap_and_its_departments():
    zones = [zone("river", "red", "river", water_supply=True), zone("belt", "yellow", "forest_belt", road_belt=True),
             zone("reserve", "red", "wetland", nature_reserve=True)]
    geoms = [box(0, 0, 30, 10), box(10, -10, 20, 20), Point(15, 5).buffer(3, resolution=32)]
    records = analyze(zones, geoms)
    three = [r for r in records if r.zone_count == 3]
    assert len(three) == 1
    r = three[0]
    assert r.line_class == "red" and r.rule.nature_reserve and r.water_supply_ban
    assert set(r.departments.split(",")) == {"water", "forestry", "landscaping"}
    cats = r.categories.split(",")
    assert {"tourism_water_sports", "poaching", "forest_condition", "shoreline_fill"} <= set(cats)
    assert {"nature_reserve_law", "water_supply_ban", "union_of_bans"} <= set(r.reasons.split(","))
    assert [x.area_m2 for x in records] == sorted((x.area_m2 for x in records), reverse=True)
    t = totals(records)
    assert t.count == len(records) and t.area_m2 == pytest.approx(sum(x.area_m2 for x in records))
    assert t.red_m2 + t.yellow_m2 == pytest.approx(t.area_m2)


def test_river_crossing_a_forest_belt():
    river = LineString([(0, 50), (200, 50)]).buffer(10, cap_style=2)
    belt = LineString([(100, 0), (100, 200)]).buffer(25, cap_style=2)
    zones = [zone("river", "red", "river"), zone("belt", "red", "forest_belt")]
    (r,) = analyze(zones, [river, belt], all_pieces=False)
    assert r.area_m2 == pytest.approx(20 * 50)
    assert r.rule.reasons[0] == "all_red" and set(r.departments.split(",")) == {"water", "forestry"}
    pieces = analyze(zones, [river, belt], all_pieces=True)
    assert sum(p.area_m2 for p in pieces) == pytest.approx(river.union(belt).area)
    assert {p.zone_count for p in pieces} == {1, 2}


@pytest.fixture
def screener():
    zones = [zone("red", "red"), zone("yellow", "yellow")]
    geoms = [box(0, 0, 100, 100), box(100, 0, 200, 100)]
    approved = [box(10, 10, 40, 40)]
    return Screener(zones, geoms, approved)


@pytest.mark.parametrize("footprint, verdict, red, yellow, approved", [
    (box(50, 50, 60, 60), "prohibited", 100, 0, 0),
    (box(20, 20, 30, 30), "approved_land", 100, 0, 100),
    (box(30, 30, 50, 40), "prohibited", 200, 0, 100),  # partly outside the approved land
    (box(150, 50, 160, 60), "needs_approval", 0, 100, 0),
    (box(95, 50, 105, 60), "prohibited", 50, 50, 0),
    (box(300, 300, 310, 310), "clear", 0, 0, 0),
    (box(200, 0, 210, 10), "clear", 0, 0, 0),  # touches the yellow zone's edge only
])
def test_screening_verdicts(screener, footprint, verdict, red, yellow, approved):
    s = screener.screen(footprint)
    assert s.verdict == verdict
    expected = (pytest.approx(red), pytest.approx(yellow), pytest.approx(approved))
    assert (s.red_m2, s.yellow_m2, s.approved_m2) == expected


def test_yellow_counts_once_under_red_and_approved_land_spares_only_red():
    zones = [zone("red", "red"), zone("yellow", "yellow")]
    s = Screener(zones, [box(0, 0, 10, 10), box(0, 0, 20, 10)], [box(0, 0, 10, 10)]).screen(box(5, 0, 15, 10))
    assert (s.red_m2, s.yellow_m2, s.approved_m2) == (pytest.approx(50), pytest.approx(50), pytest.approx(50))
    assert s.verdict == "needs_approval" and s.red_outside_approved_m2 == pytest.approx(0)


def test_repairs_are_reported_never_silent():
    bowtie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])
    fixed = repair(bowtie)
    assert fixed.codes == ("repaired",) and "Self-intersection" in fixed.detail
    assert fixed.geometry.is_valid and fixed.geometry.area == pytest.approx(50)
    spike = Polygon([(0, 0), (10, 0), (10, 5), (20, 5), (10, 5), (10, 10), (0, 10), (0, 0)])
    fixed = repair(spike)
    assert fixed.geometry.is_valid and fixed.geometry.area == pytest.approx(100) and fixed.changed
    assert repair(None).skipped and repair(None).codes == ("null",)
    assert repair(Polygon()).codes == ("empty",)
    flat = repair(Polygon([(0, 0), (10, 0), (20, 0), (0, 0)]))
    assert flat.skipped and flat.codes[-1] == "empty"
    good = repair(box(0, 0, 1, 1))
    assert not good.changed and good.geometry.area == 1


def test_a_valid_multipolygon_is_kept_and_a_collection_of_overlapping_polygons_is_merged():
    from shapely.geometry import GeometryCollection, MultiPolygon

    two = MultiPolygon([box(0, 0, 1, 1), box(2, 0, 3, 1)])
    kept = repair(two)
    assert kept.geometry is two and not kept.changed
    overlapping = GeometryCollection([box(0, 0, 2, 2), box(1, 1, 3, 3)])  # valid as a collection
    merged = repair(overlapping)
    assert merged.codes == ("repaired",) and merged.geometry.is_valid
    assert merged.geometry.area == pytest.approx(7)


def test_pieces_of_one_cover_share_what_follows_from_it():
    river = LineString([(0, 50), (300, 50)]).buffer(10, cap_style=2)
    belt = box(100, 0, 200, 200).difference(box(120, 0, 180, 200))  # two arms: the river crosses it twice
    zones = [zone("river", "red", "river", "北运河", water_supply=True), zone("belt", "yellow", "forest_belt", "林带")]
    first, second = analyze(zones, [river, belt])
    assert first.cover is second.cover and first.zones == (zones[0], zones[1])
    assert first.values() == {
        "zone_count": 2, "zone_types": "forest_belt,river", "line_class": "red", "zone_names": "北运河；林带",
        "zone_uids": "river,belt", "departments": ",".join(first.rule.departments),
        "categories": ",".join(first.rule.categories), "reasons": ",".join(first.rule.reasons),
        "nature_reserve": False, "water_supply_ban": True, "national_red_line": False, "deciding_uids": "river",
        "area_m2": 400.0, "area_ha": 0.04, "area_mu": round(400 / M2_PER_MU, 3)}
    assert first.water_supply_ban and first.zone_names == "北运河；林带" and first.line_class == "red"
