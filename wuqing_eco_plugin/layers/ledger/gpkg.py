# SPDX-License-Identifier: GPL-2.0-or-later
"""The ledger's transactions on a GeoPackage: one SQLite transaction through OGR per write.

Why OGR and not two QGIS edit buffers: QGIS commits layers one after the other (a failure between
them leaves a record without history), and its transaction groups change how the user's whole
project edits. The transaction first takes SQLite's write lock (a no-op DELETE), so concurrent
writers, in this process or another, queue up; the record number is then allocated from what is
committed, the UNIQUE constraint on ``record_no`` catches any writer that does not queue, and a
refused attempt is retried.
"""
from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any, Callable, Optional

from osgeo import gdal, ogr
from shapely import wkb
from shapely.geometry.base import BaseGeometry

from ...domain.ledger.rows import next_record_no
from ...toolbelt.i18n import tr
from .. import schema
from ..gdal_errors import raising
from ..ogr_rows import get_values, set_values, to_ogr_geometry
from .storage import LedgerStorage, LedgerTransaction, StoreError, T, Undo

ATTACHMENTS = "attachments"
_RETRY_ON = ("database is locked", "database table is locked", "busy")


def _worth_retrying(message: str) -> bool:
    """Another writer held the lock, or took the record number first (a new one is allocated on the
    next attempt); any other UNIQUE failure (a clue number registered already) fails again."""
    text = message.lower()
    if "unique constraint failed" in text:
        return f"{schema.VIOLATIONS.name}.record_no" in text
    return any(s in text for s in _RETRY_ON)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class GpkgTransaction(LedgerTransaction):
    def __init__(self, ds: gdal.Dataset):
        self.ds = ds

    def new_record_no(self, year: int) -> str:
        """From what is committed: the transaction holds SQLite's write lock, so no other writer
        that queues can commit in between; UNIQUE refuses one that does not, and the write retries."""
        return next_record_no(self.record_numbers(year), year)

    def record_numbers(self, year: int) -> list[str]:
        result = self.ds.ExecuteSQL(
            f"SELECT record_no FROM \"{schema.VIOLATIONS.name}\" WHERE record_no LIKE 'WQ-{int(year)}-%'")
        try:
            return [f.GetField(0) for f in result]
        finally:
            self.ds.ReleaseResultSet(result)

    def insert(self, table: schema.TableSpec, values: dict[str, Any], geometry: Optional[BaseGeometry] = None) -> None:
        layer = self.ds.GetLayerByName(table.name)
        feature = ogr.Feature(layer.GetLayerDefn())
        set_values(feature, values)
        if geometry is not None:
            feature.SetGeometry(to_ogr_geometry(geometry))
        layer.CreateFeature(feature)

    def _feature(self, table: schema.TableSpec, key: str) -> tuple[ogr.Layer, Optional[ogr.Feature]]:
        layer = self.ds.GetLayerByName(table.name)
        layer.SetAttributeFilter(f"{table.key} = {_quote(key)}")
        feature = layer.GetNextFeature()
        layer.SetAttributeFilter(None)
        return layer, feature

    def row(self, table: schema.TableSpec, key: str) -> Optional[dict[str, Any]]:
        _, feature = self._feature(table, key)
        return get_values(feature) if feature is not None else None

    def update(self, table: schema.TableSpec, key: str, values: dict[str, Any]) -> None:
        layer, feature = self._feature(table, key)
        if feature is None:
            raise StoreError(tr("No record {} in the ledger").format(key))
        set_values(feature, values)
        layer.SetFeature(feature)


class GpkgLedgerStorage(LedgerStorage):
    """The ledger's tables in the GeoPackage ``gpkg``; attachments go to ``<gpkg folder>/attachments``."""

    def __init__(self, gpkg: str | Path, attempts: int = 20, busy_timeout_ms: int = 10_000):
        self.gpkg = Path(gpkg)
        self.attempts = attempts
        self.busy_timeout_ms = busy_timeout_ms
        self.attachments_root = self.gpkg.parent / ATTACHMENTS

    def _open(self, update: bool) -> gdal.Dataset:
        flags = gdal.OF_VECTOR | (gdal.OF_UPDATE if update else 0)
        ds = gdal.OpenEx(str(self.gpkg), flags)
        ds.ReleaseResultSet(ds.ExecuteSQL(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}"))
        return ds

    @raising
    def write(self, work: Callable[[LedgerTransaction, Undo], T]) -> T:
        """One transaction holding the write lock; retried when another writer won."""
        last = ""
        for attempt in range(self.attempts):
            ds = tx = None
            undo: Undo = []
            try:
                # Opening reads the file: another program's lock can refuse it already.
                ds = self._open(update=True)
                tx = GpkgTransaction(ds)
                ds.StartTransaction()
                ds.ExecuteSQL(f'DELETE FROM "{schema.VIOLATIONS.name}" WHERE 0')  # take the write lock now
                result = work(tx, undo)
                ds.CommitTransaction()
                return result
            except StoreError:
                self._abort(ds, undo)
                raise
            except RuntimeError as exc:
                self._abort(ds, undo)
                last = str(exc).strip()
                if not _worth_retrying(last):
                    break
                time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
            finally:
                # Closing releases the connection. A refusal's traceback keeps the frames of ``work``,
                # and so its transaction: it must hold no dataset that could outlive GDAL at exit.
                if tx is not None:
                    tx.ds = None
                ds = None  # noqa: F841
        if f"{schema.VIOLATIONS.name}.clue_no" in last.lower():
            raise StoreError(tr("A case of this monitoring clue is registered already; nothing was changed."))
        if any(s in last.lower() for s in _RETRY_ON[:3]):
            raise StoreError(tr("The ledger could not be saved; nothing was changed. {file} is held by another "
                                "program (another QGIS editing it, a copy or synchronisation tool): finish or close "
                                "it there, then save again. The database said: {error}").format(
                file=self.gpkg.name, error=last))
        raise StoreError(tr("The ledger could not be saved to {file}; nothing was changed. The database said: "
                            "{error}").format(file=self.gpkg.name, error=last))

    @staticmethod
    def _abort(ds: Optional[gdal.Dataset], undo: Undo) -> None:
        try:
            if ds is not None:
                ds.RollbackTransaction()
        except RuntimeError:
            pass  # nothing to roll back: the transaction never started
        for action in reversed(undo):
            action()

    @raising
    def select(self, table: schema.TableSpec, where: Optional[dict[str, Any]] = None
               ) -> list[tuple[dict[str, Any], Any]]:
        try:
            ds = self._open(update=False)
        except RuntimeError as exc:
            raise StoreError(tr("The ledger {file} could not be read: {error}").format(
                file=self.gpkg.name, error=str(exc).strip())) from exc
        try:
            layer = ds.GetLayerByName(table.name)
            layer.SetAttributeFilter(" AND ".join(f"{k} = {_quote(str(v))}" for k, v in (where or {}).items()) or None)
            out = []
            for feature in layer:
                geometry = feature.GetGeometryRef()
                out.append((get_values(feature), wkb.loads(bytes(geometry.ExportToWkb())) if geometry else None))
            return out
        finally:
            ds = None  # noqa: F841
