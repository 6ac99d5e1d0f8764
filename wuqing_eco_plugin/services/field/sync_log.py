# SPDX-License-Identifier: GPL-2.0-or-later
"""What a package remembers between syncs: its state when packed and every sync's outcome.

``package_snapshot`` holds, per marker and open case, the office's and the package's state when
the package was made; ``sync_log`` (append-only) one row per item and sync. The base a sync
compares against is the last row that took the item over (new case, updated marker, or found
applied already), else the snapshot: so a team that keeps working with a package after a sync is
not taken for a conflict with its own earlier sync.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from ...domain.field.sync import SyncItem
from ...layers.features import field_value, text_value, write_records
from ...layers.field import tables
from ...layers.field.tables import P
from ...layers.schema import F
from .package_data import package_layer

#: Outcomes after which the office holds the field's state.
TAKEN_OVER = ("new_case", "updated_marker", "already")


@dataclass(frozen=True)
class Base:
    """The states a sync compares against: the office's and the field's."""

    office_hash: Optional[str]
    field_hash: Optional[str]
    record_no: Optional[str] = None


class SyncLog:
    def __init__(self, gpkg: Path):
        self.gpkg = gpkg
        self.snapshot: dict[str, Base] = {}
        for f in package_layer(gpkg, tables.SNAPSHOT).getFeatures():
            self.snapshot[text_value(f, P.ITEM_UID) or ""] = Base(text_value(f, P.OFFICE_HASH),
                                                                   text_value(f, P.FIELD_HASH))
        rows = sorted(package_layer(gpkg, tables.SYNC_LOG).getFeatures(),
                      key=lambda f: (field_value(f, P.SYNCED_AT) or dt.datetime.min, f.id()))
        self.taken: dict[str, Base] = {}
        for f in rows:
            if text_value(f, P.OUTCOME) in TAKEN_OVER:
                self.taken[text_value(f, P.ITEM_UID) or ""] = Base(
                    text_value(f, P.OFFICE_HASH), text_value(f, P.FIELD_HASH), text_value(f, F.RECORD_NO))
        self._pending: list[dict[str, Any]] = []

    def base(self, uid: str) -> Optional[Base]:
        """The state to compare against: the last sync that took the item over, else when packed."""
        return self.taken.get(uid) or self.snapshot.get(uid)

    def add(self, item: SyncItem, at: dt.datetime, field_hash: Optional[str] = None,
            office_hash: Optional[str] = None) -> None:
        self._pending.append({P.ITEM_UID: item.key, P.KIND: item.kind, P.SYNCED_AT: at, P.OUTCOME: item.outcome,
                              F.RECORD_NO: item.record_no, P.FIELD_HASH: field_hash, P.OFFICE_HASH: office_hash,
                              F.NOTE: "; ".join(item.reasons) or None})

    def flush(self) -> int:
        """Write the rows added since the last flush (one commit)."""
        rows, self._pending = self._pending, []
        return write_records(package_layer(self.gpkg, tables.SYNC_LOG), tables.SYNC_LOG, rows) if rows else 0
