# SPDX-License-Identifier: GPL-2.0-or-later
"""The seed's rules as data: tables complete, routing, categories, severities, transitions."""
from __future__ import annotations

import datetime as dt

import pytest

from wuqing_eco_plugin.domain import categories, departments, zones
from wuqing_eco_plugin.domain.admin import DATA_STATUSES, TOWN_KINDS
from wuqing_eco_plugin.domain.codes import Code, CodeTable
from wuqing_eco_plugin.domain.ledger import cases
from wuqing_eco_plugin.domain.markers import vocabulary as markers
from wuqing_eco_plugin.domain.overlaps.screening import VERDICTS
from wuqing_eco_plugin.domain.repair import REPAIRS
from wuqing_eco_plugin.domain.rules import REASONS

ALL_TABLES = [
    zones.ZONE_TYPES, zones.LINE_CLASSES, zones.ZONE_FLAGS, departments.DEPARTMENTS, categories.CATEGORIES,
    categories.SEVERITIES, cases.CASE_SOURCES, cases.CASE_STATUSES, markers.MARKER_KINDS,
    markers.MARKER_STATUSES, markers.SURVEY_METHODS, markers.MARKER_MATERIALS, markers.CHECK_STATUSES,
    TOWN_KINDS, DATA_STATUSES, REASONS, REPAIRS, VERDICTS,
]


@pytest.mark.parametrize("table", ALL_TABLES, ids=lambda t: t.name)
def test_every_entry_has_both_labels(table):
    for entry in table:
        assert entry.code and entry.zh and entry.en
        assert any("\u4e00" <= ch <= "\u9fff" for ch in entry.zh), entry.zh
        assert entry.label("zh_CN") == entry.zh and entry.label("en") == entry.en


def test_table_names_are_unique():
    assert len({t.name for t in ALL_TABLES}) == len(ALL_TABLES)


def test_code_table_rejects_duplicates_and_unknown_codes():
    with pytest.raises(ValueError):
        CodeTable("x", (Code("a", "甲", "A"), Code("a", "乙", "B")))
    with pytest.raises(KeyError):
        zones.ZONE_TYPES["lake"]
    assert zones.ZONE_TYPES.label("lake") == "lake"  # bad data stays visible


def test_value_map_keeps_order():
    assert list(zones.ZONE_TYPES.value_map("zh").values()) == ["river", "reservoir", "wetland", "forest_belt"]
    assert list(zones.ZONE_TYPES.value_map("zh")) == ["河流", "水库", "湿地", "林带"]


def test_seed_zone_types_and_classes():
    assert zones.ZONE_TYPES.codes() == ("river", "reservoir", "wetland", "forest_belt")
    assert zones.LINE_CLASSES.codes() == ("red", "yellow")
    assert zones.ZONE_FLAGS.codes() == ("water_supply", "nature_reserve", "national_red_line")
    assert "批复" in zones.LINE_CLASSES["red"].rule("zh")
    assert "审查同意" in zones.LINE_CLASSES["yellow"].rule("zh")


@pytest.mark.parametrize("classes, expected", [
    (["yellow"], "yellow"), (["red"], "red"), (["yellow", "red"], "red"), (["yellow", "yellow"], "yellow"),
    ([], None),
])
def test_strictest_class(classes, expected):
    assert zones.strictest_class(classes) == expected


def test_departments_of_the_seed():
    names = {d.zh for d in departments.DEPARTMENTS}
    for seed_name in ("区环保局", "区规划局", "区水务局", "区林业局", "区国土局", "区农委", "区建委",
                      "区市容园林委", "区财政局", "公安武清分局"):
        assert seed_name in names
    assert departments.DEPARTMENTS["env"].zh_current == "区生态环境局"


@pytest.mark.parametrize("zone_type, expected", [
    ("river", ("water",)), ("reservoir", ("water",)), ("wetland", ("forestry",)), ("forest_belt", ("forestry",)),
])
def test_zone_departments(zone_type, expected):
    assert departments.zone_departments(zone_type) == expected


def test_road_belts_shared_with_landscaping_configurably():
    assert departments.zone_departments("forest_belt", road_belt=True) == ("forestry", "landscaping")
    assert departments.zone_departments("forest_belt", road_belt=True, road_belt_landscaping=False) == ("forestry",)


def test_routing_by_zone_and_category():
    r = departments.route(["river"], "sewage_discharge")
    assert r.lead == "env" and "water" in r.involved and "town" in r.involved
    r = departments.route(["wetland"], "plant_collection")
    assert r.lead == "forestry" and "env" in r.involved
    r = departments.route(["river", "forest_belt"], "construction_red")
    assert r.lead == "construction"
    assert {"water", "forestry", "env", "town"} <= set(r.involved)
    assert departments.route([], None).lead == "env"
    assert "police" == departments.route(["wetland"], "poaching").lead


def test_lead_is_never_among_the_others():
    for cat in categories.CATEGORIES:
        for zt in cat.zone_types:
            r = departments.route([zt], cat.code)
            assert r.lead not in r.involved
            assert r.lead in departments.DEPARTMENTS


def test_categories_filtered_by_zone_type():
    river = categories.categories_for("river", "red", water_supply=False)
    assert "shoreline_fill" in river and "poaching" not in river and "tourism_water_sports" not in river
    assert "tourism_water_sports" in categories.categories_for("reservoir", "red", water_supply=True)
    assert "tourism_water_sports" not in categories.categories_for("reservoir", "yellow", water_supply=True)
    wetland = categories.categories_for("wetland", "red")
    assert {"poaching", "plant_collection", "wetland_area_loss", "waste_dumping"} <= set(wetland)
    assert "well_drilling" not in wetland
    belt = categories.categories_for("forest_belt", "yellow")
    assert "construction_yellow" in belt and "construction_red" not in belt and "forest_condition" in belt
    for zt in zones.ZONE_TYPES.codes():
        assert "marker_damage" in categories.categories_for(zt)


def test_every_category_applies_somewhere_and_routes_to_a_department():
    for cat in categories.CATEGORIES:
        assert cat.zone_types and set(cat.zone_types) <= set(zones.ZONE_TYPES.codes())
        assert cat.sector is None or cat.sector in departments.DEPARTMENTS
        assert cat.base in categories.SEVERITIES


@pytest.mark.parametrize("category, line_class, reserve, expected", [
    ("construction_red", "red", False, "A"),
    ("construction_yellow", "yellow", False, "B"),
    ("land_occupation", "red", False, "A"),
    ("land_occupation", "yellow", False, "B"),
    ("sewage_discharge", "yellow", False, "C"),
    ("sewage_discharge", "red", True, "A"),
    ("forest_condition", "red", False, "C"),
    ("water_pollution_event", "yellow", False, "B"),
])
def test_severity(category, line_class, reserve, expected):
    assert categories.severity_for(category, line_class, reserve) == expected


def test_severity_points():
    assert categories.SEVERITIES["A"].points == -30 and categories.SEVERITIES["B"].points == -20
    assert categories.max_severity("C", "A", "B") == "A"


def test_transitions_are_closed_over_statuses():
    codes = set(cases.CASE_STATUSES.codes())
    assert set(cases.TRANSITIONS) == codes
    for old, targets in cases.TRANSITIONS.items():
        assert set(targets) <= codes
        assert bool(targets) != cases.CASE_STATUSES[old].terminal


def test_every_status_is_reachable_from_registered():
    seen, todo = set(), [cases.INITIAL_STATUS]
    while todo:
        s = todo.pop()
        if s not in seen:
            seen.add(s)
            todo.extend(cases.allowed_next(s))
    assert seen == set(cases.CASE_STATUSES.codes())


def test_seed_sequence_is_allowed_and_shortcuts_are_not():
    path = ["registered", "verified", "notified", "proposed", "rectifying", "reinspected", "closed"]
    assert all(cases.can_transition(a, b) for a, b in zip(path, path[1:]))
    assert not cases.can_transition("registered", "closed")
    assert not cases.can_transition("closed", "registered")
    assert not cases.can_transition("dismissed", "verified")
    assert not cases.can_transition("nonsense", "verified")


def test_overdue_is_computed_from_deadline():
    from wuqing_eco_plugin.domain.ledger.rows import case_row

    today = dt.date(2026, 11, 29)

    def row(status, deadline):
        return case_row({"status": status, "deadline": deadline, "discovered_at": dt.datetime(2026, 1, 1),
                         "closed_at": dt.datetime(2026, 2, 1) if status == "closed" else None})

    assert row("rectifying", dt.date(2026, 11, 28)).overdue(today)
    assert not row("rectifying", dt.date(2026, 11, 29)).overdue(today)
    assert not row("closed", dt.date(2026, 1, 1)).overdue(today)
    assert not row("rectifying", None).overdue(today)


def test_marker_numbering():
    assert markers.marker_number("SK", "WQT", 7) == "120114-SK-WQT-0007"
    assert markers.marker_number("HL", "byh", 12, kind="sign") == "120114-HL-BYHP-0012"
    assert markers.marker_number("HL", "北运河", 1) == "120114-HL-X-0001"
    with pytest.raises(ValueError):
        markers.marker_number("HL", "BYH", 0)


@pytest.mark.parametrize("d, expected", [(0.0, "ok"), (0.5, "ok"), (0.51, "warning"), (1.0, "warning"),
                                         (1.01, "fail")])
def test_check_status(d, expected):
    assert markers.check_status(d) == expected


def test_survey_defaults():
    d = markers.SurveyDefaults()
    assert (d.turn_angle_deg, d.max_spacing_m, d.warning_m, d.tolerance_m) == (15.0, 200.0, 0.5, 1.0)
