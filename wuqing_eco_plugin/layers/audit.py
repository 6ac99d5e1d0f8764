# SPDX-License-Identifier: GPL-2.0-or-later
"""The change log of a GeoPackage: the plugin's own writes, in the shape PostGIS's triggers write.

A GeoPackage has no logins and no server to run triggers for every client, so the plugin logs
what it writes itself: the ledger's transactions (``ledger/gpkg.py``, in the same SQLite
transaction) and the commits of the layers it loaded (``row_versions.py``, right after QGIS's
commit). Who is the plugin's user setting (:func:`~..toolbelt.settings.plugin_user`); the
values are those of ``domain/audit.py``, the geometry as hex WKB, as on PostGIS.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional

from osgeo import gdal, ogr
from qgis.core import QgsFeature, QgsGeometry

from ..domain.audit import DELETE, GEOMETRY_KEY, INSERT, UPDATE, changed_values, json_value
from .features import to_python
from .gdal_errors import raising
from .ogr_rows import set_values
from .schema import AUDIT_LOG, ROW_VERSION, F, TableSpec

#: How the plugin names itself in the log (PostgreSQL's application_name of its connections).
APPLICATION = "wuqing_eco"
#: Fields that are the row's own bookkeeping in the store, never logged.
_SKIPPED = ("fid",)


def geometry_hex(geometry: Optional[QgsGeometry]) -> Optional[str]:
    if geometry is None or geometry.isNull():
        return None
    return bytes(geometry.asWkb()).hex()


def feature_values(feature: QgsFeature, table: TableSpec) -> dict[str, Any]:
    """The feature's fields of ``table`` and its geometry, as the log stores them."""
    fields = feature.fields()
    out = {name: json_value(to_python(feature.attribute(fields.indexOf(name)))) for name in table.field_names
           if fields.indexOf(name) >= 0}
    if table.geometry and not table.derived:
        out[GEOMETRY_KEY] = geometry_hex(feature.geometry()) if feature.hasGeometry() else None
    return out


def entry(table: TableSpec, action: str, old: Optional[Mapping[str, Any]], new: Optional[Mapping[str, Any]],
          who: str, when: Optional[dt.datetime] = None) -> Optional[dict[str, Any]]:
    """The ``audit_log`` row of one change (None for an update that changed nothing)."""
    old = {k: json_value(v) for k, v in (old or {}).items() if k not in _SKIPPED}
    new = {k: json_value(v) for k, v in (new or {}).items() if k not in _SKIPPED}
    if action == UPDATE:
        old, new = changed_values(old, new)
        if not new:
            return None
    elif action == INSERT:
        old = None
    elif action == DELETE:
        new = None
    key = table.audit_key
    uid = (new or {}).get(key) or (old or {}).get(key)
    version = (new or {}).get(ROW_VERSION, (old or {}).get(ROW_VERSION))
    return {F.TABLE_NAME: table.name, F.ROW_UID: None if uid is None else str(uid), F.ACTION: action,
            F.CHANGED_BY: (who or "?")[:63], F.CHANGED_AT: (when or dt.datetime.now()).replace(microsecond=0),
            F.APPLICATION_NAME: APPLICATION, F.ROW_VERSION: version,
            F.OLD_VALUES: json.dumps(old, ensure_ascii=False) if old else None,
            F.NEW_VALUES: json.dumps(new, ensure_ascii=False) if new else None}


def update_entry(table: TableSpec, uid: str, old: Mapping[str, Any], new: Mapping[str, Any], who: str,
                 when: Optional[dt.datetime] = None) -> Optional[dict[str, Any]]:
    """An UPDATE whose ``old`` and ``new`` may lack the key: the row is named by ``uid``."""
    row = entry(table, UPDATE, old, new, who, when)
    if row is not None:
        row[F.ROW_UID] = uid
    return row


def insert_entries(ds: gdal.Dataset, entries: Iterable[Optional[Mapping[str, Any]]]) -> int:
    """Append ``entries`` to the dataset's ``audit_log`` (inside the caller's transaction)."""
    layer = ds.GetLayerByName(AUDIT_LOG.name)
    n = 0
    for row in entries:
        if row is None:
            continue
        feature = ogr.Feature(layer.GetLayerDefn())
        set_values(feature, row)
        layer.CreateFeature(feature)
        n += 1
    return n


@raising
def append_entries(path: str | Path, entries: Iterable[Optional[Mapping[str, Any]]]) -> int:
    """Append ``entries`` to the GeoPackage's log in one transaction; the number written."""
    rows = [e for e in entries if e is not None]
    if not rows:
        return 0
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    try:
        ds.StartTransaction()
        n = insert_entries(ds, rows)
        ds.CommitTransaction()
        return n
    finally:
        ds = None  # noqa: F841


def has_log(ds: gdal.Dataset) -> bool:
    return ds.GetLayerByName(AUDIT_LOG.name) is not None

