# SPDX-License-Identifier: GPL-2.0-or-later
"""Where the plugin's data lives, named by a ``SOURCE`` (an algorithm's parameter, a dialog's choice)
or by a layer of its cases: the one place that turns such a name into a store.

A :class:`DataSource` gives what the features that write to a store from outside the project need
(clues becoming cases, field packages and their sync, indicators, emergency reports):

- the ledger's transactional storage (:class:`LedgerStorage`; new cases go through
  :class:`.store.LedgerStore`, the record dialog's path) and where attachments are copied;
- a QGIS layer of each table (with the schema's defaults, for edits) or of each project role
  (styled, with its form), opened once and let go by :meth:`DataSource.close`;
- the store's district (to refuse data of another one).

Today that is the project's GeoPackage (:class:`GpkgSource`); a shared database is another subclass
made by :func:`open_source` from its connection and ``SCHEMA``: nothing else changes.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import Optional, Union

from qgis.core import QgsMapLayer, QgsProviderRegistry, QgsVectorLayer

from ...domain.errors import WuqingError
from ...layers import schema, storage
from ...layers.features import text_value
from ...layers.forms import apply_defaults
from ...layers.ledger.gpkg import GpkgLedgerStorage
from ...layers.ledger.storage import LedgerStorage
from ...layers.project_layers import ROLES_BY_NAME, LayerRole, make_layer
from ...layers.schema import F, TableSpec
from ...toolbelt.i18n import tr
from .store import LedgerStore


class SourceError(WuqingError, ValueError):
    """The named source is not a store of the plugin, or one of its tables cannot be opened."""


class DataSource(ABC):
    """A store of the plugin's tables. Use it as a context manager: its layers go with it."""

    def __init__(self) -> None:
        self._layers: dict[str, QgsVectorLayer] = {}

    @property
    @abstractmethod
    def label(self) -> str:
        """What the store is, for reports and messages (a file name, a database)."""

    @property
    @abstractmethod
    def storage(self) -> LedgerStorage:
        """The ledger's transactional storage on this store."""

    @abstractmethod
    def _open_table(self, table: TableSpec) -> QgsVectorLayer:
        """A new QGIS layer of ``table`` (valid or not)."""

    @abstractmethod
    def _open_role(self, role: LayerRole) -> QgsVectorLayer:
        """A new styled layer of a project role (see ``layers.project_layers.ROLES``)."""

    @property
    def store(self) -> LedgerStore:
        return LedgerStore(self.storage)

    @property
    def attachments_root(self) -> Optional[Path]:
        return self.storage.attachments_root

    def layer(self, which: Union[TableSpec, str]) -> QgsVectorLayer:
        """The layer of a table (``schema.MARKERS``: all rows, the schema's defaults applied for edits)
        or of a project role (``"red_zones"``: styled, with its form)."""
        key = which.name if isinstance(which, TableSpec) else f"role:{which}"
        layer = self._layers.get(key)
        if layer is None:
            if isinstance(which, TableSpec):
                layer = self._open_table(which)
                if layer.isValid():
                    # Edits keep what the schema derives (a moved marker's coordinates, edit times) right.
                    apply_defaults(layer, which)
            else:
                layer = self._open_role(ROLES_BY_NAME[which])
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

    def __enter__(self) -> DataSource:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


class GpkgSource(DataSource):
    """The project's GeoPackage; attachments beside it in ``attachments/``."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self._storage = GpkgLedgerStorage(path)

    @property
    def label(self) -> str:
        return str(self.path)

    @property
    def storage(self) -> LedgerStorage:
        return self._storage

    def _open_table(self, table: TableSpec) -> QgsVectorLayer:
        return QgsVectorLayer(storage.uri(self.path, table), table.name, "ogr")

    def _open_role(self, role: LayerRole) -> QgsVectorLayer:
        try:
            return make_layer(self.path, role)
        except WuqingError as exc:
            raise SourceError(str(exc)) from exc


def open_source(value: str, schema_name: str = "") -> DataSource:
    """The store named by ``value``: the path of the project's GeoPackage (``|layername=…`` allowed).
    ``schema_name`` names a shared database's schema; a GeoPackage has none.

    Its data model is checked (and upgraded where a later version only added fields); raises
    :class:`SourceError` with the reason when ``value`` is not a store of the plugin."""
    text = (value or "").strip()
    if not text:
        raise SourceError(tr("Choose the project data (its GeoPackage) to work with"))
    path = Path(text.split("|")[0].strip())
    if path.suffix.lower() != ".gpkg":
        raise SourceError(tr("{value} is not a GeoPackage (.gpkg) of the project data").format(value=text))
    if not path.is_file():
        raise SourceError(tr("The GeoPackage {path} does not exist").format(path=path))
    if schema_name.strip():
        raise SourceError(tr("A GeoPackage has no schema: leave SCHEMA empty"))
    try:
        storage.ensure_geopackage(path)
    except WuqingError as exc:  # not the plugin's data model, or not readable as a GeoPackage
        raise SourceError(str(exc)) from exc
    return GpkgSource(path.resolve())


def source_of_layer(layer: QgsMapLayer) -> DataSource:
    """The store a layer of its cases (the ``violations`` table) reads."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise SourceError(tr("Choose the layer of the case records"))
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    if layer.providerType() != "ogr" or parts.get("layerName") not in (None, "", "violations"):
        raise SourceError(tr("{layer} is not the case records of a project GeoPackage").format(layer=layer.name()))
    return open_source(str(parts.get("path") or ""))
