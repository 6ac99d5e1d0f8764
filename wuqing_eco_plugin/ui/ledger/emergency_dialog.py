# SPDX-License-Identifier: GPL-2.0-or-later
"""The dialog of a case's emergency reports (``emergency_dialog.ui``): mark a case an emergency or
important matter, add its first report, an update or the final report, and write the report so far.

It holds no rules: what may be entered and what is missing come from ``domain.ledger.emergencies``;
the entry is saved through ``save`` (the ledger store), which appends it to the case history.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Callable, Mapping, Optional

from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, QPushButton, QWidget

from ...domain.departments import COORDINATOR, DEPARTMENTS
from ...domain.errors import WuqingError
from ...domain.ledger.cases import CASE_STATUSES
from ...domain.ledger.emergencies import (
    EMERGENCY_KINDS,
    EMERGENCY_PROBLEMS,
    ENTRY_KINDS,
    ReportTimes,
    duration_text,
    emergency_state,
    marking_problems,
    report_problems,
)
from ...domain.ledger.lifecycle import Change
from ...domain.ledger.rows import split_list
from ...layers.schema import F
from ...toolbelt.i18n import tr, ui_language
from .dialog_checks import run_save, show_problems

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
MARK = "mark:"
#: Save callable: (entry, by, at, text, departments) → Change; entry is a report kind or "mark:<kind>".
Save = Callable[..., Change]


def choose_pdf(parent: QWidget | None, suggested: str) -> str:
    """Ask where the report goes (a module function so tests can answer it)."""
    path, _ = QFileDialog.getSaveFileName(parent, tr("Report so far (PDF)"), suggested, tr("PDF files (*.pdf)"))
    return path


def _qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


def entries_for(record: Mapping[str, Any]) -> list[str]:
    """The entries that may follow in ``record``'s reports: markings, then the next reports."""
    kind, first, final = record.get(F.EMERGENCY), record.get(F.FIRST_REPORT_AT), record.get(F.FINAL_REPORT_AT)
    status = record.get(F.STATUS)
    if final is not None or (status in CASE_STATUSES and CASE_STATUSES[status].terminal):
        return []
    out = [MARK + k for k in EMERGENCY_KINDS.codes() if k != kind]
    if kind:
        out += ["first_report"] if first is None else ["update", "final_report"]
    return out


class EmergencyDialog(QDialog, FORM):
    def __init__(self, record: Mapping[str, Any], save: Save, export: Callable[[Path, ReportTimes], Path],
                 times: ReportTimes, now: Callable[[], dt.datetime] = dt.datetime.now, by: str = "",
                 folder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.record = dict(record)
        self._save, self._export, self._now, self.folder = save, export, now, folder
        self.saved: Optional[Change] = None
        self.written: Optional[Path] = None
        self.lang = ui_language()
        self.recordLabel.setText(tr("{number} · now: {status}").format(
            number=record.get(F.RECORD_NO), status=CASE_STATUSES.label(str(record.get(F.STATUS)), self.lang)))
        for entry in entries_for(record):
            label = EMERGENCY_KINDS.label(entry[len(MARK):], self.lang) if entry.startswith(MARK) else \
                ENTRY_KINDS.label(entry, self.lang)
            self.actionCombo.addItem(tr("Mark as: {}").format(label) if entry.startswith(MARK) else label, entry)
        wanted = {record.get(F.LEAD_DEPARTMENT), COORDINATOR, *split_list(record.get(F.OTHER_DEPARTMENTS))}
        for dept in DEPARTMENTS:
            item = QListWidgetItem(dept.label(self.lang))
            item.setData(Qt.UserRole, dept.code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if dept.code in wanted else Qt.Unchecked)
            self.departmentsList.addItem(item)
        self.firstHoursSpin.setValue(times.first_hours)
        self.updateHoursSpin.setValue(times.update_hours)
        self.whenEdit.setDateTime(_qdatetime(now().replace(second=0, microsecond=0)))
        self.byEdit.setText(by)
        for signal in (self.actionCombo.currentIndexChanged, self.whenEdit.dateTimeChanged, self.byEdit.textChanged,
                       self.textEdit.textChanged, self.departmentsList.itemChanged, self.firstHoursSpin.valueChanged,
                       self.updateHoursSpin.valueChanged):
            signal.connect(self.revalidate)
        self.actionCombo.currentIndexChanged.connect(self._entry_changed)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.pdfButton.clicked.connect(self._write_pdf)
        self._entry_changed()

    def _entry_changed(self) -> None:
        reporting = not (self.entry() or MARK).startswith(MARK)
        for widget in (self.departmentsCaption, self.departmentsList):
            widget.setVisible(reporting)
        self.textCaption.setText(tr("Report") if reporting else tr("Note"))
        self.revalidate()

    # -- accessors ----------------------------------------------------------------------------------
    def ok_button(self) -> QPushButton:
        return self.buttonBox.button(QDialogButtonBox.Ok)

    def entries(self) -> list[str]:
        return [self.actionCombo.itemData(i) for i in range(self.actionCombo.count())]

    def entry(self) -> Optional[str]:
        return self.actionCombo.currentData()

    def set_entry(self, entry: str) -> None:
        self.actionCombo.setCurrentIndex(self.actionCombo.findData(entry))

    def set_when(self, moment: dt.datetime) -> None:
        self.whenEdit.setDateTime(_qdatetime(moment))

    def departments(self) -> tuple[str, ...]:
        items = (self.departmentsList.item(i) for i in range(self.departmentsList.count()))
        return tuple(i.data(Qt.UserRole) for i in items if i.checkState() == Qt.Checked)

    def times(self) -> ReportTimes:
        return ReportTimes(self.firstHoursSpin.value(), self.updateHoursSpin.value())

    def values(self) -> dict[str, Any]:
        return {"entry": self.entry(), "by": self.byEdit.text(), "text": self.textEdit.toPlainText(),
                "at": self.whenEdit.dateTime().toPyDateTime().replace(second=0, microsecond=0),
                "departments": self.departments()}

    def problems(self) -> tuple[str, ...]:
        v = self.values()
        if v["entry"] is None:
            return ("case_ended",)
        if v["entry"].startswith(MARK):
            return marking_problems(self.record, v["entry"][len(MARK):], v["by"], v["at"], self._now())
        return report_problems(self.record, v["entry"], v["by"], v["at"], self._now(), v["text"], v["departments"])

    def revalidate(self) -> None:
        show_problems(self.problemsLabel, self.ok_button(), self.problems(), EMERGENCY_PROBLEMS, self.lang)
        self.stateLabel.setText(self.state_text())

    def state_text(self) -> str:
        state = emergency_state(self.record, self._now(), self.times())
        if state is None:
            return tr("Not marked as an emergency or important matter.")
        parts = [EMERGENCY_KINDS.label(state.kind, self.lang)]
        if state.first_report_at is not None:
            parts.append(tr("{since} since the first report").format(
                since=duration_text(state.since_first(self._now()), self.lang)))
        if state.final_report_at is not None:
            parts.append(tr("final report in"))
        elif state.next_due is not None:
            parts.append(tr("next report due {}").format(state.next_due.strftime("%Y-%m-%d %H:%M"))
                         + (" · " + tr("REPORT OVERDUE") if state.overdue else ""))
        return " · ".join(parts)

    # -- saving -------------------------------------------------------------------------------------
    def accept(self) -> None:
        self.revalidate()
        if not self.ok_button().isEnabled():
            return
        ok, self.saved = run_save(lambda: self._save(**self.values()), self.errorLabel, EMERGENCY_PROBLEMS, self.lang)
        if ok:
            super().accept()

    def _write_pdf(self) -> None:
        kind = tr("emergency report")
        suggested = str(Path(self.folder or ".") / f"{self.record.get(F.RECORD_NO)}_{kind}.pdf")
        path = choose_pdf(self, suggested)
        if path:
            self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> Optional[Path]:
        """Write the report so far to ``path``; the reason stays in the dialog when it cannot be."""
        try:
            self.written = self._export(path, self.times())
        except WuqingError as exc:
            self.errorLabel.setText(str(exc))
            return None
        self.errorLabel.setText(tr("Written: {}").format(self.written))
        return self.written
