# SPDX-License-Identifier: GPL-2.0-or-later
"""What the database refused, in the user's language: a refusal names the missing right, never shows
a raw SQL error.

The database's own refusals (``functions.py``) carry SQLSTATE 42501 and a ``wq_…`` constraint name;
the privilege system's carry 42501 alone, and the statement's table and privilege (which the caller
passes) say which right was missing and which group roles hold it (``roles.RIGHTS``).
"""
from __future__ import annotations

import re
from typing import Optional

from ...domain.errors import WuqingError
from ...toolbelt.i18n import tr
from .. import schema
from . import functions, roles

INSUFFICIENT_PRIVILEGE = "42501"
UNIQUE_VIOLATION = "23505"
CHECK_VIOLATION = "23514"
NOT_NULL_VIOLATION = "23502"
STRING_TOO_LONG = "22001"
#: Conflicts between concurrent transactions: the write is worth trying again.
RETRY = ("40001", "40P01")

_KEY = re.compile(r"Key \((?P<field>[^)]+)\)=\((?P<value>.*)\) already exists")


class PostgisError(WuqingError):
    """The shared database cannot be used as asked (connection, schema, version, rights)."""


def action_text(privilege: Optional[str]) -> str:
    if privilege == "SELECT":
        return tr("read")
    if privilege == "INSERT":
        return tr("add rows to")
    if privilege == "DELETE":
        return tr("delete rows of")
    return tr("change")


def _table(name: Optional[str]) -> Optional[schema.TableSpec]:
    base = (name or "").removesuffix("_shared")
    return next((t for t in schema.TABLES if t.name == base), None)


def table_title(name: Optional[str]) -> str:
    table = _table(name)
    return tr(table.title) if table else (name or "?")


def field_title(table: Optional[str], field: Optional[str]) -> str:
    spec = _table(table)
    if spec is not None and field in spec.field_index:
        return tr(spec.field(field).alias)
    return field or "?"


def refusal(constraint: str, detail: str, table: Optional[str], privilege: Optional[str], user: str,
            row_rule: bool = False) -> str:
    """Why the database refused (SQLSTATE 42501): one of its own rules (``constraint``), a town's row
    rule, or a missing privilege on ``table`` and which group roles hold it."""
    if constraint == functions.CHANGE_CASE:
        return tr("Case {no} may only be changed by the environment bureau, the departments that lead it or are "
                  "involved in it, and the town it lies in; the login {user} is none of them. Nothing was "
                  "saved.").format(no=detail or "?", user=user)
    if constraint == functions.CASE_IDENTITY:
        return tr("A case keeps its record number and uuid: only an administrator (wq_admin) may change them.")
    if constraint == functions.APPEND_ONLY:
        return tr("{table} is a history: its rows are never changed or deleted, by anyone.").format(
            table=table_title(table))
    if constraint == functions.RECORD_NUMBER:
        return tr("The record number {no} was not handed out by the database: leave the record number "
                  "empty and the database numbers the case.").format(no=detail)
    if row_rule:
        return tr("The login {user} of a town government registers and changes only the cases of its own "
                  "town (as granted by wuqing_eco:grant_access).").format(user=user)
    holders = roles.RIGHTS[_table(table).name].holders(privilege) if _table(table) and privilege else ()
    return tr("The login {user} has no right to {action} {table}. This right belongs to the group roles: "
              "{roles}. Ask the database administrator (wuqing_eco:grant_access).").format(
        user=user, action=action_text(privilege), table=table_title(table), roles=", ".join(holders) or "wq_admin")


#: The database's rule names and what each refusal names after them (``functions.py`` messages).
_RULE = re.compile(r"(?P<rule>wq_[a-z_]+): (?:case |record number )?(?P<detail>\S*?)[: ]")
_DENIED = re.compile(r"permission denied for (?:table|view|relation|sequence) (?P<table>\w+)")
_WHILE = (("adding", "INSERT"), ("deleting", "DELETE"), ("changing", "UPDATE"))


def describe_commit_errors(errors, table: str, user: str) -> Optional[str]:
    """The refusal in QGIS's ``commitErrors()`` of a layer of ``table`` as a message in the user's
    language, or None when the database did not refuse by a right (the caller shows QGIS's text)."""
    text = "\n".join(errors)
    privilege = next((p for word, p in _WHILE if f"error while {word}" in text), "UPDATE")
    match = _RULE.search(text)
    if match:
        return refusal(match.group("rule"), match.group("detail"), table, privilege, user)
    if "row-level security" in text:
        return refusal("", "", table, privilege, user, row_rule=True)
    match = _DENIED.search(text)
    if match:
        return refusal("", "", match.group("table"), privilege, user)
    return None


def describe(exc, table: Optional[str] = None, privilege: Optional[str] = None, user: str = "") -> str:
    """A message for the psycopg2 error ``exc`` raised while ``privilege`` (SELECT, INSERT, UPDATE,
    DELETE) was used on ``table``."""
    code = getattr(exc, "pgcode", None) or ""
    diag = getattr(exc, "diag", None)
    constraint = getattr(diag, "constraint_name", None) or ""
    detail = getattr(diag, "message_detail", None) or ""
    table = getattr(diag, "table_name", None) or table
    message = (getattr(diag, "message_primary", None) or str(exc)).strip()
    if code == INSUFFICIENT_PRIVILEGE:
        return refusal(constraint, detail, table, privilege, user, "row-level security" in message)
    if code == UNIQUE_VIOLATION:
        match = _KEY.search(detail)
        field, value = (match.group("field"), match.group("value")) if match else (None, "")
        return tr("{field} “{value}” exists already in {table}.").format(
            field=field_title(table, field), value=value, table=table_title(table))
    if code == CHECK_VIOLATION:
        field = constraint.removeprefix(f"{table}_").removesuffix("_codes") if table else None
        return tr("{field} of {table} holds a value that is not one of its codes.").format(
            field=field_title(table, field), table=table_title(table))
    if code == NOT_NULL_VIOLATION:
        return tr("{field} of {table} is required.").format(
            field=field_title(table, getattr(diag, "column_name", None)), table=table_title(table))
    if code == STRING_TOO_LONG:
        return tr("A text is longer than its field in {table} allows.").format(table=table_title(table))
    if code in RETRY:
        return tr("Other users were changing the same data at the same moment; nothing was saved. Try again.")
    return tr("The database refused the change ({code}): {message}").format(code=code or "?", message=message)
