# SPDX-License-Identifier: GPL-2.0-or-later
"""Boundary markers (勘界定标, 标桩): kinds, statuses, survey methods, numbering and defaults (rules §6).

Every number here is a configurable default, not law: the national survey rule's figures were not
available when this was written.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Iterable

from ..codes import Code, CodeTable
from ..errors import WuqingError

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
    """Defaults for marker design and checks, the one place they are stated; all configurable."""

    turn_angle_deg: float = 15.0
    max_spacing_m: float = 200.0
    warning_m: float = 0.5
    tolerance_m: float = 1.0
    number_pattern: str = DEFAULT_NUMBER_PATTERN


PATTERN_FIELDS = ("type", "feature", "seq")


class PatternError(WuqingError, ValueError):
    """A numbering pattern that cannot number markers; ``code`` says why (for a translated message)."""

    def __init__(self, code: str, pattern: str):
        super().__init__(f"{code}: {pattern}")
        self.code, self.pattern = code, pattern


def validate_pattern(pattern: str) -> None:
    """Raise :class:`PatternError` unless ``pattern`` has a ``{seq}`` field and only known fields.

    Codes: ``syntax`` (unbalanced braces), ``unknown_field``, ``no_seq``, ``bad_seq_format``.
    """
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError:
        raise PatternError("syntax", pattern) from None
    names = [name for _, name, _, _ in parts if name is not None]
    if any(name not in PATTERN_FIELDS for name in names):
        raise PatternError("unknown_field", pattern)
    if "seq" not in names:
        raise PatternError("no_seq", pattern)
    try:
        pattern.format(type="SK", feature="WQT", seq=1)
    except (ValueError, TypeError):
        raise PatternError("bad_seq_format", pattern) from None


def _feature_part(feature_code: str, kind: str) -> str:
    feature = re.sub(r"[^0-9A-Za-z]", "", feature_code or "").upper() or "X"
    return f"{feature}{SIGN_SERIES}" if kind == "sign" else feature


def marker_number(type_short: str, feature_code: str, seq: int, kind: str = "post",
                  pattern: str = DEFAULT_NUMBER_PATTERN) -> str:
    """The marker number for sequence ``seq``; signboards get the ``P`` series prefix."""
    if seq < 1:
        raise ValueError("marker sequence starts at 1")
    return pattern.format(type=type_short, feature=_feature_part(feature_code, kind), seq=seq)


def series_regex(type_short: str, feature_code: str, kind: str = "post",
                 pattern: str = DEFAULT_NUMBER_PATTERN) -> re.Pattern:
    """A regex matching the numbers of one series (type, feature, post or sign); group 1 is ``seq``.

    Two series share numbers exactly when their regexes are equal, so ``.pattern`` is the series key:
    a pattern without ``{feature}`` makes one series of every feature, and numbering stays unique.
    """
    out = []
    for literal, name, _, _ in string.Formatter().parse(pattern):
        out.append(re.escape(literal))
        if name == "type":
            out.append(re.escape(type_short))
        elif name == "feature":
            out.append(re.escape(_feature_part(feature_code, kind)))
        elif name == "seq":
            out.append(r"(\d+)")
    return re.compile("^" + "".join(out) + "$")


def next_seq(numbers: Iterable[str], type_short: str, feature_code: str, kind: str = "post",
             pattern: str = DEFAULT_NUMBER_PATTERN) -> int:
    """The sequence after the highest number of the series among ``numbers`` (1 for a new series)."""
    regex = series_regex(type_short, feature_code, kind, pattern)
    seqs = [int(m.group(1)) for m in (regex.match(n or "") for n in numbers) if m]
    return max(seqs, default=0) + 1


def check_status(distance_m: float, warning_m: float = SurveyDefaults.warning_m,
                 tolerance_m: float = SurveyDefaults.tolerance_m) -> str:
    """``ok`` up to the warning distance, ``warning`` up to the tolerance, ``fail`` beyond."""
    if warning_m > tolerance_m:
        raise ValueError("the warning distance must not exceed the tolerance")
    if distance_m > tolerance_m:
        return "fail"
    if distance_m > warning_m:
        return "warning"
    return "ok"
