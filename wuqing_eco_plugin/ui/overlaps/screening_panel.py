# SPDX-License-Identifier: GPL-2.0-or-later
"""Screening results: one row per footprint with the verdict, the areas and the reason."""
from __future__ import annotations

from typing import Sequence

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.overlaps.screening import VERDICTS
from ...services.overlaps.screening_report import ScreenedFootprint
from ...toolbelt.i18n import tr, ui_language

VERDICT_COLOURS = {"prohibited": QColor(255, 205, 205), "needs_approval": QColor(255, 236, 190),
                   "approved_land": QColor(215, 235, 255), "clear": QColor(215, 245, 215)}


class ScreeningPanel(QWidget):
    select_requested = pyqtSignal()
    draw_requested = pyqtSignal()
    export_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.footprints: list[ScreenedFootprint] = []
        self.summary = QLabel(tr("Select footprints on a polygon layer or draw one, then screen them."), self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([tr("Footprint"), tr("Verdict"), tr("Red-line zones (m²)"),
                                              tr("Yellow-line zones (m²)"), tr("Approved land (m²)"), tr("Reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        buttons = QHBoxLayout()
        self.select_button = QPushButton(tr("Screen selected"), self)
        self.draw_button = QPushButton(tr("Draw and screen"), self)
        self.export_button = QPushButton(tr("Export PDF summary…"), self)
        self.export_button.setEnabled(False)
        for button, signal in ((self.select_button, self.select_requested), (self.draw_button, self.draw_requested),
                               (self.export_button, self.export_requested)):
            button.clicked.connect(signal)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_footprints(self, footprints: Sequence[ScreenedFootprint]) -> None:
        self.footprints = list(footprints)
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
                if 2 <= col <= 4:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.summary.setText("；".join(f"{VERDICTS.label(v, lang)}：{n}" for v, n in counts.items())
                             or tr("Nothing screened."))
        self.export_button.setEnabled(bool(self.footprints))
