# SPDX-License-Identifier: GPL-2.0-or-later
"""The ledger's data keeps its promises whatever writes to it: a locked file gives a readable refusal,
history cannot be rewritten by any SQL route, a status the workflow does not allow is refused, and
the reports flag records whose history does not explain their status."""
from __future__ import annotations

import datetime as dt
import shutil
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
