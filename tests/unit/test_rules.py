# SPDX-License-Identifier: GPL-2.0-or-later
"""Strictest-rule resolution for hand-built overlaps (seed §四(二))."""
from __future__ import annotations

from wuqing_eco_plugin.domain.rules import REASONS, ZoneInfo, resolve

RIVER_RED = ZoneInfo("r1", "北运河", "river", "red")
RIVER_YELLOW = ZoneInfo("r2", "北运河", "river", "yellow")
BELT_YELLOW = ZoneInfo("b1", "京沪铁路防护林带", "forest_belt", "yellow")
BELT_RED_ROAD = ZoneInfo("b2", "京津塘高速公路防护林带", "forest_belt", "red", road_belt=True)
RESERVE = ZoneInfo("w1", "大黄堡湿地自然保护区", "wetland", "red", nature_reserve=True)
RESERVOIR = ZoneInfo("s1", "王庆坨水库", "reservoir", "red", water_supply=True)


def test_outside():
    rule = resolve([])
    assert rule.line_class is None and rule.reasons == ("outside",) and rule.categories == ()


def test_single_zone():
    rule = resolve([RIVER_YELLOW])
    assert rule.line_class == "yellow" and rule.reasons == ("single_zone",)
    assert "construction_yellow" in rule.categories and "construction_red" not in rule.categories
    assert rule.departments == ("water",)


def test_red_over_yellow_red_wins():
    rule = resolve([BELT_YELLOW, RIVER_RED])
    assert rule.line_class == "red" and rule.deciding == ("r1",)
    assert rule.reasons[:2] == ("red_wins", "union_of_bans")
    assert rule.zone_types == ("river", "forest_belt")
    assert {"shoreline_fill", "forest_condition", "construction_red"} <= set(rule.categories)
    assert "construction_yellow" not in rule.categories
    assert rule.departments == ("forestry", "water")


def test_two_yellows():
    rule = resolve([BELT_YELLOW, RIVER_YELLOW])
    assert rule.line_class == "yellow" and rule.reasons[0] == "all_yellow"
    assert rule.deciding == ("b1", "r2")


def test_three_way_with_reserve_and_road_belt():
    rule = resolve([RIVER_YELLOW, BELT_RED_ROAD, RESERVE])
    assert rule.line_class == "red" and set(rule.deciding) == {"b2", "w1"}
    assert "nature_reserve_law" in rule.reasons and rule.nature_reserve
    assert {"water", "forestry", "landscaping"} == set(rule.departments)
    assert {"poaching", "shoreline_fill", "forest_condition"} <= set(rule.categories)


def test_water_supply_ban_in_red_only():
    rule = resolve([RESERVOIR])
    assert "water_supply_ban" in rule.reasons and "tourism_water_sports" in rule.categories
    yellow = resolve([ZoneInfo("s2", "王庆坨水库", "reservoir", "yellow", water_supply=True)])
    assert "water_supply_ban" not in yellow.reasons and yellow.water_supply


def test_approved_land_lifts_the_red_construction_ban_only():
    rule = resolve([RIVER_RED], in_approved_land=True)
    assert rule.approved_land and "approved_land" in rule.reasons
    assert "construction_red" not in rule.categories and "sewage_discharge" in rule.categories
    assert not resolve([RIVER_YELLOW], in_approved_land=True).approved_land


def test_every_reason_has_labels():
    for code in ("single_zone", "red_wins", "all_yellow", "all_red", "union_of_bans", "nature_reserve_law",
                 "water_supply_ban", "national_red_line", "approved_land", "outside"):
        assert REASONS[code].zh and REASONS[code].en


def test_zones_of_the_same_kinds_share_the_rule_but_not_the_deciding_ids():
    from dataclasses import replace

    first = resolve([BELT_YELLOW, RIVER_RED])
    again = resolve([replace(BELT_YELLOW, uid="b9", name="另一林带"), replace(RIVER_RED, uid="r9")])
    assert first.deciding == ("r1",) and again.deciding == ("r9",)
    assert replace(again, deciding=first.deciding) == first
    own = resolve([replace(BELT_YELLOW, department="landscaping"), RIVER_RED])  # a kind of its own
    assert own.departments == ("landscaping", "forestry", "water") and first.departments == ("forestry", "water")
