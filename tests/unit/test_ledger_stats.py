# SPDX-License-Identifier: GPL-2.0-or-later
"""Report counts, assessment estimate, area composition, ledger filters and public disclosure."""
from __future__ import annotations

import datetime as dt

import pytest
from shapely.geometry import Polygon, box

from wuqing_eco_plugin.domain.composition import composition
from wuqing_eco_plugin.domain.ledger import stats
from wuqing_eco_plugin.domain.ledger.disclosure import MASK, mask_text, public_record
from wuqing_eco_plugin.domain.ledger.filters import LedgerFilter, counts
from wuqing_eco_plugin.domain.ledger.rows import OUTSIDE_KEY, case_row
from wuqing_eco_plugin.domain.units import hectares, mu

D = dt.datetime


def _row(no, discovered, status, severity="C", dept="water", **kw):
    values = {"record_uid": f"u{no}", "record_no": f"WQ-2026-{no:04d}", "discovered_at": discovered,
              "status": status, "category": kw.pop("category", "shoreline_fill"), "severity": severity,
              "lead_department": dept, "town": kw.pop("town", "杨村街道"),
              "zone_uids": kw.pop("zone_uids", "z1"), "zone_names": kw.pop("zone_names", "北运河（红线区）"), **kw}
    return case_row(values)


ROWS = [
    _row(1, D(2026, 2, 3), "closed", "A", closed_at=D(2026, 5, 2), rectifying_at=D(2026, 3, 1)),  # Q1 new, Q2 closed
    _row(2, D(2026, 4, 10), "rectifying", "B", deadline=dt.date(2026, 5, 31), rectifying_at=D(2026, 4, 20)),
    _row(3, D(2026, 5, 5), "dismissed", dept="env", closed_at=D(2026, 5, 6), town="大良镇"),
    _row(4, D(2026, 6, 30, 18), "registered", "A", dept="construction", zone_uids="z1,z2",
         zone_names="北运河（红线区）；林带（黄线区）"),
    _row(5, D(2026, 8, 1), "referred_police", dept="police", zone_uids=None, zone_names=None, outside_zones=True),
    _row(6, D(2025, 12, 1), "proposed", "B"),  # carried over from last year, still open
    _row(7, D(2026, 3, 30), "closed", "C", closed_at=D(2026, 7, 2)),  # closed without rectification
]
NOW = D(2026, 11, 29, 12)


def test_quarters_and_year():
    q2 = stats.period(2026, 2)
    assert (q2.start, q2.end) == (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    assert stats.period(2026, 4).end == dt.date(2026, 12, 31) and stats.period(2026).start == dt.date(2026, 1, 1)
    assert q2.reference(NOW) == D(2026, 6, 30, 23, 59, 59, 999999)
    assert stats.period(2026, 4).reference(NOW) == NOW
    with pytest.raises(ValueError):
        stats.period(2026, 5)


def test_quarter_tally_by_hand():
    q2 = stats.period(2026, 2)
    t = stats.tally(ROWS, q2, q2.reference(NOW))
    # new: 2, 3, 4; closed in Q2: 1; dismissed in Q2: 3; open on 30 June: 2, 4, 6, 7; overdue: 2 (31 May)
    assert t.values() == (3, 4, 1, 1, 1)


def test_breakdowns_add_up_to_the_total():
    q2 = stats.period(2026, 2)
    ref = q2.reference(NOW)
    total = stats.tally(ROWS, q2, ref)
    for key in (lambda r: [r.lead_department], lambda r: [r.category], lambda r: [r.town or ""]):
        parts = stats.breakdown(ROWS, key, q2, ref)
        assert tuple(map(sum, zip(*(t.values() for t in parts.values())))) == total.values()
    by_zone = stats.breakdown(ROWS, lambda r: r.zone_keys(), q2, ref)
    assert by_zone["林带（黄线区）"].new == 1 and by_zone["北运河（红线区）"].new == 3
    assert stats.breakdown(ROWS, lambda r: r.zone_keys(), stats.period(2026, 3), NOW)[OUTSIDE_KEY].new == 1


def test_severity_outcome_and_assessment():
    year = stats.period(2026)
    ref = year.reference(NOW)
    table = stats.by_severity_and_outcome(ROWS, year, ref)
    assert table["A"] == {"closed": 1, "dismissed": 0, "referred_police": 0, "in_progress": 1}
    assert table["C"] == {"closed": 1, "dismissed": 1, "referred_police": 1, "in_progress": 0}
    assert sum(sum(v.values()) for v in table.values()) == 6  # row 6 was discovered in 2025
    a = stats.assessment(ROWS, year, ref)
    # counted: A rows 1, 4; B row 2; C row 7 (3 dismissed, 5 outside, 6 last year)
    assert a.counted == {"A": 2, "B": 1, "C": 1}
    assert a.deductions == -80 and a.restored == 1 and a.bonus == 20 and a.net == -60


def test_composition_red_wins_and_counts_once():
    river_red = box(0, 0, 100, 10)         # 1000 m²
    river_yellow = box(0, 10, 100, 30)     # 2000 m²
    belt_yellow = box(50, 0, 60, 100)      # 1000 m², crosses both river zones
    towns = [("甲镇", box(0, 0, 50, 100)), ("乙镇", box(50, 0, 100, 100))]
    c = composition([("river", "red", river_red), ("river", "yellow", river_yellow),
                     ("forest_belt", "yellow", belt_yellow)], towns)
    assert c.by_type["river"].red == pytest.approx(1000) and c.by_type["river"].yellow == pytest.approx(2000)
    assert c.by_type["forest_belt"].yellow == pytest.approx(1000)
    # belt over the red river is red (100 m²) and over the yellow river counted once (200 m²): yellow
    # total = 2000 + 1000 − 100 − 200
    assert c.total.red == pytest.approx(1000) and c.total.yellow == pytest.approx(2700)
    assert c.type_overlap == pytest.approx(300)
    assert c.by_town["甲镇"].red == pytest.approx(500) and c.by_town["乙镇"].yellow == pytest.approx(1700)
    assert sum(a.total for a in c.by_town.values()) == pytest.approx(c.total.total)
    assert c.district_area == pytest.approx(10_000)
    assert hectares(10_000) == 1 and mu(666.6666667) == pytest.approx(1)


def test_composition_keeps_both_lobes_of_a_bow_tie():
    # Two triangles of 25 m² meeting at (5, 5): buffer(0) kept only one of them.
    bowtie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])
    assert not bowtie.is_valid
    towns = [("甲镇", box(0, 0, 5, 10)), ("乙镇", Polygon([(5, 0), (10, 10), (10, 0), (5, 10), (5, 0)]))]
    c = composition([("wetland", "red", bowtie), ("river", "yellow", box(0, 0, 10, 10))], towns)
    assert c.by_type["wetland"].red == pytest.approx(50)
    assert c.total.red == pytest.approx(50) and c.total.yellow == pytest.approx(50)
    assert c.by_town["甲镇"].red == pytest.approx(25) and c.by_town["甲镇"].yellow == pytest.approx(25)
    # the bow-tie town (two triangles of 12.5 m²) keeps its area too
    assert c.town_area["乙镇"] == pytest.approx(25)
    assert c.district_area == pytest.approx(75)

def test_filters_and_counts():
    today = dt.date(2026, 11, 29)
    assert [r.record_no for r in ROWS if LedgerFilter(overdue=True).matches(r, today)] == ["WQ-2026-0002"]
    assert {r.record_no for r in ROWS if LedgerFilter(department="water", severity="B").matches(r, today)} \
        == {"WQ-2026-0002", "WQ-2026-0006"}
    assert [r.record_no for r in ROWS if LedgerFilter(zone="z2").matches(r, today)] == ["WQ-2026-0004"]
    f = LedgerFilter(date_from=dt.date(2026, 4, 1), date_to=dt.date(2026, 6, 30), town="大良镇")
    assert [r.record_no for r in ROWS if f.matches(r, today)] == ["WQ-2026-0003"]
    # text: number, labels of category and department in either language, several words
    assert [r.record_no for r in ROWS if LedgerFilter(text="0005").matches(r, today)] == ["WQ-2026-0005"]
    assert [r.record_no for r in ROWS if LedgerFilter(text="区建委").matches(r, today)] == ["WQ-2026-0004"]
    assert len([r for r in ROWS if LedgerFilter(text="岸线 水务").matches(r, today)]) == 4
    c = counts(ROWS, today)
    assert (c.total, c.open, c.overdue, c.closed, c.dismissed) == (7, 4, 1, 2, 1)


def test_the_panel_counts_open_and_overdue_as_the_reports_do():
    """One definition: the panel's counts at the end of a day equal the reports' counts at that moment."""
    today = dt.date(2026, 11, 29)
    end = dt.datetime.combine(today, dt.time.max)
    later = case_row({"record_no": "WQ-2026-0099", "status": "registered", "deadline": dt.date(2026, 11, 1),
                      "discovered_at": dt.datetime(2026, 12, 2)})  # entered ahead of its date
    rows = [*ROWS, later]
    c = counts(rows, today)
    assert c.open == sum(r.open_at(end) for r in rows) and c.overdue == sum(r.overdue_at(end) for r in rows)
    assert not later.open(today) and not later.overdue(today)


def test_public_record_leaves_out_and_masks_private_values():
    record = {"record_no": "WQ-2026-0001", "description": "举报人张小明反映：示例公司甲在岸线堆放渣土，电话13912345678",
              "responsible_party": "示例公司甲", "reporter_name": "张小明", "reporter_contact": "13912345678",
              "internal_notes": "内部：约谈", "town": "杨村街道", "penalty_no": None}
    out = public_record(record, ("responsible_party", "reporter_name", "reporter_contact", "internal_notes"))
    assert set(out) == {"record_no", "description", "town", "penalty_no"}
    assert "张小明" not in out["description"] and "示例公司甲" not in out["description"]
    assert "13912345678" not in out["description"] and out["description"].count(MASK) == 3
    assert out["record_no"] == "WQ-2026-0001"  # numbers that are not phones stay


def test_public_record_keeps_identifiers_that_look_like_phone_numbers():
    """A uuid whose groups are all digits, or a list of them, is not a phone number to mask: only
    the texts people write are searched (the schema's ``written_texts``)."""
    uid = "12345678-1234-4567-8901-123456789012"
    record = {"record_uid": uid, "zone_uids": f"{uid},87654321-4321-4765-8109-210987654321",
              "description": "电话 1234-5678-9012", "reporter_name": "张小明"}
    out = public_record(record, ("reporter_name",), masked=("description",))
    assert out["record_uid"] == uid and out["zone_uids"] == record["zone_uids"]
    assert out["description"] == f"电话 {MASK}"
    assert MASK in public_record(record, ("reporter_name",))["record_uid"]  # why the fields are named


def test_mask_text_phones_and_mail_only():
    assert mask_text("联系 022-12345678 或 a.b@example.cn", []) == f"联系 {MASK} 或 {MASK}"
    assert mask_text("面积1800平方米，WQ-2026-0001，2026-11-29", ["甲"]) == "面积1800平方米，WQ-2026-0001，2026-11-29"


def test_restoration_bonus_only_for_serious_cases():
    minor = _row(20, D(2026, 3, 1), "closed", "C", closed_at=D(2026, 5, 1), rectifying_at=D(2026, 4, 1))
    serious = _row(21, D(2026, 3, 1), "closed", "B", closed_at=D(2026, 5, 1), rectifying_at=D(2026, 4, 1))
    unrectified = _row(22, D(2026, 3, 1), "closed", "A", closed_at=D(2026, 5, 1))
    year = stats.period(2026)
    a = stats.assessment([minor, serious, unrectified], year, NOW)
    assert a.restored == 1 and a.net == -30 - 20 + 20
