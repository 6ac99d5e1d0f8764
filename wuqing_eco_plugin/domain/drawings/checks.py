# SPDX-License-Identifier: GPL-2.0-or-later
"""The optional QA gate of the review drawings: what must hold before a town receives its sheet.

A drawing handed to a town government is an official statement of where its red and yellow lines
run: a zone whose geometry is invalid, or a boundary marker whose survey check failed, makes it
wrong. ``fail`` findings stop the town under the ``refuse`` mode; ``warning`` findings never do.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from ..markers.vocabulary import CHECK_STATUSES, SurveyDefaults, check_status
from .sheet import MarkerPoint

#: Marker statuses that mean the post on the ground no longer shows the line.
LOST_STATUSES = ("damaged", "missing")


@dataclass(frozen=True)
class Finding:
    level: str  # "fail" or "warning" (codes of CHECK_STATUSES)
    check: str  # "zone_geometry", "town_geometry", "marker_check", "marker_status"
    subject: str  # the zone's name or the marker's number
    detail: str = ""  # GEOS's reason, the distance in metres, or the status code


def geometry_findings(town_name: str, town_invalid: str | None,
                      zones_invalid: Iterable[tuple[str, str]]) -> list[Finding]:
    """Invalid geometry of the town or of a zone reaching into it, given as (name, GEOS's reason):
    the sheet shows the repaired shape, but an official drawing must not rest on a repair nobody
    has approved."""
    out = []
    if town_invalid:
        out.append(Finding("fail", "town_geometry", town_name, town_invalid))
    out.extend(Finding("fail", "zone_geometry", name, reason) for name, reason in zones_invalid)
    return out


def marker_findings(markers: Iterable[MarkerPoint], defaults: SurveyDefaults | None = None) -> list[Finding]:
    """A marker fails when its recorded check says so, or (without one) when its surveyed distance
    from the boundary exceeds the tolerance; a damaged or missing marker is a warning."""
    defaults = defaults or SurveyDefaults()
    out = []
    for m in markers:
        level = m.check if m.check in CHECK_STATUSES else None
        detail = ""
        if level is None and m.distance_m is not None:
            level = check_status(m.distance_m, defaults.warning_m, defaults.tolerance_m)
        if m.distance_m is not None:
            detail = f"{m.distance_m:.2f}"
        if level in ("fail", "warning"):
            out.append(Finding(level, "marker_check", m.marker_no, detail))
        if m.status in LOST_STATUSES:
            out.append(Finding("warning", "marker_status", m.marker_no, m.status))
    return out


def outcome(mode: str, findings: Sequence[Finding]) -> str:
    """``ok``, ``warning`` or ``refused`` (codes of DRAWING_OUTCOMES) for a town under ``mode``."""
    if mode == "off" or not findings:
        return "ok"
    if mode == "refuse" and any(f.level == "fail" for f in findings):
        return "refused"
    return "warning"
