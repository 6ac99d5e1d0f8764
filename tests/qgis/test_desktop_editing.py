# SPDX-License-Identifier: GPL-2.0-or-later
"""The QGIS 3.22 desktop's own vertex tool on two layers of one table (``desktop_vertex_tool.py``,
run by the real QGIS under Xvfb): the move is saved with the version + 1, logged, and the other
layer's stale save of the same zone is refused as a conflict and kept in its edit buffer."""
from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
S = "wuqing_eco"


def _start_xvfb() -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as f:
        display = f.readline().strip()
    return xvfb, f":{display}"


@pytest.mark.slow
def test_the_desktop_vertex_tool_saves_one_version_and_a_stale_save_is_refused(pg_db, tmp_path):
    xvfb, display = _start_xvfb()
    result = tmp_path / "out.json"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, WQ_ROOT=str(HERE.parents[1]), WQ_OUT=str(result),
               WQ_PG=f"{pg_db.cluster.host}:{pg_db.cluster.port}:{pg_db.name}")
    log = tmp_path / "qgis.log"
    with open(log, "w") as out:
        qgis = subprocess.Popen(["qgis", "--noversioncheck", "--nologo", "--noplugins", "--profiles-path",
                                 str(tmp_path), "--code", str(HERE / "desktop_vertex_tool.py")],
                                env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 180
        while not result.exists() and qgis.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        assert result.exists(), log.read_text()[-3000:]
        time.sleep(0.2)
        got = json.loads(result.read_text())
    finally:
        for process in (qgis, xvfb):
            process.kill()
            process.wait(timeout=30)
    assert "error" not in got, got.get("error")
    assert got["valid"] == [True, True] and len(got["moved"]) == 1
    assert got["a_saved"], got["a_errors"]
    version = got["version_before"]
    assert pg_db.sql(f"SELECT row_version FROM {S}.zones WHERE zone_uid = %s", params=(got["uid"],)) == [
        (version + 1,)]
    log_rows = pg_db.sql(f"SELECT changed_by, row_version, new_values ? 'geom' FROM {S}.audit_log WHERE "
                         "row_uid = %s AND action = 'UPDATE'", params=(got["uid"],))
    assert log_rows == [("plan_zhao", version + 1, True)]
    assert not got["b_saved"] and "wq_row_version" in "\n".join(got["b_errors"])
    assert got["b_conflicts"] and got["b_kept"]
