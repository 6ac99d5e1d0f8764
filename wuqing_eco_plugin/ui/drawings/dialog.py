# SPDX-License-Identifier: GPL-2.0-or-later
"""The review-drawing dialog: which towns, which paper, version, number, folder, QA gate; then
the progress of the export, which runs while the dialog (and QGIS) stay usable."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional, Sequence

from qgis.core import Qgis, QgsMapLayerProxyModel, QgsSettings, QgsVectorLayer
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.drawings.sheet import DEFAULT_PAGE, DEFAULT_QA, PAGE_FORMATS, QA_MODES, default_number_prefix
from ...services.drawings.plan import DrawingOptions
from ...toolbelt.i18n import tr, ui_language
from ...toolbelt.messages import open_folder
from ...toolbelt.settings import DRAWINGS_FOLDER, DRAWINGS_PAGE, DRAWINGS_QA
from ..help import add_help_button


class DrawingDialog(QDialog):
    """Emits ``export_requested`` when the user asks for the export; the caller runs it and reports
    back through :meth:`set_running`, :meth:`show_progress` and :meth:`show_done`."""

    export_requested = pyqtSignal()
    cancel_requested = pyqtSignal()

    def __init__(self, towns: Sequence[str], markers: Optional[QgsVectorLayer] = None,
                 overlaps: Optional[QgsVectorLayer] = None, approved: Optional[QgsVectorLayer] = None,
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Red- and yellow-line review drawings"))
        self.running = False
        lang = ui_language()
        settings = QgsSettings()

        self.towns = QListWidget()
        for name in towns:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            self.towns.addItem(item)
        self.towns.itemChanged.connect(self._validate)
        all_button, none_button = QPushButton(tr("All")), QPushButton(tr("None"))
        all_button.clicked.connect(lambda: self.check_all(True))
        none_button.clicked.connect(lambda: self.check_all(False))
        self.count_label = QLabel()
        town_buttons = QHBoxLayout()
        for w in (all_button, none_button, self.count_label):
            town_buttons.addWidget(w)
        town_buttons.addStretch()
        town_box = QGroupBox(tr("Towns and streets"))
        town_layout = QVBoxLayout(town_box)
        town_layout.addWidget(self.towns)
        town_layout.addLayout(town_buttons)

        self.page = QComboBox()
        for fmt in PAGE_FORMATS:
            self.page.addItem(fmt.label(lang), fmt.code)
        self.page.setCurrentIndex(max(0, self.page.findData(DRAWINGS_PAGE.read(settings) or DEFAULT_PAGE)))
        self.version = QLineEdit("1.0")
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.prefix = QLineEdit()
        self.prefix.setPlaceholderText(default_number_prefix(dt.date.today().year))
        self.folder = QgsFileWidget()
        self.folder.setStorageMode(QgsFileWidget.GetDirectory)
        self.folder.setFilePath(DRAWINGS_FOLDER.read(settings))
        self.folder.fileChanged.connect(self._validate)
        self.qa = QComboBox()
        for mode in QA_MODES:
            self.qa.addItem(mode.label(lang), mode.code)
        self.qa.setCurrentIndex(max(0, self.qa.findData(DRAWINGS_QA.read(settings) or DEFAULT_QA)))
        self.markers = self._layer_combo(QgsMapLayerProxyModel.PointLayer, markers)
        self.overlaps = self._layer_combo(QgsMapLayerProxyModel.PolygonLayer, overlaps)
        self.approved = self._layer_combo(QgsMapLayerProxyModel.PolygonLayer, approved)

        form = QFormLayout()
        form.addRow(tr("Page"), self.page)
        form.addRow(tr("Version"), self.version)
        form.addRow(tr("Date"), self.date)
        form.addRow(tr("Drawing number prefix"), self.prefix)
        form.addRow(tr("Output folder"), self.folder)
        form.addRow(tr("QA gate"), self.qa)
        form.addRow(tr("Boundary markers"), self.markers)
        form.addRow(tr("Overlap pieces"), self.overlaps)
        form.addRow(tr("Approved construction land"), self.approved)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # After an export: what went wrong in full (not only in the log), and the folder to open.
        self.warnings = QPlainTextEdit()
        self.warnings.setReadOnly(True)
        self.warnings.setMaximumHeight(120)
        self.warnings.setVisible(False)
        self.warnings_button = QPushButton()
        self.warnings_button.setCheckable(True)
        self.warnings_button.setVisible(False)
        self.warnings_button.toggled.connect(self.warnings.setVisible)
        self.open_button = QPushButton(tr("Open folder"))
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(lambda: open_folder(self.folder.filePath()))
        result_row = QHBoxLayout()
        result_row.addWidget(self.status, 1)
        result_row.addWidget(self.warnings_button)
        result_row.addWidget(self.open_button)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(tr("Close"), QDialogButtonBox.RejectRole)  # Qt's own label may be untranslated
        self.export_button = self.buttons.addButton(tr("Export"), QDialogButtonBox.AcceptRole)
        self.cancel_button = self.buttons.addButton(tr("Cancel export"), QDialogButtonBox.ActionRole)
        self.cancel_button.setEnabled(False)
        self.export_button.clicked.connect(self._export)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.buttons.rejected.connect(self.close)
        add_help_button(self, self.buttons, "drawings")

        body = QHBoxLayout()
        body.addWidget(town_box, 1)
        body.addLayout(form, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.progress)
        layout.addLayout(result_row)
        layout.addWidget(self.warnings)
        layout.addWidget(self.buttons)
        self._validate()

    def _layer_combo(self, filters, layer: Optional[QgsVectorLayer]) -> QgsMapLayerComboBox:
        combo = QgsMapLayerComboBox()
        combo.setFilters(filters)
        combo.setAllowEmptyLayer(True)
        combo.setLayer(layer)
        return combo

    # accessors -------------------------------------------------------------------------------
    def check_all(self, checked: bool) -> None:
        for i in range(self.towns.count()):
            self.towns.item(i).setCheckState(Qt.Checked if checked else Qt.Unchecked)

    def selected_towns(self) -> list[str]:
        return [self.towns.item(i).text() for i in range(self.towns.count())
                if self.towns.item(i).checkState() == Qt.Checked]

    def town_names(self) -> list[str]:
        """What the export takes: empty when every town is chosen (all towns, in their order)."""
        chosen = self.selected_towns()
        return [] if len(chosen) == self.towns.count() else chosen

    def output_folder(self) -> Optional[Path]:
        text = self.folder.filePath().strip()
        return Path(text) if text else None

    def options(self) -> DrawingOptions:
        return DrawingOptions(page=self.page.currentData(), version=self.version.text().strip() or "1.0",
                              date=self.date.date().toPyDate(), number_prefix=self.prefix.text().strip(),
                              qa_mode=self.qa.currentData())

    def optional_layers(self) -> tuple:
        return self.markers.currentLayer(), self.overlaps.currentLayer(), self.approved.currentLayer()

    # state -----------------------------------------------------------------------------------
    def _validate(self, *_args) -> None:
        chosen = len(self.selected_towns())
        self.count_label.setText(tr("{n} of {total} chosen").format(n=chosen, total=self.towns.count()))
        self.export_button.setEnabled(not self.running and chosen > 0 and self.output_folder() is not None)

    def _export(self) -> None:
        settings = QgsSettings()
        DRAWINGS_FOLDER.write(str(self.output_folder() or ""), settings)
        DRAWINGS_PAGE.write(self.page.currentData(), settings)
        DRAWINGS_QA.write(self.qa.currentData(), settings)
        self.export_requested.emit()

    def set_running(self, running: bool) -> None:
        self.running = running
        for widget in (self.towns, self.page, self.version, self.date, self.prefix, self.folder, self.qa,
                       self.markers, self.overlaps, self.approved):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        if running:
            self.progress.setValue(0)
        self._validate()

    def show_progress(self, done: int, total: int, town: str) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))
        self.status.setText(tr("{done} of {total}: {town}").format(done=done, total=total, town=town))

    def show_done(self, text: str, level: int = Qgis.Info, warnings: Sequence[str] = (), written: bool = False) -> None:
        """The outcome: green when clean, amber with warnings or refusals, red when it failed."""
        colour = {Qgis.Success: "#2e7d32", Qgis.Warning: "#b36b00", Qgis.Critical: "#b00020"}.get(level, "")
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self.status.setText(text)
        self.warnings.setPlainText("\n".join(warnings))
        self.warnings_button.setText(tr("{n} warnings").format(n=len(warnings)))
        self.warnings_button.setVisible(bool(warnings))
        self.warnings_button.setChecked(False)
        self.warnings.setVisible(False)
        self.open_button.setVisible(written)
