# SPDX-License-Identifier: GPL-2.0-or-later
"""Zone types, line classes and zone flags of the permanent protected ecological areas (seed §三, §四)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from .codes import Code, CodeTable


@dataclass(frozen=True)
class ZoneType(Code):
    """A protected-area type; ``short`` is the type code used in marker numbers."""

    short: str = ""
    departments: tuple[str, ...] = ()


ZONE_TYPES: CodeTable[ZoneType] = CodeTable(
    "zone_type",
    (
        ZoneType("river", "河流", "River", short="HL", departments=("water",)),
        ZoneType("reservoir", "水库", "Reservoir", short="SK", departments=("water",)),
        ZoneType("wetland", "湿地", "Wetland", short="SD", departments=("forestry",)),
        ZoneType("forest_belt", "林带", "Forest belt", short="LD", departments=("forestry",)),
    ),
)


@dataclass(frozen=True)
class LineClass(Code):
    """A control class; a higher ``rank`` is stricter."""

    rank: int = 0
    rule_zh: str = ""
    rule_en: str = ""

    def rule(self, lang: str = "zh") -> str:
        return self.rule_zh if lang.startswith("zh") else self.rule_en


LINE_CLASSES: CodeTable[LineClass] = CodeTable(
    "line_class",
    (
        LineClass(
            "red",
            "红线区",
            "Red-line zone",
            rank=2,
            rule_zh="除已经市人民政府批复和审定的规划建设用地外，禁止一切与保护无关的建设活动",
            rule_en="All construction unrelated to protection is prohibited, except planned "
            "construction land approved by the municipal government",
        ),
        LineClass(
            "yellow",
            "黄线区",
            "Yellow-line zone",
            rank=1,
            rule_zh="从事建设活动应当经市人民政府审查同意",
            rule_en="Construction requires review and consent of the municipal government",
        ),
    ),
)

ZONE_FLAGS: CodeTable[Code] = CodeTable(
    "zone_flag",
    (
        Code("water_supply", "供水河道/水库", "Water-supply river or reservoir"),
        Code("nature_reserve", "自然保护区", "Nature reserve"),
        Code("national_red_line", "国家生态保护红线", "National ecological red line"),
    ),
)


def zone_order(line_class: str, zone_type: str) -> tuple[int, int]:
    """Sort key of a zone as users read lists: strictest class first, then the seed's order of zone
    types (unknown codes last)."""
    line = LINE_CLASSES.get(line_class)
    codes = ZONE_TYPES.codes()
    return -(line.rank if line else 0), codes.index(zone_type) if zone_type in codes else len(codes)


def ordered_types(types: Iterable[str]) -> tuple[str, ...]:
    """The distinct ``types`` in the seed's order, unknown codes after them (sorted)."""
    present, codes = set(types), ZONE_TYPES.codes()
    return tuple(c for c in codes if c in present) + tuple(sorted(present - set(codes)))


def zone_label(name: str, line_class: str, lang: str = "zh", zone_type: str | None = None) -> str:
    """A zone as people read it in lists and texts: ``北运河（红线区）``, with its type
    ``北运河（红线区，河流）``; ``Beiyun River (Red-line zone, River)`` in English."""
    parts = [LINE_CLASSES.label(line_class, lang)] + ([ZONE_TYPES.label(zone_type, lang)] if zone_type else [])
    if lang.startswith("zh"):
        return f"{name}（{'，'.join(parts)}）"
    return f"{name} ({', '.join(parts)})"


def strictest_class(classes: Iterable[str]) -> str | None:
    """The strictest line class among ``classes`` (seed §四(二)); None for no classes."""
    known = [LINE_CLASSES[c] for c in classes]
    if not known:
        return None
    return max(known, key=lambda c: c.rank).code


@dataclass(frozen=True)
class ZoneShape:
    """A zone's outline (EPSG:4548, valid) with what readers of a list need to name it: the one
    shape the marker checks, the drawings and the analyses share."""

    uid: str
    geometry: Any  # a shapely (Multi)Polygon
    name: str = ""
    zone_type: str = ""
    line_class: str = ""
