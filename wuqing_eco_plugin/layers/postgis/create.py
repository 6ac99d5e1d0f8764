# SPDX-License-Identifier: GPL-2.0-or-later
"""Create the plugin's schema in a database: PostGIS, group roles, tables, rules, rights — all of it
in one transaction, so a refusal half-way leaves the database as it was.

Run again on a schema of the current version, it changes nothing and says so; a schema of another
version, or a schema holding tables that are not the plugin's, is refused.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import psycopg2

from ...toolbelt.i18n import tr
from ...toolbelt.resources import plugin_version
from .. import schema
from . import ddl, functions, grants
from .catalog import check_schema_name, expected_relations, relations, schema_exists, stored_version, version_problem
from .connection import Database, resolve, transaction
from .errors import INSUFFICIENT_PRIVILEGE, PostgisError, describe
from .roles import ADMIN, GROUP_ROLES, PUBLIC_LEDGER, RIGHTS, shared_view

#: A collation whose regular expressions classify characters as Python does (``\d`` matches
#: full-width digits, ``\w`` Chinese): ICU's root, present when PostgreSQL is built with ICU.
ICU_COLLATION = "und-x-icu"


@dataclass
class CreateReport:
    schema: str
    created: bool = False
    extension_created: bool = False
    roles_created: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)


def statements(s: str, collation: str = ICU_COLLATION) -> list[str]:
    """Every statement that creates the schema ``s`` (after the extension and the roles)."""
    views: list[str] = []
    for table in schema.TABLES:
        name = shared_view(table)
        if name:
            views += ddl.shared_view(s, table, name)
    views += ddl.public_ledger(s, PUBLIC_LEDGER)
    return [*ddl.tables(s), *functions.functions(s, collation), *views, *grants.table_grants(s),
            *grants.row_security(s)]


def _scalar(cur, sql: str, params=()):
    cur.execute(sql, params)
    row = cur.fetchone()
    return row[0] if row else None


def _ensure_postgis(cur, db: Database, report: CreateReport) -> str:
    """The schema PostGIS lives in, creating the extension when it is missing and permitted."""
    found = _scalar(cur, "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'postgis'")
    if found:
        return found
    if not _scalar(cur, "SELECT count(*) FROM pg_available_extensions WHERE name = 'postgis'"):
        raise PostgisError(tr("The PostgreSQL server of {db} has no PostGIS installed: ask its administrator to "
                              "install it (Debian: postgresql-15-postgis-3).").format(db=db.label))
    cur.execute("SAVEPOINT postgis")
    try:
        cur.execute("CREATE EXTENSION postgis")
    except psycopg2.Error as exc:
        cur.execute("ROLLBACK TO SAVEPOINT postgis")
        raise PostgisError(tr("PostGIS is not enabled in the database {db} and the login {user} may not enable "
                              "it: ask the database administrator to run “CREATE EXTENSION postgis;” in that "
                              "database, then try again.").format(db=db.label, user=cur.connection.info.user)
                           ) from exc
    report.extension_created = True
    return _scalar(cur, "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'postgis'")


def _ensure_roles(cur, report: CreateReport) -> None:
    cur.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY (%s)", (list(GROUP_ROLES),))
    present = {row[0] for row in cur.fetchall()}
    missing = [r for r in GROUP_ROLES if r not in present]
    for role in missing:
        try:
            cur.execute(f"CREATE ROLE {role} NOLOGIN")
        except psycopg2.Error as exc:
            raise PostgisError(tr("The group roles {roles} do not exist and the login {user} may not create roles: "
                                  "run this as a database administrator, or give the login CREATEROLE.").format(
                roles=", ".join(missing), user=cur.connection.info.user)) from exc
    report.roles_created = missing
    # Row-level security is forced for the owner too: as a member of wq_admin the owner (who runs
    # the public ledger view) sees every case. A superuser bypasses row-level security anyway.
    if not _scalar(cur, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user") and \
            not _scalar(cur, "SELECT pg_has_role(current_user, %s, 'MEMBER')", (ADMIN,)):
        cur.execute(f"GRANT {ADMIN} TO CURRENT_USER")


def _inspect(cur, s: str, db: Database) -> bool:
    """True when schema ``s`` of the current version is complete, False when it is missing or empty;
    anything else (another version, foreign tables, missing tables) is refused."""
    if not schema_exists(cur, s):
        return False
    found = stored_version(cur, s)
    present = relations(cur, s)
    if found is None:
        if present:
            raise PostgisError(tr("The schema {schema} of {db} holds tables that are not the plugin's ({tables}): "
                                  "choose another schema.").format(schema=s, db=db.label,
                                                                  tables=", ".join(sorted(present)[:8])))
        return False
    problem = version_problem(found, s)
    if problem:
        raise PostgisError(problem)
    missing = [r for r in expected_relations() if r not in present]
    if missing:
        raise PostgisError(tr("The schema {schema} lacks {tables}: it was changed outside the plugin; restore it "
                              "from a backup or create the data in a new schema.").format(
            schema=s, tables=", ".join(missing)))
    return True


def create_postgis(database: str | Database, s: str = ddl.DEFAULT_SCHEMA,
                   log: Callable[[str], None] = lambda _m: None) -> CreateReport:
    """Create schema ``s`` with everything the plugin needs, or confirm that it is there."""
    db = resolve(database)
    check_schema_name(s)
    report = CreateReport(s)

    def refused(exc: psycopg2.Error, user: str) -> str:
        if exc.pgcode == INSUFFICIENT_PRIVILEGE:
            return tr("The login {user} may not create the schema {schema} in {db} ({reason}): it needs the CREATE "
                      "right on the database.").format(user=user, schema=s, db=db.label,
                                                        reason=exc.diag.message_primary)
        return describe(exc, user=user)

    with transaction(db, refused) as cur:
        if _inspect(cur, s, db):
            log(tr("The schema {schema} of version {version} is complete: nothing was changed.").format(
                schema=s, version=schema.SCHEMA_VERSION))
            report.tables = [t.name for t in schema.TABLES]
            return report
        postgis = _ensure_postgis(cur, db, report)
        _ensure_roles(cur, report)
        collation = ICU_COLLATION if _scalar(cur, "SELECT count(*) FROM pg_collation WHERE collname = %s",
                                             (ICU_COLLATION,)) else "default"
        if not schema_exists(cur, s):
            cur.execute(f"CREATE SCHEMA {s}")
        cur.execute(f"SET LOCAL search_path = {s}, {postgis}, pg_catalog")
        for statement in statements(s, collation):
            cur.execute(statement)
        cur.execute(f"INSERT INTO {s}.schema_version (version, plugin_version) VALUES (%s, %s)",
                    (schema.SCHEMA_VERSION, plugin_version()))
    report.created = True
    report.tables = [t.name for t in schema.TABLES]
    if report.extension_created:
        log(tr("PostGIS enabled in {db}").format(db=db.label))
    if report.roles_created:
        log(tr("Group roles created: {}").format(", ".join(report.roles_created)))
    log(tr("Schema {schema} created with {n} tables, their rules and rights (data model version {version})").format(
        schema=s, n=len(RIGHTS), version=schema.SCHEMA_VERSION))
    return report
