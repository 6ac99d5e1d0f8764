# SPDX-License-Identifier: GPL-2.0-or-later
"""Zone boundaries as rings in survey order: clockwise, starting at the north-western-most vertex.

Design and checks walk the same rings, so a marker's position along its ring (its chainage) means
the same thing in both. Parts of a multipart zone come in order of their north-western-most vertex;
each part's exterior ring comes before its holes.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry

from ..repair import polygon_parts

Coord = tuple[float, float]
#: Vertices closer than this are one vertex (digitising noise, not a corner).
SAME_POINT_M = 1e-6


def _signed_area(coords: Sequence[Coord]) -> float:
    n = len(coords)
    return sum(coords[i][0] * coords[(i + 1) % n][1] - coords[(i + 1) % n][0] * coords[i][1] for i in range(n)) / 2


def _nw_key(c: Coord) -> tuple[float, float]:
    # North-west is the direction (-1, +1): the NW-most point maximises north − east; ties go north.
    return (c[1] - c[0], c[1])


def clean(coords: Iterable[Sequence[float]]) -> list[Coord]:
    """Ring coordinates without the closing point and without repeated vertices (2D)."""
    out: list[Coord] = []
    for c in coords:
        p = (float(c[0]), float(c[1]))
        if not out or math.dist(out[-1], p) > SAME_POINT_M:
            out.append(p)
    while len(out) > 1 and math.dist(out[0], out[-1]) <= SAME_POINT_M:
        out.pop()
    return out


def survey_order(coords: Iterable[Sequence[float]]) -> list[Coord]:
    """Clockwise, starting at the north-western-most vertex."""
    pts = clean(coords)
    if _signed_area(pts) > 0:  # counter-clockwise
        pts.reverse()
    if not pts:
        return pts
    start = max(range(len(pts)), key=lambda i: _nw_key(pts[i]))
    return pts[start:] + pts[:start]


def turn_angles(coords: Sequence[Coord]) -> list[float]:
    """The deflection at each vertex of a closed ring, in degrees (0 = straight on, 180 = reversal)."""
    n = len(coords)
    out = []
    for i in range(n):
        (x0, y0), (x1, y1), (x2, y2) = coords[i - 1], coords[i], coords[(i + 1) % n]
        ax, ay, bx, by = x1 - x0, y1 - y0, x2 - x1, y2 - y1
        out.append(abs(math.degrees(math.atan2(ax * by - ay * bx, ax * bx + ay * by))))
    return out


@dataclass(frozen=True)
class Ring:
    """One boundary ring in survey order. ``part`` counts from 1; ``index`` 0 is the exterior."""

    part: int
    index: int
    coords: tuple[Coord, ...]
    line: LineString = field(init=False, repr=False, compare=False)
    chainages: tuple[float, ...] = field(init=False, repr=False, compare=False)
    #: GEOS's length of ``line``, asked once (chainages from ``line.project`` are taken modulo it).
    length: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        closed = list(self.coords) + [self.coords[0]]
        object.__setattr__(self, "line", LineString(closed))
        object.__setattr__(self, "length", self.line.length)
        acc, total = [], 0.0
        for a, b in zip(closed, closed[1:]):
            acc.append(total)
            total += math.dist(a, b)
        object.__setattr__(self, "chainages", tuple(acc))

    @property
    def is_hole(self) -> bool:
        return self.index > 0

    def chainage(self, x: float, y: float) -> float:
        """Distance along the ring from its start to the point of the ring nearest (x, y)."""
        return self.chainage_of(Point(x, y))

    def chainage_of(self, point: Point) -> float:
        return self.line.project(point) % self.length

    def point_at(self, chainage: float) -> Coord:
        p = self.line.interpolate(chainage % self.length)
        return (p.x, p.y)

    def distance(self, x: float, y: float) -> float:
        return self.line.distance(Point(x, y))

    def distance_to(self, point: Point) -> float:
        return self.line.distance(point)

    def gap(self, a: float, b: float) -> float:
        """Distance along the ring from chainage ``a`` forward to ``b`` (wrapping past the start)."""
        return (b - a) % self.length

    def along(self, a: float, b: float) -> float:
        """The shorter distance along the ring between two chainages."""
        d = abs(a - b) % self.length
        return min(d, self.length - d)


def zone_rings(geometry: BaseGeometry) -> list[Ring]:
    """Every ring of a zone in survey order (rings with fewer than three vertices are left out)."""
    def ordered(rings: Iterable[Sequence[Coord]]) -> list[list[Coord]]:
        valid = [r for r in (survey_order(r) for r in rings) if len(r) >= 3]
        return sorted(valid, key=lambda r: _nw_key(r[0]), reverse=True)

    parts = [(survey_order(p.exterior.coords), [i.coords for i in p.interiors]) for p in polygon_parts(geometry)]
    parts = [p for p in parts if len(p[0]) >= 3]
    parts.sort(key=lambda p: _nw_key(p[0][0]), reverse=True)
    out: list[Ring] = []
    for n, (exterior, holes) in enumerate(parts, start=1):
        out.append(Ring(n, 0, tuple(exterior)))
        out.extend(Ring(n, i, tuple(h)) for i, h in enumerate(ordered(holes), start=1))
    return out
