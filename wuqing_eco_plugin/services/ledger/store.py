# SPDX-License-Identifier: GPL-2.0-or-later
"""The case ledger's writes: a new record and each status change, validated, numbered and atomic.

The rules (what a complete record is, which status may follow which, what a step writes) are the
domain's; the transaction is the store's (:class:`~...layers.ledger.storage.LedgerStorage`): the
record, its affected area and its history row commit together or not at all, and record numbers
are allocated inside that transaction so that concurrent writers never share one.

QGIS layers on the same file see the rows after :func:`refresh_layers`.
"""
from __future__ import annotations

import datetime as dt
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from ...domain.audit import Entry
from ...domain.files import unique_names
from ...domain.ledger.emergencies import plan_marking, plan_report
from ...domain.ledger.lifecycle import Change, plan_transition, registration
from ...domain.ledger.records import Place, RecordDraft, record_fields, validate
from ...domain.ledger.rows import CaseRow, case_row
from ...domain.ledger.stats import Step
from ...layers import schema
from ...layers.data_source import DataSource, as_source
from ...layers.geometry import as_multipolygon
from ...layers.ledger.gpkg import ATTACHMENTS
from ...layers.ledger.records import history_steps
from ...layers.ledger.storage import ConflictError, LedgerStorage, LedgerTransaction, StoreError, Undo
from ...layers.ledger.stores import ledger_storage
from ...layers.schema import F
from ...toolbelt.i18n import tr

__all__ = ["ATTACHMENTS", "ConflictError", "LedgerStore", "SavedRecord", "StoreError"]


@dataclass(frozen=True)
class SavedRecord:
    record_uid: str
    record_no: str
    evidence: tuple[str, ...]


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class LedgerStore:
    """The ledger's writes and reads on one store (a data source, or a GeoPackage's path, is taken as
    its store); attachments go to the store's ``attachments/<record number>/``."""

    def __init__(self, storage: LedgerStorage | DataSource | str | Path, new_uid: Callable[[], str] | None = None):
        """``storage``: the store of the ledger's tables, a data source, or the path of a GeoPackage;
        ``new_uid`` makes the rows' UUIDs (random version 4 by default; the sample's are reproducible)."""
        self.storage = storage if isinstance(storage, LedgerStorage) else ledger_storage(as_source(storage))
        self.new_uid = new_uid or (lambda: str(uuid.uuid4()))

    @property
    def attachments_root(self) -> Optional[Path]:
        return self.storage.attachments_root

    # -- new records --------------------------------------------------------------------------------
    def save_new(self, draft: RecordDraft, place: Place, area: BaseGeometry | None = None,
                 at: dt.datetime | None = None, record_uid: str | None = None) -> SavedRecord:
        """Save a new record with its number, its affected area and its registration in the history.

        ``at``: when it is recorded (default: now); the demo backdates its fictitious cases.
        ``record_uid``: the record's uuid when it has one already (a case recorded in the field keeps
        the phone's, so that bringing it in twice finds it); a new one otherwise.
        """
        return self.save_batch([(draft, place, area)], at, [record_uid])[0]

    def save_batch(self, entries: Sequence[tuple[RecordDraft, Place, BaseGeometry | None]],
                   at: dt.datetime | None = None, record_uids: Sequence[str | None] = ()) -> list[SavedRecord]:
        """Save several new records in one transaction, all or none (a batch of monitoring clues):
        each gets the next number, its affected area and its registration, as :meth:`save_new` does;
        ``record_uids``: the uuids they have already (None, or missing: a new one)."""
        now = (at or _now()).replace(microsecond=0)
        for draft, place, _ in entries:
            problems = validate(draft, place, now)
            if problems:
                what = tr("The record of clue {} is not complete").format(draft.clue_no) if draft.clue_no \
                    else tr("The record is not complete")
                raise StoreError(what, problems)
        given = list(record_uids) + [None] * (len(entries) - len(record_uids))
        uids = [uid or self.new_uid() for uid in given]

        def work(tx: LedgerTransaction, undo: Undo) -> list[SavedRecord]:
            return [self._insert_new(tx, undo, draft, place, area, uid, now)
                    for (draft, place, area), uid in zip(entries, uids)]

        return self.storage.write(work)

    def _insert_new(self, tx: LedgerTransaction, undo: Undo, draft: RecordDraft, place: Place,
                    area: BaseGeometry | None, record_uid: str, now: dt.datetime) -> SavedRecord:
        number = tx.new_record_no(draft.discovered_at.year)
        evidence = self._copy_attachments(draft.attachments, number, undo)
        values = record_fields(draft, place, record_uid, number, now, evidence)
        tx.insert(schema.VIOLATIONS, values, Point(place.x, place.y))
        if area is not None and not area.is_empty:
            shape = as_multipolygon(area)
            tx.insert(schema.VIOLATION_AREAS, {
                F.AREA_UID: self.new_uid(), F.RECORD_UID: record_uid, F.AREA_M2: round(shape.area, 2)}, shape)
        tx.insert(schema.VIOLATION_HISTORY,
                  registration(record_uid, draft.created_by.strip(), now).history_row(self.new_uid()))
        return SavedRecord(record_uid, number, evidence)

    def _copy_attachments(self, sources: Iterable[str], number: str, undo: Undo) -> tuple[str, ...]:
        """Copy the files into ``attachments/<record_no>/`` under safe names; relative paths out."""
        sources = [Path(s) for s in sources]
        if not sources:
            return ()
        if self.attachments_root is None:
            raise StoreError(tr("The shared database keeps no files itself: name its shared attachments folder "
                                "in “Open or create project data…” and save again, or save the record without files"))
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

    # -- status changes, emergency markings and reports ----------------------------------------------
    def change_status(self, record_uid: str, new: str, by: str, note: str = "", at: dt.datetime | None = None,
                      deadline: dt.date | None = None, proposal: str | None = None,
                      penalty_no: str | None = None, now: dt.datetime | None = None,
                      expected_version: int | None = None) -> Change:
        """Move a record to ``new`` and append the change to its history, in one transaction.

        The record is read inside the transaction, so two users changing it at once cannot both
        move it from the same status. ``expected_version``: the ``row_version`` of the record the
        user decided on; when the stored one moved on, :class:`ConflictError` carries the stored
        record and nothing is saved.
        """
        return self._append(record_uid, tr("This status change is not possible"), at, now, lambda record, at, now:
                            plan_transition(record, new, by, at, now, note, deadline, proposal, penalty_no),
                            expected_version)

    def mark_emergency(self, record_uid: str, kind: str, by: str, note: str = "", at: dt.datetime | None = None,
                       now: dt.datetime | None = None) -> Change:
        """Mark a registered case an emergency or important matter (its reporting clock starts ``at``)."""
        return self._append(record_uid, tr("The case cannot be marked so"), at, now,
                            lambda record, at, now: plan_marking(record, kind, by, at, now, note))

    def add_report(self, record_uid: str, kind: str, by: str, text: str, departments: Sequence[str] = (),
                   at: dt.datetime | None = None, now: dt.datetime | None = None) -> Change:
        """Append the first report, an update or the final report of an emergency, with its text."""
        return self._append(record_uid, tr("This report cannot be added"), at, now,
                            lambda record, at, now: plan_report(record, kind, by, at, now, text, departments))

    def _append(self, record_uid: str, refusal: str, at: dt.datetime | None, now: dt.datetime | None,
                plan: Callable[[dict, dt.datetime, dt.datetime], Change],
                expected_version: int | None = None) -> Change:
        """Plan an entry of the history from the record as read inside the transaction, then update
        the record and append the entry together (refused as a conflict when the record is no longer
        at ``expected_version``)."""
        now = (now or _now()).replace(microsecond=0)
        at = (at or now).replace(microsecond=0)

        def work(tx: LedgerTransaction, undo: Undo) -> Change:
            record = tx.row(schema.VIOLATIONS, record_uid)
            if record is None:
                raise StoreError(tr("No record {} in the ledger").format(record_uid))
            stored = record.get(F.ROW_VERSION)
            if expected_version is not None and stored != expected_version:
                raise ConflictError(tr("Case {no} was changed by someone else since it was opened (version {mine} "
                                       "then, {stored} now): nothing was saved. Compare the values and save "
                                       "again.").format(no=record.get(F.RECORD_NO), mine=expected_version,
                                                        stored=stored),
                                    schema.VIOLATIONS.name, record_uid, record)
            try:
                change = plan(record, at, now)
            except ValueError as exc:
                raise StoreError(refusal, getattr(exc, "problems", ())) from exc
            tx.update(schema.VIOLATIONS, record_uid, change.updates)
            tx.insert(schema.VIOLATION_HISTORY, change.history_row(self.new_uid()))
            return change

        return self.storage.write(work)

    # -- reads --------------------------------------------------------------------------------------
    def record(self, record_uid: str) -> Optional[dict[str, Any]]:
        rows = self.storage.select(schema.VIOLATIONS, {"record_uid": record_uid})
        return rows[0][0] if rows else None

    def history(self, record_uid: str) -> list[dict[str, Any]]:
        rows = [v for v, _ in self.storage.select(schema.VIOLATION_HISTORY, {"record_uid": record_uid})]
        return sorted(rows, key=lambda r: (r[F.CHANGED_AT], r[F.HISTORY_UID]))

    def changes(self, record_uid: str) -> list[Entry]:
        """The record's change log (who changed which field when)."""
        return self.storage.row_log().entries(schema.VIOLATIONS, record_uid)

    def steps(self) -> dict[str, list[Step]]:
        """Every record's history as steps, by record uid (what the reports check the statuses against)."""
        return history_steps(v for v, _ in self.storage.select(schema.VIOLATION_HISTORY))

    def clue_numbers(self) -> set[str]:
        """The monitoring clue numbers already registered as cases."""
        return {str(v[F.CLUE_NO]) for v, _ in self.storage.select(schema.VIOLATIONS) if v.get(F.CLUE_NO)}

    def rows(self, public: bool = False) -> list[CaseRow]:
        """Every case; ``public``: for a public export (see :meth:`LedgerStorage.select_public`)."""
        out = []
        for values, geometry in (self.storage.select_public() if public else self.storage.select(schema.VIOLATIONS)):
            x, y = (geometry.x, geometry.y) if geometry is not None and not geometry.is_empty else (None, None)
            out.append(case_row(values, x, y))
        return out
