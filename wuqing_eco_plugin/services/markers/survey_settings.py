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
from ...toolbelt.settings import SURVEY_GROUP, remove_group, survey_setting


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
        survey_setting(name, v).write(v, s)
    for name in ("surveyor", "snap_pixels", "signs_at_crossings", "new_marker_kind"):
        survey_setting(name, None).write(getattr(value, name), s)


def reset_settings(settings: QgsSettings | None = None) -> None:
    remove_group(SURVEY_GROUP, settings)


def _read(s: QgsSettings, name: str, default):
    return survey_setting(name, default).read(s)
