# SPDX-License-Identifier: GPL-2.0-or-later
"""What each overlap piece carries: the zones that cover it and the strictest rule that results.

:class:`Describer` turns a :class:`~.overlay.Piece` and the zones it indexes into an
:class:`OverlapRecord`: codes and numbers only (labels are the caller's business), the fields the
``overlaps`` table and ``wuqing_eco:analyze_overlaps`` write.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Iterable, Mapping, Optional, Sequence

from shapely.geometry.base import BaseGeometry

from ..bulk import collector_paused
from ..rules import EffectiveRule, ZoneInfo, resolve, zone_kind
from ..units import hectares, mu
from ..zones import zone_order
from .overlay import LineworkStats, Piece, Progress, StopCheck, overlay

#: Separator of the names in ``zone_names`` (the ids and codes use a comma).
NAME_SEPARATOR = "；"
#: The fields of a piece's area, in the units of :meth:`OverlapRecord.rounded_areas`.
AREA_FIELDS = ("area_m2", "area_ha", "area_mu")


class _InAreaUnits:
    """Hectares (公顷) and mu (亩) of an ``area_m2``."""

    area_m2: float

    @property
    def area_ha(self) -> float:
        return hectares(self.area_m2)

    @property
    def area_mu(self) -> float:
        return mu(self.area_m2)


@dataclass(frozen=True, eq=False)
class Cover:
    """The zones covering a piece, strictest first, and the rule that results.

    One object is shared by every piece with that cover (a river crossing a belt makes a piece on
    each bank of the same two zones), so its zones are ordered and its rule resolved once. Its
    field values are worked out when asked (a cover's texts held for 70 000 covers cost 100 MB).
    """

    zones: tuple[ZoneInfo, ...]
    rule: EffectiveRule

    @property
    def zone_count(self) -> int:
        return len(self.zones)

    @property
    def line_class(self) -> str:
        return self.rule.line_class or ""

    @property
    def zone_types(self) -> str:
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

    def kind(self) -> tuple:
        """What :meth:`kind_values` follow from: how many zones of which types, and the rule without
        its deciding zones. Thousands of covers share a few hundred kinds."""
        rule = self.rule
        return (len(self.zones), self.zone_types, rule.line_class, rule.departments, rule.categories, rule.reasons,
                rule.nature_reserve, rule.national_red_line)

    def kind_values(self) -> Mapping[str, Any]:
        """Field name → value of the fields that follow from the cover's :meth:`kind` (not to be
        changed: it is shared)."""
        return _kind_values(self.kind())

    def own_values(self) -> dict:
        """Field name → value of the fields that name the cover's zones."""
        return {"zone_names": self.zone_names, "zone_uids": self.zone_uids,
                "deciding_uids": ",".join(self.rule.deciding)}

    def values(self) -> dict:
        """Field name → value of the fields that follow from the cover alone."""
        return {**self.kind_values(), **self.own_values()}


@lru_cache(maxsize=4096)
def _kind_values(kind: tuple) -> Mapping[str, Any]:
    count, zone_types, line_class, departments, categories, reasons, nature_reserve, national_red_line = kind
    return MappingProxyType({
        "zone_count": count, "zone_types": zone_types, "line_class": line_class or "",
        "departments": ",".join(departments), "categories": ",".join(categories), "reasons": ",".join(reasons),
        "nature_reserve": nature_reserve, "water_supply_ban": "water_supply_ban" in reasons,
        "national_red_line": national_red_line,
    })


def _of_cover(name: str, doc: str) -> property:
    return property(lambda record: getattr(record.cover, name), doc=doc)


@dataclass(frozen=True)
class OverlapRecord(_InAreaUnits):
    cover: Cover
    area_m2: float
    wkb: bytes

    @property
    def zones(self) -> tuple[ZoneInfo, ...]:
        return self.cover.zones

    @property
    def rule(self) -> EffectiveRule:
        return self.cover.rule

    zone_count = _of_cover("zone_count", "How many zones cover the piece.")
    line_class = _of_cover("line_class", "The strictest class ('' where no zone has one).")
    zone_types = _of_cover("zone_types", "The distinct type codes, sorted, comma-separated (the Processing contract).")
    zone_uids = _of_cover("zone_uids", "The covering zones' ids, strictest first, comma-separated.")
    zone_names = _of_cover("zone_names", "The covering zones' names, separated by NAME_SEPARATOR.")
    departments = _of_cover("departments", "Department codes, comma-separated.")
    categories = _of_cover("categories", "Prohibited activity codes, comma-separated.")
    reasons = _of_cover("reasons", "Why the rule applies: reason codes, comma-separated.")
    water_supply_ban = _of_cover("water_supply_ban", "A red water-supply zone covers the piece.")

    def values(self) -> dict:
        """Field name → value, as the overlap tables hold them."""
        return {**self.cover.values(), **self.area_values()}

    def area_values(self) -> dict:
        return dict(zip(AREA_FIELDS, self.rounded_areas()))

    def rounded_areas(self) -> tuple[float, float, float]:
        """m², ha and mu as the overlap tables hold them (:data:`AREA_FIELDS`)."""
        m2 = self.area_m2
        return round(m2, 2), round(hectares(m2), 4), round(mu(m2), 3)


def _zone_order(zone: ZoneInfo) -> tuple:
    return (*zone_order(zone.line_class, zone.zone_type), zone.name, zone.uid)


class Describer:
    """Records of pieces of ``zones``: one :class:`Cover` per distinct cover, so its zones are
    ordered (strictest first) and its rule resolved once, however many pieces share it (a river
    crossing a belt twice makes two pieces of one cover). Each zone's rank in that order and its
    kind (what the rule follows from) are worked out once, not once per cover."""

    def __init__(self, zones: Sequence[ZoneInfo]):
        self.zones = zones
        ranked = sorted(range(len(zones)), key=lambda i: _zone_order(zones[i]))
        self.rank = [0] * len(zones)
        for position, i in enumerate(ranked):
            self.rank[i] = position
        self.kinds = [zone_kind(z) for z in zones]
        self.covers: dict[tuple[int, ...], Cover] = {}

    def cover(self, indices: tuple[int, ...]) -> Cover:
        """The :class:`Cover` of the zones ``indices`` (in any order)."""
        cover = self.covers.get(indices)
        if cover is None:
            ordered = sorted(indices, key=self.rank.__getitem__)
            zones, kinds = self.zones, self.kinds
            covering = tuple(zones[i] for i in ordered)
            cover = self.covers[indices] = Cover(covering, resolve(covering, kinds=[kinds[i] for i in ordered]))
        return cover

    def __call__(self, piece: Piece) -> OverlapRecord:
        return OverlapRecord(self.cover(piece.cover), piece.area, piece.wkb)


def analyze(zones: Sequence[ZoneInfo], geometries: Sequence[BaseGeometry], all_pieces: bool = False,
            progress: Optional[Progress] = None, should_stop: Optional[StopCheck] = None,
            stats: Optional[LineworkStats] = None) -> list[OverlapRecord]:
    """Overlap records of ``zones`` (with their valid geometries, same order), largest first.

    ``all_pieces``: every piece covered by at least one zone, not only the overlaps. ``stats``
    receives the counts of the linework (slivers left out among them). ``progress`` reaches
    :data:`OVERLAID` when the pieces are found, 1 when each is described (its zones ordered, its
    rule resolved).
    """
    report = progress or (lambda fraction: None)
    with collector_paused():
        pieces = overlay(geometries, min_cover=1 if all_pieces else 2, progress=lambda f: report(OVERLAID * f),
                         should_stop=should_stop, stats=stats)
        describe = Describer(zones)
        records = [describe(p) for p in pieces]
        records.sort(key=lambda r: -r.area_m2)
    report(1.0)
    return records


#: The share of :func:`analyze`'s progress at which the pieces are found (describing them follows).
OVERLAID = 0.95


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
