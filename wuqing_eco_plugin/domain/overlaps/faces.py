# SPDX-License-Identifier: GPL-2.0-or-later
"""Faces of a polygonized arrangement as arrays: WKB per face, area, and a point inside each.

Polygonize gives one GeometryCollection; turning each face into a shapely object to ask for its
area and a point inside costs more than the polygonizing itself on shapely 1.8. Here the
collection's WKB is read once with numpy, areas come from the shoelace formula per ring, and the
interior points from one horizontal scanline per face (the method of GEOS's InteriorPointArea):
the middle of the widest interior interval of the line through the middle of the face's height.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass

import numpy as np
from shapely import wkb as shapely_wkb
from shapely.geometry.base import BaseGeometry

_POLYGON, _COLLECTION, _MULTIPOLYGON = 3, 7, 6


#: Coordinates handled at once: bounds the temporary arrays (about 15 doubles per coordinate).
BATCH_POINTS = 1_000_000


@dataclass
class Faces:
    """Faces by index: WKB spans in one buffer (sliced only for the faces kept), area, inside point,
    and the least and greatest x of each face."""

    buffer: bytes
    spans: list[tuple[int, int]]
    area: np.ndarray
    x: np.ndarray
    y: np.ndarray
    xmin: np.ndarray
    xmax: np.ndarray

    def __len__(self) -> int:
        return len(self.spans)

    def wkb(self, k: int) -> bytes:
        start, end = self.spans[k]
        return self.buffer[start:end]


def _read_polygons(buf: bytes):
    """(polygon byte ranges, ring → polygon index, ring coordinate arrays) of the WKB of a 2D
    polygon, multipolygon or collection of polygons (the arrays are views of ``buf``)."""
    order = "<" if buf[0] == 1 else ">"
    kind, count = struct.unpack_from(order + "II", buf, 1)
    if kind == _POLYGON:
        offset, count = 0, 1  # one part: the polygon itself
    elif kind & 0xFF in (_COLLECTION, _MULTIPOLYGON):
        offset = 9
    else:
        raise ValueError(f"expected a collection of polygons, got WKB type {kind}")
    spans, ring_owner, rings = [], [], []
    dtype = np.dtype(order + "f8")
    for n in range(count):
        start = offset
        part_order = "<" if buf[offset] == 1 else ">"
        part_kind, nrings = struct.unpack_from(part_order + "II", buf, offset + 1)
        if part_kind != _POLYGON:
            raise ValueError(f"expected a 2D polygon, got WKB type {part_kind}")
        offset += 9
        for _ in range(nrings):
            (npoints,) = struct.unpack_from(part_order + "I", buf, offset)
            offset += 4
            rings.append(np.frombuffer(buf, dtype=dtype if part_order == order else np.dtype(part_order + "f8"),
                                       count=2 * npoints, offset=offset).reshape(-1, 2))
            ring_owner.append(n)
            offset += 16 * npoints
        spans.append((start, offset))
    return spans, np.asarray(ring_owner, dtype=np.int64), rings


def polygon_rings(buf: bytes) -> list[np.ndarray]:
    """The rings, as (n, 2) arrays of doubles, of the WKB of a 2D polygon or multipolygon."""
    return _read_polygons(buf)[2]


def _measure(rings: list[np.ndarray], owner: np.ndarray, n: int) -> tuple[np.ndarray, ...]:
    """Area, scanline point (x, y), widest interval, least and greatest x of polygons 0..n-1 owning
    ``rings``."""
    lengths = np.array([len(r) for r in rings])
    coords = np.concatenate(rings).astype(float)
    ring_of_point = np.repeat(np.arange(len(rings)), lengths)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    # Segments i → i+1 inside each ring (a ring's last point repeats its first).
    seg = np.ones(len(coords), dtype=bool)
    seg[starts + lengths - 1] = False
    i = np.flatnonzero(seg)
    ring = ring_of_point[i]
    del ring_of_point, seg
    poly = owner[ring]
    x1, y1, x2, y2 = coords[i, 0], coords[i, 1], coords[i + 1, 0], coords[i + 1, 1]
    # Shoelace relative to each ring's first point: small numbers, so small faces keep their digits.
    ox, oy = coords[starts[ring], 0], coords[starts[ring], 1]
    twice = np.bincount(ring, weights=(x1 - ox) * (y2 - oy) - (x2 - ox) * (y1 - oy), minlength=len(rings))
    del ox, oy
    first_ring = np.concatenate(([True], owner[1:] != owner[:-1]))  # a polygon's first ring is its shell
    half = np.abs(twice) / 2.0
    area = np.bincount(owner[first_ring], weights=half[first_ring], minlength=n) - \
        np.bincount(owner[~first_ring], weights=half[~first_ring], minlength=n)
    # Scanline through the middle of each exterior ring's height. Segments come ring by ring and
    # polygon by polygon, so per-polygon extremes are reductions over contiguous runs.
    exterior = np.flatnonzero(first_ring[ring])
    ext_poly = poly[exterior]
    run_starts = np.flatnonzero(np.concatenate(([True], ext_poly[1:] != ext_poly[:-1])))
    ymin = np.minimum.reduceat(np.minimum(y1, y2)[exterior], run_starts)
    ymax = np.maximum.reduceat(np.maximum(y1, y2)[exterior], run_starts)
    xmin, xmax = np.full(n, np.nan), np.full(n, np.nan)
    xmin[ext_poly[run_starts]] = np.minimum.reduceat(x1[exterior], run_starts)
    xmax[ext_poly[run_starts]] = np.maximum.reduceat(x1[exterior], run_starts)
    scan = np.full(n, np.nan)
    scan[ext_poly[run_starts]] = (ymin + ymax) / 2.0
    ys = scan[poly]
    crossing = (y1 <= ys) != (y2 <= ys)
    cp = poly[crossing]
    cx = x1[crossing] + (ys[crossing] - y1[crossing]) * (x2[crossing] - x1[crossing]) / \
        (y2[crossing] - y1[crossing])
    order = np.lexsort((cx, cp))
    cp, cx = cp[order], cx[order]
    group_start = np.searchsorted(cp, cp, side="left")
    rank = np.arange(len(cp)) - group_start
    left = np.flatnonzero((rank % 2 == 0) & (np.arange(len(cp)) + 1 < len(cp)))
    left = left[cp[left] == cp[np.minimum(left + 1, len(cp) - 1)]]
    width = cx[left + 1] - cx[left]
    best = np.full(n, -1.0)
    if len(left):
        owners = cp[left]  # sorted
        runs = np.flatnonzero(np.concatenate(([True], owners[1:] != owners[:-1])))
        best[owners[runs]] = np.maximum.reduceat(width, runs)
    x = np.full(n, np.nan)
    winners = left[width == best[cp[left]]]
    x[cp[winners]] = (cx[winners] + cx[winners + 1]) / 2.0
    return area, x, scan, best, xmin, xmax


def faces_of(collection: BaseGeometry) -> Faces:
    """The polygons of ``collection`` (polygonize's result) as :class:`Faces`."""
    buf = collection.wkb
    spans, owner, rings = _read_polygons(buf)
    n = len(spans)
    area, x, y, best, xmin, xmax = (np.zeros(n) for _ in range(6))
    ring_starts = np.concatenate(([0], np.flatnonzero(owner[1:] != owner[:-1]) + 1)) if n else np.zeros(0, int)
    points = np.array([len(r) for r in rings])
    first = 0
    while first < n:
        # Polygons first..last-1, at least one, about BATCH_POINTS coordinates.
        r0 = ring_starts[first]
        cumulative = np.cumsum(points[r0:])
        last = first + 1
        while last < n and cumulative[ring_starts[last] - r0 - 1] < BATCH_POINTS:
            last += 1
        r1 = ring_starts[last] if last < n else len(rings)
        batch = _measure(rings[r0:r1], owner[r0:r1] - first, last - first)
        for target, values in zip((area, x, y, best, xmin, xmax), batch):
            target[first:last] = values
        first = last
    faces = Faces(buf, spans, area, x, y, xmin, xmax)
    # A face the scanline cannot enter (none seen in practice) asks GEOS for its point.
    for k in np.flatnonzero(~(best > 0)):
        point = shapely_wkb.loads(faces.wkb(k)).representative_point()
        faces.x[k], faces.y[k] = point.x, point.y
    return faces
