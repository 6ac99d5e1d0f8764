# SPDX-License-Identifier: GPL-2.0-or-later
"""Who may do what in the shared database: the group roles and the privileges of each table.

One declarative matrix, read by the DDL generator (GRANTs, row-level security policies) and by the
error messages (which group role a refused login lacks). The roles are those of the working
mechanism (seed §二, §三(三)):

- ``wq_admin``: everything but rewriting history; reads private fields.
- ``wq_env`` (区环保局, keeps the ledger): reads everything including private fields, creates and
  changes every case; does not change zones, approved land or markers.
- ``wq_planning`` (区规划局): creates and changes zones, approved land, markers and their history;
  reads the cases; registers cases and changes those it leads or is involved in.
- every other department ``wq_<code>``: reads zones and cases, registers cases, changes those it
  leads or is involved in (``lead_department``, ``other_departments``).
- ``wq_town`` (town governments): sees, registers and changes the cases of its own town only; the
  town of each login is in the table ``town_logins``. The department code ``town`` in
  ``other_departments`` gives a town login nothing: it is a town by its mapping, not by that code.
- ``wq_viewer`` reads everything but private fields; ``wq_public`` reads only ``public_ledger``.

Roles are cluster-wide in PostgreSQL: every database and schema of the plugin on one server shares
them; what each may do is granted per schema.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...domain.departments import DEPARTMENTS
from .. import schema

PREFIX = "wq_"
ADMIN = f"{PREFIX}admin"
VIEWER = f"{PREFIX}viewer"
PUBLIC = f"{PREFIX}public"
#: The department code of the town governments: its role is restricted to the login's own town.
TOWN_CODE = DEPARTMENTS["town"].code
TOWN = f"{PREFIX}{TOWN_CODE}"
ENV = f"{PREFIX}env"
PLANNING = f"{PREFIX}planning"


def department_role(code: str) -> str:
    return f"{PREFIX}{code}"


#: Every department's role, the town governments' included (``wq_town``).
DEPARTMENT_ROLES = tuple(department_role(d.code) for d in DEPARTMENTS)
#: Departments that change only the cases they lead or are involved in.
CASE_DEPARTMENTS = tuple(d.code for d in DEPARTMENTS if d.code not in ("env", TOWN_CODE))
GROUP_ROLES = (ADMIN, *DEPARTMENT_ROLES, VIEWER, PUBLIC)
#: What ``grant_access`` accepts as ROLE, each mapped to its group role.
GRANTABLE = {**{d.code: department_role(d.code) for d in DEPARTMENTS}, "viewer": VIEWER, "public": PUBLIC,
             "admin": ADMIN}

#: Roles that read private fields (reporter, responsible party, staff names, internal notes).
PRIVATE_READERS = (ADMIN, ENV)
#: Roles that read the data (zones, cases without private fields): all but the public.
READERS = (ADMIN, *DEPARTMENT_ROLES, VIEWER)
#: Roles that register cases and change those their rules allow (row rules: ``may_change_case``).
CASE_WRITERS = (ADMIN, *DEPARTMENT_ROLES)
#: Roles that see every case (the town role sees its town's).
ALL_CASES = tuple(r for r in READERS if r != TOWN)
#: Roles that change every case.
EVERY_CASE = (ADMIN, ENV)
LINE_KEEPERS = (ADMIN, PLANNING)
WRITE = ("INSERT", "UPDATE", "DELETE")


@dataclass(frozen=True)
class TableRights:
    """The privileges on one table: ``read`` roles SELECT (private fields only for
    :data:`PRIVATE_READERS`), ``write`` maps INSERT/UPDATE/DELETE to roles; ``cases``: the table
    holds cases or their children, whose rows follow the row rules of the ledger."""

    table: schema.TableSpec
    read: tuple[str, ...]
    write: dict[str, tuple[str, ...]]
    cases: bool = False

    def holders(self, privilege: str) -> tuple[str, ...]:
        return self.read if privilege == "SELECT" else self.write.get(privilege, ())


def _rights() -> dict[str, TableRights]:
    reference = {op: (ADMIN,) for op in WRITE}
    lines = {op: LINE_KEEPERS for op in WRITE}
    out = [
        TableRights(schema.DISTRICT, READERS, reference),
        TableRights(schema.TOWNS, READERS, reference),
        TableRights(schema.ZONES, READERS, lines),
        TableRights(schema.APPROVED_LAND, READERS, lines),
        TableRights(schema.MARKERS, READERS, lines),
        TableRights(schema.MARKER_HISTORY, READERS, {"INSERT": LINE_KEEPERS}),
        # The overlap analysis: the environment bureau reviews overlaps, planning owns the lines.
        TableRights(schema.OVERLAPS, READERS, {op: (ADMIN, ENV, PLANNING) for op in WRITE}),
        TableRights(schema.VIOLATIONS, READERS, {"INSERT": CASE_WRITERS, "UPDATE": CASE_WRITERS,
                                                 "DELETE": (ADMIN,)}, cases=True),
        TableRights(schema.VIOLATION_AREAS, READERS, {op: CASE_WRITERS for op in WRITE}, cases=True),
        TableRights(schema.VIOLATION_HISTORY, READERS, {"INSERT": CASE_WRITERS}, cases=True),
        # Quality and service-function indicators of the annual pack: the environment bureau keeps them.
        TableRights(schema.ZONE_INDICATORS, READERS, {op: (ADMIN, ENV) for op in WRITE}),
    ]
    assert {r.table.name for r in out} == {t.name for t in schema.TABLES}, "every table needs its rights"
    for r in out:  # history only grows, for every role
        assert not (r.table.append_only and set(r.write) - {"INSERT"}), r.table.name
    return {r.table.name: r for r in out}


RIGHTS: dict[str, TableRights] = _rights()

#: The view of each table with private fields that the roles which may not read them open instead.
SHARED_SUFFIX = "_shared"


def shared_view(table: schema.TableSpec) -> str | None:
    return f"{table.name}{SHARED_SUFFIX}" if table.private_fields else None


PUBLIC_LEDGER = "public_ledger"
