# SPDX-License-Identifier: GPL-2.0-or-later
"""The report of an emergency or important matter so far (seed §九): the case, then the first report
and every update in order with their times, authors and the departments notified, the final report
when it is in, the handling steps and the current status. A PDF with its text kept as text.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from ...domain.categories import CATEGORIES, SEVERITIES
from ...domain.departments import DEPARTMENTS
from ...domain.errors import WuqingError
from ...domain.ledger.cases import CASE_STATUSES
from ...domain.ledger.emergencies import (
    DEFAULT_TIMES,
    EMERGENCY_KINDS,
    ENTRY_KINDS,
    REPORT_KINDS,
    ReportTimes,
    duration_text,
    emergency_state,
    entry_kind,
)
from ...domain.ledger.rows import split_list
from ...layers.schema import F
from ...output.report_pdf import Column, TableDocument
from ...toolbelt.i18n import tr, ui_language

_TIME = "%Y-%m-%d %H:%M"


class NotAnEmergencyError(WuqingError, ValueError):
    """The case is not marked as an emergency or important matter: it has no such report."""


def _when(value: Optional[dt.datetime]) -> str:
    return value.strftime(_TIME) if isinstance(value, dt.datetime) else "—"


def ordered_reports(history: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The report entries of a case history, first report, updates and final report in time order."""
    reports = [h for h in history if entry_kind(h) in REPORT_KINDS]
    return sorted(reports, key=lambda h: (h[F.CHANGED_AT], REPORT_KINDS.index(entry_kind(h))))


def report_title(kind: str) -> str:
    if kind == "important":
        return tr("Wuqing permanent protected ecological areas: report of an important matter")
    return tr("Wuqing permanent protected ecological areas: emergency report")


def _state_lines(record: Mapping[str, Any], now: dt.datetime, times: ReportTimes, lang: str) -> list[str]:
    state = emergency_state(record, now, times)
    lines = [tr("Reporting clock started: {start}; first report due within {hours:g} h, updates every {update:g} h "
                "until the final report (the plugin's defaults, not law)").format(
        start=_when(state.clock_start), hours=times.first_hours, update=times.update_hours)]
    first_due = state.clock_start + dt.timedelta(hours=times.first_hours)
    if state.first_report_at is not None:
        late = state.first_report_at - first_due
        lines.append(tr("First report at {at}, {delay} after the clock started").format(
            at=_when(state.first_report_at), delay=duration_text(state.first_report_at - state.clock_start, lang))
            + ("; " + tr("late by {}").format(duration_text(late, lang)) if late.total_seconds() > 0 else ""))
        lines.append(tr("Time since the first report: {}").format(duration_text(state.since_first(now), lang)))
    if state.final_report_at is not None:
        lines.append(tr("Final report at {}").format(_when(state.final_report_at)))
    elif state.open:
        due = tr("Next report due: {}").format(_when(state.next_due))
        lines.append(due + ("  " + tr("OVERDUE") if state.overdue else ""))
    status = str(record.get(F.STATUS) or "")
    lines.append(tr("Current status: {status} (as of {now})").format(
        status=CASE_STATUSES.label(status, lang), now=now.strftime(_TIME)))
    return lines


def write_emergency_report(record: Mapping[str, Any], history: Sequence[Mapping[str, Any]], path: str | Path,
                           project: QgsProject | None = None, now: dt.datetime | None = None,
                           times: ReportTimes = DEFAULT_TIMES, lang: str | None = None) -> Path:
    """Write the report of the case ``record`` (field values) with its ``history`` rows to ``path``."""
    lang = lang or ui_language()
    now = now or dt.datetime.now().replace(microsecond=0)
    kind = record.get(F.EMERGENCY)
    if not kind:
        raise NotAnEmergencyError(tr("{number} is not marked as an emergency or important matter").format(
            number=record.get(F.RECORD_NO)))
    owner = QgsProject() if project is None else project
    doc = TableDocument(owner, report_title(str(kind)))
    doc.footer_note = f"{record.get(F.RECORD_NO)} · {EMERGENCY_KINDS.label(kind, lang)}"
    facts = [
        (tr("Record number"), record.get(F.RECORD_NO)),
        (tr("Kind"), EMERGENCY_KINDS.label(kind, lang)),
        (tr("Discovered at"), _when(record.get(F.DISCOVERED_AT))),
        (tr("Town or street"), record.get(F.TOWN) or tr("Unknown")),
        (tr("Linked zones"), record.get(F.ZONE_NAMES) or tr("Outside every zone")),
        (tr("Category"), CATEGORIES.label(record.get(F.CATEGORY), lang)),
        (tr("Severity"), SEVERITIES.label(record.get(F.SEVERITY), lang)),
        (tr("Lead department"), DEPARTMENTS.label(record.get(F.LEAD_DEPARTMENT), lang)),
        (tr("Description"), record.get(F.DESCRIPTION) or ""),
    ]
    # Column widths leave room for the cells' margins (2 × 1.2 mm each): every table spans the 180 mm.
    doc.add_table([Column(tr("Item"), 34), Column(tr("Content"), 141)], facts, font_size=9)
    doc.add_text("\n".join(_state_lines(record, now, times, lang)), size=9)
    reports = ordered_reports(history)
    doc.ensure_room(doc.MIN_TABLE_ROOM + 12)
    doc.add_text(tr("Reports"), size=11, bold=True)
    updates = 0
    rows = []
    for n, h in enumerate(reports, start=1):
        what = entry_kind(h)
        if what == "update":
            updates += 1
        label = ENTRY_KINDS.label(what, lang) + (f" {updates}" if what == "update" else "")
        depts = "、".join(DEPARTMENTS.label(d, lang) for d in split_list(h.get(F.DEPARTMENTS)))
        rows.append((n, label, _when(h.get(F.CHANGED_AT)), h.get(F.CHANGED_BY) or "", depts, h.get(F.NOTE) or ""))
    if rows:
        doc.add_table([Column(tr("No."), 9, Qt.AlignRight), Column(tr("Report"), 16), Column(tr("Time"), 26),
                       Column(tr("Reported by"), 19), Column(tr("Departments notified"), 34),
                       Column(tr("Content"), 61)], rows, font_size=8.5)
    else:
        doc.add_text(tr("No report yet."), size=9)
    steps = [(_when(h.get(F.CHANGED_AT)), CASE_STATUSES.label(h.get(F.TO_STATUS), lang) if entry_kind(h) == "status"
              else ENTRY_KINDS.label(entry_kind(h), lang), h.get(F.NOTE) or "")
             for h in sorted(history, key=lambda h: h[F.CHANGED_AT]) if entry_kind(h) in ("status", "marked")]
    if steps:
        doc.ensure_room(doc.MIN_TABLE_ROOM + 12)
        doc.add_text(tr("Handling steps"), size=11, bold=True)
        doc.add_table([Column(tr("Time"), 30), Column(tr("Status"), 38), Column(tr("Note"), 104)], steps,
                      font_size=8.5)
    return doc.export(path)
