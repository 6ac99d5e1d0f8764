# SPDX-License-Identifier: GPL-2.0-or-later
"""Illustrative quality and service-function indicators of the sample zones, for two years (示意数据).

The values are invented to show the annual pack's table (a class that improves, one that stays,
a cover that grows); they say nothing about the real rivers, reservoir, wetland or belts.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from ..domain.admin import ILLUSTRATIVE
from ..layers.schema import F

#: (zone name, class, indicator, unit, value the year before, value this year)
VALUES = (
    ("北运河", "red", "水质类别（地表水）", "类", 4.0, 3.0),
    ("龙凤河（北京排污河）", "red", "水质类别（地表水）", "类", 5.0, 5.0),
    ("永定河", "red", "水质类别（地表水）", "类", 3.0, 3.0),
    ("王庆坨水库", "red", "水质类别（地表水）", "类", 3.0, 2.0),
    ("大黄堡湿地自然保护区", "red", "鸟类种数", "种", 165.0, 172.0),
    ("港北森林公园", "red", "林木覆盖率", "%", 72.5, 75.1),
    ("京津塘高速公路防护林带", "red", "林木覆盖率", "%", 81.0, 80.2),
)


def sample_indicators(zones: list[dict], uid: Callable[[], str], today: dt.date) -> list[dict]:
    by_name = {(z[F.NAME], z[F.LINE_CLASS]): z[F.ZONE_UID] for z in zones}
    out = []
    for name, line_class, indicator, unit, before, now in VALUES:
        zone_uid = by_name.get((name, line_class))
        if zone_uid is None:
            continue
        for year, value in ((today.year - 1, before), (today.year, now)):
            out.append({F.INDICATOR_UID: uid(), F.ZONE_UID: zone_uid, F.INDICATOR: indicator, F.UNIT: unit,
                        F.VALUE: value, F.YEAR: year, F.SOURCE: "示意数据", F.DATA_STATUS: ILLUSTRATIVE})
    return out
