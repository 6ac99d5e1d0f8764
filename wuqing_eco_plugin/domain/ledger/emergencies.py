# SPDX-License-Identifier: GPL-2.0-or-later
"""Emergencies and important matters (seed §九, §五): a first report at once, then rolling updates
until the final report, with nothing concealed or delayed.

A case is marked 突发事件 (emergency) or 重要情况 (important matter) when it is registered (the clock
starts at its discovery) or later (the clock starts at the marking). Its reports are entries of the
case history of their own kind (:data:`ENTRY_KINDS`) holding their text and the departments
notified; the record keeps the times of the first, latest and final report so that the ledger can
order and mark cases without reading every history. The first report is due
:attr:`ReportTimes.first_hours` after the clock starts (1 hour by default: a default, not law), each
update :attr:`ReportTimes.update_hours` after the report before it, until the final report.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Optional

from ..codes import Code, CodeTable
from ..departments import DEPARTMENTS
from .cases import CASE_STATUSES
from .lifecycle import Change, TransitionError

EMERGENCY_KINDS: CodeTable[Code] = CodeTable(
    "emergency_kind",
    (
        Code("emergency", "突发事件", "Emergency"),
        Code("important", "重要情况", "Important matter"),
    ),
)

#: What a row of the case history records. Rows written before the kinds existed hold NULL: a status change.
ENTRY_KINDS: CodeTable[Code] = CodeTable(
    "history_entry",
    (
        Code("status", "状态变更", "Status change"),
        Code("marked", "标记为突发事件或重要情况", "Marked as emergency or important matter"),
        Code("first_report", "首报", "First report"),
        Code("update", "续报", "Update"),
        Code("final_report", "终报", "Final report"),
    ),
)
STATUS_ENTRY = "status"
REPORT_KINDS = ("first_report", "update", "final_report")
#: The record field each report kind sets (every report also sets ``last_report_at``).
REPORT_FIELDS = {"first_report": "first_report_at", "final_report": "final_report_at"}

EMERGENCY_PROBLEMS: CodeTable[Code] = CodeTable(
    "emergency_problem",
    (
        Code("unknown_kind", "未知的报告或标记类型", "Unknown kind of report or marking"),
        Code("not_marked", "该案件未标记为突发事件或重要情况",
             "The case is not marked as an emergency or important matter"),
        Code("already_marked", "该案件已作此标记", "The case is marked so already"),
        Code("case_ended", "案件已办结或不予立案，不能再报告或标记",
             "The case is closed or dismissed: no more reports or markings"),
        Code("first_missing", "须先首报", "Send the first report first"),
        Code("first_given", "已首报，请续报或终报", "The first report was sent: send an update or the final report"),
        Code("final_given", "已终报，不能再报告", "The final report was sent: no more reports"),
        Code("no_text", "请填写报告内容", "Enter the report's text"),
        Code("no_departments", "首报须选择通报的部门", "Choose the departments the first report goes to"),
        Code("no_actor", "请填写报告人", "Enter who reports"),
        Code("before_previous", "时间不能早于上一次报告、标记或发现时间",
             "The time cannot be before the previous report, the marking or the discovery"),
        Code("in_future", "时间不能晚于当前时间", "The time cannot be in the future"),
    ),
)


@dataclass(frozen=True)
class ReportTimes:
    """When reports are due: hours after the clock starts for the first, after the previous for an update."""

    first_hours: float = 1.0
    update_hours: float = 24.0


DEFAULT_TIMES = ReportTimes()


def entry_kind(row: Mapping[str, Any]) -> str:
    """The kind of a history row (NULL in rows from before the kinds: a status change)."""
    return str(row.get("entry_kind") or STATUS_ENTRY)


def _ended(record: Mapping[str, Any]) -> bool:
    status = record.get("status")
    return status in CASE_STATUSES and CASE_STATUSES[status].terminal


def _latest(record: Mapping[str, Any]) -> Optional[dt.datetime]:
    times = [record.get(f) for f in ("discovered_at", "emergency_at", "last_report_at")]
    times = [t for t in times if isinstance(t, dt.datetime)]
    return max(times) if times else None


def _common(record: Mapping[str, Any], by: str, at: dt.datetime, now: dt.datetime) -> set[str]:
    found = set()
    if _ended(record):
        found.add("case_ended")
    if not by.strip():
        found.add("no_actor")
    latest = _latest(record)
    if latest is not None and at < latest:
        found.add("before_previous")
    if at > now:
        found.add("in_future")
    return found


def _ordered(found: Iterable[str]) -> tuple[str, ...]:
    found = set(found)
    return tuple(c for c in EMERGENCY_PROBLEMS.codes() if c in found)


def marking_problems(record: Mapping[str, Any], kind: str, by: str, at: dt.datetime, now: dt.datetime
                     ) -> tuple[str, ...]:
    """Why ``record`` cannot be marked ``kind`` now; empty if it can. An important matter may be
    raised to an emergency (and back): the clock keeps running from the first marking."""
    found = _common(record, by, at, now)
    if kind not in EMERGENCY_KINDS:
        found.add("unknown_kind")
    elif record.get("emergency") == kind:
        found.add("already_marked")
    if record.get("final_report_at") is not None:
        found.add("final_given")
    return _ordered(found)


def plan_marking(record: Mapping[str, Any], kind: str, by: str, at: dt.datetime, now: dt.datetime,
                 note: str = "") -> Change:
    """The marking of ``record`` as ``kind``: the record's new values and the history row."""
    problems = marking_problems(record, kind, by, at, now)
    if problems:
        raise TransitionError(problems)
    status = str(record.get("status"))
    updates: dict[str, Any] = {"emergency": kind, "updated_at": now}
    if record.get("emergency_at") is None:
        updates["emergency_at"] = at
    return Change(str(record.get("record_uid") or ""), status, status, at, by.strip(), note.strip(), updates,
                  kind="marked")


def report_problems(record: Mapping[str, Any], kind: str, by: str, at: dt.datetime, now: dt.datetime,
                    text: str, departments: Iterable[str] = ()) -> tuple[str, ...]:
    """Why the report ``kind`` cannot be added to ``record`` now; empty if it can."""
    found = _common(record, by, at, now)
    if kind not in REPORT_KINDS:
        found.add("unknown_kind")
    if not record.get("emergency"):
        found.add("not_marked")
    first, final = record.get("first_report_at"), record.get("final_report_at")
    if final is not None:
        found.add("final_given")
    elif kind == "first_report" and first is not None:
        found.add("first_given")
    elif kind in ("update", "final_report") and first is None:
        found.add("first_missing")
    if not text.strip():
        found.add("no_text")
    if kind == "first_report" and not [d for d in departments if d in DEPARTMENTS]:
        found.add("no_departments")
    return _ordered(found)


def plan_report(record: Mapping[str, Any], kind: str, by: str, at: dt.datetime, now: dt.datetime, text: str,
                departments: Iterable[str] = ()) -> Change:
    """The report ``kind`` of ``record``: the record's report times and the history row with the text."""
    departments = tuple(dict.fromkeys(d for d in departments if d in DEPARTMENTS))
    problems = report_problems(record, kind, by, at, now, text, departments)
    if problems:
        raise TransitionError(problems)
    status = str(record.get("status"))
    updates: dict[str, Any] = {"last_report_at": at, "updated_at": now}
    if kind in REPORT_FIELDS:
        updates[REPORT_FIELDS[kind]] = at
    return Change(str(record.get("record_uid") or ""), status, status, at, by.strip(), text.strip(), updates,
                  kind=kind, departments=departments)


@dataclass(frozen=True)
class EmergencyState:
    """Where the reports of a marked case stand at ``now``."""

    kind: str
    clock_start: dt.datetime
    first_report_at: Optional[dt.datetime]
    last_report_at: Optional[dt.datetime]
    final_report_at: Optional[dt.datetime]
    #: When the next report is due: the first, or the next update; None once the final report is in.
    next_due: Optional[dt.datetime]
    open: bool
    overdue: bool

    def since_first(self, now: dt.datetime) -> Optional[dt.timedelta]:
        return now - self.first_report_at if self.first_report_at is not None else None


def emergency_state(record: Mapping[str, Any], now: dt.datetime, times: ReportTimes = DEFAULT_TIMES
                    ) -> Optional[EmergencyState]:
    """The report state of ``record`` (field values of a violations row); None when it is not marked.

    It is open until its final report (a closed or dismissed case without one, from before the rule
    that closing needs it, counts as ended), and overdue while open and past its next due time.
    """
    kind = record.get("emergency")
    if not kind:
        return None
    start = record.get("emergency_at") or record.get("discovered_at")
    first, last, final = (record.get(f) for f in ("first_report_at", "last_report_at", "final_report_at"))
    if final is not None:
        due = None
    elif first is None:
        due = start + dt.timedelta(hours=times.first_hours)
    else:
        due = (last or first) + dt.timedelta(hours=times.update_hours)
    is_open = final is None and not _ended(record)
    return EmergencyState(str(kind), start, first, last, final, due, is_open,
                          is_open and due is not None and now > due)


def duration_text(delta: dt.timedelta, lang: str = "zh") -> str:
    """A duration as days, hours and minutes (``2天3小时5分`` / ``2 d 3 h 5 min``)."""
    minutes = max(0, int(delta.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    units = ("天", "小时", "分") if lang.startswith("zh") else (" d", " h", " min")
    parts = [f"{n}{u}" for n, u in zip((days, hours, mins), units) if n]
    return ("" if lang.startswith("zh") else " ").join(parts) or f"0{units[2]}"
