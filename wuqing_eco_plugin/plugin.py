# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin object: the only place that holds ``iface``.

It builds the menu, toolbar and a :class:`Host` for the features (each a class in ui/ taking the
host), registers the Processing provider, and on unload removes all of it, the translator and the
log bridge included.
"""
from __future__ import annotations

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtWidgets import QMenu

from .processing.defaults import set_lookup
from .processing.provider import WuqingEcoProvider
from .services.project_data import processing_default
from .toolbelt.fonts import register_cjk_font
from .toolbelt.i18n import install_translator, remove_translator, tr
from .toolbelt.log import add_qgis_handler, remove_handler
from .toolbelt.messages import notify
from .ui.clues.feature import CluesFeature
from .ui.drawings.feature import DrawingsFeature
from .ui.field.feature import FieldFeature
from .ui.help import show_about, show_help
from .ui.host import Host
from .ui.ledger.feature import LedgerFeature
from .ui.markers.feature import MarkersFeature
from .ui.overlaps.feature import OverlapsFeature
from .ui.project.feature import ProjectFeature

MENU_OBJECT = "wuqing_eco_menu"
TOOLBAR_OBJECT = "wuqing_eco_toolbar"
#: The features, in menu order. Each takes the Host and has unload().
FEATURES = (ProjectFeature, OverlapsFeature, MarkersFeature, LedgerFeature, CluesFeature, DrawingsFeature,
            FieldFeature)


class WuqingEcoPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider: WuqingEcoProvider | None = None
        self.menu: QMenu | None = None
        self.toolbar = None
        self.host: Host | None = None
        self.features: list = []
        self.log_handler = add_qgis_handler()
        # Before initProcessing: algorithm names are translated too (qgis_process never calls initGui).
        install_translator()
        # Before QGIS reads a project: its labels name the CJK font as the styles do.
        register_cjk_font()

    def initProcessing(self) -> None:  # noqa: N802 - QGIS calls this name
        if self.provider is None:
            self.provider = WuqingEcoProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802
        self.initProcessing()
        # The Processing dialogs start on the open project's layers (qgis_process never gets here).
        set_lookup(lambda kind: processing_default(QgsProject.instance(), kind, self.iface.activeLayer()))
        main = self.iface.mainWindow()
        self.menu = QMenu(tr("Wu&qing Eco Protection"), main)
        self.menu.setObjectName(MENU_OBJECT)
        help_menu = self.iface.firstRightStandardMenu()
        if isinstance(help_menu, QMenu):  # before Help, where QGIS keeps plugin menus
            main.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        else:
            main.menuBar().addMenu(self.menu)
        self.toolbar = self.iface.addToolBar(tr("Wuqing Eco Protection"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT)
        self.host = Host(main, self.iface.mapCanvas(), self.menu, self.toolbar,
                         lambda title, text, level, folder=None: notify(self.iface, title, text, level, folder),
                         self.iface.addDockWidget, self.iface.removeDockWidget, self.iface.activeLayer)
        for feature in FEATURES:
            if self.features:
                self.host.add_separator()
            self.features.append(feature(self.host))
        self.host.add_separator()
        self.host.add_action("help.svg", tr("Help"), lambda: show_help("index", main),
                             tr("Short pages on each task, in the language of the interface (offline)"), toolbar=False)
        self.host.add_action("icon.svg", tr("About"), lambda: show_about(main),
                             tr("Version and the note on the illustrative sample data"), toolbar=False)

    @property
    def actions(self) -> list:
        return self.host.actions if self.host is not None else []

    def unload(self) -> None:
        for feature in reversed(self.features):
            feature.unload()
        self.features.clear()
        if self.host is not None:
            self.host.unload()
            self.host = None
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        set_lookup(None)
        remove_translator()
        if self.log_handler is not None:
            remove_handler(self.log_handler)
            self.log_handler = None
