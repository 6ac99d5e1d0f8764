# SPDX-License-Identifier: GPL-2.0-or-later
"""The ledger's store of each kind of data source: the GeoPackage's (attachments beside the file) or
the shared database's (attachments in the shared folder the project names, or none)."""
from __future__ import annotations

from ..data_source import DataSource, GeoPackageSource, PostgisSource
from .gpkg import GpkgLedgerStorage
from .postgis import PostgisLedgerStorage
from .storage import LedgerStorage


def ledger_storage(source: DataSource) -> LedgerStorage:
    if isinstance(source, PostgisSource):
        return PostgisLedgerStorage(source.database(), source.schema, source.attachments)
    if isinstance(source, GeoPackageSource):
        return GpkgLedgerStorage(source.path)
    raise TypeError(f"no ledger store for {type(source).__name__}")
