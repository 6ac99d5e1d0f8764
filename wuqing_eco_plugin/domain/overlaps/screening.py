# SPDX-License-Identifier: GPL-2.0-or-later
"""Screening a construction footprint against the red and yellow lines (事前严防).

For a footprint: the area inside red zones, inside yellow zones (outside every red zone: the
stricter class counts once), inside approved construction land, and the verdict:

* ``prohibited``: part of it lies in a red zone outside approved land;
* ``needs_approval``: part lies in a yellow zone and nothing is prohibited: the municipal
  government must consent;
* ``approved_land``: its red-zone part lies entirely inside approved construction land;
* ``clear``: it touches no zone (areas below :data:`MIN_AREA_M2` are rounding noise).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from ..codes import Code, CodeTable
from ..composition import strictest_first
from ..rules import EffectiveRule, ZoneInfo, resolve
from ..spatial import GeometryIndex

#: Overlaps smaller than this (m²) are numerical noise of touching boundaries, not a real overlap.
MIN_AREA_M2 = 0.01

VERDICTS: CodeTable[Code] = CodeTable(
    "screening_verdict",
    (
        Code("prohibited", "禁止：占用红线区（批准用地外）",
             "Prohibited: inside a red-line zone outside approved land"),
        Code("needs_approval", "须经市人民政府审查同意：占用黄线区", "Needs the municipal government's consent: "
             "inside a yellow-line zone"),
        Code("approved_land", "位于已批规划建设用地内", "Inside approved construction land"),
        Code("clear", "不涉及永久性保护生态区域", "Clear of every protected zone"),
    ),
)


@dataclass(frozen=True)
class Screening:
    footprint_m2: float
    red_m2: float
    yellow_m2: float
    approved_m2: float
    red_outside_approved_m2: float
    zones: tuple[ZoneInfo, ...]
    approvals: tuple[int, ...]
    rule: EffectiveRule
    verdict: str


def _area(geometry: Optional[BaseGeometry]) -> float:
    return 0.0 if geometry is None or geometry.is_empty else geometry.area


def verdict_for(red_outside_approved_m2: float, yellow_m2: float, red_m2: float) -> str:
    if red_outside_approved_m2 > MIN_AREA_M2:
        return "prohibited"
    if yellow_m2 > MIN_AREA_M2:
        return "needs_approval"
    if red_m2 > MIN_AREA_M2:
        return "approved_land"
    return "clear"


class Screener:
    """Screens footprints against zones (valid geometries, same order as ``zones``) and approved land."""

    def __init__(self, zones: Sequence[ZoneInfo], geometries: Sequence[BaseGeometry],
                 approved: Sequence[BaseGeometry] = ()):
        self.zones = list(zones)
        self.index = GeometryIndex(geometries)
        self.approved = GeometryIndex(approved)

    def screen(self, footprint: BaseGeometry) -> Screening:
        hits: list[tuple[int, BaseGeometry]] = []
        for i in self.index.intersecting(footprint):
            part = footprint.intersection(self.index.geometries[i])
            if _area(part) > MIN_AREA_M2:
                hits.append((i, part))
        by_class: dict[str, list[BaseGeometry]] = {}
        for i, g in hits:
            by_class.setdefault(self.zones[i].line_class, []).append(g)
        areas = strictest_first(by_class)
        red, yellow = areas.get("red", Polygon()), areas.get("yellow", Polygon())
        approvals = tuple(i for i in self.approved.intersecting(footprint)
                          if _area(footprint.intersection(self.approved.geometries[i])) > MIN_AREA_M2)
        land = unary_union([self.approved.geometries[i] for i in approvals]) if approvals else Polygon()
        red_outside = red.difference(land) if approvals else red
        covering = tuple(self.zones[i] for i, _ in hits)
        red_m2, yellow_m2 = _area(red), _area(yellow)
        outside_m2 = _area(red_outside)
        return Screening(
            footprint_m2=footprint.area, red_m2=red_m2, yellow_m2=yellow_m2,
            approved_m2=_area(footprint.intersection(land)) if approvals else 0.0,
            red_outside_approved_m2=outside_m2, zones=covering, approvals=approvals,
            rule=resolve(covering, in_approved_land=bool(approvals) and outside_m2 <= MIN_AREA_M2),
            verdict=verdict_for(outside_m2, yellow_m2, red_m2),
        )
