# SPDX-License-Identifier: GPL-2.0-or-later
"""Tables behind the bundled ILLUSTRATIVE sample of Wuqing District (示意数据，非法定边界).

Pure data, no QGIS: the facts of ``shared/domain/geography.md`` as lon/lat (CGCS2000 ≈ WGS84 at
this scale) tables, plus the fictitious sample records placed on them. The real red/yellow line
boundaries are not public; courses marked [A] there are approximate by ±3–5 km, so nothing here is
a legal boundary. ``sample_data`` and ``sample_cases`` turn these tables into EPSG:4548 features.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

LonLat = tuple[float, float]

DISTRICT_NAME = "武清区"
DISTRICT_CODE = "120114"
#: Area of the district from the geography notes; the outline below is drawn to match it ±5 %.
DISTRICT_AREA_KM2 = 1572.0

#: Hand-drawn outline, clockwise from the northern tip (土门楼 on the 香河 border). Elongated N–S,
#: widest across the middle where 大黄堡 reaches the 宝坻 border (the reserve's east edge), with the
#: 王庆坨 lobe hanging to the SW. Drawn ~1 km outside the seats and the inner vertices of the courses;
#: where a river or road leaves the district the border passes near the course's end [A] (±3 km).
DISTRICT_OUTLINE: tuple[LonLat, ...] = (
    (116.962, 39.702), (116.987, 39.703), (117.008, 39.687), (117.035, 39.666), (117.087, 39.637),
    (117.135, 39.607), (117.187, 39.577), (117.240, 39.567), (117.300, 39.557), (117.318, 39.545),
    (117.323, 39.520), (117.333, 39.506), (117.336, 39.470), (117.331, 39.430), (117.336, 39.390),
    (117.333, 39.355), (117.302, 39.340), (117.268, 39.333), (117.240, 39.332), (117.205, 39.330),
    (117.175, 39.332), (117.150, 39.338), (117.128, 39.322), (117.108, 39.296), (117.088, 39.276),
    (117.062, 39.280), (117.038, 39.286), (117.012, 39.280), (117.003, 39.255), (117.004, 39.226),
    (116.993, 39.200), (116.972, 39.186), (116.945, 39.181), (116.918, 39.177), (116.893, 39.190),
    (116.872, 39.203), (116.845, 39.211), (116.822, 39.220), (116.818, 39.238), (116.840, 39.262),
    (116.858, 39.288), (116.872, 39.305), (116.876, 39.330), (116.862, 39.355), (116.852, 39.378),
    (116.850, 39.420), (116.846, 39.460), (116.838, 39.500), (116.836, 39.545), (116.846, 39.585),
    (116.860, 39.613), (116.884, 39.643), (116.908, 39.672), (116.937, 39.692),
)


@dataclass(frozen=True)
class Town:
    name: str
    kind: str  # ``street`` (街道) or ``town`` (镇)
    code: str  # illustrative 9-digit code 120114NNN: streets 001–006, towns 101–124
    seat: LonLat


def _t(name: str, code: int, lat: float, lon: float) -> Town:
    # The notes list seats as (lat, lon); keep that order here to copy them without swapping.
    return Town(name, "street" if name.endswith("街道") else "town", f"{DISTRICT_CODE}{code:03d}", (lon, lat))


TOWNS: tuple[Town, ...] = (
    _t("杨村街道", 1, 39.37, 117.05), _t("下朱庄街道", 2, 39.338, 117.078), _t("东蒲洼街道", 3, 39.42, 117.05),
    _t("黄庄街道", 4, 39.32, 117.03), _t("徐官屯街道", 5, 39.41, 117.10), _t("运河西街道", 6, 39.38, 117.02),
    _t("梅厂镇", 101, 39.35, 117.15), _t("大碱厂镇", 102, 39.47, 117.12), _t("崔黄口镇", 103, 39.53, 117.17),
    _t("大良镇", 104, 39.55, 117.06), _t("下伍旗镇", 105, 39.60, 117.05), _t("南蔡村镇", 106, 39.47, 117.06),
    _t("大孟庄镇", 107, 39.56, 116.99), _t("泗村店镇", 108, 39.50, 116.94), _t("河西务镇", 109, 39.623, 116.954),
    _t("城关镇", 110, 39.527, 116.868), _t("东马圈镇", 111, 39.45, 116.87), _t("黄花店镇", 112, 39.36, 116.93),
    _t("石各庄镇", 113, 39.299, 116.900), _t("王庆坨镇", 114, 39.20, 116.93), _t("汊沽港镇", 115, 39.25, 116.92),
    _t("河北屯镇", 116, 39.40, 116.97), _t("上马台镇", 117, 39.389, 117.257), _t("大王古庄镇", 118, 39.58, 116.86),
    _t("陈咀镇", 119, 39.292, 117.002), _t("豆张庄镇", 120, 39.34, 116.99), _t("曹子里镇", 121, 39.43, 117.17),
    _t("大黄堡镇", 122, 39.45, 117.27), _t("高村镇", 123, 39.63, 116.90), _t("白古屯镇", 124, 39.58, 116.91),
)


@dataclass(frozen=True)
class Course:
    """One centreline as in the geography notes. ``lead_in``/``lead_out`` are points outside the
    district that the generator adds before/after it, so that the zone of a river or road crossing
    the border runs out to the border instead of stopping short. An end with a lead may lie inside
    (the line goes on to the border) or up to ~3 km beyond the outline (the notes' crossing point is
    approximate [A]); every other vertex lies inside."""

    course: tuple[LonLat, ...]
    lead_in: Optional[LonLat] = None
    lead_out: Optional[LonLat] = None


@dataclass(frozen=True)
class Feature:
    """A protected feature of seed §四(一).

    Lines: red = centreline buffered by ``core_m`` (half the channel, carriageway or track bed) +
    ``red_m``; yellow = a further ``yellow_m`` beyond the red. Areas: red = the outline (+ ``red_m``),
    yellow = a ring of ``yellow_m`` around it. ``red_m=None``: no red core, the whole band is yellow.
    """

    name: str
    zone_type: str
    feature_code: str
    department: str
    core_m: float
    red_m: Optional[float]
    yellow_m: float
    lines: tuple[Course, ...] = ()
    outline: tuple[LonLat, ...] = ()
    water_supply: bool = False
    nature_reserve: bool = False
    road_belt: bool = False


def _river(name: str, code: str, channel_m: float, *lines: Course, **flags: bool) -> Feature:
    # Rivers: red = channel + 50 m each side, yellow 30 m beyond (geography.md "Widths").
    return Feature(name, "river", code, "water", channel_m / 2, 50.0, 30.0, lines=lines, **flags)


def _expressway(name: str, code: str, line: Course) -> Feature:
    # ~30 m carriageway; red 50 m per side, yellow 50 m beyond (Tianjin greening standard ≥ 50 m).
    return Feature(name, "forest_belt", code, "forestry", 15.0, 50.0, 50.0, lines=(line,), road_belt=True)


def _railway(name: str, code: str, line: Course, red_m: float = 30.0) -> Feature:
    # ~14 m track bed; red 30 m per side (200 m for 京津城际, 2018 [V]), yellow 30 m beyond.
    return Feature(name, "forest_belt", code, "forestry", 7.0, red_m, 30.0, lines=(line,))


def _offset(line: tuple[LonLat, ...], east_km: float, north_km: float) -> tuple[LonLat, ...]:
    """A line shifted by a fixed ground offset, for the parallel channels of 龙凤河/北京排污河."""
    return tuple((lon + east_km / (111.32 * math.cos(math.radians(lat))), lat + north_km / 110.95)
                 for lon, lat in line)


_LONGFENG = ((117.05, 39.55), (117.12, 39.47), (117.20, 39.40), (117.27, 39.33))

FEATURES: tuple[Feature, ...] = (
    _river("北运河", "BYH", 120.0, Course(
        ((116.98, 39.69), (116.955, 39.62), (117.00, 39.53), (117.05, 39.45), (117.05, 39.38),
         (117.06, 39.30), (117.08, 39.25)), lead_in=(116.985, 39.74), lead_out=(117.09, 39.20))),
    # Two channels 1–3 km apart NW→SE (geography.md): 龙凤河 to the NE, 北京排污河 to the SW.
    _river("龙凤河（北京排污河）", "LFH", 40.0,
           Course(_offset(_LONGFENG, 0.63, 0.49), lead_out=(117.335, 39.28)),
           Course(_offset(_LONGFENG, -0.63, -0.49), lead_out=(117.32, 39.27))),
    # Starts at the diversion sluice on the 北运河 at 土门楼 and leaves for 大刘坡 (宝坻), 52.4 km in all.
    _river("青龙湾减河", "QLW", 200.0, Course(
        ((116.985, 39.685), (117.08, 39.63), (117.18, 39.57), (117.30, 39.55)), lead_in=(116.965, 39.725),
        lead_out=(117.38, 39.545))),
    _river("永定河", "YDH", 110.0, Course(  # bed about 110 m wide [V]
        ((116.86, 39.38), (116.93, 39.36), (117.00, 39.33), (117.04, 39.30)),
        lead_in=(116.79, 39.395), lead_out=(117.042, 39.22))),
    _river("南水北调中线", "NSBD", 20.0, Course(  # the 天津干线 is a buried culvert
        ((116.88, 39.21), (116.98, 39.19)), lead_in=(116.76, 39.225), lead_out=(117.06, 39.175)),
        water_supply=True),
    # The seed marks it 黄线区 only. Course in Wuqing unverified: a short N–S corridor near 117.30°E.
    Feature("引滦输水明渠", "river", "YLQ", "water", 25.0, None, 80.0, water_supply=True, lines=(Course(
        ((117.305, 39.455), (117.300, 39.40), (117.296, 39.335)), lead_in=(117.37, 39.47),
        lead_out=(117.29, 39.27)),)),
    # Regulating reservoir of the 南水北调 天津干线, about 2 × 1.5 km [A]; yellow ring 300 m.
    Feature("王庆坨水库", "reservoir", "WQT", "water", 0.0, 0.0, 300.0, water_supply=True, outline=(
        (116.9385, 39.2118), (116.9465, 39.2132), (116.9560, 39.2128), (116.9605, 39.2098),
        (116.9612, 39.2040), (116.9570, 39.2002), (116.9480, 39.1996), (116.9402, 39.2008),
        (116.9376, 39.2045), (116.9372, 39.2088))),
    # 11 200 ha, 117.176–117.333°E, 39.351–39.508°N [V]. North edge 曹家岗路, west edge 津围公路; the east
    # edge is the 宝坻 border, so the outline runs past it and is clipped to the district. Ring 1 km.
    Feature("大黄堡湿地自然保护区", "wetland", "DHB", "forestry", 0.0, 0.0, 1000.0, nature_reserve=True, outline=(
        (117.180, 39.508), (117.228, 39.508), (117.244, 39.487), (117.280, 39.465), (117.350, 39.441),
        (117.350, 39.351), (117.316, 39.351), (117.301, 39.366), (117.283, 39.389), (117.259, 39.410),
        (117.224, 39.433), (117.192, 39.452), (117.176, 39.472), (117.177, 39.492))),
    # A belt 0.5–1 km wide along the NW edge, 高村 → 大王古庄 → 城关 [A]: 750 m of red, 100 m yellow.
    Feature("西北防风阻沙林带", "forest_belt", "XBL", "forestry", 0.0, 375.0, 100.0, lines=(Course(
        ((116.940, 39.674), (116.900, 39.641), (116.870, 39.606), (116.856, 39.568), (116.855, 39.528),
         (116.862, 39.492))),)),
    # Where 下伍旗, 大良 and 南蔡村 meet, 7–8 km² [V], about 3 × 2.7 km centred near (117.07, 39.55) [A].
    Feature("港北森林公园", "forest_belt", "GBS", "forestry", 0.0, 0.0, 100.0, outline=(
        (117.054, 39.5615), (117.069, 39.5630), (117.086, 39.5590), (117.0885, 39.5470),
        (117.081, 39.5385), (117.063, 39.5375), (117.0525, 39.5415), (117.0505, 39.5530))),
    _expressway("京津高速公路防护林带", "JJGS", Course(
        ((117.02, 39.63), (117.12, 39.47), (117.22, 39.37)), lead_in=(116.985, 39.73),
        lead_out=(117.30, 39.29))),
    _expressway("京津塘高速公路防护林带", "JJTGS", Course(
        ((116.85, 39.55), (116.94, 39.49), (117.02, 39.40), (117.08, 39.30)), lead_in=(116.78, 39.595),
        lead_out=(117.115, 39.215))),
    _expressway("京沪高速公路防护林带", "JHGS", Course(
        ((116.90, 39.45), (116.90, 39.30), (116.92, 39.18)), lead_in=(116.78, 39.49),
        lead_out=(116.93, 39.08))),
    _expressway("津保高速公路防护林带", "JBGS", Course(
        ((116.80, 39.222), (116.90, 39.218), (117.00, 39.225)), lead_in=(116.72, 39.225),
        lead_out=(117.08, 39.212))),
    _expressway("滨保高速公路防护林带", "BBGS", Course(
        ((116.85, 39.29), (116.98, 39.288), (117.10, 39.29)), lead_in=(116.77, 39.29),
        lead_out=(117.20, 39.255))),
    _expressway("唐廊高速公路防护林带", "TLGS", Course(
        ((116.85, 39.54), (117.07, 39.542), (117.30, 39.54)), lead_in=(116.77, 39.54),
        lead_out=(117.38, 39.54))),
    _railway("京沪铁路防护林带", "JHTL", Course(
        ((116.93, 39.60), (117.06, 39.38), (117.09, 39.28)), lead_in=(116.87, 39.70),
        lead_out=(117.105, 39.20))),
    # Parallel to the 京沪铁路, 1–2 km east; belt 200 m per side (2018) [V].
    _railway("京津城际铁路防护林带", "JJCJ", Course(
        ((116.95, 39.60), (117.078, 39.38), (117.108, 39.28)), lead_in=(116.89, 39.70),
        lead_out=(117.125, 39.20)), red_m=200.0),
    _railway("津蓟铁路防护林带", "JJTL", Course(
        ((117.206, 39.325), (117.200, 39.45), (117.196, 39.575)), lead_in=(117.21, 39.26),
        lead_out=(117.19, 39.65))),
)

FEATURES_BY_CODE = {f.feature_code: f for f in FEATURES}

# --- Fictitious records placed on the features (all names, numbers and phones are examples) -------


@dataclass(frozen=True)
class LandSpec:
    """Approved construction land inside a red zone: a rectangle ``along_m`` × ``across_m`` centred
    ``offset_m`` left of the feature's course (seen downstream) at the point nearest ``near``; for an
    area feature (``offset_m`` None) centred on ``near`` and north-aligned."""

    approval_no: str
    approval_date: tuple[int, int, int]
    project_name: str
    land_use: str
    feature_code: str
    near: LonLat
    offset_m: Optional[float]
    along_m: float
    across_m: float


APPROVED_LAND: tuple[LandSpec, ...] = (
    LandSpec("津政函〔2015〕示例01号", (2015, 6, 18), "京津城际武清站站前广场（示例）", "交通设施用地",
             "JJCJ", (117.060, 39.410), 110.0, 200.0, 100.0),
    LandSpec("津政函〔2015〕示例02号", (2015, 9, 10), "北运河筐儿港泵站（示例）", "水工设施用地",
             "BYH", (117.000, 39.530), -75.0, 60.0, 50.0),
    LandSpec("津政函〔2014〕示例03号", (2014, 11, 20), "港北森林公园游客服务中心（示例）", "公园配套设施用地",
             "GBS", (117.078, 39.552), None, 120.0, 80.0),
    LandSpec("津政函〔2015〕示例04号", (2015, 3, 26), "京津塘高速公路养护工区（示例）", "公路设施用地",
             "JJTGS", (116.960, 39.468), -45.0, 80.0, 30.0),
)
APPROVAL_AUTHORITY = "天津市人民政府"

#: Boundary posts on the red line of 王庆坨水库: one at every vertex of the ring plus one in the middle
#: of each of the longest edges; a signboard (own series) where the ring is nearest the town seat.
MARKER_FEATURE = "WQT"
MARKER_EXTRA_MIDPOINTS = 2
MARKER_SIGN_NEAR: LonLat = (116.93, 39.20)
#: Post sequence → survey offset (m) from the designed point, so accuracy checks have something to
#: find (rules §6 defaults: warn above 0.5 m, fail above 1.0 m).
MARKER_JITTER_M: dict[int, float] = {3: 0.04, 6: 0.35, 8: 0.8, 11: 1.4}
MARKER_SURVEY_DATE = (2017, 4, 12)
MARKER_BURIAL_DATE = (2017, 4, 20)
MARKER_SURVEYOR = "示例测量员甲"
MARKER_BURIAL_UNIT = "示例测绘队"
MARKER_ELEVATION_M = 6.2  # on the embankment crest; the plain is 2.8–13 m (1985 datum)


@dataclass(frozen=True)
class CaseSpec:
    """A fictitious violation record. The point is ``offset_m`` left of the course of ``feature_code``
    nearest ``near`` (``near`` itself when None); ``marker_seq`` puts it at that post, ``land_index``
    in that approved land. ``path``: the statuses after ``registered``, each an allowed transition."""

    category: str
    source: str
    feature_code: str
    near: LonLat
    offset_m: Optional[float]
    path: tuple[str, ...]
    days_ago: int
    description: str
    responsible_party: Optional[str] = None
    reporter: Optional[tuple[str, str]] = None
    proposal: Optional[str] = None
    penalty_no: Optional[str] = None
    area_m: Optional[tuple[float, float]] = None  # affected area along × across the course
    marker_seq: Optional[int] = None
    land_index: Optional[int] = None


_TO_CLOSE = ("verified", "notified", "proposed", "rectifying", "reinspected")

CASES: tuple[CaseSpec, ...] = (
    CaseSpec("construction_red", "patrol", "JJTGS", (116.985, 39.440), 40.0, _TO_CLOSE[:4], 48,
             "巡查发现示例公司甲在京津塘高速公路防护林带红线区内（批准用地范围外）搭建彩钢板临时仓库约1800平方米，毁坏林木。",
             responsible_party="示例公司甲", proposal="责令限期拆除违法建筑、恢复林地，由区建委依法查处。",
             area_m=(60.0, 30.0)),
    CaseSpec("construction_yellow", "public_report", "YDH", (116.965, 39.345), 120.0, _TO_CLOSE[:3], 25,
             "群众举报：示例公司乙在永定河黄线区内未经市人民政府审查同意开挖基础、建设厂房。",
             responsible_party="示例公司乙", reporter=("示例举报人甲", "示例电话 000-0000-0001"),
             proposal="责令停止建设；未经市人民政府审查同意不得施工。"),
    CaseSpec("poaching", "patrol", "DHB", (117.288, 39.425), None, ("verified", "referred_police"), 18,
             "巡护发现大黄堡湿地自然保护区内架设粘网非法捕鸟，现场查获粘网6张。",
             responsible_party="示例当事人丙"),
    CaseSpec("sewage_discharge", "monitoring", "BYH", (117.052, 39.360), 70.0,
             (*_TO_CLOSE, "rectifying", "reinspected", "closed"), 95,
             "例行监测发现示例养殖场通过暗管向北运河排放未经处理的养殖废水，断面氨氮超标；首次复查仍有渗漏。",
             responsible_party="示例养殖场", proposal="封堵排污暗管，限期建设污水处理设施。",
             penalty_no="示例罚决字〔示例〕第001号"),
    CaseSpec("illegal_felling", "public_report", "XBL", (116.866, 39.590), 150.0, _TO_CLOSE[:2], 12,
             "群众举报西北防风阻沙林带内有人盗伐杨树，现场核实被伐树木23株。",
             responsible_party="示例当事人丁", reporter=("示例举报人乙", "示例电话 000-0000-0002")),
    CaseSpec("marker_damage", "patrol", "WQT", (116.95, 39.21), None, ("verified",), 6,
             "巡查发现王庆坨水库红线界桩{marker}被施工车辆撞断，桩体移位约1.5米。",
             responsible_party="示例运输公司戊", marker_seq=5),
    CaseSpec("waste_dumping", "deputies", "JHGS", (116.900, 39.400), -40.0, (), 2,
             "志愿者反映京沪高速公路防护林带内倾倒建筑垃圾约50立方米。",
             reporter=("示例志愿者", "示例电话 000-0000-0003")),
    CaseSpec("land_occupation", "public_report", "JJCJ", (117.060, 39.410), 110.0, ("dismissed",), 30,
             "群众举报武清站附近京津城际铁路防护林带内施工建设。经核查，施工位于市人民政府批准的规划建设用地"
             "（{approval}）范围内，不属违法建设，不予立案。",
             responsible_party="示例建设单位己", reporter=("示例举报人丙", "示例电话 000-0000-0004"),
             land_index=0),
)

#: Days each step takes after the previous one, and who records it (fictitious roles).
STEP_DAYS = {"verified": 1, "notified": 2, "proposed": 4, "rectifying": 3, "reinspected": 30, "closed": 2,
             "dismissed": 2, "referred_police": 1}
STEP_ACTORS = {"registered": "示例巡查员", "verified": "示例核查员", "notified": "区环保局示例科员",
               "proposed": "区环保局示例科员", "rectifying": "示例执法人员", "reinspected": "示例核查员",
               "closed": "区环保局示例科员", "dismissed": "示例核查员", "referred_police": "区环保局示例科员"}
RECTIFY_DAYS = 30  # deadline after rectification is ordered (限期整改)
