# SPDX-License-Identifier: GPL-2.0-or-later
"""The ledger's data keeps its promises whatever writes to it: a locked file gives a readable refusal,
history cannot be rewritten by any SQL route, a status the workflow does not allow is refused, and
the reports flag records whose history does not explain their status."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys

import pytest

from wuqing_eco_plugin.domain.ledger.records import Place, RecordDraft
from wuqing_eco_plugin.domain.rules import ZoneInfo
from wuqing_eco_plugin.layers.ledger.gpkg import GpkgLedgerStorage
from wuqing_eco_plugin.services.ledger.store import LedgerStore, StoreError

PLACE = Place(505_000.0, 4_370_000.0, (ZoneInfo("zone-river-red", "北运河", "river", "red", department="water"),),
              town="杨村街道")
DRAFT = RecordDraft(discovered_at=dt.datetime(2026, 11, 20, 9, 30), source="patrol", category="shoreline_fill",
                    description="巡查发现北运河红线区内填埋岸线约200平方米", created_by="示例巡查员")


@pytest.fixture
def gpkg(sample_gpkg, tmp_path):
    path = tmp_path / "ledger.gpkg"
    shutil.copy(sample_gpkg, path)
    return path


#: Another program holding the GeoPackage's write lock in rollback-journal mode (a reader with an
#: open transaction in another GIS, a sync tool): it only locks, it writes nothing.
HOLDER = ("import sqlite3, sys\n"
          "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
          "con.execute('PRAGMA journal_mode=DELETE')\n"
          "con.execute('BEGIN EXCLUSIVE')\n"
          "print('locked', flush=True)\n"
          "sys.stdin.read()\n")


def test_a_save_while_another_program_holds_the_lock_is_refused_readably(gpkg):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(gpkg)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        store = LedgerStore(GpkgLedgerStorage(gpkg, attempts=2, busy_timeout_ms=300))
        with pytest.raises(StoreError) as err:
            store.save_new(DRAFT, PLACE)
        message = str(err.value)
        assert gpkg.name in message and "locked" in message.lower(), message
    finally:
        holder.communicate("", timeout=30)
    saved = LedgerStore(gpkg).save_new(DRAFT, PLACE)  # the lock gone, the same save works
    assert saved.record_no.startswith("WQ-2026-")


def _sql(path, statement):
    """Run ``statement`` as any SQLite tool would (DB Browser, a script: plain SQLite, where REPLACE
    deletes the old row without firing DELETE triggers); the error when it is refused."""
    con = sqlite3.connect(str(path))
    try:
        con.execute(statement)
        con.commit()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        con.close()
    return None


def _ogr_sql(path, statement):
    """Run ``statement`` through OGR's SQLite dialect (ogrinfo -sql, QGIS's DB Manager): tables with a
    geometry need the spatial functions GDAL brings."""
    from osgeo import gdal

    from wuqing_eco_plugin.layers.gdal_errors import gdal_exceptions

    with gdal_exceptions():
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        try:
            ds.ExecuteSQL(statement)
        except RuntimeError as exc:
            return str(exc)
        finally:
            ds = None  # noqa: F841
    return None


def _rows(path, table):
    con = sqlite3.connect(str(path))
    try:
        return con.execute(f'SELECT * FROM "{table}" ORDER BY fid').fetchall()
    finally:
        con.close()


HISTORY = {
    "violation_history": "record_uid, changed_at, changed_by, to_status",
    "marker_history": "marker_uid, changed_at, changed_by, note",
}


@pytest.mark.parametrize("table", sorted(HISTORY))
def test_history_rows_cannot_be_rewritten_by_any_sql_route(gpkg, table):
    before = _rows(gpkg, table)
    fid, uid = before[0][0], before[0][1]
    values = "'x', '2026-01-01T00:00:00', '改写者', 'closed'"
    for verb in ("INSERT OR REPLACE INTO", "REPLACE INTO"):
        for fid_value, uid_value in ((fid, "'new-uid'"), (10_000, f"'{uid}'")):  # the same fid, the same uid
            error = _sql(gpkg, f'{verb} "{table}" (fid, history_uid, {HISTORY[table]}) '
                               f"VALUES ({fid_value}, {uid_value}, {values})")
            assert error is not None and "append-only" in error, (verb, fid_value, error)
    assert "append-only" in (_sql(gpkg, f'UPDATE "{table}" SET changed_by = \'改写者\'') or "")
    assert "append-only" in (_sql(gpkg, f'DELETE FROM "{table}"') or "")
    assert _rows(gpkg, table) == before
    assert _sql(gpkg, f'INSERT INTO "{table}" (history_uid, {HISTORY[table]}) VALUES (\'added\', {values})') is None


def _registered(gpkg) -> str:
    return LedgerStore(gpkg).save_new(DRAFT, PLACE).record_uid


def test_a_status_the_workflow_does_not_allow_is_refused_by_the_geopackage(gpkg):
    uid = _registered(gpkg)
    where = f"WHERE record_uid = '{uid}'"
    for status in ("closed", "foo", "reinspected"):  # a jump, an unknown value, a step out of order
        error = _ogr_sql(gpkg, f"UPDATE violations SET status = '{status}' {where}")
        assert error is not None and "status" in error, status
    assert LedgerStore(gpkg).record(uid)["status"] == "registered"
    assert _ogr_sql(gpkg, f"UPDATE violations SET status = 'verified' {where}") is None  # an allowed step
    assert _ogr_sql(gpkg, f"UPDATE violations SET description = '补充说明' {where}") is None  # other fields as ever
    copy = "INSERT INTO violations (record_uid, record_no, discovered_at, source, category, severity, " \
           "description, lead_department, data_status, status) VALUES ('{u}', '{n}', '2026-01-02T00:00:00', " \
           "'patrol', 'stockyard', 'C', 'x', 'env', 'official', '{s}')"
    assert "violations.status" in (_ogr_sql(gpkg, copy.format(u="u1", n="WQ-2026-9001", s="foo")) or "")
    assert _ogr_sql(gpkg, copy.format(u="u2", n="WQ-2026-9002", s="closed")) is None  # a known status, e.g. an import


def test_reports_flag_records_whose_history_does_not_explain_their_status(gpkg, tmp_path, wuqing_provider):
    import processing
    from osgeo import gdal

    from wuqing_eco_plugin.layers import storage

    clean = processing.run("wuqing_eco:ledger_report", {
        "INPUT": storage.uri(gpkg, "violations"), "ZONES": storage.uri(gpkg, "zones"),
        "TOWNS": storage.uri(gpkg, "towns"), "YEAR": 2026, "QUARTER": 4, "OUTPUT_FOLDER": str(tmp_path / "a")})
    assert "Records whose history" not in _xlsx_titles(clean["XLSX"])  # the sample's histories explain all
    # Another tool inserts a closed case without any history (a known status: the GeoPackage lets it in).
    error = _ogr_sql(gpkg, "INSERT INTO violations (record_uid, record_no, discovered_at, source, category, "
                           "severity, description, lead_department, data_status, status, closed_at) VALUES "
                           "('imported-1', 'WQ-2026-0999', '2026-11-02T00:00:00', 'patrol', 'stockyard', 'C', "
                           "'导入', 'env', 'official', 'closed', '2026-11-03T00:00:00')")
    assert error is None
    result = processing.run("wuqing_eco:ledger_report", {
        "INPUT": storage.uri(gpkg, "violations"), "ZONES": storage.uri(gpkg, "zones"),
        "TOWNS": storage.uri(gpkg, "towns"), "YEAR": 2026, "QUARTER": 4, "OUTPUT_FOLDER": str(tmp_path / "b")})
    ds = gdal.OpenEx(result["XLSX"], gdal.OF_VECTOR, open_options=["HEADERS=FORCE"])
    flagged = ds.GetLayer(ds.GetLayerCount() - 1)  # the last sheet
    assert flagged.GetName().startswith("Records whose history")
    rows = [(f.GetField(0), f.GetField(2)) for f in flagged]
    assert [r for r in rows if r[0] != "Record number"] == [("WQ-2026-0999", "No history")]
    ds = None  # noqa: F841


def _xlsx_titles(path) -> str:
    from osgeo import gdal

    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    titles = " ".join(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount()))
    ds = None  # noqa: F841
    return titles
