# SPDX-License-Identifier: GPL-2.0-or-later
"""Flattening zones into pieces: areas against an independent pairwise computation, covers by
point tests, and the awkward cases (shared boundaries, duplicates, holes, nesting)."""
from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import MultiPolygon, Point, Polygon, box
from shapely.ops import unary_union

from benchmarks.zone_generator import generate
from tests.reference import pairwise_overlap
from wuqing_eco_plugin.domain.overlaps.overlay import CancelledError, LineworkStats, overlay


def check_pieces(polygons, pieces, min_cover=2):
    """Pieces do not overlap, each is covered by exactly its cover, and together they are the region."""
    geoms = [p.geometry for p in pieces]
    assert all(g.is_valid and g.area > 0 for g in geoms)
    total = sum(p.area for p in pieces)
    union = unary_union(geoms) if geoms else Polygon()
    assert union.area == pytest.approx(total, rel=1e-9, abs=1e-6)  # no two pieces overlap
    for piece, geom in zip(pieces, geoms):
        assert piece.area == pytest.approx(geom.area, rel=1e-9)
        point = geom.representative_point()
        assert piece.cover == tuple(i for i, z in enumerate(polygons) if z.contains(point))
        assert len(piece.cover) >= min_cover
    return union


def test_red_over_yellow_is_one_piece_of_the_exact_area():
    red, yellow = box(0, 0, 100, 100), box(60, 20, 160, 80)
    pieces = overlay([red, yellow])
    assert [p.cover for p in pieces] == [(0, 1)]
    assert pieces[0].area == pytest.approx(40 * 60)
    assert pieces[0].geometry.equals(box(60, 20, 100, 80))


def test_three_way_overlap_splits_by_cover():
    a, b, c = box(0, 0, 10, 10), box(5, 0, 15, 10), Point(7.5, 5).buffer(4, resolution=32)
    pieces = overlay([a, b, c])
    union = check_pieces([a, b, c], pieces)
    assert union.symmetric_difference(pairwise_overlap([a, b, c])).area < 1e-9
    three = [p for p in pieces if p.cover == (0, 1, 2)]
    assert len(three) == 1
    assert three[0].area == pytest.approx(box(5, 0, 10, 10).intersection(c).area, rel=1e-9)


def test_shared_boundary_is_no_overlap_and_duplicates_overlap_fully():
    red = box(0, 0, 10, 10)
    yellow = box(-5, -5, 15, 15).difference(red)  # a ring sharing the red zone's whole boundary
    assert overlay([red, yellow]) == []
    copy = Polygon(list(red.exterior.coords)[::-1])  # same zone, digitised the other way round
    pieces = overlay([red, yellow, copy])
    assert [p.cover for p in pieces] == [(0, 2)] and pieces[0].area == pytest.approx(100)


def test_nested_zone_and_zone_with_a_hole():
    outer = Polygon(box(0, 0, 100, 100).exterior.coords, [box(40, 40, 60, 60).exterior.coords])
    inner = box(0, 0, 50, 50)  # shares two edges with the outer ring and crosses the hole
    island = box(45, 45, 55, 55)  # inside the hole only
    polygons = [outer, inner, island]
    pieces = overlay(polygons)
    check_pieces(polygons, pieces)
    assert sum(p.area for p in pieces) == pytest.approx(50 * 50 - 10 * 10 + 5 * 5)
    assert {p.cover for p in pieces} == {(0, 1), (1, 2)}


def test_all_pieces_tile_every_zone():
    zones = [z.geometry for z in generate(24, seed=7)]
    pieces = overlay(zones, min_cover=1)
    union = check_pieces(zones, pieces, min_cover=1)
    assert union.area == pytest.approx(unary_union(zones).area, rel=1e-9)
    covered = sum(p.area * len(p.cover) for p in pieces)
    assert covered == pytest.approx(sum(z.area for z in zones), rel=1e-9)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_corridors_match_the_pairwise_computation(seed):
    zones = [z.geometry for z in generate(40, seed=seed)]
    stats = LineworkStats()
    pieces = overlay(zones, stats=stats)
    union = check_pieces(zones, pieces)
    reference = pairwise_overlap(zones)
    assert union.area == pytest.approx(reference.area, rel=1e-9)
    assert union.symmetric_difference(reference).area < 1e-6 * reference.area
    assert stats.shared > 0.25 * stats.segments  # red cores and yellow bands share their lines


def test_multipolygon_zones_and_empty_input():
    two = MultiPolygon([box(0, 0, 1, 1), box(2, 0, 3, 1)])
    bar = box(0.5, 0.25, 2.5, 0.75)
    pieces = overlay([two, bar])
    assert sorted(round(p.area, 9) for p in pieces) == [0.25, 0.25]
    assert overlay([]) == [] and overlay([box(0, 0, 1, 1)]) == []


def test_cancel_stops_the_work():
    zones = [z.geometry for z in generate(10, seed=3)]
    with pytest.raises(CancelledError):
        overlay(zones, should_stop=lambda: True)
    seen = []
    overlay(zones, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_faces_measured_in_batches_match_one_batch(monkeypatch):
    from wuqing_eco_plugin.domain.overlaps import faces

    zones = [z.geometry for z in generate(30, seed=5)]
    whole = overlay(zones, min_cover=1)
    monkeypatch.setattr(faces, "BATCH_POINTS", 300)  # dozens of batches
    batched = overlay(zones, min_cover=1)
    assert [(p.cover, p.wkb) for p in batched] == [(p.cover, p.wkb) for p in whole]
    assert [p.area for p in batched] == pytest.approx([p.area for p in whole], rel=1e-12)


def _by_cover(pieces):
    totals: dict[tuple[int, ...], list[float]] = {}
    for p in pieces:
        totals.setdefault(p.cover, []).append(p.area)
    return {cover: sorted(areas) for cover, areas in totals.items()}


@pytest.mark.parametrize("seed", [1, 2])
def test_strips_on_threads_give_the_pieces_of_one_run(seed):
    zones = [z.geometry for z in generate(40, seed=seed)]
    whole = _by_cover(overlay(zones, strips=1))
    stats = LineworkStats()
    pieces = overlay(zones, strips=7, workers=2, stats=stats)
    check_pieces(zones, pieces)
    split = _by_cover(pieces)
    assert split.keys() == whole.keys()
    for cover, areas in whole.items():
        assert split[cover] == pytest.approx(areas, rel=1e-9, abs=1e-6)
    assert stats.faces > sum(len(a) for a in whole.values())  # the cut lines did cut faces


def _strip_of_vertices(x0, x1, y0, y1):
    """A rectangle with a vertex every unit along x, so strips can cut it anywhere."""
    xs = range(x0, x1 + 1)
    return Polygon([(x, y0) for x in xs] + [(x, y1) for x in reversed(xs)])


def test_a_piece_across_several_strips_is_one_piece_again():
    a, b = _strip_of_vertices(0, 100, 0, 10), _strip_of_vertices(0, 100, 5, 15)
    pieces = overlay([a, b], strips=4, workers=2)
    assert [p.cover for p in pieces] == [(0, 1)]
    assert pieces[0].area == pytest.approx(500) and pieces[0].geometry.equals(box(0, 5, 100, 10))


def test_a_sliver_between_two_digitisations_of_one_line_is_no_piece():
    red = box(0, 0, 10, 10)
    # The shared edge digitised again, its middle 10 nm to the left: further than the touches closed
    # before noding (test_touches: one bit), close enough to leave a thread of 5·10⁻⁸ m².
    bent = 10.0 - 1e-8
    yellow = Polygon([(10, 0), (20, 0), (20, 10), (10, 10), (bent, 5)])
    stats = LineworkStats()
    assert overlay([red, yellow], stats=stats) == []
    assert stats.slivers == 1
    assert sum(p.area for p in overlay([red, yellow], min_cover=1)) == pytest.approx(200, abs=1e-6)  # less the thread


def test_cancel_stops_the_strips():
    zones = [z.geometry for z in generate(30, seed=4)]
    asked = []

    def stop():
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(CancelledError):
        overlay(zones, strips=6, workers=2, should_stop=stop)
    seen = []
    overlay(zones, strips=6, workers=2, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_strips_grow_with_the_vertices():
    from wuqing_eco_plugin.domain.overlaps.overlay import STRIP_VERTICES, strip_count

    assert strip_count(STRIP_VERTICES, 2) == 1
    assert strip_count(STRIP_VERTICES + 1, 4) == 8  # two per worker
    assert strip_count(10 * STRIP_VERTICES + 1, 2) == 11


def test_rings_read_from_wkb_are_the_rings_shapely_gives():
    from wuqing_eco_plugin.domain.overlaps.overlay import _rings
    from wuqing_eco_plugin.domain.repair import polygon_parts

    holed = Polygon(box(0, 0, 4, 4).exterior.coords, [box(1, 1, 2, 2).exterior.coords])
    with_z = Polygon([(0, 0, 1), (1, 0, 1), (1, 1, 1), (0, 0, 1)])  # read ring by ring instead
    repeated = Polygon([(0, 0), (2, 0), (2, 0), (2, 2), (0, 0)])  # a repeated vertex is dropped
    zones = [z.geometry for z in generate(6, seed=9)] + [holed, with_z, repeated]
    rings, owners = _rings(zones)
    expected = [(i, np.asarray(r.coords)[:, :2]) for i, z in enumerate(zones)
                for p in polygon_parts(z) for r in (p.exterior, *p.interiors)]
    assert owners.tolist() == [i for i, _ in expected]
    assert all(np.array_equal(a, b) for a, (_, b) in zip(rings[:-1], expected[:-1]))
    assert rings[-1].tolist() == [[0, 0], [2, 0], [2, 2], [0, 0]]


def test_a_small_piece_cut_in_two_by_a_strip_line_is_kept():
    """1.2 mm² of overlap, cut by the strip line at x = 5 into two parts under the 1 mm² sliver limit."""
    left = [(0.0, 1 - k / 40) for k in range(1, 40)]  # vertices that put the cut in the overlap
    right = [(10.0, 0.999 + k * 1.001 / 40) for k in range(1, 40)]
    a = Polygon([(0, 0), (5.0006, 0), (5.0006, 1), (0, 1)] + left)
    b = Polygon([(4.9994, 0.999), (10, 0.999)] + right + [(10, 2), (4.9994, 2)])
    from wuqing_eco_plugin.domain.overlaps.overlay import _rings
    from wuqing_eco_plugin.domain.overlaps.strips import cut_positions

    [cut] = cut_positions(np.concatenate([r[:, 0] for r in _rings([a, b])[0]]), 2)
    assert 4.9994 < cut < 5.0006
    for strips in (1, 2):
        pieces = overlay([a, b], strips=strips, workers=1)
        assert [p.cover for p in pieces] == [(0, 1)]
        assert pieces[0].area == pytest.approx(a.intersection(b).area, rel=1e-9)


def _zones_for_bands():
    from shapely.geometry import LineString

    rng = np.random.default_rng(7)
    zones = [LineString([(0, 0), (5_000, 3_000), (9_000, 9_500)]).buffer(120),  # a diagonal corridor
             Polygon([(0, 0), (10_000, 50), (200, 8_000)]),  # three edges, each across many bands
             box(0, 0, 10, 10_000),  # narrower than a band would be wide
             Point(5_000, 5_000).buffer(3_000).difference(Point(5_000, 5_000).buffer(1_000))]  # a hole
    for _ in range(4):
        x, y = rng.uniform(0, 8_000, 2)
        zones.append(Polygon([(x, y), (x + rng.uniform(10, 4_000), y + rng.uniform(-500, 500)),
                              (x + rng.uniform(10, 4_000), y + rng.uniform(10, 3_000))]).buffer(0))
    return zones


def test_a_zones_bands_hold_every_point_inside_it():
    """The bands only ever leave out points outside the zone (the test is skipped for those)."""
    from shapely.vectorized import contains

    from wuqing_eco_plugin.domain.overlaps.covering import zone_bands
    from wuqing_eco_plugin.domain.overlaps.overlay import _rings

    rng = np.random.default_rng(11)
    xs, ys = rng.uniform(-500, 10_500, 200_000), rng.uniform(-500, 10_500, 200_000)
    for zone in _zones_for_bands():
        bands = zone_bands(*_rings([zone]), 1)[0]
        inside = contains(zone, xs, ys)
        within = (xs >= bands.x0) & (xs <= bands.x1)
        band = bands.band(xs)
        kept = within & (ys >= bands.ymin[band]) & (ys <= bands.ymax[band])
        assert inside.sum() > 100
        assert not (inside & ~kept).any()
        assert kept.sum() < 0.9 * within.sum() or zone.area > 0.5 * (zone.bounds[2] - zone.bounds[0]) * (
            zone.bounds[3] - zone.bounds[1])  # they do narrow a thin zone's box


def test_covering_with_bands_is_the_test_of_every_zone():
    from shapely.vectorized import contains

    from wuqing_eco_plugin.domain.overlaps.covering import covering, zone_bands
    from wuqing_eco_plugin.domain.overlaps.overlay import _rings

    zones = _zones_for_bands()
    rng = np.random.default_rng(3)
    xs, ys = rng.uniform(-500, 10_500, 50_000), rng.uniform(-500, 10_500, 50_000)
    expected = np.array([contains(z, xs, ys) for z in zones]).T
    covers = covering(zones, zone_bands(*_rings(zones), len(zones)), xs, ys, workers=2)
    assert [sorted(c) for c in covers] == [list(np.flatnonzero(row)) for row in expected]


def test_bands_worked_out_in_batches_are_those_of_one_batch(monkeypatch):
    from wuqing_eco_plugin.domain.overlaps import covering
    from wuqing_eco_plugin.domain.overlaps.overlay import _rings

    zones = _zones_for_bands() + [z.geometry for z in generate(20, seed=5)]
    rings, owners = _rings(zones)
    whole = covering.zone_bands(rings, owners, len(zones))
    monkeypatch.setattr(covering, "BAND_BATCH", 500)
    batched = covering.zone_bands(rings, owners, len(zones))
    assert len(batched) == len(whole) == len(zones)
    for a, b in zip(whole, batched):
        assert (a.x0, a.width) == (b.x0, b.width)
        assert np.array_equal(a.ymin, b.ymin) and np.array_equal(a.ymax, b.ymax)
