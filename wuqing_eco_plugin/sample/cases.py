# SPDX-License-Identifier: GPL-2.0-or-later
"""The case ledger of the bundled ILLUSTRATIVE sample, recorded as a user records a case.

``sample_cases`` places each case of :data:`.geography.CASES` on the sample's zones, approved land
and markers and says what a patrol would type (a :class:`SampleCase`); :func:`record_cases` then
registers every case through the record dialog's own path — the place from the map
(:class:`...services.ledger.record_prefill.PlaceFinder`: zones, town, routing with each zone's own
department, nearest marker), the number from the store's numbering, the first history row — and
moves it along its lifecycle with :func:`walk_case`, which the demo's fictitious ledger uses too.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from qgis.core import QgsPointXY
from shapely.geometry import MultiPolygon, Point
from shapely.geometry.base import BaseGeometry

from ..domain.admin import ILLUSTRATIVE
from ..domain.ledger.cases import INITIAL_STATUS, TRANSITIONS
from ..domain.ledger.records import RecordDraft
from ..layers.schema import F
from ..services.ledger.record_prefill import PlaceFinder
from ..services.ledger.store import LedgerStore
from . import geography as geo
from .places import NOTE, Projector, Record, abeam, course, rectangle

#: Registered this long after discovery (the patrol's report reaches the office).
RECORDED_AFTER = dt.timedelta(hours=2)
#: Notes a step cannot go without, and what the sample and the demo write for the others.
STEP_NOTES = {"dismissed": "经核查，属已批准的正常施工，不予立案（示例）。",
              "referred_police": "涉嫌违法犯罪，移送公安武清分局（示例）。"}
DEFAULT_PROPOSAL = "责令限期整改、恢复原状，由属地镇政府督促落实（示例）。"
DEFAULT_PENALTY = "示例罚决字〔示例〕号"


@dataclass(frozen=True)
class SampleCase:
    """A case as the patrol reports it: where, the affected area, what they type, and the statuses
    the office then moves it through."""

    point: Point
    area: Optional[BaseGeometry]
    draft: RecordDraft
    path: tuple[str, ...]
    proposal: str = DEFAULT_PROPOSAL
    penalty_no: str = DEFAULT_PENALTY


def _case_point(spec: geo.CaseSpec, proj: Projector, markers: list[Record], lands: list[Record],
                zones: list[Record]) -> tuple[Point, float]:
    if spec.marker_seq is not None:
        # The knocked-over post lies 1.5 m inside the red line, in the reservoir zone.
        m = next(m for m in markers if m[F.KIND] == "post" and m[F.SEQ] == spec.marker_seq)
        red = next(z["geometry"] for z in zones if z[F.ZONE_UID] == m[F.ZONE_UID])
        c = red.centroid
        d = m["geometry"].distance(c)
        return Point(m["geometry"].x + (c.x - m["geometry"].x) * 1.5 / d,
                     m["geometry"].y + (c.y - m["geometry"].y) * 1.5 / d), 0.0
    if spec.land_index is not None:
        return lands[spec.land_index]["geometry"].centroid, 0.0
    if spec.offset_m is None:
        return proj.point(spec.near), 0.0
    return abeam(course(proj, spec.feature_code), proj.point(spec.near), spec.offset_m)


def sample_cases(proj: Projector, zones: list[Record], lands: list[Record], markers: list[Record],
                 today: dt.date) -> list[SampleCase]:
    """The sample's cases in order of discovery; the post a case reports damaged is marked so in
    ``markers`` (written before the ledger)."""
    out = []
    order = sorted(range(len(geo.CASES)), key=lambda i: -geo.CASES[i].days_ago)  # numbered by discovery
    for n, i in enumerate(order):
        spec = geo.CASES[i]
        pt, angle = _case_point(spec, proj, markers, lands, zones)
        discovered = dt.datetime.combine(today - dt.timedelta(days=spec.days_ago), dt.time(9, 0)) \
            + dt.timedelta(minutes=37 * n)
        marker_no = next((m[F.MARKER_NO] for m in markers if m[F.KIND] == "post" and m[F.SEQ] == spec.marker_seq),
                         None)
        if marker_no:
            next(m for m in markers if m[F.MARKER_NO] == marker_no).update(
                status="damaged", last_inspection=discovered.date())
        land = lands[spec.land_index] if spec.land_index is not None else None
        draft = RecordDraft(
            discovered_at=discovered, source=spec.source, category=spec.category,
            description=spec.description.format(marker=marker_no or "",
                                                approval=land[F.APPROVAL_NO] if land else ""),
            responsible_party=spec.responsible_party or "",
            reporter_name=spec.reporter[0] if spec.reporter else "",
            reporter_contact=spec.reporter[1] if spec.reporter else "",
            created_by=geo.STEP_ACTORS[INITIAL_STATUS], data_status=ILLUSTRATIVE,
        )
        area = MultiPolygon([rectangle(pt, *spec.area_m, angle)]) if spec.area_m else None
        out.append(SampleCase(pt, area, draft, spec.path, spec.proposal or DEFAULT_PROPOSAL,
                              spec.penalty_no or DEFAULT_PENALTY))
    return out


def walk_case(store: LedgerStore, record_uid: str, since: dt.datetime, path: Sequence[str], now: dt.datetime,
              proposal: str = DEFAULT_PROPOSAL, penalty_no: str = DEFAULT_PENALTY) -> list[str]:
    """Move a recorded case along ``path`` as the office would, each step :data:`.geography.STEP_DAYS`
    after the one before, recorded by its role; stops at a step not allowed or not yet due.
    Returns the statuses reached."""
    at, status, reached = since, INITIAL_STATUS, []
    for new in path:
        if new not in TRANSITIONS[status]:
            break
        at = dt.datetime.combine(at.date() + dt.timedelta(days=geo.STEP_DAYS[new]), dt.time(10, 30))
        if at > now:
            break
        extra: dict = {}
        if new == "rectifying":
            extra["deadline"] = at.date() + dt.timedelta(days=geo.RECTIFY_DAYS)
        if new == "proposed":
            extra["proposal"] = proposal
        if new == "closed":
            extra["penalty_no"] = penalty_no
        note = STEP_NOTES.get(new, f"{NOTE}：示例流转记录")
        store.change_status(record_uid, new, geo.STEP_ACTORS[new], note, at=at, now=at, **extra)
        status = new
        reached.append(new)
    return reached


def record_cases(store: LedgerStore, finder: PlaceFinder, cases: Sequence[SampleCase], today: dt.date,
                 on_saved: Optional[Callable[[str], None]] = None) -> list[str]:
    """Record ``cases`` through the ledger's own path and walk each along its statuses; returns the
    record numbers. A path that runs past ``today`` is a defect of the sample's tables."""
    end = dt.datetime.combine(today, dt.time(23, 59))
    numbers = []
    for case in cases:
        place = finder.at(QgsPointXY(case.point.x, case.point.y))
        recorded = case.draft.discovered_at + RECORDED_AFTER
        saved = store.save_new(case.draft, place, case.area, at=recorded)
        reached = walk_case(store, saved.record_uid, recorded, case.path, end, case.proposal, case.penalty_no)
        if len(reached) != len(case.path):
            raise ValueError(f"{case.draft.category}: its history runs past {today}; raise days_ago")
        numbers.append(saved.record_no)
        if on_saved is not None:
            on_saved(saved.record_no)
    return numbers
