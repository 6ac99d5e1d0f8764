# SPDX-License-Identifier: GPL-2.0-or-later
"""Area and composition of the red and yellow areas (面积、构成) for the annual assessment pack.

Where zones overlap the strictest class counts (seed §四(二)): a place under a red and a yellow
zone is red area only, and a place under two zones counts once in the totals. By zone type, each
type's own zones are measured (a place under a river and a forest belt counts in both types, and
the overlap is reported so the rows add up). Areas in m², EPSG:4548.

Broken geometries are repaired the one way (:func:`.repair.repair`): every lobe of a bow-tie is
kept, so no red or yellow area goes missing from the assessment pack.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from .repair import repair
from .zones import LINE_CLASSES, ordered_types


@dataclass(frozen=True)
class Areas:
    red: float
    yellow: float

    @property
    def total(self) -> float:
        return self.red + self.yellow


@dataclass(frozen=True)
class Composition:
    by_type: dict[str, Areas]
    total: Areas
    #: Area counted under more than one type in ``by_type`` (sum of types − total).
    type_overlap: float
    by_town: dict[str, Areas]
    town_area: dict[str, float]
    district_area: float
    #: Zones that could not be measured (no readable polygon): the totals lack their area.
    left_out: tuple[str, ...] = ()


def _repaired(geometry: BaseGeometry) -> BaseGeometry:
    """``geometry`` repaired with every polygon part kept; empty when it has no area."""
    fixed = repair(geometry).geometry
    return fixed if fixed is not None else MultiPolygon()


def strictest_first(by_class: Mapping[str, Sequence[BaseGeometry]]) -> dict[str, BaseGeometry]:
    """Per line class, the union of its geometries less what a stricter class covers (seed §四(二)):
    where a red and a yellow zone overlap, the overlap counts as red only. Classes without
    geometries are left out."""
    out: dict[str, BaseGeometry] = {}
    claimed: BaseGeometry | None = None
    for entry in sorted(LINE_CLASSES, key=lambda c: -c.rank):
        parts = by_class.get(entry.code)
        if not parts:
            continue
        single = parts[0] if len(parts) == 1 and isinstance(parts[0], (Polygon, MultiPolygon)) else None
        area = single if single is not None else unary_union(list(parts))  # a valid polygon is its own union
        if claimed is not None:
            area = area.difference(claimed)
        out[entry.code] = area
        claimed = area if claimed is None else claimed.union(area)
    return out


def _effective(by_class: Mapping[str, Sequence[BaseGeometry]]) -> tuple[BaseGeometry | None, BaseGeometry | None]:
    """(red, yellow) after the strictest class has taken its part (:func:`strictest_first`)."""
    areas = strictest_first(by_class)
    return areas.get("red"), areas.get("yellow")


def _area(geom: BaseGeometry | None, within: BaseGeometry | None = None) -> float:
    if geom is None or geom.is_empty:
        return 0.0
    return geom.intersection(within).area if within is not None else geom.area


def composition(zones: Sequence[tuple[str, str, BaseGeometry]], towns: Sequence[tuple[str, BaseGeometry]]
                ) -> Composition:
    """``zones``: (zone_type, line_class, geometry); ``towns``: (name, geometry)."""
    zones = [(t, c, _repaired(g)) for t, c, g in zones]
    towns = [(name, _repaired(g)) for name, g in towns]
    # Each type's red and yellow zones are unioned once; the totals union those few unions.
    unions: dict[str, list[BaseGeometry]] = {c.code: [] for c in LINE_CLASSES}
    by_type: dict[str, Areas] = {}
    for zt in ordered_types(z[0] for z in zones):
        own = {cls: [unary_union(parts)] if (parts := [g for t, c, g in zones if t == zt and c == cls]) else []
               for cls in unions}
        for cls, union in own.items():
            unions[cls].extend(union)
        red, yellow = _effective(own)
        by_type[zt] = Areas(_area(red), _area(yellow))
    red, yellow = _effective(unions)
    total = Areas(_area(red), _area(yellow))
    by_town: dict[str, Areas] = {}
    town_area: dict[str, float] = {}
    for name, shape in towns:
        by_town[name] = Areas(_area(red, shape), _area(yellow, shape))
        town_area[name] = shape.area
    district = unary_union([g for _, g in towns]).area if towns else 0.0
    overlap = sum(a.total for a in by_type.values()) - total.total
    return Composition(by_type, total, max(overlap, 0.0), by_town, town_area, district)
