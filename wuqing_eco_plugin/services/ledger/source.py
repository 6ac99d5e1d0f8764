# SPDX-License-Identifier: GPL-2.0-or-later
"""Where a ledger lives, named by a Processing algorithm's ``SOURCE`` or by a layer of its cases.

The one place that turns such a name into the ledger's store (:class:`LedgerStorage`, for the
writes) and the project's layers on it (for the place finder and for reading). Today that is the
project's GeoPackage (``path/to/wuqing.gpkg``, with or without ``|layername=…``), opened after its
data model is checked and upgraded. A shared database is another :class:`LedgerSource` made here,
from its connection and ``SCHEMA``: nothing else in the algorithms changes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from qgis.core import QgsMapLayer, QgsProviderRegistry, QgsVectorLayer

from ...domain.errors import WuqingError
from ...layers import storage
from ...layers.ledger.gpkg import GpkgLedgerStorage
from ...layers.ledger.storage import LedgerStorage
from ...layers.project_layers import ROLES_BY_NAME, LayerRole, make_layer
from ...toolbelt.i18n import tr
from .store import LedgerStore


class SourceError(WuqingError, ValueError):
    """The named data source is not a ledger the plugin can open."""


@dataclass
class LedgerSource:
    """A ledger's store and the way to its layers (made on first use, kept while the source lives):
    ``make_layer`` builds the styled layer of a role on this store (a GeoPackage table, a database's)."""

    storage: LedgerStorage
    label: str
    make_layer: Callable[[LayerRole], QgsVectorLayer]
    _layers: dict[str, QgsVectorLayer] = field(default_factory=dict, repr=False)

    @property
    def store(self) -> LedgerStore:
        return LedgerStore(self.storage)

    def layer(self, role: str) -> QgsVectorLayer:
        """The layer of ``role`` (see ``layers.project_layers.ROLES``), styled and with its form."""
        if role not in self._layers:
            self._layers[role] = self.make_layer(ROLES_BY_NAME[role])
        return self._layers[role]

    def layers(self, *roles: str) -> dict[str, QgsVectorLayer]:
        return {role: self.layer(role) for role in roles}


def _gpkg_path(text: str) -> Optional[Path]:
    path = Path(text.split("|")[0].strip())
    return path if path.suffix.lower() == ".gpkg" else None


def open_source(source: str, db_schema: str = "") -> LedgerSource:
    """The ledger named by ``source``; ``db_schema`` is a database's schema (a GeoPackage has none).

    Raises :class:`SourceError` with a message for the user when it cannot be opened."""
    text = (source or "").strip()
    path = _gpkg_path(text)
    if path is None:
        raise SourceError(tr("The data source must be the project's GeoPackage (.gpkg): {}").format(text or "∅"))
    if not path.is_file():
        raise SourceError(tr("There is no GeoPackage at {}").format(path))
    if db_schema.strip():
        raise SourceError(tr("A GeoPackage has no schema: leave SCHEMA empty"))
    try:
        storage.ensure_geopackage(path)
    except storage.SchemaError as exc:
        raise SourceError(str(exc)) from exc
    return LedgerSource(GpkgLedgerStorage(path), path.name, lambda role: make_layer(path, role))


def source_of_layer(layer: QgsMapLayer) -> LedgerSource:
    """The ledger a layer of its cases (the ``violations`` table) reads."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise SourceError(tr("Choose the layer of the case records"))
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    if layer.providerType() != "ogr" or parts.get("layerName") not in (None, "", "violations"):
        raise SourceError(tr("{layer} is not the case records of a project GeoPackage").format(layer=layer.name()))
    return open_source(str(parts.get("path") or ""))
