# SPDX-License-Identifier: GPL-2.0-or-later
"""The ledger's writes: atomic record + history, unique numbers under concurrency, guarded history."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from osgeo import gdal
from qgis.core import QgsVectorLayer
from shapely.geometry import box

from wuqing_eco_plugin.domain.ledger.records import Place, RecordDraft
from wuqing_eco_plugin.domain.rules import ZoneInfo
from wuqing_eco_plugin.layers import schema, storage
from wuqing_eco_plugin.layers.ledger.gpkg import GpkgTransaction
from wuqing_eco_plugin.services.ledger.store import LedgerStore, StoreError

ROOT = Path(__file__).resolve().parents[2]
RIVER = ZoneInfo("zone-river-red", "北运河", "river", "red", department="water")
PLACE = Place(505_000.0, 4_370_000.0, (RIVER,), town="杨村街道", nearest_marker="120114-HL-BYH-0001",
              marker_distance_m=35.2)


@pytest.fixture
def gpkg(sample_gpkg, tmp_path):
    path = tmp_path / "ledger.gpkg"
    shutil.copy(sample_gpkg, path)
    return path


def _draft(**kw):
    base = dict(discovered_at=dt.datetime(2026, 11, 20, 9, 30), source="patrol", category="shoreline_fill",
                description="巡查发现北运河红线区内填埋岸线约200平方米", created_by="示例巡查员",
                responsible_party="示例公司庚", reporter_name="示例举报人丁", reporter_contact="000-0000-0009")
    return RecordDraft(**{**base, **kw})


def _count(path, table):
    layer = QgsVectorLayer(storage.uri(path, table), table, "ogr")
    return sum(1 for _ in layer.getFeatures())


def _numbers(store):
    return sorted(r.record_no for r in store.rows())


def test_a_new_record_its_area_and_its_registration_commit_together(gpkg, tmp_path):
    photo = tmp_path / "现场 照片?1.JPG"
    photo.write_bytes(b"\xff\xd8jpeg")
    store = LedgerStore(gpkg)
    before = _numbers(store)
    saved = store.save_new(_draft(attachments=(str(photo),)), PLACE, area=box(505_000, 4_370_000, 505_020, 4_370_010))
    expected = f"WQ-2026-{1 + max(int(n[-4:]) for n in before if n.startswith('WQ-2026')):04d}"
    assert saved.record_no == expected
    record = store.record(saved.record_uid)
    assert record["status"] == "registered" and record["zone_uids"] == "zone-river-red"
    assert record["lead_department"] == "water" and record["nearest_marker"] == "120114-HL-BYH-0001"
    assert record["discovered_at"] == dt.datetime(2026, 11, 20, 9, 30)
    assert record["evidence"] == f"attachments/{expected}/现场_照片_1.jpg"
    assert (gpkg.parent / record["evidence"]).read_bytes() == b"\xff\xd8jpeg"
    [row] = store.history(saved.record_uid)
    assert (row["from_status"], row["to_status"], row["changed_by"]) == (None, "registered", "示例巡查员")
    areas = QgsVectorLayer(storage.uri(gpkg, "violation_areas"), "a", "ogr")
    mine = [f for f in areas.getFeatures() if f["record_uid"] == saved.record_uid]
    assert len(mine) == 1 and mine[0]["area_m2"] == pytest.approx(200.0)
    # QGIS reads what OGR wrote, dates included
    layer = QgsVectorLayer(storage.uri(gpkg, "violations"), "v", "ogr")
    feature = next(f for f in layer.getFeatures() if f["record_uid"] == saved.record_uid)
    assert feature["discovered_at"].toPyDateTime() == dt.datetime(2026, 11, 20, 9, 30)
    assert feature.geometry().asPoint().x() == 505_000.0


def test_a_failed_second_write_keeps_nothing(gpkg, tmp_path):
    ds = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL("CREATE TRIGGER test_fail BEFORE INSERT ON violation_history "
                  "BEGIN SELECT RAISE(ABORT, 'history write failed (test)'); END")
    ds = None
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"x")
    store = LedgerStore(gpkg)
    records, history = _count(gpkg, "violations"), _count(gpkg, "violation_history")
    with pytest.raises(StoreError, match="history write failed"):
        store.save_new(_draft(attachments=(str(photo),)), PLACE, area=box(0, 0, 10, 10))
    assert _count(gpkg, "violations") == records and _count(gpkg, "violation_history") == history
    assert _count(gpkg, "violation_areas") == 8 - 7  # the sample's one area, nothing added
    assert not (gpkg.parent / "attachments").exists()


def test_an_incomplete_record_is_refused_with_its_problems(gpkg):
    with pytest.raises(StoreError) as err:
        LedgerStore(gpkg).save_new(_draft(description="", source=None), PLACE)
    assert err.value.problems == ("no_source", "no_description")


WRITER = """
import sys, time, datetime as dt
from pathlib import Path
sys.path.insert(0, {root!r})
from wuqing_eco_plugin.domain.ledger.records import Place, RecordDraft
from wuqing_eco_plugin.domain.rules import ZoneInfo
from wuqing_eco_plugin.services.ledger.store import LedgerStore
gpkg, n, go = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
place = Place(505000.0, 4370000.0, (ZoneInfo("z", "北运河", "river", "red"),))
store = LedgerStore(gpkg)
while not go.exists():
    time.sleep(0.005)
for i in range(n):
    d = RecordDraft(discovered_at=dt.datetime(2020, 1, 5, 9, i), source="patrol", category="stockyard",
                    description=f"并发写入测试 {{sys.argv[4]}}-{{i}}", created_by="测试")
    print(store.save_new(d, place).record_no, flush=True)
    time.sleep(0.01)  # let the other writer in between saves
"""


def test_concurrent_saves_from_two_processes_get_unique_numbers(gpkg, tmp_path):
    go = tmp_path / "go"
    code = WRITER.format(root=str(ROOT))
    procs = [subprocess.Popen([sys.executable, "-c", code, str(gpkg), "8", str(go), tag], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for tag in ("A", "B")]
    time.sleep(1.5)  # both interpreters loaded and waiting
    go.touch()
    outputs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err[-2000:] for _, err in outputs]
    numbers = [line for out, _ in outputs for line in out.split()]
    assert len(numbers) == 16 and len(set(numbers)) == 16
    assert sorted(numbers) == [f"WQ-2020-{i:04d}" for i in range(1, 17)]
    stored = [n for n in _numbers(LedgerStore(gpkg)) if n.startswith("WQ-2020")]
    assert stored == sorted(numbers)


def test_a_number_taken_by_a_writer_that_does_not_queue_is_retried(gpkg, monkeypatch):
    store = LedgerStore(gpkg)
    first = store.save_new(_draft(), PLACE)
    real = GpkgTransaction.record_numbers
    calls = []

    def stale(tx, year):  # the first attempt does not see the record just saved
        calls.append(year)
        numbers = real(tx, year)
        return [n for n in numbers if n != first.record_no] if len(calls) == 1 else numbers

    monkeypatch.setattr(GpkgTransaction, "record_numbers", stale)
    second = store.save_new(_draft(), PLACE)
    assert len(calls) == 2  # UNIQUE refused the first attempt's number, the retry took the next
    assert second.record_no > first.record_no and len({r.record_no for r in store.rows()}) == len(store.rows())


def test_status_changes_follow_the_rules_and_append_history(gpkg):
    store = LedgerStore(gpkg)
    saved = store.save_new(_draft(), PLACE, at=dt.datetime(2026, 11, 20, 10, 0))
    now = dt.datetime(2026, 11, 29, 12, 0)
    store.change_status(saved.record_uid, "verified", "示例核查员", "现场属实", at=dt.datetime(2026, 11, 21, 9),
                        now=now)
    with pytest.raises(StoreError) as err:
        store.change_status(saved.record_uid, "closed", "示例科员", now=now)
    assert "not_allowed" in err.value.problems
    with pytest.raises(StoreError) as err:
        store.change_status(saved.record_uid, "dismissed", "示例科员", now=now)
    assert err.value.problems == ("not_allowed", "needs_note")
    store.change_status(saved.record_uid, "notified", "示例科员", at=dt.datetime(2026, 11, 22, 9), now=now)
    store.change_status(saved.record_uid, "proposed", "示例科员", proposal="责令恢复岸线",
                        at=dt.datetime(2026, 11, 23), now=now)
    store.change_status(saved.record_uid, "rectifying", "示例执法人员", deadline=dt.date(2026, 12, 23),
                        at=dt.datetime(2026, 11, 24), now=now)
    record = store.record(saved.record_uid)
    assert record["status"] == "rectifying" and record["deadline"] == dt.date(2026, 12, 23)
    assert record["verified_at"] == dt.datetime(2026, 11, 21, 9) and record["proposal"] == "责令恢复岸线"
    history = store.history(saved.record_uid)
    assert [(h["from_status"], h["to_status"]) for h in history] == [
        (None, "registered"), ("registered", "verified"), ("verified", "notified"), ("notified", "proposed"),
        ("proposed", "rectifying")]
    assert history[1]["note"] == "现场属实"


def test_history_is_append_only_in_the_data(gpkg):
    store = LedgerStore(gpkg)
    saved = store.save_new(_draft(), PLACE, at=dt.datetime(2026, 11, 20, 10, 0))
    before = store.history(saved.record_uid)
    store.change_status(saved.record_uid, "verified", "示例核查员", at=dt.datetime(2026, 11, 21, 9))
    after = store.history(saved.record_uid)
    assert after[: len(before)] == before and len(after) == len(before) + 1  # earlier rows untouched
    layer = QgsVectorLayer(storage.uri(gpkg, "violation_history"), "h", "ogr")
    feature = next(layer.getFeatures())
    assert layer.startEditing()
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("note"), "改写")
    assert not layer.commitChanges()
    assert any("append-only" in e for e in layer.commitErrors())
    layer.rollBack()
    assert layer.startEditing() and layer.deleteFeature(feature.id())
    assert not layer.commitChanges()
    layer.rollBack()
    assert store.history(saved.record_uid) == after


def test_an_old_geopackage_gets_the_history_guard(tmp_path):
    path = storage.create_geopackage(tmp_path / "old.gpkg")
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    for name in storage.guard_names(schema.VIOLATION_HISTORY):
        ds.ExecuteSQL(f'DROP TRIGGER "{name}"')
    assert storage.missing_guards(ds)
    ds = None
    storage.ensure_geopackage(path)
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    assert storage.missing_guards(ds) == []
    ds = None


def test_the_dialog_limits_are_the_schema_widths():
    from wuqing_eco_plugin.domain.ledger.records import TEXT_LIMITS
    from wuqing_eco_plugin.layers import schema

    assert {name: schema.VIOLATIONS.field(name).length for name in TEXT_LIMITS} == TEXT_LIMITS


def test_every_personal_field_is_private():
    from wuqing_eco_plugin.layers import schema

    assert {"reporter_name", "reporter_contact", "responsible_party", "internal_notes", "created_by",
            "evidence"} <= set(schema.VIOLATIONS.private_fields)
    assert "changed_by" in schema.VIOLATION_HISTORY.private_fields
