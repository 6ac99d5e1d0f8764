# SPDX-License-Identifier: GPL-2.0-or-later
"""The case ledger (台账) as plain data: record numbers and one row per case.

Record numbers are ``WQ-<year>-<seq>`` with the year of discovery and a sequence per year. The
number is allocated from what is stored when the record is saved (see ``services.ledger_store``);
the UNIQUE constraint on ``record_no`` and a retry make it unique under concurrent saves.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional

from .cases import CASE_STATUSES, STEP_FIELDS

RECORD_PREFIX = "WQ"
_NUMBER = re.compile(rf"^{RECORD_PREFIX}-(\d{{4}})-(\d{{4,}})$")
#: Text stored for the zones of a record outside every zone, and the key it is counted under.
OUTSIDE_KEY = "outside"
#: Separator of several values in one text field (zone uids, departments, evidence files).
LIST_SEP = ","
EVIDENCE_SEP = ";"
ZONE_NAME_SEP = "；"


def record_no(year: int, seq: int) -> str:
    if seq < 1 or not 1900 <= year <= 9999:
        raise ValueError(f"no record number for year {year}, sequence {seq}")
    return f"{RECORD_PREFIX}-{year}-{seq:04d}"


def parse_record_no(text: str | None) -> Optional[tuple[int, int]]:
    """(year, seq) of a record number; None for anything else."""
    m = _NUMBER.match(text or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def next_record_no(existing: Iterable[str | None], year: int) -> str:
    """The number after the highest of ``year`` among ``existing`` (gaps are not refilled: a
    number once given stays with its record)."""
    seqs = [p[1] for p in map(parse_record_no, existing) if p and p[0] == year]
    return record_no(year, max(seqs, default=0) + 1)


def split_list(text: str | None, sep: str = LIST_SEP) -> tuple[str, ...]:
    return tuple(v.strip() for v in (text or "").split(sep) if v.strip())


@dataclass(frozen=True)
class CaseRow:
    """One case as the ledger panel, filters and reports see it (codes, not labels).

    ``zone_keys`` are the zones it is counted under in reports (labels, one per linked zone, or
    :data:`OUTSIDE_KEY`); ``ended_at`` is when it was closed or dismissed.
    """

    record_uid: str
    record_no: str
    discovered_at: dt.datetime
    status: str
    category: str
    severity: str
    lead_department: str
    other_departments: tuple[str, ...] = ()
    town: Optional[str] = None
    zone_uids: tuple[str, ...] = ()
    zone_names: str = ""
    line_class: Optional[str] = None
    outside_zones: bool = False
    deadline: Optional[dt.date] = None
    source: str = ""
    description: str = ""
    rectifying_at: Optional[dt.datetime] = None
    ended_at: Optional[dt.datetime] = None
    x: Optional[float] = None
    y: Optional[float] = None
    values: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def terminal(self) -> bool:
        return CASE_STATUSES[self.status].terminal if self.status in CASE_STATUSES else False

    def overdue(self, today: dt.date) -> bool:
        """Overdue at the end of ``today``: the panel, its filter and the reports use this one rule."""
        return self.overdue_at(end_of(today))

    def open(self, today: dt.date) -> bool:
        return self.open_at(end_of(today))

    @property
    def clue_no(self) -> str:
        """The monitoring clue the case was opened from ('' for none)."""
        return str(self.values.get("clue_no") or "")

    @property
    def clue_batch(self) -> str:
        return str(self.values.get("clue_batch") or "")

    def zone_keys(self) -> tuple[str, ...]:
        if not self.zone_uids:
            return (OUTSIDE_KEY,)
        names = split_list(self.zone_names, ZONE_NAME_SEP)
        return names if len(names) == len(self.zone_uids) else self.zone_uids

    def open_at(self, moment: dt.datetime) -> bool:
        """Discovered by ``moment`` and not yet closed or dismissed then."""
        return self.discovered_at <= moment and (self.ended_at is None or self.ended_at > moment)

    def overdue_at(self, moment: dt.datetime) -> bool:
        return self.open_at(moment) and self.deadline is not None and self.deadline < moment.date()


def end_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.max)


def _as_datetime(value: Any) -> Optional[dt.datetime]:
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return dt.datetime.fromisoformat(str(value).replace("Z", ""))


def _as_date(value: Any) -> Optional[dt.date]:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def case_row(values: Mapping[str, Any], x: float | None = None, y: float | None = None) -> CaseRow:
    """A :class:`CaseRow` from a record's field values (a dict of the ``violations`` table).

    A terminal case ends at ``closed_at``; a dismissed one from before ``closed_at`` was set on
    dismissal ends at its latest step time, or when it was discovered.
    """
    status = str(values.get("status") or "")
    discovered = _as_datetime(values.get("discovered_at")) or dt.datetime.min
    ended = None
    if status in CASE_STATUSES and CASE_STATUSES[status].terminal:
        steps = [_as_datetime(values.get(f)) for f in reversed(dict.fromkeys(STEP_FIELDS.values()))]  # latest first
        ended = next((s for s in steps if s is not None), discovered)
    return CaseRow(
        record_uid=str(values.get("record_uid") or ""),
        record_no=str(values.get("record_no") or ""),
        discovered_at=discovered,
        status=status,
        category=str(values.get("category") or ""),
        severity=str(values.get("severity") or ""),
        lead_department=str(values.get("lead_department") or ""),
        other_departments=split_list(values.get("other_departments")),
        town=values.get("town") or None,
        zone_uids=split_list(values.get("zone_uids")),
        zone_names=str(values.get("zone_names") or ""),
        line_class=values.get("line_class") or None,
        outside_zones=bool(values.get("outside_zones")),
        deadline=_as_date(values.get("deadline")),
        source=str(values.get("source") or ""),
        description=str(values.get("description") or ""),
        rectifying_at=_as_datetime(values.get("rectifying_at")),
        ended_at=ended,
        x=x,
        y=y,
        values=dict(values),
    )
