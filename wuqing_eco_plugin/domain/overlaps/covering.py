# SPDX-License-Identifier: GPL-2.0-or-later
"""Which zones cover each face: one prepared containment test per zone, only for the points near it.

A zone's bounding box is a poor filter for a long river corridor running diagonally across the
district (it fills a tenth of its box), so each zone is cut into vertical bands (:class:`Bands`) and
only points within their band's y-range reach the test.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np
from shapely.geometry.base import BaseGeometry

from .threads import StopCheck, check_stop, in_threads

try:
    from shapely import contains_xy as _contains_points  # shapely 2.x
except ImportError:
    from shapely.vectorized import contains as _contains_points  # shapely 1.8


def _contains_xy(geometry: BaseGeometry, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Which points lie in the interior of ``geometry``: one prepared test in C for all of them."""
    return np.asarray(_contains_points(geometry, xs, ys), dtype=bool)


#: Vertical bands per zone in which :func:`covering` narrows the zone's bounding box.
BANDS = 64


@dataclass
class Bands:
    """Where a zone's interior can lie: its x-range cut into :data:`BANDS` equal vertical bands, and
    in each the least and greatest y of the boundary segments that reach into it.

    A point inside the zone has boundary straight above and below it, on segments whose x-range
    holds the point's x, so in its band; a point outside its band's y-range is outside the zone. A
    long river corridor running diagonally fills a tenth of its bounding box: the bands leave the
    containment test the points near it, not every face of the region.
    """

    x0: float
    x1: float
    width: float
    ymin: np.ndarray
    ymax: np.ndarray

    def band(self, x: np.ndarray) -> np.ndarray:
        return np.clip(((x - self.x0) / self.width).astype(np.int64), 0, len(self.ymin) - 1)


#: Vertices whose bands are worked out together (bounds the temporary arrays to a few MB).
BAND_BATCH = 200_000


def zone_bands(rings: Sequence[np.ndarray], owners: np.ndarray, zones: int,
               count: int = BANDS) -> list[Optional[Bands]]:
    """The :class:`Bands` of each of ``zones`` zones (None for one without rings), from their rings
    and the zone owning each ring (non-decreasing: rings come zone by zone), the zones of about
    :data:`BAND_BATCH` vertices at once."""
    found: list[Optional[Bands]] = [None] * zones
    first, size = 0, 0
    for k in range(len(rings) + 1):
        if k == len(rings) or (size >= BAND_BATCH and owners[k] != owners[k - 1]):
            if k > first:
                low = int(owners[first])
                batch = _bands_of_batch(rings[first:k], owners[first:k] - low, int(owners[k - 1]) - low + 1, count)
                found[low:low + len(batch)] = batch
            first, size = k, 0
        if k < len(rings):
            size += len(rings[k])
    return found


def _bands_of_batch(rings: Sequence[np.ndarray], owners: np.ndarray, zones: int,
                    count: int) -> list[Optional[Bands]]:
    """:func:`zone_bands` of zones 0..zones-1 at once.

    From the vertices: a band's range is the y of the vertices in it and in its two neighbours. A
    segment no longer than a band is wide has its ends in those three bands, so the boundary above
    and below any point of the band is in that range; the few longer segments are added to every
    band they cross.
    """
    coords = np.concatenate(rings)
    lengths = np.array([len(r) for r in rings])
    owner = np.repeat(owners, lengths)
    x, y = coords[:, 0], coords[:, 1]
    runs = np.flatnonzero(np.concatenate(([True], owner[1:] != owner[:-1])))
    present = owner[runs]
    x0 = np.zeros(zones)
    x1 = np.zeros(zones)
    x0[present] = np.minimum.reduceat(x, runs)
    x1[present] = np.maximum.reduceat(x, runs)
    width = np.where(x1 > x0, (x1 - x0) / count, 1.0)
    band = np.clip(((x - x0[owner]) / width[owner]).astype(np.int64), 0, count - 1)
    key = owner * count + band
    low = high = y
    # Segments across more than one band in between their ends (long straight edges): their ends'
    # y go into every band they cross.
    step = np.abs(np.diff(band))
    step[np.cumsum(lengths)[:-1] - 1] = 0  # the step from one ring's last point to the next ring's first
    long = np.flatnonzero(step > 1)
    if len(long):
        span = step[long] + 1
        spread = np.repeat(long, span)
        extra = np.minimum(band[long], band[long + 1])
        extra = np.repeat(extra, span) + np.arange(len(spread)) - np.repeat(np.cumsum(span) - span, span)
        pair_low = np.minimum(y[spread], y[spread + 1])
        pair_high = np.maximum(y[spread], y[spread + 1])
        key = np.concatenate((key, owner[spread] * count + extra))
        low, high = np.concatenate((y, pair_low)), np.concatenate((y, pair_high))
    del coords, x, band
    # Runs of vertices in one band (a ring stays in a band for many vertices) first, then the runs
    # by band: sorting a few runs per band costs a tenth of sorting every vertex.
    starts = np.flatnonzero(np.concatenate(([True], key[1:] != key[:-1])))
    key, low, high = key[starts], np.minimum.reduceat(low, starts), np.maximum.reduceat(high, starts)
    order = np.argsort(key, kind="stable")
    key, low, high = key[order], low[order], high[order]
    starts = np.flatnonzero(np.concatenate(([True], key[1:] != key[:-1])))
    ymin = np.full(zones * count, np.inf)
    ymax = np.full(zones * count, -np.inf)
    ymin[key[starts]] = np.minimum.reduceat(low, starts)
    ymax[key[starts]] = np.maximum.reduceat(high, starts)
    ymin, ymax = ymin.reshape(zones, count), ymax.reshape(zones, count)
    # Each band takes in its neighbours' vertices (see above).
    ymin = np.minimum(ymin, np.minimum(np.pad(ymin[:, 1:], ((0, 0), (0, 1)), constant_values=np.inf),
                                       np.pad(ymin[:, :-1], ((0, 0), (1, 0)), constant_values=np.inf)))
    ymax = np.maximum(ymax, np.maximum(np.pad(ymax[:, 1:], ((0, 0), (0, 1)), constant_values=-np.inf),
                                       np.pad(ymax[:, :-1], ((0, 0), (1, 0)), constant_values=-np.inf)))
    has = np.zeros(zones, dtype=bool)
    has[present] = True
    return [Bands(float(x0[z]), float(x1[z]), float(width[z]), ymin[z], ymax[z]) if has[z] else None
            for z in range(zones)]


def _inside(polygons: Sequence[BaseGeometry], bands: Sequence[Optional[Bands]], zones: Sequence[int],
            xs: np.ndarray, ys: np.ndarray, order: np.ndarray, sorted_x: np.ndarray,
            should_stop: Optional[StopCheck]) -> list[tuple[int, np.ndarray]]:
    """For each of ``zones`` (indices into ``polygons``) the points in its interior: only those in
    its bands (:class:`Bands`) are tested, all at once."""
    found = []
    for n, i in enumerate(zones):
        if n % 50 == 0:
            check_stop(should_stop)
        zone = bands[i]
        if zone is None:
            continue
        lo = int(np.searchsorted(sorted_x, zone.x0, side="left"))
        hi = int(np.searchsorted(sorted_x, zone.x1, side="right"))
        if lo >= hi:
            continue
        candidates = order[lo:hi]
        x, y = xs[candidates], ys[candidates]
        band = zone.band(x)
        near = (y >= zone.ymin[band]) & (y <= zone.ymax[band])
        candidates = candidates[near]
        if len(candidates):
            found.append((i, candidates[_contains_xy(polygons[i], x[near], y[near])]))
    return found


def covering(polygons: Sequence[BaseGeometry], bands: Sequence[Optional[Bands]], xs: np.ndarray, ys: np.ndarray,
             should_stop: Optional[StopCheck] = None, workers: int = 1) -> list[list[int]]:
    """For each point, the indices (ascending) of the polygons whose interior holds it, from each
    polygon's :class:`Bands` (:func:`zone_bands`; None for one without rings); the zones are
    shared among ``workers`` threads."""
    order = np.argsort(xs, kind="stable")
    sorted_x = xs[order]
    shares = [range(w, len(polygons), workers) for w in range(workers)]
    found = in_threads(lambda w: _inside(polygons, bands, shares[w], xs, ys, order, sorted_x, should_stop),
                       len(shares), workers, should_stop)
    covers: list[list[int]] = [[] for _ in range(len(xs))]
    for i, inside in sorted((pair for share in found for pair in share), key=lambda pair: pair[0]):
        for k in inside.tolist():
            covers[k].append(i)
    return covers
