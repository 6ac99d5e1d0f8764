# SPDX-License-Identifier: GPL-2.0-or-later
"""Give a login its group role and, for a town government, its town.

Logins and their passwords stay the database administrator's business (``CREATE ROLE … LOGIN``);
this only makes an existing login a member of one of the plugin's group roles and records the town
of a town login in ``town_logins``, which the row rules read.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

import psycopg2

from ...toolbelt.i18n import tr
from .. import schema
from .catalog import check_schema_name, require_schema
from .connection import Database, resolve, transaction
from .ddl import DEFAULT_SCHEMA
from .errors import INSUFFICIENT_PRIVILEGE, PostgisError, describe
from .roles import ADMIN, GRANTABLE, TOWN_CODE


@dataclass(frozen=True)
class Grant:
    login: str
    role: str  # the group role
    town: Optional[str] = None


def _town(cur, s: str, town: str) -> str:
    """The town's name from its name or administrative code."""
    cur.execute(f"SELECT name FROM {s}.{schema.TOWNS.name} WHERE name = %s OR code = %s", (town, town))
    row = cur.fetchone()
    if row is None:
        cur.execute(f"SELECT count(*) FROM {s}.{schema.TOWNS.name}")
        hint = tr("the towns table is empty: migrate or load the towns first") if not cur.fetchone()[0] else \
            tr("use a name or an administrative code of the towns table")
        raise PostgisError(tr("There is no town “{town}” in the schema {schema}: {hint}.").format(
            town=town, schema=s, hint=hint))
    return row[0]


def grant_access(database: str | Database, login: str, role: str, town: str | None = None,
                 s: str = DEFAULT_SCHEMA, log: Callable[[str], None] = lambda _m: None) -> Grant:
    """Make ``login`` a member of the group role of ``role`` (a department code, ``viewer``,
    ``public`` or ``admin``); for ``town`` also map it to ``town`` (a name or a code)."""
    role = (role or "").strip().lower()
    if role not in GRANTABLE:
        raise PostgisError(tr("“{role}” is not a role of the plugin; use one of: {roles}.").format(
            role=role, roles=", ".join(GRANTABLE)))
    town = (town or "").strip() or None
    if role == TOWN_CODE and not town:
        raise PostgisError(tr("A town government's login needs its town (TOWN: a name or an administrative code)."))
    check_schema_name(s)
    db = resolve(database)

    def refused(exc: psycopg2.Error, user: str) -> str:
        reason = tr("only a database administrator (a superuser, or a login with CREATEROLE that is a member of "
                    "{admin}) may grant the plugin's roles").format(admin=ADMIN) \
            if exc.pgcode == INSUFFICIENT_PRIVILEGE else describe(exc, user=user)
        return tr("The login {user} could not grant {role} to {login}: {reason}").format(
            user=user, role=role, login=login, reason=reason)

    group = GRANTABLE[role]
    name = None
    with transaction(db, refused) as cur:
        require_schema(cur, s, db.label)
        cur.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (login,))
        row = cur.fetchone()
        if row is None or not row[0]:
            raise PostgisError(tr("There is no login “{login}” in the database server: the administrator creates "
                                  "it first (CREATE ROLE … LOGIN PASSWORD …).").format(login=login))
        cur.execute(f'GRANT {group} TO "{login.replace(chr(34), chr(34) * 2)}"')
        if role == TOWN_CODE:
            name = _town(cur, s, town)
            cur.execute(f"INSERT INTO {s}.town_logins (login, town) VALUES (%s, %s) "
                        "ON CONFLICT (login) DO UPDATE SET town = excluded.town", (login, name))
    log(tr("{login} is now a member of {group}").format(login=login, group=group) +
        (tr(", for the town {town}").format(town=name) if name else ""))
    return Grant(login, group, name)
