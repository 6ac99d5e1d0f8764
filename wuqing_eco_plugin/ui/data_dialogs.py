# SPDX-License-Identifier: GPL-2.0-or-later
"""File choosers for the project's GeoPackage, remembering the last folder."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..toolbelt.i18n import tr

LAST_DIR_KEY = "wuqing_eco/last_dir"
SAMPLE_NAME = "wuqing_eco_sample.gpkg"


def _last_dir() -> str:
    return QgsSettings().value(LAST_DIR_KEY, str(Path.home()))


def _remember(path: Path) -> None:
    QgsSettings().setValue(LAST_DIR_KEY, str(path.parent))


def choose_project_gpkg(parent: QWidget | None) -> Path | None:
    """Ask for an existing GeoPackage to open or a new file name to create; None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Open or create project data"), _last_dir(), tr("GeoPackage (*.gpkg)"),
        options=QFileDialog.DontConfirmOverwrite)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".gpkg":
        path = path.with_suffix(".gpkg")
    _remember(path)
    return path


def choose_sample_target(parent: QWidget | None) -> Path | None:
    """Ask where to write the sample GeoPackage; confirm before replacing one."""
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Write the illustrative sample data to"), str(Path(_last_dir()) / SAMPLE_NAME),
        tr("GeoPackage (*.gpkg)"), options=QFileDialog.DontConfirmOverwrite)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".gpkg":
        path = path.with_suffix(".gpkg")
    if path.exists():
        answer = QMessageBox.question(
            parent, tr("Replace file?"),
            tr("{} exists already. Replace it with the sample data? Its contents will be lost.").format(path.name))
        if answer != QMessageBox.Yes:
            return None
    _remember(path)
    return path
