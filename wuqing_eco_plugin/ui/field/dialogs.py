# SPDX-License-Identifier: GPL-2.0-or-later
"""The two field-work dialogs: export a package (purpose, towns, team, folder) and import one.

They only collect the choices and show progress and outcome; :class:`..feature.FieldFeature` does
the work when they ask for it.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional, Sequence

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

from ...domain.field.package import PURPOSES
from ...toolbelt.i18n import tr, ui_language
from ...toolbelt.settings import FIELD_FOLDER, FIELD_PATROL, RECORDED_BY


class _WorkDialog(QDialog):
    """A dialog that starts one piece of work and shows its progress and outcome."""

    def _work_rows(self, layout: QVBoxLayout, button_text: str) -> None:
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.run_button = self.buttons.addButton(button_text, QDialogButtonBox.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

    def set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running and self.ready())
        self.progress.setVisible(running)
        if running:
            self.progress.setValue(0)

    def show_progress(self, percent: float) -> None:
        self.progress.setValue(int(percent))
        QCoreApplication.processEvents()  # the work runs on the main thread: let the bar paint

    def show_done(self, text: str) -> None:
        self.result_label.setText(text)

    def ready(self) -> bool:
        return True


class PackageDialog(_WorkDialog):
    """Emits ``export_requested`` when the user asks for the package."""

    export_requested = pyqtSignal()

    def __init__(self, towns: Sequence[str], parent: Optional[QWidget] = None, today: Optional[dt.date] = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Export field package (QField)"))
        lang = ui_language()
        self.purpose_combo = QComboBox()
        for purpose in PURPOSES:
            self.purpose_combo.addItem(purpose.label(lang), purpose.code)
        self.towns = QListWidget()
        for name in towns:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.towns.addItem(item)
        self.towns.itemChanged.connect(self._validate)
        all_button, none_button = QPushButton(tr("All")), QPushButton(tr("None"))
        all_button.clicked.connect(lambda: self.check_all(True))
        none_button.clicked.connect(lambda: self.check_all(False))
        town_buttons = QHBoxLayout()
        town_buttons.addWidget(all_button)
        town_buttons.addWidget(none_button)
        town_buttons.addStretch()
        self.patrol_edit = QLineEdit(FIELD_PATROL.read() or RECORDED_BY.read())
        self.patrol_edit.setPlaceholderText(tr("e.g. the patrol team of the town"))
        self.folder_widget = QgsFileWidget()
        self.folder_widget.setStorageMode(QgsFileWidget.GetDirectory)
        parent_folder = Path(FIELD_FOLDER.read() or Path.home())
        self.folder_widget.setFilePath(str(parent_folder / f"wuqing_field_{(today or dt.date.today()):%Y%m%d}"))
        self.folder_widget.fileChanged.connect(self._validate)
        form = QFormLayout()
        form.addRow(tr("Purpose"), self.purpose_combo)
        form.addRow(tr("Towns and streets"), self.towns)
        form.addRow("", town_buttons)
        form.addRow(tr("Patrol or survey team"), self.patrol_edit)
        form.addRow(tr("Package folder (new or empty)"), self.folder_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self._work_rows(layout, tr("Export"))
        self.run_button.clicked.connect(self.export_requested)
        self._validate()

    def check_all(self, checked: bool) -> None:
        for i in range(self.towns.count()):
            self.towns.item(i).setCheckState(Qt.Checked if checked else Qt.Unchecked)

    def purpose(self) -> str:
        return self.purpose_combo.currentData()

    def town_names(self) -> list[str]:
        return [self.towns.item(i).text() for i in range(self.towns.count())
                if self.towns.item(i).checkState() == Qt.Checked]

    def patrol(self) -> str:
        return self.patrol_edit.text().strip()

    def folder(self) -> Path:
        return Path(self.folder_widget.filePath().strip())

    def ready(self) -> bool:
        return bool(self.town_names()) and bool(self.folder_widget.filePath().strip())

    def _validate(self, *_args) -> None:
        self.run_button.setEnabled(self.ready())
        if not self.town_names():
            self.result_label.setText(tr("Choose the towns the package is for."))
        elif self.result_label.text() == tr("Choose the towns the package is for."):
            self.result_label.clear()

    def remember(self) -> None:
        FIELD_PATROL.write(self.patrol())
        FIELD_FOLDER.write(str(self.folder().parent))


class SyncDialog(_WorkDialog):
    """Emits ``sync_requested``; shows the counts and the report of the sync."""

    sync_requested = pyqtSignal()

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Import field results (QField)"))
        self.folder_widget = QgsFileWidget()
        self.folder_widget.setStorageMode(QgsFileWidget.GetDirectory)
        self.folder_widget.setFilePath(FIELD_FOLDER.read())
        self.folder_widget.fileChanged.connect(lambda _p: self.run_button.setEnabled(self.ready()))
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setFont(QFont("Monospace"))
        self.report_view.setMinimumSize(560, 260)
        form = QFormLayout()
        form.addRow(tr("Field package (the folder copied back from the phone)"), self.folder_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.report_view)
        self._work_rows(layout, tr("Import"))
        self.run_button.clicked.connect(self.sync_requested)
        self.run_button.setEnabled(self.ready())

    def folder(self) -> Path:
        return Path(self.folder_widget.filePath().strip())

    def ready(self) -> bool:
        return bool(self.folder_widget.filePath().strip())

    def show_report(self, summary: str, text: str) -> None:
        self.show_done(summary)
        self.report_view.setPlainText(text)

    def remember(self) -> None:
        FIELD_FOLDER.write(str(self.folder().parent))
