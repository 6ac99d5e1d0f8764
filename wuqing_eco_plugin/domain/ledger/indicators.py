# SPDX-License-Identifier: GPL-2.0-or-later
"""Quality and service-function indicators of the zones (seed §五: 面积、构成、质量及服务功能).

Any indicator with a name, a unit, a value and a year, per zone: the water quality class of a river
section (Ⅲ类 is stored as 3 with the unit 类), the vegetation cover of a belt in %, a wetland's bird
count. The annual pack shows each beside the zone's area with the change from the year before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Optional, Sequence

from ..codes import Code, CodeTable

#: Surface water quality classes (GB 3838-2002) as numbers: 劣Ⅴ类 (worse than Ⅴ) is 6.
WATER_CLASSES = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
_CLASS = re.compile(r"^(劣)?\s*([ⅠⅡⅢⅣⅤIV]+)\s*类?$", re.IGNORECASE)

INDICATOR_PROBLEMS: CodeTable[Code] = CodeTable(
    "indicator_problem",
    (
        Code("unknown_zone", "找不到该保护区域（请填写区域编号或“名称（红线区/黄线区）”）",
             "No such zone (give its zone_uid or “name (red/yellow-line zone)”)"),
        Code("no_name", "请填写指标名称", "Give the indicator's name"),
        Code("bad_value", "数值无法识别", "The value is not a number or a water quality class"),
        Code("bad_year", "年度无法识别", "The year is not a year"),
        Code("repeated", "同一区域、指标和年度重复出现", "The same zone, indicator and year appear twice"),
    ),
)


@dataclass(frozen=True)
class Indicator:
    zone_uid: str
    name: str
    unit: str
    value: float
    year: int
    source: str = ""

    @property
    def key(self) -> tuple[str, str, int]:
        return self.zone_uid, self.name, self.year


@dataclass(frozen=True)
class IndicatorChange:
    """An indicator's value in a year beside the year before (None when there was none)."""

    zone_uid: str
    name: str
    unit: str
    value: float
    previous: Optional[float]

    @property
    def change(self) -> Optional[float]:
        return None if self.previous is None else self.value - self.previous


def parse_value(value: object) -> Optional[float]:
    """A number, or a water quality class (Ⅲ, III, Ⅲ类, 劣Ⅴ类) as its number; None when neither."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = str(value or "").strip()
    try:
        return float(text.replace(",", ""))
    except ValueError:
        pass
    match = _CLASS.match(text)
    if match is None or match.group(2).upper() not in WATER_CLASSES:
        return None
    number = WATER_CLASSES[match.group(2).upper()]
    if match.group(1):  # 劣: worse than; only 劣Ⅴ is a class
        return 6.0 if number == 5 else None
    return float(number)


def parse_year(value: object) -> Optional[int]:
    try:
        year = int(float(str(value).strip()))
    except (TypeError, ValueError):
        return None
    return year if 1900 <= year <= 2200 else None


def check_rows(rows: Iterable[Sequence[object]], zone_of: Callable[[str], Optional[str]]
               ) -> tuple[list[Indicator], list[tuple[int, str, str]]]:
    """Indicators from rows of (zone, indicator, unit, value, year, source), and the problems as
    (row number from 1, problem code, the text in question). ``zone_of`` finds a zone's uid."""
    out: list[Indicator] = []
    problems: list[tuple[int, str, str]] = []
    seen: set[tuple[str, str, int]] = set()
    for n, (zone, name, unit, value, year, source) in enumerate(rows, start=1):
        uid = zone_of(str(zone or "").strip())
        number, when = parse_value(value), parse_year(year)
        name = str(name or "").strip()
        found = [(code, str(what)) for code, bad, what in (
            ("unknown_zone", uid is None, zone), ("no_name", not name, ""), ("bad_value", number is None, value),
            ("bad_year", when is None, year)) if bad]
        if not found and (uid, name, when) in seen:
            found.append(("repeated", f"{zone} {name} {when}"))
        problems += [(n, code, what) for code, what in found]
        if not found:
            seen.add((uid, name, when))
            out.append(Indicator(uid, name, str(unit or "").strip(), number, when, str(source or "").strip()))
    return out, problems


def year_on_year(indicators: Iterable[Indicator], year: int) -> list[IndicatorChange]:
    """The indicators of ``year``, each with its value of the year before, by zone and name."""
    indicators = list(indicators)
    before = {(i.zone_uid, i.name): i.value for i in indicators if i.year == year - 1}
    return [IndicatorChange(i.zone_uid, i.name, i.unit, i.value, before.get((i.zone_uid, i.name)))
            for i in sorted(indicators, key=lambda i: (i.zone_uid, i.name)) if i.year == year]
