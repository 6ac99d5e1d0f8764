# SPDX-License-Identifier: GPL-2.0-or-later
"""Moving a case along its lifecycle (seed §三(三), §八): what a status change writes.

:func:`plan_transition` checks a change against the allowed transitions and what each step needs
(a rectification has a deadline, a proposal has its text, a dismissal its reason), and returns the
record's new values with the step's timestamp and the history row to append. It never edits a
history row: the history only grows.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional

from ..codes import Code, CodeTable
from ..errors import WuqingError
from .cases import CASE_STATUSES, INITIAL_STATUS, STEP_FIELDS, can_transition
from .rows import LIST_SEP

TRANSITION_PROBLEMS: CodeTable[Code] = CodeTable(
    "transition_problem",
    (
        Code("not_allowed", "不允许的状态变更", "This status change is not allowed"),
        Code("no_actor", "请填写经办人", "Enter who makes the change"),
        Code("needs_deadline", "限期整改须填写整改期限", "Rectification needs a deadline"),
        Code("deadline_passed", "整改期限不能早于变更日期", "The deadline cannot be before the change"),
        Code("needs_proposal", "请填写处理建议", "Enter the handling proposal"),
        Code("needs_note", "请说明理由", "Give the reason in the note"),
        Code("before_previous", "变更时间不能早于上一步", "The change cannot be earlier than the previous step"),
        Code("in_future", "变更时间不能晚于当前时间", "The change cannot be in the future"),
        Code("needs_final_report", "突发事件或重要情况须先终报，才能办结或不予立案",
             "An emergency or important matter is closed or dismissed only after its final report"),
    ),
)

#: Statuses whose change must say why in the note.
NOTE_REQUIRED = ("dismissed", "referred_police")


class TransitionError(WuqingError, ValueError):
    def __init__(self, problems: tuple[str, ...]):
        super().__init__(", ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Change:
    """A planned entry of the case history: the values to set on the record and the row to append.

    ``kind`` is a status change, or an emergency's marking or report (``domain.ledger.emergencies``),
    which keeps the status and carries the departments notified."""

    record_uid: str
    from_status: Optional[str]
    to_status: str
    at: dt.datetime
    by: str
    note: str
    updates: dict[str, Any] = field(default_factory=dict)
    kind: str = "status"
    departments: tuple[str, ...] = ()

    def history_row(self, history_uid: str) -> dict[str, Any]:
        return {"history_uid": history_uid, "record_uid": self.record_uid, "changed_at": self.at,
                "changed_by": self.by, "from_status": self.from_status, "to_status": self.to_status,
                "note": self.note or None, "entry_kind": self.kind,
                "departments": LIST_SEP.join(self.departments) or None}


def registration(record_uid: str, by: str, at: dt.datetime, note: str = "") -> Change:
    """The first history row of a new record (from nothing to ``registered``)."""
    return Change(record_uid, None, INITIAL_STATUS, at, by, note)


def _latest_step(record: Mapping[str, Any]) -> Optional[dt.datetime]:
    times = [record.get(f) for f in ("discovered_at", "created_at", *dict.fromkeys(STEP_FIELDS.values()))]
    times = [t for t in times if isinstance(t, dt.datetime)]
    return max(times) if times else None


def transition_problems(record: Mapping[str, Any], new: str, by: str, at: dt.datetime, now: dt.datetime,
                        note: str = "", deadline: dt.date | None = None, proposal: str | None = None
                        ) -> tuple[str, ...]:
    """Why ``record`` (field values of a violations row) cannot move to ``new`` now; empty if it can."""
    found: set[str] = set()
    old = record.get("status")
    if not can_transition(str(old), new):
        found.add("not_allowed")
    if not by.strip():
        found.add("no_actor")
    if new == "rectifying":
        due = deadline or record.get("deadline")
        if due is None:
            found.add("needs_deadline")
        elif due < at.date():
            found.add("deadline_passed")
    if new == "proposed" and not (proposal or record.get("proposal") or "").strip():
        found.add("needs_proposal")
    if new in NOTE_REQUIRED and not note.strip():
        found.add("needs_note")
    if CASE_STATUSES.get(new) is not None and CASE_STATUSES[new].terminal and record.get("emergency") \
            and record.get("final_report_at") is None:
        found.add("needs_final_report")  # an emergency ends with its final report, never silently
    latest = _latest_step(record)
    if latest is not None and at < latest:
        found.add("before_previous")
    if at > now:
        found.add("in_future")
    return tuple(c for c in TRANSITION_PROBLEMS.codes() if c in found)


def plan_transition(record: Mapping[str, Any], new: str, by: str, at: dt.datetime, now: dt.datetime,
                    note: str = "", deadline: dt.date | None = None, proposal: str | None = None,
                    penalty_no: str | None = None) -> Change:
    """The change of ``record`` to ``new``; raises :class:`TransitionError` with the problem codes."""
    problems = transition_problems(record, new, by, at, now, note, deadline, proposal)
    if problems:
        raise TransitionError(problems)
    updates: dict[str, Any] = {"status": new, "updated_at": now}
    if new in STEP_FIELDS:
        updates[STEP_FIELDS[new]] = at
    if deadline is not None:
        updates["deadline"] = deadline
    if proposal and proposal.strip():
        updates["proposal"] = proposal.strip()
    if penalty_no and penalty_no.strip():
        updates["penalty_no"] = penalty_no.strip()
    return Change(str(record.get("record_uid") or ""), str(record.get("status")), new, at, by.strip(),
                  note.strip(), updates)


def next_statuses(status: str) -> tuple[str, ...]:
    """The statuses a case in ``status`` may move to, in table order."""
    return tuple(s.code for s in CASE_STATUSES if can_transition(status, s.code))
