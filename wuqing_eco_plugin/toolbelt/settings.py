# SPDX-License-Identifier: GPL-2.0-or-later
"""Every user setting the plugin keeps (QgsSettings, the user's QGIS profile), in one place.

A setting is a :class:`Setting`: its key and its default, whose type is the type read back (a
stored value that cannot be read as that type falls back to the default). Settings are
conveniences remembered between sessions (last folders, the recorder's name, survey defaults):
nothing a Processing algorithm reads, so qgis_process gives the same result on every machine.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from qgis.core import QgsSettings

ROOT = "wuqing_eco"


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any

    def read(self, settings: Optional[QgsSettings] = None) -> Any:
        raw = (settings or QgsSettings()).value(self.key, None)
        return _typed(raw, self.default)

    def write(self, value: Any, settings: Optional[QgsSettings] = None) -> None:
        (settings or QgsSettings()).setValue(self.key, value)


def _typed(raw: Any, default: Any) -> Any:
    if raw is None:
        return default
    try:
        if isinstance(default, bool):
            return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
        return type(default)(raw)
    except (TypeError, ValueError):
        return default


#: Last folder of the project-data file dialogs.
LAST_DIR = Setting(f"{ROOT}/last_dir", "")
#: Last folder a screening summary PDF went to.
LAST_PDF_DIR = Setting(f"{ROOT}/last_pdf_dir", "")
#: Who records cases and status changes (prefilled in the ledger's dialogs).
RECORDED_BY = Setting(f"{ROOT}/recorded_by", "")
#: Folder of coordinate tables and marker cards.
SURVEY_EXPORT_DIR = Setting(f"{ROOT}/survey/export_dir", "")
#: The review drawings' dialog: folder, paper and QA gate last chosen.
DRAWINGS_FOLDER = Setting(f"{ROOT}/drawings/folder", "")
DRAWINGS_PAGE = Setting(f"{ROOT}/drawings/page", "")
DRAWINGS_QA = Setting(f"{ROOT}/drawings/qa", "")
#: Field packages: the folder last used and the patrol or survey team last named.
FIELD_FOLDER = Setting(f"{ROOT}/field/folder", "")
FIELD_PATROL = Setting(f"{ROOT}/field/patrol", "")
#: The survey settings (界桩参数设置): one key per field below this group.
SURVEY_GROUP = f"{ROOT}/survey"


def survey_setting(name: str, default: Any) -> Setting:
    """The stored survey setting ``name`` (spacing, tolerances, numbering pattern, surveyor…)."""
    return Setting(f"{SURVEY_GROUP}/{name}", default)


def remove_group(group: str, settings: Optional[QgsSettings] = None) -> None:
    (settings or QgsSettings()).remove(group)
#: When an emergency's reports are due (hours): the plugin's defaults, not law; the user may change them.
FIRST_REPORT_HOURS = Setting(f"{ROOT}/ledger/first_report_hours", 1.0)
UPDATE_HOURS = Setting(f"{ROOT}/ledger/update_hours", 24.0)
#: Last folder of monitoring clue checklists and emergency reports.
CLUES_DIR = Setting(f"{ROOT}/clues/folder", "")
