# SPDX-License-Identifier: GPL-2.0-or-later
"""The project's GeoPackage: open or create it, fill it with the illustrative sample, load it."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from ..layers.data_source import DataSource, GeoPackageSource
from ..layers.project_layers import ProjectLayers, find_layers, layers_by_role, load_layers
from .project_source import forget_database, project_database

#: Project entry that remembers which GeoPackage the project's layers read.
PROJECT_SCOPE, PROJECT_KEY = "wuqing_eco", "gpkg"


def open_project_data(project: QgsProject, path: str | Path) -> ProjectLayers:
    """Open (or create) ``path`` and load its layers into ``project``, remembering the path."""
    layers = load_layers(project, path)
    project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, str(Path(path).resolve()))
    forget_database(project)
    return layers


def project_gpkg(project: QgsProject) -> Path | None:
    value, ok = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
    return Path(value) if ok and value else None


def project_source(project: QgsProject) -> DataSource | None:
    """Where the project's data is: its shared database, else its GeoPackage; None when it has not recorded one."""
    database = project_database(project)
    if database is not None:
        return database
    gpkg = project_gpkg(project)
    return GeoPackageSource(gpkg) if gpkg else None


def project_layers(project: QgsProject) -> dict[str, QgsVectorLayer]:
    """The plugin's layers in ``project`` by role: those reading the project's data source, so that a
    second GeoPackage loaded beside it never mixes in; the first of each role when the project has
    not recorded one."""
    source = project_source(project)
    return find_layers(project, source) if source else layers_by_role(project)
