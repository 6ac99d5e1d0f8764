# SPDX-License-Identifier: GPL-2.0-or-later
"""Which schema of the shared database a project reads, remembered in the project file.

The project keeps the connection without any password (an authentication configuration's id, a
service, or host, port, database and user: see ``layers/postgis/sources.py``), the schema and the
shared attachments folder. Opening the shared database forgets a GeoPackage the project read
before, and the other way round (``project_data.open_project_data``).
"""
from __future__ import annotations

from typing import Optional

from qgis.core import QgsProject

from ..layers.data_source import PostgisSource
from ..layers.postgis.ddl import DEFAULT_SCHEMA
from ..layers.project_layers import ProjectLayers, load_layers

SCOPE = "wuqing_eco"
CONNECTION, LABEL, SCHEMA, ATTACHMENTS = "database", "database_label", "schema", "attachments"


def project_database(project: QgsProject) -> Optional[PostgisSource]:
    """The shared database the project reads, or None when it reads a GeoPackage (or nothing yet)."""
    info, ok = project.readEntry(SCOPE, CONNECTION, "")
    if not ok or not info:
        return None
    name = project.readEntry(SCOPE, LABEL, "")[0] or info
    s = project.readEntry(SCOPE, SCHEMA, "")[0] or DEFAULT_SCHEMA
    attachments = project.readEntry(SCOPE, ATTACHMENTS, "")[0]
    return PostgisSource(info, name, s, attachments or None)


def remember_database(project: QgsProject, source: PostgisSource) -> None:
    project.writeEntry(SCOPE, CONNECTION, source.connection_info)
    project.writeEntry(SCOPE, LABEL, source.name)
    project.writeEntry(SCOPE, SCHEMA, source.schema)
    project.writeEntry(SCOPE, ATTACHMENTS, str(source.attachments) if source.attachments else "")


def forget_database(project: QgsProject) -> None:
    for key in (CONNECTION, LABEL, SCHEMA, ATTACHMENTS):
        project.removeEntry(SCOPE, key)


def open_database(project: QgsProject, source: PostgisSource) -> ProjectLayers:
    """Load the layers of the shared database into ``project`` and remember where they come from."""
    layers = load_layers(project, source)
    remember_database(project, source)
    return layers
