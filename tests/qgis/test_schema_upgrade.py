# SPDX-License-Identifier: GPL-2.0-or-later
"""Version 1 (the data model before monitoring clues, row versions and the change log) to the newest
version, on both stores, through every step (2: clues and zone indicators, 3: row versions and the log,
4: a town's new name follows into its cases).

Version 1 is made by the plugin's own code of that time (``V1_COMMIT``, taken from the repository's
history): a GeoPackage with the illustrative sample, and a shared database that code created and
filled. The upgraded schema must equal one created anew, the data must stay, and a failure half-way
must leave the store at version 1.
"""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tarfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import processing
import pytest
from osgeo import gdal
from pg_cluster import PgDatabase
from test_postgis_schema import _catalog

from wuqing_eco_plugin.layers import gpkg_upgrade, schema, storage
from wuqing_eco_plugin.layers.audit_read import GpkgRowLog
from wuqing_eco_plugin.layers.ledger.postgis import PostgisLedgerStorage
from wuqing_eco_plugin.layers.ledger.storage import StoreError
from wuqing_eco_plugin.layers.postgis import upgrade
from wuqing_eco_plugin.layers.postgis.create import create_postgis
from wuqing_eco_plugin.layers.postgis.errors import PostgisError
from wuqing_eco_plugin.services.ledger.store import LedgerStore
from wuqing_eco_plugin.services.project_data import open_project_data

ROOT = Path(__file__).resolve().parents[2]
#: The last commit of the data model's version 1 ("today's schema" when row versions were made).
V1_COMMIT = "b6c4fbffb65fdbdb34a88fa70ca3b179a88842ce"
#: The last commit of version 2 (monitoring clues and zone indicators; its GeoPackages kept no
#: table of versions).
V2_COMMIT = "25aaeec76345b87cad793ff77c8699a3c7579925"
#: The last commit of version 3 (row versions and the change log).
V3_COMMIT = "7fb953ba28cd487443a293e5469950a390525408"
S = "wuqing_eco"
V1_DB = "wq_v1_template"

MAKE_OLD = """
import sys
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from wuqing_eco_plugin.sample.geopackage import write_sample_geopackage
from wuqing_eco_plugin.layers.postgis.access import grant_access
from wuqing_eco_plugin.layers.postgis.create import create_postgis
from wuqing_eco_plugin.layers.postgis.migrate import migrate_geopackage
gpkg, dsn = sys.argv[1], sys.argv[2]
write_sample_geopackage(gpkg)
create_postgis(dsn)
migrate_geopackage(gpkg, dsn)
for login, role, town in (("water_sun", "water", None), ("town_yangcun", "town", "杨村街道"),
                          ("plan_zhao", "planning", None)):
    grant_access(dsn, login, role, town)
print("old version made")
"""


def _made_by(commit: str, root: Path, pg_cluster, db: str) -> tuple[Path, PgDatabase]:
    """(the sample GeoPackage, a database filled from it) made by the plugin's code at ``commit``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "wuqing_eco_plugin", "resources",
                              "metadata.txt"], capture_output=True, check=True)
    tarfile.open(fileobj=io.BytesIO(archive.stdout)).extractall(root)
    gpkg = root / "sample_old.gpkg"
    dsn = pg_cluster.new_database(db)
    done = subprocess.run([sys.executable, "-c", MAKE_OLD, str(gpkg), dsn], cwd=root, capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=600)
    # QGIS may crash at exit after the work is done: what was made decides.
    assert "old version made" in done.stdout, done.stdout + done.stderr
    return gpkg, PgDatabase(pg_cluster, db)


@pytest.fixture(scope="module")
def v1(tmp_path_factory, pg_cluster, pg_sample):
    """(the version 1 sample GeoPackage, the version 1 database) made by version 1's own code."""
    return _made_by(V1_COMMIT, tmp_path_factory.mktemp("v1"), pg_cluster, V1_DB)


@pytest.fixture
def v1_db(pg_cluster, v1, request):
    name = "u_" + request.node.name[:40].lower().replace("[", "_").replace("]", "")
    pg_cluster.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    pg_cluster.sql(f'CREATE DATABASE "{name}" TEMPLATE {V1_DB} STRATEGY FILE_COPY')
    yield PgDatabase(pg_cluster, name)
    pg_cluster.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _counts(db, version: int = schema.SCHEMA_VERSION) -> dict:
    return {t.name: db.sql(f"SELECT count(*) FROM {S}.{t.name}")[0][0] for t in schema.TABLES if t.since <= version}


def _assert_as_new(db: PgDatabase, pg_cluster) -> None:
    """The upgraded schema is the one a new database gets (bar the list of versions)."""
    fresh = PgDatabase(pg_cluster, "u_fresh")
    pg_cluster.new_database("u_fresh")
    try:
        create_postgis(fresh.dsn())
        assert [r for r in _catalog(db) if r[0] != "ver"] == [r for r in _catalog(fresh) if r[0] != "ver"]
    finally:
        pg_cluster.sql('DROP DATABASE "u_fresh" WITH (FORCE)')


def test_a_v1_database_is_refused_until_its_owner_upgrades_it(v1_db, pg_cluster, plugin, qgis_processing):
    assert v1_db.sql(f"SELECT max(version) FROM {S}.schema_version") == [(1,)]
    before = _counts(v1_db, 1)
    with pytest.raises(StoreError, match="holds version 1 .*UPGRADE=true"):
        LedgerStore(PostgisLedgerStorage(v1_db.dsn("water_sun"))).rows()
    with pytest.raises(PostgisError, match="holds version 1"):
        create_postgis(v1_db.dsn())  # without UPGRADE: refused, nothing changed
    with pytest.raises(PostgisError, match="Only the owner of the schema"):
        create_postgis(v1_db.dsn("admin_li"), upgrade_schema=True)
    result = processing.run("wuqing_eco:create_postgis", {"DATABASE": v1_db.dsn(), "SCHEMA": S, "UPGRADE": True})
    assert result["UPGRADED_FROM"] == 1 and not result["CREATED"]
    assert v1_db.sql(f"SELECT version FROM {S}.schema_version ORDER BY 1") == [
        (v,) for v in range(1, schema.SCHEMA_VERSION + 1)]
    assert _counts(v1_db) == {**before, "zone_indicators": 0}
    for table in (t for t in schema.TABLES if t.versioned):
        assert v1_db.sql(f"SELECT DISTINCT row_version FROM {S}.{table.name}") in ([(1,)], []), table.name
    _assert_as_new(v1_db, pg_cluster)
    # and it works for the logins granted before: a department edits a case through its view, logged
    uid = v1_db.sql(f"SELECT record_uid FROM {S}.violations WHERE lead_department = 'water' OR 'water' = ANY "
                    "(string_to_array(other_departments, ',')) LIMIT 1")[0][0]
    v1_db.sql(f"UPDATE {S}.violations_shared SET proposal = '升级后', row_version = row_version + 1 "
              "WHERE record_uid = %s", "water_sun", params=(uid,))
    assert v1_db.sql(f"SELECT changed_by, row_version FROM {S}.audit_log_shared WHERE row_uid = %s", "water_sun",
                     params=(uid,)) == [("water_sun", 2)]
    said: list[str] = []
    create_postgis(v1_db.dsn(), log=said.append, upgrade_schema=True)  # again: nothing left to do
    assert said and "nothing was changed" in said[0]


def test_a_failed_database_upgrade_leaves_version_1(v1_db, monkeypatch):
    real = upgrade.upgrade_statements
    monkeypatch.setattr(upgrade, "upgrade_statements", lambda *a: [*real(*a)[:-3], "SELECT 1/0"])
    with pytest.raises(PostgisError):
        create_postgis(v1_db.dsn(), upgrade_schema=True)
    assert v1_db.sql(f"SELECT max(version) FROM {S}.schema_version") == [(1,)]
    assert v1_db.sql(f"SELECT to_regclass('{S}.audit_log')") == [(None,)]
    assert v1_db.sql("SELECT count(*) FROM information_schema.columns WHERE column_name IN ('row_version', "
                     "'clue_no', 'entry_kind')") == [(0,)]
    assert v1_db.sql(f"SELECT to_regclass('{S}.zone_indicators')") == [(None,)]


def test_a_v1_geopackage_is_copied_aside_then_upgraded(v1, tmp_path, project):
    path = tmp_path / "project.gpkg"
    shutil.copy(v1[0], path)
    assert storage.stored_version(path) == 1
    before = storage.feature_counts(path)
    with pytest.raises(storage.OlderSchemaError, match="version 1 of the data model"):
        open_project_data(project, path)
    done = gpkg_upgrade.upgrade_geopackage(path)
    assert done.found == 1 and done.copy.parent == tmp_path and done.copy.name.startswith("project.v1-")
    assert storage.stored_version(done.copy) == 1 and storage.feature_counts(done.copy) == before
    assert storage.stored_version(path) == schema.SCHEMA_VERSION
    assert storage.feature_counts(path) == {**before, "zone_indicators": 0}
    assert storage.check_geopackage(path).ok
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    versions = {f.GetField(0) for f in ds.ExecuteSQL("SELECT DISTINCT row_version FROM zones")}
    ds = None
    assert versions == {1}
    loaded = open_project_data(project, path)
    red = loaded["red_zones"]
    zone = next(red.getFeatures())
    assert red.startEditing()
    red.changeAttributeValue(zone.id(), red.fields().indexOf("notes"), "升级后修改")
    assert red.commitChanges()
    assert [e.row_version for e in GpkgRowLog(path).entries(schema.ZONES, zone["zone_uid"])] == [2]


def test_a_failed_geopackage_upgrade_leaves_version_1(v1, tmp_path, monkeypatch):
    path = tmp_path / "project.gpkg"
    shutil.copy(v1[0], path)

    def fail(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(storage, "record_version", fail)
    with pytest.raises(storage.SchemaError, match="left as it was .*disk full"):
        gpkg_upgrade.upgrade_geopackage(path)
    assert storage.stored_version(path) == 1
    assert "row_version" in storage.check_geopackage(path).missing_fields["zones"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("project.v1-")]  # the copy stays


@pytest.mark.parametrize("accept", [True, False])
def test_opening_a_v1_geopackage_offers_the_upgrade(plugin, qgis_iface, v1, tmp_path, monkeypatch, accept):
    from checks import answer_open_dialog
    from qgis.core import Qgis, QgsProject

    from wuqing_eco_plugin.ui.project import upgrade as upgrade_ui

    path = tmp_path / "项目数据.gpkg"
    shutil.copy(v1[0], path)
    asked = []
    answer_open_dialog(monkeypatch, path)
    monkeypatch.setattr(upgrade_ui, "ask", lambda parent, text: asked.append(text) or accept)
    plugin.menu.actions()[0].trigger()
    assert len(asked) == 1 and "version 1" in asked[0] and "项目数据.v1-" in asked[0]
    copies = [p for p in tmp_path.iterdir() if p.name.startswith("项目数据.v1-")]
    layers = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.source().startswith(str(path))]
    if accept:
        assert storage.stored_version(path) == schema.SCHEMA_VERSION and len(copies) == 1
        assert storage.stored_version(copies[0]) == 1
        assert layers and all(lyr.isValid() for lyr in layers)
    else:  # declined: the file is as it was, nothing loaded, the user told why
        assert storage.stored_version(path) == 1 and copies == [] and layers == []
        assert any("version 1" in m for m in qgis_iface.messageBar().get_messages(Qgis.Warning))


@contextmanager
def _upgraded_from(version: int, commit: str, tmp_path_factory, pg_cluster) -> Iterator[tuple[Path, PgDatabase, dict]]:
    """(the GeoPackage, the database, its row counts before) made by the plugin's code at ``commit``
    (data model ``version``), the database upgraded by its owner: every later version recorded, the
    rows kept, the schema as a new one. The database is dropped afterwards."""
    name = f"wq_v{version}"
    gpkg, db = _made_by(commit, tmp_path_factory.mktemp(f"v{version}"), pg_cluster, name)
    try:
        assert db.sql(f"SELECT max(version) FROM {S}.schema_version") == [(version,)]
        before = _counts(db, version)
        assert create_postgis(db.dsn(), upgrade_schema=True).upgraded_from == version
        assert db.sql(f"SELECT version FROM {S}.schema_version ORDER BY 1") == [
            (v,) for v in range(version, schema.SCHEMA_VERSION + 1)]
        assert _counts(db) == before
        _assert_as_new(db, pg_cluster)
        yield gpkg, db, before
    finally:
        pg_cluster.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_version_2_stores_made_by_version_2_code_are_upgraded(tmp_path_factory, pg_cluster, pg_sample, plugin,
                                                              qgis_processing, project, tmp_path):
    """Version 2 (monitoring clues) on both stores, as the plugin of that version made them: its
    GeoPackages kept no table of versions, so the fields a file holds tell its version."""
    with _upgraded_from(2, V2_COMMIT, tmp_path_factory, pg_cluster) as (gpkg, db, before):
        assert before["zone_indicators"] > 0
        assert db.sql(f"SELECT DISTINCT row_version FROM {S}.zone_indicators") == [(1,)]
    path = tmp_path / "clues.gpkg"
    shutil.copy(gpkg, path)
    assert storage.stored_version(path) == 2
    before = storage.feature_counts(path)
    with pytest.raises(storage.OlderSchemaError, match="version 2 of the data model"):
        open_project_data(project, path)
    # headless, the same upgrade: a copy aside, then one transaction; a second run changes nothing
    result = processing.run("wuqing_eco:create_geopackage", {"OUTPUT": str(path), "UPGRADE": True})
    assert Path(result["OUTPUT"]) == path
    copies = [p for p in tmp_path.iterdir() if p.name.startswith("clues.v2-")]
    assert len(copies) == 1 and storage.stored_version(copies[0]) == 2
    assert storage.stored_version(path) == schema.SCHEMA_VERSION and storage.check_geopackage(path).ok
    assert storage.feature_counts(path) == before
    processing.run("wuqing_eco:create_geopackage", {"OUTPUT": str(path), "UPGRADE": True})
    assert [p for p in tmp_path.iterdir() if p.name.startswith("clues.v2-")] == copies
    assert open_project_data(project, path)["markers"].isValid()


def _rename_town(rename, cases) -> None:
    """Rename 杨村街道 with ``rename(old, new)``; ``cases()`` gives {town: [(record uid, row version)]}:
    its cases must follow, each one version up, and no other case change."""
    old, new = "杨村街道", "杨村街道（新）"
    before = cases()
    assert before[old]
    rename(old, new)
    after = cases()
    assert old not in after and after[new] == [(uid, version + 1) for uid, version in before[old]]
    assert {t: c for t, c in after.items() if t != new} == {t: c for t, c in before.items() if t != old}


def _town_cases_of(rows) -> dict:
    out: dict = {}
    for town, uid, version in rows:
        out.setdefault(town, []).append((uid, version))
    return {town: sorted(cases) for town, cases in out.items()}


def test_version_3_stores_get_the_rule_that_a_town_name_follows_into_its_cases(tmp_path_factory, pg_cluster,
                                                                                pg_sample, plugin, qgis_processing,
                                                                                tmp_path):
    with _upgraded_from(3, V3_COMMIT, tmp_path_factory, pg_cluster) as (gpkg, db, _):
        _rename_town(lambda old, new: db.sql(f"UPDATE {S}.towns SET name = %s, row_version = row_version + 1 "
                                             "WHERE name = %s", params=(new, old)),
                     lambda: _town_cases_of(db.sql(f"SELECT town, record_uid, row_version FROM {S}.violations")))
        assert db.sql(f"SELECT town FROM {S}.town_logins WHERE login = 'town_yangcun'") == [("杨村街道（新）",)]
    path = tmp_path / "v3.gpkg"
    shutil.copy(gpkg, path)
    assert storage.stored_version(path) == 3
    processing.run("wuqing_eco:create_geopackage", {"OUTPUT": str(path), "UPGRADE": True})
    assert storage.stored_version(path) == 4 and storage.check_geopackage(path).ok

    def rename(old: str, new: str) -> None:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        ds.ExecuteSQL(f"UPDATE towns SET name = '{new}' WHERE name = '{old}'")
        ds = None  # noqa: F841

    def cases() -> dict:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
        rows = [(f.GetField("town"), f.GetField("record_uid"), f.GetField("row_version"))
                for f in ds.GetLayerByName("violations")]
        ds = None  # noqa: F841
        return _town_cases_of(rows)

    _rename_town(rename, cases)
