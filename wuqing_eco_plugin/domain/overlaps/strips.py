# SPDX-License-Identifier: GPL-2.0-or-later
"""Vertical strips: an exact split of the zone linework, so the overlay can run strip by strip.

A strip's arrangement is the zone boundaries clipped to the strip plus the strip's cut lines. Its
faces are the faces of the whole arrangement cut by those lines, so every piece of a strip is a
piece of the whole or part of one, and the parts meet again along the cut lines.

Two choices make the split exact rather than nearly so:

* a cut never passes through a vertex (it lies halfway between two neighbouring vertex abscissae),
  so only crossing segments are cut and every point on a cut line is one of those crossings;
* a crossing is computed from the segment's endpoints taken left to right, whichever way the ring
  runs, so a boundary that two zones share is cut at bit-identical points in both zones and in both
  strips: the shared lines still deduplicate, and the parts of a piece on either side of a cut meet
  vertex for vertex.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

#: Vertices sampled to place the cuts: enough to balance the strips, and no full sort.
SAMPLE = 65_536


def cut_positions(xs: np.ndarray, count: int) -> list[float]:
    """Up to ``count - 1`` cuts that split the vertex abscissae ``xs`` into about ``count`` equal
    shares, each halfway between a vertex and the next vertex to its right (no vertex on a cut)."""
    cuts: list[float] = []
    if count < 2 or len(xs) < 2:
        return cuts
    sample = np.sort(xs[::max(1, len(xs) // SAMPLE)])
    for k in range(1, count):
        target = sample[len(sample) * k // count]
        right = np.min(xs, where=xs > target, initial=np.inf)
        cut = (target + right) / 2.0
        if target < cut < right and (not cuts or cut > cuts[-1]):
            cuts.append(float(cut))
    return cuts


def _crossing(p: np.ndarray, q: np.ndarray, x: float) -> np.ndarray:
    """Where segment ``p``–``q`` (one end on each side of ``x``) crosses the line at ``x``: computed
    left to right, so the segment gives the same point whichever way it is traversed."""
    if p[0] > q[0]:
        p, q = q, p
    return np.array([x, p[1] + (x - p[0]) * (q[1] - p[1]) / (q[0] - p[0])])


def clip_ring(ring: np.ndarray, x0: float, x1: float) -> list[np.ndarray]:
    """The parts of closed ``ring`` (n × 2, first point repeated last) with x0 ≤ x ≤ x1, as lines.

    No vertex may lie on ``x0`` or ``x1`` (see :func:`cut_positions`); -inf and inf are allowed.
    """
    x = ring[:, 0]
    inside = (x > x0) & (x < x1)
    if inside.all():
        return [ring]
    outside = int(np.flatnonzero(~inside)[0])
    if outside:  # start the ring at a vertex outside the strip, so no part wraps around the end
        ring = np.concatenate((ring[outside:-1], ring[:outside + 1]))
        inside = np.concatenate((inside[outside:-1], inside[:outside + 1]))
    x = ring[:, 0]
    lo, hi = np.minimum(x[:-1], x[1:]), np.maximum(x[:-1], x[1:])
    enters = (hi > x0) & (lo < x1)  # the segment has a part in the strip
    n = len(enters)
    previous = np.concatenate(([False], enters[:-1]))
    following = np.concatenate((enters[1:], [False]))
    starts = np.flatnonzero(enters & (~previous | ~inside[:n]))
    ends = np.flatnonzero(enters & (~following | ~inside[1:]))
    parts = []
    for s, e in zip(starts.tolist(), ends.tolist()):
        points = ring[s:e + 2].copy()
        if not inside[s]:
            points[0] = _crossing(ring[s], ring[s + 1], x0 if ring[s, 0] <= x0 else x1)
        if not inside[e + 1]:
            points[-1] = _crossing(ring[e], ring[e + 1], x0 if ring[e + 1, 0] <= x0 else x1)
        parts.append(points)
    return parts


def clip_rings(rings: Sequence[np.ndarray], x0: float, x1: float) -> list[np.ndarray]:
    """Every part of ``rings`` inside the strip x0 ≤ x ≤ x1."""
    parts: list[np.ndarray] = []
    for ring in rings:
        parts.extend(clip_ring(ring, x0, x1))
    return parts
