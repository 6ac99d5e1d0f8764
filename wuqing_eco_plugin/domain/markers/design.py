# SPDX-License-Identifier: GPL-2.0-or-later
"""Marker design (勘界定标): where boundary posts go on a zone's rings, and their numbers (rules §6).

Along each ring (clockwise from its north-western-most vertex, see :mod:`.rings`):

1. the start vertex and every vertex turning more than ``turn_angle_deg`` get a post;
2. every crossing with a road, railway or watercourse gets a post, unless a post is already within
   ``merge_m`` along the ring (a crossing at a corner is one marker, not two);
3. between consecutive posts further apart than ``max_spacing_m`` along the ring, posts are added at
   equal intervals, so no two consecutive posts are further apart than that, along the ring or straight.

The start vertex always carries a post so that numbering has a fixed origin that does not move when
a parameter changes. Numbers run on per series (type, feature, post or sign) across the zones in the
order given, each zone's rings in survey order; signboards at crossings (optional) are their own series.
"""
from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from typing import Callable, Mapping, Optional, Sequence

from shapely.geometry import GeometryCollection, LineString, MultiLineString, MultiPoint, Point
from shapely.geometry.base import BaseGeometry

from ..coordinates import X_RANGE, Y_RANGE
from ..errors import CancelledError
from .rings import Ring, turn_angles, zone_rings
from .vocabulary import DEFAULT_NUMBER_PATTERN, SurveyDefaults, marker_number, series_regex, validate_pattern

#: Why a post stands where it stands.
REASONS = ("start", "turn", "crossing", "spacing")
_EPS = 1e-9
#: How far beyond the Wuqing window (rules §7) a zone may reach before its coordinates are taken for
#: an error (a vertex typed with extra digits, another unit or CRS): twice the district's width.
#: Designing such a ring would place posts for millions of kilometres.
FAR_MARGIN_M = 100_000.0
#: Posts placed between two looks at the caller's stop check.
_POLL_EVERY = 10_000
StopCheck = Callable[[], bool]


@dataclass(frozen=True)
class DesignParams:
    max_spacing_m: float = SurveyDefaults.max_spacing_m
    turn_angle_deg: float = SurveyDefaults.turn_angle_deg
    merge_m: float = 1.0
    signs_at_crossings: bool = False
    pattern: str = DEFAULT_NUMBER_PATTERN

    def __post_init__(self) -> None:
        if not self.max_spacing_m > 0:
            raise ValueError("max_spacing_m must be positive")
        if not 0 <= self.turn_angle_deg < 180:
            raise ValueError("turn_angle_deg must be in [0, 180)")
        if not 0 <= self.merge_m <= self.max_spacing_m:
            raise ValueError("merge_m must be in [0, max_spacing_m]")
        validate_pattern(self.pattern)


@dataclass(frozen=True)
class DesignZone:
    uid: str
    type_short: str
    feature_code: str
    geometry: BaseGeometry


@dataclass(frozen=True)
class Station:
    """A designed position on one ring."""

    chainage: float
    x: float
    y: float
    reason: str
    turn_deg: float = 0.0


@dataclass(frozen=True)
class DesignedMarker:
    marker_no: str
    zone_uid: str
    kind: str
    seq: int
    x: float  # easting
    y: float  # northing
    part: int
    ring: int
    chainage_m: float
    reason: str
    turn_deg: float


def crossing_points(ring: Ring, crossings: Optional[BaseGeometry]) -> list[tuple[float, float]]:
    """Where ``crossings`` (lines) meet the ring; a stretch running along the ring gives its two ends."""
    if crossings is None or crossings.is_empty or not ring.line.intersects(crossings):
        return []
    pts: list[tuple[float, float]] = []

    def collect(g: BaseGeometry) -> None:
        if isinstance(g, Point):
            pts.append((g.x, g.y))
        elif isinstance(g, LineString):
            pts.extend([g.coords[0], g.coords[-1]])
        elif isinstance(g, (MultiPoint, MultiLineString, GeometryCollection)):
            for part in g.geoms:
                collect(part)

    collect(ring.line.intersection(crossings))
    return pts


def _near(ring: Ring, chainage: float, others: Sequence[float], within: float) -> bool:
    """Whether a chainage of the sorted ``others`` is within ``within`` of ``chainage`` along the ring:
    the nearest ones are its two neighbours in the sorted order, the last and first being neighbours."""
    if not others:
        return False
    i = bisect.bisect_left(others, chainage)
    return any(ring.along(chainage, others[j % len(others)]) <= within for j in (i - 1, i))


def ring_stations(ring: Ring, params: DesignParams, crossings: Optional[BaseGeometry] = None,
                  should_stop: Optional[StopCheck] = None) -> tuple[list[Station], list[Station]]:
    """Posts and signboards on one ring, in survey order (by chainage from the start vertex)."""
    angles = turn_angles(ring.coords)
    start_reason = "turn" if angles[0] > params.turn_angle_deg else "start"
    posts = [Station(0.0, *ring.coords[0], start_reason, angles[0])]
    for i in range(1, len(ring.coords)):
        if angles[i] > params.turn_angle_deg:
            posts.append(Station(ring.chainages[i], *ring.coords[i], "turn", angles[i]))
    signs: list[Station] = []
    seen: list[float] = []  # sorted chainages of the crossings kept
    taken = sorted(p.chainage for p in posts)
    for x, y in crossing_points(ring, crossings):
        ch = ring.chainage(x, y)
        if _near(ring, ch, seen, params.merge_m):
            continue
        bisect.insort(seen, ch)
        if params.signs_at_crossings:
            signs.append(Station(ch, x, y, "crossing"))
        if not _near(ring, ch, taken, params.merge_m):
            posts.append(Station(ch, x, y, "crossing"))
            bisect.insort(taken, ch)
    posts.sort(key=lambda s: s.chainage)
    signs.sort(key=lambda s: s.chainage)
    return _densify(ring, posts, params.max_spacing_m, should_stop), signs


def _densify(ring: Ring, anchors: Sequence[Station], spacing: float,
             should_stop: Optional[StopCheck] = None) -> list[Station]:
    out: list[Station] = []
    polled = 0
    for i, a in enumerate(anchors):
        if should_stop is not None and len(out) >= polled + _POLL_EVERY:
            polled = len(out)
            if should_stop():
                raise CancelledError()
        out.append(a)
        # One anchor: the gap is the whole ring, back to itself.
        gap = ring.gap(a.chainage, anchors[(i + 1) % len(anchors)].chainage) if len(anchors) > 1 else ring.length
        n = math.ceil(gap / spacing - _EPS)
        for k in range(1, n):
            if should_stop is not None and k % _POLL_EVERY == 0 and should_stop():
                raise CancelledError()
            ch = (a.chainage + gap * k / n) % ring.length
            out.append(Station(ch, *ring.point_at(ch), "spacing"))
    return out


def design_markers(zones: Sequence[DesignZone], params: Optional[DesignParams] = None,
                   crossings: Optional[BaseGeometry] = None,
                   first_seq: Optional[Mapping[str, int]] = None, should_stop: Optional[StopCheck] = None,
                   progress: Optional[Callable[[float], None]] = None) -> list[DesignedMarker]:
    """Designed markers of ``zones`` (numbered in the order given).

    ``first_seq`` maps a series key (:func:`series_key`) to the first number to use, so a design can
    continue after markers that exist already; a series not in it starts at 1. ``should_stop`` is
    asked before each ring and every few thousand posts: :class:`CancelledError` when it says so.
    ``progress`` hears the fraction of zones done.
    """
    params = params or DesignParams()
    counters: dict[str, int] = dict(first_seq or {})
    out: list[DesignedMarker] = []
    for done, zone in enumerate(zones):
        for ring in zone_rings(zone.geometry):
            if should_stop is not None and should_stop():
                raise CancelledError()
            posts, signs = ring_stations(ring, params, crossings, should_stop)
            for kind, stations in (("post", posts), ("sign", signs)):
                key = series_key(zone, kind, params.pattern)
                for st in stations:
                    seq = counters.get(key, 1)
                    counters[key] = seq + 1
                    out.append(DesignedMarker(
                        marker_number(zone.type_short, zone.feature_code, seq, kind, params.pattern),
                        zone.uid, kind, seq, st.x, st.y, ring.part, ring.index, st.chainage, st.reason,
                        round(st.turn_deg, 3)))
        if progress is not None:
            progress((done + 1) / len(zones))
    return out


def far_zones(zones: Sequence[DesignZone], margin_m: float = FAR_MARGIN_M
              ) -> list[tuple[DesignZone, tuple[float, float, float, float]]]:
    """The zones reaching more than ``margin_m`` beyond the Wuqing window, or with coordinates that are
    not numbers, with their bounds (min east, min north, max east, max north): no zone of the
    district lies there, so their coordinates are wrong and designing them would never end."""
    east = (Y_RANGE[0] - margin_m, Y_RANGE[1] + margin_m)
    north = (X_RANGE[0] - margin_m, X_RANGE[1] + margin_m)
    out = []
    for zone in zones:
        bounds = zone.geometry.bounds
        if not bounds:
            continue
        x0, y0, x1, y1 = bounds
        inside = east[0] <= x0 and x1 <= east[1] and north[0] <= y0 and y1 <= north[1]  # False for NaN too
        if not inside:
            out.append((zone, bounds))
    return out


def series_key(zone: DesignZone, kind: str, pattern: str = DEFAULT_NUMBER_PATTERN) -> str:
    """What identifies a numbering series: series of equal keys share one run of numbers."""
    return series_regex(zone.type_short, zone.feature_code, kind, pattern).pattern
