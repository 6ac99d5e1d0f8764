# SPDX-License-Identifier: GPL-2.0-or-later
"""Versions of the plugin's records in QGIS: conflicts reach the user as the conflict view, and
修改记录… shows a zone's, marker's or case's history with 恢复到此版本.

Why a map layer action for 修改记录…: QGIS 3.22 lists a ``QgsMapLayerAction`` registered for a
layer in the identify results' context menu, in the attribute table (its actions menu and the
context menu of a row) and in the feature form's actions menu — everywhere a user meets a single
feature — without the plugin touching the layer's own actions or forms, which are saved in the
user's project. The menu item does the same for the selected feature of the active layer.

Every layer of the plugin (loaded by it, or restored from a saved project) gets the row-version
helper (``layers/editing.py``); a commit the database refuses as a conflict opens the view.
"""
from __future__ import annotations

from typing import Optional

from qgis.core import Qgis, QgsFeature, QgsProject, QgsVectorLayer
from qgis.gui import QgsGui, QgsMapLayerAction

from ...layers.audit import feature_values
from ...layers.editing import attach_editing, editing_of
from ...layers.project_layers import ROLE_PROPERTY, ROLES_BY_NAME
from ...services.change_log import RestoreError, plan_restore, restore_feature, timeline
from ...toolbelt.i18n import tr, ui_language
from ..host import Host
from .history_dialog import HistoryDialog
from .resolve import layer_entries, record_label, resolve_layer

#: The roles whose features have 修改记录….
HISTORY_ROLES = ("red_zones", "yellow_zones", "markers", "violations")


class VersionsFeature:
    def __init__(self, host: Host):
        self.host = host
        host.add_action("history.svg", tr("Change history…"), self.show_selected_history,
                        tr("The change history of the selected zone, marker or case, and restoring a version"),
                        toolbar=False)
        self.layer_actions: dict[str, QgsMapLayerAction] = {}
        self.dialog: Optional[HistoryDialog] = None
        host.on_layers_added(self._layers_added)

    def unload(self) -> None:
        registry = QgsGui.mapLayerActionRegistry()
        for action in self.layer_actions.values():
            registry.removeMapLayerAction(action)
            action.deleteLater()
        self.layer_actions.clear()
        for layer in QgsProject.instance().mapLayers().values():
            editing = editing_of(layer) if isinstance(layer, QgsVectorLayer) else None
            if editing is not None and editing.versions is not None:
                try:
                    editing.versions.conflicted.disconnect(self._conflicted)
                except TypeError:
                    pass
        if self.dialog is not None:
            self.dialog.close()

    # -- the plugin's layers ----------------------------------------------------------------------
    def _layers_added(self, _layers) -> None:
        for layer in QgsProject.instance().mapLayers().values():
            role = layer.customProperty(ROLE_PROPERTY) if isinstance(layer, QgsVectorLayer) else None
            if role not in ROLES_BY_NAME or not layer.isValid():
                continue
            editing = attach_editing(layer, ROLES_BY_NAME[role].table)
            if editing.versions is not None:
                try:
                    editing.versions.conflicted.disconnect(self._conflicted)
                except TypeError:
                    pass
                editing.versions.conflicted.connect(self._conflicted)
            if role in HISTORY_ROLES and layer.id() not in self.layer_actions:
                self._add_layer_action(layer)

    def _add_layer_action(self, layer: QgsVectorLayer) -> None:
        action = QgsMapLayerAction(tr("Change history…"), self.host.main_window, layer,
                                   QgsMapLayerAction.Target.SingleFeature)
        action.triggeredForFeature.connect(self.show_history)
        QgsGui.mapLayerActionRegistry().addMapLayerAction(action)
        self.layer_actions[layer.id()] = action
        layer_id = layer.id()
        layer.willBeDeleted.connect(lambda: self._remove_layer_action(layer_id))

    def _remove_layer_action(self, layer_id: str) -> None:
        action = self.layer_actions.pop(layer_id, None)
        if action is not None:
            QgsGui.mapLayerActionRegistry().removeMapLayerAction(action)
            action.deleteLater()

    # -- conflicts ----------------------------------------------------------------------------------
    def _conflicted(self, layer: QgsVectorLayer, fids: list) -> None:
        saved = resolve_layer(self.host.main_window, layer, fids)
        if saved is None:
            self.host.notify(
                tr("Not saved"),
                tr("Your changes to {layer} are kept in its edit session: save them " "again or discard them.").format(
                    layer=layer.name()
                ),
                Qgis.MessageLevel.Warning,
            )
        elif saved:
            self.host.notify(tr("Saved"), tr("{layer}: your choices were saved.").format(layer=layer.name()),
                             Qgis.MessageLevel.Success)

    # -- 修改记录… ---------------------------------------------------------------------------------
    def show_selected_history(self) -> Optional[HistoryDialog]:
        layer = self.host.active_layer()
        role = layer.customProperty(ROLE_PROPERTY) if isinstance(layer, QgsVectorLayer) else None
        if role not in HISTORY_ROLES or layer.selectedFeatureCount() != 1:
            self.host.notify(tr("Change history"), tr("Select one zone, marker or case on the map first."),
                             Qgis.MessageLevel.Warning)
            return None
        return self.show_history(layer, next(layer.getSelectedFeatures()))

    def show_history(self, layer: QgsVectorLayer, feature: QgsFeature) -> Optional[HistoryDialog]:
        table = ROLES_BY_NAME[layer.customProperty(ROLE_PROPERTY)].table
        editing = attach_editing(layer, table)
        fid, lang = feature.id(), ui_language()
        state: dict = {}

        def read():
            seen = editing.versions.stored(fid) if editing.versions else feature
            state["seen"] = seen
            state["entries"] = layer_entries(layer, table, str(seen[table.audit_key]))
            return timeline(table, state["entries"], lang)

        def restore(version: int) -> str:
            plan = plan_restore(table, feature_values(state["seen"], table), state["entries"], version, lang)
            if restore_feature(layer, table, fid, plan, state["seen"]):
                raise RestoreError(tr("Someone else changed the record meanwhile: compare the values in the view "
                                      "that opened, then save."))
            layer.triggerRepaint()
            text = tr("Version {n} was written back as a new version.").format(n=version)
            return text + (tr(" Not written back: {}.").format("、".join(plan.kept)) if plan.kept else "")

        items = read()
        self.dialog = HistoryDialog(record_label(table, feature_values(state["seen"], table)), items,
                                    restore if editing.versions is not None else None, read, self.host.main_window)
        self.dialog.show()
        return self.dialog
