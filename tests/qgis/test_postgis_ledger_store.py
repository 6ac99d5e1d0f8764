# SPDX-License-Identifier: GPL-2.0-or-later
"""LedgerStore unchanged on the shared database: atomic writes, numbers from the database, refusals
by rights as readable messages in the user's language."""
from __future__ import annotations

import datetime as dt

import pytest
from shapely.geometry import box

from wuqing_eco_plugin.domain.ledger.records import Place, RecordDraft
from wuqing_eco_plugin.domain.rules import ZoneInfo
from wuqing_eco_plugin.layers.ledger.postgis import PostgisLedgerStorage
from wuqing_eco_plugin.services.ledger.store import LedgerStore, StoreError

S = "wuqing_eco"
RIVER = ZoneInfo("zone-river-red", "北运河", "river", "red", department="water")
PLACE = Place(505_000.0, 4_370_000.0, (RIVER,), town="杨村街道", nearest_marker="120114-HL-BYH-0001",
              marker_distance_m=35.2)


def _draft(**kw):
    base = dict(discovered_at=dt.datetime(2026, 11, 20, 9, 30), source="patrol", category="shoreline_fill",
                description="巡查发现北运河红线区内填埋岸线约200平方米", created_by="示例巡查员",
                responsible_party="示例公司庚", reporter_name="示例举报人丁", reporter_contact="000-0000-0009")
    return RecordDraft(**{**base, **kw})


def _store(db, login: str, attachments=None) -> LedgerStore:
    return LedgerStore(PostgisLedgerStorage(db.dsn(login), S, attachments))


def test_a_new_case_its_area_and_its_registration_commit_together(pg_db, tmp_path):
    photo = tmp_path / "现场 照片.JPG"
    photo.write_bytes(b"\xff\xd8jpeg")
    store = _store(pg_db, "env_wang", tmp_path / "shared")
    saved = store.save_new(_draft(attachments=(str(photo),)), PLACE, area=box(505_000, 4_370_000, 505_020, 4_370_010))
    assert saved.record_no == "WQ-2026-0009"  # after the sample's eight of 2026, from the database's counter
    record = store.record(saved.record_uid)
    assert record["status"] == "registered" and record["lead_department"] == "water"
    assert record["discovered_at"] == dt.datetime(2026, 11, 20, 9, 30) and record["reporter_name"] == "示例举报人丁"
    assert record["evidence"] == "attachments/WQ-2026-0009/现场_照片.jpg"
    assert (tmp_path / "shared" / "WQ-2026-0009" / "现场_照片.jpg").read_bytes() == b"\xff\xd8jpeg"
    [history] = store.history(saved.record_uid)
    assert (history["from_status"], history["to_status"], history["changed_by"]) == (None, "registered", "示例巡查员")
    assert pg_db.sql(f"SELECT area_m2, ST_Area(geom), ST_SRID(geom) FROM {S}.violation_areas WHERE record_uid = %s",
                     params=(saved.record_uid,)) == [(200.0, 200.0, 4548)]
    row = next(r for r in store.rows() if r.record_uid == saved.record_uid)
    assert (row.x, row.y) == (505_000.0, 4_370_000.0)


def test_a_failed_write_keeps_nothing_and_gives_its_number_back(pg_db, tmp_path):
    pg_db.sql(f"""CREATE FUNCTION {S}.fail() RETURNS trigger LANGUAGE plpgsql AS $$
                  BEGIN RAISE EXCEPTION 'history write failed (test)'; END $$;
                  CREATE TRIGGER fail BEFORE INSERT ON {S}.violation_history
                  FOR EACH ROW EXECUTE FUNCTION {S}.fail()""")
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"x")
    store = _store(pg_db, "env_wang", tmp_path / "shared")
    with pytest.raises(StoreError, match="history write failed"):
        store.save_new(_draft(attachments=(str(photo),)), PLACE, area=box(0, 0, 10, 10))
    assert pg_db.sql(f"SELECT count(*) FROM {S}.violations") == [(8,)]
    assert pg_db.sql(f"SELECT count(*) FROM {S}.violation_areas") == [(1,)]
    assert not (tmp_path / "shared").exists()
    pg_db.sql(f"DROP TRIGGER fail ON {S}.violation_history")
    assert store.save_new(_draft(), PLACE).record_no == "WQ-2026-0009"  # no gap


def test_a_department_changes_its_cases_and_reads_why_it_may_not_change_the_others(pg_db):
    store = _store(pg_db, "water_sun")
    mine = store.save_new(_draft(), PLACE, at=dt.datetime(2026, 11, 20, 10, 0))  # led by water (river zone)
    assert "reporter_name" not in store.record(mine.record_uid)  # written, but not the department's to read
    store.change_status(mine.record_uid, "verified", "水务局核查员", at=dt.datetime(2026, 11, 21, 9))
    assert [h["to_status"] for h in store.history(mine.record_uid)] == ["registered", "verified"]
    assert "changed_by" not in store.history(mine.record_uid)[0]
    other = pg_db.sql(f"SELECT record_uid, record_no FROM {S}.violations WHERE status = 'registered' AND NOT "
                      "(lead_department = 'water' OR 'water' = ANY (string_to_array(other_departments, ',')))")[0]
    with pytest.raises(StoreError) as err:
        store.change_status(other[0], "verified", "水务局核查员")
    message = str(err.value)
    assert other[1] in message and "water_sun" in message and "departments that lead it" in message
    assert "ERROR" not in message and "plpgsql" not in message
    assert pg_db.sql(f"SELECT status FROM {S}.violations WHERE record_uid = %s", params=(other[0],)) == [
        ("registered",)]


def test_who_registers_a_case_led_by_others_adds_its_area_and_history_but_changes_it_no_more(pg_db):
    store = _store(pg_db, "forest_he")
    saved = store.save_new(_draft(), PLACE, area=box(505_000, 4_370_000, 505_010, 4_370_010))
    case = pg_db.sql(f"SELECT lead_department, other_departments FROM {S}.violations WHERE record_uid = %s",
                     params=(saved.record_uid,))[0]
    assert "forestry" not in (case[0], *case[1].split(","))  # a river case: the forestry bureau only found it
    assert pg_db.sql(f"SELECT count(*) FROM {S}.violation_areas WHERE record_uid = %s", params=(saved.record_uid,)) \
        == [(1,)]
    assert [h["to_status"] for h in store.history(saved.record_uid)] == ["registered"]
    with pytest.raises(StoreError, match="may only be changed by"):
        store.change_status(saved.record_uid, "verified", "林业局巡查员")


def test_refusals_name_the_missing_right(pg_db):
    with pytest.raises(StoreError) as err:
        _store(pg_db, "viewer_qian").save_new(_draft(), PLACE)
    assert "viewer_qian has no right to add rows to Violation records" in str(err.value)
    assert "wq_env" in str(err.value) and "wq_town" in str(err.value)
    with pytest.raises(StoreError, match="nobody has no role in the database"):
        _store(pg_db, "nobody").rows()
    with pytest.raises(StoreError, match="only the cases of its own town"):
        _store(pg_db, "town_hebeitun").save_new(_draft(), PLACE)  # the place lies in 杨村街道
    saved = _store(pg_db, "town_yangcun").save_new(_draft(), PLACE)
    assert saved.record_no == "WQ-2026-0009"
    assert {r.town for r in _store(pg_db, "town_yangcun").rows()} == {"杨村街道"}
    with pytest.raises(StoreError, match="keeps no files itself"):
        _store(pg_db, "env_wang").save_new(_draft(attachments=(__file__,)), PLACE)


def test_refusals_are_in_the_users_language(pg_db, zh_translator):
    with pytest.raises(StoreError) as err:
        _store(pg_db, "viewer_qian").save_new(_draft(), PLACE)
    assert "没有" in str(err.value) and "违法违规记录" in str(err.value)


def test_two_status_changes_at_once_never_start_from_the_same_status(pg_db):
    import threading

    store = _store(pg_db, "env_wang")
    saved = store.save_new(_draft(), PLACE, at=dt.datetime(2026, 11, 20, 10, 0))
    results: list = []

    def change(target: str) -> None:
        try:
            results.append(_store(pg_db, "env_wang").change_status(saved.record_uid, target, "经办人", note="理由",
                                                                  at=dt.datetime(2026, 11, 21, 9)).to_status)
        except StoreError as exc:
            results.append(exc.problems)

    threads = [threading.Thread(target=change, args=(t,)) for t in ("verified", "dismissed")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    winners = [r for r in results if isinstance(r, str)]
    losers = [r for r in results if not isinstance(r, str)]
    assert len(winners) == 1 and len(losers) == 1 and "not_allowed" in losers[0]
    history = store.history(saved.record_uid)
    assert [h["from_status"] for h in history] == [None, "registered"]
