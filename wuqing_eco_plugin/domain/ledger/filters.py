# SPDX-License-Identifier: GPL-2.0-or-later
"""Which ledger rows a user's filter shows, and the counts over the ledger."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Optional

from ..categories import CATEGORIES
from ..codes import CodeTable
from ..departments import DEPARTMENTS
from .rows import CaseRow


@dataclass(frozen=True)
class LedgerFilter:
    """Every criterion is optional (None: any). ``department`` matches the lead department;
    ``zone`` a linked zone uid; ``text`` every word in the number, description, zone names, town,
    or the category or lead department (code or label in either language), or the monitoring clue
    number, case-insensitively; ``batch`` the monitoring batch a case came in."""

    status: Optional[str] = None
    department: Optional[str] = None
    town: Optional[str] = None
    zone: Optional[str] = None
    category: Optional[str] = None
    severity: Optional[str] = None
    overdue: Optional[bool] = None
    date_from: Optional[dt.date] = None
    date_to: Optional[dt.date] = None
    text: str = ""
    batch: Optional[str] = None

    def matches(self, row: CaseRow, today: dt.date) -> bool:
        checks = (
            self.status is None or row.status == self.status,
            self.department is None or row.lead_department == self.department,
            self.town is None or row.town == self.town,
            self.zone is None or self.zone in row.zone_uids,
            self.category is None or row.category == self.category,
            self.severity is None or row.severity == self.severity,
            self.overdue is None or row.overdue(today) == self.overdue,
            self.date_from is None or row.discovered_at.date() >= self.date_from,
            self.date_to is None or row.discovered_at.date() <= self.date_to,
            self.batch is None or row.clue_batch == self.batch,
        )
        return all(checks) and self._text_matches(row)

    def _text_matches(self, row: CaseRow) -> bool:
        needle = self.text.strip().lower()
        if not needle:
            return True
        haystack = " ".join([row.record_no, row.clue_no, row.description, row.zone_names, row.town or "",
                             *_labels(CATEGORIES, row.category), *_labels(DEPARTMENTS, row.lead_department)]).lower()
        return all(part in haystack for part in needle.split())


def _labels(table: CodeTable, code: str) -> tuple[str, ...]:
    entry = table.get(code)
    return (code, entry.zh, entry.en) if entry else (code,)


@dataclass(frozen=True)
class LedgerCounts:
    total: int
    open: int
    overdue: int
    closed: int
    dismissed: int


def counts(rows: Iterable[CaseRow], today: dt.date) -> LedgerCounts:
    rows = list(rows)
    return LedgerCounts(
        total=len(rows),
        open=sum(1 for r in rows if r.open(today)),
        overdue=sum(1 for r in rows if r.overdue(today)),
        closed=sum(1 for r in rows if r.status == "closed"),
        dismissed=sum(1 for r in rows if r.status == "dismissed"),
    )
