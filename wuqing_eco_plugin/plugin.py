# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin object: the only place that holds ``iface``. Builds and removes the menu, toolbar,
Processing provider, translator and log bridge."""
from __future__ import annotations

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .layers.project_layers import LayerLoadError
from .layers.storage import SchemaError
from .processing.provider import WuqingEcoProvider
from .toolbelt.i18n import install_translator, remove_translator, tr
from .toolbelt.log import add_qgis_handler, get_logger, remove_handler
from .toolbelt.messages import notify
from .toolbelt.resources import resource_path

_log = get_logger(__name__)
MENU_OBJECT = "wuqing_eco_menu"
TOOLBAR_OBJECT = "wuqing_eco_toolbar"


class WuqingEcoPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider: WuqingEcoProvider | None = None
        self.actions: list[QAction] = []
        self.menu: QMenu | None = None
        self.toolbar = None
        self.log_handler = add_qgis_handler()
        # Before initProcessing: algorithm names are translated too (qgis_process never calls initGui).
        install_translator()

    # -- Processing -------------------------------------------------------------------------
    def initProcessing(self) -> None:  # noqa: N802 - QGIS calls this name
        if self.provider is None:
            self.provider = WuqingEcoProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # -- GUI ----------------------------------------------------------------------------------
    def initGui(self) -> None:  # noqa: N802
        self.initProcessing()
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

        self._add_action("open_data.svg", tr("Open or create project data…"), self.open_project_data,
                         tr("Open the project's GeoPackage, or create a new one, and load its layers"))
        self._add_action("sample_data.svg", tr("Load illustrative sample data…"), self.load_sample_data,
                         tr("Write the illustrative Wuqing sample (not the legal boundary) and load it"))

    def _add_action(self, icon: str, text: str, slot, tip: str = "") -> QAction:
        action = QAction(QIcon(str(resource_path("icons", icon))), text, self.iface.mainWindow())
        action.setStatusTip(tip or text)
        action.setToolTip(tip or text)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def unload(self) -> None:
        for action in self.actions:
            action.deleteLater()
        self.actions.clear()
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
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
        remove_translator()
        if self.log_handler is not None:
            remove_handler(self.log_handler)
            self.log_handler = None

    # -- actions ------------------------------------------------------------------------------
    def open_project_data(self) -> None:
        from qgis.core import QgsProject

        from .services.project_data import open_project_data
        from .ui.data_dialogs import choose_project_gpkg

        path = choose_project_gpkg(self.iface.mainWindow())
        if path is None:
            return
        try:
            loaded = open_project_data(QgsProject.instance(), path)
        except (SchemaError, LayerLoadError, OSError) as exc:
            notify(self.iface, tr("Cannot open project data"), str(exc), Qgis.Critical)
            return
        self._zoom_to(loaded)
        notify(self.iface, tr("Project data"), tr("Layers loaded from {}").format(path), Qgis.Success)

    def load_sample_data(self) -> None:
        from qgis.core import QgsProject

        from .services.project_data import open_project_data, write_sample_geopackage
        from .ui.data_dialogs import choose_sample_target

        path = choose_sample_target(self.iface.mainWindow())
        if path is None:
            return
        try:
            for layer in QgsProject.instance().mapLayers().values():
                if layer.source().split("|")[0] == str(path):
                    QgsProject.instance().removeMapLayer(layer.id())
            write_sample_geopackage(path, overwrite=True)
            loaded = open_project_data(QgsProject.instance(), path)
        except (SchemaError, LayerLoadError, OSError) as exc:
            notify(self.iface, tr("Cannot write the sample data"), str(exc), Qgis.Critical)
            return
        self._zoom_to(loaded)
        notify(self.iface, tr("Sample data"),
               tr("Illustrative sample written to {} (not the legal boundary)").format(path), Qgis.Success)

    def _zoom_to(self, loaded) -> None:
        extent = loaded["district"].extent()
        if extent.isEmpty():
            extent = loaded["red_zones"].extent()
        if not extent.isEmpty():
            canvas = self.iface.mapCanvas()
            canvas.setExtent(extent)
            canvas.refresh()
