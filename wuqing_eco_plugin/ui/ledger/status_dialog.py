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
from typing import Any, Callable, Mapping, Optional, Sequence

from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, QDateTime, QTime
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from ...domain.audit import Entry
from ...domain.ledger.cases import CASE_STATUSES
from ...domain.ledger.lifecycle import TRANSITION_PROBLEMS, Change, next_statuses, transition_problems
from ...layers.schema import F
from ...services.ledger.store import ConflictError
from ...toolbelt.i18n import tr, ui_language
from ..help import add_help_button
from .dialog_checks import run_save, show_problems
from .status_conflict import resolve_status_conflict

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
#: Save callable: (new status, by, note, at, deadline, proposal, penalty_no) → Change
Save = Callable[..., Change]


def _qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


class StatusDialog(QDialog, FORM):
    def __init__(self, record: Mapping[str, Any], save: Save, now: Callable[[], dt.datetime] = dt.datetime.now,
                 by: str = "", parent: QWidget | None = None,
                 changes: Callable[[], Sequence[Entry]] = lambda: ()):
        """``save`` gets ``expected_version`` too: the version of ``record`` the user decides on;
        ``changes`` reads the case's change log (who stored what, for the conflict view)."""
        super().__init__(parent)
        self.setupUi(self)
        self._save = save
        self._now = now
        self._changes = changes
        self.changed: Optional[Change] = None
        self.lang = ui_language()
        self.start_from(record)
        self.statusCombo.setCurrentIndex(0)
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

    def start_from(self, record: Mapping[str, Any]) -> None:
        """Decide on ``record`` (as stored now): its statuses; what the user typed stays."""
        self.record = dict(record)
        status = str(record.get(F.STATUS))
        self.recordLabel.setText(tr("{number} · now: {status}").format(
            number=record.get(F.RECORD_NO), status=CASE_STATUSES.label(status, self.lang)))
        self.statusCombo.blockSignals(True)
        self.statusCombo.clear()
        for code in next_statuses(status):
            self.statusCombo.addItem(CASE_STATUSES.label(code, self.lang), code)
        self.statusCombo.setCurrentIndex(-1)
        self.statusCombo.blockSignals(False)

    def now(self) -> dt.datetime:
        return self._now()

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
        return self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

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
        ok, self.changed = run_save(self._save_once, self.errorLabel, TRANSITION_PROBLEMS, self.lang)
        if ok:
            super().accept()

    def _save_once(self) -> Change:
        try:
            return self._save(**self.values(), expected_version=self.record.get(F.ROW_VERSION))
        except ConflictError as exc:
            if not resolve_status_conflict(self, exc, self._changes):
                raise  # the dialog keeps everything; the message says what happened
            self.revalidate()
            if not self.ok_button().isEnabled():
                raise ConflictError(tr("The case changed meanwhile: check the values and save again."), exc.table,
                                    exc.key, exc.stored) from exc
            return self._save_once()
