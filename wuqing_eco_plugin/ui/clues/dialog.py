# SPDX-License-Identifier: GPL-2.0-or-later
"""The dialog that imports a batch of monitoring clues (``dialog.ui``): screen them, look at the
verdicts, towns and areas, then register the cases and write the towns' verification checklists.

It only shows and asks: screening, registration and checklists are the callables it is given
(the feature runs them over the project's data); a refusal is shown and nothing is lost.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, Optional, Sequence

from qgis.core import QgsMapLayerProxyModel, QgsVectorLayer
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QDialog, QFileDialog, QTableWidgetItem, QWidget

from ...domain.clues.verdicts import CLUE_FLAGS
from ...domain.errors import WuqingError
from ...domain.overlaps.screening import VERDICTS
from ...services.clues.cases import Registration
from ...services.clues.checklist import Checklist
from ...services.clues.screening import ScreenedClue
from ...toolbelt.i18n import QT_TR_NOOP, tr, ui_language

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
VERDICT_COLORS = {"prohibited": QColor(176, 0, 32), "needs_approval": QColor(180, 120, 0)}
COLUMNS = (QT_TR_NOOP("Clue number"), QT_TR_NOOP("Verdict"), QT_TR_NOOP("Town or street"), QT_TR_NOOP("Red (m²)"),
           QT_TR_NOOP("Yellow (m²)"), QT_TR_NOOP("Approved (m²)"), QT_TR_NOOP("Note"))

Screen = Callable[[QgsVectorLayer, str, bool], list[ScreenedClue]]
Register = Callable[[Sequence[ScreenedClue], str, dt.datetime, str], Registration]
Checklists = Callable[[Sequence[ScreenedClue], Path, str], list[Checklist]]


def choose_folder(parent: QWidget | None, start: str) -> str:
    """Ask for the checklists' folder (a module function so tests can answer it)."""
    return QFileDialog.getExistingDirectory(parent, tr("Folder of the verification checklists"), start)


class CluesDialog(QDialog, FORM):
    def __init__(self, screen: Screen, register: Register, checklists: Checklists, folder: str = "",
                 by: str = "", now: Callable[[], dt.datetime] = dt.datetime.now, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self._screen, self._register, self._checklists, self.folder = screen, register, checklists, folder
        self.lang = ui_language()
        self.results: list[ScreenedClue] = []
        self.registration: Optional[Registration] = None
        self.written: list[Checklist] = []
        self.layerCombo.setFilters(QgsMapLayerProxyModel.PointLayer | QgsMapLayerProxyModel.PolygonLayer)
        self.layerCombo.layerChanged.connect(self.idCombo.setLayer)
        self.idCombo.setLayer(self.layerCombo.currentLayer())
        self.coordinatesCombo.addItem(tr("As the layer's CRS says"), False)
        self.coordinatesCombo.addItem(tr("GCJ-02 longitude and latitude (internet maps): convert them"), True)
        start = now().replace(second=0, microsecond=0)
        self.receivedEdit.setDateTime(QDateTime(QDate(start.year, start.month, start.day),
                                                QTime(start.hour, start.minute)))
        self.byEdit.setText(by)
        self.previewTable.setColumnCount(len(COLUMNS))
        self.previewTable.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.screenButton.clicked.connect(self.screen)
        self.createButton.clicked.connect(self.register)
        self.checklistButton.clicked.connect(self._choose_checklists)
        self.buttonBox.rejected.connect(self.reject)
        self.layerCombo.layerChanged.connect(self._forget)
        self._buttons()

    # -- steps --------------------------------------------------------------------------------------
    def screen(self) -> None:
        layer, field = self.layerCombo.currentLayer(), self.idCombo.currentField()
        self._forget()
        if layer is None:
            self.errorLabel.setText(tr("Choose the layer of the clues"))
            return
        try:
            self.results = self._screen(layer, field, bool(self.coordinatesCombo.currentData()))
        except WuqingError as exc:
            self.errorLabel.setText(str(exc))
            return
        self._fill()
        self._buttons()

    def register(self) -> Optional[Registration]:
        try:
            self.registration = self._register(self.results, self.batchEdit.text().strip(), self.received(),
                                               self.byEdit.text().strip())
        except WuqingError as exc:
            self.errorLabel.setText(str(exc))
            return None
        r = self.registration
        numbers = "、".join(s.record_no for s in r.created) or "-"
        self.errorLabel.clear()
        self.summaryLabel.setText(tr("{created} cases registered ({numbers}); {skipped} clues were registered "
                                     "already; {na} open no case; {flagged} flagged, not registered").format(
            created=len(r.created), numbers=numbers, skipped=len(r.skipped), na=len(r.not_applicable),
            flagged=len(r.flagged)))
        self._buttons()
        return r

    def write_checklists(self, folder: Path) -> list[Checklist]:
        try:
            self.written = self._checklists(self.results, folder, self.batchEdit.text().strip())
        except WuqingError as exc:
            self.errorLabel.setText(str(exc))
            return []
        self.folder = str(folder)
        self.summaryLabel.setText(tr("Checklists written for {n} towns into {folder}").format(
            n=len(self.written), folder=folder))
        return self.written

    def _choose_checklists(self) -> None:
        folder = choose_folder(self, self.folder)
        if folder:
            self.write_checklists(Path(folder))

    # -- display ------------------------------------------------------------------------------------
    def received(self) -> dt.datetime:
        return self.receivedEdit.dateTime().toPyDateTime().replace(second=0, microsecond=0)

    def _forget(self, *args) -> None:
        self.results, self.registration = [], None
        self.previewTable.setRowCount(0)
        self.summaryLabel.clear()
        self.errorLabel.clear()
        self._buttons()

    def _buttons(self) -> None:
        self.createButton.setEnabled(any(r.verdict.opens_case for r in self.results) and self.registration is None)
        self.checklistButton.setEnabled(bool(self.results))

    def _fill(self) -> None:
        table = self.previewTable
        table.setSortingEnabled(False)
        table.setRowCount(len(self.results))
        counts: dict[str, int] = {}
        for i, result in enumerate(self.results):
            v, s = result.verdict, result.verdict.screening
            label = VERDICTS.label(v.verdict, self.lang) if v.verdict else CLUE_FLAGS.label(v.flag, self.lang)
            counts[label] = counts.get(label, 0) + 1
            towns = "、".join(v.towns) if v.towns else ""
            areas = (s.red_m2, s.yellow_m2, s.approved_m2) if s else (None, None, None)
            cells = [v.clue_id, label, towns, *areas, result.note_text(self.lang)]
            for c, value in enumerate(cells):
                item = QTableWidgetItem()
                item.setData(Qt.DisplayRole, round(value, 1) if isinstance(value, float) else value or "")
                if v.verdict in VERDICT_COLORS or v.flag:
                    item.setForeground(VERDICT_COLORS.get(v.verdict, QColor(120, 120, 120)))
                table.setItem(i, c, item)
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()
        self.summaryLabel.setText(tr("{n} clues screened: {counts}").format(
            n=len(self.results), counts="；".join(f"{k} {n}" for k, n in counts.items())))

    def verdicts(self) -> dict[str, Optional[str]]:
        """clue number → verdict code (None when flagged), as screened."""
        return {r.verdict.clue_id: r.verdict.verdict for r in self.results}
