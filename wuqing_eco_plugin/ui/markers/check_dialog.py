# SPDX-License-Identifier: GPL-2.0-or-later
"""Check markers: which points to check (the markers table or an imported survey), against which
design, with which tolerances. OK needs a point layer with a number field and warning ≤ tolerance."""
from __future__ import annotations

from typing import Optional

from qgis.core import QgsMapLayerProxyModel, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...domain.markers.checks import Tolerances
from ...layers.schema import F
from ...services.markers.survey_settings import SurveySettings
from ...toolbelt.i18n import tr
from ..help import add_help_button
from .survey_settings_dialog import angle_box, distance_box, spacing_box, tolerance_problem

#: Custom property marking a layer made by the survey import (the dock offers to apply it).
SURVEY_PROPERTY = "wuqing_eco/survey"


class CheckDialog(QDialog):
    def __init__(self, settings: SurveySettings, markers: Optional[QgsVectorLayer],
                 survey: Optional[QgsVectorLayer] = None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Check boundary markers"))
        self.points = QgsMapLayerComboBox()
        self.points.setFilters(QgsMapLayerProxyModel.PointLayer)
        self.number = QgsFieldComboBox()
        self.designed = QgsMapLayerComboBox()
        self.designed.setFilters(QgsMapLayerProxyModel.PointLayer)
        self.designed.setAllowEmptyLayer(True)
        s = settings.survey
        self.warning = distance_box(s.warning_m)
        self.tolerance = distance_box(s.tolerance_m)
        self.spacing = spacing_box(s.max_spacing_m)
        self.angle = angle_box(s.turn_angle_deg)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(tr("Markers to check"), self.points)
        form.addRow(tr("Marker number field"), self.number)
        form.addRow(tr("Designed markers (optional)"), self.designed)
        form.addRow(tr("Warning above"), self.warning)
        form.addRow(tr("Tolerance: fail above"), self.tolerance)
        form.addRow(tr("Maximum spacing along the boundary"), self.spacing)
        form.addRow(tr("Turning angle that needs a marker"), self.angle)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        add_help_button(self, self.buttons, "check")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.points.layerChanged.connect(self._points_changed)
        self.number.fieldChanged.connect(lambda _f: self.validate())
        for box in (self.warning, self.tolerance):
            box.valueChanged.connect(lambda _v: self.validate())
        # A survey is checked against the design in the markers table; the table alone against itself.
        self.points.setLayer(survey or markers)
        self.designed.setLayer(markers if survey is not None else None)
        self._points_changed(self.points.currentLayer())

    def _points_changed(self, layer) -> None:
        self.number.setLayer(layer)
        if layer is not None and layer.fields().indexOf(F.MARKER_NO) >= 0:
            self.number.setField("marker_no")
        self.validate()

    def problem(self) -> str:
        if self.points.currentLayer() is None:
            return tr("Choose the markers to check")
        if not self.number.currentField():
            return tr("Choose the field holding the marker numbers")
        return tolerance_problem(self.warning, self.tolerance)

    def validate(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not problem)

    def tolerances(self) -> Tolerances:
        return Tolerances(self.warning.value(), self.tolerance.value(), self.spacing.value(), self.angle.value())

    def markers_layer(self) -> Optional[QgsVectorLayer]:
        return self.points.currentLayer()

    def number_field(self) -> str:
        return self.number.currentField()

    def designed_layer(self) -> Optional[QgsVectorLayer]:
        return self.designed.currentLayer()
