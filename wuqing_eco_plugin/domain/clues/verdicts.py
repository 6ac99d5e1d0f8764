# SPDX-License-Identifier: GPL-2.0-or-later
"""A monitoring clue's verdict, town and lead department (seed §三(三): found by monitoring too).

Polygons are screened as construction footprints are (``domain.overlaps.screening``: the same four
verdicts and areas); a point has no area, so the zones that contain it decide: red outside approved
land is ``prohibited``, yellow only ``needs_approval``, red inside approved land ``approved_land``.
A clue spanning towns belongs to the town holding most of its area and lists the others. Clues that
cannot be judged (far outside the district, offset coordinates, no geometry) get a flag instead of
a verdict: screening them as if valid would send an inspector to the wrong place.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from ..codes import Code, CodeTable
from ..departments import Routing, route_departments
from ..overlaps.screening import VERDICTS, Screener, Screening
from ..rules import ZoneInfo, resolve
from ..spatial import GeometryIndex

#: Verdicts that open a case, and the category each is registered under.
CASE_CATEGORIES = {"prohibited": "construction_red", "needs_approval": "construction_yellow"}
#: A clue further than this from the district is not Wuqing's (or its coordinates are wrong).
FAR_OUTSIDE_M = 1_000.0

CLUE_FLAGS: CodeTable[Code] = CodeTable(
    "clue_flag",
    (
        Code("no_geometry", "无几何图形，未筛查", "No geometry: not screened"),
        Code("transform_failed", "坐标转换失败，未筛查", "Coordinate transformation failed: not screened"),
        Code("outside_district", "远在武清区以外（坐标或坐标系可能有误），未筛查",
             "Far outside Wuqing (wrong coordinates or CRS?): not screened"),
        Code("gcj02", "疑似GCJ-02（互联网地图火星坐标）偏移坐标，未筛查",
             "Looks like offset GCJ-02 coordinates of an internet map: not screened"),
        Code("centre_mismatch", "图斑位置与其中心点坐标不符，未筛查",
             "The clue's shape and its stated centre disagree: not screened"),
    ),
)

CLUE_PROBLEMS: CodeTable[Code] = CodeTable(
    "clue_problem",
    (
        Code("no_id_field", "线索图层没有编号字段", "The clue layer has no clue number field"),
        Code("blank_id", "线索编号为空", "Clues without a number"),
        Code("duplicate_id", "同一批次中线索编号重复", "Clue numbers repeated in one batch"),
    ),
)


@dataclass(frozen=True)
class ClueVerdict:
    """One clue judged: its screening (None when flagged), its towns (most area first) and why not."""

    clue_id: str
    screening: Optional[Screening]
    towns: tuple[str, ...] = ()
    point: bool = False
    flag: Optional[str] = None
    detail: str = ""

    @property
    def verdict(self) -> Optional[str]:
        return self.screening.verdict if self.screening is not None else None

    @property
    def town(self) -> Optional[str]:
        return self.towns[0] if self.towns else None

    @property
    def opens_case(self) -> bool:
        return self.verdict in CASE_CATEGORIES

    def routing(self) -> Optional[Routing]:
        """Where a case of this clue goes, as the record dialog routes it: the category's sector
        department leads, every zone's department is involved. None for a clue outside every zone."""
        s = self.screening
        if s is None or not s.zones:
            return None
        return route_departments(case_rule(s).departments, CASE_CATEGORIES.get(s.verdict))


def point_screening(screener: Screener, point: Point) -> Screening:
    """The verdict at a point from the zones and approved land containing it (boundaries count)."""
    hits = screener.index.intersecting(point)
    zones = tuple(screener.zones[i] for i in hits)
    approvals = tuple(screener.approved.intersecting(point))
    classes = {z.line_class for z in zones}
    if "red" in classes:
        verdict = "approved_land" if approvals else "prohibited"
    else:
        verdict = "needs_approval" if "yellow" in classes else "clear"
    return Screening(0.0, 0.0, 0.0, 0.0, 0.0, zones, approvals,
                     resolve(zones, in_approved_land="red" in classes and bool(approvals)), verdict)


def case_zones(s: Screening) -> tuple[ZoneInfo, ...]:
    """The zones a case of this screening is linked to: every zone it lies in, but for a clue that
    needs approval only the yellow ones (its red part, if any, lies in approved land, the exemption)."""
    if s.verdict == "needs_approval":
        return tuple(z for z in s.zones if z.line_class == "yellow")
    return s.zones


def case_rule(s: Screening):
    """The rule over :func:`case_zones` (red outside approved land for a prohibited clue)."""
    return resolve(case_zones(s))


def towns_by_area(geometry: BaseGeometry, towns: GeometryIndex, names: Sequence[str]) -> tuple[str, ...]:
    """Names of the towns ``geometry`` lies in, the one holding most of its area first (a point: the
    towns containing it)."""
    hits = towns.intersecting(geometry)
    if isinstance(geometry, Point) or geometry.area <= 0:
        return tuple(dict.fromkeys(names[i] for i in hits))
    shares: Counter = Counter()
    for i in hits:
        shares[names[i]] += geometry.intersection(towns.geometries[i]).area
    return tuple(name for name, m2 in shares.most_common() if m2 > 0)


def judge(clue_id: str, geometry: BaseGeometry, screener: Screener, towns: GeometryIndex, town_names: Sequence[str],
          district: Optional[BaseGeometry]) -> ClueVerdict:
    """Screen one clue (EPSG:4548, repaired) after the check that it lies in or near the district."""
    is_point = isinstance(geometry, Point)
    if district is not None and not district.is_empty and geometry.distance(district) > FAR_OUTSIDE_M:
        return ClueVerdict(clue_id, None, (), is_point, "outside_district",
                           f"{geometry.distance(district) / 1000:.1f} km")
    s = point_screening(screener, geometry) if is_point else screener.screen(geometry)
    return ClueVerdict(clue_id, s, towns_by_area(geometry, towns, town_names), is_point)


def flagged(clue_id: str, flag: str, detail: str = "", point: bool = False) -> ClueVerdict:
    return ClueVerdict(clue_id, None, (), point, flag, detail)


def id_problems(ids: Iterable[Optional[str]]) -> dict[str, list[str]]:
    """What keeps a batch's clue numbers from identifying its clues: ``blank_id`` (positions, from 1)
    and ``duplicate_id`` (the numbers given twice or more)."""
    ids = [("" if i is None else str(i).strip()) for i in ids]
    blanks = [str(n) for n, i in enumerate(ids, start=1) if not i]
    counts = Counter(i for i in ids if i)
    out: dict[str, list[str]] = {}
    if blanks:
        out["blank_id"] = blanks
    repeated = sorted(i for i, n in counts.items() if n > 1)
    if repeated:
        out["duplicate_id"] = repeated
    return out


def description(clue_id: str, batch: str, verdict: str, areas: Sequence[float], zones: Sequence[ZoneInfo],
                towns: Sequence[str]) -> str:
    """The description a case of a clue is opened with, in the ledger's data language (Chinese): why
    it was opened (verdict; red, yellow, approved and whole areas in m², the last 0 for a point), so
    the verifier sees it on site."""
    red, yellow, approved, whole = (float(a or 0.0) for a in areas)
    names = "；".join(f"{z.name}（{'红线区' if z.line_class == 'red' else '黄线区'}）" for z in zones)
    lines = [f"遥感监测线索 {clue_id}" + (f"（{batch}）" if batch else "") + "。",
             f"筛查结论：{VERDICTS.label(verdict, 'zh')}。",
             f"涉及红线区 {red:,.1f} m²，黄线区 {yellow:,.1f} m²，已批规划建设用地 {approved:,.1f} m²"
             + (f"（图斑面积 {whole:,.1f} m²）。" if whole else "（点位线索，按所在区域判定）。")]
    if names:
        lines.append(f"所涉区域：{names}。")
    if len(towns) > 1:
        lines.append(f"跨镇街：{'、'.join(towns)}（按面积归属{towns[0]}）。")
    lines.append("待现场核实。")
    return "\n".join(lines)
