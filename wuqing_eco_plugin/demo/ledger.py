# SPDX-License-Identifier: GPL-2.0-or-later
"""The ledger's demo step: a realistic spread of FICTITIOUS cases (示例案件) recorded and moved along
their lifecycle through the same place finder and ledger store the dialog uses, then one quarterly
report, the annual assessment pack and a public export.

Cases are spread over the last fourteen months, over every zone type, source and category that
applies there; older cases are further along (most closed, some dismissed, referred to the police
or overdue). Every name, phone number and description is made up; the run is reproducible.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Optional

from qgis.core import QgsPointXY
from shapely.geometry import Point, box
from shapely.geometry.base import BaseGeometry

from ..domain.admin import ILLUSTRATIVE
from ..domain.ledger.cases import INITIAL_STATUS
from ..domain.ledger.records import Place, RecordDraft
from ..layers.geometry import to_shapely
from ..layers.schema import F
from ..sample.cases import RECORDED_AFTER, walk_case
from ..sample.geography import STEP_ACTORS
from ..services.ledger.export import export_ledger
from ..services.ledger.record_prefill import PlaceFinder
from ..services.ledger.reports import read_composition, write_report
from ..services.ledger.store import LedgerStore
from .context import DemoContext

CASE_COUNT = 36
SEED = 2016_05
#: Category weights per zone type: what patrols in Wuqing would most often find.
WEIGHTS = {
    "river": {"sewage_discharge": 4, "garbage_dump": 3, "shoreline_fill": 3, "fishing_gear": 3, "stockyard": 2,
              "soil_sand_extraction": 2, "pond_digging": 1, "land_occupation": 2, "construction_red": 2,
              "construction_yellow": 2, "water_pollution_event": 1, "marker_damage": 1, "well_drilling": 1},
    "reservoir": {"tourism_water_sports": 3, "fishing_gear": 2, "garbage_dump": 1, "marker_damage": 2,
                  "construction_red": 1},
    "wetland": {"poaching": 3, "plant_collection": 2, "waste_dumping": 2, "wetland_area_loss": 1,
                "land_occupation": 1, "water_pollution_event": 1},
    "forest_belt": {"illegal_felling": 4, "waste_dumping": 4, "land_occupation": 2, "construction_red": 2,
                    "construction_yellow": 2, "forest_condition": 2, "soil_sand_extraction": 1},
}
SOURCES = {"patrol": 6, "monitoring": 2, "public_report": 4, "media": 1, "deputies": 1, "assigned": 1}
WHAT = {
    "construction_red": "搭建彩钢板房约{n}平方米，与保护无关且不在批准用地范围内",
    "construction_yellow": "未经市人民政府审查同意开挖基础、建设厂房约{n}平方米",
    "land_occupation": "违法占地堆放建材并修建围墙约{n}平方米",
    "shoreline_fill": "倾倒渣土填埋岸线约{n}平方米",
    "well_drilling": "私自打井一眼用于灌溉",
    "blasting": "进行爆破作业",
    "pond_digging": "挖筑鱼塘约{n}平方米",
    "fishing_gear": "设置拦河网具{k}处",
    "stockyard": "设置砂石堆场约{n}平方米",
    "garbage_dump": "堆放生活垃圾约{k}0立方米",
    "soil_sand_extraction": "取土挖沙形成坑塘约{n}平方米",
    "sewage_discharge": "暗管排放未经处理的养殖废水",
    "waste_dumping": "倾倒建筑垃圾约{k}0立方米",
    "illegal_felling": "盗伐杨树{k}株",
    "tourism_water_sports": "组织游泳、垂钓等娱乐活动",
    "poaching": "架设粘网非法捕鸟，现场查获粘网{k}张",
    "plant_collection": "非法采挖野生芦苇根和中草药",
    "wetland_area_loss": "围垦湿地约{n}平方米改为耕地",
    "water_pollution_event": "水体发黑发臭，断面水质不达标",
    "forest_condition": "林带缺株断带、病虫害未及时防治",
    "marker_damage": "界桩被施工车辆撞断",
}
FOUND_BY = {"patrol": "巡查发现", "monitoring": "例行监测发现", "public_report": "群众举报", "media": "媒体报道",
            "deputies": "人大代表反映", "assigned": "上级交办"}


def _point_in(geometry: BaseGeometry, rng: random.Random) -> Point:
    minx, miny, maxx, maxy = geometry.bounds
    for _ in range(500):
        p = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
        if geometry.contains(p):
            return p
    return geometry.representative_point()


def _choose(weights: dict[str, int], allowed, rng: random.Random) -> Optional[str]:
    options = [(k, w) for k, w in weights.items() if k in allowed]
    if not options:
        return None
    return rng.choices([k for k, _ in options], [w for _, w in options])[0]


def _path(category: str, age_days: int, rng: random.Random) -> list[str]:
    """The statuses a case of this age went through (the seed's sequence, with its side roads)."""
    if rng.random() < 0.1:
        return ["dismissed"]
    if category == "poaching":
        return ["verified", "referred_police"] + (["closed"] if age_days > 60 else [])
    full = ["verified", "notified", "proposed", "rectifying", "reinspected", "closed"]
    if age_days > 60 and rng.random() < 0.2:
        return full[:4]  # rectification never re-inspected: overdue
    return full


def _draft(place: Place, category: str, source: str, found: dt.datetime, n: int,
           rng: random.Random) -> RecordDraft:
    zone = place.zones[0].name if place.zones else "保护区域外侧"
    what = WHAT[category].format(n=rng.randrange(200, 3000, 50), k=rng.randint(2, 9))
    public = source == "public_report"
    return RecordDraft(
        discovered_at=found, source=source, category=category,
        description=f"{FOUND_BY[source]}：{place.town or ''}{zone}内{what}（示例案件，非真实）。",
        responsible_party=f"示例当事人{n:02d}",
        reporter_name=f"示例举报人{n:02d}" if public else "",
        reporter_contact=f"示例电话 000-0000-{n:04d}" if public else "",
        outside_confirmed=place.outside, created_by=STEP_ACTORS[INITIAL_STATUS],
        internal_notes="示例：内部备注，不公开" if rng.random() < 0.3 else "",
        data_status=ILLUSTRATIVE,
    )


def fill_ledger(ctx: DemoContext, now: dt.datetime | None = None) -> list[str]:
    """Record :data:`CASE_COUNT` fictitious cases and move them along; return their numbers."""
    now = now or dt.datetime.now().replace(microsecond=0)
    rng = random.Random(SEED)
    finder = PlaceFinder.from_layers(ctx.loaded.layers)
    zones = [(f[F.ZONE_TYPE], to_shapely(f.geometry())) for role in ("red_zones", "yellow_zones")
             for f in ctx.loaded[role].getFeatures()]
    district = to_shapely(next(ctx.loaded["district"].getFeatures()).geometry())
    store = LedgerStore(ctx.gpkg)
    numbers = []
    for n in range(1, CASE_COUNT + 1):
        outside = n % 12 == 0  # now and then a finding next to a zone, recorded as outside
        if outside:
            point = _point_in(district, rng)
            while finder.at(QgsPointXY(point.x, point.y)).zones:
                point = _point_in(district, rng)
        else:
            zone_type, geometry = rng.choice(zones)
            point = _point_in(geometry, rng)
        place = finder.at(QgsPointXY(point.x, point.y))
        weights = WEIGHTS[place.zone_type] if place.zones else {"sewage_discharge": 2, "waste_dumping": 1}
        category = _choose(weights, place.categories(), rng)
        if category is None:
            continue
        age = int(rng.triangular(3, 420, 60))
        found = dt.datetime.combine(now.date() - dt.timedelta(days=age), dt.time(rng.randint(8, 16),
                                                                                   rng.choice((0, 15, 30, 45))))
        draft = _draft(place, category, rng.choices(list(SOURCES), list(SOURCES.values()))[0], found, n, rng)
        area = None
        if category in ("construction_red", "construction_yellow", "land_occupation", "shoreline_fill"):
            side = rng.uniform(15, 50)
            area = box(point.x - side, point.y - side / 2, point.x + side, point.y + side / 2)
        saved = store.save_new(draft, place, area, at=found + RECORDED_AFTER)
        walk_case(store, saved.record_uid, found + RECORDED_AFTER, _path(category, age, rng), now)
        numbers.append(saved.record_no)
    return numbers


def last_complete_quarter(today: dt.date) -> tuple[int, int]:
    quarter = (today.month - 1) // 3  # the one before the running quarter
    return (today.year, quarter) if quarter else (today.year - 1, 4)


def ledger_step(ctx: DemoContext) -> dict[str, Path]:
    """The demo step of the ledger (see ``services.demo.STEPS``)."""
    now = dt.datetime.now().replace(microsecond=0)
    today = now.date()
    fill_ledger(ctx, now)
    for role in ("violations", "violation_areas", "violation_history"):
        ctx.loaded[role].reload()
    store = LedgerStore(ctx.gpkg)
    rows = store.rows()
    year, quarter = last_complete_quarter(today)
    steps = store.steps()
    quarterly = write_report(rows, ctx.out, year, quarter, project=ctx.project, history=steps)
    comp = read_composition([ctx.loaded["red_zones"], ctx.loaded["yellow_zones"]], ctx.loaded["towns"])
    annual = write_report(rows, ctx.out, today.year, 0, comp, project=ctx.project, history=steps)
    public, _ = export_ledger(rows, ctx.out / "wuqing_ledger_public.xlsx", public=True)
    return {
        "Quarterly report (XLSX)": quarterly.xlsx, "Quarterly report (PDF)": quarterly.pdf,
        "Annual assessment pack (XLSX)": annual.xlsx, "Annual assessment pack (PDF)": annual.pdf,
        "Public ledger": public,
    }
