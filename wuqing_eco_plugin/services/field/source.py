# SPDX-License-Identifier: GPL-2.0-or-later
"""The store a package is made from and synced into (``SOURCE``): the one place that knows what it is.

Packing and syncing need four things of a store, and ask only this module for them:

- a QGIS layer of each of its tables (read for the package; the markers and their history are
  written through QGIS edits, as the markers feature writes them);
- the ledger's transactional storage (new cases go through :class:`...ledger.store.LedgerStore`,
  the record dialog's path);
- where attachments are copied (the ledger's ``attachments/`` folder);
- its district, to refuse packages of another one.

:func:`open_source` turns the ``SOURCE`` a user gives into a :class:`FieldSource`. Today that is
the project's GeoPackage (:class:`GpkgFieldSource`); a shared database is another subclass
returned from the same function.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import Optional

from qgis.core import QgsVectorLayer

from ...domain.errors import WuqingError
from ...layers import schema, storage
from ...layers.features import text_value
from ...layers.forms import apply_defaults
from ...layers.ledger.gpkg import GpkgLedgerStorage
from ...layers.ledger.storage import LedgerStorage
from ...layers.schema import F, TableSpec
from ...toolbelt.i18n import tr


class SourceError(WuqingError, ValueError):
    """The SOURCE cannot be used (not a store of the plugin, or a table cannot be opened)."""


class FieldSource(ABC):
    """A store of the plugin's tables, as packing and syncing use it. Layers are opened once and
    let go by :meth:`close` (use the source as a context manager)."""

    def __init__(self) -> None:
        self._layers: dict[str, QgsVectorLayer] = {}

    @property
    @abstractmethod
    def label(self) -> str:
        """What the store is, for the package's record and the reports (a path, a database)."""

    @abstractmethod
    def _open_layer(self, table: TableSpec) -> QgsVectorLayer:
        """A new QGIS layer of ``table`` (valid or not)."""

    @abstractmethod
    def ledger_storage(self) -> LedgerStorage:
        """The ledger's transactional storage on this store."""

    @property
    def attachments_root(self) -> Optional[Path]:
        return self.ledger_storage().attachments_root

    def layer(self, table: TableSpec) -> QgsVectorLayer:
        layer = self._layers.get(table.name)
        if layer is None:
            layer = self._open_layer(table)
            if not layer.isValid():
                raise SourceError(tr("The table {table} of {source} cannot be opened").format(
                    table=table.name, source=self.label))
            # Edits keep what the schema derives (a moved marker's coordinates, edit times) right.
            apply_defaults(layer, table)
            self._layers[table.name] = layer
        return layer

    def district(self) -> tuple[str, str]:
        """(code, name) of the store's district; empty strings when it holds none."""
        feature = next(self.layer(schema.DISTRICT).getFeatures(), None)
        if feature is None:
            return "", ""
        return text_value(feature, F.CODE) or "", text_value(feature, F.NAME) or ""

    def close(self) -> None:
        self._layers.clear()

    def __enter__(self) -> FieldSource:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


class GpkgFieldSource(FieldSource):
    """The project's GeoPackage; attachments beside it in ``attachments/``."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self._storage = GpkgLedgerStorage(path)

    @property
    def label(self) -> str:
        return str(self.path)

    def _open_layer(self, table: TableSpec) -> QgsVectorLayer:
        return QgsVectorLayer(storage.uri(self.path, table), table.name, "ogr")

    def ledger_storage(self) -> LedgerStorage:
        return self._storage


def open_source(value: str, schema_name: str = "") -> FieldSource:
    """The store named by ``value``: the path of the project's GeoPackage. ``schema_name`` names the
    schema of a shared database; a GeoPackage has none and ignores it.

    Raises :class:`SourceError` with the reason when ``value`` is not a store of the plugin.
    """
    text = (value or "").strip()
    if not text:
        raise SourceError(tr("Choose the project data (its GeoPackage) to work with"))
    path = Path(text)
    if path.suffix.lower() != ".gpkg":
        raise SourceError(tr("{value} is not a GeoPackage (.gpkg) of the project data").format(value=text))
    if not path.is_file():
        raise SourceError(tr("The GeoPackage {path} does not exist").format(path=path))
    try:
        report = storage.check_geopackage(path)
    except RuntimeError as exc:  # GDAL cannot read it at all
        raise SourceError(tr("{path} cannot be read as a GeoPackage: {error}").format(path=path, error=exc)) from exc
    if not report.ok:
        raise SourceError(storage.describe(report))
    return GpkgFieldSource(path.resolve())
