# SPDX-License-Identifier: GPL-2.0-or-later
"""A status change refused because someone else changed the case since the dialog opened.

The conflict view compares what this status change writes (status, deadline, proposal, penalty
decision) with what is stored; the dialog then starts from the stored case, with the user's
choices in its fields and everything else the user typed (who, when, note) as it was. The status
change rules are checked again against the stored case: a status that may not follow the stored
one is shown as a problem, and nothing is saved until it is resolved.
"""
from __future__ import annotations

from typing import Any, Callable, Sequence

from qgis.PyQt.QtWidgets import QDialog

from ...domain.audit import Entry
from ...domain.conflicts import MINE
from ...domain.ledger.lifecycle import plan_transition
from ...layers.schema import VIOLATIONS, F
from ...services.ledger.store import ConflictError
from ..versions.resolve import ask_choices

#: The status dialog (``status_dialog.py``, which imports this module): its record, values and fields.
StatusDialog = QDialog

#: What a status change writes that the user chose in the dialog.
DIALOG_FIELDS = (F.STATUS, F.DEADLINE, F.PROPOSAL, F.PENALTY_NO)


def _mine(dialog: StatusDialog) -> dict[str, Any]:
    """The case as this status change would leave it."""
    values = dialog.values()
    mine = dict(dialog.record)
    try:
        mine.update(plan_transition(dialog.record, values["new"], values["by"] or "?", values["at"], dialog.now(),
                                    values["note"], values["deadline"], values["proposal"],
                                    values["penalty_no"]).updates)
    except ValueError:
        mine[F.STATUS] = values["new"]
    return mine


def resolve_status_conflict(dialog: StatusDialog, conflict: ConflictError,
                            changes: Callable[[], Sequence[Entry]]) -> bool:
    """Show the conflict view; True when the user chose and the dialog now starts from the stored case."""
    stored = conflict.stored or {}
    answer = ask_choices(dialog, VIOLATIONS, dialog.record, _mine(dialog), stored, changes(), DIALOG_FIELDS)
    if answer is None:
        return False
    conflicts, choices = answer
    chosen = {c.field: c.mine if choices.get(c.field, c.default) == MINE else c.stored for c in conflicts}
    status = chosen.get(F.STATUS, dialog.new_status())
    dialog.start_from(stored)
    dialog.set_status(status)  # none selected when it may not follow the stored status: a problem shows
    if F.PROPOSAL in chosen:
        dialog.proposalEdit.setPlainText(chosen[F.PROPOSAL] or "")
    if F.PENALTY_NO in chosen:
        dialog.penaltyEdit.setText(chosen[F.PENALTY_NO] or "")
    if chosen.get(F.DEADLINE):
        dialog.set_deadline(chosen[F.DEADLINE])
    dialog.revalidate()
    return True
