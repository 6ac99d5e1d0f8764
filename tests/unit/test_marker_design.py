# SPDX-License-Identifier: GPL-2.0-or-later
"""Marker design on hand-built polygons: posts on the boundary, at corners and crossings, within the
spacing, numbered clockwise from the north-western-most vertex."""
from __future__ import annotations

import math

import pytest
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon, box

from wuqing_eco_plugin.domain.markers.design import DesignParams, DesignZone, design_markers, series_key
from wuqing_eco_plugin.domain.markers.rings import survey_order, turn_angles, zone_rings
from wuqing_eco_plugin.domain.markers.vocabulary import PatternError, next_seq, validate_pattern

X0, Y0 = 495_000.0, 4_340_000.0  # easting, northing in EPSG:4548


def square(size=1000.0, x=X0, y=Y0):
    return box(x, y, x + size, y + size)


def zone(geometry, uid="z1", feature="WQT", short="SK"):
    return DesignZone(uid, short, feature, geometry)


def design(geometry, **kw):
    crossings = kw.pop("crossings", None)
    return design_markers([zone(geometry)], DesignParams(**kw), crossings)


def boundary(geometry):
    return geometry.boundary


def corners(geometry, angle=15.0):
    out = []
    for ring in zone_rings(geometry):
        out += [c for c, a in zip(ring.coords, turn_angles(ring.coords)) if a > angle]
    return out


def assert_contract(geometry, markers, spacing, angle=15.0):
    """The issue's three promises, checked independently of the design code."""
    line = boundary(geometry)
    assert all(line.distance(Point(m.x, m.y)) < 1e-6 for m in markers)
    pts = [(m.x, m.y) for m in markers]
    for c in corners(geometry, angle):
        assert min(math.dist(c, p) for p in pts) < 1e-6, c
    for ring in zone_rings(geometry):
        on = sorted((m.chainage_m, m) for m in markers if (m.part, m.ring) == (ring.part, ring.index))
        assert on, "every ring has markers"
        for (a, ma), (b, mb) in zip(on, on[1:] + on[:1]):
            along = (b - a) % ring.length or ring.length * (len(on) == 1)
            assert along <= spacing + 1e-6
            assert math.dist((ma.x, ma.y), (mb.x, mb.y)) <= spacing + 1e-6
    numbers = [m.marker_no for m in markers]
    assert len(set(numbers)) == len(numbers)


def test_square_posts_every_200_m_from_the_north_west_corner_clockwise():
    geom = square()
    markers = design(geom)
    assert len(markers) == 20  # 4 km of boundary / 200 m
    first, second, last = markers[0], markers[1], markers[-1]
    assert (first.x, first.y) == (X0, Y0 + 1000) and first.marker_no == "120114-SK-WQT-0001"
    assert (second.x, second.y) == pytest.approx((X0 + 200, Y0 + 1000))  # clockwise: east along the north edge
    assert (last.x, last.y) == pytest.approx((X0, Y0 + 800))  # coming back up the west edge
    assert [m.seq for m in markers] == list(range(1, 21))
    assert {m.reason for m in markers[:1]} == {"turn"} and sum(m.reason == "turn" for m in markers) == 4
    assert_contract(geom, markers, 200)


def test_orientation_of_the_input_does_not_matter():
    ccw = square()
    cw = Polygon(list(ccw.exterior.coords)[::-1])
    a, b = design(ccw), design(cw)
    assert [(m.marker_no, round(m.x, 6), round(m.y, 6)) for m in a] == \
        [(m.marker_no, round(m.x, 6), round(m.y, 6)) for m in b]


def test_concave_polygon_marks_the_reflex_corner():
    # An L: the inner corner at (X0+400, Y0+400) turns the other way and still turns 90°.
    geom = Polygon([(X0, Y0), (X0 + 1000, Y0), (X0 + 1000, Y0 + 400), (X0 + 400, Y0 + 400),
                    (X0 + 400, Y0 + 1000), (X0, Y0 + 1000)])
    markers = design(geom, max_spacing_m=150)
    assert any((m.x, m.y) == (X0 + 400, Y0 + 400) and m.reason == "turn" for m in markers)
    assert_contract(geom, markers, 150)


def test_uneven_edges_are_divided_equally():
    geom = box(X0, Y0, X0 + 500, Y0 + 300)
    markers = design(geom)
    north_edge = [m for m in markers if m.y == pytest.approx(Y0 + 300)]
    xs = sorted(m.x for m in north_edge)
    assert xs == pytest.approx([X0, X0 + 500 / 3, X0 + 1000 / 3, X0 + 500])
    assert_contract(geom, markers, 200)


def test_slight_bends_follow_the_turn_angle():
    # The north edge bends by about 11.3° in its middle.
    bend = (X0 + 500, Y0 + 1100)
    geom = Polygon([(X0, Y0), (X0 + 1000, Y0), (X0 + 1000, Y0 + 1000), bend, (X0, Y0 + 1000)])
    angle = next(a for c, a in zip(survey_order(geom.exterior.coords), turn_angles(survey_order(geom.exterior.coords)))
                 if c == bend)
    assert 20 < angle < 25  # the deflection at the bend: twice atan(100/500)
    at_bend = lambda ms: any((m.x, m.y) == bend for m in ms)  # noqa: E731
    assert at_bend(design(geom, turn_angle_deg=15, max_spacing_m=2000))
    assert not at_bend(design(geom, turn_angle_deg=30, max_spacing_m=2000))
    assert_contract(geom, design(geom, turn_angle_deg=30), 200, angle=30)


def test_hole_rings_get_their_own_markers_after_the_exterior():
    hole = box(X0 + 300, Y0 + 300, X0 + 700, Y0 + 700)
    geom = square().difference(hole)
    markers = design(geom)
    outer = [m for m in markers if m.ring == 0]
    inner = [m for m in markers if m.ring == 1]
    assert len(outer) == 20 and len(inner) == 8
    assert max(m.seq for m in outer) < min(m.seq for m in inner)  # numbering continues into the hole
    assert (inner[0].x, inner[0].y) == (X0 + 300, Y0 + 700)  # the hole's NW corner first
    assert (inner[1].x, inner[1].y) == pytest.approx((X0 + 500, Y0 + 700))  # then clockwise, east
    assert_contract(geom, markers, 200)


def test_multipart_zone_numbers_the_north_western_part_first():
    south_east = square(500, X0 + 2000, Y0 - 2000)
    north_west = square(500, X0, Y0)
    geom = MultiPolygon([south_east, north_west])
    markers = design(geom)
    assert {m.part for m in markers} == {1, 2}
    first_part = [m for m in markers if m.part == 1]
    assert all(north_west.boundary.distance(Point(m.x, m.y)) < 1e-6 for m in first_part)
    assert markers[0].seq == 1 and (markers[0].x, markers[0].y) == (X0, Y0 + 500)
    assert_contract(geom, markers, 200)


def test_crossings_get_a_post_merged_with_a_nearby_corner():
    geom = square()
    road = LineString([(X0 + 1100, Y0 + 333), (X0 + 900, Y0 + 333)])  # crosses the east edge
    near_corner = LineString([(X0 - 50, Y0 + 999.5), (X0 + 50, Y0 + 999.5)])  # 0.5 m from the NW corner
    markers = design(geom, crossings=MultiLineString([road, near_corner]))
    crossing = [m for m in markers if m.reason == "crossing"]
    assert len(crossing) == 1 and (crossing[0].x, crossing[0].y) == pytest.approx((X0 + 1000, Y0 + 333))
    assert_contract(geom, markers, 200)
    # Without the crossings the east edge is divided at 200 m steps; with one, the spacing is kept.
    assert len(markers) > len(design(geom))


def test_signboards_at_crossings_are_their_own_series():
    geom = square()
    road = LineString([(X0 + 500, Y0 - 100), (X0 + 500, Y0 + 1100)])  # crosses north and south edges
    markers = design(geom, crossings=road, signs_at_crossings=True)
    signs = [m for m in markers if m.kind == "sign"]
    assert [m.marker_no for m in signs] == ["120114-SK-WQTP-0001", "120114-SK-WQTP-0002"]
    assert signs[0].y == pytest.approx(Y0 + 1000)  # the north crossing comes first clockwise
    posts = [m for m in markers if m.kind == "post"]
    assert posts[0].marker_no == "120114-SK-WQT-0001" and len({m.marker_no for m in markers}) == len(markers)


def test_smooth_ring_without_corners_is_densified_from_its_start():
    circle = Point(X0, Y0).buffer(500, 64)  # every vertex turns about 1.4°
    markers = design(circle)
    assert markers[0].reason == "start"
    assert all(m.reason == "spacing" for m in markers[1:])
    assert len(markers) == math.ceil(circle.exterior.length / 200)
    assert_contract(circle, markers, 200)


def test_series_continue_across_zones_and_after_existing_numbers():
    a, b = zone(square(), "a"), zone(square(300, X0 + 5000), "b")
    key = series_key(a, "post")
    markers = design_markers([a, b], DesignParams(), first_seq={key: 13})
    assert markers[0].marker_no == "120114-SK-WQT-0013"
    assert [m.seq for m in markers] == list(range(13, 13 + len(markers)))
    assert next_seq([m.marker_no for m in markers] + ["120114-SK-OTHER-0999"], "SK", "WQT") == 13 + len(markers)


def test_pattern_without_feature_keeps_numbers_unique_across_features():
    pattern = "JZ-{seq:03d}"
    zones = [zone(square(), "a", "AAA"), zone(square(400, X0 + 5000), "b", "BBB")]
    markers = design_markers(zones, DesignParams(pattern=pattern))
    assert len({m.marker_no for m in markers}) == len(markers) and markers[-1].marker_no == f"JZ-{len(markers):03d}"


@pytest.mark.parametrize("pattern, code", [
    ("120114-{type}-{feature}", "no_seq"), ("{type}-{name}-{seq}", "unknown_field"), ("{seq", "syntax"),
    ("{seq:q}", "bad_seq_format"),
])
def test_bad_patterns_are_refused(pattern, code):
    with pytest.raises(PatternError) as err:
        validate_pattern(pattern)
    assert err.value.code == code


def test_parameters_are_validated():
    with pytest.raises(ValueError):
        DesignParams(max_spacing_m=0)
    with pytest.raises(ValueError):
        DesignParams(turn_angle_deg=180)
