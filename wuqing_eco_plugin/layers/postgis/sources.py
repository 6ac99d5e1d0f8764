# SPDX-License-Identifier: GPL-2.0-or-later
"""QGIS layers of the shared database: their data source URIs, and which relation a login opens.

A layer's URI is written into the project file, so it names the server and the database and, for
the credentials, a QGIS authentication configuration (``authcfg``: each person's QGIS holds a
configuration of that id with their own login), a ``service`` of pg_service.conf, or nothing more
(libpq's PGUSER and .pgpass) — never a password. A saved connection that keeps its password in
QGIS's settings is refused for that reason, with what to do instead.

Which relation a layer opens depends on the login: QGIS 3.22 selects every column of a layer, so a
login that may not read the private fields of a table opens its ``<table>_shared`` view (the same
rows, rules and rights, without those columns), and a login of the public only ``public_ledger``.
"""
from __future__ import annotations

from typing import Callable, Optional

import psycopg2.extensions
from qgis.core import QgsDataSourceUri, QgsWkbTypes

from ...toolbelt.i18n import tr
from .. import schema
from .connection import Database, connect, looks_like_conninfo, resolve, saved_connections
from .ddl import SRID, valid_schema_name
from .errors import PostgisError
from .roles import PUBLIC_LEDGER, shared_view

#: libpq parameters a layer URI keeps (QGIS's own names); passwords never.
_KEPT = ("service", "host", "port", "dbname", "user", "sslmode", "authcfg")
KEY = "fid"


def _quoted(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def connection_uri(connection: str) -> tuple[str, str]:
    """(the connection part of a layer URI without any password, a label naming it) of a saved QGIS
    connection's name or a libpq connection string."""
    text = (connection or "").strip()
    resolve(text)  # an unreadable string or an unknown name is refused with the usual message
    if looks_like_conninfo(text):
        params = psycopg2.extensions.parse_dsn(text)
        if params.get("password"):
            raise PostgisError(tr("This connection string holds a password, and QGIS writes a layer's connection into "
                                  "the project file: leave the password out and let libpq find it (PGPASSWORD, "
                                  "~/.pgpass or a service of pg_service.conf), or use a saved QGIS connection with an "
                                  "authentication configuration."))
        kept = " ".join(f"{k}={_quoted(params[k])}" for k in _KEPT if params.get(k))
        uri = QgsDataSourceUri(kept)
        label = " ".join(f"{k}={params[k]}" for k in _KEPT if params.get(k) and k != "authcfg")
    else:
        uri = QgsDataSourceUri(saved_connections()[text].uri())
        if uri.password() and not uri.authConfigId():
            raise PostgisError(tr("The saved connection “{name}” keeps its password in QGIS's settings, and QGIS "
                                  "writes a layer's connection into the project file: edit the connection and keep "
                                  "the user name and password in an authentication configuration instead.").format(
                name=text))
        if uri.authConfigId():
            uri.setUsername("")  # the authentication configuration names the login
        label = text
    uri.setPassword("")
    return uri.connectionInfo(False), label


def database_of(uri: str, label: str) -> Database:
    """The :class:`Database` a layer URI reaches, its authentication configuration expanded in memory."""
    return Database(QgsDataSourceUri(uri).connectionInfo(True), label)


def same_database(a: QgsDataSourceUri, b: QgsDataSourceUri) -> bool:
    return (a.service(), a.host(), a.port() or "5432", a.database()) == \
        (b.service(), b.host(), b.port() or "5432", b.database())


def layer_uri(connection_info: str, s: str, relation: str, table: schema.TableSpec, subset: str = "") -> str:
    """The ``postgres`` provider URI of ``relation`` (a table or its view) of schema ``s``, filtered by ``subset``."""
    uri = QgsDataSourceUri(connection_info)
    uri.setDataSource(s, relation, schema.GEOMETRY_COLUMN if table.geometry else "", subset, KEY)
    if table.geometry:
        uri.setSrid(str(SRID))
        uri.setWkbType(QgsWkbTypes.parseType(table.geometry))
    # fid is the table's primary key: QGIS need not check a view's key for duplicates.
    uri.setParam("checkPrimaryKeyUnicity", "0")
    return uri.uri(False)


def base_table(relation: str) -> Optional[schema.TableSpec]:
    """The table of the data model a relation shows (the table, its shared view, or the public ledger)."""
    if relation == PUBLIC_LEDGER:
        return schema.VIOLATIONS
    name = relation.removesuffix("_shared") if relation.endswith("_shared") else relation
    return next((t for t in schema.TABLES if t.name == name), None)


def readable_relations(cur, s: str) -> dict[str, Optional[str]]:
    """For each table of the data model, the relation the connected login opens as a layer: the table
    when it may read all of it, else its shared view, else (cases) the public ledger; None when none."""
    out: dict[str, Optional[str]] = {}
    for table in schema.TABLES:
        candidates = [table.name, shared_view(table)]
        if table is schema.VIOLATIONS:
            candidates.append(PUBLIC_LEDGER)
        names = [f"{s}.{c}" for c in candidates if c]
        cur.execute("SELECT r FROM unnest(%s::text[]) WITH ORDINALITY AS u(r, i) "
                    "WHERE to_regclass(r) IS NOT NULL AND has_table_privilege(r, 'SELECT') ORDER BY i LIMIT 1",
                    (names,))
        row = cur.fetchone()
        out[table.name] = row[0].split(".", 1)[1] if row else None
    return out


class RelationChooser:
    """Opens every layer of the plugin's schema on the relation the login may read, whoever saved the
    project: the environment bureau's project names ``violations``, a department's login opens
    ``violations_shared`` from the same file (and the other way round), a public login the public
    ledger. Meant as QGIS's path preprocessor (``QgsPathResolver.setPathPreprocessor``), which sees
    each layer's data source as a project is read; sources of anything else pass unchanged. What a
    login may read is asked once per database and schema until :meth:`clear`."""

    def __init__(self, connect_to: Callable[[Database], object] = connect):
        self._connect = connect_to
        self._known: dict[tuple, dict[str, Optional[str]]] = {}

    def clear(self) -> None:
        self._known.clear()

    def _relations(self, uri: QgsDataSourceUri) -> dict[str, Optional[str]]:
        key = (uri.connectionInfo(False), uri.schema())
        if key not in self._known:
            self._known[key] = {}  # also when the database cannot be reached: ask once, QGIS reports the layer
            try:
                conn = self._connect(database_of(uri.connectionInfo(False), uri.database()))
            except PostgisError:
                return {}
            try:
                with conn.cursor() as cur:
                    cur.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{uri.schema()}.schema_version",))
                    if cur.fetchone()[0]:
                        self._known[key] = readable_relations(cur, uri.schema())
            finally:
                conn.rollback()
                conn.close()
        return self._known[key]

    def __call__(self, source: str) -> str:
        if "table=" not in source:
            return source
        uri = QgsDataSourceUri(source)
        table = base_table(uri.table())
        if table is None or not uri.schema() or not valid_schema_name(uri.schema()):
            return source
        wanted = self._relations(uri).get(table.name)
        if not wanted or wanted == uri.table():
            return source
        uri.setTable(wanted)
        return uri.uri(False)
