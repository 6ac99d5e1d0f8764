# SPDX-License-Identifier: GPL-2.0-or-later
"""The strictest rule (seed §四(二)): what applies where zones of different types overlap.

Where zones overlap, the effective class is red if any zone is red; the prohibited activities are
the union of every zone's list; every responsible department is involved; nature-reserve law and
water-supply bans carry over. :func:`resolve` also says *why*, as reason codes with labels.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .categories import categories_for
from .codes import Code, CodeTable
from .departments import zone_departments
from .zones import ordered_types, strictest_class


@dataclass(frozen=True)
class ZoneInfo:
    """What the rules need to know of one zone (a feature of the ``zones`` table)."""

    uid: str
    name: str
    zone_type: str
    line_class: str
    water_supply: bool = False
    nature_reserve: bool = False
    national_red_line: bool = False
    road_belt: bool = False
    department: str | None = None
    feature_code: str = ""  # the protected feature (a river, the reservoir…) whose zone this is
    data_status: str = ""

    def departments(self) -> tuple[str, ...]:
        """The zone's own department first (when set), then those of its type."""
        depts = ([self.department] if self.department else []) + list(
            zone_departments(self.zone_type, road_belt=self.road_belt))
        return tuple(dict.fromkeys(depts))

    def categories(self) -> tuple[str, ...]:
        return categories_for(self.zone_type, self.line_class, self.water_supply)


REASONS: CodeTable[Code] = CodeTable(
    "rule_reason",
    (
        Code("single_zone", "仅涉及一个保护区域，适用该区域管控要求",
             "One zone only: its own control applies"),
        Code("red_wins", "红线区与黄线区重叠，按最严格的红线区管控",
             "A red zone overlaps a yellow zone: the stricter red-zone control applies"),
        Code("all_yellow", "多个黄线区重叠，建设活动须经市人民政府审查同意",
             "Yellow zones overlap: construction needs the municipal government's consent"),
        Code("all_red", "多个红线区重叠，按红线区管控",
             "Red zones overlap: red-zone control applies"),
        Code("union_of_bans", "禁止事项取各区域禁止事项的并集",
             "The prohibited activities of every zone apply together"),
        Code("nature_reserve_law", "涉及自然保护区，同时依照自然保护区有关法律法规管理",
             "A nature reserve: nature-reserve law applies on top"),
        Code("water_supply_ban", "供水河道/水库红线区内禁止旅游项目、水上体育及娱乐活动",
             "Red zone of a water-supply river or reservoir: tourism and water sports are prohibited"),
        Code("national_red_line", "与国家生态保护红线重叠",
             "Overlaps the national ecological red line"),
        Code("approved_land", "位于已经市人民政府批复和审定的规划建设用地内，不属于红线区禁止的建设活动",
             "Inside planned construction land approved by the municipal government: the red-zone "
             "construction ban does not apply"),
        Code("outside", "不在任何永久性保护生态区域内", "Outside every protected zone"),
    ),
)


@dataclass(frozen=True)
class EffectiveRule:
    """The rule that applies where ``zones`` overlap (or at one zone, or nowhere)."""

    line_class: str | None
    zone_types: tuple[str, ...]
    departments: tuple[str, ...]
    categories: tuple[str, ...]
    nature_reserve: bool
    water_supply: bool
    national_red_line: bool
    approved_land: bool
    deciding: tuple[str, ...]
    reasons: tuple[str, ...]


def resolve(zones: Sequence[ZoneInfo], in_approved_land: bool = False,
            kinds: Sequence[tuple] | None = None) -> EffectiveRule:
    """The effective rule for a place covered by ``zones``.

    ``in_approved_land``: the place lies in planned construction land approved by the municipal
    government, the one exception the seed makes to the red-zone construction ban.

    The rule follows from the zones' kinds (type, class, flags, department) in order; only the
    deciding zones' ids are the zones' own, so the rest is worked out once per sequence of kinds.
    ``kinds``: the zones' :func:`zone_kind`, when the caller keeps them (thousands of overlap covers
    made of a few hundred zones).
    """
    if not zones:
        return EffectiveRule(None, (), (), (), False, False, False, in_approved_land, (), ("outside",))
    rule = _resolve_kinds(tuple(kinds) if kinds is not None else tuple(zone_kind(z) for z in zones),
                          in_approved_land)
    deciding = tuple(z.uid for z in zones if z.line_class == rule.line_class)
    return EffectiveRule(rule.line_class, rule.zone_types, rule.departments, rule.categories, rule.nature_reserve,
                         rule.water_supply, rule.national_red_line, rule.approved_land, deciding, rule.reasons)


def zone_kind(zone: ZoneInfo) -> tuple:
    """What of ``zone`` the rule follows from: its type, class, flags and department."""
    return (zone.zone_type, zone.line_class, zone.water_supply, zone.nature_reserve, zone.national_red_line,
            zone.road_belt, zone.department)


@lru_cache(maxsize=4096)
def _resolve_kinds(kinds: tuple[tuple, ...], in_approved_land: bool) -> EffectiveRule:
    """:func:`resolve` for zones of ``kinds`` (see :func:`zone_kind`), without the deciding ids."""
    zones = [ZoneInfo("", "", *kind) for kind in kinds]
    line_class = strictest_class(z.line_class for z in zones)
    categories: list[str] = []
    departments: list[str] = []
    for z in zones:
        categories += [c for c in z.categories() if c not in categories]
        departments += [d for d in z.departments() if d not in departments]
    if line_class == "red":
        # The strictest class governs construction: a yellow zone's consent route does not survive under red.
        categories = [c for c in categories if c != "construction_yellow"]
    approved = in_approved_land and line_class == "red"
    if approved:
        categories = [c for c in categories if c != "construction_red"]
    classes = {z.line_class for z in zones}
    reasons: list[str] = []
    if len(zones) == 1:
        reasons.append("single_zone")
    else:
        reasons.append("red_wins" if classes == {"red", "yellow"} else "all_red" if classes == {"red"}
                       else "all_yellow")
        reasons.append("union_of_bans")
    nature_reserve = any(z.nature_reserve for z in zones)
    water_supply = any(z.water_supply for z in zones)
    national = any(z.national_red_line for z in zones)
    if nature_reserve:
        reasons.append("nature_reserve_law")
    if any(z.water_supply and z.line_class == "red" for z in zones):
        reasons.append("water_supply_ban")
    if national:
        reasons.append("national_red_line")
    if approved:
        reasons.append("approved_land")
    return EffectiveRule(
        line_class=line_class,
        zone_types=ordered_types(z.zone_type for z in zones),
        departments=tuple(departments),
        categories=tuple(categories),
        nature_reserve=nature_reserve,
        water_supply=water_supply,
        national_red_line=national,
        approved_land=approved,
        deciding=(),  # the zones' own ids: resolve() fills them in
        reasons=tuple(reasons),
    )
