# SPDX-License-Identifier: GPL-2.0-or-later
"""The ledger's transactions on the shared PostGIS database: one PostgreSQL transaction per write.

The database numbers the cases (``next_record_no``: a per-year counter row that the inserting
transaction keeps locked until it ends) and enforces who may write what (``layers/postgis``):
this storage reads and writes only the columns the login may read, and turns every refusal into a
:class:`StoreError` in the user's language that names the missing right. psycopg2, not QGIS's
``executeSql``: see ``layers/postgis/connection.py``.
"""
from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any, Callable, Optional

import psycopg2
from shapely import wkb
from shapely.geometry.base import BaseGeometry

from ...toolbelt.i18n import tr
from .. import schema
from ..postgis.catalog import require_login_role, require_schema
from ..postgis.connection import Database, connect, resolve
from ..postgis.ddl import DEFAULT_SCHEMA, SRID
from ..postgis.errors import RETRY, PostgisError, describe
from .storage import LedgerStorage, LedgerTransaction, StoreError, T, Undo


class PostgisTransaction(LedgerTransaction):
    def __init__(self, cur, s: str, readable: Callable[[schema.TableSpec], list[str]]):
        self.cur, self.s, self.readable = cur, s, readable
        #: (table, privilege) of the statement last run: what a refusal was about.
        self.last: tuple[Optional[str], Optional[str]] = (None, None)

    def _run(self, sql: str, params, table: schema.TableSpec, privilege: str) -> None:
        self.last = (table.name, privilege)
        self.cur.execute(sql, params)

    def new_record_no(self, year: int) -> str:
        self._run(f"SELECT {self.s}.next_record_no(%s)", (int(year),), schema.VIOLATIONS, "INSERT")
        return self.cur.fetchone()[0]

    def insert(self, table: schema.TableSpec, values: dict[str, Any], geometry: Optional[BaseGeometry] = None) -> None:
        names = list(values)
        cells = ["%s"] * len(names)
        params = [values[n] for n in names]
        if geometry is not None:
            names.append(schema.GEOMETRY_COLUMN)
            multi = table.geometry is not None and table.geometry.startswith("Multi")
            cells.append(f"ST_Multi(ST_GeomFromWKB(%s, {SRID}))" if multi else f"ST_GeomFromWKB(%s, {SRID})")
            params.append(psycopg2.Binary(geometry.wkb))
        self._run(f"INSERT INTO {self.s}.{table.name} ({', '.join(names)}) VALUES ({', '.join(cells)})", params,
                  table, "INSERT")

    def row(self, table: schema.TableSpec, key: str) -> Optional[dict[str, Any]]:
        """The row, locked until the transaction ends (two status changes never start from the same status)."""
        columns = self.readable(table)
        self._run(f"SELECT {', '.join(columns)} FROM {self.s}.{table.name} WHERE {table.key} = %s FOR UPDATE",
                  (key,), table, "UPDATE")
        found = self.cur.fetchone()
        return dict(zip(columns, found)) if found else None

    def update(self, table: schema.TableSpec, key: str, values: dict[str, Any]) -> None:
        sets = ", ".join(f"{name} = %s" for name in values)
        self._run(f"UPDATE {self.s}.{table.name} SET {sets} WHERE {table.key} = %s", [*values.values(), key],
                  table, "UPDATE")
        if self.cur.rowcount != 1:
            raise StoreError(tr("No record {} in the ledger").format(key))


class PostgisLedgerStorage(LedgerStorage):
    """The ledger's tables in schema ``s`` of ``database`` (a saved QGIS connection's name, a libpq
    connection string or a :class:`Database`); attachments go to ``attachments_root`` (a folder every
    user reaches, e.g. a network share) or nowhere when it is None."""

    def __init__(self, database: str | Database, s: str = DEFAULT_SCHEMA, attachments_root: str | Path | None = None,
                 attempts: int = 5):
        self.db = resolve(database)
        self.s = s
        self.attachments_root = Path(attachments_root) if attachments_root else None
        self.attempts = attempts
        self._readable: dict[str, list[str]] = {}
        self._checked = False
        self.user = ""

    def _connect(self):
        try:
            conn = connect(self.db)
        except PostgisError as exc:
            raise StoreError(str(exc)) from exc
        self.user = conn.info.user
        if not self._checked:
            try:
                with conn.cursor() as cur:
                    require_login_role(cur, self.db.label)
                    require_schema(cur, self.s, self.db.label)
                conn.rollback()
            except PostgisError as exc:
                conn.close()
                raise StoreError(str(exc)) from exc
            self._checked = True
        return conn

    def readable(self, cur, table: schema.TableSpec) -> list[str]:
        """The fields of ``table`` the login may read (private fields only for wq_env and wq_admin)."""
        if table.name not in self._readable:
            cur.execute("SELECT f FROM unnest(%s::text[]) WITH ORDINALITY AS u(f, i) "
                        "WHERE has_column_privilege(%s, f, 'SELECT') ORDER BY i",
                        (list(table.field_names), f"{self.s}.{table.name}"))
            self._readable[table.name] = [r[0] for r in cur.fetchall()]
        return self._readable[table.name]

    def write(self, work: Callable[[LedgerTransaction, Undo], T]) -> T:
        """One transaction; tried again when it collided with another (serialization, deadlock)."""
        for attempt in range(self.attempts):
            conn = self._connect()
            undo: Undo = []
            tx = None
            try:
                with conn.cursor() as cur:
                    tx = PostgisTransaction(cur, self.s, lambda t, c=cur: self.readable(c, t))
                    result = work(tx, undo)
                    tx.last = (None, None)
                conn.commit()
                return result
            except StoreError:
                self._abort(conn, undo)
                raise
            except psycopg2.Error as exc:
                self._abort(conn, undo)
                if exc.pgcode in RETRY and attempt + 1 < self.attempts:
                    time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
                    continue
                table, privilege = tx.last if tx is not None else (None, None)
                raise StoreError(describe(exc, table, privilege, self.user)) from exc
            except BaseException:
                self._abort(conn, undo)
                raise
            finally:
                conn.close()
        raise StoreError(tr("Other users were changing the same data at the same moment; nothing was saved. "
                            "Try again."))

    @staticmethod
    def _abort(conn, undo: Undo) -> None:
        try:
            conn.rollback()
        except psycopg2.Error:
            pass  # the connection is gone: the server rolled back
        for action in reversed(undo):
            action()

    def select(self, table: schema.TableSpec, where: Optional[dict[str, Any]] = None
               ) -> list[tuple[dict[str, Any], Any]]:
        conn = self._connect()
        try:
            with conn.cursor() as cur:
                columns = self.readable(cur, table)
                unknown = set(where or {}) - set(table.field_names)
                if unknown:
                    raise StoreError(f"{table.name} has no field {', '.join(sorted(unknown))}")
                clause = " AND ".join(f"{k} = %s" for k in (where or {})) or "true"
                geometry = f"ST_AsBinary({schema.GEOMETRY_COLUMN})" if table.geometry else "NULL"
                try:
                    cur.execute(f"SELECT {', '.join(columns)}, {geometry} FROM {self.s}.{table.name} WHERE {clause}",
                                list((where or {}).values()))
                except psycopg2.Error as exc:
                    raise StoreError(describe(exc, table.name, "SELECT", self.user)) from exc
                return [(dict(zip(columns, row[:-1])), wkb.loads(bytes(row[-1])) if row[-1] is not None else None)
                        for row in cur.fetchall()]
        finally:
            conn.rollback()
            conn.close()
