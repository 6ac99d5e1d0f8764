# SPDX-License-Identifier: GPL-2.0-or-later
"""修改记录: a record's change history as a timeline, and 恢复到此版本.

Each version, newest first: who, when, with which application, and under it each field that
changed, from what to what, in the schema's field names and the code tables' labels. The log is
only read here: the dialog offers no way to change or delete an entry. Restoring writes the chosen
version back through ``restore`` (a new, logged change that the conflict rule applies to); a
refused restore says why, in the dialog.
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.audit import DELETE
from ...services.change_log import RestoreError, TimelineItem
from ...toolbelt.i18n import tr

#: restore(version) → a message saying what was written back; raises RestoreError when refused.
Restore = Callable[[int], str]


def confirm(parent: QWidget, text: str) -> bool:
    """Ask before writing an old version back (a module function so tests can answer it)."""
    return QMessageBox.question(parent, tr("Restore this version"), text) == QMessageBox.StandardButton.Yes


class HistoryDialog(QDialog):
    def __init__(self, title: str, items: Sequence[TimelineItem], restore: Optional[Restore],
                 reload: Optional[Callable[[], Sequence[TimelineItem]]] = None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Change history — {}").format(title))
        self._restore, self._reload = restore, reload
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("Version and change"), tr("From"), tr("To")])
        layout.addWidget(self.tree)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(tr("Restore this version"), self)
        self.restore_button.setToolTip(tr("Write the selected version back as a new change, logged like any other"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.tree.currentItemChanged.connect(self._selection_changed)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.set_items(items)

    def set_items(self, items: Sequence[TimelineItem]) -> None:
        self.items = list(items)
        self.tree.clear()
        for item in self.items:
            top = QTreeWidgetItem([item.title])
            top.setData(0, Qt.ItemDataRole.UserRole, item.entry.row_version)
            for label, old, new in item.changes:
                top.addChild(QTreeWidgetItem([label, old, new]))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        if not self.items:
            self.status.setText(tr("No change of this record is logged yet."))
        self._selection_changed()

    def current_version(self) -> Optional[int]:
        return self.items[0].entry.row_version if self.items else None

    def selected_version(self) -> Optional[int]:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def select_version(self, version: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            if self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == version:
                self.tree.setCurrentItem(self.tree.topLevelItem(i))
                return
        raise KeyError(version)

    def _selection_changed(self, *_args) -> None:
        version, current = self.selected_version(), self.current_version()
        deleted = any(i.entry.action == DELETE for i in self.items)
        self.restore_button.setEnabled(self._restore is not None and version is not None and current is not None
                                       and version < current and not deleted)

    def restore_selected(self) -> bool:
        version = self.selected_version()
        if version is None or self._restore is None or not self.restore_button.isEnabled():
            return False
        if not confirm(self, tr("Write version {n} back? It becomes a new version, logged like any other; the "
                                "versions in between stay in the history.").format(n=version)):
            return False
        try:
            message = self._restore(version)
        except RestoreError as exc:
            self.status.setText(str(exc))
            return False
        self.status.setText(message)
        if self._reload is not None:
            self.set_items(self._reload())
        return True
