# SPDX-License-Identifier: GPL-2.0-or-later
"""Upgrade a GeoPackage of an older data model version: a copy aside first, then one transaction.

The copy is made with SQLite's online backup (a consistent snapshot that includes what is still in
the write-ahead log; a plain file copy could miss it) and only read from the original. The upgrade
then adds, in one SQLite transaction through OGR, what each later version added: fields declared
with ``FieldSpec.since`` (rows stored before get the field's default, ``row_version`` 1; a unique
one its unique index), tables (``TableSpec.since``: the zone indicators), the change log and the
table of versions. A failure rolls all of it back; the copy stays either way.

This is the only way a GeoPackage of an older version changes: ``storage.ensure_geopackage``
refuses one (:class:`~.storage.OlderSchemaError`), the plugin offers this upgrade when the project
data is opened (ui/project/upgrade.py), and ``wuqing_eco:create_geopackage`` runs it headless.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from osgeo import gdal

from ..toolbelt.i18n import tr
from . import storage
from .gdal_errors import raising
from .schema import SCHEMA_VERSION, TABLES, FieldSpec, TableSpec


@dataclass(frozen=True)
class Upgrade:
    found: int
    copy: Path


def copy_path(path: Path, found: int, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.v{found}-{stamp}{path.suffix}")


def copy_aside(path: Path, target: Path) -> Path:
    """A consistent copy of the GeoPackage ``path`` at ``target`` (the original is only read)."""
    if target.exists():
        raise storage.SchemaError(tr("{} exists already: nothing was upgraded").format(target))
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(str(target))
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def unique_index(table: TableSpec, spec: FieldSpec) -> str:
    return f'CREATE UNIQUE INDEX IF NOT EXISTS "wq_{table.name}_{spec.name}_unique" ON "{table.name}" ("{spec.name}")'


@raising
def _apply(path: Path, found: int) -> None:
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    try:
        ds.StartTransaction()
        try:
            storage._add_domains(ds, TABLES)
            for table in TABLES:
                layer = ds.GetLayerByName(table.name)
                if layer is None:  # a table of a later version (zone indicators), made as it is now
                    storage.create_table(ds, table)
                    continue
                for spec in (f for f in table.fields if f.since > found):
                    defn = storage._field_defn(spec)
                    defn.SetUnique(False)  # SQLite adds no UNIQUE column: a unique index keeps the promise
                    if layer.CreateField(defn) != 0:
                        raise RuntimeError(tr("cannot add the field {field} to {table}").format(
                            field=spec.name, table=table.name))
                    if spec.unique:  # the monitoring clue number
                        ds.ExecuteSQL(unique_index(table, spec))
            storage.add_log_tables(ds)
            storage.add_guards(ds)  # the rules of the data (version 4: a town's new name in its cases)
            for version in range(found + 1, SCHEMA_VERSION + 1):
                storage.record_version(ds, version)
            ds.CommitTransaction()
        except RuntimeError:
            ds.RollbackTransaction()
            raise
    finally:
        ds = None  # noqa: F841


def upgrade_geopackage(path: str | Path) -> Upgrade:
    """Copy ``path`` aside and bring it to the current version; what it was and where the copy is."""
    path = Path(path)
    found = storage.stored_version(path)
    if found is None or found >= SCHEMA_VERSION:
        raise storage.SchemaError(tr("{name} needs no upgrade (data model version {found})").format(
            name=path.name, found=found))
    copy = copy_aside(path, copy_path(path, found))
    try:
        _apply(path, found)
    except RuntimeError as exc:
        raise storage.SchemaError(tr("{name} could not be upgraded and was left as it was ({error}); a copy is at "
                                     "{copy}").format(name=path.name, error=exc, copy=copy)) from exc
    return Upgrade(found, copy)
