# SPDX-License-Identifier: GPL-2.0-or-later
"""The project's GeoPackage: open or create it, fill it with the illustrative sample, load it.

Which GeoPackage is "the project's" is read from the project's own layers, whose sources QGIS keeps
relative to the project file: a project folder copied to a USB stick or a shared drive keeps working.
The project entry only says which one when layers of several GeoPackages are loaded; it is written
relative to the project file too (QGIS's path resolver), so it moves with the folder.
"""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from ..layers import schema
from ..layers.project_layers import ProjectLayers, find_layers, layer_gpkg, load_layers, plugin_layers

#: Project entry that remembers which GeoPackage the project's layers read.
PROJECT_SCOPE, PROJECT_KEY = "wuqing_eco", "gpkg"


def open_project_data(project: QgsProject, path: str | Path) -> ProjectLayers:
    """Open (or create) ``path`` and load its layers into ``project``, remembering the path."""
    layers = load_layers(project, path)
    remember_gpkg(project, path)
    return layers


def remember_gpkg(project: QgsProject, path: str | Path) -> None:
    """Write the project entry, relative to the project file when it has one."""
    project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, project.pathResolver().writePath(str(Path(path).resolve())))


def _remembered(project: QgsProject) -> Path | None:
    value, ok = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
    return Path(project.pathResolver().readPath(value)).resolve() if ok and value else None


def project_gpkg(project: QgsProject) -> Path | None:
    """The GeoPackage the project's layers read: the remembered one when its layers are loaded, else
    the one of the same name (a copied project whose entry was written absolute), else the only one."""
    sources: list[Path] = []
    for layer in plugin_layers(project):
        gpkg = layer_gpkg(layer)
        if gpkg not in sources:
            sources.append(gpkg)
    remembered = _remembered(project)
    if remembered is not None:
        if remembered in sources or not sources:
            return remembered
        same_name = [s for s in sources if s.name == remembered.name]
        if same_name:
            return same_name[0]
    return sources[0] if sources else None


def project_layers(project: QgsProject) -> dict[str, QgsVectorLayer]:
    """The plugin's layers in ``project`` by role: those reading the project's GeoPackage, so that a
    second GeoPackage loaded beside it never mixes in."""
    gpkg = project_gpkg(project)
    return find_layers(project, gpkg) if gpkg else {}


#: The layer role each kind of Processing input starts on (zones: the whole table, see below).
DEFAULT_ROLES = {"towns": "towns", "approved_land": "approved_land", "markers": "markers",
                 "overlaps": "overlaps", "violations": "violations"}


def processing_default(project: QgsProject, kind: str, active_layer=None) -> str | None:
    """What a Processing input of ``kind`` starts on: the zones as the GeoPackage's zones table (red and
    yellow together: the project shows them as two filtered views), the footprints as the active layer
    when features are selected in it, the others as the project's layer of that role."""
    if kind == "footprints":
        if isinstance(active_layer, QgsVectorLayer) and active_layer.selectedFeatureCount():
            return active_layer.id()
        return None
    layers = project_layers(project)
    if kind == "zones":
        gpkg = project_gpkg(project)
        return f"{gpkg}|layername={schema.ZONES.name}" if gpkg is not None and layers else None
    role = DEFAULT_ROLES.get(kind)
    return layers[role].id() if role in layers else None
