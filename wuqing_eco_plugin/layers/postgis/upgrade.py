# SPDX-License-Identifier: GPL-2.0-or-later
"""Bring a schema of an older data model version to the current one, inside the caller's transaction.

Each version's step adds what the version added (fields with ``FieldSpec.since``, tables, rules);
the views that list a table's columns (``<table>_shared``, ``public_ledger``) are made again and
every grant given again, since the views come back without their grants. ``create_postgis`` runs
the steps in its one transaction, so a failure half-way leaves the schema at its old version.
Only the schema's owner (or a superuser) may alter its tables.
"""
from __future__ import annotations

from typing import Callable

from .. import schema
from . import ddl, functions, grants, versioning
from .roles import PUBLIC_LEDGER, shared_view


def added_fields(s: str, version: int) -> list[str]:
    """The columns version ``version`` added to tables that existed before, with their rules; rows
    stored before get the column's default (``row_version`` 1)."""
    out = []
    for table in (t for t in schema.TABLES if t.since < version):
        for spec in (f for f in table.fields if f.since == version):
            out.append(f"ALTER TABLE {s}.{table.name} ADD COLUMN {ddl.column_sql(table, spec)}")
            out += [f"ALTER TABLE {s}.{table.name} ADD {c}" for c in ddl.field_constraints(table, spec)]
            out.append(f"COMMENT ON COLUMN {s}.{table.name}.{spec.name} IS {ddl._quote(spec.alias)}")
    return out


def added_tables(s: str, version: int) -> list[str]:
    """The tables version ``version`` added, as that version made them, with their indexes (their
    rights come with every grant given again)."""
    new = tuple(t for t in schema.TABLES if t.since == version)
    return [*(sql for t in new for sql in ddl.create_table(s, t, version)),
            *ddl.relation_indexes(s, tuple(t.name for t in new))]


def views(s: str) -> tuple[list[str], list[str]]:
    """(drop, create) of the views over the tables' columns."""
    drop, create = [], []
    for table in schema.TABLES:
        name = shared_view(table)
        if name:
            drop.append(f"DROP VIEW IF EXISTS {s}.{name}")
            create += ddl.shared_view(s, table, name)
    drop.append(f"DROP VIEW IF EXISTS {s}.{PUBLIC_LEDGER}")
    create += ddl.public_ledger(s, PUBLIC_LEDGER)
    return drop, create


def to_clues(s: str, _postgis: str) -> list[str]:
    """Version 2: monitoring clues and emergencies on the cases, history entry kinds, zone indicators."""
    return [*added_fields(s, schema.CLUES_VERSION), *added_tables(s, schema.CLUES_VERSION)]


def to_row_versions(s: str, postgis: str) -> list[str]:
    """Version 3: ``row_version`` on every edited table, the rule on it, the audit log."""
    return [*added_fields(s, schema.ROW_VERSIONS), *added_tables(s, schema.ROW_VERSIONS),
            *versioning.statements(s, postgis)]


def to_town_names(s: str, _postgis: str) -> list[str]:
    """Version 4: a town's new name follows into its cases (the fields that copy another's)."""
    return functions.followers(s)


#: The step that makes each version from the one before.
STEPS: dict[int, Callable[[str, str], list[str]]] = {schema.CLUES_VERSION: to_clues,
                                                      schema.ROW_VERSIONS: to_row_versions,
                                                      schema.TOWN_NAMES: to_town_names}


def upgrade_statements(s: str, found: int, postgis: str) -> list[str]:
    """Every statement from version ``found`` to the current one (then the views and the grants)."""
    steps = [STEPS[v](s, postgis) for v in range(found + 1, schema.SCHEMA_VERSION + 1)]
    drop, create = views(s)
    return [*drop, *(sql for step in steps for sql in step), *create, *grants.table_grants(s),
            *versioning.grants(s)]


def is_owner(cur, s: str) -> bool:
    cur.execute("SELECT pg_has_role(current_user, nspowner, 'USAGE') OR (SELECT rolsuper FROM pg_roles WHERE "
                "rolname = current_user) FROM pg_namespace WHERE nspname = %s", (s,))
    row = cur.fetchone()
    return bool(row and row[0])
