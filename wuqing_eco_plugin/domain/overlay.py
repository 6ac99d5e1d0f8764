# SPDX-License-Identifier: GPL-2.0-or-later
"""Flatten overlapping zones into pieces, each with the zones that cover it.

The work is the GEOS noding of the zone boundaries, not a comparison of every pair of zones:

1. Rings of every zone become segments; a segment shared exactly by two zones (a red core and the
   yellow band around it share their whole common line) is kept once. Shared lines are most of the
   linework in real red/yellow data, and noding them twice is what makes a plain union slow.
2. One unary union of that linework nodes it (GEOS OverlayNG, with its snapping fallbacks).
3. Polygonize turns the noded lines into faces, which never overlap and tile every zone; their
   areas and a point inside each are read from one WKB with numpy (:mod:`.faces`).
4. The points are tested zone by zone, only those in the zone's bounding box, with one prepared
   containment test in C per zone: that gives the zones covering each face.

Pure shapely + numpy: runs without QGIS, on Debian's shapely 1.8 and on 2.x.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional, Sequence

import numpy as np
from shapely import wkb as shapely_wkb
from shapely.geometry import MultiLineString, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import polygonize_full, unary_union

from .faces import faces_of
from .repair import polygon_parts

#: Progress callback: fraction done (0–1).
Progress = Callable[[float], None]
#: Returns True when the caller wants the work stopped.
StopCheck = Callable[[], bool]


class CancelledError(Exception):
    """The caller asked to stop."""


@dataclass(frozen=True)
class Piece:
    """A face of the flattened zones: covered by exactly the zones ``cover`` (input indices)."""

    cover: tuple[int, ...]
    area: float
    wkb: bytes

    @property
    def geometry(self) -> Polygon:
        return shapely_wkb.loads(self.wkb)


@dataclass
class LineworkStats:
    segments: int = 0
    shared: int = 0
    faces: int = 0


def _rings(polygons: Sequence[BaseGeometry]) -> list[np.ndarray]:
    """Closed coordinate arrays (x, y) of every ring, without repeated consecutive points."""
    rings = []
    for geometry in polygons:
        for poly in polygon_parts(geometry):
            for ring in (poly.exterior, *poly.interiors):
                a = np.asarray(ring.coords, dtype=float)[:, :2]
                keep = np.ones(len(a), dtype=bool)
                keep[1:] = np.any(a[1:] != a[:-1], axis=1)
                a = a[keep]
                if len(a) >= 4:
                    rings.append(a)
    return rings


def _mix(h: np.ndarray, v: np.ndarray) -> np.ndarray:
    """One step of a 64-bit hash combine (wrapping multiply)."""
    h = (h ^ v) * np.uint64(0x9E3779B97F4A7C15)
    return h ^ (h >> np.uint64(31))


def shared_segments(rings: Sequence[np.ndarray]) -> np.ndarray:
    """For every segment of ``rings`` (ring by ring), whether an earlier ring repeats it exactly,
    in either direction.

    Points are hashed from their bits, segments from their two points' hashes in either order; only
    segments whose hashes collide are compared coordinate by coordinate. The stable sort makes the
    copy of the ring met first the one that stays, so shared lines stay whole runs of one ring:
    alternating copies would cut the linework into hundreds of thousands of pieces.
    """
    coords = np.concatenate(rings)
    ends = np.cumsum([len(r) for r in rings])
    bits = coords.view(np.uint64)
    with np.errstate(over="ignore"):
        point_hash = _mix(_mix(np.zeros(len(coords), dtype=np.uint64), bits[:, 0]), bits[:, 1])
        lo = np.minimum(point_hash[:-1], point_hash[1:])
        hi = np.maximum(point_hash[:-1], point_hash[1:])
        del point_hash
        segment_hash = _mix(_mix(np.zeros(len(lo), dtype=np.uint64), lo), hi)
    del lo, hi
    real = np.ones(len(coords) - 1, dtype=bool)
    real[ends[:-1] - 1] = False  # the step from one ring's last point to the next ring's first
    index = np.flatnonzero(real)
    segment_hash = segment_hash[index]
    order = np.argsort(segment_hash, kind="stable")
    sorted_hash = segment_hash[order]
    del segment_hash
    pair = np.flatnonzero(sorted_hash[1:] == sorted_hash[:-1])
    del sorted_hash
    first, second = index[order[pair]], index[order[pair + 1]]
    xy = coords.view(np.complex128).ravel()  # a point as one number: one comparison per point
    a1, b1, a2, b2 = xy[first], xy[first + 1], xy[second], xy[second + 1]
    same = ((a1 == a2) & (b1 == b2)) | ((a1 == b2) & (b1 == a2))
    repeated = np.zeros(len(coords) - 1, dtype=bool)
    repeated[second[same]] = True
    return repeated[index]


def unique_linework(rings: Sequence[np.ndarray], stats: LineworkStats | None = None) -> MultiLineString:
    """The rings as lines with every exactly repeated segment (either direction) kept once.

    Dropping a duplicate leaves the arrangement unchanged (the copy kept traces the same line) and
    spares the noder its most expensive case, long runs of collinear overlapping segments.
    """
    if not rings:
        return MultiLineString()
    repeated = shared_segments(rings)
    if stats is not None:
        stats.segments, stats.shared = len(repeated), int(repeated.sum())
    lines = []
    position = 0
    for ring in rings:
        n = len(ring) - 1
        mask = ~repeated[position:position + n]
        position += n
        if mask.all():
            lines.append(ring)
        elif mask.any():
            edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
            lines.extend(ring[s:e + 1] for s, e in zip(edges[::2], edges[1::2]))
    return MultiLineString(lines)


def node(polygons: Sequence[BaseGeometry], stats: LineworkStats | None = None) -> BaseGeometry:
    """The zone boundaries fully noded (every crossing and touching point a node)."""
    return unary_union(unique_linework(_rings(polygons), stats))


def _contains_xy(geometry: BaseGeometry, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Which points lie in the interior of ``geometry``: one prepared test in C for all of them."""
    try:
        from shapely import contains_xy  # shapely 2.x
    except ImportError:
        from shapely.vectorized import contains as contains_xy  # shapely 1.8
    return np.asarray(contains_xy(geometry, xs, ys), dtype=bool)


def covering(polygons: Sequence[BaseGeometry], xs: np.ndarray, ys: np.ndarray,
             should_stop: Optional[StopCheck] = None) -> list[list[int]]:
    """For each point, the indices (ascending) of the polygons whose interior holds it.

    Zone by zone: only the points inside a zone's bounding box are tested, all at once.
    """
    covers: list[list[int]] = [[] for _ in range(len(xs))]
    order = np.argsort(xs, kind="stable")
    sorted_x = xs[order]
    for i, geometry in enumerate(polygons):
        if i % 50 == 0:
            _check(should_stop)
        minx, miny, maxx, maxy = geometry.bounds
        lo = int(np.searchsorted(sorted_x, minx, side="left"))
        hi = int(np.searchsorted(sorted_x, maxx, side="right"))
        if lo >= hi:
            continue
        candidates = order[lo:hi]
        candidates = candidates[(ys[candidates] >= miny) & (ys[candidates] <= maxy)]
        if not len(candidates):
            continue
        inside = candidates[_contains_xy(geometry, xs[candidates], ys[candidates])]
        for k in inside.tolist():
            covers[k].append(i)
    return covers


def _check(should_stop: Optional[StopCheck]) -> None:
    if should_stop is not None and should_stop():
        raise CancelledError()


def overlay(polygons: Sequence[BaseGeometry], min_cover: int = 2, progress: Optional[Progress] = None,
            should_stop: Optional[StopCheck] = None, stats: LineworkStats | None = None) -> list[Piece]:
    """Pieces covered by at least ``min_cover`` of ``polygons`` (valid polygonal geometries).

    Pieces never overlap; their union is the area covered by ``min_cover`` or more zones. Pieces are
    faces of the noded boundaries: two faces with the same cover that touch stay apart only where a
    zone boundary separates them, which a valid zone never does, so in practice each is one region.
    """
    report = progress or (lambda fraction: None)
    stats = stats if stats is not None else LineworkStats()
    _check(should_stop)
    noded = node(polygons, stats)
    report(0.45)
    _check(should_stop)
    polygons_found = polygonize_full([noded])[0]
    del noded
    faces = faces_of(polygons_found)
    del polygons_found
    stats.faces = len(faces)
    report(0.7)
    covers = covering(polygons, faces.x, faces.y, should_stop)
    pieces = [Piece(tuple(cover), float(faces.area[k]), faces.wkb(k))
              for k, cover in enumerate(covers) if len(cover) >= min_cover]
    report(1.0)
    return pieces

