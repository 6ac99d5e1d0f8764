# SPDX-License-Identifier: GPL-2.0-or-later
"""Marker checks: distances, tolerance classes, gaps, unmarked corners, duplicates, design matching."""
from __future__ import annotations

import pytest
from shapely.geometry import box

from wuqing_eco_plugin.domain.markers.checks import (
    ISSUE_KINDS,
    BoundaryIndex,
    MarkerPoint,
    Tolerances,
    check_markers,
)
from wuqing_eco_plugin.domain.markers.design import DesignParams, DesignZone, design_markers
from wuqing_eco_plugin.domain.zones import ZoneShape

X0, Y0 = 495_000.0, 4_340_000.0
SQUARE = box(X0, Y0, X0 + 1000, Y0 + 1000)
ZONES = [ZoneShape("sq", SQUARE)]


@pytest.fixture
def designed():
    return [MarkerPoint(m.marker_no, m.x, m.y)
            for m in design_markers([DesignZone("sq", "SK", "WQT", SQUARE)], DesignParams())]


def shifted(markers, dx=0.0, dy=0.0, only=None):
    return [MarkerPoint(m.marker_no, m.x + dx, m.y + dy) if only is None or m.marker_no in only else m
            for m in markers]


def test_designed_markers_pass(designed):
    report = check_markers(ZONES, designed, designed)
    assert report.count("ok") == len(designed) and report.issues == []
    assert all(r.zone_uid == "sq" and r.deviation_m == 0 and r.offset_m == 0 for r in report.results)


@pytest.mark.parametrize("shift, status", [(0.3, "ok"), (0.5, "ok"), (0.7, "warning"), (1.0, "warning"),
                                           (1.4, "fail")])
def test_tolerance_classes_from_the_distance_to_the_boundary(designed, shift, status):
    # Markers on the north edge pushed north: away from the boundary by exactly the shift.
    north = {m.marker_no for m in designed if m.y == Y0 + 1000 and X0 < m.x < X0 + 1000}
    report = check_markers(ZONES, shifted(designed, dy=shift, only=north))
    moved = [r for r in report.results if r.marker_no in north]
    assert moved and all(r.deviation_m == pytest.approx(shift) and r.status == status for r in moved)
    assert all(r.offset_m is None for r in report.results)  # no design given


def test_status_comes_from_the_larger_of_deviation_and_offset(designed):
    # Slid 0.8 m along the north edge: still on the boundary, but 0.8 m from its designed place.
    target = designed[1].marker_no
    report = check_markers(ZONES, shifted(designed, dx=0.8, only={target}), designed)
    r = next(r for r in report.results if r.marker_no == target)
    assert r.deviation_m == pytest.approx(0) and r.offset_m == pytest.approx(0.8) and r.status == "warning"
    assert (r.design_x, r.design_y) == (designed[1].x, designed[1].y)


def test_custom_tolerances(designed):
    report = check_markers(ZONES, shifted(designed, dx=0.8, only={designed[1].marker_no}), designed,
                           Tolerances(warning_m=0.05, tolerance_m=0.1))
    assert report.count("fail") == 1 and report.count("ok") == len(designed) - 1
    with pytest.raises(ValueError):
        Tolerances(warning_m=2, tolerance_m=1)


def test_missing_marker_leaves_a_gap_and_an_unmarked_corner(designed):
    # Drop the NE corner post: the corner is unmarked and the posts either side are 400 m apart.
    ne = next(m for m in designed if (m.x, m.y) == (X0 + 1000, Y0 + 1000))
    kept = [m for m in designed if m is not ne]
    report = check_markers(ZONES, kept, designed)
    kinds = sorted(i.kind for i in report.issues)
    assert kinds == ["gap", "not_surveyed", "unmarked_turn"]
    gap = next(i for i in report.issues if i.kind == "gap")
    assert gap.value == pytest.approx(400) and gap.zone_uid == "sq"
    corner = next(i for i in report.issues if i.kind == "unmarked_turn")
    assert (corner.x, corner.y) == (X0 + 1000, Y0 + 1000) and corner.value == pytest.approx(90)


def test_far_markers_do_not_count_as_marking_the_ring(designed):
    ne = designed[5]
    report = check_markers(ZONES, shifted(designed, dx=30, only={ne.marker_no}))
    assert next(r for r in report.results if r.marker_no == ne.marker_no).status == "fail"
    assert any(i.kind == "unmarked_turn" for i in report.issues)


def test_duplicates_and_points_without_design(designed):
    extra = [MarkerPoint(designed[0].marker_no, designed[0].x + 0.1, designed[0].y),
             MarkerPoint("X-1", X0 + 500, Y0)]
    report = check_markers(ZONES, designed + extra, designed)
    dup = [i for i in report.issues if i.kind == "duplicate_no"]
    assert len(dup) == 2 and {i.marker_no for i in dup} == {designed[0].marker_no} and dup[0].value == 2
    assert [i.marker_no for i in report.issues if i.kind == "not_designed"] == ["X-1"]
    assert next(r for r in report.results if r.marker_no == "X-1").offset_m is None


def test_nearest_zone_of_several_and_ring_with_a_hole():
    hole = box(X0 + 400, Y0 + 400, X0 + 600, Y0 + 600)
    far = box(X0 + 5000, Y0, X0 + 6000, Y0 + 1000)
    index = BoundaryIndex([ZoneShape("far", far), ZoneShape("holed", SQUARE.difference(hole))])
    uid, ring, d = index.nearest(X0 + 500, Y0 + 500)  # the hole's centre: 100 m from the hole's ring
    assert uid == "holed" and ring.is_hole and d == pytest.approx(100)
    uid, _, d = index.nearest(X0 + 4990, Y0 + 500)
    assert uid == "far" and d == pytest.approx(10)
    assert BoundaryIndex([]).nearest(0, 0) is None


def test_unnumbered_points_are_not_duplicates():
    pts = [MarkerPoint("", X0, Y0), MarkerPoint("", X0 + 1000, Y0)]
    assert not [i for i in check_markers(ZONES, pts).issues if i.kind == "duplicate_no"]


def test_issue_kinds_have_labels():
    assert ISSUE_KINDS.label("gap", "zh") == "界桩间距超限"


def test_a_marker_on_a_shared_boundary_marks_both_zones():
    # A red square and the yellow square east of it share the line x = X0 + 1000.
    east = box(X0 + 1000, Y0, X0 + 2000, Y0 + 1000)
    zones = [ZoneShape("red", SQUARE), ZoneShape("yellow", east)]
    markers = [MarkerPoint(m.marker_no, m.x, m.y) for m in design_markers(
        [DesignZone("red", "SK", "A", SQUARE), DesignZone("yellow", "SK", "B", east)], DesignParams())]
    # Keep one marker per place: the yellow zone's own posts on the shared line are dropped.
    def place(m):
        return round(m.x, 6), round(m.y, 6)

    red = {place(m) for m in markers if m.marker_no.startswith("120114-SK-A-")}
    kept = [m for m in markers if m.marker_no.startswith("120114-SK-A-") or place(m) not in red]
    report = check_markers(zones, kept)
    assert report.issues == [] and len(kept) < len(markers)


def test_rings_are_checked_for_the_markers_own_zones_only():
    # The east square touches the red one along a line; markers of the red zone sit on that line too.
    east = box(X0 + 1000, Y0, X0 + 2000, Y0 + 1000)
    zones = [ZoneShape("red", SQUARE), ZoneShape("yellow", east)]
    markers = [MarkerPoint(m.marker_no, m.x, m.y, "red")
               for m in design_markers([DesignZone("red", "SK", "A", SQUARE)], DesignParams())]
    report = check_markers(zones, markers)
    assert report.issues == []  # the yellow square's unmarked edges are not this survey's business
    on_line = [r for r in report.results if r.x == X0 + 1000]
    assert on_line and all(r.zone_uid == "red" for r in on_line)  # a tie goes to the marker's own zone
    # Without a zone of their own, markers belong to the zone nearest them (here: red, listed first).
    anonymous = [MarkerPoint(m.marker_no, m.x, m.y) for m in markers]
    assert check_markers(zones, anonymous).issues == []
