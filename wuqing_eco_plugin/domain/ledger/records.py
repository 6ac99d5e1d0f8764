# SPDX-License-Identifier: GPL-2.0-or-later
"""Recording a violation: what the map says about the place, what the user enters, what is valid.

:class:`Place` is the prefill (zones by uid, strictest class, approved land, town, nearest marker);
:class:`RecordDraft` what the user adds; :func:`validate` returns problem codes (labels in
:data:`PROBLEMS`), empty when the record may be saved; :func:`record_fields` maps both to the
fields of the ``violations`` table.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from ..admin import OFFICIAL
from ..categories import CATEGORIES, SEVERITIES, severity_for
from ..codes import Code, CodeTable
from ..departments import Routing, route_departments
from ..rules import EffectiveRule, ZoneInfo, resolve
from ..zones import LINE_CLASSES, zone_label
from .cases import CASE_SOURCES, INITIAL_STATUS
from .emergencies import EMERGENCY_KINDS
from .rows import EVIDENCE_SEP, LIST_SEP, ZONE_NAME_SEP

#: Widths of the free-text fields of the ``violations`` table (layers/schema.py; a test keeps them equal).
TEXT_LIMITS = {"responsible_party": 100, "reporter_name": 50, "reporter_contact": 100, "created_by": 50,
               "clue_no": 64, "clue_batch": 100}

PROBLEMS: CodeTable[Code] = CodeTable(
    "record_problem",
    (
        Code("no_date", "请填写发现日期和时间", "Enter the date and time of discovery"),
        Code("future_date", "发现时间不能晚于当前时间", "The discovery time cannot be in the future"),
        Code("no_source", "请选择问题来源", "Choose the source"),
        Code("no_category", "请选择违法违规类别", "Choose a category"),
        Code("category_not_here", "该类别不属于所涉区域的禁止事项",
             "This category is not prohibited in the linked zone(s)"),
        Code("severity_below_rule", "严重程度不能低于按类别和管控级别确定的等级",
             "The severity cannot be lower than the category and line class give"),
        Code("no_raise_reason", "提高严重程度须说明理由", "Give a reason for raising the severity"),
        Code("no_description", "请填写问题描述", "Enter a description"),
        Code("deadline_before_discovery", "整改期限不能早于发现日期",
             "The deadline cannot be before the discovery date"),
        Code("outside_not_confirmed", "该位置不在任何保护区域内，请确认按区域外记录",
             "The place is outside every protected zone: confirm to record it as outside"),
        Code("no_recorder", "请填写登记人", "Enter who records the case"),
        Code("text_too_long", "文字超过字段长度", "A text is longer than its field allows"),
        Code("attachment_missing", "附件文件不存在", "An attached file does not exist"),
        Code("unknown_emergency", "未知的突发事件标记", "Unknown emergency marking"),
    ),
)


@dataclass(frozen=True)
class Place:
    """What the map says about where a problem is (coordinates in EPSG:4548).

    ``zones`` are ordered strictest class first; ``approval_nos`` are the approved construction
    land documents the point lies in.
    """

    x: float
    y: float
    zones: tuple[ZoneInfo, ...] = ()
    town: Optional[str] = None
    approval_nos: tuple[str, ...] = ()
    nearest_marker: Optional[str] = None
    marker_distance_m: Optional[float] = None
    rule: EffectiveRule = field(init=False, compare=False)

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.zones, key=lambda z: -LINE_CLASSES[z.line_class].rank))
        object.__setattr__(self, "zones", ordered)
        object.__setattr__(self, "rule", resolve(ordered, in_approved_land=bool(self.approval_nos)))

    @property
    def outside(self) -> bool:
        return not self.zones

    @property
    def zone_type(self) -> Optional[str]:
        """The type of the first zone of the strictest class (the zone that decides)."""
        return self.zones[0].zone_type if self.zones else None

    def categories(self) -> tuple[str, ...]:
        """Categories that can be recorded here: the prohibited ones of the linked zones; every
        category outside the zones (a finding next to a zone is recorded too, as outside)."""
        return self.rule.categories if self.zones else CATEGORIES.codes()

    def routing(self, category: str | None) -> Routing:
        return route_departments(self.rule.departments, category)

    def severity(self, category: str) -> str:
        return severity_for(category, self.rule.line_class, nature_reserve=self.rule.nature_reserve)

    def zone_names(self) -> str:
        """Zone names with their class, in the data language (Chinese) of the ledger."""
        return ZONE_NAME_SEP.join(zone_label(z.name, z.line_class) for z in self.zones)


@dataclass
class RecordDraft:
    """What the user adds in the dialog."""

    discovered_at: Optional[dt.datetime] = None
    source: Optional[str] = None
    category: Optional[str] = None
    severity: Optional[str] = None  # None: the one the rule gives
    severity_reason: str = ""
    description: str = ""
    responsible_party: str = ""
    reporter_name: str = ""
    reporter_contact: str = ""
    deadline: Optional[dt.date] = None
    attachments: tuple[str, ...] = ()
    outside_confirmed: bool = False
    created_by: str = ""
    internal_notes: str = ""
    data_status: str = OFFICIAL  # the demo's fictitious cases are ILLUSTRATIVE
    clue_no: str = ""  # the number of the monitoring clue the case was opened from
    clue_batch: str = ""  # the batch of clues it came in (城市/省级遥感监测，季度)
    emergency: Optional[str] = None  # marked an emergency or important matter when registered

    def effective_severity(self, place: Place) -> Optional[str]:
        if self.severity:
            return self.severity
        return place.severity(self.category) if self.category in CATEGORIES else None

    def raised(self, place: Place) -> bool:
        if not self.severity or self.category not in CATEGORIES:
            return False
        return SEVERITIES[self.severity].rank > SEVERITIES[place.severity(self.category)].rank


def validate(draft: RecordDraft, place: Place, now: dt.datetime) -> tuple[str, ...]:
    """Problem codes (in :data:`PROBLEMS` order) that keep the record from being saved."""
    found: set[str] = set()
    if draft.discovered_at is None:
        found.add("no_date")
    elif draft.discovered_at > now:
        found.add("future_date")
    if draft.source not in CASE_SOURCES:
        found.add("no_source")
    if draft.category not in CATEGORIES:
        found.add("no_category")
    else:
        if draft.category not in place.categories():
            found.add("category_not_here")
        if draft.severity is not None:
            if draft.severity not in SEVERITIES or \
                    SEVERITIES[draft.severity].rank < SEVERITIES[place.severity(draft.category)].rank:
                found.add("severity_below_rule")
            elif draft.raised(place) and not draft.severity_reason.strip():
                found.add("no_raise_reason")
    if not draft.description.strip():
        found.add("no_description")
    if draft.deadline is not None and draft.discovered_at is not None \
            and draft.deadline < draft.discovered_at.date():
        found.add("deadline_before_discovery")
    if place.outside and not draft.outside_confirmed:
        found.add("outside_not_confirmed")
    if not draft.created_by.strip():
        found.add("no_recorder")
    if any(len(getattr(draft, name).strip()) > limit for name, limit in TEXT_LIMITS.items()):
        found.add("text_too_long")
    if any(not Path(p).is_file() for p in draft.attachments):
        found.add("attachment_missing")
    if draft.emergency is not None and draft.emergency not in EMERGENCY_KINDS:
        found.add("unknown_emergency")
    return tuple(c for c in PROBLEMS.codes() if c in found)


def record_fields(draft: RecordDraft, place: Place, record_uid: str, number: str, now: dt.datetime,
                  evidence: tuple[str, ...] = ()) -> dict[str, Any]:
    """Field values of the ``violations`` row for a valid draft (``evidence``: stored relative paths)."""
    problems = validate(draft, place, now)
    if problems:
        raise ValueError(f"invalid record: {', '.join(problems)}")
    routing = place.routing(draft.category)

    def text(value: str) -> Optional[str]:
        return value.strip() or None

    return {
        "record_uid": record_uid,
        "record_no": number,
        "discovered_at": draft.discovered_at,
        "source": draft.source,
        "zone_uids": LIST_SEP.join(z.uid for z in place.zones) or None,
        "zone_names": place.zone_names() or None,
        "zone_type": place.zone_type,
        "line_class": place.rule.line_class,
        "in_approved_land": bool(place.approval_nos),
        "outside_zones": place.outside,
        "town": place.town,
        "category": draft.category,
        "severity": draft.effective_severity(place),
        "severity_reason": text(draft.severity_reason) if draft.raised(place) else None,
        "description": draft.description.strip(),
        "responsible_party": text(draft.responsible_party),
        "reporter_name": text(draft.reporter_name),
        "reporter_contact": text(draft.reporter_contact),
        "evidence": EVIDENCE_SEP.join(evidence) or None,
        "lead_department": routing.lead,
        "other_departments": LIST_SEP.join(routing.involved) or None,
        "nearest_marker": place.nearest_marker,
        "deadline": draft.deadline,
        "status": INITIAL_STATUS,
        "internal_notes": text(draft.internal_notes),
        "created_by": draft.created_by.strip(),
        "created_at": now,
        "updated_at": now,
        "data_status": draft.data_status,
        "clue_no": text(draft.clue_no),
        "clue_batch": text(draft.clue_batch),
        "emergency": draft.emergency,
        # Marked when registered: the first report's clock runs from the discovery.
        "emergency_at": draft.discovered_at if draft.emergency else None,
    }
