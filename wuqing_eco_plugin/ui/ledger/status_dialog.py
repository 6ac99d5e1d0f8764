# SPDX-License-Identifier: GPL-2.0-or-later
"""The dialog that moves a case to its next status (``status_dialog.ui``).

Only the statuses the lifecycle allows are offered; what a step needs (a deadline for
rectification, the proposal, a reason for a dismissal or a referral) is asked for when that step
is chosen, and ``domain.lifecycle`` says what is missing. The change is saved through ``save``
(the ledger store), which appends it to the history in the same transaction.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Callable, Mapping, Optional

from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, QDateTime, QTime
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from ...domain.ledger.cases import CASE_STATUSES
from ...domain.ledger.lifecycle import TRANSITION_PROBLEMS, Change, next_statuses, transition_problems
from ...layers.schema import F
from ...toolbelt.i18n import tr, ui_language
from ..help import add_help_button
from .dialog_checks import run_save, show_problems

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
#: Save callable: (new status, by, note, at, deadline, proposal, penalty_no) → Change
Save = Callable[..., Change]


def _qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


class StatusDialog(QDialog, FORM):
    def __init__(self, record: Mapping[str, Any], save: Save, now: Callable[[], dt.datetime] = dt.datetime.now,
                 by: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.record = dict(record)
        self._save = save
        self._now = now
        self.changed: Optional[Change] = None
        self.lang = ui_language()
        status = str(record.get(F.STATUS))
        self.recordLabel.setText(tr("{number} · now: {status}").format(
            number=record.get(F.RECORD_NO), status=CASE_STATUSES.label(status, self.lang)))
        for code in next_statuses(status):
            self.statusCombo.addItem(CASE_STATUSES.label(code, self.lang), code)
        self.whenEdit.setDateTime(_qdatetime(now().replace(second=0, microsecond=0)))
        deadline = record.get(F.DEADLINE) or (now().date() + dt.timedelta(days=30))
        self.deadlineEdit.setDate(QDate(deadline.year, deadline.month, deadline.day))
        self.proposalEdit.setPlainText(record.get(F.PROPOSAL) or "")
        self.penaltyEdit.setText(record.get(F.PENALTY_NO) or "")
        self.byEdit.setText(by)
        for signal in (self.statusCombo.currentIndexChanged, self.whenEdit.dateTimeChanged, self.byEdit.textChanged,
                       self.deadlineEdit.dateChanged, self.proposalEdit.textChanged, self.noteEdit.textChanged):
            signal.connect(self.revalidate)
        self.statusCombo.currentIndexChanged.connect(self._status_changed)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        add_help_button(self, self.buttonBox, "status")
        self._status_changed()

    def _status_changed(self) -> None:
        new = self.new_status()
        for caption, widget, shown in (
                (self.deadlineCaption, self.deadlineEdit, new == "rectifying"),
                (self.proposalCaption, self.proposalEdit, new == "proposed"),
                (self.penaltyCaption, self.penaltyEdit, new == "closed")):
            caption.setVisible(shown)
            widget.setVisible(shown)
        self.revalidate()
        # Hidden rows leave no gap: the dialog takes the height of what it shows.
        self.resize(self.width(), self.minimumSizeHint().height())

    # -- accessors ----------------------------------------------------------------------------------
    def ok_button(self) -> QPushButton:
        return self.buttonBox.button(QDialogButtonBox.Ok)

    def statuses(self) -> list[str]:
        return [self.statusCombo.itemData(i) for i in range(self.statusCombo.count())]

    def new_status(self) -> Optional[str]:
        return self.statusCombo.currentData()

    def set_status(self, code: str) -> None:
        self.statusCombo.setCurrentIndex(self.statusCombo.findData(code))

    def set_deadline(self, day: dt.date) -> None:
        self.deadlineEdit.setDate(QDate(day.year, day.month, day.day))

    def values(self) -> dict[str, Any]:
        """What the save gets, for the step chosen (fields of other steps are left out)."""
        new = self.new_status()
        return {
            "new": new,
            "by": self.byEdit.text(),
            "note": self.noteEdit.toPlainText(),
            "at": self.whenEdit.dateTime().toPyDateTime().replace(second=0, microsecond=0),
            "deadline": self.deadlineEdit.date().toPyDate() if new == "rectifying" else None,
            "proposal": self.proposalEdit.toPlainText() if new == "proposed" else None,
            "penalty_no": self.penaltyEdit.text() if new == "closed" else None,
        }

    def problems(self) -> tuple[str, ...]:
        v = self.values()
        if v["new"] is None:
            return ("not_allowed",)
        return transition_problems(self.record, v["new"], v["by"], v["at"], self._now(), v[F.NOTE], v[F.DEADLINE],
                                   v[F.PROPOSAL])

    def revalidate(self) -> None:
        show_problems(self.problemsLabel, self.ok_button(), self.problems(), TRANSITION_PROBLEMS, self.lang)

    def accept(self) -> None:
        self.revalidate()
        if not self.ok_button().isEnabled():
            return
        ok, self.changed = run_save(lambda: self._save(**self.values()), self.errorLabel, TRANSITION_PROBLEMS,
                                    self.lang)
        if ok:
            super().accept()
