# SPDX-License-Identifier: GPL-2.0-or-later
"""Boundary markers (勘界定标, 标桩): kinds, statuses, survey methods, numbering and defaults (rules §6).

Every number here is a configurable default, not law: the national survey rule's figures were not
available when this was written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .codes import Code, CodeTable

#: Administrative code of Wuqing District, the prefix of marker numbers.
WUQING_CODE = "120114"

MARKER_KINDS: CodeTable[Code] = CodeTable(
    "marker_kind",
    (
        Code("post", "界桩（标桩）", "Boundary post"),
        Code("monument", "界碑", "Boundary monument"),
        Code("sign", "标识牌", "Signboard"),
    ),
)

MARKER_STATUSES: CodeTable[Code] = CodeTable(
    "marker_status",
    (
        Code("designed", "设计", "Designed"),
        Code("buried", "已埋设", "Buried"),
        Code("damaged", "损毁", "Damaged"),
        Code("missing", "缺失", "Missing"),
        Code("replaced", "已更换", "Replaced"),
    ),
)

SURVEY_METHODS: CodeTable[Code] = CodeTable(
    "survey_method",
    (
        Code("rtk", "RTK测量", "RTK GNSS"),
        Code("static_gnss", "静态GNSS测量", "Static GNSS"),
        Code("total_station", "全站仪", "Total station"),
        Code("map", "图上量取", "Measured on the map"),
    ),
)

MARKER_MATERIALS: CodeTable[Code] = CodeTable(
    "marker_material",
    (
        Code("concrete", "混凝土", "Concrete"),
        Code("stone", "石材", "Stone"),
        Code("steel", "钢制", "Steel"),
        Code("composite", "复合材料", "Composite"),
    ),
)

#: Marker check outcomes (issue: check_markers).
CHECK_STATUSES: CodeTable[Code] = CodeTable(
    "check_status",
    (
        Code("ok", "合格", "OK"),
        Code("warning", "警告", "Warning"),
        Code("fail", "超限", "Fail"),
    ),
)

DEFAULT_NUMBER_PATTERN = WUQING_CODE + "-{type}-{feature}-{seq:04d}"
#: Signboards are numbered in their own series, with this letter before the sequence.
SIGN_SERIES = "P"


@dataclass(frozen=True)
class SurveyDefaults:
    """Defaults for marker design and checks; all configurable."""

    turn_angle_deg: float = 15.0
    max_spacing_m: float = 200.0
    warning_m: float = 0.5
    tolerance_m: float = 1.0
    number_pattern: str = DEFAULT_NUMBER_PATTERN


def marker_number(type_short: str, feature_code: str, seq: int, kind: str = "post",
                  pattern: str = DEFAULT_NUMBER_PATTERN) -> str:
    """The marker number for sequence ``seq``; signboards get the ``P`` series prefix."""
    if seq < 1:
        raise ValueError("marker sequence starts at 1")
    feature = re.sub(r"[^0-9A-Za-z]", "", feature_code).upper() or "X"
    if kind == "sign":
        feature = f"{feature}{SIGN_SERIES}"
    return pattern.format(type=type_short, feature=feature, seq=seq)


def check_status(distance_m: float, warning_m: float = 0.5, tolerance_m: float = 1.0) -> str:
    """``ok`` up to the warning distance, ``warning`` up to the tolerance, ``fail`` beyond."""
    if warning_m > tolerance_m:
        raise ValueError("the warning distance must not exceed the tolerance")
    if distance_m > tolerance_m:
        return "fail"
    if distance_m > warning_m:
        return "warning"
    return "ok"
