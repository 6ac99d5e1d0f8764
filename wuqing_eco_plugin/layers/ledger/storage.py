# SPDX-License-Identifier: GPL-2.0-or-later
"""Where the ledger's atomic writes go: one interface, one implementation per kind of store.

A new case (record, affected area, first history row) and each status change (record and history
row) must commit together or not at all, which two QGIS edit buffers cannot promise. The ledger's
services therefore write through a :class:`LedgerStorage`: ``write(work)`` runs ``work`` inside one
transaction of the store with a :class:`LedgerTransaction` that inserts, reads and updates rows by
the schema's tables. :class:`~.gpkg.GpkgLedgerStorage` is the GeoPackage; a shared database
implements the same two classes.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, Callable, Optional, TypeVar

from shapely.geometry.base import BaseGeometry

from ...domain.errors import WuqingError
from ..audit_read import RowLog
from ..schema import VIOLATIONS, TableSpec

T = TypeVar("T")
#: Undo actions a write registers for what it did outside the database (copied files).
Undo = list


class StoreError(WuqingError):
    """A write was refused or failed; nothing of it was kept. ``problems`` holds domain problem
    codes when the data was invalid, empty when the database refused."""

    def __init__(self, message: str, problems: tuple[str, ...] = ()):
        super().__init__(message)
        self.problems = problems


class ConflictError(StoreError):
    """The row was changed by someone else since the user read it (its ``row_version`` moved on):
    nothing was saved. ``stored`` holds the row as it is stored now, for the conflict view."""

    def __init__(self, message: str, table: str, key: str, stored: Optional[dict[str, Any]] = None):
        super().__init__(message)
        self.table, self.key, self.stored = table, key, stored


class LedgerTransaction(ABC):
    """The rows of one open transaction."""

    @abstractmethod
    def new_record_no(self, year: int) -> str:
        """The next record number ``WQ-<year>-<seq>`` of ``year``, reserved for this transaction:
        concurrent transactions never get the same one."""

    @abstractmethod
    def insert(self, table: TableSpec, values: dict[str, Any], geometry: Optional[BaseGeometry] = None) -> None:
        """Add one row of ``table``; ``geometry`` in EPSG:4548."""

    @abstractmethod
    def row(self, table: TableSpec, key: str) -> Optional[dict[str, Any]]:
        """The row of ``table`` whose key field (its UUID) is ``key``, read inside the transaction."""

    @abstractmethod
    def update(self, table: TableSpec, key: str, values: dict[str, Any]) -> None:
        """Change ``values`` of the row whose key is ``key``; a versioned table's row gets its next
        ``row_version`` (the caller read the row inside this transaction: nobody changed it since)."""


class LedgerStorage(ABC):
    """A store of the ledger's tables."""

    #: Where attachments are copied (``attachments/<record number>/``), or None when they cannot be.
    attachments_root: Optional[Path] = None

    @abstractmethod
    def write(self, work: Callable[[LedgerTransaction, Undo], T]) -> T:
        """Run ``work`` in one transaction; raise :class:`StoreError` when it cannot commit (nothing
        kept, every undo action run)."""

    @abstractmethod
    def select(self, table: TableSpec, where: Optional[dict[str, Any]] = None) -> list[tuple[dict[str, Any], Any]]:
        """(values, (x, y) or None) of the rows of ``table`` whose fields equal ``where``."""

    @abstractmethod
    def row_log(self) -> RowLog:
        """The store's change log (who changed what, when)."""

    def select_public(self) -> list[tuple[dict[str, Any], Any]]:
        """The cases for a public export, as :meth:`select` gives them: with their private fields, which
        the export leaves out and masks wherever another text repeats them. A store whose reader may
        not read those fields gives what it masked itself."""
        return self.select(VIOLATIONS)
