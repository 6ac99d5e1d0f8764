# SPDX-License-Identifier: GPL-2.0-or-later
"""Case ledger (台账) vocabulary: sources, statuses and the allowed transitions (seed §三(三), §八).

The seed's sequence is on-site verification → notify the town and the sector department → handling
proposal → on record. ``overdue`` is not stored: it is computed from the deadline.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..codes import Code, CodeTable

CASE_SOURCES: CodeTable[Code] = CodeTable(
    "case_source",
    (
        Code("patrol", "日常巡护", "Patrol"),
        Code("monitoring", "例行监测", "Monitoring"),
        Code("public_report", "群众举报", "Public report"),
        Code("media", "媒体曝光", "Media"),
        Code("deputies", "人大代表、政协委员、志愿者", "Deputies or volunteers"),
        Code("assigned", "上级交办", "Assigned from above"),
    ),
)


@dataclass(frozen=True)
class Status(Code):
    terminal: bool = False


CASE_STATUSES: CodeTable[Status] = CodeTable(
    "case_status",
    (
        Status("registered", "已登记", "Registered"),
        Status("verified", "已核查", "Verified on site"),
        Status("dismissed", "不予立案", "Dismissed", terminal=True),
        Status("notified", "已通报", "Notified"),
        Status("proposed", "已提出处理建议", "Handling proposed"),
        Status("rectifying", "限期整改中", "Rectifying"),
        Status("reinspected", "已复查", "Re-inspected"),
        Status("closed", "已办结（记录在案）", "Closed (on record)", terminal=True),
        Status("referred_police", "已移送公安", "Referred to police"),
    ),
)

INITIAL_STATUS = "registered"

#: Allowed status changes. A failed re-inspection goes back to rectifying; a case handled by the
#: police is closed on record when the police report back.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "registered": ("verified", "dismissed", "referred_police"),
    "verified": ("notified", "referred_police"),
    "notified": ("proposed", "referred_police"),
    "proposed": ("rectifying", "closed", "referred_police"),
    "rectifying": ("reinspected", "referred_police"),
    "reinspected": ("closed", "rectifying"),
    "referred_police": ("closed",),
    "dismissed": (),
    "closed": (),
}


def allowed_next(status: str) -> tuple[str, ...]:
    return TRANSITIONS[CASE_STATUSES[status].code]


def can_transition(old: str, new: str) -> bool:
    return old in TRANSITIONS and new in allowed_next(old)


#: The record field each status sets to the time it was reached. A dismissal ends the case, so it
#: sets ``closed_at`` (办结时间) like a closure: reports count when a case ended from it.
STEP_FIELDS = {
    "verified": "verified_at",
    "notified": "notified_at",
    "proposed": "proposed_at",
    "rectifying": "rectifying_at",
    "reinspected": "reinspected_at",
    "closed": "closed_at",
    "dismissed": "closed_at",
}
