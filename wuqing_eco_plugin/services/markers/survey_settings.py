# SPDX-License-Identifier: GPL-2.0-or-later
"""The user's survey settings (spacing, angles, tolerances, numbering, surveyor), kept in QgsSettings.

The defaults are :class:`~..domain.markers.SurveyDefaults` (rules §6: configurable, not law).
Processing algorithms do not read these: their defaults are the documented ones, so a model or a
qgis_process run gives the same result on every machine.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from qgis.core import QgsSettings

from ...domain.markers.vocabulary import MARKER_KINDS, SurveyDefaults, validate_pattern

PREFIX = "wuqing_eco/survey/"


@dataclass(frozen=True)
class SurveySettings:
    survey: SurveyDefaults = SurveyDefaults()
    surveyor: str = ""
    snap_pixels: int = 12
    signs_at_crossings: bool = False
    new_marker_kind: str = "post"  # what the survey tool places: post, monument or sign


def load_settings(settings: QgsSettings | None = None) -> SurveySettings:
    """The stored settings; a stored value that is missing or unusable falls back to its default."""
    s = settings or QgsSettings()
    base = SurveySettings()
    survey = {}
    for f in fields(SurveyDefaults):
        default = getattr(base.survey, f.name)
        survey[f.name] = _read(s, f.name, default)
    try:
        validate_pattern(survey["number_pattern"])
    except ValueError:
        survey["number_pattern"] = base.survey.number_pattern
    if not 0 <= survey["warning_m"] <= survey["tolerance_m"]:
        survey["warning_m"], survey["tolerance_m"] = base.survey.warning_m, base.survey.tolerance_m
    if survey["max_spacing_m"] <= 0:
        survey["max_spacing_m"] = base.survey.max_spacing_m
    if not 0 <= survey["turn_angle_deg"] < 180:
        survey["turn_angle_deg"] = base.survey.turn_angle_deg
    kind = _read(s, "new_marker_kind", base.new_marker_kind)
    return SurveySettings(
        SurveyDefaults(**survey),
        _read(s, "surveyor", base.surveyor),
        max(1, _read(s, "snap_pixels", base.snap_pixels)),
        _read(s, "signs_at_crossings", base.signs_at_crossings),
        kind if kind in MARKER_KINDS else base.new_marker_kind,
    )


def save_settings(value: SurveySettings, settings: QgsSettings | None = None) -> None:
    validate_pattern(value.survey.number_pattern)
    s = settings or QgsSettings()
    for name, v in asdict(value.survey).items():
        s.setValue(PREFIX + name, v)
    s.setValue(PREFIX + "surveyor", value.surveyor)
    s.setValue(PREFIX + "snap_pixels", value.snap_pixels)
    s.setValue(PREFIX + "signs_at_crossings", value.signs_at_crossings)
    s.setValue(PREFIX + "new_marker_kind", value.new_marker_kind)


def reset_settings(settings: QgsSettings | None = None) -> None:
    s = settings or QgsSettings()
    s.remove(PREFIX.rstrip("/"))


def _read(s: QgsSettings, name: str, default):
    raw = s.value(PREFIX + name, None)
    if raw is None:
        return default
    try:
        if isinstance(default, bool):
            return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
        return type(default)(raw)
    except (TypeError, ValueError):
        return default
