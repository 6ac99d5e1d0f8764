# SPDX-License-Identifier: GPL-2.0-or-later
"""Responsible departments (seed §二) and how records are routed to them.

The 2016 names are the seed's; ``zh_current`` holds the names after the 2018–19 reorganisation so
that a renaming changes one table, not the data (records store the code).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .categories import CATEGORIES
from .codes import Code, CodeTable
from .zones import ZONE_TYPES


@dataclass(frozen=True)
class Department(Code):
    zh_current: str = ""
    duty_zh: str = ""


DEPARTMENTS: CodeTable[Department] = CodeTable(
    "department",
    (
        Department("env", "区环保局", "District Environmental Protection Bureau", "区生态环境局",
                   "环境保护和水污染防治监督管理；牵头编制保护与修复规划；领导小组办公室；管理台账"),
        Department("planning", "区规划局", "District Planning Bureau", "区规划和自然资源局",
                   "勘界定标，明确红线边界，提供红黄线审核图纸，统一设立标桩"),
        Department("water", "区水务局", "District Water Affairs Bureau", "区水务局",
                   "河道、水库、蓄滞洪区监督管理"),
        Department("forestry", "区林业局", "District Forestry Bureau", "区规划和自然资源局",
                   "湿地、林带监督管理"),
        Department("land", "区国土局", "District Land Resources Bureau", "区规划和自然资源局",
                   "地质公园、地质遗迹监督管理"),
        Department("agriculture", "区农委", "District Agriculture Commission", "区农业农村委",
                   "农业与农村工作监督管理"),
        Department("construction", "区建委", "District Construction Commission", "区住房和城乡建设委",
                   "建设活动监督管理"),
        Department("landscaping", "区市容园林委", "District City Appearance and Landscaping Commission",
                   "区城市管理委", "城市公园和公路两侧绿化带监督管理"),
        Department("finance", "区财政局", "District Finance Bureau", "区财政局", "设立专项资金"),
        Department("police", "公安武清分局", "Wuqing Public Security Sub-bureau", "公安武清分局",
                   "治安案件与刑事犯罪调查处理"),
        Department("town", "镇政府/街道办", "Town government / street office", "镇政府/街道办",
                   "组织动员辖区单位参与保护，及时处理辖区内违法行为"),
    ),
)

#: The department that coordinates every record and keeps the ledger (leading-group office).
COORDINATOR = "env"
#: The department that surveys boundaries, sets markers and issues the review drawings.
SURVEYOR = "planning"


def zone_departments(zone_type: str, road_belt: bool = False, road_belt_landscaping: bool = True) -> tuple[str, ...]:
    """Departments responsible for a zone of ``zone_type``.

    Road shelter belts are shared between forestry and city landscaping (seed §二(四), (八)); the
    sharing is configurable because the seed names both without drawing the line.
    """
    depts = list(ZONE_TYPES[zone_type].departments)
    if zone_type == "forest_belt" and road_belt and road_belt_landscaping:
        depts.append("landscaping")
    return tuple(depts)


@dataclass(frozen=True)
class Routing:
    """Where a record goes: one lead department and the others to be notified."""

    lead: str
    involved: tuple[str, ...]


def route(zone_types: Iterable[str], category: str | None = None, road_belt: bool = False) -> Routing:
    """Route a record linked to zones of ``zone_types`` with violation ``category``.

    The lead is the sector department of the category where the seed names one (construction →
    区建委, agriculture → 区农委), else the department of the first zone type; every department of
    every zone type is involved (strictest rule: all responsible departments), plus the
    coordinating 区环保局 and the town. A record outside every zone is led by 区环保局.
    """
    return route_departments((d for zt in zone_types for d in zone_departments(zt, road_belt=road_belt)), category)


def route_departments(departments: Iterable[str], category: str | None = None) -> Routing:
    """Route a record among the responsible ``departments`` of its zones (first = default lead),
    as :func:`route` does; used where the zones name their own department (an EffectiveRule)."""
    involved = list(dict.fromkeys(departments))
    sector = CATEGORIES[category].sector if category else None
    lead = sector or (involved[0] if involved else COORDINATOR)
    others = [d for d in [*involved, COORDINATOR, "town"] if d != lead]
    return Routing(lead=lead, involved=tuple(dict.fromkeys(others)))
