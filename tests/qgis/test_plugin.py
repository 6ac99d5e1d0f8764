# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin through classFactory: menu, toolbar, provider; unload() leaves nothing behind."""
from __future__ import annotations

import logging

import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QToolBar

import wuqing_eco_plugin
from wuqing_eco_plugin.toolbelt.log import LOGGER_NAME


def _menus(iface):
    return [a.text().replace("&", "") for a in iface.mainWindow().menuBar().actions() if a.isVisible()]


@pytest.fixture
def plugin(qgis_iface):
    p = wuqing_eco_plugin.classFactory(qgis_iface)
    p.initGui()
    yield p
    if p.menu is not None:
        p.unload()


def test_init_gui_builds_menu_toolbar_and_provider(plugin, qgis_iface):
    assert "Wuqing Eco Protection" in _menus(qgis_iface)
    actions = [a for a in plugin.menu.actions() if not a.isSeparator()]
    texts = [a.text() for a in actions]
    assert texts[:2] == ["Open or create project data…", "Load illustrative sample data…"]
    assert {"Analyse overlaps (strictest rule)", "What applies here?", "Screen selected footprints",
            "Draw a footprint and screen it",
            "Survey markers on the boundary", "Design boundary markers…", "Import field survey CSV…",
            "Check boundary markers…", "Export coordinate tables and marker cards…", "Boundary marker settings…",
            "Record a violation", "Record a violation in the selected zone", "Case ledger",
            "Ledger reports and export…", "Export review drawings…", "Export field package…",
            "Import field results…"} <= set(texts)
    assert all(not a.icon().isNull() for a in actions)
    menu_only = {"Export coordinate tables and marker cards…", "Boundary marker settings…", "Export field package…",
                 "Import field results…", "Help", "About"}
    assert [a.text() for a in plugin.toolbar.actions()] == [t for t in texts if t not in menu_only]
    provider = QgsApplication.processingRegistry().providerById("wuqing_eco")
    assert provider is not None
    for name in ("create_geopackage", "analyze_overlaps", "screen_project", "design_markers", "check_markers",
                 "import_survey_csv", "export_ledger", "ledger_report", "export_review_drawings", "package_field",
                 "sync_field"):
        assert provider.algorithm(name) is not None, name


def test_unload_leaves_nothing(plugin, qgis_iface):
    handlers_before = len(logging.getLogger(LOGGER_NAME).handlers)
    texts = [a.text() for a in plugin.actions]
    plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert "Wuqing Eco Protection" not in _menus(qgis_iface)
    assert QgsApplication.processingRegistry().providerById("wuqing_eco") is None
    assert plugin.actions == [] and plugin.menu is None and plugin.toolbar is None
    main = qgis_iface.mainWindow()
    assert [t for t in main.findChildren(QToolBar) if t.objectName() == "wuqing_eco_toolbar"] == []
    assert [a for a in main.findChildren(QAction) if a.text() in texts] == []
    assert len(logging.getLogger(LOGGER_NAME).handlers) == handlers_before - 1


def test_init_processing_without_gui(qgis_iface):
    p = wuqing_eco_plugin.classFactory(None)  # as qgis_process does
    p.initProcessing()
    try:
        assert QgsApplication.processingRegistry().providerById("wuqing_eco") is not None
    finally:
        p.unload()
    assert QgsApplication.processingRegistry().providerById("wuqing_eco") is None


def test_chinese_menu_when_qgis_runs_in_chinese(qgis_iface):
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "zh_CN")
    try:
        p = wuqing_eco_plugin.classFactory(qgis_iface)
        p.initGui()
        try:
            assert "武清生态保护(Q)" in _menus(qgis_iface)
            assert [a.text() for a in p.menu.actions()][0] == "打开/新建项目数据…"
            provider = QgsApplication.processingRegistry().providerById("wuqing_eco")
            assert provider.algorithm("create_geopackage").displayName() == "新建项目 GeoPackage"
        finally:
            p.unload()
    finally:
        settings.setValue("locale/overrideFlag", False)
        settings.remove("locale/userLocale")
    p = wuqing_eco_plugin.classFactory(qgis_iface)
    try:
        from wuqing_eco_plugin.toolbelt.i18n import tr

        assert tr("Wuqing Eco Protection") == "Wuqing Eco Protection"
    finally:
        p.unload()
