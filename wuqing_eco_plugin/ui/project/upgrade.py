# SPDX-License-Identifier: GPL-2.0-or-later
"""Offering the upgrade of a GeoPackage of an older data model version when it is opened."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QMessageBox, QWidget

from ...layers.gpkg_upgrade import Upgrade, copy_path, upgrade_geopackage
from ...layers.project_layers import find_layers
from ...layers.schema import SCHEMA_VERSION
from ...layers.storage import OlderSchemaError
from ...toolbelt.i18n import tr


def ask(parent: Optional[QWidget], text: str) -> bool:
    """Ask before upgrading (a module function so tests can answer it)."""
    return QMessageBox.question(parent, tr("Upgrade the project data"), text) == QMessageBox.StandardButton.Yes


def offer_upgrade(parent: Optional[QWidget], error: OlderSchemaError) -> Optional[Upgrade]:
    """Ask whether to upgrade the GeoPackage ``error`` names; the upgrade done, or None when declined."""
    path = Path(error.path)
    text = tr("{name} holds version {found} of the data model; this plugin works with version {expected}: the "
              "upgrade adds what the later versions added (monitoring clues and zone indicators, a version "
              "counter on every edited table, a change log). A copy of the file is kept first, as {copy}. "
              "Upgrade it now?").format(name=path.name, found=error.found,
                                                          expected=SCHEMA_VERSION,
                                                          copy=copy_path(path, error.found).name)
    if not ask(parent, text):
        return None
    project = QgsProject.instance()  # layers of the old file would keep its old fields: they load again after
    for layer in find_layers(project, path).values():
        project.removeMapLayer(layer.id())
    return upgrade_geopackage(path)
