# SPDX-License-Identifier: GPL-2.0-or-later
"""The ledger as a Qt table model, and a proxy that filters it with ``domain.ledger_filter``."""
from __future__ import annotations

import datetime as dt
from typing import Any, Optional, Sequence

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QColor

from ...domain.categories import CATEGORIES, SEVERITIES
from ...domain.departments import DEPARTMENTS
from ...domain.ledger.cases import CASE_STATUSES
from ...domain.ledger.emergencies import (
    DEFAULT_TIMES,
    EMERGENCY_KINDS,
    EmergencyState,
    ReportTimes,
    duration_text,
    emergency_state,
)
from ...domain.ledger.filters import LedgerFilter
from ...domain.ledger.rows import CaseRow
from ...toolbelt.i18n import QT_TR_NOOP, tr, ui_language

#: (key, heading) of the columns, in order.
COLUMNS = (
    ("record_no", QT_TR_NOOP("Record number")),
    ("discovered_at", QT_TR_NOOP("Discovered at")),
    ("status", QT_TR_NOOP("Status")),
    ("severity", QT_TR_NOOP("Severity")),
    ("category", QT_TR_NOOP("Category")),
    ("town", QT_TR_NOOP("Town or street")),
    ("zones", QT_TR_NOOP("Linked zones")),
    ("lead_department", QT_TR_NOOP("Lead department")),
    ("deadline", QT_TR_NOOP("Rectification deadline")),
    ("overdue", QT_TR_NOOP("Overdue")),
    ("emergency", QT_TR_NOOP("Emergency")),
)
ROW_ROLE = Qt.UserRole + 1  # the CaseRow of a row
SORT_ROLE = Qt.UserRole + 2
OVERDUE_COLOR = QColor(176, 0, 32)


class LedgerModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[CaseRow] = []
        self.today = dt.date.today()
        self.now = dt.datetime.now()
        self.times = DEFAULT_TIMES
        self._emergencies: list = []  # the EmergencyState of each row (None when not marked)
        self.lang = ui_language()
        # Per row: whether it is overdue, its cell texts and sort keys. Painting asks for them per
        # cell and sorting n·log n times, so they are made once here.
        self._overdue: list[bool] = []
        self._texts: list[list[str]] = []
        self._keys: list[list[Any]] = []

    def set_rows(self, rows: Sequence[CaseRow], today: dt.date | None = None, now: dt.datetime | None = None,
                 times: ReportTimes | None = None) -> None:
        """``now`` and ``times``: when emergency reports are due (default: now, the plugin's defaults)."""
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda r: r.record_no, reverse=True)  # newest first
        self.today = today or dt.date.today()
        self.now = now or dt.datetime.now()
        self.times = times or DEFAULT_TIMES
        self._emergencies = [emergency_state(row.values, self.now, self.times) for row in self.rows]
        self._overdue = [row.overdue(self.today) for row in self.rows]
        self._texts = [[self._display(row, key, late) for key, _ in COLUMNS]
                       for row, late in zip(self.rows, self._overdue)]
        for texts, state in zip(self._texts, self._emergencies):
            texts[-1] = self._emergency_text(state)
        self._keys = [[self._sort_key(row, key, late, text) for (key, _), text in zip(COLUMNS, texts)]
                      for row, late, texts in zip(self.rows, self._overdue, self._texts)]
        self.endResetModel()

    def _emergency_text(self, state: Optional[EmergencyState]) -> str:
        """The kind, then how long since the first report (or that it is due) and an overdue mark."""
        if state is None:
            return ""
        kind = EMERGENCY_KINDS.label(state.kind, self.lang)
        if state.final_report_at is not None:
            return tr("{kind} · final report in").format(kind=kind)
        if state.first_report_at is None:
            text = tr("{kind} · first report due {due}").format(kind=kind, due=state.next_due.strftime("%m-%d %H:%M"))
        else:
            text = tr("{kind} · {since} since the first report").format(
                kind=kind, since=duration_text(state.since_first(self.now), self.lang))
        return text + (" · " + tr("REPORT OVERDUE") if state.overdue else "")

    def priority(self, row: int) -> int:
        """2 an open emergency with a report overdue, 1 another open one, 0 the rest: they come first."""
        state = self._emergencies[row]
        return 0 if state is None or not state.open else 2 if state.overdue else 1

    def emergency(self, row: int) -> Optional[EmergencyState]:
        return self._emergencies[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section][1])
        return None

    def _display(self, row: CaseRow, key: str, overdue: bool) -> str:
        lang = self.lang
        if key == "discovered_at":
            return row.discovered_at.strftime("%Y-%m-%d %H:%M")
        if key == "status":
            return CASE_STATUSES.label(row.status, lang)
        if key == "severity":
            return SEVERITIES.label(row.severity, lang)
        if key == "category":
            return CATEGORIES.label(row.category, lang)
        if key == "zones":
            return row.zone_names or tr("Outside every zone")
        if key == "lead_department":
            return DEPARTMENTS.label(row.lead_department, lang)
        if key == "deadline":
            return row.deadline.isoformat() if row.deadline else ""
        if key == "overdue":
            return tr("Overdue") if overdue else ""
        if key == "emergency":
            return ""  # set from the row's report state in set_rows
        return str(getattr(row, key) or "")

    @staticmethod
    def _sort_key(row: CaseRow, key: str, overdue: bool, text: str) -> Any:
        if key == "discovered_at":
            return row.discovered_at.isoformat()
        if key == "severity":
            return SEVERITIES[row.severity].rank if row.severity in SEVERITIES else 0
        if key == "deadline":
            return row.deadline.isoformat() if row.deadline else "9999"
        if key == "overdue":
            return int(overdue)
        return text

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.DisplayRole:
            return self._texts[r][c]
        if role == Qt.ToolTipRole:  # the cell's full text, then the case's description
            text, description = self._texts[r][c], self.rows[r].description
            return f"{text}\n\n{description}" if description and description != text else text
        if role == Qt.ForegroundRole and (self._overdue[r] or self.priority(r) == 2):
            return OVERDUE_COLOR
        if role == ROW_ROLE:
            return self.rows[r]
        if role == SORT_ROLE:
            return self._keys[r][c]
        return None

    def row_at(self, index: QModelIndex) -> Optional[CaseRow]:
        return self.rows[index.row()] if index.isValid() else None


class LedgerProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.criteria = LedgerFilter()
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802 - Qt override
        """Open emergencies first (overdue ones before the others), whichever way a column is sorted."""
        model = self.sourceModel()
        a, b = model.priority(left.row()), model.priority(right.row())
        if a != b:
            return a > b if self.sortOrder() == Qt.AscendingOrder else a < b
        return super().lessThan(left, right)

    def set_filter(self, criteria: LedgerFilter) -> None:
        self.criteria = criteria
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        return self.criteria.matches(model.rows[source_row], model.today)

    def visible_rows(self) -> list[CaseRow]:
        return [self.data(self.index(i, 0), ROW_ROLE) for i in range(self.rowCount())]

    def row_at(self, index: QModelIndex) -> Optional[CaseRow]:
        return self.data(index, ROW_ROLE) if index.isValid() else None
