# SPDX-License-Identifier: GPL-2.0-or-later
"""Design markers: which zones, spacing, turning angle, crossing lines. OK needs something to design."""
from __future__ import annotations

from typing import Optional

from qgis.core import QgsMapLayerProxyModel, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.markers.vocabulary import marker_number
from ...services.markers.survey_settings import SurveySettings
from ...toolbelt.i18n import tr
from ..help import add_help_button
from .survey_settings_dialog import angle_box, spacing_box

SCOPES = ("selected", "red", "all")


class DesignDialog(QDialog):
    def __init__(self, settings: SurveySettings, selected: int, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Design boundary markers"))
        self.setMinimumWidth(440)
        self.scope_buttons = QButtonGroup(self)
        texts = (tr("Selected zones ({n})").format(n=selected), tr("All red-line zones"), tr("All zones"))
        layout = QVBoxLayout(self)
        for i, text in enumerate(texts):
            button = QRadioButton(text)
            self.scope_buttons.addButton(button, i)
            layout.addWidget(button)
        self.scope_buttons.button(0).setEnabled(selected > 0)
        self.scope_buttons.button(0 if selected else 1).setChecked(True)
        form = QFormLayout()
        self.spacing = spacing_box(settings.survey.max_spacing_m)
        self.angle = angle_box(settings.survey.turn_angle_deg)
        self.crossings = QgsMapLayerComboBox()
        self.crossings.setFilters(QgsMapLayerProxyModel.LineLayer)
        self.crossings.setAllowEmptyLayer(True)
        self.crossings.setLayer(None)
        self.signs = QCheckBox(tr("Also place signboards at crossings"))
        self.signs.setChecked(settings.signs_at_crossings)
        form.addRow(tr("Maximum spacing along the boundary"), self.spacing)
        form.addRow(tr("Turning angle that needs a marker"), self.angle)
        form.addRow(tr("Roads, railways and watercourses"), self.crossings)
        form.addRow(self.signs)
        layout.addLayout(form)
        # An example number says more than the pattern's placeholders.
        example = marker_number("SK", "WQT", 1, "post", settings.survey.number_pattern)
        note = QLabel(tr("Designed markers go into the markers table with the status “designed”, numbered "
                         "clockwise from the north-western-most vertex (for example {example}). A zone whose markers "
                         "are all still designed is redesigned; a zone with markers in the field is left as it is.")
                      .format(example=example))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        add_help_button(self, self.buttons, "design")
        layout.addWidget(self.buttons)
        self.crossings.layerChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.signs.setEnabled(self.crossings.currentLayer() is not None)

    def scope(self) -> str:
        return SCOPES[self.scope_buttons.checkedId()]

    def crossings_layer(self) -> Optional[QgsVectorLayer]:
        return self.crossings.currentLayer()

    def signs_at_crossings(self) -> bool:
        return self.signs.isEnabled() and self.signs.isChecked()
