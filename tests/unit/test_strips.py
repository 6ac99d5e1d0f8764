# SPDX-License-Identifier: GPL-2.0-or-later
"""The exact strip split: cuts miss every vertex, clipped rings cross at bit-identical points."""
from __future__ import annotations

import numpy as np
import pytest

from wuqing_eco_plugin.domain.overlaps.strips import clip_ring, clip_rings, cut_positions


def _ring(points):
    return np.array(points + points[:1], dtype=float)


def test_cuts_split_the_vertices_evenly_and_miss_every_vertex():
    xs = np.repeat(np.arange(100, dtype=float), 3)  # repeated abscissae, as on vertical edges
    cuts = cut_positions(xs, 4)
    assert len(cuts) == 3 and cuts == sorted(cuts)
    assert not set(cuts) & set(xs.tolist())
    shares = np.histogram(xs, bins=[-np.inf, *cuts, np.inf])[0]
    assert shares.min() >= 72 and shares.max() <= 78
    assert cut_positions(xs, 1) == [] and cut_positions(np.array([5.0, 5.0]), 3) == []


def test_a_ring_inside_the_strip_stays_whole_and_one_outside_disappears():
    square = _ring([(0, 0), (4, 0), (4, 4), (0, 4)])
    assert clip_ring(square, -1.5, 10.5)[0] is square
    assert clip_rings([square], 5.5, 9.5) == []


def test_a_square_cut_by_both_lines_keeps_its_top_and_bottom_edges():
    square = _ring([(0, 0), (10, 0), (10, 10), (0, 10)])
    parts = clip_ring(square, 2.5, 7.5)
    assert sorted(tuple(map(tuple, p.tolist())) for p in parts) == [
        ((2.5, 0.0), (7.5, 0.0)), ((7.5, 10.0), (2.5, 10.0))]


def test_a_part_running_over_the_ring_start_is_one_line():
    ring = _ring([(5, 0), (10, 5), (5, 10), (0, 5)])  # starts inside the strip x < 7
    parts = clip_ring(ring, -np.inf, 7.0)
    assert len(parts) == 1
    line = parts[0]
    assert line.tolist() == [[7.0, 8.0], [5.0, 10.0], [0.0, 5.0], [5.0, 0.0], [7.0, 2.0]]


def test_a_shared_edge_crosses_the_cut_at_the_same_point_either_way_round():
    a = _ring([(0, 0.1), (3.3, 7.7), (0, 9)])
    b = _ring([(3.3, 7.7), (0, 0.1), (-1, 5)])  # the same edge, traversed the other way
    cut = 1.0 / 3.0

    def crossings(ring):
        return {tuple(p) for part in clip_ring(ring, cut, np.inf) for p in part.tolist() if p[0] == cut}

    a_points, b_points = crossings(a), crossings(b)
    assert len(a_points) == len(b_points) == 2
    shared = a_points & b_points  # bit-identical, so the shared line still deduplicates
    assert len(shared) == 1 and next(iter(shared))[1] == pytest.approx(0.1 + cut * 7.6 / 3.3)
