# SPDX-License-Identifier: GPL-2.0-or-later
"""The overlaps list: pieces sorted by area with totals; selecting one asks to zoom to it."""
from __future__ import annotations

from typing import Sequence

from qgis.PyQt.QtCore import QAbstractTableModel, QSortFilterProxyModel, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ...domain.departments import DEPARTMENTS
from ...domain.overlaps.pieces import OverlapRecord, totals
from ...domain.zones import LINE_CLASSES
from ...services.overlaps.analysis import labels, summary, zone_line
from ...toolbelt.i18n import tr, ui_language
from ..formats import area_text

RED_BRUSH = QBrush(QColor(255, 215, 215))
AMBER_BRUSH = QBrush(QColor(255, 236, 190))


class OverlapModel(QAbstractTableModel):
    """One row per piece; the sort role holds numbers so areas sort as numbers."""

    SORT_ROLE = Qt.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.records: list[OverlapRecord] = []
        self._keys: list[tuple] = []
        self._texts: list[tuple[str, ...]] = []
        # What a narrow dock shows first: which zones, which class, how big; the rest to the right.
        self.headers = [tr("Zones"), tr("Line class (strictest)"), tr("Area (m²)"), tr("Area (mu)"),
                        tr("Number of zones"), tr("Area (ha)"), tr("Departments involved")]

    def set_records(self, records: Sequence[OverlapRecord]) -> None:
        """Keep ``records`` with their sort keys and texts made once: sorting asks for them n·log n times."""
        self.beginResetModel()
        self.records = sorted(records, key=lambda r: -r.area_m2)
        lang = ui_language()
        self._keys = [(r.zone_names, LINE_CLASSES[r.line_class].rank if r.line_class else 0, r.area_m2, r.area_mu,
                       r.zone_count, r.area_ha, r.departments) for r in self.records]
        self._texts = [(zone_line(r, lang), LINE_CLASSES.label(r.line_class, lang), f"{r.area_m2:,.1f}",
                        f"{r.area_mu:,.2f}", str(r.zone_count), f"{r.area_ha:,.4f}",
                        labels(DEPARTMENTS, r.rule.departments, lang)) for r in self.records]
        self.endResetModel()

    def rowCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.records)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self.records[index.row()]
        col = index.column()
        if role == self.SORT_ROLE:
            return self._keys[index.row()][col]
        if role == Qt.DisplayRole:
            return self._texts[index.row()][col]
        if role == Qt.ToolTipRole:
            return summary(r, ui_language())
        if role == Qt.BackgroundRole:
            return RED_BRUSH if r.line_class == "red" else AMBER_BRUSH
        if role == Qt.TextAlignmentRole and col in (2, 3, 4, 5):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


class OverlapPanel(QWidget):
    """Emits ``piece_selected`` with the record of the row the user selects."""

    piece_selected = pyqtSignal(object)
    analyse_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = OverlapModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(OverlapModel.SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # largest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setResizeContentsPrecision(200)  # thousands of pieces: sample the widths
        self.details = QLabel(self)  # the selected piece in full: zones, rule, departments
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.totals = QLabel(tr("No overlap analysis yet."), self)
        self.totals.setWordWrap(True)
        self.run_button = QPushButton(tr("Analyse overlaps"), self)
        self.run_button.clicked.connect(self.analyse_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.run_button)

    def set_records(self, records: Sequence[OverlapRecord]) -> None:
        self.model.set_records(records)
        self.details.clear()
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 180))
        t = totals(records)
        if not t.count:
            self.totals.setText(tr("No place is covered by two or more zones."))
            return
        self.totals.setText(tr("{n} overlaps, {area} in total; strictest class red: {red:,.1f} m², "
                               "yellow only: {yellow:,.1f} m²").format(
            n=t.count, area=area_text(t.area_m2), red=t.red_m2, yellow=t.yellow_m2))

    def record_at(self, row: int) -> OverlapRecord:
        return self.model.records[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]

    def _selection_changed(self, *_args) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            record = self.record_at(rows[0].row())
            self.details.setText(summary(record, ui_language()))
            self.piece_selected.emit(record)
