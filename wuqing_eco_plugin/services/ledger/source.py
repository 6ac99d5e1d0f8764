# SPDX-License-Identifier: GPL-2.0-or-later
"""The project's data opened for work from outside the project: a ``SOURCE`` (an algorithm's
parameter, a dialog's choice) or a layer of the cases, turned into an :class:`OpenedSource`.

What the data is and where it lives is :class:`~...layers.data_source.DataSource`'s (the project's
GeoPackage or a schema of the shared database); an :class:`OpenedSource` adds what the features
that write to it from outside the project need (clues becoming cases, field packages and their
sync, indicators, emergency reports):

- the ledger's transactional storage (``layers/ledger/stores.py``; new cases go through
  :class:`.store.LedgerStore`, the record dialog's path, so on the shared database the database
  numbers them and its rights apply) and where attachments are copied;
- a QGIS layer of each table (with the schema's defaults, sending ``row_version`` with each edit)
  or of each project role (styled, with its form), opened once and let go by :meth:`OpenedSource.close`;
- the store's district (to refuse data of another one).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

from qgis.core import QgsDataSourceUri, QgsMapLayer, QgsProject, QgsProviderRegistry, QgsVectorLayer

from ...domain.errors import WuqingError
from ...layers import schema
from ...layers.data_source import DataSource, GeoPackageSource, PostgisSource
from ...layers.editing import attach_editing
from ...layers.features import text_value
from ...layers.forms import apply_defaults
from ...layers.ledger.storage import LedgerStorage
from ...layers.ledger.stores import ledger_storage
from ...layers.postgis.connection import looks_like_conninfo, saved_connections
from ...layers.postgis.ddl import DEFAULT_SCHEMA
from ...layers.postgis.sources import base_table
from ...layers.project_layers import ROLES_BY_NAME, make_layer
from ...layers.schema import F, TableSpec
from ...toolbelt.i18n import tr
from ..project_source import project_database
from .store import LedgerStore


class SourceError(WuqingError, ValueError):
    """The named source is not a store of the plugin, or one of its tables cannot be opened."""


class OpenedSource:
    """A data source opened for work (see :func:`open_source`). Use it as a context manager: its
    layers go with it."""

    def __init__(self, source: DataSource):
        self.source = source
        self.storage: LedgerStorage = ledger_storage(source)
        self._layers: dict[str, QgsVectorLayer] = {}

    @property
    def label(self) -> str:
        """What the store is, for reports and messages (a file name, a database and schema)."""
        return self.source.label

    @property
    def store(self) -> LedgerStore:
        return LedgerStore(self.storage)

    @property
    def attachments_root(self) -> Optional[Path]:
        return self.storage.attachments_root

    def layer(self, which: Union[TableSpec, str]) -> QgsVectorLayer:
        """The layer of a table (``schema.MARKERS``: all rows the login reads, the schema's defaults
        applied for edits) or of a project role (``"red_zones"``: styled, with its form)."""
        key = which.name if isinstance(which, TableSpec) else f"role:{which}"
        layer = self._layers.get(key)
        if layer is None:
            if isinstance(which, TableSpec):
                layer = self.source.layer(which, which.name)
                if layer.isValid():
                    # Edits keep what the schema derives (a moved marker's coordinates, edit times)
                    # right, and send the row version they change (a stale one is refused).
                    apply_defaults(layer, which)
                    attach_editing(layer, which)
            else:
                try:
                    layer = make_layer(self.source, ROLES_BY_NAME[which])
                except WuqingError as exc:
                    raise SourceError(str(exc)) from exc
            if not layer.isValid():
                raise SourceError(tr("The table {table} of {source} cannot be opened").format(
                    table=which.name if isinstance(which, TableSpec) else which, source=self.label))
            self._layers[key] = layer
        return layer

    def layers(self, *roles: str) -> dict[str, QgsVectorLayer]:
        return {role: self.layer(role) for role in roles}

    def district(self) -> tuple[str, str]:
        """(code, name) of the store's district; empty strings when it holds none."""
        feature = next(self.layer(schema.DISTRICT).getFeatures(), None)
        if feature is None:
            return "", ""
        return text_value(feature, F.CODE) or "", text_value(feature, F.NAME) or ""

    def close(self) -> None:
        self._layers.clear()

    def __enter__(self) -> OpenedSource:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def open_data_source(source: DataSource) -> OpenedSource:
    """``source`` checked (a GeoPackage's data model, upgraded where a later version only added
    fields; a database's login, schema and its version) and opened. Raises a WuqingError that says
    why it cannot be used."""
    if isinstance(source, GeoPackageSource):
        try:
            source.prepare()
        except WuqingError as exc:  # not the plugin's data model, or not readable as a GeoPackage
            raise SourceError(str(exc)) from exc
    else:
        source.prepare()  # PostgisError: the login, the schema or its version, in the user's language
    return OpenedSource(source)


def _shared_attachments(source: PostgisSource, project: Optional[QgsProject]) -> PostgisSource:
    """``source`` with the shared attachments folder ``project`` names when it reads that database."""
    known = project_database(project) if project is not None else None
    if known is not None and known == source and known.attachments:
        source.attachments = known.attachments
    return source


def open_source(value: str, schema_name: str = "", project: Optional[QgsProject] = None) -> OpenedSource:
    """The store named by ``value``: the path of the project's GeoPackage (``|layername=…`` allowed;
    ``schema_name`` must then be empty), or a saved QGIS PostgreSQL connection's name or a libpq
    connection string with the schema ``schema_name`` (default ``wuqing_eco``). Attachments of the
    shared database go to the folder ``project`` names for it, when ``project`` reads that schema.

    Raises :class:`SourceError` (or the database's :class:`PostgisError`) with the reason when
    ``value`` is not a store of the plugin."""
    text = (value or "").strip()
    if not text:
        raise SourceError(tr("Choose the project data (its GeoPackage or a PostgreSQL connection) to work with"))
    path = Path(text.split("|")[0].strip())
    if path.suffix.lower() != ".gpkg":
        if looks_like_conninfo(text) or text in saved_connections():
            source = PostgisSource.from_connection(text, schema_name.strip() or DEFAULT_SCHEMA)
            return open_data_source(_shared_attachments(source, project))
        raise SourceError(tr("{value} is neither a GeoPackage (.gpkg) of the project data nor a PostgreSQL "
                             "connection (the name of a saved QGIS connection, or a connection string such as "
                             "service=… or host=… dbname=… user=…)").format(value=text))
    if not path.is_file():
        raise SourceError(tr("The GeoPackage {path} does not exist").format(path=path))
    if schema_name.strip():
        raise SourceError(tr("A GeoPackage has no schema: leave SCHEMA empty"))
    return open_data_source(GeoPackageSource(path.resolve()))


def source_of_layer(layer: QgsMapLayer) -> OpenedSource:
    """The store a layer of its cases reads: the ``violations`` table of a GeoPackage, or the cases
    (``violations`` or ``violations_shared``) of the shared database."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise SourceError(tr("Choose the layer of the case records"))
    if layer.providerType() == "postgres":
        uri = QgsDataSourceUri(layer.source())
        if base_table(uri.table()) is not schema.VIOLATIONS or uri.table() == "public_ledger":
            raise SourceError(tr("{layer} is not the case records of the shared database").format(layer=layer.name()))
        uri.setPassword("")
        source = PostgisSource(uri.connectionInfo(False), uri.database(), uri.schema() or DEFAULT_SCHEMA)
        return open_data_source(_shared_attachments(source, layer.project()))
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    if layer.providerType() != "ogr" or parts.get("layerName") not in (None, "", "violations"):
        raise SourceError(tr("{layer} is not the case records of a project GeoPackage").format(layer=layer.name()))
    return open_source(str(parts.get("path") or ""))

