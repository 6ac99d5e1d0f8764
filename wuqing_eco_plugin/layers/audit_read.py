# SPDX-License-Identifier: GPL-2.0-or-later
"""Reading a row's change log from the store it lives in: a GeoPackage or the shared database.

On PostGIS a login reads ``audit_log`` when it may (``wq_env``, ``wq_admin``), else the view
``audit_log_shared`` (no private values; a town's own cases only): what the log shows anyone is
what they may read of the tables. A layer says which store it reads (:func:`row_log_for_layer`).
"""
from __future__ import annotations

import json
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, Mapping, Optional

import psycopg2
from osgeo import gdal
from qgis.core import QgsDataSourceUri, QgsVectorLayer

from ..domain.audit import Entry, ordered
from .gdal_errors import raising
from .ogr_rows import get_values
from .postgis.connection import Database, connect
from .postgis.errors import PostgisError, describe
from .schema import AUDIT_LOG, F, TableSpec


class RowLog(ABC):
    """The change log of one store."""

    @abstractmethod
    def entries(self, table: TableSpec, uid: str) -> list[Entry]:
        """Every logged change of the row of ``table`` named ``uid``, in the order they were made."""


def _json(value: Any) -> dict:
    if value is None:
        return {}
    return json.loads(value) if isinstance(value, str) else dict(value)


def to_entry(order: int, row: Mapping[str, Any]) -> Entry:
    return Entry(order, row[F.ACTION], row.get(F.ROW_VERSION), row.get(F.CHANGED_BY) or "", row.get(F.CHANGED_AT),
                 row.get(F.APPLICATION_NAME) or "", _json(row.get(F.OLD_VALUES)), _json(row.get(F.NEW_VALUES)))


class GpkgRowLog(RowLog):
    def __init__(self, path: str | Path):
        self.path = Path(path)

    @raising
    def entries(self, table: TableSpec, uid: str) -> list[Entry]:
        ds = gdal.OpenEx(str(self.path), gdal.OF_VECTOR)
        try:
            layer = ds.GetLayerByName(AUDIT_LOG.name)
            if layer is None:
                return []
            quoted = "'" + str(uid).replace("'", "''") + "'"
            layer.SetAttributeFilter(f"table_name = '{table.name}' AND row_uid = {quoted}")
            return ordered(to_entry(f.GetFID(), get_values(f)) for f in layer)
        finally:
            ds = None  # noqa: F841


class PostgisRowLog(RowLog):
    def __init__(self, database: Database, s: str):
        self.database, self.s = database, s

    def entries(self, table: TableSpec, uid: str) -> list[Entry]:
        names = [f.name for f in AUDIT_LOG.fields]
        conn = connect(self.database)
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT has_table_privilege(%s, 'SELECT')", (f"{self.s}.{AUDIT_LOG.name}",))
                relation = AUDIT_LOG.name if cur.fetchone()[0] else f"{AUDIT_LOG.name}_shared"
                cur.execute(f"SELECT fid, {', '.join(names)} FROM {self.s}.{relation} "
                            "WHERE table_name = %s AND row_uid = %s ORDER BY fid", (table.name, str(uid)))
                return [to_entry(row[0], dict(zip(names, row[1:]))) for row in cur.fetchall()]
        except psycopg2.Error as exc:
            raise PostgisError(describe(exc, AUDIT_LOG.name, "SELECT", conn.info.user)) from exc
        finally:
            conn.rollback()
            conn.close()


def row_log_for_layer(layer: QgsVectorLayer) -> Optional[RowLog]:
    """The log of the store ``layer`` reads: its GeoPackage or its PostGIS database; None for others."""
    provider = layer.providerType()
    if provider == "ogr":
        path = layer.source().split("|")[0]
        return GpkgRowLog(path) if path.lower().endswith(".gpkg") else None
    if provider == "postgres":
        uri = QgsDataSourceUri(layer.source())
        return PostgisRowLog(Database(uri.connectionInfo(True), uri.database() or uri.service()), uri.schema())
    return None
