# SPDX-License-Identifier: GPL-2.0-or-later
"""What each overlap piece carries: the zones that cover it and the strictest rule that results.

:func:`describe` turns a :class:`~.overlay.Piece` and the zones it indexes into an
:class:`OverlapRecord`: codes and numbers only (labels are the caller's business), the fields the
``overlaps`` table and ``wuqing_eco:analyze_overlaps`` write.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from shapely.geometry.base import BaseGeometry

from ..rules import EffectiveRule, ZoneInfo, resolve
from ..units import hectares, mu
from ..zones import zone_order
from .overlay import LineworkStats, Piece, Progress, StopCheck, overlay

#: Separator of the names in ``zone_names`` (the ids and codes use a comma).
NAME_SEPARATOR = "；"


class _InAreaUnits:
    """Hectares (公顷) and mu (亩) of an ``area_m2``."""

    area_m2: float

    @property
    def area_ha(self) -> float:
        return hectares(self.area_m2)

    @property
    def area_mu(self) -> float:
        return mu(self.area_m2)


@dataclass(frozen=True)
class OverlapRecord(_InAreaUnits):
    zones: tuple[ZoneInfo, ...]
    rule: EffectiveRule
    area_m2: float
    wkb: bytes

    @property
    def zone_count(self) -> int:
        return len(self.zones)

    @property
    def line_class(self) -> str:
        return self.rule.line_class or ""

    @property
    def zone_types(self) -> str:
        """The distinct type codes, sorted, comma-separated (the Processing contract)."""
        return ",".join(sorted({z.zone_type for z in self.zones}))

    @property
    def zone_uids(self) -> str:
        return ",".join(z.uid for z in self.zones)

    @property
    def zone_names(self) -> str:
        return NAME_SEPARATOR.join(z.name for z in self.zones)

    @property
    def departments(self) -> str:
        return ",".join(self.rule.departments)

    @property
    def categories(self) -> str:
        return ",".join(self.rule.categories)

    @property
    def reasons(self) -> str:
        return ",".join(self.rule.reasons)

    @property
    def water_supply_ban(self) -> bool:
        return "water_supply_ban" in self.rule.reasons

    def values(self) -> dict:
        """Field name → value, as the overlap tables hold them."""
        return {**self.cover_values(), **self.area_values()}

    def cover_values(self) -> dict:
        """The values that follow from the covering zones alone (pieces with one cover share them)."""
        return {
            "zone_count": self.zone_count, "zone_types": self.zone_types, "line_class": self.line_class,
            "zone_names": self.zone_names, "zone_uids": self.zone_uids, "departments": self.departments,
            "categories": self.categories, "reasons": self.reasons,
            "nature_reserve": self.rule.nature_reserve, "water_supply_ban": self.water_supply_ban,
            "national_red_line": self.rule.national_red_line, "deciding_uids": ",".join(self.rule.deciding),
        }

    def area_values(self) -> dict:
        return {"area_m2": round(self.area_m2, 2), "area_ha": round(self.area_ha, 4), "area_mu": round(self.area_mu, 3)}


def _zone_order(zone: ZoneInfo) -> tuple:
    return (*zone_order(zone.line_class, zone.zone_type), zone.name, zone.uid)


def describe(piece: Piece, zones: Sequence[ZoneInfo], cache: dict[tuple[int, ...], tuple]) -> OverlapRecord:
    """The record of ``piece``; ``cache`` shares the rule between pieces with the same cover (a
    river crossing a belt twice makes two pieces with one rule)."""
    known = cache.get(piece.cover)
    if known is None:
        covering = tuple(sorted((zones[i] for i in piece.cover), key=_zone_order))
        known = cache[piece.cover] = (covering, resolve(covering))
    return OverlapRecord(known[0], known[1], piece.area, piece.wkb)


def analyze(zones: Sequence[ZoneInfo], geometries: Sequence[BaseGeometry], all_pieces: bool = False,
            progress: Optional[Progress] = None, should_stop: Optional[StopCheck] = None,
            stats: Optional[LineworkStats] = None) -> list[OverlapRecord]:
    """Overlap records of ``zones`` (with their valid geometries, same order), largest first.

    ``all_pieces``: every piece covered by at least one zone, not only the overlaps. ``stats``
    receives the counts of the linework (slivers left out among them).
    """
    pieces = overlay(geometries, min_cover=1 if all_pieces else 2, progress=progress, should_stop=should_stop,
                     stats=stats)
    cache: dict[tuple[int, ...], tuple] = {}
    records = [describe(p, zones, cache) for p in pieces]
    records.sort(key=lambda r: -r.area_m2)
    return records


@dataclass(frozen=True)
class Totals(_InAreaUnits):
    count: int
    area_m2: float
    red_m2: float
    yellow_m2: float


def totals(records: Iterable[OverlapRecord]) -> Totals:
    """Count and area of ``records``, split by the strictest class."""
    count, red, yellow = 0, 0.0, 0.0
    for r in records:
        count += 1
        if r.line_class == "red":
            red += r.area_m2
        else:
            yellow += r.area_m2
    return Totals(count, red + yellow, red, yellow)
