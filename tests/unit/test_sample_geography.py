# SPDX-License-Identifier: GPL-2.0-or-later
"""The sample geography tables, checked without QGIS (shapely in lon/lat and a local equal-area
projection that is independent of the generator's EPSG:4548 transform)."""
from __future__ import annotations

import math
import re
import subprocess
import sys
from pathlib import Path

import pytest
from shapely.geometry import Point, Polygon
from shapely.ops import transform

from wuqing_eco_plugin.domain.categories import CATEGORIES, categories_for
from wuqing_eco_plugin.domain.departments import DEPARTMENTS
from wuqing_eco_plugin.domain.ledger.cases import CASE_SOURCES, INITIAL_STATUS, can_transition
from wuqing_eco_plugin.domain.zones import ZONE_TYPES
from wuqing_eco_plugin.sample import geography as geo

ROOT = Path(__file__).resolve().parents[2]

#: The seed's feature names (§四(一)), copied character by character, full-width brackets included.
SEED_RIVERS = ("北运河", "龙凤河（北京排污河）", "青龙湾减河", "永定河", "南水北调中线", "引滦输水明渠")
SEED_BELTS = ("京津高速公路防护林带", "京津塘高速公路防护林带", "京沪高速公路防护林带", "津保高速公路防护林带",
              "滨保高速公路防护林带", "唐廊高速公路防护林带", "京沪铁路防护林带", "京津城际铁路防护林带",
              "津蓟铁路防护林带")
SEED_NAMES = {*SEED_RIVERS, "王庆坨水库", "大黄堡湿地自然保护区", "西北防风阻沙林带", "港北森林公园", *SEED_BELTS}
EXPRESSWAYS = {n for n in SEED_BELTS if "高速" in n}

R_KM = 6371.0088  # mean Earth radius: good to ~0.3 % for areas at this latitude, enough for ±5 %
LAT0 = 39.4


def _km(geom):
    """Local equirectangular projection to km (distances to ~0.1 %)."""
    return transform(lambda x, y: ((x - 117.0) * 111.32 * math.cos(math.radians(LAT0)), (y - LAT0) * 110.95),
                     geom)


def _sinusoidal_area_km2(coords) -> float:
    """Area on the sphere via the sinusoidal (equal-area) projection."""
    pts = [(math.radians(lon - 117.0) * R_KM * math.cos(math.radians(lat)), math.radians(lat) * R_KM)
           for lon, lat in coords]
    return Polygon(pts).area


OUTLINE = Polygon(geo.DISTRICT_OUTLINE)
OUTLINE_KM = _km(OUTLINE)


def _margin_km(lonlat) -> float:
    """Signed distance to the border, positive inside."""
    p = _km(Point(lonlat))
    d = OUTLINE_KM.exterior.distance(p)
    return d if OUTLINE_KM.contains(p) else -d


def test_module_imports_no_qgis():
    code = ("import sys; import wuqing_eco_plugin.sample.geography; "
            "sys.exit(any(m == 'qgis' or m.startswith('qgis.') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_feature_names_are_the_seeds():
    names = [f.name for f in geo.FEATURES]
    assert len(names) == len(set(names))
    assert set(names) == SEED_NAMES


def test_the_seed_text_names_the_features():
    seed = ROOT.parent / "shared" / "seed" / "000_19b311c03eea6933.txt"
    if not seed.exists():
        pytest.skip("the seed text lies outside the repository and is not on this machine")
    text = seed.read_text(encoding="utf-8")
    for name in SEED_RIVERS + ("王庆坨水库", "大黄堡湿地自然保护区", "西北防风阻沙林带", "港北森林公园"):
        assert name in text


def test_towns():
    assert len(geo.TOWNS) == 30
    assert len({t.name for t in geo.TOWNS}) == 30 and len({t.code for t in geo.TOWNS}) == 30
    streets = [t for t in geo.TOWNS if t.kind == "street"]
    assert len(streets) == 6 and all(t.name.endswith("街道") for t in streets)
    towns = [t for t in geo.TOWNS if t.kind == "town"]
    assert len(towns) == 24 and all(t.name.endswith("镇") for t in towns)
    assert all(re.fullmatch(r"120114\d{3}", t.code) for t in geo.TOWNS)
    # seats are (lon, lat), not the (lat, lon) of the notes
    assert all(116.7 < t.seat[0] < 117.4 and 39.1 < t.seat[1] < 39.8 for t in geo.TOWNS)
    xiawu = next(t for t in geo.TOWNS if t.name == "河西务镇")
    assert xiawu.seat == (116.954, 39.623)


def test_seats_inside_outline():
    for t in geo.TOWNS:
        assert OUTLINE.contains(Point(t.seat)), t.name
        assert _margin_km(t.seat) > 0.5, t.name


def test_outline_shape_and_area():
    assert OUTLINE.is_valid
    lon0, lat0, lon1, lat1 = OUTLINE.bounds
    assert 116.78 <= lon0 and lon1 <= 117.34 and 39.12 <= lat0 and lat1 <= 39.71
    area = _sinusoidal_area_km2(geo.DISTRICT_OUTLINE)
    assert area == pytest.approx(geo.DISTRICT_AREA_KM2, rel=0.05)
    # not a rectangle: fills well under its bounding box and is longer N–S than E–W
    bbox = _sinusoidal_area_km2([(lon0, lat0), (lon1, lat0), (lon1, lat1), (lon0, lat1)])
    assert area < 0.8 * bbox
    assert (lat1 - lat0) * 110.95 > (lon1 - lon0) * 111.32 * math.cos(math.radians(LAT0))
    # clockwise, as the comment says
    assert not OUTLINE.exterior.is_ccw


def test_courses_inside_with_margin():
    for f in geo.FEATURES:
        half_km = (f.core_m + (f.red_m or 0.0) + f.yellow_m) / 1000
        for course in f.lines:
            last = len(course.course) - 1
            for i, p in enumerate(course.course):
                if (i == 0 and course.lead_in) or (i == last and course.lead_out):
                    # continued by its lead to the border; if the notes' end is beyond the
                    # border it is the crossing [A], off by less than their ±3–5 km
                    assert _margin_km(p) > -3.5, (f.name, i)
                else:
                    assert _margin_km(p) > half_km + 0.3, (f.name, i)
            for lead in (course.lead_in, course.lead_out):
                if lead:
                    assert _margin_km(lead) < -0.5, (f.name, lead)
        if f.outline and f.zone_type != "wetland":
            assert min(_margin_km(p) for p in f.outline) > f.yellow_m / 1000 + 0.3, f.name


def test_feature_attributes():
    codes = [f.feature_code for f in geo.FEATURES]
    assert len(set(codes)) == len(codes) and all(re.fullmatch(r"[A-Z]{2,8}", c) for c in codes)
    assert geo.FEATURES_BY_CODE["BYH"].name == "北运河"
    by_name = {f.name: f for f in geo.FEATURES}
    assert {f.zone_type for f in geo.FEATURES} == set(ZONE_TYPES.codes())
    for f in geo.FEATURES:
        assert f.zone_type in ZONE_TYPES and f.department in DEPARTMENTS
        assert f.department == ("water" if f.zone_type in ("river", "reservoir") else "forestry")
        assert bool(f.lines) != bool(f.outline), f.name
    assert {n for n, f in by_name.items() if f.zone_type == "river"} == set(SEED_RIVERS)
    assert by_name["王庆坨水库"].zone_type == "reservoir"
    assert by_name["大黄堡湿地自然保护区"].zone_type == "wetland"
    assert {n for n, f in by_name.items() if f.water_supply} == {"南水北调中线", "引滦输水明渠", "王庆坨水库"}
    assert {n for n, f in by_name.items() if f.nature_reserve} == {"大黄堡湿地自然保护区"}
    assert {n for n, f in by_name.items() if f.road_belt} == EXPRESSWAYS
    assert [n for n, f in by_name.items() if f.red_m is None] == ["引滦输水明渠"]  # 黄线区 only


def test_widths():
    by_name = {f.name: f for f in geo.FEATURES}
    for name in SEED_RIVERS:
        f = by_name[name]
        if f.red_m is not None:
            assert (f.red_m, f.yellow_m) == (50.0, 30.0), name
    assert by_name["永定河"].core_m == 55.0  # bed about 110 m
    for name in EXPRESSWAYS:
        f = by_name[name]
        assert (f.core_m, f.red_m, f.yellow_m) == (15.0, 50.0, 50.0), name
    for name in ("京沪铁路防护林带", "津蓟铁路防护林带"):
        assert (by_name[name].red_m, by_name[name].yellow_m) == (30.0, 30.0)
    assert by_name["京津城际铁路防护林带"].red_m == 200.0
    assert by_name["王庆坨水库"].yellow_m == 300.0 and by_name["大黄堡湿地自然保护区"].yellow_m == 1000.0
    belt = by_name["西北防风阻沙林带"]
    assert 500.0 <= 2 * (belt.core_m + belt.red_m) <= 1000.0


def test_area_features():
    by_name = {f.name: f for f in geo.FEATURES}
    park = Polygon(by_name["港北森林公园"].outline)
    assert 7.0 <= _sinusoidal_area_km2(park.exterior.coords) <= 8.5
    w, s, e, n = park.bounds
    assert (e - w) * 111.32 * math.cos(math.radians(LAT0)) == pytest.approx(3.0, abs=0.4)
    assert (n - s) * 110.95 == pytest.approx(2.7, abs=0.4)
    reservoir = Polygon(by_name["王庆坨水库"].outline)
    assert reservoir.is_valid and 2.0 <= _sinusoidal_area_km2(reservoir.exterior.coords) <= 3.5
    wetland = Polygon(by_name["大黄堡湿地自然保护区"].outline).intersection(OUTLINE)
    assert _sinusoidal_area_km2(wetland.exterior.coords) == pytest.approx(112.0, rel=0.08)  # 11 200 ha
    assert wetland.bounds == pytest.approx((117.176, 39.351, 117.333, 39.508), abs=0.006)


def test_approved_land_specs():
    for spec in geo.APPROVED_LAND:
        assert "示例" in spec.approval_no and "示例" in spec.project_name
        assert spec.feature_code in geo.FEATURES_BY_CODE
    assert geo.APPROVAL_AUTHORITY == "天津市人民政府"


def test_case_specs():
    categories = {c.category for c in geo.CASES}
    assert {"construction_red", "construction_yellow", "sewage_discharge", "illegal_felling",
            "marker_damage"} <= categories
    assert categories & {"poaching", "waste_dumping"}
    assert 6 <= len(geo.CASES) <= 8
    for c in geo.CASES:
        assert c.category in CATEGORIES and c.source in CASE_SOURCES
        f = geo.FEATURES_BY_CODE[c.feature_code]
        assert c.category in categories_for(f.zone_type, water_supply=f.water_supply), c.category
        status = INITIAL_STATUS
        for new in c.path:
            assert can_transition(status, new), (c.category, status, new)
            status = new
        assert sum(geo.STEP_DAYS[s] for s in c.path) < c.days_ago
        for text in filter(None, (c.responsible_party, *(c.reporter or ()))):
            assert "示例" in text
        if c.reporter:
            assert re.search(r"000-0000-\d{4}$", c.reporter[1])
    assert set(geo.STEP_ACTORS) >= {INITIAL_STATUS, *geo.STEP_DAYS}
