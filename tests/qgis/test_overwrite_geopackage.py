# SPDX-License-Identifier: GPL-2.0-or-later
"""create_geopackage with OVERWRITE: a GeoPackage another program has open is never unlinked under it
(its next commit would corrupt the new file, or be lost), and no stale -wal/-shm stays behind."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from qgis.core import QgsProcessingException

from wuqing_eco_plugin.layers import storage

#: Another program with the GeoPackage open: it writes once, then waits with its connection open.
HOLDER = ("import sqlite3, sys\n"
          "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
          "con.execute('PRAGMA journal_mode=' + sys.argv[2])\n"
          "con.execute(\"CREATE TABLE IF NOT EXISTS their_notes (note TEXT)\")\n"
          "con.execute(\"INSERT INTO their_notes VALUES ('before')\")\n"
          "print('open', flush=True)\n"
          "sys.stdin.readline()\n"
          "con.execute(\"INSERT INTO their_notes VALUES ('after')\")\n"
          "con.close()\n")


def _overwrite(path):
    import processing

    return processing.run("wuqing_eco:create_geopackage", {"OUTPUT": str(path), "OVERWRITE": True})


@pytest.mark.parametrize("mode", ["wal", "delete"])
def test_a_geopackage_another_program_has_open_is_not_replaced(wuqing_provider, tmp_path, mode):
    path = storage.create_geopackage(tmp_path / "in_use.gpkg")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), mode], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(QgsProcessingException) as err:
            _overwrite(path)
        assert path.name in str(err.value) and "Traceback" not in str(err.value), str(err.value)
    finally:
        holder.communicate("go\n", timeout=30)
    assert holder.returncode == 0
    con = sqlite3.connect(str(path))  # the other program's work, before and after, is all there
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [r[0] for r in con.execute("SELECT note FROM their_notes")] == ["before", "after"]
    con.close()


def test_overwriting_leaves_no_stale_wal_or_shm(wuqing_provider, tmp_path):
    path = storage.create_geopackage(tmp_path / "old.gpkg")
    for suffix in ("-wal", "-shm"):  # left by a program that crashed
        (tmp_path / f"old.gpkg{suffix}").write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 60)
    _overwrite(path)
    assert not (tmp_path / "old.gpkg-wal").exists() and not (tmp_path / "old.gpkg-shm").exists()
    assert storage.check_geopackage(path).ok
