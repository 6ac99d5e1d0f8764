# SPDX-License-Identifier: GPL-2.0-or-later
"""File choosers for the project's GeoPackage, remembering the last folder."""
from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..toolbelt.i18n import tr
from ..toolbelt.settings import LAST_DIR, Setting

SAMPLE_NAME = "wuqing_eco_sample.gpkg"


def ask_save_path(parent: QWidget | None, title: str, name: str, file_filter: str, suffix: str,
                  folder: Setting = LAST_DIR, confirm_overwrite: bool = True) -> Path | None:
    """Ask for a file to write, starting in the folder remembered in ``folder``; the name gets
    ``suffix`` when it lacks it, and the folder is remembered. None when cancelled."""
    start = Path(folder.read() or str(Path.home())) / name
    options = QFileDialog.Options() if confirm_overwrite else QFileDialog.DontConfirmOverwrite
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter, options=options)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_suffix(suffix)
    folder.write(str(path.parent))
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
        if answer != QMessageBox.Yes:
            return None
    return path
