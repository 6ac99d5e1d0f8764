# SPDX-License-Identifier: GPL-2.0-or-later
"""The ledger panel (``ledger_panel.ui``): counts, filters, search and the table of every case.

It only shows and asks: double-click (or the zoom button) emits :attr:`LedgerPanel.zoom_requested`,
the status button :attr:`LedgerPanel.status_change_requested`; the feature acts on them.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional, Sequence

from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, QModelIndex, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QHeaderView, QWidget

from ...domain.categories import CATEGORIES, SEVERITIES
from ...domain.codes import CodeTable
from ...domain.departments import DEPARTMENTS
from ...domain.ledger.cases import CASE_STATUSES
from ...domain.ledger.emergencies import ReportTimes
from ...domain.ledger.filters import LedgerFilter, counts
from ...domain.ledger.rows import CaseRow
from ...toolbelt.i18n import tr, ui_language
from ..screen import compact_combos, widen_list
from .model import LedgerModel, LedgerProxy

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))


class LedgerPanel(QWidget, FORM):
    zoom_requested = pyqtSignal(object)  # CaseRow
    status_change_requested = pyqtSignal(object)  # CaseRow
    emergency_requested = pyqtSignal(object)  # CaseRow
    refresh_requested = pyqtSignal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.lang = ui_language()
        self.model = LedgerModel(self)
        self.proxy = LedgerProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tableView.setModel(self.proxy)
        self.tableView.sortByColumn(0, Qt.DescendingOrder)
        # Interactive: ResizeToContents let the longest description set the panel's width; long texts
        # are elided and read in full in their tooltips.
        self.tableView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tableView.horizontalHeader().setDefaultSectionSize(120)
        self._fill_code_combo(self.statusCombo, CASE_STATUSES)
        self._fill_code_combo(self.departmentCombo, DEPARTMENTS)
        self._fill_code_combo(self.categoryCombo, CATEGORIES)
        self._fill_code_combo(self.severityCombo, SEVERITIES)
        for text, value in ((tr("All"), None), (tr("Overdue only"), True), (tr("Not overdue"), False)):
            self.overdueCombo.addItem(text, value)
        today = QDate.currentDate()
        self.dateFromEdit.setDate(QDate(today.year(), 1, 1))
        self.dateToEdit.setDate(today)
        self._counts = counts([], dt.date.today())  # of all rows: only 'shown' follows the filter
        self.countsLabel.setWordWrap(True)
        compact_combos(self)
        self._connect()
        self._update_counts()

    def _fill_code_combo(self, combo: QComboBox, table: CodeTable) -> None:
        combo.addItem(tr("All"), None)
        for entry in table:
            combo.addItem(entry.label(self.lang), entry.code)

    def _connect(self) -> None:
        for combo in (self.statusCombo, self.departmentCombo, self.townCombo, self.zoneCombo, self.categoryCombo,
                      self.severityCombo, self.overdueCombo, self.batchCombo):
            combo.currentIndexChanged.connect(self.apply_filter)
        for signal in (self.searchEdit.textChanged, self.dateFromEdit.dateChanged, self.dateToEdit.dateChanged,
                       self.dateFromCheck.toggled, self.dateToCheck.toggled):
            signal.connect(self.apply_filter)
        self.dateFromCheck.toggled.connect(self.dateFromEdit.setEnabled)
        self.dateToCheck.toggled.connect(self.dateToEdit.setEnabled)
        self.tableView.doubleClicked.connect(self._double_clicked)
        self.tableView.selectionModel().selectionChanged.connect(self._selection_changed)
        self.zoomButton.clicked.connect(lambda: self._emit_for_current(self.zoom_requested))
        self.changeStatusButton.clicked.connect(lambda: self._emit_for_current(self.status_change_requested))
        self.emergencyButton.clicked.connect(lambda: self._emit_for_current(self.emergency_requested))
        self.clearFiltersButton.clicked.connect(self.clear_filters)
        self.refreshButton.clicked.connect(self.refresh_requested.emit)
        self._selection_changed()

    # -- data ---------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[CaseRow], zones: Sequence[tuple[str, str]] = (),
                 today: dt.date | None = None, now: dt.datetime | None = None,
                 times: ReportTimes | None = None) -> None:
        """Show ``rows``; ``zones`` are (zone_uid, label) pairs for the zone filter; ``now`` and ``times``
        say when emergency reports are due."""
        keep = self.current_row().record_uid if self.current_row() else None
        self.model.set_rows(rows, today, now, times)
        self._counts = counts(self.model.rows, self.model.today)
        self._fill_values(self.townCombo, [(t, t) for t in sorted({r.town for r in rows if r.town})])
        self._fill_values(self.zoneCombo, list(zones))
        self._fill_values(self.batchCombo, [(b, b) for b in sorted({r.clue_batch for r in rows if r.clue_batch})])
        self.apply_filter()
        self.tableView.resizeColumnsToContents()
        for col in range(self.proxy.columnCount()):
            self.tableView.setColumnWidth(col, min(self.tableView.columnWidth(col), 240))
        if keep:
            self.select(keep)

    def _fill_values(self, combo: QComboBox, values: Sequence[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("All"), None)
        for value, label in values:
            combo.addItem(label, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        widen_list(combo)

    # -- filtering ----------------------------------------------------------------------------------
    def criteria(self) -> LedgerFilter:
        return LedgerFilter(
            status=self.statusCombo.currentData(),
            department=self.departmentCombo.currentData(),
            town=self.townCombo.currentData(),
            zone=self.zoneCombo.currentData(),
            category=self.categoryCombo.currentData(),
            severity=self.severityCombo.currentData(),
            overdue=self.overdueCombo.currentData(),
            date_from=self.dateFromEdit.date().toPyDate() if self.dateFromCheck.isChecked() else None,
            date_to=self.dateToEdit.date().toPyDate() if self.dateToCheck.isChecked() else None,
            text=self.searchEdit.text(),
            batch=self.batchCombo.currentData(),
        )

    def apply_filter(self) -> None:
        self.proxy.set_filter(self.criteria())
        self._update_counts()
        self._selection_changed()

    def clear_filters(self) -> None:
        for combo in (self.statusCombo, self.departmentCombo, self.townCombo, self.zoneCombo, self.categoryCombo,
                      self.severityCombo, self.overdueCombo, self.batchCombo):
            combo.setCurrentIndex(0)
        self.dateFromCheck.setChecked(False)
        self.dateToCheck.setChecked(False)
        self.searchEdit.clear()

    def set_choice(self, combo: QComboBox, value) -> None:
        combo.setCurrentIndex(combo.findData(value))

    def _update_counts(self) -> None:
        c = self._counts
        self.countsLabel.setText(tr("{total} cases · {open} open · {overdue} overdue · {closed} closed · "
                                    "{dismissed} dismissed · {shown} shown").format(
            total=c.total, open=c.open, overdue=c.overdue, closed=c.closed, dismissed=c.dismissed,
            shown=self.proxy.rowCount()))

    # -- selection ----------------------------------------------------------------------------------
    def current_row(self) -> Optional[CaseRow]:
        indexes = self.tableView.selectionModel().selectedRows() if self.tableView.selectionModel() else []
        return self.proxy.row_at(indexes[0]) if indexes else None

    def select(self, record_uid: str) -> bool:
        for i in range(self.proxy.rowCount()):
            index = self.proxy.index(i, 0)
            if self.proxy.row_at(index).record_uid == record_uid:
                self.tableView.selectRow(i)
                return True
        return False

    def _selection_changed(self, *args) -> None:
        row = self.current_row()
        self.zoomButton.setEnabled(row is not None)
        self.changeStatusButton.setEnabled(row is not None and not row.terminal)
        # A greyed button says why.
        self.changeStatusButton.setToolTip(
            tr("Select a case in the table first") if row is None
            else tr("This case is closed: its status cannot change any more") if row.terminal
            else tr("Record the next step of this case"))
        self.emergencyButton.setEnabled(row is not None)

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index)
        if row is not None:
            self.zoom_requested.emit(row)

    def _emit_for_current(self, signal) -> None:
        row = self.current_row()
        if row is not None:
            signal.emit(row)
