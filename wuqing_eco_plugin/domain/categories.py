# SPDX-License-Identifier: GPL-2.0-or-later
"""Violation categories per zone type (seed §三(一), §四(三)) and assessment severities.

Severities follow the municipal assessment scheme 津政办发〔2015〕83号: A −30 points, B −20, C the rest;
a restoration or relocation earns +20.
"""
from __future__ import annotations

from dataclasses import dataclass

from .codes import Code, CodeTable

ALL_TYPES = ("river", "reservoir", "wetland", "forest_belt")
WATER = ("river", "reservoir")


@dataclass(frozen=True)
class Category(Code):
    """A prohibited activity.

    ``zone_types``: where it applies; ``water_supply_only``: only in the red zone of a water-supply
    river or reservoir; ``red_only``/``yellow_only``: only in that line class; ``sector``: the
    department that leads such a case regardless of zone type; ``damage``: counts as ecological
    damage (serious in a nature reserve); ``base``: the severity before class and flags; ``outcome``: a
    state found on site (wetland lost, water polluted, a belt in poor condition) rather than an activity:
    recorded as a case, never listed among the prohibited activities.
    """

    zone_types: tuple[str, ...] = ALL_TYPES
    water_supply_only: bool = False
    red_only: bool = False
    yellow_only: bool = False
    sector: str | None = None
    damage: bool = False
    base: str = "C"
    outcome: bool = False


CATEGORIES: CodeTable[Category] = CodeTable(
    "category",
    (
        Category("construction_red", "红线区内与保护无关的建设活动（批准用地外）",
                 "Construction unrelated to protection in a red zone, outside approved land",
                 red_only=True, sector="construction", damage=True, base="A"),
        Category("construction_yellow", "黄线区内未经市政府同意的建设活动",
                 "Construction in a yellow zone without municipal consent",
                 yellow_only=True, sector="construction", base="B"),
        Category("land_occupation", "违法占地/违法建筑", "Illegal land occupation / illegal building",
                 sector="construction", damage=True, base="B"),
        Category("shoreline_fill", "侵占、填埋水域岸线", "Occupying or filling water area or shoreline",
                 zone_types=WATER, damage=True),
        Category("well_drilling", "打井", "Well drilling", zone_types=WATER, sector="agriculture"),
        Category("blasting", "爆破", "Blasting", zone_types=WATER, damage=True),
        Category("pond_digging", "挖筑池塘", "Digging ponds", zone_types=WATER, sector="agriculture",
                 damage=True),
        Category("fishing_gear", "设置拦河渔具", "River-blocking fishing gear", zone_types=WATER,
                 sector="agriculture"),
        Category("stockyard", "设置堆场", "Stockpile yard", zone_types=WATER),
        Category("garbage_dump", "垃圾堆场", "Refuse dump", zone_types=WATER, damage=True),
        Category("soil_sand_extraction", "取土、挖沙", "Soil or sand extraction", damage=True),
        Category("sewage_discharge", "排污、排放污水", "Sewage discharge", sector="env", damage=True),
        Category("waste_dumping", "倾倒废弃物", "Dumping waste", zone_types=("forest_belt", "wetland"),
                 damage=True),
        Category("illegal_felling", "滥伐、盗伐林木", "Illegal felling of trees", damage=True),
        Category("tourism_water_sports", "供水河道水库红线区内旅游项目、水上体育及娱乐活动",
                 "Tourism, water sports or recreation in the red zone of a water-supply river or reservoir",
                 zone_types=WATER, water_supply_only=True, red_only=True),
        Category("poaching", "非法猎捕野生动物", "Poaching wild animals", zone_types=("wetland",),
                 sector="police", damage=True),
        Category("plant_collection", "非法采集野生植物", "Illegal collection of wild plants",
                 zone_types=("wetland",), damage=True),
        Category("wetland_area_loss", "湿地面积减少", "Wetland area reduced", zone_types=("wetland",),
                 damage=True, base="B", outcome=True),
        Category("water_pollution_event", "水质不达标/水体污染事件", "Water quality below target / pollution event",
                 zone_types=("wetland", "river", "reservoir"), sector="env", damage=True, base="B",
                 outcome=True),
        Category("forest_condition", "林带结构、树种、长势或病虫害防治不到位",
                 "Belt structure, species, growth or pest control deficient", zone_types=("forest_belt",),
                 outcome=True),
        Category("marker_damage", "损毁、移动界桩标志", "Damaging or moving a boundary marker or sign",
                 sector="planning"),
    ),
)


@dataclass(frozen=True)
class Severity(Code):
    points: int = 0
    rank: int = 0


SEVERITIES: CodeTable[Severity] = CodeTable(
    "severity",
    (
        Severity("A", "A类（扣30分）", "A (−30 points)", points=-30, rank=3),
        Severity("B", "B类（扣20分）", "B (−20 points)", points=-20, rank=2),
        Severity("C", "C类", "C", points=0, rank=1),
    ),
)

#: Points a restoration or relocation of incompatible facilities earns in the assessment.
RESTORATION_BONUS = 20


def categories_for(zone_type: str, line_class: str | None = None, water_supply: bool = False) -> tuple[str, ...]:
    """Codes of the categories that can be recorded in a zone of this type, class and flag.

    With no ``line_class`` (the class is not known yet) class-bound categories are kept.
    """
    out = []
    for c in CATEGORIES:
        if zone_type not in c.zone_types:
            continue
        if c.water_supply_only and not water_supply:
            continue
        if line_class == "yellow" and c.red_only:
            continue
        if line_class == "red" and c.yellow_only:
            continue
        out.append(c.code)
    return tuple(out)


def severity_for(category: str, line_class: str | None, nature_reserve: bool = False) -> str:
    """The assessment severity (A/B/C) of a case.

    Construction or occupation in a red zone is A, in a yellow zone at least B; ecological damage in
    a nature reserve is a serious violation there, A.
    """
    cat = CATEGORIES[category]
    sev = cat.base
    if cat.sector == "construction":
        sev = "A" if line_class == "red" else max_severity(sev, "B")
    if nature_reserve and cat.damage:
        sev = "A"
    return sev


def max_severity(*codes: str) -> str:
    return max(codes, key=lambda c: SEVERITIES[c].rank)
