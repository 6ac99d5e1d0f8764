# SPDX-License-Identifier: GPL-2.0-or-later
"""What a review drawing says, computed without QGIS: zone areas in a town, totals, marker rows,
numbers and file names, and the QA gate."""
from __future__ import annotations

import pytest
from shapely.geometry import Polygon, box

from wuqing_eco_plugin.domain.drawings.checks import geometry_findings, marker_findings, outcome
from wuqing_eco_plugin.domain.drawings.sheet import (
    PAGE_FORMATS,
    MarkerPoint,
    class_totals,
    drawing_number,
    hectares,
    marker_rows,
    mu,
    pdf_file_name,
    point_label,
    zone_pieces,
)
from wuqing_eco_plugin.domain.files import safe_name
from wuqing_eco_plugin.domain.markers.vocabulary import SurveyDefaults
from wuqing_eco_plugin.domain.zones import ZoneShape

TOWN = box(0, 0, 1000, 1000)


def test_units():
    assert hectares(10_000) == 1.0
    assert mu(666.67) == pytest.approx(1.0, abs=1e-5)
    assert mu(10_000) == pytest.approx(15.0)  # 1 ha = 15 亩


def test_pieces_are_the_parts_inside_the_town():
    zones = [
        ZoneShape("a", box(-500, 100, 500, 300), "北运河", "river", "yellow"),  # half inside
        ZoneShape("b", box(-500, 150, 500, 250), "北运河", "river", "red"),
        ZoneShape("c", box(2000, 0, 3000, 1000), "远处", "wetland", "red"),  # outside
        ZoneShape("d", box(1000, 0, 1100, 1000), "贴边", "forest_belt", "red"),  # only touches
        ZoneShape("e", box(100, 600, 900, 700), "林带", "forest_belt", "red"),
    ]
    pieces = zone_pieces(TOWN, zones)
    assert [(p.key, p.line_class) for p in pieces] == [("b", "red"), ("e", "red"), ("a", "yellow")]
    areas = {p.key: p.area_m2 for p in pieces}
    assert areas == {"a": 500 * 200, "b": 500 * 100, "e": 800 * 100}
    assert pieces[0].hectares == pytest.approx(5.0) and pieces[0].mu == pytest.approx(75.0)


def test_totals_count_an_overlap_once_under_the_stricter_class():
    zones = [ZoneShape("r", box(0, 0, 400, 100), "红", "river", "red"),
             ZoneShape("y", box(300, 0, 600, 100), "黄", "river", "yellow"),  # 100×100 under red
             ZoneShape("y2", box(500, 0, 700, 100), "黄2", "forest_belt", "yellow")]  # overlaps y by 100×100
    totals = class_totals(zone_pieces(TOWN, zones))
    assert totals["red"] == pytest.approx(400 * 100)
    assert totals["yellow"] == pytest.approx((700 - 400) * 100)  # union of yellows, less the red part


def test_marker_rows_close_the_ring_and_list_signs_last():
    square = [(0, 0), (0, 30), (40, 30), (40, 0)]  # X north, Y east; edges 30, 40, 30, 40
    posts = [MarkerPoint(f"N-{i + 1:04d}", "post", i + 1, x, y, "z") for i, (x, y) in enumerate(square)]
    sign = MarkerPoint("NP-0001", "sign", 1, 5, 5, "z")
    rows = marker_rows([sign, *reversed(posts)])
    assert [r.point for r in rows] == ["J1", "J2", "J3", "J4", "P1"]
    assert [r.edge_m for r in rows] == [30, 40, 30, 40, None]


def test_marker_rows_follow_each_ring_of_a_zone_with_a_hole():
    """One closed sequence per ring: no edge jumps from the outer boundary to the hole."""
    zone = Polygon(box(0, 0, 400, 400).exterior.coords, [box(100, 100, 300, 300).exterior.coords])
    corners = [(0, 0), (0, 400), (400, 400), (400, 0), (100, 100), (100, 300), (300, 300), (300, 100)]  # (E, N)
    posts = [MarkerPoint(f"Z-{i + 1:02d}", "post", i + 1, n, e, "z") for i, (e, n) in enumerate(corners)]
    rows = marker_rows(list(reversed(posts)), {"z": zone})
    assert sorted(r.edge_m for r in rows) == [200.0] * 4 + [400.0] * 4
    assert {r.marker.marker_no for r in rows[:4]} == {"Z-01", "Z-02", "Z-03", "Z-04"}  # the outer ring first
    assert [r.edge_m for r in marker_rows(posts)] != [r.edge_m for r in rows]  # by sequence: one ring, wrong


def test_point_labels_fall_back_to_the_number():
    assert point_label("post", None, "120114-SK-WQT-0012") == "J12"
    assert point_label("monument", 3, "") == "J3"
    assert point_label("sign", 2, "x") == "P2"


def test_drawing_numbers_and_files():
    assert drawing_number("WQ-HHX-2025", "120114114", 20) == "WQ-HHX-2025-114"
    assert drawing_number("WQ-HHX-2025-", None, 7) == "WQ-HHX-2025-007"
    assert drawing_number("", "", 3) == "003"
    name = pdf_file_name("王庆坨镇", "V1.0/终")
    assert name.startswith("王庆坨镇") and name.endswith(".pdf") and "/" not in name
    assert safe_name(' a:b*c?"d ') == "a_b_c_d"
    assert PAGE_FORMATS["a3_landscape"].paper == "A3" and PAGE_FORMATS["a4_portrait"].orientation == "portrait"


def test_marker_findings_use_the_recorded_check_or_the_distance():
    markers = [
        MarkerPoint("ok", "post", 1, 0, 0, distance_m=0.2),
        MarkerPoint("warn", "post", 2, 0, 0, distance_m=0.7),
        MarkerPoint("far", "post", 3, 0, 0, distance_m=1.4),
        MarkerPoint("checked", "post", 4, 0, 0, check="fail", distance_m=0.1),  # the recorded check wins
        MarkerPoint("lost", "post", 5, 0, 0, status="missing"),
    ]
    found = {(f.subject, f.check, f.level) for f in marker_findings(markers)}
    assert found == {("warn", "marker_check", "warning"), ("far", "marker_check", "fail"),
                     ("checked", "marker_check", "fail"), ("lost", "marker_status", "warning")}
    strict = marker_findings([MarkerPoint("w", "post", 1, 0, 0, distance_m=0.7)], SurveyDefaults(tolerance_m=0.6))
    assert strict[0].level == "fail"


def test_gate():
    fails = geometry_findings("某镇", None, [("北运河", "Self-intersection[5 5]")])
    warnings = marker_findings([MarkerPoint("m", "post", 1, 0, 0, status="damaged")])
    assert outcome("off", fails) == "ok"
    assert outcome("warn", fails) == "warning"
    assert outcome("refuse", fails) == "refused"
    assert outcome("refuse", warnings) == "warning"
    assert outcome("refuse", []) == "ok"
    town = geometry_findings("某镇", "Ring Self-intersection", [])
    assert [(f.check, f.level) for f in town] == [("town_geometry", "fail")]
