# SPDX-License-Identifier: GPL-2.0-or-later
"""Touches closed before noding: what moves, what is inserted, what never moves, and that the
overlay's answer stays the same when they are closed."""
from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import Polygon, box

from benchmarks.zone_generator import generate
from tests.reference import pairwise_overlap
from wuqing_eco_plugin.domain.overlaps.overlay import LineworkStats, overlay, unique_linework
from wuqing_eco_plugin.domain.overlaps.touches import close_touches


def _flat(lines):
    """(coords, live, line) of ``lines`` as close_touches takes them: every segment live."""
    lengths = np.array([len(x) for x in lines])
    coords = np.concatenate([np.asarray(x, dtype=float) for x in lines])
    live = np.ones(len(coords), dtype=bool)
    live[np.cumsum(lengths) - 1] = False
    return coords, live, np.repeat(np.arange(len(lines)), lengths)


def _lines(coords, live):
    edges = np.flatnonzero(np.diff(np.concatenate(([0], live.astype(np.int8), [0]))))
    return [coords[s:e + 1].tolist() for s, e in zip(edges[::2], edges[1::2])]


X = 500_000.0  # coordinates of CGCS2000 size: the tolerance is some micrometres
Y = 4_360_000.0


def test_a_line_parting_from_another_at_a_hair_meets_it_at_its_vertex():
    # From v both lines go the same way; the second's next vertex w lies on the first up to its last bit.
    v, c = (X, Y), (X + 10, Y)
    w = (X + 5.0, np.nextafter(Y, np.inf))
    coords, live, line = close_touches(*_flat([[v, c], [v, w, (X + 5, Y + 5)]]))
    # v–w is now the same segment on both: kept once.
    assert _lines(coords, live) == [[list(v), list(w), list(c)], [list(w), [X + 5, Y + 5]]]
    assert line.tolist() == [0, 0, 0, 1, 1, 1]


def test_a_line_parting_a_millimetre_off_stays_apart():
    lines = [[(X, Y), (X + 10, Y)], [(X, Y), (X + 5, Y + 1e-3), (X + 5, Y + 5)]]
    coords, live, _ = close_touches(*_flat(lines))
    assert _lines(coords, live) == [[list(p) for p in x] for x in lines]


def test_a_vertex_near_another_only_where_no_line_parts_is_left_to_geos():
    # B lies within the tolerance of A's edge, but no segment of B starts where one of A does: a
    # search that moved it could bend it across a third line near by (issue #19 review).
    lines = [[(X, Y), (X + 10, Y)], [(X + 5, np.nextafter(Y, np.inf)), (X + 5, Y + 5)]]
    coords, live, _ = close_touches(*_flat(lines))
    assert _lines(coords, live) == [[list(p) for p in x] for x in lines]


def test_a_copy_of_a_vertex_a_bit_off_takes_its_coordinates_everywhere_and_is_kept_once():
    bent = (np.nextafter(X + 10, np.inf), Y + 10)
    # The second line parts from the first at (X, Y) and reaches the first's vertex one bit off; the
    # third (another run of the same ring, say) starts at that copy.
    lines = [[(X, Y), (X + 10, Y + 10), (X + 20, Y)], [(X, Y), bent], [bent, (X + 20, Y + 20)]]
    coords, live, _ = close_touches(*_flat(lines))
    assert _lines(coords, live) == [[[X, Y], [X + 10, Y + 10], [X + 20, Y]], [[X + 10, Y + 10], [X + 20, Y + 20]]]


def test_near_points_merge_and_never_swap():
    a, b = (X + 10, Y + 10), (np.nextafter(X + 10, np.inf), Y + 10)
    lines = [[(X, Y), a], [(X, Y), b], [(X + 20, Y), b], [(X + 20, Y), a]]
    coords, live, _ = close_touches(*_flat(lines))
    ends = {tuple(x[-1]) for x in _lines(coords, live)}
    assert ends == {a}


def test_a_point_on_a_strip_cut_never_moves():
    cut = X + 10
    bent = (np.nextafter(cut, 0.0), Y + 10)
    lines = [[(X, Y), (cut, Y + 10)], [(X, Y), bent, (X, Y + 20)]]
    coords, live, _ = close_touches(*_flat(lines), fixed_x=(cut,))
    assert coords[1].tolist() == [cut, Y + 10] and coords[3].tolist() == list(bent)
    coords, live, _ = close_touches(*_flat(lines))  # off a cut the two would merge
    assert coords[1].tolist() == coords[3].tolist()


def test_a_strip_cut_line_takes_only_the_points_exactly_on_it():
    cut = X + 10
    lines = [[(cut, Y - 10), (cut, Y + 10)], [(cut, Y - 10), (cut - 1e-7, Y), (cut - 5, Y + 1)]]
    coords, live, _ = close_touches(*_flat(lines), fixed_x=(cut,))
    assert _lines(coords, live)[0] == [[cut, Y - 10], [cut, Y + 10]]  # the other strip would not see it
    coords, live, _ = close_touches(*_flat(lines))  # any other line takes the point 0.1 µm off
    assert _lines(coords, live)[0] == [[cut, Y - 10], [cut - 1e-7, Y], [cut, Y + 10]]


def test_a_yellow_band_turning_back_along_the_red_end_is_kept_once():
    # A flat corridor end: the red core's end runs from v to c; the yellow band's ring comes to v,
    # runs along that end to w (on it, up to rounding) and turns back through v.
    v, c = np.array([X, Y]), np.array([X + 40.0, Y - 100.0])
    w = v + 0.5 * (c - v)
    w[0] = np.nextafter(w[0], np.inf)
    far = v - 3.0 * (c - v)
    red = [(X - 50, Y + 20), tuple(v), tuple(c), (X - 10, Y - 120)]
    yellow = [(X - 60, Y + 30), tuple(v), tuple(w), tuple(far)]
    stats = LineworkStats()
    lines = unique_linework([np.array(red), np.array(yellow)], stats)
    segments = {tuple(sorted(map(tuple, np.round(np.asarray(g.coords)[k:k + 2], 6))))
                for g in lines.geoms for k in range(len(g.coords) - 1)}
    # v–w is the red end's part and both of the yellow's: one segment, once.
    assert sum(len(g.coords) - 1 for g in lines.geoms) == len(segments)
    assert stats.shared == 2


def test_the_overlay_of_corridor_ends_keeps_its_areas():
    zones = [z.geometry for z in generate(40, seed=11)]  # flat ends, yellow bands made by difference
    pieces = overlay(zones)
    expected = pairwise_overlap(zones)
    assert sum(p.area for p in pieces) == pytest.approx(expected.area, rel=1e-9)
    for strips in (1, 5):
        again = overlay(zones, strips=strips, workers=2)
        assert sorted((p.cover, round(p.area, 4)) for p in again) == sorted((p.cover, round(p.area, 4)) for p in pieces)


def test_a_shared_edge_digitised_a_bit_apart_is_one_line():
    red = box(X, Y, X + 10, Y + 10)
    bent = np.nextafter(X + 10.0, 0.0)  # the shared edge again, its middle one bit to the left
    yellow = Polygon([(X + 10, Y), (X + 20, Y), (X + 20, Y + 10), (X + 10, Y + 10), (bent, Y + 5)])
    stats = LineworkStats()
    assert overlay([red, yellow], stats=stats) == []
    assert stats.slivers == 0 and stats.faces == 2  # no thread between the two digitisations
    assert sum(p.area for p in overlay([red, yellow], min_cover=1)) == pytest.approx(200, rel=1e-12)


def test_an_overlap_thinner_than_the_tolerance_is_still_an_overlap_in_any_strips():
    red, yellow = box(X, Y, X + 1000, Y + 1000), box(X + 1000 - 4e-6, Y, X + 2000, Y + 1000)
    for strips in (1, 5):
        pieces = overlay([red, yellow], strips=strips, workers=2)
        assert [p.cover for p in pieces] == [(0, 1)] and pieces[0].area == pytest.approx(0.004, rel=1e-4)


def test_a_vertex_near_two_lines_leaves_one_piece_of_one_cover():
    # B touches A's top edge up to 0.9 tolerance; C's bottom edge runs along the same line. Moving B's
    # vertex onto A without seeing C made C's piece two (issue #19 review); such touches stay to GEOS.
    length = 10_000.0
    a = box(X, Y - 1000, X + length, Y)
    b = Polygon([(X + length / 2 - 100, Y + 100), (X + length / 2, Y + 0.9e-12 * (Y + length)),
                 (X + length / 2 + 100, Y + 100)])
    c = Polygon([(X - 100 + 100 * k, Y + 200) for k in range(103)] + [(X + length + 100, Y), (X - 100, Y)]
                + [(X - 100, Y + 10 * k) for k in range(1, 20)])
    d = box(X - 200, Y - 1200, X + length + 200, Y + 300)
    pieces = overlay([a, b, c, d])
    assert sorted(p.cover for p in pieces) == [(0, 3), (1, 2, 3), (2, 3)]
    assert sum(p.area for p in pieces if p.cover == (2, 3)) == pytest.approx(
        c.intersection(d).difference(b).area, abs=1e-3)
