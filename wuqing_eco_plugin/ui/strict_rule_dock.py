# SPDX-License-Identifier: GPL-2.0-or-later
"""The 从严管控 dock: overlaps, “what applies here?” and project screening, one tab each."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtWidgets import QDockWidget, QFileDialog, QTabWidget, QWidget

from ..toolbelt.i18n import tr
from .overlap_panel import OverlapPanel
from .point_panel import PointPanel
from .screening_panel import ScreeningPanel

DOCK_OBJECT = "wuqing_eco_strict_rule_dock"
LAST_PDF_DIR_KEY = "wuqing_eco/last_pdf_dir"


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
    start = str(Path(QgsSettings().value(LAST_PDF_DIR_KEY, str(Path.home()))) / suggested)
    name, _ = QFileDialog.getSaveFileName(parent, tr("Save the screening summary"), start, tr("PDF (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    QgsSettings().setValue(LAST_PDF_DIR_KEY, str(path.parent))
    return path
