# SPDX-License-Identifier: GPL-2.0-or-later
"""The conflict view: someone else saved the record first; field by field, yours or theirs.

One row per field where the user's value and the stored one differ: the field's name, the user's
value, the stored value with who stored it and when (from the change log), and a choice. By
default the user keeps what they changed and takes what only the other changed. Nothing is
saved by the dialog itself: the caller applies :meth:`choices` and saves again (the rules of the
record still apply to the result); cancelling keeps everything the user entered.
"""
from __future__ import annotations

from typing import Optional, Sequence

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.conflicts import MINE, STORED
from ...services.change_log import ConflictRow
from ...toolbelt.i18n import tr


def columns() -> tuple[str, ...]:
    return tr("Field"), tr("Your value"), tr("Stored value"), tr("Stored by"), tr("Keep")


class ConflictDialog(QDialog):
    def __init__(self, title: str, message: str, rows: Sequence[ConflictRow], parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.rows = list(rows)
        self._groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.table = QTableWidget(len(self.rows), len(columns()), self)
        self.table.setHorizontalHeaderLabels(columns())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for i, row in enumerate(self.rows):
            self._fill(i, row)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        self.note = QLabel(tr("Nothing is lost: cancel to keep your values in the form or edit session and decide "
                              "later."))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, min(600, 160 + 40 * len(self.rows)))

    def _fill(self, i: int, row: ConflictRow) -> None:
        for column, text in enumerate((row.label, row.mine, row.stored, row.changed)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(i, column, item)
        cell = QWidget(self.table)
        box = QHBoxLayout(cell)
        box.setContentsMargins(4, 0, 4, 0)
        group = QButtonGroup(cell)
        for choice, text in ((MINE, tr("Mine")), (STORED, tr("Stored"))):
            button = QRadioButton(text, cell)
            button.setProperty("choice", choice)
            button.setChecked(choice == row.conflict.default)
            group.addButton(button)
            box.addWidget(button)
        box.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self._groups[row.conflict.field] = group
        self.table.setCellWidget(i, 4, cell)

    # -- accessors ----------------------------------------------------------------------------------
    def fields(self) -> list[str]:
        return [r.conflict.field for r in self.rows]

    def choices(self) -> dict[str, str]:
        """field → ``mine`` or ``stored``."""
        return {name: group.checkedButton().property("choice") for name, group in self._groups.items()}

    def set_choice(self, field: str, choice: str) -> None:
        for button in self._groups[field].buttons():
            button.setChecked(button.property("choice") == choice)
