# SPDX-License-Identifier: GPL-2.0-or-later
"""Repair of polygon geometries before analysis: bow-ties, spikes, self-intersections.

A broken zone is repaired, never dropped: an under-reported red zone is the worst outcome. What was
wrong is kept as a code plus GEOS's own explanation, so the caller can report every repair. A
geometry with no area left (null, empty, or only lines after repair) is reported and skipped.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from shapely.geometry import GeometryCollection, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union
from shapely.validation import explain_validity, make_valid

from .codes import Code, CodeTable

REPAIRS: CodeTable[Code] = CodeTable(
    "geometry_repair",
    (
        Code("repaired", "几何图形无效（自相交、蝴蝶结或尖刺），已自动修复", "Invalid geometry (self-intersection, "
             "bow-tie or spike) repaired"),
        Code("non_polygon_dropped", "修复后去除了非面状部分（线或点）", "Line or point parts removed after repair"),
        Code("hole_outside_shell", "内环（洞）有部分位于外环之外：该部分未计为面积，只扣除外环内的部分",
             "A hole lay (partly) outside its outer ring: only what it cuts from the ring was removed, no "
             "area added"),
        Code("non_finite", "坐标含非数值或无穷大（NaN/∞），无法使用：请在数据中修正该要素的几何图形",
             "Coordinates that are not numbers (NaN or infinite): unusable, fix the feature's geometry in the data"),
        Code("null", "几何图形为空，已跳过", "No geometry: skipped"),
        Code("empty", "几何图形无面积，已跳过", "Geometry without area: skipped"),
    ),
)


@dataclass(frozen=True)
class Repair:
    """The outcome for one geometry: ``geometry`` is None when it was skipped."""

    geometry: Optional[MultiPolygon]
    codes: tuple[str, ...] = ()
    detail: str = ""

    @property
    def changed(self) -> bool:
        return bool(self.codes)

    @property
    def skipped(self) -> bool:
        return self.geometry is None


def polygon_parts(geometry: BaseGeometry) -> list[Polygon]:
    """Every polygon inside ``geometry`` (collections are searched), empty ones left out."""
    if isinstance(geometry, Polygon):
        return [] if geometry.is_empty else [geometry]
    out: list[Polygon] = []
    for part in getattr(geometry, "geoms", []):
        out.extend(polygon_parts(part))
    return out


def _has_other_parts(geometry: BaseGeometry) -> bool:
    if isinstance(geometry, (Polygon, MultiPolygon)):
        return False
    if isinstance(geometry, GeometryCollection):
        return any(_has_other_parts(g) for g in geometry.geoms)
    return not geometry.is_empty


def _area_of(ring) -> BaseGeometry:
    """What a ring encloses, as valid polygons (a self-crossing ring gives each of its lobes)."""
    return MultiPolygon(polygon_parts(make_valid(Polygon(ring))))


def _by_rings(geometry: BaseGeometry) -> tuple[BaseGeometry, bool]:
    """``geometry`` as its rings mean it: each part's outer ring less its holes, parts united.

    GEOS's make_valid (the "linework" method, the only one in shapely 1.8) treats every ring alike,
    so a hole digitised outside its outer ring becomes zone area of its own. Here a hole only ever
    removes area. The flag says whether some hole lay (partly) outside its ring.
    """
    pieces, outside = [], False
    for part in polygon_parts(geometry):
        shell = _area_of(part.exterior)
        if part.interiors:
            holes = unary_union([_area_of(r) for r in part.interiors])
            outside = outside or holes.difference(shell).area > 0.0
            shell = shell.difference(holes)
        pieces.append(shell)
    return unary_union(pieces), outside


def repair(geometry: Optional[BaseGeometry]) -> Repair:
    """A valid MultiPolygon for ``geometry``, with what had to be done to get it."""
    if geometry is None:
        return Repair(None, ("null",))
    if geometry.is_empty:
        return Repair(None, ("empty",))
    codes: list[str] = []
    detail = ""
    # A valid polygon or multipolygon stays valid as a multipolygon of its parts; a collection's
    # polygons (or make_valid's) may still overlap each other, so those are checked again.
    valid = geometry.is_valid
    checked = valid and isinstance(geometry, (Polygon, MultiPolygon))
    if not valid:
        detail = explain_validity(geometry)
        if detail.startswith("Invalid Coordinate"):  # NaN or ±inf: no repair can say where it was meant to be
            return Repair(None, ("non_finite",), detail)
        if any(p.interiors for p in polygon_parts(geometry)):
            geometry, outside = _by_rings(geometry)
            codes.append("repaired")
            if outside:
                codes.append("hole_outside_shell")
        else:
            geometry = make_valid(geometry)
            codes.append("repaired")
    if _has_other_parts(geometry):
        codes.append("non_polygon_dropped")
    parts = [p for p in polygon_parts(geometry) if p.area > 0.0]
    if not parts:
        return Repair(None, (*codes, "empty"), detail)
    if checked and isinstance(geometry, MultiPolygon) and len(parts) == len(geometry.geoms):
        return Repair(geometry, tuple(codes), detail)
    result = MultiPolygon(parts)
    if not checked and not result.is_valid:
        # make_valid keeps touching parts apart; parts that still overlap (rare) are merged.
        result = MultiPolygon(polygon_parts(result.buffer(0)))
        if "repaired" not in codes:
            codes.append("repaired")
            detail = detail or "overlapping parts"
    return Repair(result, tuple(codes), detail)
