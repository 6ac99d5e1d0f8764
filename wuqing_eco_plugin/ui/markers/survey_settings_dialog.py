# SPDX-License-Identifier: GPL-2.0-or-later
"""Settings of the boundary-marker tools: design, check tolerances, numbering, survey tool."""
from __future__ import annotations

from dataclasses import replace

from qgis.gui import QgsDoubleSpinBox, QgsSpinBox
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.markers.vocabulary import (
    MARKER_KINDS,
    PatternError,
    SurveyDefaults,
    marker_number,
    validate_pattern,
)
from ...services.markers.survey_settings import SurveySettings
from ...toolbelt.i18n import QT_TR_NOOP, tr, ui_language
from ..help import add_help_button

METRES = " m"  # replaced by the translated unit when a dialog is built

PATTERN_ERRORS = {
    "syntax": QT_TR_NOOP("Unbalanced braces"),
    "unknown_field": QT_TR_NOOP("Only {type}, {feature} and {seq} may be used"),
    "no_seq": QT_TR_NOOP("The pattern needs {seq}, for example {seq:04d}"),
    "bad_seq_format": QT_TR_NOOP("{seq} needs a number format such as {seq:04d}"),
}


def double_box(value: float, low: float, high: float, decimals: int, suffix: str) -> QgsDoubleSpinBox:
    box = QgsDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setSuffix(" " + tr("m") if suffix == METRES else suffix)
    box.setValue(value)
    return box


def spacing_box(value: float) -> QgsDoubleSpinBox:
    """Maximum spacing of markers along a boundary (m)."""
    return double_box(value, 1, 5000, 1, METRES)


def angle_box(value: float) -> QgsDoubleSpinBox:
    """Turning angle that needs a marker (degrees)."""
    return double_box(value, 0, 179.9, 1, "°")


def distance_box(value: float) -> QgsDoubleSpinBox:
    """A survey distance: the warning distance or the tolerance (m, to the millimetre)."""
    return double_box(value, 0, 100, 3, METRES)


def tolerance_problem(warning: QgsDoubleSpinBox, tolerance: QgsDoubleSpinBox) -> str:
    """Why the two distances cannot be used, in the user's language; empty when they can."""
    return tr("The warning distance must not exceed the tolerance") if warning.value() > tolerance.value() else ""


class SurveySettingsDialog(QDialog):
    def __init__(self, settings: SurveySettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Boundary marker settings"))
        self.setMinimumWidth(460)
        s = settings.survey
        self.spacing = spacing_box(s.max_spacing_m)
        self.angle = angle_box(s.turn_angle_deg)
        self.warning = distance_box(s.warning_m)
        self.tolerance = distance_box(s.tolerance_m)
        self.pattern = QLineEdit(s.number_pattern)
        self.example = QLabel()
        self.surveyor = QLineEdit(settings.surveyor)
        self.snap = QgsSpinBox()
        self.snap.setRange(1, 100)
        self.snap.setSuffix(" px")
        self.snap.setValue(settings.snap_pixels)
        self.kind = QComboBox()
        for code in MARKER_KINDS:
            self.kind.addItem(code.label(ui_language()), code.code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(settings.new_marker_kind)))
        self.signs = QCheckBox(tr("Also place signboards at crossings"))
        self.signs.setChecked(settings.signs_at_crossings)

        design = QFormLayout()
        design.addRow(tr("Maximum spacing along the boundary"), self.spacing)
        design.addRow(tr("Turning angle that needs a marker"), self.angle)
        design.addRow(self.signs)
        design.addRow(tr("Numbering pattern"), self.pattern)
        design.addRow("", self.example)
        check = QFormLayout()
        check.addRow(tr("Warning above"), self.warning)
        check.addRow(tr("Tolerance: fail above"), self.tolerance)
        tool = QFormLayout()
        tool.addRow(tr("Surveyor"), self.surveyor)
        tool.addRow(tr("Kind of new markers"), self.kind)
        tool.addRow(tr("Snapping tolerance"), self.snap)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.Ok | QDialogButtonBox.Cancel | QDialogButtonBox.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        add_help_button(self, self.buttons, "settings")
        self.buttons.button(QDialogButtonBox.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        for title, form in ((tr("Design"), design), (tr("Checks"), check), (tr("Survey tool"), tool)):
            box = QGroupBox(title)
            box.setLayout(form)
            layout.addWidget(box)
        layout.addWidget(self.buttons)
        for widget in (self.pattern,):
            widget.textChanged.connect(self.validate)
        for box in (self.warning, self.tolerance):
            box.valueChanged.connect(self.validate)
        self.validate()

    def problem(self) -> str:
        """What stops OK, in the user's language; empty when the values can be saved."""
        try:
            validate_pattern(self.pattern.text())
        except PatternError as exc:
            return tr(PATTERN_ERRORS[exc.code])
        return tolerance_problem(self.warning, self.tolerance)

    def validate(self) -> None:
        problem = self.problem()
        if not problem:
            self.example.setText(tr("Example: {}").format(marker_number("SK", "WQT", 1, "post", self.pattern.text())))
        self.example.setText(problem or self.example.text())
        self.example.setStyleSheet("color: #b00020;" if problem else "")
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not problem)

    def restore_defaults(self) -> None:
        d = SurveyDefaults()
        self.spacing.setValue(d.max_spacing_m)
        self.angle.setValue(d.turn_angle_deg)
        self.warning.setValue(d.warning_m)
        self.tolerance.setValue(d.tolerance_m)
        self.pattern.setText(d.number_pattern)
        self.snap.setValue(SurveySettings().snap_pixels)
        self.kind.setCurrentIndex(0)
        self.signs.setChecked(False)

    def settings(self, base: SurveySettings) -> SurveySettings:
        survey = SurveyDefaults(self.angle.value(), self.spacing.value(), self.warning.value(), self.tolerance.value(),
                                self.pattern.text())
        return replace(base, survey=survey, surveyor=self.surveyor.text().strip(), snap_pixels=self.snap.value(),
                       signs_at_crossings=self.signs.isChecked(), new_marker_kind=self.kind.currentData())
