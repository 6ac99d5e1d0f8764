# SPDX-License-Identifier: GPL-2.0-or-later
"""Red/yellow-line review drawings for the towns (红黄线审核图, seed §二(二)): what goes on a sheet.

Pure Python + shapely: which zone pieces lie in a town and how large they are (hectares and 亩),
the class totals without double counting overlaps, the boundary-marker coordinate rows with edge
lengths, drawing numbers, file names and the paper formats. Returns codes, never translated text.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Iterable, Mapping, Optional, Sequence

from shapely.geometry import MultiPolygon
from shapely.geometry.base import BaseGeometry

from ..codes import Code, CodeTable
from ..composition import strictest_first
from ..files import safe_name
from ..markers.coordinate_table import BOUNDARY_KINDS, TableMarker, coordinate_table
from ..repair import polygon_parts
from ..units import hectares, mu
from ..zones import ZoneShape, zone_order

#: Pieces of a zone smaller than this inside a town are slivers of boundary noise, not zone area.
MIN_PIECE_M2 = 1.0


@dataclass(frozen=True)
class PageFormat(Code):
    paper: str = "A3"
    orientation: str = "landscape"


PAGE_FORMATS: CodeTable[PageFormat] = CodeTable(
    "page_format",
    (
        PageFormat("a3_landscape", "A3 横向", "A3 landscape", "A3", "landscape"),
        PageFormat("a3_portrait", "A3 纵向", "A3 portrait", "A3", "portrait"),
        PageFormat("a4_landscape", "A4 横向", "A4 landscape", "A4", "landscape"),
        PageFormat("a4_portrait", "A4 纵向", "A4 portrait", "A4", "portrait"),
    ),
)
DEFAULT_PAGE = "a3_landscape"

#: What the optional QA gate does with a town whose checks fail.
QA_MODES: CodeTable[Code] = CodeTable(
    "qa_mode",
    (
        Code("off", "不检查", "No checks"),
        Code("warn", "检查并警告", "Check and warn"),
        Code("refuse", "检查不通过则不出图", "Refuse towns that fail"),
    ),
)
DEFAULT_QA = "warn"

#: Outcome of a town in the manifest.
DRAWING_OUTCOMES: CodeTable[Code] = CodeTable(
    "drawing_outcome",
    (
        Code("ok", "已出图", "Issued"),
        Code("warning", "已出图（有警告）", "Issued with warnings"),
        Code("refused", "未出图（检查不通过）", "Refused (checks failed)"),
    ),
)


def paper_scales(a3: bool) -> tuple[float, float]:
    """(paper, type) scale of a sheet designed for A3: A4 is A3 scaled by 1/√2, and its type
    shrinks less than the paper, to stay legible."""
    return (1.0, 1.0) if a3 else (0.7071, 0.82)


def default_number_prefix(year: int) -> str:
    """Drawing numbers of one issue: 武清 (WQ), 红黄线 (HHX), the year."""
    return f"WQ-HHX-{year}"


def drawing_number(prefix: str, town_code: Optional[str], seq: int) -> str:
    """``<prefix>-<nnn>``: the last three digits of the town's administrative code when it has one
    (120114114 → 114, stable whatever towns are chosen), else the town's place in the list."""
    digits = re.sub(r"\D", "", town_code or "")
    suffix = digits[-3:] if len(digits) >= 3 else f"{seq:03d}"
    prefix = prefix.strip().rstrip("-")
    return f"{prefix}-{suffix}" if prefix else suffix


def pdf_file_name(town: str, version: str) -> str:
    """The file of a town's drawing: its Chinese name first, so a folder sorts and reads by town."""
    version = safe_name(version) if version.strip() else ""
    return f"{safe_name(town)}_红黄线审核图" + (f"_{version}" if version else "") + ".pdf"


@dataclass(frozen=True)
class ZonePiece:
    """The part of a zone inside one town."""

    key: str
    name: str
    zone_type: str
    line_class: str
    area_m2: float
    geometry: BaseGeometry

    @property
    def hectares(self) -> float:
        return hectares(self.area_m2)

    @property
    def mu(self) -> float:
        return mu(self.area_m2)


def _polygons(geometry: BaseGeometry) -> BaseGeometry:
    """The polygonal part of an intersection (lines and points where zone and town only touch dropped)."""
    parts = polygon_parts(geometry)
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def zone_pieces(town: BaseGeometry, zones: Iterable[ZoneShape]) -> list[ZonePiece]:
    """Every zone's part inside ``town`` (planar areas in the zones' CRS), red before yellow, then
    by zone type and name. Zones that only touch the town, or leave a sliver, are left out."""
    pieces = []
    for zone in zones:
        if not zone.geometry.intersects(town):
            continue
        part = _polygons(zone.geometry.intersection(town))
        if part.is_empty or part.area < MIN_PIECE_M2:
            continue
        pieces.append(ZonePiece(zone.uid, zone.name, zone.zone_type, zone.line_class, part.area, part))
    pieces.sort(key=lambda p: (*zone_order(p.line_class, p.zone_type), p.name, p.key))
    return pieces


def class_totals(pieces: Sequence[ZonePiece]) -> dict[str, float]:
    """Area per line class in m², each place counted once under the strictest class covering it
    (seed §四(二)): where a red and a yellow zone overlap, the overlap counts as red only."""
    by_class: dict[str, list[BaseGeometry]] = {}
    for p in pieces:
        by_class.setdefault(p.line_class, []).append(p.geometry)
    return {code: area.area for code, area in strictest_first(by_class).items()}


@dataclass(frozen=True)
class MarkerPoint:
    """A boundary marker as the coordinate table needs it (X north, Y east, metres)."""

    marker_no: str
    kind: str
    seq: Optional[int]
    x_north: float
    y_east: float
    zone_key: str = ""
    status: str = ""
    check: Optional[str] = None  # a survey check result (ok / warning / fail) when the data has one
    distance_m: Optional[float] = None  # surveyed distance from the designed boundary


@dataclass(frozen=True)
class MarkerRow:
    point: str  # the short point number printed on the map (J1, J2 …; P1 … for signboards)
    marker: MarkerPoint
    edge_m: Optional[float]  # distance to the next post along the boundary; None for signboards


def point_label(kind: str, seq: Optional[int], marker_no: str) -> str:
    """The short label of a marker on the map: ``J<seq>`` for posts and monuments (界址点),
    ``P<seq>`` for signboards (their own series); the number's last digits when seq is missing."""
    if seq is None:
        tail = re.search(r"(\d+)\s*$", marker_no or "")
        seq = int(tail.group(1)) if tail else None
    prefix = "P" if kind == "sign" else "J"
    return f"{prefix}{seq}" if seq is not None else (marker_no or prefix)


def _by_seq(posts: list[MarkerPoint]) -> list[tuple[MarkerPoint, Optional[float]]]:
    ring = sorted(posts, key=lambda m: (m.seq is None, m.seq or 0, m.marker_no))
    return [(m, math.hypot(n.x_north - m.x_north, n.y_east - m.y_east) if len(ring) > 1 else None)
            for m, n in zip(ring, ring[1:] + ring[:1])]


def _along_boundary(posts: list[MarkerPoint], zone: BaseGeometry) -> list[tuple[MarkerPoint, Optional[float]]]:
    """The posts ring by ring in survey order, as the coordinate table of the marker deliverables
    lists them (a zone with holes or parts has one closed sequence per ring)."""
    by_no = {m.marker_no: m for m in posts}
    table = coordinate_table(zone, [TableMarker(m.marker_no, m.kind, m.y_east, m.x_north) for m in posts])
    return [(by_no[r.marker_no], r.edge_m) for r in table.rows]


def marker_rows(markers: Iterable[MarkerPoint], zones: Mapping[str, BaseGeometry] | None = None) -> list[MarkerRow]:
    """Posts of each zone in boundary order with the length of each edge to the next post (the last
    closes its ring back to the first), then signboards; as a 界址点坐标成果表 lists them.

    With the zone's shape in ``zones`` (by zone key) the posts follow its rings; without it, their
    sequence numbers (one ring).
    """
    posts: dict[str, list[MarkerPoint]] = {}
    signs: list[MarkerPoint] = []
    for m in markers:
        (signs if m.kind == "sign" else posts.setdefault(m.zone_key, [])).append(m)
    rows: list[MarkerRow] = []
    for key in sorted(posts):
        zone = (zones or {}).get(key)
        tabled = len({m.marker_no for m in posts[key]}) == len(posts[key]) and \
            all(m.kind in BOUNDARY_KINDS for m in posts[key])
        ordered = _along_boundary(posts[key], zone) if zone is not None and tabled else _by_seq(posts[key])
        rows.extend(MarkerRow(point_label(m.kind, m.seq, m.marker_no), m, edge) for m, edge in ordered)
    for m in sorted(signs, key=lambda m: (m.zone_key, m.seq or 0, m.marker_no)):
        rows.append(MarkerRow(point_label(m.kind, m.seq, m.marker_no), m, None))
    return rows
