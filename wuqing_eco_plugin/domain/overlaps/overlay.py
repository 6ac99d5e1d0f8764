# SPDX-License-Identifier: GPL-2.0-or-later
"""Flatten overlapping zones into pieces, each with the zones that cover it.

The work is the GEOS noding of the zone boundaries, not a comparison of every pair of zones:

1. Rings of every zone become segments; a segment shared exactly by two zones (a red core and the
   yellow band around it share their whole common line) is kept once. Shared lines are most of the
   linework in real red/yellow data, and noding them twice is what makes a plain union slow.
   Where lines part, a vertex lying on the other line up to rounding is made a vertex of it
   (:mod:`.touches`), so GEOS's fast noder does not fail there and start again with snapping.
2. One unary union of that linework nodes it (GEOS OverlayNG, with its snapping fallbacks).
3. Polygonize turns the noded lines into faces, which never overlap and tile every zone; their
   areas and a point inside each are read from one WKB with numpy (:mod:`.faces`).
4. The points are tested zone by zone, only those near the zone (:mod:`.covering`), with one
   prepared containment test in C per zone: that gives the zones covering each face. Faces under 1 mm² are
   slivers between two digitisations of one line, counted and left out.

Large inputs run steps 1–3 in vertical strips (:mod:`.strips`), an exact split: the strips' faces
are the whole's faces cut by the strip lines, and the parts of a piece that a line cut are joined
again. Strips run on threads, since GEOS and numpy work without Python's lock, and each thread
holds only one strip's noding in memory. Step 4 shares the zones among the same threads.

Pure shapely + numpy: runs without QGIS, on Debian's shapely 1.8 and on 2.x.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np
from shapely import wkb as shapely_wkb
from shapely.geometry import MultiLineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import polygonize_full, unary_union

from ..errors import CancelledError
from ..repair import polygon_parts
from .covering import covering, zone_bands
from .faces import Faces, faces_of, polygon_rings
from .strips import clip_rings, cut_positions
from .threads import Progress, StopCheck
from .threads import check_stop as _check
from .threads import in_threads as _in_threads
from .touches import close_touches

__all__ = ["CancelledError", "LineworkStats", "Piece", "Progress", "StopCheck", "overlay"]


@dataclass(frozen=True)
class Piece:
    """A face of the flattened zones: covered by exactly the zones ``cover`` (input indices)."""

    cover: tuple[int, ...]
    area: float
    wkb: bytes

    @property
    def geometry(self) -> Polygon:
        return shapely_wkb.loads(self.wkb)


#: Faces smaller than this (m²) are slivers, not pieces: the thread between two digitisations of
#: one line that differ in their last bits (areas of 1e-9 m²). Real small overlaps are far larger.
SLIVER_M2 = 1e-6


@dataclass
class LineworkStats:
    segments: int = 0
    shared: int = 0
    faces: int = 0
    slivers: int = 0  # faces under SLIVER_M2, left out

    def add(self, other: LineworkStats) -> None:
        self.segments += other.segments
        self.shared += other.shared
        self.faces += other.faces
        self.slivers += other.slivers


def _ring_arrays(geometry: BaseGeometry) -> list[np.ndarray]:
    """The rings of a polygonal geometry as (n, 2) arrays: read from one WKB for a 2D polygon or
    multipolygon (what zones are), else ring by ring."""
    if isinstance(geometry, (Polygon, MultiPolygon)) and not geometry.is_empty and not geometry.has_z:
        return polygon_rings(geometry.wkb)
    return [np.asarray(ring.coords, dtype=float)[:, :2]
            for poly in polygon_parts(geometry) for ring in (poly.exterior, *poly.interiors)]


def _rings(polygons: Sequence[BaseGeometry]) -> tuple[list[np.ndarray], np.ndarray]:
    """Closed coordinate arrays (x, y) of every ring, without repeated consecutive points, and the
    index of the polygon each ring belongs to."""
    rings, owners = [], []
    for owner, geometry in enumerate(polygons):
        for a in _ring_arrays(geometry):
            repeated = np.flatnonzero(np.all(a[1:] == a[:-1], axis=1))
            if len(repeated):
                a = np.delete(a, repeated + 1, axis=0)
            if len(a) >= 4:
                rings.append(a)
                owners.append(owner)
    return rings, np.asarray(owners, dtype=np.int64)


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


def unique_linework(rings: Sequence[np.ndarray], stats: LineworkStats | None = None,
                    fixed_x: tuple[float, ...] = ()) -> MultiLineString:
    """The rings as lines with every exactly repeated segment (either direction) kept once, and the
    touches closed (:func:`.touches.close_touches`; points with an x in ``fixed_x`` never move).

    Dropping a duplicate leaves the arrangement unchanged (the copy kept traces the same line) and
    spares the noder its most expensive case, long runs of collinear overlapping segments.
    """
    if not rings:
        return MultiLineString()
    repeated = shared_segments(rings)
    lengths = np.array([len(r) for r in rings])
    coords = np.concatenate(rings)
    line = np.repeat(np.arange(len(rings)), lengths)
    live = np.ones(len(coords), dtype=bool)
    live[np.cumsum(lengths) - 1] = False  # a ring's last point starts no segment
    live[np.flatnonzero(live)[repeated]] = False
    points = len(coords)
    coords, live, line = close_touches(coords, live, line, fixed_x)
    if stats is not None:  # segments kept once: the shared ones, and those the touches made identical
        stats.segments = len(repeated)
        stats.shared = len(repeated) + len(coords) - points - int(live.sum())  # inserted points add segments
    edges = np.flatnonzero(np.diff(np.concatenate(([0], live.astype(np.int8), [0]))))
    return MultiLineString([coords[s:e + 1] for s, e in zip(edges[::2].tolist(), edges[1::2].tolist())])


#: Threads by default: one per core, at most this many (each holds one strip's noding in memory).
MAX_WORKERS = 8

#: Boundary vertices per strip: above this the work is split into vertical strips that run in
#: threads (GEOS works without Python's lock) and keep the memory of one strip's noding per thread.
STRIP_VERTICES = 150_000


def strip_count(vertices: int, workers: int) -> int:
    """Strips for ``vertices`` boundary vertices: one below :data:`STRIP_VERTICES`, otherwise
    enough to keep each near it, and at least two per worker so the threads stay busy."""
    if vertices <= STRIP_VERTICES:
        return 1
    return max(-(-vertices // STRIP_VERTICES), 2 * workers)


@dataclass
class _StripFaces:
    faces: Faces
    kept: np.ndarray  # faces at least SLIVER_M2 large, or on a cut line
    on_cut: np.ndarray  # of those, the ones touching a cut line (parts of pieces that may go on)
    stats: LineworkStats


def _strip_faces(rings: Sequence[np.ndarray], crossing: Sequence[np.ndarray], x0: float, x1: float,
                 y_span: tuple[float, float], should_stop: Optional[StopCheck], report: Progress) -> _StripFaces:
    """The faces of the arrangement of ``rings`` (inside the strip x0 ≤ x ≤ x1) and ``crossing``
    (rings that cross its lines) in the strip (infinite bounds: no cut)."""
    stats = LineworkStats()
    lines = list(rings) + clip_rings(crossing, x0, x1)
    lines.extend(np.array([[x, y_span[0]], [x, y_span[1]]]) for x in (x0, x1) if np.isfinite(x))
    noded = unary_union(unique_linework(lines, stats, tuple(x for x in (x0, x1) if np.isfinite(x))))
    del lines
    report(0.45)
    _check(should_stop)
    polygons_found = polygonize_full([noded])[0]
    del noded
    faces = faces_of(polygons_found)
    del polygons_found
    stats.faces = len(faces)
    on_cut = (faces.xmin == x0) | (faces.xmax == x1)
    # A sliver's inside point may sit on its boundary, so slivers are left out; but a part on a cut
    # stays until it is joined, since a small piece cut in two can make two parts under the limit.
    kept = np.flatnonzero((faces.area >= SLIVER_M2) | on_cut)
    stats.slivers = len(faces) - len(kept)
    return _StripFaces(faces, kept, on_cut[kept], stats)


def _join(parts: Sequence[Piece]) -> list[Piece]:
    """Pieces from the parts of pieces cut by the strip lines: parts with one cover that meet along
    a cut become one piece again (their vertices on the cut are the same crossings)."""
    by_cover: dict[tuple[int, ...], list[Piece]] = {}
    for part in parts:
        by_cover.setdefault(part.cover, []).append(part)
    pieces: list[Piece] = []
    for cover, group in by_cover.items():
        if len(group) == 1:
            pieces.extend(group)
            continue
        for polygon in polygon_parts(unary_union([p.geometry for p in group])):
            pieces.append(Piece(cover, polygon.area, polygon.wkb))
    return pieces


def overlay(polygons: Sequence[BaseGeometry], min_cover: int = 2, progress: Optional[Progress] = None,
            should_stop: Optional[StopCheck] = None, stats: LineworkStats | None = None,
            strips: Optional[int] = None, workers: Optional[int] = None) -> list[Piece]:
    """Pieces covered by at least ``min_cover`` (≥ 1) of ``polygons`` (valid polygonal geometries).

    Pieces never overlap; their union is the area covered by ``min_cover`` or more zones. Pieces are
    faces of the noded boundaries: two faces with the same cover that touch stay apart only where a
    zone boundary separates them, which a valid zone never does, so in practice each is one region.

    Large inputs run as vertical strips (``strips``, by default from the number of vertices) on
    ``workers`` threads (by default one per processor); the result is the same.
    """
    if min_cover < 1:
        raise ValueError("min_cover must be at least 1")
    report = progress or (lambda fraction: None)
    stats = stats if stats is not None else LineworkStats()
    _check(should_stop)
    rings, owners = _rings(polygons)
    if not rings:
        report(1.0)
        return []
    workers = max(1, workers or min(os.cpu_count() or 1, MAX_WORKERS))
    xs = np.concatenate([r[:, 0] for r in rings])
    edges = [-np.inf, *cut_positions(xs, strips if strips is not None else strip_count(len(xs), workers)), np.inf]
    del xs
    if len(edges) == 2:
        found = [_strip_faces(rings, [], -np.inf, np.inf, (0.0, 0.0), should_stop, report)]
        bands = zone_bands(rings, owners, len(polygons))
    else:
        ring_x = np.array([(r[:, 0].min(), r[:, 0].max()) for r in rings])
        y_span = (min(r[:, 1].min() for r in rings) - 1.0, max(r[:, 1].max() for r in rings) + 1.0)

        def strip(k: int) -> _StripFaces:
            x0, x1 = edges[k], edges[k + 1]
            within = (ring_x[:, 0] > x0) & (ring_x[:, 1] < x1)
            crossing = (ring_x[:, 1] > x0) & (ring_x[:, 0] < x1) & ~within
            return _strip_faces([rings[i] for i in np.flatnonzero(within)],
                                [rings[i] for i in np.flatnonzero(crossing)], x0, x1, y_span, should_stop,
                                lambda fraction: None)

        def task(k: int):  # the zones' bands (for the covering below) beside the strips, as task 0
            return zone_bands(rings, owners, len(polygons)) if k == 0 else strip(k - 1)

        bands, *found = _in_threads(task, len(edges), workers, should_stop, lambda f: report(0.7 * f))
    rings = []  # every strip is done: the coordinates can go
    report(0.7)
    for strip_faces in found:
        stats.add(strip_faces.stats)
    covers = covering(polygons, bands, np.concatenate([f.faces.x[f.kept] for f in found]),
                      np.concatenate([f.faces.y[f.kept] for f in found]), should_stop, workers)
    pieces: list[Piece] = []
    parts: list[Piece] = []
    position = 0
    for index, f in enumerate(found):
        found[index] = None  # type: ignore[call-overload]  # the strip's WKB goes once its pieces are out
        for n, k in enumerate(f.kept.tolist()):
            cover = covers[position + n]
            if len(cover) >= min_cover:
                (parts if f.on_cut[n] else pieces).append(Piece(tuple(cover), float(f.faces.area[k]), f.faces.wkb(k)))
        position += len(f.kept)
    for piece in _join(parts):
        if piece.area >= SLIVER_M2:
            pieces.append(piece)
        else:
            stats.slivers += 1
    report(1.0)
    return pieces
