# SPDX-License-Identifier: GPL-2.0-or-later
"""The generated sample dataset: schema, geometry, links and ledger consistency (pytest-qgis)."""
from __future__ import annotations

import datetime as dt
import math
import uuid
from itertools import combinations

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject, QgsVectorLayer
from shapely.geometry import MultiPolygon, Point
from shapely.geometry.polygon import orient
from shapely.ops import unary_union

from wuqing_eco_plugin.domain.categories import severity_for
from wuqing_eco_plugin.domain.departments import route
from wuqing_eco_plugin.domain.ledger.cases import INITIAL_STATUS, STEP_FIELDS, can_transition
from wuqing_eco_plugin.domain.zones import ZONE_TYPES, strictest_class
from wuqing_eco_plugin.layers import storage
from wuqing_eco_plugin.layers.features import to_python
from wuqing_eco_plugin.layers.geometry import to_shapely
from wuqing_eco_plugin.layers.schema import TABLES
from wuqing_eco_plugin.sample import geography as geo
from wuqing_eco_plugin.sample.data import Projector, build_sample
from wuqing_eco_plugin.sample.geopackage import write_sample_geopackage

TODAY = dt.date(2026, 6, 15)
PY_TYPES = {"text": str, "int": int, "real": (int, float), "bool": bool, "date": dt.date, "datetime": dt.datetime}


@pytest.fixture(scope="module")
def sample_path(tmp_path_factory, qgis_app):
    path = tmp_path_factory.mktemp("sample_data") / "sample.gpkg"
    write_sample_geopackage(path, today=TODAY)
    return path


def read_back(path) -> dict[str, list[dict]]:
    """Every table of the written GeoPackage as records (plain values, shapely ``geometry``), in the
    order they were written: what is checked is what the plugin stored."""
    out = {}
    for table in (t for t in TABLES if not t.derived):
        layer = QgsVectorLayer(storage.uri(path, table), table.name, "ogr")
        records = []
        for f in sorted(layer.getFeatures(), key=lambda f: f.id()):
            rec = {name: to_python(f[name]) for name in table.field_names}
            if table.geometry:
                rec["geometry"] = to_shapely(f.geometry())
            records.append(rec)
        out[table.name] = records
    return out


@pytest.fixture(scope="module")
def sample(sample_path):
    return read_back(sample_path)


def _gauss_kruger(lon: float, lat: float) -> tuple[float, float]:
    """CGCS2000 3° GK, CM 117°E, FE 500 000, k0 = 1: Krüger n-series to n⁴ (sub-mm), written out
    here so that the check does not go through PROJ."""
    a, f = 6378137.0, 1 / 298.257222101
    n = f / (2 - f)
    big_a = a / (1 + n) * (1 + n ** 2 / 4 + n ** 4 / 64)
    alpha = (n / 2 - 2 * n ** 2 / 3 + 5 * n ** 3 / 16 + 41 * n ** 4 / 180,
             13 * n ** 2 / 48 - 3 * n ** 3 / 5 + 557 * n ** 4 / 1440,
             61 * n ** 3 / 240 - 103 * n ** 4 / 140,
             49561 * n ** 4 / 161280)
    phi, dlam = math.radians(lat), math.radians(lon - 117.0)
    c = 2 * math.sqrt(n) / (1 + n)
    t = math.sinh(math.atanh(math.sin(phi)) - c * math.atanh(c * math.sin(phi)))
    xi, eta = math.atan2(t, math.cos(dlam)), math.atanh(math.sin(dlam) / math.sqrt(1 + t * t))
    east = eta + sum(al * math.cos(2 * j * xi) * math.sinh(2 * j * eta) for j, al in enumerate(alpha, 1))
    north = xi + sum(al * math.sin(2 * j * xi) * math.cosh(2 * j * eta) for j, al in enumerate(alpha, 1))
    return 500_000.0 + big_a * east, big_a * north


def test_transform_agrees_with_independent_checks():
    proj = Projector()
    assert proj.forward(117.0, 39.383)[0] == pytest.approx(500_000.0, abs=1e-6)
    x, y = proj.forward(117.038, 39.383)
    assert 4_355_000 < y < 4_365_000 and 503_000 < x < 503_500
    for lon, lat in [(117.038, 39.383), (116.80, 39.18), (117.34, 39.71), *geo.DISTRICT_OUTLINE[::7]]:
        gx, gy = _gauss_kruger(lon, lat)
        px, py = proj.forward(lon, lat)
        assert math.hypot(gx - px, gy - py) < 0.01, (lon, lat)
        back = proj.inverse(px, py)
        assert back == pytest.approx((lon, lat), abs=1e-9)
    # a second route through QGIS: WGS84 → EPSG:4548 agrees at the centimetre level here
    wgs = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                 QgsCoordinateReferenceSystem("EPSG:4548"), QgsProject.instance())
    p = wgs.transform(QgsPointXY(117.038, 39.383))
    assert math.hypot(p.x() - x, p.y() - y) < 0.01


def test_tables_and_required_fields(sample):
    assert set(sample) == {t.name for t in TABLES if not t.derived}
    for table in (t for t in TABLES if not t.derived):
        records = sample[table.name]
        assert records, table.name
        for rec in records:
            assert set(rec) - {"geometry"} <= set(table.field_names), table.name
            for f in table.fields:
                value = rec.get(f.name)
                if f.required and f.name != "fid":
                    assert value is not None and value != "", (table.name, f.name)
                if value is not None:
                    assert isinstance(value, PY_TYPES[f.type]), (table.name, f.name, value)
                    assert not (f.type == "date" and isinstance(value, dt.datetime)), (table.name, f.name)
                    assert not (f.type in ("int", "real") and isinstance(value, bool)), (table.name, f.name)
                    assert not (f.length and f.type == "text" and len(value) > f.length), (table.name, f.name)
                if f.codes is not None and value is not None:
                    for code in (value.split(",") if f.multi else [value]):
                        assert code in f.codes, (table.name, f.name, code)
            if "data_status" in table.field_names:
                assert rec["data_status"] == "illustrative"
            if table.geometry is None:
                assert "geometry" not in rec
            else:
                geom = rec["geometry"]
                assert not geom.is_empty and geom.is_valid, table.name
                assert geom.geom_type == table.geometry, table.name
                if "area_m2" in table.field_names:
                    assert rec["area_m2"] == pytest.approx(geom.area, abs=0.01)
    assert [len(sample[t]) for t in ("district", "towns")] == [1, 30]


def test_uuids_unique_and_reproducible(sample, tmp_path):
    uids = [rec[t.key] for t in TABLES if t.key and not t.derived for rec in sample[t.name]]
    assert len(uids) == len(set(uids))
    assert all(uuid.UUID(u).version == 4 and str(uuid.UUID(u)) == u for u in uids)
    again = build_sample(TODAY)
    assert [z["zone_uid"] for z in again["zones"]] == [z["zone_uid"] for z in sample["zones"]]
    twice = tmp_path / "again.gpkg"
    write_sample_geopackage(twice, today=TODAY)
    assert [h["history_uid"] for h in read_back(twice)["violation_history"]] == \
        [h["history_uid"] for h in sample["violation_history"]]


def test_district_and_towns_tile(sample):
    district = sample["district"][0]
    assert (district["name"], district["code"]) == ("武清区", "120114")
    area = district["geometry"].area
    assert area / 1e6 == pytest.approx(1572, rel=0.05)
    towns = sample["towns"]
    assert sum(t["kind"] == "street" for t in towns) == 6 and sum(t["kind"] == "town" for t in towns) == 24
    assert unary_union([t["geometry"] for t in towns]).area == pytest.approx(area, rel=0.001)
    assert sum(t["geometry"].area for t in towns) == pytest.approx(area, rel=0.001)
    for a, b in combinations(towns, 2):
        assert a["geometry"].intersection(b["geometry"]).area <= 1.0, (a["name"], b["name"])
    proj = Projector()
    for town, t in zip(geo.TOWNS, towns):
        assert t["name"] == town.name and t["geometry"].contains(proj.point(town.seat))


def test_zones(sample):
    zones = sample["zones"]
    district = sample["district"][0]["geometry"].buffer(0.01)
    assert {z["name"] for z in zones} == {f.name for f in geo.FEATURES}
    assert {z["zone_type"] for z in zones} == set(ZONE_TYPES.codes())
    for f in geo.FEATURES:
        mine = {z["line_class"]: z for z in zones if z["name"] == f.name}
        assert set(mine) == ({"yellow"} if f.name == "引滦输水明渠" else {"red", "yellow"}), f.name
        if "red" in mine:
            assert mine["red"]["geometry"].intersection(mine["yellow"]["geometry"]).area < 1.0, f.name
        for z in mine.values():
            assert isinstance(z["geometry"], MultiPolygon) and z["geometry"].within(district)
            assert (z["feature_code"], z["department"]) == (f.feature_code, f.department)
            assert (z["water_supply"], z["nature_reserve"], z["road_belt"]) == \
                (f.water_supply, f.nature_reserve, f.road_belt)
            assert "天津市永久性保护生态区域管理规定（津政发〔2014〕13号）" in z["legal_basis"]
            assert "武清区永久性保护生态区域保护工作机制（2016）" in z["legal_basis"]
            assert "示意数据，非法定边界" in z["notes"]
    # a river red zone is as wide as planned: channel/2 + 50 m each side
    byh = next(z for z in zones if z["name"] == "北运河" and z["line_class"] == "red")["geometry"]
    assert byh.area / Projector().line(geo.FEATURES_BY_CODE["BYH"].lines[0].course).length < 2 * 110 * 1.1
    # different features may overlap: the 京津城际 belt crosses the 北运河
    jjcj = next(z for z in zones if z["name"] == "京津城际铁路防护林带" and z["line_class"] == "red")["geometry"]
    assert jjcj.intersection(byh).area > 1000


def test_approved_land_inside_red(sample):
    red = unary_union([z["geometry"] for z in sample["zones"] if z["line_class"] == "red"]).buffer(0.01)
    assert 3 <= len(sample["approved_land"]) <= 4
    for land in sample["approved_land"]:
        assert land["geometry"].within(red), land["approval_no"]
        assert "示例" in land["approval_no"] and land["authority"] == "天津市人民政府"


def test_markers_on_boundary(sample):
    markers = sample["markers"]
    zone = next(z for z in sample["zones"] if z["name"] == "王庆坨水库" and z["line_class"] == "red")
    ring = orient(zone["geometry"].geoms[0], sign=-1.0).exterior
    assert {m["zone_uid"] for m in markers} == {zone["zone_uid"]}
    posts = [m for m in markers if m["kind"] == "post"]
    assert len(posts) == 12 and sum(m["kind"] == "sign" for m in markers) == 1
    assert [m["marker_no"] for m in posts] == [f"120114-SK-WQT-{i:04d}" for i in range(1, 13)]
    assert next(m for m in markers if m["kind"] == "sign")["marker_no"] == "120114-SK-WQTP-0001"
    jittered = 0
    for m in markers:
        pt = m["geometry"]
        d = ring.distance(pt)
        assert d <= 1.5 and m["distance_to_boundary_m"] == pytest.approx(d, abs=0.001)
        jittered += d > 0.01
        assert (m["x_north"], m["y_east"]) == pytest.approx((pt.y, pt.x), abs=0.0005)  # stored to the mm
        assert Projector().forward(m["longitude"], m["latitude"]) == pytest.approx((pt.x, pt.y), abs=0.001)
        assert m["survey_method"] == "rtk" and m["surveyor"] == "示例测量员甲"
    assert jittered == len(geo.MARKER_JITTER_M)
    assert any(m["distance_to_boundary_m"] > 1.0 for m in markers)  # something for the check to fail
    # clockwise from the north-western-most vertex
    coords = list(ring.coords)[:-1]
    start = Point(max(coords, key=lambda c: c[1] - c[0]))
    assert posts[0]["geometry"].equals(start)
    offset = ring.project(start)
    along = [(ring.project(m["geometry"]) - offset) % ring.length for m in posts]
    assert along == sorted(along)


def test_violations(sample):
    zones = {z["zone_uid"]: z for z in sample["zones"]}
    records = sample["violations"]
    assert 6 <= len(records) <= 8
    assert [r["record_no"] for r in records] == [f"WQ-2026-{i:04d}" for i in range(1, len(records) + 1)]
    by_cat = {r["category"]: r for r in records}
    assert by_cat["construction_red"]["line_class"] == "red" and not by_cat["construction_red"]["in_approved_land"]
    assert by_cat["construction_yellow"]["line_class"] == "yellow"
    assert by_cat["sewage_discharge"]["zone_type"] == "river"
    assert by_cat["illegal_felling"]["zone_type"] == "forest_belt"
    assert by_cat["poaching"]["zone_type"] == "wetland"
    assert by_cat["marker_damage"]["nearest_marker"] in {m["marker_no"] for m in sample["markers"]}
    lands = [la["geometry"] for la in sample["approved_land"]]
    for r in records:
        pt = r["geometry"]
        linked = r["zone_uids"].split(",") if r["zone_uids"] else []
        assert all(zones[u]["geometry"].contains(pt) for u in linked), r["record_no"]
        assert set(linked) == {u for u, z in zones.items() if z["geometry"].contains(pt)}, r["record_no"]
        assert r["outside_zones"] == (not linked)
        assert r["line_class"] == strictest_class(zones[u]["line_class"] for u in linked)
        assert r["in_approved_land"] == any(g.contains(pt) for g in lands)
        town = next(t for t in sample["towns"] if t["name"] == r["town"])
        assert town["geometry"].contains(pt)
        reserve = any(zones[u]["nature_reserve"] for u in linked)
        assert r["severity"] == severity_for(r["category"], r["line_class"], nature_reserve=reserve)
        # routed as the record dialog routes: the category's sector or a zone's department leads, every
        # linked zone's own department is involved, and so are the coordinating bureau and the town
        routing = route(list(dict.fromkeys(zones[u]["zone_type"] for u in linked)), r["category"],
                        road_belt=any(zones[u].get("road_belt") for u in linked))
        own = {zones[u]["department"] for u in linked if zones[u].get("department")}
        involved = set(r["other_departments"].split(","))
        assert r["lead_department"] in own | {routing.lead}
        assert own | set(routing.involved) | {routing.lead} == involved | {r["lead_department"]}
        for field in ("responsible_party", "reporter_name", "reporter_contact"):
            assert r[field] is None or "示例" in r[field]
    assert by_cat["construction_red"]["deadline"] < TODAY  # an overdue case for the ledger to flag
    areas = sample["violation_areas"]
    assert [a["record_uid"] for a in areas] == [by_cat["construction_red"]["record_uid"]]
    assert areas[0]["geometry"].contains(by_cat["construction_red"]["geometry"])


def test_history_walks_allowed_transitions(sample):
    history = sample["violation_history"]
    statuses = {r["status"] for r in sample["violations"]}
    assert len(statuses) >= 6
    end = dt.datetime.combine(TODAY, dt.time(23, 59))
    for r in sample["violations"]:
        rows = sorted((h for h in history if h["record_uid"] == r["record_uid"]), key=lambda h: h["changed_at"])
        assert rows[0]["from_status"] is None and rows[0]["to_status"] == INITIAL_STATUS
        assert rows[0]["changed_at"] == r["created_at"] >= r["discovered_at"]
        for prev, row in zip(rows, rows[1:]):
            assert row["changed_at"] > prev["changed_at"] and row["changed_by"]
            assert row["from_status"] == prev["to_status"]
            assert can_transition(row["from_status"], row["to_status"])
        assert rows[-1]["to_status"] == r["status"] and rows[-1]["changed_at"] <= end
        reached = {h["to_status"]: h["changed_at"] for h in rows}
        for step_field in set(STEP_FIELDS.values()):  # a dismissal closes the case too
            times = [reached[s] for s, f in STEP_FIELDS.items() if f == step_field and s in reached]
            assert r[step_field] == (max(times) if times else None), (r["record_no"], step_field)
        assert (r["deadline"] is not None) == ("rectifying" in reached)
