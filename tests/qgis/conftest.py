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
