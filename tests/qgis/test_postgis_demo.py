# SPDX-License-Identifier: GPL-2.0-or-later
"""The demo into the shared database, as an administrator runs it, and its project opened by a login
of each kind, each in its own QGIS (own profile, own authentication configuration of the id the
project names) — every layer reads from PostGIS, and each login sees what its rights give it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PG_LOGINS

from wuqing_eco_plugin.demo.ledger import CASE_COUNT
from wuqing_eco_plugin.layers.project_layers import ROLES

ROOT = Path(__file__).resolve().parents[2]
HELPER = Path(__file__).with_name("shared_login.py")
S = "wuqing_eco"
AUTHCFG = "wqdemo1"
CONNECTION = "武清共享库"
DATABASE = "wq_shared_demo"
PRIVATE = {"reporter_name", "reporter_contact", "responsible_party", "internal_notes"}
#: The marker-check layers the demo adds beside the data model's.
CHECK_LAYERS = {"界桩检查结果", "界桩边界问题", "外业实测点（示例）"}
#: One layer per role of the data model, and the marker checks' layers beside them.
LAYER_COUNT = len(ROLES) + len(CHECK_LAYERS)


class SharedQgis:
    """Runs QGIS processes, each with the profile of one person."""

    def __init__(self, root: Path):
        self.root = root
        master = root / "master.txt"
        master.write_text("wuqing-test-master", encoding="utf-8")
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_AUTH_PASSWORD_FILE=str(master))

    def run(self, person: str, *args: str) -> subprocess.CompletedProcess:
        profile = self.root / person
        profile.mkdir(exist_ok=True)
        env = dict(self.env, QGIS_CUSTOM_CONFIG_PATH=str(profile))
        done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
        assert done.returncode == 0, done.stderr[-3000:]
        return done

    def open_project(self, login: str, project: Path) -> dict:
        done = self.run(login, str(HELPER), AUTHCFG, login, "--open", str(project))
        return json.loads(next(line for line in done.stdout.splitlines() if line.startswith("{")))


@pytest.fixture(scope="module")
def shared_demo(pg_cluster, pg_sample, tmp_path_factory):
    """The demo written by the administrator's QGIS into a new database; then every test login is
    granted its role there (the logins themselves are the cluster's, made for the sample)."""
    from wuqing_eco_plugin.layers.postgis.access import grant_access

    qgis = SharedQgis(tmp_path_factory.mktemp("people"))
    dsn = pg_cluster.new_database(DATABASE)
    qgis.run("admin", str(HELPER), AUTHCFG, "postgres", "--connection", CONNECTION, pg_cluster.host,
             str(pg_cluster.port), DATABASE)
    out = tmp_path_factory.mktemp("shared_demo")
    run = qgis.run("admin", "-m", "wuqing_eco_plugin", "demo", "--out", str(out), "--database", CONNECTION)
    for login, grant in PG_LOGINS.items():
        if grant:
            grant_access(dsn, login, *grant)
    return qgis, out, run.stdout


def _sql(cluster, statement):
    return cluster.sql(statement, DATABASE)


def test_the_demo_writes_the_sample_into_the_database_and_its_project_reads_only_from_there(shared_demo,
                                                                                            pg_cluster):
    qgis, out, stdout = shared_demo
    project = out / "wuqing_eco.qgz"
    assert project.is_file() and str(project) in stdout and not (out / "wuqing_eco.gpkg").exists()
    counts = dict(line.rsplit(" ", 1) for line in stdout.split("Features:")[1].strip().split(", "))
    for table, n in counts.items():
        assert _sql(pg_cluster, f"SELECT count(*) FROM {S}.{table}") == [(int(n),)], table
    numbers = [r[0] for r in _sql(pg_cluster, f"SELECT record_no FROM {S}.violations")]
    assert len(numbers) >= 8 + CASE_COUNT - 3 and len(set(numbers)) == len(numbers)
    assert int(counts["overlaps"]) > 20 and int(counts["markers"]) > 40
    seen = qgis.open_project("admin_li", project)
    layers = seen["layers"]
    assert seen["read"] and seen["source"] == f"{CONNECTION} ({S})" and len(seen["roles"]) == len(ROLES)
    assert CHECK_LAYERS <= set(layers) and len(layers) == LAYER_COUNT
    assert all(v["valid"] and v["provider"] == "postgres" and not v["password"] for v in layers.values())
    assert layers["界桩检查结果"]["count"] == _sql(pg_cluster, f"SELECT count(*) FROM {S}.marker_checks")[0][0] > 40
    assert layers["违法违规记录"]["relation"] == "violations" and PRIVATE <= set(layers["违法违规记录"]["fields"])
    text = _project_text(project)
    assert "authcfg=wqdemo1" in text and "user=" not in text and "password" not in text


def test_every_tool_of_the_demo_worked_on_the_database(shared_demo, pg_cluster):
    """Screening, marker deliverables, reports, the public export and the drawings, from PostGIS."""
    import zipfile

    from checks import pdf_text

    _, out, stdout = shared_demo
    screening = "".join(pdf_text(str(out / "screening_example.pdf"), layout=False).split())
    assert "禁止" in screening and "须经市人民政府审查同意" in screening and f"{CONNECTION}({S})" in screening
    table = next((out / "markers").glob("港北森林公园_红线区_*.pdf"))
    assert "120114-LD-GBS-0001" in pdf_text(str(table))
    assert (out / "markers" / "点之记_120114-LD-GBS-0001.pdf").is_file()
    moved = _sql(pg_cluster, f"SELECT count(*) FROM {S}.marker_history WHERE marker_no LIKE '120114-LD-GBS-%'")
    buried = _sql(pg_cluster, f"SELECT count(*) FROM {S}.markers WHERE marker_no LIKE '120114-LD-GBS-%' "
                              "AND status = 'buried'")
    assert moved == buried and buried[0][0] > 40
    manifest = json.loads((out / "drawings" / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["drawings"]) == 30 and len(list((out / "drawings").glob("*.pdf"))) == 30
    assert any(out.glob("wuqing_assessment_*.pdf")) and any(out.glob("wuqing_ledger_*_Q*.xlsx"))
    with zipfile.ZipFile(out / "wuqing_ledger_public.xlsx") as z:
        public = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    private = {v for row in _sql(pg_cluster, f"SELECT {', '.join(sorted(PRIVATE))} FROM {S}.violations")
               for v in row if v}
    assert private and [v for v in private if v in public] == []


def _project_text(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return next(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".qgs"))


@pytest.mark.parametrize("login", ["env_wang", "plan_zhao", "water_sun", "town_yangcun", "viewer_qian",
                                   "public_web", "nobody"])
def test_a_login_of_each_kind_opens_the_demo_project(shared_demo, pg_cluster, login):
    qgis, out, _ = shared_demo
    seen = qgis.open_project(login, out / "wuqing_eco.qgz")
    layers = seen["layers"]
    cases = layers["违法违规记录"]
    assert seen["read"] and len(layers) == LAYER_COUNT and not any(v["password"] for v in layers.values())
    if login == "nobody":  # no role granted: the database shows nothing
        assert not any(v["valid"] for v in layers.values())
        return
    if login == "public_web":  # the public ledger only, masked by the database
        assert cases["valid"] and cases["relation"] == "public_ledger" and not PRIVATE & set(cases["fields"])
        assert [n for n, v in layers.items() if v["valid"]] == ["违法违规记录"]
        return
    assert all(v["valid"] for v in layers.values()), {n: v["valid"] for n, v in layers.items()}
    private = login == "env_wang"
    assert cases["relation"] == ("violations" if private else "violations_shared")
    assert bool(PRIVATE & set(cases["fields"])) is private
    total = _sql(pg_cluster, f"SELECT count(*) FROM {S}.violations")[0][0]
    if login == "town_yangcun":
        mine = _sql(pg_cluster, f"SELECT count(*) FROM {S}.violations WHERE town = '杨村街道'")[0][0]
        assert cases["count"] == mine < total and cases["towns"] == ["杨村街道"]
    else:
        assert cases["count"] == total
    editable = {n for n, v in layers.items() if v["edit"]}
    expected = {
        "env_wang": {"违法违规记录", "违法影响范围", "重叠区（从严管控）", "保护区域指标"},  # indicators: §三(三)
        "plan_zhao": {"违法违规记录", "违法影响范围", "重叠区（从严管控）", "生态保护红线区", "生态保护黄线区",
                      "已批规划建设用地", "界桩标志"},
        "water_sun": {"违法违规记录", "违法影响范围"},
        "town_yangcun": {"违法违规记录", "违法影响范围"},
        "viewer_qian": set(),
    }
    assert editable == expected[login]
