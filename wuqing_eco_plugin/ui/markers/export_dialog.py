# SPDX-License-Identifier: GPL-2.0-or-later
"""Export deliverables: for the chosen zones, the coordinate results table (CSV + PDF) and/or one
marker card (点之记) per marker, into a folder. OK needs a zone, a deliverable and a folder."""
from __future__ import annotations

from typing import Optional, Sequence

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...toolbelt.i18n import tr
from ...toolbelt.settings import SURVEY_EXPORT_DIR
from ..help import add_help_button


class ExportDialog(QDialog):
    def __init__(self, zones: Sequence[tuple[str, str, int]], parent: Optional[QWidget] = None,
                 checked: Sequence[str] = ()):
        """``zones``: (zone_uid, title, number of markers)."""
        super().__init__(parent)
        self.setWindowTitle(tr("Export coordinate tables and marker cards"))
        self.zones = QListWidget()
        # The zones selected on the map; with none selected (or a single zone), every zone.
        default = set(checked) if checked else {uid for uid, _, _ in zones}
        for uid, title, count in zones:
            item = QListWidgetItem(tr("{zone} — {n} markers").format(zone=title, n=count))
            item.setData(Qt.ItemDataRole.UserRole, uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if uid in default else Qt.CheckState.Unchecked)
            self.zones.addItem(item)
        self.all_button, self.none_button = QPushButton(tr("All")), QPushButton(tr("None"))
        self.all_button.clicked.connect(lambda: self.check_all(True))
        self.none_button.clicked.connect(lambda: self.check_all(False))
        pick_row = QHBoxLayout()
        pick_row.addWidget(QLabel(tr("Zones")), 1)
        pick_row.addWidget(self.all_button)
        pick_row.addWidget(self.none_button)
        self.table = QCheckBox(tr("Coordinate results table (CSV and PDF)"))
        self.table.setChecked(True)
        self.cards = QCheckBox(tr("Marker cards (one PDF per marker)"))
        self.folder = QgsFileWidget()
        self.folder.setStorageMode(QgsFileWidget.GetDirectory)
        self.folder.setFilePath(SURVEY_EXPORT_DIR.read())
        form = QFormLayout()
        form.addRow(self.table)
        form.addRow(self.cards)
        form.addRow(tr("Folder"), self.folder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        add_help_button(self, self.buttons, "export")
        layout = QVBoxLayout(self)
        layout.addLayout(pick_row)
        layout.addWidget(self.zones)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.zones.itemChanged.connect(lambda _i: self.validate())
        for box in (self.table, self.cards):
            box.toggled.connect(lambda _c: self.validate())
        self.folder.fileChanged.connect(lambda _p: self.validate())
        self.validate()

    def check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.zones.count()):
            self.zones.item(i).setCheckState(state)

    def chosen_zones(self) -> list[str]:
        return [self.zones.item(i).data(Qt.UserRole) for i in range(self.zones.count())
                if self.zones.item(i).checkState() == Qt.Checked]

    def folder_path(self) -> str:
        return self.folder.filePath()

    def validate(self) -> None:
        ok = bool(self.chosen_zones()) and (self.table.isChecked() or self.cards.isChecked()) and bool(
            self.folder_path())
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(ok)

    def _accept(self) -> None:
        SURVEY_EXPORT_DIR.write(self.folder_path())
        self.accept()
