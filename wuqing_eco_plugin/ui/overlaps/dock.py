# SPDX-License-Identifier: GPL-2.0-or-later
"""The 从严管控 dock: overlaps, “what applies here?” and project screening, one tab each."""
from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtWidgets import QDockWidget, QTabWidget, QWidget

from ...toolbelt.i18n import tr
from ...toolbelt.settings import LAST_PDF_DIR
from ..data_dialogs import ask_save_path
from .overlap_panel import OverlapPanel
from .point_panel import PointPanel
from .screening_panel import ScreeningPanel

DOCK_OBJECT = "wuqing_eco_strict_rule_dock"


class StrictRuleDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Strictest rule (从严管控)"), parent)
        self.setObjectName(DOCK_OBJECT)
        self.tabs = QTabWidget(self)
        self.overlaps = OverlapPanel(self.tabs)
        self.point = PointPanel(self.tabs)
        self.screening = ScreeningPanel(self.tabs)
        self.tabs.addTab(self.overlaps, tr("Overlaps"))
        self.tabs.addTab(self.point, tr("What applies here?"))
        self.tabs.addTab(self.screening, tr("Project screening"))
        self.setWidget(self.tabs)

    def show_tab(self, panel: QWidget) -> None:
        self.show()
        self.raise_()
        self.tabs.setCurrentWidget(panel)


def choose_pdf_target(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save a PDF; None when cancelled."""
    return ask_save_path(parent, tr("Save the screening summary"), suggested, tr("PDF (*.pdf)"), ".pdf",
                         LAST_PDF_DIR)
