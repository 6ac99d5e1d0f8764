# SPDX-License-Identifier: GPL-2.0-or-later
"""Fixtures for tests that need QGIS (pytest-qgis provides the application, iface and canvas)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from qgis.core import QgsProject

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def project():
    """A cleared project, cleared again afterwards so no file-backed layer outlives the test."""
    prj = QgsProject.instance()
    prj.clear()
    yield prj
    prj.clear()


@pytest.fixture(scope="session")
def sample_gpkg(tmp_path_factory, qgis_app):
    """The illustrative sample written once per session (tests must not modify it)."""
    from wuqing_eco_plugin.sample.geopackage import write_sample_geopackage

    path = tmp_path_factory.mktemp("sample") / "sample.gpkg"
    write_sample_geopackage(path)
    return path


#: The test logins of the shared database: login → (ROLE of grant_access, TOWN), None for no role.
PG_LOGINS = {
    "admin_li": ("admin", None), "env_wang": ("env", None), "plan_zhao": ("planning", None),
    "water_sun": ("water", None), "build_zhou": ("construction", None), "forest_he": ("forestry", None),
    "town_yangcun": ("town", "杨村街道"), "town_hebeitun": ("town", "120114116"), "viewer_qian": ("viewer", None),
    "public_web": ("public", None), "nobody": None,
}


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL 15 + PostGIS cluster of this test run, stopped and deleted at its end."""
    from pg_cluster import Cluster

    cluster = Cluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_sample(pg_cluster, sample_gpkg):
    """A database with the plugin's schema, the sample migrated into it and the test logins granted:
    the template of :func:`pg_db` (never connect to it from a test)."""
    from pg_cluster import PgDatabase

    from wuqing_eco_plugin.layers.postgis.access import grant_access
    from wuqing_eco_plugin.layers.postgis.create import create_postgis
    from wuqing_eco_plugin.layers.postgis.migrate import migrate_geopackage

    dsn = pg_cluster.new_database("wq_sample")
    create_postgis(dsn)
    migrate_geopackage(sample_gpkg, dsn)
    for login, grant in PG_LOGINS.items():
        pg_cluster.sql(f"CREATE ROLE {login} LOGIN")
        if grant:
            grant_access(dsn, login, *grant)
    return PgDatabase(pg_cluster, "wq_sample")


def _sample_copy(cluster, template, node):
    from pg_cluster import PgDatabase

    name = "t_" + "".join(c if c.isalnum() else "_" for c in node.name.lower())[:50]
    cluster.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    cluster.sql(f'CREATE DATABASE "{name}" TEMPLATE {template.name} STRATEGY FILE_COPY')
    yield PgDatabase(cluster, name)
    cluster.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_db(pg_cluster, pg_sample, request):
    """A fresh copy of :func:`pg_sample` for one test, dropped afterwards."""
    yield from _sample_copy(pg_cluster, pg_sample, request.node)


@pytest.fixture(scope="module")
def pg_module_db(pg_cluster, pg_sample, request):
    """A copy of :func:`pg_sample` shared by the tests of a module (for tests that change nothing)."""
    yield from _sample_copy(pg_cluster, pg_sample, request.node)


@pytest.fixture
def sample_copy(sample_gpkg, tmp_path):
    """A copy of the sample GeoPackage that a test may change."""
    path = tmp_path / "ledger.gpkg"
    shutil.copy(sample_gpkg, path)
    return path


@pytest.fixture
def plugin(qgis_iface, project):
    """The plugin loaded as QGIS loads it (classFactory, initGui), unloaded afterwards."""
    import wuqing_eco_plugin

    qgis_iface.messageBar().clear_messages()
    p = wuqing_eco_plugin.classFactory(qgis_iface)
    p.initGui()
    yield p
    p.unload()


@pytest.fixture
def zh_translator():
    from wuqing_eco_plugin.toolbelt.i18n import install_translator, remove_translator

    translator = install_translator("zh_CN")
    assert translator is not None, "zh_CN catalog missing: run `make qm`"
    yield translator
    remove_translator()


@pytest.fixture(scope="module")
def wuqing_provider(qgis_processing):
    """The plugin's Processing provider registered (as initProcessing does) for a module's tests."""
    from qgis.core import QgsApplication

    from wuqing_eco_plugin.processing.provider import WuqingEcoProvider

    registry = QgsApplication.processingRegistry()
    added = None
    if registry.providerById("wuqing_eco") is None:
        added = WuqingEcoProvider()
        registry.addProvider(added)
    yield registry.providerById("wuqing_eco")
    if added is not None:
        registry.removeProvider(added)
