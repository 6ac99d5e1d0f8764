# SPDX-License-Identifier: GPL-2.0-or-later
"""The case ledger's writes: a new record and each status change, atomic and safe under concurrency.

Every write is ONE SQLite transaction through OGR on the GeoPackage: the record, its affected area
and its history row commit together or not at all. Why OGR and not two QGIS edit buffers: QGIS
commits layers one after the other (a failure between them leaves a record without history), and
its transaction groups change how the user's whole project edits. The transaction first takes
SQLite's write lock (a no-op DELETE), so concurrent writers, in this process or another, queue up;
the record number is then allocated from what is committed, the UNIQUE constraint on
``record_no`` catches any writer that does not queue, and a refused attempt is retried.

QGIS layers on the same file see the rows after :func:`refresh_layers`.
"""
from __future__ import annotations

import datetime as dt
import random
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional

from osgeo import gdal, ogr
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from ..domain.files import unique_names
from ..domain.ledger import CaseRow, case_row, next_record_no
from ..domain.lifecycle import Change, plan_transition, registration
from ..domain.records import Place, RecordDraft, record_fields, validate
from ..layers import schema
from ..layers.gdal_errors import raising
from ..layers.geometry import as_multipolygon
from ..layers.ogr_rows import get_values, set_values, to_ogr_geometry
from ..toolbelt.i18n import tr

ATTACHMENTS = "attachments"
_RETRY_ON = ("database is locked", "database table is locked", "busy", "unique constraint failed")


class StoreError(Exception):
    """A write was refused or failed; nothing of it was kept. ``problems`` holds domain problem
    codes when the data was invalid, empty when the database refused."""

    def __init__(self, message: str, problems: tuple[str, ...] = ()):
        super().__init__(message)
        self.problems = problems


@dataclass(frozen=True)
class SavedRecord:
    record_uid: str
    record_no: str
    evidence: tuple[str, ...]


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class LedgerStore:
    """Writes of the ledger in the GeoPackage ``gpkg``; attachments go to ``<gpkg folder>/attachments``."""

    def __init__(self, gpkg: str | Path, attempts: int = 20, busy_timeout_ms: int = 10_000):
        self.gpkg = Path(gpkg)
        self.attempts = attempts
        self.busy_timeout_ms = busy_timeout_ms

    @property
    def attachments_root(self) -> Path:
        return self.gpkg.parent / ATTACHMENTS

    # -- transactions -------------------------------------------------------------------------------
    def _open(self, update: bool) -> gdal.Dataset:
        flags = gdal.OF_VECTOR | (gdal.OF_UPDATE if update else 0)
        ds = gdal.OpenEx(str(self.gpkg), flags)
        ds.ReleaseResultSet(ds.ExecuteSQL(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}"))
        return ds

    @raising
    def _write(self, work) -> Any:
        """Run ``work(ds)`` in one transaction holding the write lock; retry when another writer
        won; raise :class:`StoreError` with the database's message when it cannot commit."""
        last = ""
        for attempt in range(self.attempts):
            ds = self._open(update=True)
            undo: list = []
            try:
                ds.StartTransaction()
                ds.ExecuteSQL(f'DELETE FROM "{schema.VIOLATIONS.name}" WHERE 0')  # take the write lock now
                result = work(ds, undo)
                ds.CommitTransaction()
                return result
            except StoreError:
                self._abort(ds, undo)
                raise
            except RuntimeError as exc:
                self._abort(ds, undo)
                last = str(exc).strip()
                if not any(s in last.lower() for s in _RETRY_ON):
                    break
                time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
            finally:
                ds = None  # noqa: F841 - closing releases the connection
        raise StoreError(tr("The ledger could not be saved; nothing was changed. The database said: {}").format(last))

    @staticmethod
    def _abort(ds: gdal.Dataset, undo: list) -> None:
        try:
            ds.RollbackTransaction()
        except RuntimeError:
            pass  # nothing to roll back: the transaction never started
        for action in reversed(undo):
            action()

    # -- new records --------------------------------------------------------------------------------
    def save_new(self, draft: RecordDraft, place: Place, area: BaseGeometry | None = None,
                 at: dt.datetime | None = None) -> SavedRecord:
        """Save a new record with its number, its affected area and its registration in the history.

        ``at``: when it is recorded (default: now); the demo backdates its fictitious cases.
        """
        now = (at or _now()).replace(microsecond=0)
        problems = validate(draft, place, now)
        if problems:
            raise StoreError(tr("The record is not complete"), problems)
        record_uid = str(uuid.uuid4())

        def work(ds: gdal.Dataset, undo: list) -> SavedRecord:
            number = next_record_no(self._numbers(ds, draft.discovered_at.year), draft.discovered_at.year)
            evidence = self._copy_attachments(draft.attachments, number, undo)
            values = record_fields(draft, place, record_uid, number, now, evidence)
            self._insert(ds, schema.VIOLATIONS, values, Point(place.x, place.y))
            if area is not None and not area.is_empty:
                shape = as_multipolygon(area)
                self._insert(ds, schema.VIOLATION_AREAS, {
                    "area_uid": str(uuid.uuid4()), "record_uid": record_uid, "area_m2": round(shape.area, 2)}, shape)
            self._insert(ds, schema.VIOLATION_HISTORY,
                         registration(record_uid, draft.created_by.strip(), now).history_row(str(uuid.uuid4())))
            return SavedRecord(record_uid, number, evidence)

        return self._write(work)

    @staticmethod
    def _numbers(ds: gdal.Dataset, year: int) -> list[str]:
        result = ds.ExecuteSQL(f"SELECT record_no FROM \"{schema.VIOLATIONS.name}\" WHERE record_no LIKE 'WQ-{year}-%'")
        try:
            return [f.GetField(0) for f in result]
        finally:
            ds.ReleaseResultSet(result)

    def _copy_attachments(self, sources: Iterable[str], number: str, undo: list) -> tuple[str, ...]:
        """Copy the files into ``attachments/<record_no>/`` under safe names; relative paths out."""
        sources = [Path(s) for s in sources]
        if not sources:
            return ()
        folder = self.attachments_root / number
        # The outermost folder this save creates goes again if the save fails.
        new = next((f for f in (self.attachments_root, folder) if not f.exists()), None)
        folder.mkdir(parents=True, exist_ok=True)
        if new is not None:
            undo.append(lambda: shutil.rmtree(new, ignore_errors=True))
        taken = [p.name for p in folder.iterdir()]
        out = []
        for source, name in zip(sources, unique_names([s.name for s in sources], taken)):
            target = folder / name
            try:
                shutil.copy2(source, target)
            except OSError as exc:
                raise StoreError(tr("Cannot copy {name}: {error}").format(name=source.name, error=exc)) from exc
            undo.append(lambda t=target: t.unlink(missing_ok=True))
            out.append(f"{ATTACHMENTS}/{number}/{name}")
        return tuple(out)

    @staticmethod
    def _insert(ds: gdal.Dataset, table: schema.TableSpec, values: dict, geometry: BaseGeometry | None = None) -> None:
        layer = ds.GetLayerByName(table.name)
        feature = ogr.Feature(layer.GetLayerDefn())
        set_values(feature, values)
        if geometry is not None:
            feature.SetGeometry(to_ogr_geometry(geometry))
        layer.CreateFeature(feature)

    # -- status changes -----------------------------------------------------------------------------
    def change_status(self, record_uid: str, new: str, by: str, note: str = "", at: dt.datetime | None = None,
                      deadline: dt.date | None = None, proposal: str | None = None,
                      penalty_no: str | None = None, now: dt.datetime | None = None) -> Change:
        """Move a record to ``new`` and append the change to its history, in one transaction.

        The record is read inside the transaction, so two users changing it at once cannot both
        move it from the same status.
        """
        now = (now or _now()).replace(microsecond=0)
        at = (at or now).replace(microsecond=0)

        def work(ds: gdal.Dataset, undo: list) -> Change:
            layer = ds.GetLayerByName(schema.VIOLATIONS.name)
            layer.SetAttributeFilter(f"record_uid = {_quote(record_uid)}")
            feature = layer.GetNextFeature()
            layer.SetAttributeFilter(None)
            if feature is None:
                raise StoreError(tr("No record {} in the ledger").format(record_uid))
            try:
                change = plan_transition(get_values(feature), new, by, at, now, note, deadline, proposal, penalty_no)
            except ValueError as exc:
                raise StoreError(tr("This status change is not possible"), getattr(exc, "problems", ())) from exc
            set_values(feature, change.updates)
            layer.SetFeature(feature)
            self._insert(ds, schema.VIOLATION_HISTORY, change.history_row(str(uuid.uuid4())))
            return change

        return self._write(work)

    # -- reads --------------------------------------------------------------------------------------
    def record(self, record_uid: str) -> Optional[dict[str, Any]]:
        rows = self._select(schema.VIOLATIONS.name, f"record_uid = {_quote(record_uid)}")
        return rows[0][0] if rows else None

    def history(self, record_uid: str) -> list[dict[str, Any]]:
        rows = [v for v, _ in self._select(schema.VIOLATION_HISTORY.name, f"record_uid = {_quote(record_uid)}")]
        return sorted(rows, key=lambda r: (r["changed_at"], r["history_uid"]))

    def rows(self) -> list[CaseRow]:
        out = []
        for values, geometry in self._select(schema.VIOLATIONS.name):
            x, y = (geometry.GetX(), geometry.GetY()) if geometry is not None else (None, None)
            out.append(case_row(values, x, y))
        return out

    @raising
    def _select(self, table: str, where: str | None = None) -> list[tuple[dict[str, Any], Any]]:
        ds = self._open(update=False)
        try:
            layer = ds.GetLayerByName(table)
            layer.SetAttributeFilter(where)
            out = []
            for feature in layer:
                geometry = feature.GetGeometryRef()
                out.append((get_values(feature), geometry.Clone() if geometry is not None else None))
            return out
        finally:
            ds = None  # noqa: F841
