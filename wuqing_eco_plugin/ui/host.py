# SPDX-License-Identifier: GPL-2.0-or-later
"""What a feature of the plugin may use of QGIS's main window, without holding ``iface``.

plugin.py builds one Host from iface and hands it to each feature; features add actions, docks
and map tools through it, and the host removes all of them on unload.
"""
from __future__ import annotations

from typing import Callable, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas, QgsMapTool
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

from ..services.project_data import project_layers
from ..toolbelt.i18n import tr
from ..toolbelt.log import get_logger
from ..toolbelt.resources import resource_path

_log = get_logger(__name__)


class Host:
    def __init__(self, main_window: QWidget, canvas: QgsMapCanvas, menu: QMenu, toolbar: QToolBar,
                 notify: Callable[..., None],
                 add_dock: Callable[[int, QDockWidget], None], remove_dock: Callable[[QDockWidget], None],
                 active_layer: Callable[[], object] = lambda: None):
        self.main_window = main_window
        self.canvas = canvas
        self.menu = menu
        self.toolbar = toolbar
        self._notify = notify
        self._add_dock = add_dock
        self._remove_dock = remove_dock
        self._active_layer = active_layer
        self.actions: list[QAction] = []
        self.docks: list[QDockWidget] = []
        self.map_tools: list[QgsMapTool] = []

    def add_action(self, icon: str, text: str, slot, tip: str = "", checkable: bool = False,
                   toolbar: bool = True) -> QAction:
        """An action in the plugin's menu (and toolbar); ``icon`` is a file in resources/icons."""
        action = QAction(QIcon(str(resource_path("icons", icon))), text, self.main_window)
        action.setStatusTip(tip or text)
        action.setToolTip(tip or text)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def add_separator(self) -> None:
        self.menu.addSeparator()

    def add_dock(self, dock: QDockWidget, area: int = Qt.DockWidgetArea.RightDockWidgetArea) -> None:
        """Add ``dock``; beside another of the plugin's docks in that area it opens as a tab, so that
        neither is squeezed to a sliver on a laptop screen."""
        self._add_dock(area, dock)
        main = self.main_window
        if isinstance(main, QMainWindow):
            beside = next((d for d in self.docks if main.dockWidgetArea(d) == area), None)
            if beside is not None:
                main.tabifyDockWidget(beside, dock)
        self.docks.append(dock)

    def use_map_tool(self, tool: QgsMapTool) -> None:
        """Make ``tool`` the canvas's tool; the host unsets it on unload."""
        if tool not in self.map_tools:
            self.map_tools.append(tool)
        self.canvas.setMapTool(tool)

    def release_map_tool(self, tool) -> None:
        """Give the canvas back its previous tool when ``tool`` is the active one (its button unchecked)."""
        if tool is not None and self.canvas.mapTool() is tool:
            self.canvas.unsetMapTool(tool)

    def zoom_to(self, extent: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> None:
        """Show ``extent`` (in ``crs``) on the map, whatever the canvas's CRS."""
        canvas_crs = self.canvas.mapSettings().destinationCrs()
        if crs.isValid() and canvas_crs.isValid() and crs != canvas_crs:
            extent = QgsCoordinateTransform(crs, canvas_crs, QgsProject.instance()).transformBoundingBox(extent)
        self.canvas.setExtent(extent)
        self.canvas.refresh()

    def active_layer(self):
        """The layer selected in QGIS's layer panel (None when there is none)."""
        return self._active_layer()

    def notify(self, title: str, text: str, level: int = Qgis.Info, folder=None) -> None:
        """Tell the user; ``folder``: where files were just written (the message offers to open it)."""
        if folder is None:
            self._notify(title, text, level)
        else:
            self._notify(title, text, level, folder)

    def require_layers(self, title: str, *roles: str) -> Optional[dict[str, QgsVectorLayer]]:
        """The project's layers by role when all of ``roles`` are loaded; else None, and the user is
        told (under ``title``) to open the project data."""
        layers = project_layers(QgsProject.instance())
        if any(role not in layers for role in roles):
            self.notify(title, tr("Open the project data first (menu: Open or create project data…)."), Qgis.Warning)
            return None
        return layers

    def unload(self) -> None:
        for tool in self.map_tools:
            if self.canvas.mapTool() is tool:
                self.canvas.unsetMapTool(tool)
            tool.deleteLater()
        self.map_tools.clear()
        for dock in self.docks:
            self._remove_dock(dock)
            dock.deleteLater()
        self.docks.clear()
        for action in self.actions:
            self.menu.removeAction(action)
            self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions.clear()
