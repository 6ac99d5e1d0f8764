# SPDX-License-Identifier: GPL-2.0-or-later
"""The marker's own QGIS attribute form, for a new marker or an existing one.

New markers come prefilled (see services/marker_survey). Saving adds the feature and commits when
this flow started the edit session; a refused commit shows QGIS's commit errors and opens the form
again with everything the user entered, so nothing typed is lost. When the user has the markers
layer in an edit session already, the feature joins that session and the user saves as usual.
"""
from __future__ import annotations

from typing import Callable, Optional

from qgis.core import Qgis, QgsFeature, QgsVectorLayer
from qgis.gui import QgsAttributeDialog, QgsAttributeEditorContext
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QWidget

from ...layers.schema import F
from ...toolbelt.i18n import tr


class MarkerForm(QObject):
    """One form session; ``dialog`` is the open form."""

    def __init__(self, layer: QgsVectorLayer, parent: Optional[QWidget],
                 notify: Callable[[str, str, int], None]):
        super().__init__(parent)
        self.layer, self.parent_widget, self.notify = layer, parent, notify
        self.dialog: Optional[QgsAttributeDialog] = None
        self._feature: Optional[QgsFeature] = None
        self._we_started = False
        self._new = True
        self._zone_name = ""

    def open_new(self, feature: QgsFeature, message: str = "", zone_name: str = "") -> QgsAttributeDialog:
        self._new = True
        self._zone_name = zone_name or self._zone_name
        return self._open(feature, QgsAttributeEditorContext.AddFeatureMode, message)

    def open_existing(self, fid: int) -> QgsAttributeDialog:
        self._new = False
        return self._open(self.layer.getFeature(fid), QgsAttributeEditorContext.SingleEditMode, "")

    def _open(self, feature: QgsFeature, mode, message: str) -> QgsAttributeDialog:
        if not self.layer.isEditable():
            if not self.layer.startEditing():
                self.notify(tr("Boundary markers"), tr("The markers layer cannot be edited"), Qgis.Critical)
                raise RuntimeError("layer cannot be edited")
            self._we_started = True
        self._feature = QgsFeature(feature)  # the dialog does not own it: keep it alive here
        name_idx = self._feature.fields().indexOf("zone_name")
        if self._new and self._zone_name and name_idx >= 0:
            # A virtual field is computed when a saved feature is read: a new one gets its zone's name here.
            self._feature.setAttribute(name_idx, self._zone_name)
        dialog = QgsAttributeDialog(self.layer, self._feature, False, self.parent_widget, True,
                                    QgsAttributeEditorContext())
        dialog.setMode(mode)
        title = tr("New boundary marker") if self._new else tr("Boundary marker")
        dialog.setWindowTitle(f"{title} — {self._zone_name}" if self._zone_name else title)
        if message:
            dialog.attributeForm().displayWarning(message)
        dialog.accepted.connect(self._accepted)
        dialog.rejected.connect(self._rejected)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _number(self, feature: QgsFeature) -> str:
        value = feature.attribute(feature.fields().indexOf(F.MARKER_NO))
        return "" if value is None else str(value)

    def _accepted(self) -> None:
        entered = QgsFeature(self.dialog.feature())
        if not self._we_started:
            self.notify(tr("Boundary markers"), tr("Marker {} added to the edit session: save the layer's edits "
                                                   "to keep it").format(self._number(entered)), Qgis.Info)
            return
        if self.layer.commitChanges():
            self._we_started = False
            self.notify(tr("Boundary markers"), tr("Marker {} saved").format(self._number(entered)), Qgis.Success)
            return
        errors = "\n".join(self.layer.commitErrors())
        self.notify(tr("The marker was not saved"), errors, Qgis.Critical)
        # Take the refused feature out of the edit buffer and show the form again with its values.
        if self._new:
            for fid in list(self.layer.editBuffer().addedFeatures()):
                self.layer.deleteFeature(fid)
            self.open_new(entered, tr("Not saved: {}").format(errors))
        else:
            self.layer.rollBack()
            self.layer.startEditing()
            self._we_started = True
            self._open(entered, QgsAttributeEditorContext.SingleEditMode, tr("Not saved: {}").format(errors))

    def _rejected(self) -> None:
        if self._we_started:
            self.layer.rollBack()
            self._we_started = False
