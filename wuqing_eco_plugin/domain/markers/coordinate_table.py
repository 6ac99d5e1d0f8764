# SPDX-License-Identifier: GPL-2.0-or-later
"""The coordinate results table (界址点坐标成果表) of one zone: its boundary markers ring by ring,
in survey order, with the straight distance to the next marker of the ring (the last closes back to
the first). Signboards are not boundary points and stay out of it."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

from shapely.geometry.base import BaseGeometry

from .rings import Ring, zone_rings

BOUNDARY_KINDS = ("post", "monument")


@dataclass(frozen=True)
class TableMarker:
    marker_no: str
    kind: str
    x: float  # easting
    y: float  # northing
    status: Optional[str] = None


@dataclass(frozen=True)
class TableRow:
    part: int
    ring: int  # 0: exterior, 1..: holes
    marker_no: str
    x_north: float
    y_east: float
    edge_m: Optional[float]  # to the next marker of the ring; None when the ring has one marker
    status: Optional[str]


@dataclass(frozen=True)
class CoordinateTable:
    rows: list[TableRow]
    rings: int
    perimeter_m: float

    @property
    def total_edges_m(self) -> float:
        return sum(r.edge_m or 0.0 for r in self.rows)


def _nearest_ring(rings: Sequence[Ring], m: TableMarker) -> Ring:
    return min(rings, key=lambda r: r.distance(m.x, m.y))


def coordinate_table(zone: BaseGeometry, markers: Sequence[TableMarker]) -> CoordinateTable:
    rings = zone_rings(zone)
    rows: list[TableRow] = []
    if not rings:
        return CoordinateTable(rows, 0, 0.0)
    groups: dict[int, list[tuple[float, TableMarker]]] = {}
    for m in markers:
        if m.kind not in BOUNDARY_KINDS:
            continue
        ring = _nearest_ring(rings, m)
        groups.setdefault(rings.index(ring), []).append((ring.chainage(m.x, m.y), m))
    for i, ring in enumerate(rings):
        ordered = [m for _, m in sorted(groups.get(i, []), key=lambda cm: (cm[0], cm[1].marker_no))]
        for k, m in enumerate(ordered):
            nxt = ordered[(k + 1) % len(ordered)]
            edge = math.hypot(nxt.x - m.x, nxt.y - m.y) if len(ordered) > 1 else None
            rows.append(TableRow(ring.part, ring.index, m.marker_no, m.y, m.x, edge, m.status))
    return CoordinateTable(rows, len(rings), sum(r.length for r in rings))
