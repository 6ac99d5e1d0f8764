# SPDX-License-Identifier: GPL-2.0-or-later
"""Reaching the shared database: a saved QGIS connection or a libpq connection string.

How the plugin talks to PostgreSQL, and why:

- **Layers** (reading, editing, styling) go through QGIS's own ``postgres`` provider, as any QGIS
  user's layers do.
- **Everything else** (creating the schema, migrating, granting, the ledger's atomic writes) goes
  through ``psycopg2``, which QGIS installs with its own Python plugins (DB Manager uses it; Debian's
  ``python3-qgis`` depends on it, the Windows and macOS installers ship it). QGIS's
  ``QgsAbstractDatabaseProviderConnection.executeSql`` was not enough in 3.22: each call takes a
  connection from QGIS's pool, so two calls are not one transaction (a case, its area and its
  history must commit together, and the record number must stay locked until then), it cannot bind
  parameters, and its errors are plain text without SQLSTATE, so a refusal by a right could not be
  told from a broken connection nor be shown in the user's language.
- **Credentials** come from where QGIS keeps them: a saved connection's settings and its
  authentication configuration (expanded in memory by ``QgsDataSourceUri.connectionInfo(True)``),
  a ``service=`` entry of pg_service.conf, ``PGPASSFILE``, or the string the caller passes. The
  plugin never writes a password anywhere; a :class:`Database` shows itself without it.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterator

import psycopg2
import psycopg2.extensions
from qgis.core import QgsDataSourceUri, QgsProviderRegistry

from ...toolbelt.i18n import tr
from .errors import PostgisError

APPLICATION = "wuqing_eco"
CONNECT_TIMEOUT_S = 10
_PASSWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)


@dataclass(frozen=True)
class Database:
    """Where the database is: ``conninfo`` for libpq (may hold a password: never log or store it),
    ``label`` to name it in messages."""

    conninfo: str = field(repr=False)
    label: str

    def __str__(self) -> str:
        return self.label


def redact(conninfo: str) -> str:
    """``conninfo`` with any password replaced by ``***``."""
    return _PASSWORD.sub(r"\1***", conninfo)


def saved_connections() -> dict:
    """QGIS's saved PostgreSQL connections by name."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return dict(metadata.connections()) if metadata is not None else {}


def looks_like_conninfo(text: str) -> bool:
    return "=" in text or text.startswith(("postgresql://", "postgres://"))


def resolve(database: str | Database) -> Database:
    """The :class:`Database` of a saved QGIS connection's name or of a libpq connection string."""
    if isinstance(database, Database):
        return database
    text = (database or "").strip()
    if looks_like_conninfo(text):
        try:
            psycopg2.extensions.parse_dsn(text)
        except psycopg2.ProgrammingError as exc:
            raise PostgisError(tr("This connection string cannot be read: {error}").format(
                error=str(exc).strip())) from exc
        return Database(text, redact(text))
    connections = saved_connections()
    if text in connections:
        uri = QgsDataSourceUri(connections[text].uri())
        return Database(uri.connectionInfo(True), text)
    names = ", ".join(sorted(connections)) or tr("none")
    raise PostgisError(tr("“{name}” is neither a saved PostgreSQL connection of QGIS nor a connection string "
                          "(host=… port=… dbname=… user=…, or service=…). Saved connections: {names}").format(
        name=text, names=names))


def connect(database: str | Database):
    """A psycopg2 connection (not in autocommit: every use is one transaction)."""
    db = resolve(database)
    options = {"application_name": APPLICATION}
    if "connect_timeout" not in psycopg2.extensions.parse_dsn(db.conninfo):
        options["connect_timeout"] = CONNECT_TIMEOUT_S
    try:
        return psycopg2.connect(db.conninfo, **options)
    except psycopg2.Error as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PostgisError(tr("Cannot connect to the database {db}: {reason}. Check the host, port, database "
                              "name, user and password (or the saved connection and its authentication "
                              "configuration), and that the server accepts connections.").format(
            db=db.label, reason=redact(reason))) from exc


@contextmanager
def transaction(database: str | Database, refused: Callable[[psycopg2.Error, str], str]) -> Iterator:
    """A cursor in one transaction, committed when the block ends and rolled back on any error; a
    database error becomes a :class:`PostgisError` saying ``refused(error, login)``."""
    conn = connect(database)
    try:
        with conn.cursor() as cur:
            yield cur
        conn.commit()
    except psycopg2.Error as exc:
        conn.rollback()
        raise PostgisError(refused(exc, conn.info.user)) from exc
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()
