# SPDX-License-Identifier: GPL-2.0-or-later
"""A field package (外业数据包): what it is for, which towns it covers, whether a sync may read it.

A package is a folder QField opens as it is: a QGIS project and one GeoPackage beside it, made
for one purpose (a patrol records new cases, a survey team surveys markers) and for some towns of
one district. Its ``package_info`` row says so; :func:`compatibility` tells a sync whether it may
read the package at all, and :func:`choose_towns` turns what a user typed (names or codes) into
towns.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from ..codes import Code, CodeTable

#: The layout of the package's tables. A sync reads only packages of this version: a package of
#: another layout would be read wrongly, so it is refused (raise it when the tables change).
FORMAT_VERSION = 1

PURPOSES: CodeTable[Code] = CodeTable(
    "field_purpose",
    (
        Code("patrol", "日常巡护（登记新发现问题）", "Patrol (record new problems)"),
        Code("survey", "界桩勘测（测量、巡检界桩）", "Marker survey (survey and inspect markers)"),
    ),
)

PACKAGE_PROBLEMS: CodeTable[Code] = CodeTable(
    "field_package_problem",
    (
        Code("format", "数据包格式版本与本插件不符，请用本插件重新导出数据包",
             "The package was made in another format version: export it again with this plugin"),
        Code("district", "数据包来自其他行政区的数据，不能导入本数据库",
             "The package was made from another district's data and cannot be brought into this store"),
        Code("purpose", "数据包用途未知", "The package's purpose is unknown"),
        Code("no_towns", "数据包未记录所涉镇街", "The package names no towns"),
    ),
)


@dataclass(frozen=True)
class Town:
    name: str
    code: str


@dataclass(frozen=True)
class PackageInfo:
    """The ``package_info`` row of a package."""

    package_uid: str
    purpose: str
    format_version: int
    district_code: str
    district_name: str
    towns: tuple[Town, ...]
    patrol: str
    created_at: dt.datetime
    source: str

    @property
    def town_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.towns)

    def covers(self, town: Optional[str]) -> bool:
        """Whether a place in ``town`` (a name, as the map gives it) belongs to this package."""
        return town is not None and town in self.town_names


def compatibility(info: PackageInfo, district_code: str) -> tuple[str, ...]:
    """Problem codes that keep a sync from reading the package (empty: it may).

    ``district_code`` is the store's district; when either side has none the district cannot be
    compared and is not held against the package.
    """
    problems = []
    if info.format_version != FORMAT_VERSION:
        problems.append("format")
    if info.district_code and district_code and info.district_code != district_code:
        problems.append("district")
    if info.purpose not in PURPOSES:
        problems.append("purpose")
    if not info.towns:
        problems.append("no_towns")
    return tuple(problems)


def choose_towns(wanted: Sequence[str], towns: Iterable[Town]) -> tuple[list[Town], list[str]]:
    """The towns named in ``wanted`` by name or code, in the order of ``towns`` (every town when
    ``wanted`` is empty), and the entries of ``wanted`` that match none."""
    towns = list(towns)
    if not wanted:
        return towns, []
    keys = {t.name: t for t in towns} | {t.code: t for t in towns if t.code}
    unknown = [w for w in wanted if w not in keys]
    chosen = {keys[w] for w in wanted if w in keys}
    return [t for t in towns if t in chosen], unknown
