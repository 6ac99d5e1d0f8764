# SPDX-License-Identifier: GPL-2.0-or-later
"""File choosers for the project's GeoPackage, remembering the last folder."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..toolbelt.i18n import tr

LAST_DIR_KEY = "wuqing_eco/last_dir"
SAMPLE_NAME = "wuqing_eco_sample.gpkg"


def ask_save_path(parent: QWidget | None, title: str, name: str, file_filter: str, suffix: str,
                  folder_key: str = LAST_DIR_KEY, confirm_overwrite: bool = True) -> Path | None:
    """Ask for a file to write, starting in the folder remembered under ``folder_key``; the name gets
    ``suffix`` when it lacks it, and the folder is remembered. None when cancelled."""
    start = Path(QgsSettings().value(folder_key, str(Path.home()))) / name
    # No options at all by default: Qt 6 has no QFileDialog.Options() to build an empty set from.
    extra = {} if confirm_overwrite else {"options": QFileDialog.Option.DontConfirmOverwrite}
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter, **extra)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_suffix(suffix)
    QgsSettings().setValue(folder_key, str(path.parent))
    return path


def choose_project_gpkg(parent: QWidget | None) -> Path | None:
    """Ask for an existing GeoPackage to open or a new file name to create; None when cancelled."""
    return ask_save_path(parent, tr("Open or create project data"), "", tr("GeoPackage (*.gpkg)"), ".gpkg",
                         confirm_overwrite=False)


def choose_sample_target(parent: QWidget | None) -> Path | None:
    """Ask where to write the sample GeoPackage; confirm before replacing one."""
    path = ask_save_path(parent, tr("Write the illustrative sample data to"), SAMPLE_NAME, tr("GeoPackage (*.gpkg)"),
                         ".gpkg", confirm_overwrite=False)
    if path is not None and path.exists():
        answer = QMessageBox.question(
            parent, tr("Replace file?"),
            tr("{} exists already. Replace it with the sample data? Its contents will be lost.").format(path.name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return path
