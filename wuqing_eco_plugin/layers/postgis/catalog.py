# SPDX-License-Identifier: GPL-2.0-or-later
"""What a database holds: the plugin's schema and its version, the caller's group roles."""
from __future__ import annotations

from typing import Optional

from ...toolbelt.i18n import tr
from .. import schema
from .ddl import valid_schema_name
from .errors import PostgisError
from .roles import GROUP_ROLES, PUBLIC_LEDGER, shared_view

#: Every relation the plugin creates in its schema, besides the tables of the data model.
SUPPORT_TABLES = ("schema_version", "record_counters", "town_logins")


def check_schema_name(name: str) -> str:
    if not valid_schema_name(name):
        raise PostgisError(tr("“{name}” cannot be a schema name: use lower-case letters, digits and underscores, "
                              "starting with a letter").format(name=name))
    return name


def expected_relations() -> list[str]:
    views = [v for v in (shared_view(t) for t in schema.TABLES) if v]
    return [*(t.name for t in schema.TABLES), *SUPPORT_TABLES, *views, PUBLIC_LEDGER]


def schema_exists(cur, s: str) -> bool:
    cur.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (s,))
    return cur.fetchone() is not None


def relations(cur, s: str) -> list[str]:
    cur.execute("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = %s AND c.relkind IN ('r', 'v', 'p', 'm', 'f')", (s,))
    return [r[0] for r in cur.fetchall()]


def stored_version(cur, s: str) -> Optional[int]:
    """The data model's version in schema ``s``; None when ``s`` holds no ``schema_version`` table."""
    cur.execute("SELECT to_regclass(%s)", (f"{s}.schema_version",))
    if cur.fetchone()[0] is None:
        return None
    cur.execute(f"SELECT max(version) FROM {s}.schema_version")
    return cur.fetchone()[0]


def version_problem(found: Optional[int], s: str) -> Optional[str]:
    if found == schema.SCHEMA_VERSION:
        return None
    if found is not None and found > schema.SCHEMA_VERSION:
        return tr("The schema {schema} holds version {found} of the data model, made by a newer version of the "
                  "plugin (this one knows version {expected}): update the plugin.").format(
            schema=s, found=found, expected=schema.SCHEMA_VERSION)
    return tr("The schema {schema} holds version {found} of the data model; this plugin works with version "
              "{expected} only.").format(schema=s, found=found, expected=schema.SCHEMA_VERSION)


def require_schema(cur, s: str, db_label: str) -> None:
    """Refuse a database without the plugin's schema ``s`` or with another version of it."""
    check_schema_name(s)
    found = stored_version(cur, s) if schema_exists(cur, s) else None
    if found is None:
        raise PostgisError(tr("The database {db} holds no schema {schema} of the plugin: create it first "
                              "(wuqing_eco:create_postgis).").format(db=db_label, schema=s))
    problem = version_problem(found, s)
    if problem:
        raise PostgisError(problem)


def login_roles(cur) -> list[str]:
    """The plugin's group roles the connected login is a member of (every one for a superuser)."""
    cur.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY (%s) AND pg_has_role(current_user, oid, 'MEMBER') "
                "ORDER BY rolname", (list(GROUP_ROLES),))
    return [r[0] for r in cur.fetchall()]


def require_login_role(cur, db_label: str) -> list[str]:
    found = login_roles(cur)
    if not found:
        cur.execute("SELECT current_user")
        raise PostgisError(tr("The login {user} has no role in the database {db}: ask the database administrator to "
                              "grant it one (wuqing_eco:grant_access).").format(user=cur.fetchone()[0], db=db_label))
    return found
