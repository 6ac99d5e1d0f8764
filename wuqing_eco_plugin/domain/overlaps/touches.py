# SPDX-License-Identifier: GPL-2.0-or-later
"""Touches closed before noding: a vertex lying on another segment becomes a vertex of it too.

Red and yellow lines are drawn against each other: a yellow band ends on the red core's edge, a
flat end of a corridor's yellow band runs back along the red core's end. Such a vertex lies on the
other segment only up to rounding, and GEOS's fast floating-point noder then finds a crossing it
cannot place; GEOS starts the whole noding again with its snapping noder, which takes three to four
times as long on data of this kind. Here those places are closed beforehand, as GEOS's snapping
noder would close them and with its tolerance (10⁻¹² of the coordinates' magnitude, some
micrometres): a vertex within the tolerance of another segment is inserted into it, and a vertex
within the tolerance of another vertex takes that vertex's coordinates. Nothing moves further than
the tolerance, and the segments made identical are then kept once like the other shared lines.

Such places are where two lines part: where a shared run of segments ends (the shared segments
are kept once, so one line's run ends there and the other line passes through), or where a line
turns back on itself. The search looks only there, at the segments within :data:`REACH` steps of a
run's end and of the lines through it, paired by their boxes on a grid, and at every sharp turn; and
it closes only a wedge: a point is put on another segment, or onto another point, only when its own
segment starts where that segment does. A vertex that merely lies near another line is left alone:
moving it without seeing a third line near by could bend it across that line, and two parallel
edges a few micrometres apart are an overlap, however thin. A place left open is no error: GEOS
then snaps as before, only slower.
"""
from __future__ import annotations

import numpy as np

#: Steps along a line from where two lines part that are searched for touches.
REACH = 3

#: Grid cells a box may span on a side, and box pairs looked at (bounds the memory).
MAX_CELLS = 256
MAX_PAIRS = 20_000_000

#: Relative tolerance: GEOS's own snapping tolerance factor (OverlayNGRobust).
TOLERANCE_FACTOR = 1e-12


def _ranges(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For groups of ``counts`` items: each item's group and its rank within the group."""
    group = np.repeat(np.arange(len(counts)), counts)
    rank = np.arange(len(group)) - np.repeat(np.cumsum(counts) - counts, counts)
    return group, rank


def _box_pairs(x0, y0, x1, y1, tol: float) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) of boxes that meet (grown by ``tol``), found cell by cell on a grid and each
    reported once, in the cell holding the corner of the boxes' common part."""
    x0, y0, x1, y1 = x0 - tol, y0 - tol, x1 + tol, y1 + tol
    finite = np.isfinite(x0) & np.isfinite(y0) & np.isfinite(x1) & np.isfinite(y1)
    if finite.sum() < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    extent = np.maximum(x1 - x0, y1 - y0)[finite]
    ox, oy = float(x0[finite].min()), float(y0[finite].min())
    # Cells of about two boxes, but no box over MAX_CELLS cells a side (a strip's cut line).
    size = max(2.0 * float(np.median(extent)), float(extent.max()) / MAX_CELLS, 1e-12 * max(abs(ox), abs(oy)))
    ix0, ix1 = ((x0 - ox) // size).astype(np.int64), ((x1 - ox) // size).astype(np.int64)
    iy0, iy1 = ((y0 - oy) // size).astype(np.int64), ((y1 - oy) // size).astype(np.int64)
    ny = iy1 - iy0 + 1
    counts = np.where(finite, (ix1 - ix0 + 1) * ny, 0)
    box, rank = _ranges(counts)
    height = int(iy1[finite].max()) + 2
    key = (ix0[box] + rank // ny[box]) * height + iy0[box] + rank % ny[box]
    order = np.argsort(key, kind="stable")
    key, box = key[order], box[order]
    starts = np.flatnonzero(np.concatenate(([True], key[1:] != key[:-1])))
    size_of = np.diff(np.append(starts, len(key)))
    cell_of = np.repeat(np.arange(len(starts)), size_of)
    position = np.arange(len(key)) - starts[cell_of]
    partners = size_of[cell_of] - position - 1  # the entries after this one in its cell
    if partners.sum() > MAX_PAIRS:  # a crowd no grid splits: left to GEOS's own snapping
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    first, rank = _ranges(partners)
    second = first + 1 + rank
    i, j = box[first], box[second]
    meet = (x0[i] <= x1[j]) & (x0[j] <= x1[i]) & (y0[i] <= y1[j]) & (y0[j] <= y1[i])
    i, j, cell = i[meet], j[meet], key[first][meet]
    corner = ((np.maximum(x0[i], x0[j]) - ox) // size).astype(np.int64) * height + \
        ((np.maximum(y0[i], y0[j]) - oy) // size).astype(np.int64)
    once = corner == cell
    i, j = i[once], j[once]
    return np.minimum(i, j), np.maximum(i, j)


def _point_segment(coords: np.ndarray, p: np.ndarray, s: np.ndarray, tol: float):
    """For points ``p`` and segments ``s`` → ``s + 1``: (inside, t, near_start, near_end): the point
    lies on the segment between its ends (at ``t``), or within ``tol`` of one end without being it."""
    px, py = coords[p, 0], coords[p, 1]
    ax, ay, bx, by = coords[s, 0], coords[s, 1], coords[s + 1, 0], coords[s + 1, 1]
    dx, dy, rx, ry = bx - ax, by - ay, px - ax, py - ay
    length2 = dx * dx + dy * dy
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (rx * dx + ry * dy) / length2
        off = np.abs(rx * dy - ry * dx) / np.sqrt(length2)
    at_a = (px == ax) & (py == ay)
    at_b = (px == bx) & (py == by)
    near_a = ~at_a & ~at_b & (np.hypot(rx, ry) <= tol)
    near_b = ~at_a & ~at_b & ~near_a & (np.hypot(px - bx, py - by) <= tol)
    inside = ~at_a & ~at_b & ~near_a & ~near_b & (off <= tol) & (t > 0) & (t < 1)
    return inside, t, near_a, near_b


def _values_at(coords: np.ndarray, values: np.ndarray) -> np.ndarray:
    """The points of ``coords`` equal to one of ``values`` (complex x + iy)."""
    if len(values) == 0:
        return np.zeros(0, np.int64)
    x, xs = coords[:, 0], np.unique(values.real)
    hit = np.flatnonzero(xs[np.minimum(np.searchsorted(xs, x), len(xs) - 1)] == x)  # same x first
    return hit[np.isin(coords[hit].view(np.complex128).ravel(), values)]


def _near_parting(coords: np.ndarray, live: np.ndarray) -> np.ndarray:
    """The live segments within :data:`REACH` steps of a place where lines part: the ends of the
    runs left by keeping shared segments once, and every other line passing through such an end."""
    before = np.concatenate(([False], live[:-1]))
    ends = np.flatnonzero(live != before)  # a run's first point, or the point after its last step
    through = _values_at(coords, np.unique(coords[ends].view(np.complex128).ravel()))
    centre = np.unique(np.concatenate((ends, through)))
    around = (centre[:, None] + np.arange(-REACH, REACH)[None, :]).ravel()
    around = around[(around >= 0) & (around < len(live))]
    around = np.unique(around)
    return around[live[around]]


def close_touches(coords: np.ndarray, live: np.ndarray, line: np.ndarray, fixed_x: tuple[float, ...] = ()):
    """Close the touches among the live segments of ``coords`` (changed in place).

    ``live`` marks the segments i → i + 1 that count (a line's last point starts none); ``line``
    names each point's line. Points with an x in ``fixed_x`` (on a strip's cut) never move.
    Returns (coords, live, line): points inserted into the segments they lie on, points near
    another point moved onto it, and the segments made identical by it kept once.
    """
    if not live.any():
        return coords, live, line
    x, y = coords[:, 0], coords[:, 1]
    magnitude = np.abs(coords[np.isfinite(coords).all(axis=1)]).max(initial=0.0)
    tol = TOLERANCE_FACTOR * float(magnitude)
    # Where lines part, segments of different lines against each other.
    a = _near_parting(coords, live)
    bx0, bx1 = np.minimum(x[a], x[a + 1]), np.maximum(x[a], x[a + 1])
    by0, by1 = np.minimum(y[a], y[a + 1]), np.maximum(y[a], y[a + 1])
    i, j = _box_pairs(bx0, by0, bx1, by1, tol)
    other = line[a[i]] != line[a[j]]
    si, sj = a[i[other]], a[j[other]]
    # At every sharp turn of a line, each end against the other segment (a spike).
    dot = (x[1:-1] - x[:-2]) * (x[2:] - x[1:-1]) + (y[1:-1] - y[:-2]) * (y[2:] - y[1:-1])
    b = np.flatnonzero(live[:-2] & live[1:-1] & (dot < 0)) + 1  # the vertex between the segments
    p = np.concatenate((si, si + 1, sj, sj + 1, b - 1, b + 1))
    s = np.concatenate((sj, sj, si, si, b, b - 1))
    # Only a wedge: the point's own segment starts where the other one does (same coordinates).
    other_end = np.concatenate((si + 1, si, sj + 1, sj, b, b))
    xy = coords.view(np.complex128).ravel()
    wedge = (xy[other_end] == xy[s]) | (xy[other_end] == xy[s + 1])
    p, s = p[wedge], s[wedge]
    inside, t, near_a, near_b = _point_segment(coords, p, s, tol)
    if fixed_x:  # a strip's cut line takes only the points exactly on it: both strips see those
        cut = np.isin(x[s], fixed_x) & (x[s] == x[s + 1])
        inside &= ~cut | (x[p] == x[s])
    snapped = _snap(coords, np.concatenate((p[near_a], p[near_b])), np.concatenate((s[near_a], s[near_b] + 1)),
                    fixed_x)
    into, at, point = s[inside], t[inside], p[inside]
    if len(into) == 0 and len(snapped) == 0:
        return coords, live, line
    order = np.lexsort((at, into))
    into, point = into[order], point[order]
    keep = np.ones(len(into), dtype=bool)  # one insertion of a point value per segment
    keep[1:] = ~((into[1:] == into[:-1]) & np.all(coords[point[1:]] == coords[point[:-1]], axis=1))
    into, point = into[keep], point[keep]
    touched = np.unique(np.concatenate((into, point - 1, point, snapped - 1, snapped)))
    coords = np.insert(coords, into + 1, coords[point], axis=0)
    live = np.insert(live, into + 1, True)
    line = np.insert(line, into + 1, line[into])
    moved = touched + np.searchsorted(into, touched, side="left")  # after the insertions before it
    pieces = into + np.arange(len(into)) + 1  # the inserted points: a segment starts at each
    local = np.unique(np.concatenate((moved, pieces, pieces - 1)))
    local = local[(local >= 0) & (local < len(live))]
    local = local[live[local]]
    live[local[_repeated(coords, local)]] = False
    return coords, live, line


def _snap(coords: np.ndarray, moving: np.ndarray, onto: np.ndarray, fixed_x: tuple[float, ...]) -> np.ndarray:
    """Of each pair of near points (``moving``, ``onto``), every point equal to the greater (x, then
    y) takes the lesser one's coordinates, following chains to the least, so points merge and never
    swap (no point on a cut moves); returns every point at a place points were moved onto."""
    xy = coords.view(np.complex128).ravel()
    ok = ~np.isin(coords[moving, 0], fixed_x) & ~np.isin(coords[onto, 0], fixed_x)
    a, b = xy[moving[ok]], xy[onto[ok]]
    greater = (a.real > b.real) | ((a.real == b.real) & (a.imag > b.imag))
    if not len(a):
        return np.zeros(0, np.int64)
    target: dict[complex, complex] = {}
    for high, low in sorted(zip(np.where(greater, a, b).tolist(), np.where(greater, b, a).tolist()),
                            key=lambda pair: (pair[1].real, pair[1].imag)):
        target[high] = min(target.get(high, low), low, key=lambda v: (v.real, v.imag))
    for high in sorted(target, key=lambda v: (v.real, v.imag)):  # a chain ends at its least point
        while target[high] in target:
            target[high] = target[target[high]]
    values = np.array(sorted(target, key=lambda v: (v.real, v.imag)), dtype=np.complex128)
    hit = _values_at(coords, values)
    xy[hit] = np.array([target[v] for v in values.tolist()], dtype=np.complex128)[np.searchsorted(values, xy[hit])]
    return _values_at(coords, np.unique(np.array(list(target.values()), dtype=np.complex128)))


def _repeated(coords: np.ndarray, segments: np.ndarray) -> np.ndarray:
    """Which of ``segments`` (i → i + 1, in order) repeat an earlier one of them, either way."""
    xy = coords.view(np.complex128).ravel()
    p, q = xy[segments], xy[segments + 1]
    swap = (p.real > q.real) | ((p.real == q.real) & (p.imag > q.imag))
    lo, hi = np.where(swap, q, p), np.where(swap, p, q)
    order = np.lexsort((np.arange(len(segments)), hi.imag, hi.real, lo.imag, lo.real))
    same = (lo[order][1:] == lo[order][:-1]) & (hi[order][1:] == hi[order][:-1])
    repeated = np.zeros(len(segments), dtype=bool)
    repeated[order[1:][same]] = True
    return repeated
