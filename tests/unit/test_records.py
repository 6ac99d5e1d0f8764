# SPDX-License-Identifier: GPL-2.0-or-later
"""Recording a violation without QGIS: prefill by place, routing, categories, severity, validation."""
from __future__ import annotations

import datetime as dt

import pytest

from wuqing_eco_plugin.domain.categories import CATEGORIES
from wuqing_eco_plugin.domain.files import sanitize_filename, unique_names
from wuqing_eco_plugin.domain.ledger.records import (
    PROBLEMS,
    TEXT_LIMITS,
    Place,
    RecordDraft,
    record_fields,
    validate,
)
from wuqing_eco_plugin.domain.ledger.rows import next_record_no, parse_record_no, record_no
from wuqing_eco_plugin.domain.rules import ZoneInfo

RIVER_RED = ZoneInfo("r1", "北运河", "river", "red", department="water")
RIVER_YELLOW = ZoneInfo("r2", "北运河", "river", "yellow", department="water")
RESERVOIR = ZoneInfo("s1", "王庆坨水库", "reservoir", "red", water_supply=True, department="water")
RESERVE = ZoneInfo("w1", "大黄堡湿地自然保护区", "wetland", "red", nature_reserve=True, department="forestry")
BELT = ZoneInfo("b1", "西北防风阻沙林带", "forest_belt", "yellow", department="forestry")
ROAD_BELT = ZoneInfo("b2", "京津塘高速公路防护林带", "forest_belt", "red", road_belt=True, department="forestry")
NOW = dt.datetime(2026, 11, 29, 12, 0)


def _place(*zones, **kw):
    return Place(505_000.0, 4_370_000.0, tuple(zones), town="杨村街道", **kw)


# Routing: each zone type alone, then overlaps (strictest rule: every department involved).
@pytest.mark.parametrize("zone, category, lead, involved", [
    (RIVER_RED, "shoreline_fill", "water", {"env", "town"}),
    (RESERVOIR, "tourism_water_sports", "water", {"env", "town"}),
    (RESERVE, "plant_collection", "forestry", {"env", "town"}),
    (BELT, "forest_condition", "forestry", {"env", "town"}),
    (ROAD_BELT, "illegal_felling", "forestry", {"landscaping", "env", "town"}),
    (RIVER_RED, "sewage_discharge", "env", {"water", "town"}),
    (RESERVE, "poaching", "police", {"forestry", "env", "town"}),
    (BELT, "construction_yellow", "construction", {"forestry", "env", "town"}),
])
def test_routing_per_zone_type(zone, category, lead, involved):
    r = _place(zone).routing(category)
    assert r.lead == lead and set(r.involved) == involved


@pytest.mark.parametrize("zones, category, lead, involved", [
    ((BELT, RIVER_RED), "shoreline_fill", "water", {"forestry", "env", "town"}),
    ((RIVER_YELLOW, BELT), "construction_yellow", "construction", {"water", "forestry", "env", "town"}),
    ((ROAD_BELT, RESERVE), "waste_dumping", "forestry", {"landscaping", "env", "town"}),
    ((RESERVOIR, RESERVE, BELT), "marker_damage", "planning", {"water", "forestry", "env", "town"}),
])
def test_routing_in_overlaps_involves_every_department(zones, category, lead, involved):
    r = _place(*zones).routing(category)
    assert r.lead == lead and set(r.involved) == involved and r.lead not in r.involved


def test_outside_every_zone_is_led_by_the_environment_bureau():
    place = _place()
    assert place.outside and place.routing("sewage_discharge").lead == "env"
    assert place.categories() == CATEGORIES.codes()


def test_strictest_zone_first_and_named():
    place = _place(BELT, RIVER_RED)
    assert [z.uid for z in place.zones] == ["r1", "b1"] and place.zone_type == "river"
    assert place.rule.line_class == "red"
    assert place.zone_names() == "北运河（红线区）；西北防风阻沙林带（黄线区）"


@pytest.mark.parametrize("zones, present, absent", [
    ((RIVER_YELLOW,), {"construction_yellow", "shoreline_fill"},
     {"construction_red", "poaching", "tourism_water_sports"}),
    ((RESERVOIR,), {"tourism_water_sports", "construction_red"}, {"construction_yellow", "forest_condition"}),
    ((RESERVE,), {"poaching", "plant_collection", "wetland_area_loss"}, {"shoreline_fill", "forest_condition"}),
    ((BELT,), {"forest_condition", "waste_dumping"}, {"shoreline_fill", "poaching", "construction_red"}),
    ((BELT, RIVER_RED), {"forest_condition", "shoreline_fill", "construction_red"}, {"construction_yellow"}),
])
def test_categories_only_what_is_prohibited_there(zones, present, absent):
    cats = set(_place(*zones).categories())
    assert present <= cats and not (absent & cats)


def test_approved_land_removes_the_red_construction_category():
    place = _place(RIVER_RED, approval_nos=("津政批〔2015〕示例1号",))
    assert "construction_red" not in place.categories() and place.rule.approved_land


def test_severity_from_category_and_class():
    assert _place(RIVER_RED).severity("land_occupation") == "A"
    assert _place(RIVER_YELLOW).severity("land_occupation") == "B"
    assert _place(RESERVE).severity("plant_collection") == "A"
    assert _place(BELT).severity("forest_condition") == "C"


def _draft(**kw):
    base = dict(discovered_at=dt.datetime(2026, 11, 28, 9, 30), source="patrol", category="shoreline_fill",
                description="巡查发现填埋岸线约200平方米", created_by="巡查员")
    return RecordDraft(**{**base, **kw})


def test_a_complete_draft_is_valid_and_maps_to_fields():
    place = _place(BELT, RIVER_RED, nearest_marker="120114-HL-BYH-0003", marker_distance_m=12.5)
    assert validate(_draft(), place, NOW) == ()
    f = record_fields(_draft(responsible_party="示例公司"), place, "uid-1", "WQ-2026-0001", NOW, ("attachments/a.jpg",))
    assert f["zone_uids"] == "r1,b1" and f["line_class"] == "red" and f["zone_type"] == "river"
    assert f["severity"] == "C" and f["severity_reason"] is None and f["status"] == "registered"
    assert f["lead_department"] == "water" and f["other_departments"] == "forestry,env,town"
    assert f["nearest_marker"] == "120114-HL-BYH-0003" and f["evidence"] == "attachments/a.jpg"
    assert f["town"] == "杨村街道" and f["outside_zones"] is False and f["reporter_name"] is None


@pytest.mark.parametrize("change, problem", [
    (dict(discovered_at=None), "no_date"),
    (dict(discovered_at=NOW + dt.timedelta(hours=1)), "future_date"),
    (dict(source=None), "no_source"),
    (dict(source="gossip"), "no_source"),
    (dict(category=None), "no_category"),
    (dict(category="poaching"), "category_not_here"),
    (dict(severity="C", category="land_occupation"), "severity_below_rule"),
    (dict(severity="A"), "no_raise_reason"),
    (dict(description="   "), "no_description"),
    (dict(deadline=dt.date(2026, 11, 1)), "deadline_before_discovery"),
    (dict(created_by=""), "no_recorder"),
    (dict(reporter_name="甲" * (TEXT_LIMITS["reporter_name"] + 1)), "text_too_long"),
    (dict(attachments=("/nonexistent/photo.jpg",)), "attachment_missing"),
])
def test_each_problem(change, problem):
    assert validate(_draft(**change), _place(RIVER_RED), NOW) == (problem,)
    assert PROBLEMS[problem].zh and PROBLEMS[problem].en


def test_raising_severity_with_a_reason_is_kept():
    place = _place(RIVER_RED)
    draft = _draft(severity="A", severity_reason="造成岸线严重破坏")
    assert validate(draft, place, NOW) == ()
    f = record_fields(draft, place, "u", "WQ-2026-0002", NOW)
    assert f["severity"] == "A" and f["severity_reason"] == "造成岸线严重破坏"


def test_outside_needs_confirmation_and_is_recorded_as_outside():
    place = _place()
    assert validate(_draft(category="sewage_discharge"), place, NOW) == ("outside_not_confirmed",)
    draft = _draft(category="sewage_discharge", outside_confirmed=True)
    f = record_fields(draft, place, "u", "WQ-2026-0003", NOW)
    assert f["outside_zones"] is True and f["zone_uids"] is None and f["line_class"] is None
    assert f["lead_department"] == "env"


def test_invalid_draft_is_never_mapped():
    with pytest.raises(ValueError):
        record_fields(_draft(description=""), _place(RIVER_RED), "u", "WQ-2026-0004", NOW)


def test_record_numbers():
    assert record_no(2026, 7) == "WQ-2026-0007" and record_no(2026, 12345) == "WQ-2026-12345"
    assert parse_record_no("WQ-2026-0007") == (2026, 7) and parse_record_no("XX-1") is None
    existing = ["WQ-2025-0009", "WQ-2026-0002", "WQ-2026-0010", None, "junk"]
    assert next_record_no(existing, 2026) == "WQ-2026-0011"
    assert next_record_no(existing, 2027) == "WQ-2027-0001"
    with pytest.raises(ValueError):
        record_no(2026, 0)


@pytest.mark.parametrize("name, safe", [
    ("现场照片 1.JPG", "现场照片_1.jpg"),
    ("../../etc/passwd", "passwd"),
    (r"C:\Users\张三\Desktop\举报材料(1).pdf", "举报材料(1).pdf"),
    ("a<b>c:d|e?.png", "a_b_c_d_e.png"),
    ("CON.txt", "_CON.txt"),
    (".hidden", "hidden"),
    ("...", "file"),
    ("x" * 300 + ".jpeg", "x" * 95 + ".jpeg"),  # 100 characters in all
    ("photo\x00\x07.jpg", "photo.jpg"),
])
def test_sanitized_file_names(name, safe):
    assert sanitize_filename(name) == safe


def test_unique_names_never_collide():
    assert unique_names(["a.jpg", "A.JPG", "a .jpg", "b"], taken=["b"]) == ["a.jpg", "A_2.jpg", "a_3.jpg", "b_2"]
