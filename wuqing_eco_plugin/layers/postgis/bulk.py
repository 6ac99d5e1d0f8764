# SPDX-License-Identifier: GPL-2.0-or-later
"""Replace every row of a table of the shared database at once: one DELETE and one multi-row INSERT
in one transaction.

Why not QGIS's edit buffer: on commit, QGIS 3.22's ``postgres`` provider sends one DELETE and one
INSERT per feature, a round trip each. Storing the 334 overlap pieces of the sample took 0.68 s of
commit that way; this way the whole store takes as long as on a GeoPackage (README, "The shared
database against the GeoPackage"), and the gap would grow with the pieces (11 310 at 600 generated
zones). Rights and refusals are the database's as for any write: a login without them is refused
with the missing right named.
"""
from __future__ import annotations

from typing import Any, Sequence

import psycopg2
import psycopg2.extras
from qgis.core import QgsDataSourceUri

from .connection import transaction
from .ddl import valid_schema_name
from .errors import PostgisError, describe
from .sources import database_of

PAGE = 1000


def replace_rows(source: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
    """Replace every row of the table that the layer ``source`` (a postgres provider URI) reads by
    ``rows``: values of ``columns`` followed by the geometry as WKB (or None)."""
    uri = QgsDataSourceUri(source)
    s, table, geometry = uri.schema(), uri.table(), uri.geometryColumn()
    if not (valid_schema_name(s) and valid_schema_name(table) and all(valid_schema_name(c) for c in columns)):
        raise PostgisError(f"{s}.{table}: not a table of the plugin")
    srid = int(uri.srid() or 0) or None
    doing = ["DELETE"]

    def refused(exc: psycopg2.Error, user: str) -> str:
        return describe(exc, table, doing[-1], user)

    names = [*columns, *([geometry] if geometry else [])]
    cells = ["%s"] * len(columns) + ([f"ST_GeomFromWKB(%s, {srid})" if srid else "ST_GeomFromWKB(%s)"]
                                     if geometry else [])
    values = [(*row[:len(columns)], *((psycopg2.Binary(row[-1]) if row[-1] is not None else None,)
                                      if geometry else ())) for row in rows]
    with transaction(database_of(uri.connectionInfo(False), uri.database()), refused) as cur:
        cur.execute(f"DELETE FROM {s}.{table}")
        doing.append("INSERT")
        psycopg2.extras.execute_values(cur, f"INSERT INTO {s}.{table} ({', '.join(names)}) VALUES %s", values,
                                       template=f"({', '.join(cells)})", page_size=PAGE)
