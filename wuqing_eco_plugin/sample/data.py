# SPDX-License-Identifier: GPL-2.0-or-later
"""Build the bundled ILLUSTRATIVE sample dataset (示意数据，非法定边界) from ``sample_geography``.

``build_sample()`` returns records per table of ``layers.schema``: dicts of field → value plus
``"geometry"`` (a shapely geometry in EPSG:4548; none for ``violation_history``). Buffers are made in
metres after projecting the lon/lat tables point by point, so widths are true ground widths. The run
is reproducible: every UUID comes from ``random.Random(2016)``. ``updated_at`` is left out: it is
a default re-evaluated on every write (``now()``), so a value given here would be overwritten.
The case ledger (violations, their areas and history) is recorded by ``.cases`` through the ledger's
own path.
"""
from __future__ import annotations

import datetime as dt
import math
import random
import uuid
from dataclasses import dataclass, field
from typing import Callable, Optional

from shapely.geometry import LineString, MultiPoint, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient
from shapely.ops import unary_union, voronoi_diagram

from ..domain.admin import ILLUSTRATIVE
from ..domain.markers.vocabulary import marker_number
from ..domain.repair import repair
from ..domain.zones import ZONE_TYPES
from ..layers.schema import F
from . import geography as geo
from .cases import SampleCase, sample_cases
from .indicators import sample_indicators
from .places import NOTE, Projector, Record, abeam, course, rectangle, rounded_area

LEGAL_BASIS = "武清区永久性保护生态区域保护工作机制（2016）；天津市永久性保护生态区域管理规定（津政发〔2014〕13号）"
RESOLUTION = 8  # quarter-circle segments: smooth enough at 1:10 000, moderate vertex counts
MIN_PART_M2 = 1.0  # clipping slivers below this are dropped


def _multi(geom: BaseGeometry, keep: Optional[BaseGeometry] = None) -> MultiPolygon:
    """The polygon parts of ``geom`` as a valid MultiPolygon (domain ``repair``), slivers left out;
    with ``keep`` only parts touching it (drops the piece a lead-in line makes where it re-enters
    the district elsewhere)."""
    fixed = repair(geom).geometry
    parts = fixed.geoms if fixed is not None else ()
    return MultiPolygon([p for p in parts if p.area >= MIN_PART_M2 and (keep is None or p.intersects(keep))])


def _feature_zones(f: geo.Feature, proj: Projector, outline: Polygon) -> tuple[Optional[MultiPolygon], MultiPolygon]:
    """(red, yellow) of a feature clipped to the district; yellow = outer buffer minus the red core,
    so the two classes of one feature never overlap."""
    keep = None
    if f.lines:
        full = [proj.line([*([c.lead_in] if c.lead_in else []), *c.course, *([c.lead_out] if c.lead_out else [])])
                for c in f.lines]
        red_w = f.core_m + (f.red_m or 0.0)
        outer_w = red_w + f.yellow_m if f.red_m is not None else f.core_m + f.yellow_m

        def band(width: float) -> BaseGeometry:
            # Flat caps: a belt ends square at its end, not with a half disc.
            return unary_union([ln.buffer(width, resolution=RESOLUTION, cap_style=2) for ln in full])

        red_raw = band(red_w) if f.red_m is not None else None
        outer_raw = band(outer_w)
        keep = unary_union([proj.line(c.course) for c in f.lines]).buffer(outer_w + 1.0)
    else:
        area = proj.polygon(f.outline)
        red_raw = area.buffer(f.red_m, resolution=RESOLUTION) if f.red_m else area
        outer_raw = red_raw.buffer(f.yellow_m, resolution=RESOLUTION)
    yellow_raw = outer_raw.difference(red_raw) if red_raw is not None else outer_raw
    red = _multi(red_raw.intersection(outline), keep) if red_raw is not None else None
    return red, _multi(yellow_raw.intersection(outline), keep)


def _zone_note(f: geo.Feature, line_class: str) -> str:
    if f.outline:
        what = "范围线" if line_class == "red" else f"范围线外 {f.yellow_m:g} m 环带"
    elif line_class == "red":
        what = f"中心线两侧各 {f.core_m + (f.red_m or 0):g} m"
    elif f.red_m is None:
        what = f"中心线两侧各 {f.core_m + f.yellow_m:g} m（仅黄线区）"
    else:
        what = f"红线区外侧各 {f.yellow_m:g} m"
    return f"{NOTE}。按示意走向生成：{what}。"


def _zones(proj: Projector, outline: Polygon, uid: Callable[[], str]) -> list[Record]:
    out = []
    for f in geo.FEATURES:
        red, yellow = _feature_zones(f, proj, outline)
        for line_class, geom in (("red", red), ("yellow", yellow)):
            if geom is None:
                continue
            out.append({
                F.ZONE_UID: uid(), F.NAME: f.name, F.ZONE_TYPE: f.zone_type, F.LINE_CLASS: line_class,
                F.FEATURE_CODE: f.feature_code, F.WATER_SUPPLY: f.water_supply,
                F.NATURE_RESERVE: f.nature_reserve, F.NATIONAL_RED_LINE: False, F.ROAD_BELT: f.road_belt,
                F.DEPARTMENT: f.department, F.LEGAL_BASIS: LEGAL_BASIS, F.NOTES: _zone_note(f, line_class),
                F.DATA_STATUS: ILLUSTRATIVE, F.AREA_M2: rounded_area(geom), "geometry": geom,
            })
    return out


def _towns(proj: Projector, outline: Polygon) -> list[Record]:
    """Voronoi cells of the seats clipped to the outline: they tile the district by construction."""
    seats = [proj.point(t.seat) for t in geo.TOWNS]
    # No ``envelope=``: Debian's shapely 1.8.5 segfaults with one. GEOS then clips the cells to the
    # seats' extent grown by its larger side (tens of km), far beyond the outline.
    cells = voronoi_diagram(MultiPoint(seats)).geoms
    if not unary_union(cells).contains(outline):
        raise ValueError("the Voronoi cells do not cover the district outline")
    out = []
    for town, seat in zip(geo.TOWNS, seats):
        cell = next(c for c in cells if c.contains(seat))
        geom = _multi(cell.intersection(outline))
        out.append({F.NAME: town.name, F.CODE: town.code, F.KIND: town.kind, F.DATA_STATUS: ILLUSTRATIVE,
                    F.AREA_M2: rounded_area(geom), "geometry": geom})
    return out


def _approved_land(proj: Projector, zones: list[Record], uid: Callable[[], str]) -> list[Record]:
    out = []
    for spec in geo.APPROVED_LAND:
        if spec.offset_m is None:
            centre, angle = proj.point(spec.near), 0.0
        else:
            centre, angle = abeam(course(proj, spec.feature_code), proj.point(spec.near), spec.offset_m)
        geom = MultiPolygon([rectangle(centre, spec.along_m, spec.across_m, angle)])
        red = next(z["geometry"] for z in zones
                   if z[F.FEATURE_CODE] == spec.feature_code and z[F.LINE_CLASS] == "red")
        if not geom.within(red):  # the table is wrong, not the data: approved land must be in a red zone
            raise ValueError(f"{spec.approval_no} is not inside the red zone of {spec.feature_code}")
        out.append({
            F.LAND_UID: uid(), F.APPROVAL_NO: spec.approval_no, F.APPROVAL_DATE: dt.date(*spec.approval_date),
            F.AUTHORITY: geo.APPROVAL_AUTHORITY, F.PROJECT_NAME: spec.project_name, F.LAND_USE: spec.land_use,
            F.NOTES: f"{NOTE}；批复文号为示例，非真实文件。", "data_status": ILLUSTRATIVE,
            F.AREA_M2: rounded_area(geom), "geometry": geom,
        })
    return out


def _ring_points(ring: LineString, extra_midpoints: int) -> list[Point]:
    """Vertices of a clockwise ring from the north-western-most one, plus the midpoints of its
    ``extra_midpoints`` longest edges, in order along the ring."""
    coords = list(ring.coords)[:-1]
    start = max(range(len(coords)), key=lambda i: coords[i][1] - coords[i][0])  # NW-most: max(N − E)
    coords = coords[start:] + coords[:start]
    edges = [(coords[i], coords[(i + 1) % len(coords)]) for i in range(len(coords))]
    longest = sorted(range(len(edges)), key=lambda i: -math.dist(*edges[i]))[:extra_midpoints]
    points = []
    for i, (a, b) in enumerate(edges):
        points.append(Point(a))
        if i in longest:
            points.append(Point((a[0] + b[0]) / 2, (a[1] + b[1]) / 2))
    return points


def _marker(proj: Projector, zone: Record, kind: str, seq: int, pt: Point, boundary: LineString,
            uid: Callable[[], str], rng: random.Random, inspected: dt.date) -> Record:
    lon, lat = proj.inverse(pt.x, pt.y)
    number = marker_number(ZONE_TYPES[zone[F.ZONE_TYPE]].short, zone[F.FEATURE_CODE], seq, kind=kind)
    return {
        "marker_uid": uid(), "marker_no": number, "engraved_no": number, "zone_uid": zone[F.ZONE_UID],
        "kind": kind, "material": "concrete" if kind == "post" else "steel", "seq": seq,
        "x_north": pt.y, "y_east": pt.x, "longitude": lon, "latitude": lat,  # X = northing, Y = easting
        "elevation_m": geo.MARKER_ELEVATION_M, "survey_method": "rtk", "precision_m": 0.02,
        "distance_to_boundary_m": round(boundary.distance(pt), 3),
        "survey_date": dt.date(*geo.MARKER_SURVEY_DATE), "surveyor": geo.MARKER_SURVEYOR,
        "burial_date": dt.date(*geo.MARKER_BURIAL_DATE), "burial_unit": geo.MARKER_BURIAL_UNIT,
        "ref1_name": "示例参照物：围堤排水口", "ref1_bearing": round(rng.uniform(0, 360), 1),
        "ref1_distance_m": round(rng.uniform(15, 60), 1), "status": "buried", "last_inspection": inspected,
        "notes": f"{NOTE}；示例界桩，坐标为示意。", "data_status": ILLUSTRATIVE, "geometry": pt,
    }


def _markers(proj: Projector, zones: list[Record], uid: Callable[[], str], rng: random.Random,
             today: dt.date, moves: list[tuple[Record, Point]]) -> list[Record]:
    """The sample markers; ``moves`` gets (marker, designed point) for each one surveyed off its design."""
    zone = next(z for z in zones if z[F.FEATURE_CODE] == geo.MARKER_FEATURE and z[F.LINE_CLASS] == "red")
    ring = orient(zone["geometry"].geoms[0], sign=-1.0).exterior  # clockwise, as the numbering rule says
    inspected = today - dt.timedelta(days=40)
    out = []
    for seq, pt in enumerate(_ring_points(ring, geo.MARKER_EXTRA_MIDPOINTS), start=1):
        shift = geo.MARKER_JITTER_M.get(seq)
        if shift:
            # A survey offset roughly across the line (±30°), in or out at random.
            s = ring.project(pt)
            a, b = ring.interpolate(max(s - 1.0, 0.0)), ring.interpolate(min(s + 1.0, ring.length))
            normal = math.atan2(b.y - a.y, b.x - a.x) + math.pi / 2 + math.radians(rng.uniform(-30, 30))
            normal += math.pi if rng.random() < 0.5 else 0.0
            designed, pt = pt, Point(pt.x + shift * math.cos(normal), pt.y + shift * math.sin(normal))
        out.append(_marker(proj, zone, "post", seq, pt, ring, uid, rng, inspected))
        if shift:
            moves.append((out[-1], designed))
    sign = ring.interpolate(ring.project(proj.point(geo.MARKER_SIGN_NEAR)))
    out.append(_marker(proj, zone, "sign", 1, sign, ring, uid, rng, inspected))
    return out


def _marker_history(moves: list[tuple[Record, Point]], uid: Callable[[], str]) -> list[Record]:
    """The move from the designed vertex to the surveyed point, recorded when the post was buried."""
    return [{
        F.HISTORY_UID: uid(), F.MARKER_UID: m[F.MARKER_UID], F.MARKER_NO: m[F.MARKER_NO],
        F.CHANGED_AT: dt.datetime.combine(m[F.BURIAL_DATE], dt.time(16, 30)), F.CHANGED_BY: m[F.SURVEYOR],
        F.OLD_X_NORTH: round(designed.y, 3), F.OLD_Y_EAST: round(designed.x, 3),
        F.NEW_X_NORTH: round(m[F.X_NORTH], 3), F.NEW_Y_EAST: round(m[F.Y_EAST], 3),
        F.MOVED_M: round(designed.distance(m["geometry"]), 3), F.NOTE: "埋设后RTK实测坐标（示意）",
    } for m, designed in moves]


@dataclass
class SampleData:
    """The illustrative sample: records per table (``sample["zones"]``) and the cases of its ledger,
    which are recorded through the ledger's own path once the other tables are written
    (:func:`.geopackage.write_sample_geopackage`). ``uid`` continues the sample's reproducible
    UUIDs for the ledger's rows."""

    tables: dict[str, list[Record]]
    cases: list[SampleCase]
    today: dt.date
    uid: Callable[[], str] = field(repr=False)

    def __getitem__(self, table: str) -> list[Record]:
        return self.tables[table]


def build_sample(today: dt.date | None = None) -> SampleData:
    """The illustrative sample; dates of the case ledger count back from ``today`` (default: the
    current date) so the ledger always looks current."""
    today = today or dt.date.today()
    rng = random.Random(2016)

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    proj = Projector()
    outline = proj.polygon(geo.DISTRICT_OUTLINE)
    district = MultiPolygon([outline])
    zones = _zones(proj, outline, uid)
    towns = _towns(proj, outline)
    lands = _approved_land(proj, zones, uid)
    moves: list[tuple[Record, Point]] = []
    markers = _markers(proj, zones, uid, rng, today, moves)
    cases = sample_cases(proj, zones, lands, markers, today)
    tables = {
        "district": [{F.NAME: geo.DISTRICT_NAME, F.CODE: geo.DISTRICT_CODE, F.DATA_STATUS: ILLUSTRATIVE,
                      F.AREA_M2: rounded_area(district), "geometry": district}],
        "towns": towns,
        "zones": zones,
        "approved_land": lands,
        "markers": markers,
        "marker_history": _marker_history(moves, uid),
        "zone_indicators": sample_indicators(zones, uid, today),  # last: the other UUIDs stay as they were
    }
    return SampleData(tables, cases, today, uid)
