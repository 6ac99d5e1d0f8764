# SPDX-License-Identifier: GPL-2.0-or-later
"""Checks of boundary markers against the zone boundaries and the design (rules §6).

Per marker: the distance to the nearest zone boundary and, when a designed marker of the same number
exists, the offset from it; the status (ok / warning / fail) comes from the larger of the two.
Per ring of every zone that has markers: stretches longer than the spacing without a marker, corners
turning more than the angle without a marker near them. Across all: duplicate numbers, designed
markers nobody surveyed and surveyed points with no design.
"""
from __future__ import annotations

import bisect
import math
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from shapely.geometry import Point, box

from ..codes import Code, CodeTable
from ..spatial import GeometryIndex
from ..zones import ZoneShape
from .rings import Ring, turn_angles, zone_rings
from .vocabulary import SurveyDefaults, check_status

ISSUE_KINDS: CodeTable[Code] = CodeTable(
    "marker_issue",
    (
        Code("gap", "界桩间距超限", "Gap longer than the spacing"),
        Code("unmarked_turn", "拐点无界桩", "Turning point without a marker"),
        Code("duplicate_no", "界桩编号重复", "Duplicate marker number"),
        Code("not_surveyed", "设计界桩未测量", "Designed marker not surveyed"),
        Code("not_designed", "测量点无对应设计界桩", "Surveyed point without a designed marker"),
    ),
)


@dataclass(frozen=True)
class Tolerances:
    warning_m: float = SurveyDefaults.warning_m
    tolerance_m: float = SurveyDefaults.tolerance_m
    max_spacing_m: float = SurveyDefaults.max_spacing_m
    turn_angle_deg: float = SurveyDefaults.turn_angle_deg

    def __post_init__(self) -> None:
        if not 0 <= self.warning_m <= self.tolerance_m:
            raise ValueError("need 0 <= warning <= tolerance")
        if not self.max_spacing_m > 0:
            raise ValueError("max_spacing_m must be positive")


@dataclass(frozen=True)
class MarkerPoint:
    marker_no: str
    x: float  # easting
    y: float  # northing
    zone_uid: Optional[str] = None  # the zone it was set out for, when known


@dataclass(frozen=True)
class MarkerResult:
    marker_no: str
    x: float
    y: float
    zone_uid: Optional[str]
    deviation_m: Optional[float]  # None when there is no zone at all
    offset_m: Optional[float]  # None without a designed marker of that number
    status: str
    design_x: Optional[float] = None
    design_y: Optional[float] = None


@dataclass(frozen=True)
class Issue:
    kind: str
    x: float
    y: float
    zone_uid: Optional[str] = None
    marker_no: Optional[str] = None
    value: Optional[float] = None  # metres (gap, offset) or degrees (turn)


@dataclass(frozen=True)
class CheckReport:
    results: list[MarkerResult]
    issues: list[Issue]

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)


class BoundaryIndex:
    """The rings of every zone, for nearest-boundary queries.

    A ring's bounding box bounds its distance from below, so rings are tried nearest box first and
    the search stops once no box can beat the best distance: few exact distances per query.
    """

    def __init__(self, zones: Iterable[ZoneShape]):
        self.rings: list[tuple[str, Ring]] = [(z.uid, r) for z in zones for r in zone_rings(z.geometry)]
        self._bounds = [r.line.bounds for _, r in self.rings]
        self._index = GeometryIndex([r.line for _, r in self.rings])

    def nearest(self, x: float, y: float) -> Optional[tuple[str, Ring, float]]:
        """(zone uid, ring, distance) of the ring nearest (x, y); None without rings."""
        def box_distance(b: tuple[float, float, float, float]) -> float:
            return _box_distance(b, x, y)

        point = Point(x, y)
        order = sorted(range(len(self.rings)), key=lambda i: box_distance(self._bounds[i]))
        best: Optional[tuple[str, Ring, float]] = None
        for i in order:
            if best is not None and box_distance(self._bounds[i]) > best[2]:
                break
            uid, ring = self.rings[i]
            d = ring.distance_to(point)
            if best is None or d < best[2]:
                best = (uid, ring, d)
        return best


    def within(self, x: float, y: float, distance: float) -> list[tuple[str, Ring, float]]:
        """Every ring within ``distance`` of (x, y): a marker on a line two zones share marks both."""
        point, out = Point(x, y), []
        for i in sorted(self._index.candidates(box(x - distance, y - distance, x + distance, y + distance))):
            uid, ring = self.rings[i]
            d = ring.distance_to(point)
            if d <= distance:
                out.append((uid, ring, d))
        return out


def _box_distance(b: tuple[float, float, float, float], x: float, y: float) -> float:
    return math.hypot(max(b[0] - x, 0.0, x - b[2]), max(b[1] - y, 0.0, y - b[3]))


def check_markers(zones: Sequence[ZoneShape], markers: Sequence[MarkerPoint],
                  designed: Optional[Sequence[MarkerPoint]] = None,
                  tolerances: Optional[Tolerances] = None) -> CheckReport:
    tolerances = tolerances or Tolerances()
    index = BoundaryIndex(zones)
    design = {d.marker_no: d for d in designed or ()}
    results: list[MarkerResult] = []
    on_ring: dict[int, list[tuple[float, MarkerPoint]]] = {}
    known = {uid for uid, _ in index.rings}
    subjects: set[str] = set()
    for m in markers:
        d = design.get(m.marker_no) if m.marker_no else None
        own = m.zone_uid or (d.zone_uid if d is not None else None)
        # Rings within the tolerance are marked by this marker; the nearest one names its zone (its own
        # zone on a tie, as on a line two zones share).
        close = index.within(m.x, m.y, tolerances.tolerance_m)
        near = min(close, key=lambda c: (c[2], c[0] != own)) if close else index.nearest(m.x, m.y)
        if own in known:
            subjects.add(own)
        elif close:
            subjects.add(near[0])
        offset = math.hypot(m.x - d.x, m.y - d.y) if d is not None else None
        deviation = near[2] if near else None
        worst = max(v for v in (deviation, offset, 0.0) if v is not None)
        results.append(MarkerResult(
            m.marker_no, m.x, m.y, near[0] if near else None,
            None if deviation is None else round(deviation, 4), None if offset is None else round(offset, 4),
            check_status(worst, tolerances.warning_m, tolerances.tolerance_m),
            d.x if d else None, d.y if d else None))
        for _, ring, _ in close:
            on_ring.setdefault(id(ring), []).append((ring.chainage(m.x, m.y), m))
    issues: list[Issue] = []
    # Rings are checked for the zones the markers belong to, not for every zone one of them touches.
    for uid, ring in index.rings:
        if uid in subjects:
            issues += _ring_issues(uid, ring, on_ring.get(id(ring), []), tolerances)
    issues += _duplicates(markers)
    if designed is not None:
        surveyed = {m.marker_no for m in markers}
        issues += [Issue("not_surveyed", d.x, d.y, marker_no=d.marker_no) for d in designed
                   if d.marker_no not in surveyed]
        issues += [Issue("not_designed", m.x, m.y, marker_no=m.marker_no) for m in markers
                   if m.marker_no and m.marker_no not in design]
    return CheckReport(results, issues)


def _ring_issues(uid: str, ring: Ring, marks: list[tuple[float, MarkerPoint]], tol: Tolerances) -> list[Issue]:
    issues: list[Issue] = []
    chainages = sorted(c for c, _ in marks)
    # Each of two neighbours may sit up to the tolerance off its place, so the spacing allows for it.
    limit = tol.max_spacing_m + tol.tolerance_m
    if not chainages:
        x, y = ring.coords[0]
        issues.append(Issue("gap", x, y, uid, value=round(ring.length, 2)))
    for i, a in enumerate(chainages):
        b = chainages[(i + 1) % len(chainages)]
        gap = ring.gap(a, b) if len(chainages) > 1 else ring.length
        if gap > limit:
            x, y = ring.point_at(a + gap / 2)
            issues.append(Issue("gap", x, y, uid, value=round(gap, 2)))
    # Markers by x, so each sharp corner looks only at those within the tolerance in x.
    points = sorted((m.x, m.y) for _, m in marks)
    xs = [px for px, _ in points]
    for (x, y), angle in zip(ring.coords, turn_angles(ring.coords)):
        if angle <= tol.turn_angle_deg:
            continue
        near = points[bisect.bisect_left(xs, x - tol.tolerance_m):bisect.bisect_right(xs, x + tol.tolerance_m)]
        if not any(math.hypot(px - x, py - y) <= tol.tolerance_m for px, py in near):
            issues.append(Issue("unmarked_turn", x, y, uid, value=round(angle, 1)))
    return issues


def _duplicates(markers: Sequence[MarkerPoint]) -> list[Issue]:
    counts = Counter(m.marker_no for m in markers if m.marker_no)
    return [Issue("duplicate_no", m.x, m.y, marker_no=m.marker_no, value=float(counts[m.marker_no]))
            for m in markers if m.marker_no and counts[m.marker_no] > 1]
