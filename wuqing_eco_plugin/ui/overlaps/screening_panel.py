# SPDX-License-Identifier: GPL-2.0-or-later
"""Screening results: one row per footprint with the verdict, the areas and the reason."""
from __future__ import annotations

from html import escape
from typing import Sequence

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.overlaps.screening import VERDICTS
from ...services.overlaps.screening_report import ScreenedFootprint
from ...toolbelt.i18n import tr, ui_language

VERDICT_COLOURS = {"prohibited": QColor(255, 205, 205), "needs_approval": QColor(255, 236, 190),
                   "approved_land": QColor(215, 235, 255), "clear": QColor(215, 245, 215)}


class ScreeningPanel(QWidget):
    """A narrow dock: the table keeps to one line per footprint (full texts in tooltips) and the
    selected footprint's verdict and reason are shown in full below it."""

    select_requested = pyqtSignal()
    draw_requested = pyqtSignal()
    export_requested = pyqtSignal()
    clear_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.footprints: list[ScreenedFootprint] = []
        self.summary = QLabel(tr("Select footprints on a polygon layer or draw one, then screen them."), self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([tr("Footprint"), tr("Verdict"), tr("Red-line zones (m²)"),
                                              tr("Yellow-line zones (m²)"), tr("Approved land (m²)"), tr("Reason")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.details = QTextBrowser(self)
        self.details.setPlaceholderText(tr("Select a footprint to read its verdict and reason."))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.table.itemSelectionChanged.connect(self._show_details)
        buttons = QHBoxLayout()
        self.select_button = QPushButton(tr("Screen selected"), self)
        self.draw_button = QPushButton(tr("Draw and screen"), self)
        self.export_button = QPushButton(tr("Export PDF summary…"), self)
        self.clear_button = QPushButton(tr("Clear"), self)
        self.clear_button.setToolTip(tr("Remove the screened footprints from the list and the map"))
        self.export_button.setEnabled(False)
        self.clear_button.setEnabled(False)
        for button, signal in ((self.select_button, self.select_requested), (self.draw_button, self.draw_requested),
                               (self.export_button, self.export_requested), (self.clear_button, self.clear_requested)):
            button.clicked.connect(signal)
            buttons.addWidget(button)
        self.clear_button.clicked.connect(lambda: self.set_footprints([]))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def set_footprints(self, footprints: Sequence[ScreenedFootprint]) -> None:
        """Show ``footprints`` after those screened before (Clear empties the list)."""
        self.footprints = list(self.footprints) + list(footprints) if footprints else []
        lang = ui_language()
        self.table.setRowCount(len(self.footprints))
        counts: dict[str, int] = {}
        for row, fp in enumerate(self.footprints):
            s = fp.result.screening
            counts[s.verdict] = counts.get(s.verdict, 0) + 1
            cells = (fp.label, VERDICTS.label(s.verdict, lang), f"{s.red_m2:,.1f}", f"{s.yellow_m2:,.1f}",
                     f"{s.approved_m2:,.1f}", fp.result.reason)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(VERDICT_COLOURS[s.verdict])
                item.setToolTip(text)
                if 2 <= col <= 4:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        for col in range(self.table.columnCount()):  # long verdicts and reasons are read below, not in a column
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 220))
        self.summary.setText(tr("; ").join(tr("{verdict}: {n}").format(verdict=VERDICTS.label(v, lang), n=n)
                                           for v, n in counts.items()) or tr("Nothing screened."))
        self.export_button.setEnabled(bool(self.footprints))
        self.clear_button.setEnabled(bool(self.footprints))
        if self.footprints:
            self.table.selectRow(len(self.footprints) - 1)
        else:
            self.details.clear()

    def _show_details(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        fp = self.footprints[rows[0].row()]
        s, lang = fp.result.screening, ui_language()
        colour = VERDICT_COLOURS[s.verdict].darker(160).name()
        parts = ((tr("Red-line zones"), s.red_m2), (tr("Yellow-line zones"), s.yellow_m2),
                 (tr("Approved land"), s.approved_m2))
        areas = "<br>".join(escape(tr("{what}: {m2:,.1f} m²").format(what=what, m2=m2)) for what, m2 in parts)
        self.details.setHtml(
            f"<p><b>{escape(fp.label)}</b></p>"
            f"<p><span style='color:{colour}'><b>{escape(VERDICTS.label(s.verdict, lang))}</b></span></p>"
            f"<p>{escape(fp.result.reason)}</p><p>{areas}</p>")
