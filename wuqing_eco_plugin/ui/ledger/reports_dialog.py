# SPDX-License-Identifier: GPL-2.0-or-later
"""The dialog for the ledger's reports and exports (``reports_dialog.ui``).

The work is done by the two callables it is given (services, through the feature), so the dialog
only collects the choices, checks they are complete and shows where the files went or why not.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, Optional

from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from ...toolbelt.i18n import tr
from ...toolbelt.messages import open_folder
from ..help import add_help_button

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
#: (year, quarter 0–4, folder) → (xlsx, pdf)
WriteReport = Callable[[int, int, Path], "tuple[Path, Path]"]
#: (path, public, date_from, date_to) → (path, count)
Export = Callable[[Path, bool, Optional[dt.date], Optional[dt.date]], "tuple[Path, int]"]


class ReportsDialog(QDialog, FORM):
    def __init__(self, write_report: WriteReport, export: Export, folder: Path | None = None,
                 today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self._write_report = write_report
        self._export = export
        today = today or dt.date.today()
        self.yearSpin.setValue(today.year)
        self.periodCombo.addItem(tr("Annual assessment pack (whole year)"), 0)
        for q in range(1, 5):
            self.periodCombo.addItem(tr("Quarter {}").format(q), q)
        self.periodCombo.setCurrentIndex((today.month - 1) // 3 + 1)  # the running quarter
        folder = folder or Path.home()
        self.folderEdit.setText(str(folder))
        self.fileEdit.setText(str(folder / f"wuqing_ledger_{today.isoformat()}.xlsx"))
        self.dateFromEdit.setDate(QDate(today.year, 1, 1))
        self.dateToEdit.setDate(QDate(today.year, today.month, today.day))
        self.dateFromCheck.toggled.connect(self.dateFromEdit.setEnabled)
        self.dateToCheck.toggled.connect(self.dateToEdit.setEnabled)
        self.folderButton.clicked.connect(self._choose_folder)
        self.fileButton.clicked.connect(self._choose_file)
        self.reportButton.clicked.connect(self.write_report)
        self.exportButton.clicked.connect(self.export)
        self.buttonBox.rejected.connect(self.reject)
        add_help_button(self, self.buttonBox, "reports")
        self.written: Optional[Path] = None  # the folder of what was written last
        self.openButton = self.buttonBox.addButton(tr("Open folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.openButton.setEnabled(False)
        self.openButton.clicked.connect(lambda: self.written is not None and open_folder(self.written))
        self.folderEdit.textChanged.connect(self._update_buttons)
        self.fileEdit.textChanged.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.reportButton.setEnabled(bool(self.folderEdit.text().strip()))
        self.exportButton.setEnabled(Path(self.fileEdit.text().strip()).suffix.lower() in (".xlsx", ".csv"))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Output folder"), self.folderEdit.text())
        if folder:
            self.folderEdit.setText(folder)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Export the ledger"), self.fileEdit.text(),
                                              tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if name:
            self.fileEdit.setText(name)

    def set_period(self, year: int, quarter: int) -> None:
        self.yearSpin.setValue(year)
        self.periodCombo.setCurrentIndex(self.periodCombo.findData(quarter))

    def write_report(self) -> None:
        try:
            xlsx, pdf = self._write_report(self.yearSpin.value(), self.periodCombo.currentData(),
                                           Path(self.folderEdit.text().strip()))
        except Exception as exc:  # noqa: BLE001 - any failure is shown to the user, nothing is lost
            self.resultLabel.setText(tr("The report could not be written: {}").format(exc))
            return
        self.resultLabel.setText(tr("Written: {xlsx} and {pdf}").format(xlsx=xlsx, pdf=pdf))
        self._written(Path(pdf).parent)

    def export(self) -> None:
        date_from = self.dateFromEdit.date().toPyDate() if self.dateFromCheck.isChecked() else None
        date_to = self.dateToEdit.date().toPyDate() if self.dateToCheck.isChecked() else None
        try:
            path, count = self._export(Path(self.fileEdit.text().strip()), self.publicCheck.isChecked(),
                                       date_from, date_to)
        except Exception as exc:  # noqa: BLE001
            self.resultLabel.setText(tr("The ledger could not be exported: {}").format(exc))
            return
        self.resultLabel.setText(tr("{n} records written to {path}").format(n=count, path=path))
        self._written(Path(path).parent)

    def _written(self, folder: Path) -> None:
        self.written = folder
        self.openButton.setEnabled(True)
