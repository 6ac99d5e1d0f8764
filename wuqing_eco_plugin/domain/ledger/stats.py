# SPDX-License-Identifier: GPL-2.0-or-later
"""What the quarterly work report and the annual assessment pack count (seed §五, §九).

Every count is defined once here, from the case rows alone, so a report's totals are the ledger's
counts by construction:

- ``new``: discovered in the period;
- ``closed`` / ``dismissed``: ended in the period with that outcome;
- ``in_progress``: open at the reference moment (the period's end, or now for a running period);
- ``overdue``: open at the reference moment with its deadline passed.

A case linked to several zones is counted under each of them in the by-zone table; its totals row
counts it once.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Callable, Iterable, Mapping, Optional, Sequence

from ..categories import RESTORATION_BONUS, SEVERITIES
from ..codes import Code, CodeTable
from .cases import INITIAL_STATUS, can_transition
from .rows import CaseRow, end_of

#: Severities whose rectification counts as removing a facility or restoring a site.
RESTORING = ("A", "B")
OUTCOMES = ("closed", "dismissed", "referred_police", "in_progress")


@dataclass(frozen=True)
class Period:
    """Whole days from ``start`` to ``end`` (inclusive); ``quarter`` 0 is the whole year."""

    year: int
    quarter: int
    start: dt.date
    end: dt.date

    def contains(self, moment: dt.datetime | None) -> bool:
        return moment is not None and self.start <= moment.date() <= self.end

    def reference(self, now: dt.datetime) -> dt.datetime:
        """The moment open cases are counted at: the end of the period, or now while it runs."""
        return min(end_of(self.end), now)


def period(year: int, quarter: int = 0) -> Period:
    if quarter == 0:
        return Period(year, 0, dt.date(year, 1, 1), dt.date(year, 12, 31))
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"quarter must be 0 (whole year) or 1-4, not {quarter}")
    start = dt.date(year, 3 * quarter - 2, 1)
    end = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    return Period(year, quarter, start, end - dt.timedelta(days=1))


@dataclass
class Tally:
    new: int = 0
    in_progress: int = 0
    closed: int = 0
    dismissed: int = 0
    overdue: int = 0

    def add(self, row: CaseRow, p: Period, ref: dt.datetime) -> None:
        self.new += p.contains(row.discovered_at) and row.discovered_at <= ref
        ended_here = p.contains(row.ended_at) and row.ended_at <= ref
        self.closed += ended_here and row.status == "closed"
        self.dismissed += ended_here and row.status == "dismissed"
        self.in_progress += row.open_at(ref)
        self.overdue += row.overdue_at(ref)

    def values(self) -> tuple[int, ...]:
        return tuple(getattr(self, f.name) for f in fields(self))

    def __bool__(self) -> bool:
        return any(self.values())


def tally(rows: Iterable[CaseRow], p: Period, ref: dt.datetime) -> Tally:
    out = Tally()
    for row in rows:
        out.add(row, p, ref)
    return out


def breakdown(rows: Iterable[CaseRow], key: Callable[[CaseRow], Iterable[str]], p: Period,
              ref: dt.datetime) -> dict[str, Tally]:
    """A :class:`Tally` per key (a row may have several keys); keys with nothing to count are left out."""
    out: dict[str, Tally] = {}
    for row in rows:
        for k in dict.fromkeys(key(row)):
            out.setdefault(k, Tally()).add(row, p, ref)
    return {k: t for k, t in out.items() if t}


def outcome(row: CaseRow, ref: dt.datetime) -> str:
    if row.ended_at is not None and row.ended_at <= ref and row.status in ("closed", "dismissed"):
        return row.status
    return "referred_police" if row.status == "referred_police" else "in_progress"


def by_severity_and_outcome(rows: Iterable[CaseRow], p: Period, ref: dt.datetime) -> dict[str, dict[str, int]]:
    """Cases discovered in the period: severity → outcome → count (every severity and outcome present)."""
    table = {s: dict.fromkeys(OUTCOMES, 0) for s in SEVERITIES.codes()}
    for row in rows:
        if p.contains(row.discovered_at) and row.discovered_at <= ref and row.severity in table:
            table[row.severity][outcome(row, ref)] += 1
    return table


@dataclass(frozen=True)
class Assessment:
    """The estimated assessment points of the district for the period (津政办发〔2015〕83号).

    Each case discovered in the period inside a protected zone and not dismissed costs its
    severity's points; each serious case (A or B) closed in the period after rectification (the
    facility removed or the site restored) earns the restoration bonus. An estimate for planning,
    not the city's score.
    """

    counted: dict[str, int]
    points: dict[str, int]
    restored: int
    bonus: int

    @property
    def deductions(self) -> int:
        return sum(self.points.values())

    @property
    def net(self) -> int:
        return self.deductions + self.bonus


def assessment(rows: Sequence[CaseRow], p: Period, ref: dt.datetime, bonus: int = RESTORATION_BONUS) -> Assessment:
    counted = dict.fromkeys(SEVERITIES.codes(), 0)
    restored = 0
    for row in rows:
        if row.outside_zones or row.severity not in counted:
            continue
        if p.contains(row.discovered_at) and row.discovered_at <= ref and row.status != "dismissed":
            counted[row.severity] += 1
        if row.status == "closed" and row.rectifying_at is not None and row.severity in RESTORING \
                and p.contains(row.ended_at) and row.ended_at <= ref:
            restored += 1
    points = {s: n * SEVERITIES[s].points for s, n in counted.items()}
    return Assessment(counted, points, restored, restored * bonus)


#: Why a record's history does not explain its status (the reports list such records: counted by a
#: status nobody set through the workflow, they may be wrong).
HISTORY_PROBLEMS: CodeTable[Code] = CodeTable(
    "history_problem",
    (
        Code("no_history", "无处理记录", "No history"),
        Code("broken", "处理记录前后不衔接", "The history's steps do not follow on from each other"),
        Code("step_not_allowed", "处理记录含不允许的状态变更",
             "The history holds a change the workflow does not allow"),
        Code("ends_elsewhere", "当前状态与处理记录不符", "The status is not where the history ends"),
    ),
)


@dataclass(frozen=True)
class Step:
    """One history row of a record: when, from which status, to which."""

    changed_at: dt.datetime
    from_status: Optional[str]
    to_status: str


def _in_order(steps: Sequence[Step]) -> list[Step]:
    """By time; steps recorded at the same moment in the order their statuses chain."""
    remaining = sorted(steps, key=lambda s: s.changed_at)
    out: list[Step] = []
    while remaining:
        same = [s for s in remaining if s.changed_at == remaining[0].changed_at]
        previous = out[-1].to_status if out else None
        step = next((s for s in same if s.from_status == previous), same[0])
        remaining.remove(step)
        out.append(step)
    return out


def history_problem(status: str, steps: Sequence[Step]) -> Optional[str]:
    """A :data:`HISTORY_PROBLEMS` code when ``steps`` do not lead, through allowed changes from the
    registration, to ``status``; None when they do."""
    if not steps:
        return "no_history"
    previous: Optional[str] = None
    for step in _in_order(steps):
        if step.from_status != previous:
            return "broken"
        allowed = step.to_status == INITIAL_STATUS if previous is None else can_transition(previous, step.to_status)
        if not allowed:
            return "step_not_allowed"
        previous = step.to_status
    return None if previous == status else "ends_elsewhere"


def unexplained(rows: Iterable[CaseRow], history: Mapping[str, Sequence[Step]]) -> list[tuple[CaseRow, str]]:
    """The records whose ``history`` (record uid → its steps) does not explain their status, and why."""
    out = []
    for row in rows:
        problem = history_problem(row.status, history.get(row.record_uid, ()))
        if problem is not None:
            out.append((row, problem))
    return out
