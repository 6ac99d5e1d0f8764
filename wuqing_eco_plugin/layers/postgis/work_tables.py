# SPDX-License-Identifier: GPL-2.0-or-later
"""Result tables beside the data model (a survey's points, marker checks and their issues): written
through QGIS's own exporter into the plugin's schema, and readable by every role that reads the
data, so that a project showing them opens for every login."""
from __future__ import annotations

from qgis.core import Qgis, QgsDataSourceUri, QgsVectorLayer, QgsVectorLayerExporter

from ...toolbelt.i18n import tr
from .. import schema
from .catalog import SUPPORT_TABLES
from .connection import Database, transaction
from .ddl import valid_schema_name
from .errors import PostgisError, describe
from .roles import READERS
from .sources import KEY


def _check_name(name: str) -> None:
    reserved = {t.name for t in schema.TABLES} | set(SUPPORT_TABLES)
    if not valid_schema_name(name) or name in reserved or name.endswith("_shared"):
        raise PostgisError(tr("“{name}” cannot name a result table: it is not a plain lower-case name or it is "
                              "one of the data model's tables.").format(name=name))


def store_work_layers(database: Database, connection_info: str, s: str,
                      layers: dict[str, QgsVectorLayer]) -> dict[str, str]:
    """Write each layer into table ``s.<name>`` (replacing it); the layer URIs by name."""
    uris = {}
    for name, layer in layers.items():
        _check_name(name)
        uri = QgsDataSourceUri(connection_info)
        uri.setDataSource(s, name, schema.GEOMETRY_COLUMN, "", KEY)
        error, message = QgsVectorLayerExporter.exportLayer(layer, uri.uri(False), "postgres", layer.crs(), False,
                                                            {"overwrite": True})
        if error != Qgis.VectorExportResult.Success:
            raise PostgisError(tr("The result table {name} could not be written: {message}").format(
                name=name, message=message))
        uris[name] = uri.uri(False)

    def refused(exc, user: str) -> str:
        return describe(exc, user=user)

    with transaction(database, refused) as cur:
        for name in layers:
            cur.execute(f"GRANT SELECT ON {s}.{name} TO {', '.join(READERS)}")
    return uris
