# SPDX-License-Identifier: GPL-2.0-or-later
"""The case ledger of the bundled ILLUSTRATIVE sample: violation records, their affected areas and
their status history, placed on the sample's zones, approved land and markers by ``sample_data``.

Each case follows the workflow's allowed transitions from its registration (``domain.cases``); its
zones, town, severity and lead department are worked out as the plugin does for a real record.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable, Optional

from shapely.geometry import MultiPolygon, Point

from ..domain.admin import ILLUSTRATIVE
from ..domain.categories import CATEGORIES, SEVERITIES, severity_for
from ..domain.departments import route
from ..domain.ledger.cases import INITIAL_STATUS, can_transition
from ..domain.zones import LINE_CLASSES, strictest_class, zone_label
from ..layers.schema import F
from . import geography as geo
from .places import NOTE, Projector, Record, abeam, course, rectangle, rounded_area


def _links(pt: Point, zones: list[Record]) -> list[Record]:
    """Zones containing the point, strictest class first (red before yellow), table order otherwise."""
    hits = [z for z in zones if z["geometry"].contains(pt)]
    return sorted(hits, key=lambda z: -LINE_CLASSES[z[F.LINE_CLASS]].rank)


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


def _timeline(spec: geo.CaseSpec, discovered: dt.datetime) -> list[tuple[Optional[str], str, dt.datetime]]:
    """(from, to, at) for every status change, starting with the registration itself."""
    created = discovered + dt.timedelta(hours=2)
    steps: list[tuple[Optional[str], str, dt.datetime]] = [(None, INITIAL_STATUS, created)]
    at, status = created, INITIAL_STATUS
    for new in spec.path:
        if not can_transition(status, new):
            raise ValueError(f"{spec.category}: {status} → {new} is not an allowed transition")
        at = dt.datetime.combine(at.date() + dt.timedelta(days=geo.STEP_DAYS[new]), dt.time(10, 30))
        steps.append((status, new, at))
        status = new
    return steps


def build_cases(proj: Projector, zones: list[Record], towns: list[Record], lands: list[Record],
           markers: list[Record], uid: Callable[[], str], today: dt.date
           ) -> tuple[list[Record], list[Record], list[Record]]:
    records, areas, history = [], [], []
    order = sorted(range(len(geo.CASES)), key=lambda i: -geo.CASES[i].days_ago)  # numbered by discovery
    seq_by_year: dict[int, int] = {}
    for n, i in enumerate(order):
        spec = geo.CASES[i]
        pt, angle = _case_point(spec, proj, markers, lands, zones)
        discovered = dt.datetime.combine(today - dt.timedelta(days=spec.days_ago), dt.time(9, 0)) \
            + dt.timedelta(minutes=37 * n)
        steps = _timeline(spec, discovered)
        if steps[-1][2].date() > today:
            raise ValueError(f"{spec.category}: its history runs past today; raise days_ago")
        seq_by_year[discovered.year] = seq_by_year.get(discovered.year, 0) + 1
        links = _links(pt, zones)
        types = list(dict.fromkeys(z[F.ZONE_TYPE] for z in links))
        line_class = strictest_class(z[F.LINE_CLASS] for z in links)
        reserve = any(z[F.NATURE_RESERVE] for z in links)
        severity = severity_for(spec.category, line_class, nature_reserve=reserve)
        raised = SEVERITIES[severity].rank > SEVERITIES[CATEGORIES[spec.category].base].rank
        routing = route(types, spec.category, road_belt=any(z[F.ROAD_BELT] for z in links))
        marker_no = next((m[F.MARKER_NO] for m in markers if m[F.KIND] == "post" and m[F.SEQ] == spec.marker_seq),
                         None)
        if marker_no:
            next(m for m in markers if m[F.MARKER_NO] == marker_no).update(
                status="damaged", last_inspection=discovered.date())
        land = lands[spec.land_index] if spec.land_index is not None else None
        reached = {to: at for _, to, at in steps}  # the latest time each status was reached
        rectifying = reached.get("rectifying")
        record_uid = uid()
        record = {
            F.RECORD_UID: record_uid, F.RECORD_NO: f"WQ-{discovered.year}-{seq_by_year[discovered.year]:04d}",
            F.DISCOVERED_AT: discovered, F.SOURCE: spec.source,
            F.ZONE_UIDS: ",".join(z[F.ZONE_UID] for z in links) or None,
            F.ZONE_NAMES: "；".join(zone_label(z["name"], z["line_class"]) for z in links) or None,
            F.ZONE_TYPE: links[0][F.ZONE_TYPE] if links else None, F.LINE_CLASS: line_class,
            F.IN_APPROVED_LAND: any(la["geometry"].contains(pt) for la in lands), F.OUTSIDE_ZONES: not links,
            F.TOWN: next((t[F.NAME] for t in towns if t["geometry"].contains(pt)), None),
            F.CATEGORY: spec.category, F.SEVERITY: severity,
            F.SEVERITY_REASON: (("自然保护区内的生态破坏行为" if reserve else "红线区内的建设、占地行为")
                                if raised else None),
            F.DESCRIPTION: spec.description.format(marker=marker_no or "",
                                                    approval=land[F.APPROVAL_NO] if land else ""),
            F.RESPONSIBLE_PARTY: spec.responsible_party,
            F.REPORTER_NAME: spec.reporter[0] if spec.reporter else None,
            F.REPORTER_CONTACT: spec.reporter[1] if spec.reporter else None,
            F.EVIDENCE: None, F.LEAD_DEPARTMENT: routing.lead,
            F.OTHER_DEPARTMENTS: ",".join(routing.involved) or None, F.NEAREST_MARKER: marker_no,
            F.DEADLINE: rectifying.date() + dt.timedelta(days=geo.RECTIFY_DAYS) if rectifying else None,
            F.STATUS: steps[-1][1], F.PROPOSAL: spec.proposal if "proposed" in reached else None,
            F.PENALTY_NO: spec.penalty_no if "closed" in reached else None,
            **{f"{s}_at": reached.get(s) for s in
               ("verified", "notified", "proposed", "rectifying", "reinspected", "closed")},
            F.INTERNAL_NOTES: None, F.CREATED_BY: geo.STEP_ACTORS[INITIAL_STATUS], F.CREATED_AT: steps[0][2],
            F.DATA_STATUS: ILLUSTRATIVE, "geometry": pt,
        }
        records.append(record)
        history += [{F.HISTORY_UID: uid(), F.RECORD_UID: record_uid, F.CHANGED_AT: at,
                     F.CHANGED_BY: geo.STEP_ACTORS[to], F.FROM_STATUS: old, F.TO_STATUS: to,
                     F.NOTE: f"{NOTE}：示例流转记录"} for old, to, at in steps]
        if spec.area_m:
            geom = MultiPolygon([rectangle(pt, *spec.area_m, angle)])
            areas.append({F.AREA_UID: uid(), F.RECORD_UID: record_uid, F.NOTES: f"{NOTE}：违法建设占地范围（示例）",
                          F.AREA_M2: rounded_area(geom), "geometry": geom})
    return records, areas, history
