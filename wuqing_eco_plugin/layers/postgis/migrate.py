# SPDX-License-Identifier: GPL-2.0-or-later
"""Copy a project GeoPackage into the shared database, in one transaction.

Every row keeps what identifies it and its past: its ``fid``, uuids, record numbers (the per-year
counters move past them), history rows with their original times and users, attachment and photo
paths (relative to the GeoPackage's folder: the files themselves are copied by whoever moves the
``attachments`` folder). Target tables must be empty; a failure anywhere leaves the database as it
was.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import psycopg2
import psycopg2.extras
from osgeo import gdal

from ...toolbelt.i18n import tr
from .. import schema, storage
from ..gdal_errors import raising
from ..ogr_rows import get_values
from .catalog import check_schema_name, require_schema
from .connection import Database, resolve, transaction
from .ddl import DEFAULT_SCHEMA, SRID, sequence
from .errors import PostgisError, describe
from .roles import ADMIN

PAGE = 500


@raising
def read_rows(path: str | Path, table: schema.TableSpec) -> list[tuple]:
    """(fid, field values in schema order…, WKB or None) of every feature of ``table``."""
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    try:
        layer = ds.GetLayerByName(table.name)
        out = []
        for feature in layer:
            values = get_values(feature)
            geometry = feature.GetGeometryRef() if table.geometry else None
            wkb = psycopg2.Binary(bytes(geometry.ExportToIsoWkb())) if geometry is not None else None
            out.append((feature.GetFID(), *(values.get(f.name) for f in table.fields),
                        *((wkb,) if table.geometry else ())))
        return out
    finally:
        ds = None  # noqa: F841


def _geometry_sql(table: schema.TableSpec) -> str:
    wkb = f"ST_GeomFromWKB(%s, {SRID})"
    return f"ST_Multi({wkb})" if table.geometry and table.geometry.startswith("Multi") else wkb


def _insert(cur, s: str, table: schema.TableSpec, rows: list[tuple]) -> None:
    columns = ["fid", *table.field_names, *([schema.GEOMETRY_COLUMN] if table.geometry else [])]
    placeholders = ["%s"] * (1 + len(table.fields)) + ([_geometry_sql(table)] if table.geometry else [])
    sql = f"INSERT INTO {s}.{table.name} ({', '.join(columns)}) VALUES %s"
    psycopg2.extras.execute_values(cur, sql, rows, template=f"({', '.join(placeholders)})", page_size=PAGE)
    if rows:  # new rows of every client continue after the copied fids
        cur.execute(f"SELECT setval('{sequence(s, table)}', (SELECT max(fid) FROM {s}.{table.name}))")


def _occupied(cur, s: str) -> list[str]:
    out = []
    for table in schema.TABLES:
        cur.execute(f"SELECT EXISTS (SELECT 1 FROM {s}.{table.name})")
        if cur.fetchone()[0]:
            out.append(table.name)
    return out


def migrate_geopackage(gpkg: str | Path, database: str | Database, s: str = DEFAULT_SCHEMA,
                       log: Callable[[str], None] = lambda _m: None) -> dict[str, int]:
    """Copy every table of ``gpkg`` into schema ``s``; rows per table."""
    gpkg = Path(gpkg)
    if not gpkg.is_file():
        raise PostgisError(tr("The GeoPackage {} does not exist").format(gpkg))
    check_schema_name(s)
    found = storage.check_geopackage(gpkg)
    if not found.ok:
        raise PostgisError(storage.describe(found))
    db = resolve(database)
    counts: dict[str, int] = {}
    current: list[str] = []  # the table being copied, for the message of a refusal

    def refused(exc: psycopg2.Error, user: str) -> str:
        table = current[-1] if current else None
        return tr("The migration stopped at {table}; nothing was copied: {reason}").format(
            table=table or "?", reason=describe(exc, table, "INSERT", user))

    with transaction(db, refused) as cur:
        require_schema(cur, s, db.label)
        cur.execute("SELECT pg_has_role(current_user, %s, 'MEMBER'), current_user", (ADMIN,))
        admin, user = cur.fetchone()
        if not admin:
            raise PostgisError(tr("Only a member of {role} may migrate a GeoPackage (it writes every table, record "
                                  "numbers included): the login {user} is not.").format(role=ADMIN, user=user))
        occupied = _occupied(cur, s)
        if occupied:
            raise PostgisError(tr("The tables {tables} of the schema {schema} hold rows already: the migration "
                                  "writes only into empty tables. Nothing was copied.").format(
                tables=", ".join(occupied), schema=s))
        for table in schema.TABLES:
            current.append(table.name)
            rows = read_rows(gpkg, table)
            _insert(cur, s, table, rows)
            cur.execute(f"SELECT count(*) FROM {s}.{table.name}")
            counts[table.name] = cur.fetchone()[0]
            if counts[table.name] != len(rows):
                raise PostgisError(tr("{table}: {read} rows read but {stored} stored; nothing was copied.").format(
                    table=table.name, read=len(rows), stored=counts[table.name]))
    for name, n in counts.items():
        log(tr("{table}: {n} rows").format(table=name, n=n))
    log(tr("Attachment and photo paths were kept as they were: copy the files they name (the attachments "
           "folder beside {gpkg}) to the shared folder the ledger uses with this database.").format(gpkg=gpkg.name))
    return counts
