# SPDX-License-Identifier: GPL-2.0-or-later
"""GRANTs and row-level security generated from the rights matrix (``roles.py``).

- Column privileges keep private fields from every role but ``wq_env`` and ``wq_admin``. QGIS 3.22
  selects every column of a layer's table, so those roles open the ``<table>_shared`` views instead
  (``security_invoker``: the table's privileges and row rules apply to the caller; editable).
  They may still write private fields they cannot read back (a department registering a public
  report enters the reporter's contact, which only the environment bureau then reads).
- Row-level security on the ledger's tables, forced for the table owner as well: a town login sees
  and writes its own town's cases and their children; the other roles see every case.
- Which case a department may change is checked by triggers (``functions.py``) that raise, not by
  an UPDATE policy that would silently match no row.
"""
from __future__ import annotations

from .. import schema
from .ddl import sequence
from .roles import (
    ADMIN,
    ALL_CASES,
    CASE_WRITERS,
    GROUP_ROLES,
    PRIVATE_READERS,
    PUBLIC,
    PUBLIC_LEDGER,
    READERS,
    RIGHTS,
    TOWN,
    shared_view,
)

#: Functions only those who register cases may call (they hand out record numbers).
NUMBERING_FUNCTIONS = ("next_record_no(integer)", "take_record_no(text)")


def _to(roles) -> str:
    return ", ".join(dict.fromkeys(roles))


def _columns(table: schema.TableSpec) -> str:
    names = ["fid", *(f.name for f in table.fields if not f.private)]
    if table.geometry:
        names.append(schema.GEOMETRY_COLUMN)
    return ", ".join(names)


def table_grants(s: str) -> list[str]:
    out = [f"REVOKE ALL ON SCHEMA {s} FROM PUBLIC", f"GRANT USAGE ON SCHEMA {s} TO {_to(GROUP_ROLES)}"]
    for rights in RIGHTS.values():
        table = rights.table
        t = f"{s}.{table.name}"
        private = bool(table.private_fields)
        for privilege in ("SELECT", "UPDATE"):
            holders = rights.holders(privilege)
            full = [r for r in holders if not private or r in PRIVATE_READERS]
            partial = [r for r in holders if r not in full]
            if full:
                out.append(f"GRANT {privilege} ON {t} TO {_to(full)}")
            if partial:
                out.append(f"GRANT {privilege} ({_columns(table)}) ON {t} TO {_to(partial)}")
        for privilege in ("INSERT", "DELETE"):
            if rights.holders(privilege):
                out.append(f"GRANT {privilege} ON {t} TO {_to(rights.holders(privilege))}")
        if rights.holders("INSERT"):
            out.append(f"GRANT USAGE ON SEQUENCE {sequence(s, table)} TO {_to(rights.holders('INSERT'))}")
        # A migration sets the sequences past the copied fids.
        out.append(f"GRANT UPDATE ON SEQUENCE {sequence(s, table)} TO {ADMIN}")
        view = shared_view(table)
        if view:
            out.append(f"GRANT SELECT ON {s}.{view} TO {_to(READERS)}")
            for privilege in ("INSERT", "UPDATE"):
                if rights.holders(privilege):
                    out.append(f"GRANT {privilege} ON {s}.{view} TO {_to(rights.holders(privilege))}")
    out += [
        f"GRANT SELECT ON {s}.{PUBLIC_LEDGER} TO {_to((*READERS, PUBLIC))}",
        f"GRANT SELECT ON {s}.schema_version TO {_to(GROUP_ROLES)}",
        f"GRANT SELECT ON {s}.town_logins TO {_to(GROUP_ROLES)}",
        f"GRANT INSERT, UPDATE, DELETE ON {s}.town_logins TO {ADMIN}",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {s} FROM PUBLIC",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {s} TO {_to(GROUP_ROLES)}",
        *(f"REVOKE EXECUTE ON FUNCTION {s}.{f} FROM {_to(r for r in GROUP_ROLES if r not in CASE_WRITERS)}"
          for f in NUMBERING_FUNCTIONS),
    ]
    return out


def _rls(t: str) -> list[str]:
    return [f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY", f"ALTER TABLE {t} FORCE ROW LEVEL SECURITY"]


def row_security(s: str) -> list[str]:
    v = f"{s}.{schema.VIOLATIONS.name}"
    others = _to(r for r in CASE_WRITERS if r != TOWN)
    mine = f"town IN (SELECT {s}.my_towns())"
    out = [f"CREATE INDEX {schema.VIOLATIONS.name}_town_idx ON {v} (town)", *_rls(v),
           f"CREATE POLICY read_all ON {v} FOR SELECT TO {_to(ALL_CASES)} USING (true)",
           f"CREATE POLICY read_own_town ON {v} FOR SELECT TO {TOWN} USING ({mine})",
           f"CREATE POLICY register ON {v} FOR INSERT TO {others} WITH CHECK (true)",
           f"CREATE POLICY register_own_town ON {v} FOR INSERT TO {TOWN} WITH CHECK ({mine})",
           # Departments may reach every case: the guard trigger refuses, loudly, those not theirs.
           f"CREATE POLICY change ON {v} FOR UPDATE TO {others} USING (true) WITH CHECK (true)",
           f"CREATE POLICY change_own_town ON {v} FOR UPDATE TO {TOWN} USING ({mine}) WITH CHECK ({mine})",
           f"CREATE POLICY remove ON {v} FOR DELETE TO {ADMIN} USING (true)"]
    for table in (schema.VIOLATION_AREAS, schema.VIOLATION_HISTORY):
        t = f"{s}.{table.name}"
        rights = RIGHTS[table.name]
        out += [*_rls(t),
                f"CREATE POLICY read_all ON {t} FOR SELECT TO {_to(ALL_CASES)} USING (true)",
                # The case's own row rules decide: a town sees the children of the cases it sees.
                f"CREATE POLICY read_own_town ON {t} FOR SELECT TO {TOWN} USING "
                f"(EXISTS (SELECT 1 FROM {v} c WHERE c.record_uid = {table.name}.record_uid))"]
        for privilege, clause in (("INSERT", "WITH CHECK (true)"), ("UPDATE", "USING (true) WITH CHECK (true)"),
                                  ("DELETE", "USING (true)")):
            if rights.holders(privilege):  # the guard trigger decides which case
                out.append(f"CREATE POLICY {privilege.lower()}_guarded ON {t} FOR {privilege} "
                           f"TO {_to(rights.holders(privilege))} {clause}")
    t = f"{s}.town_logins"
    out += [*_rls(t), f"CREATE POLICY own_login ON {t} FOR SELECT TO {_to(GROUP_ROLES)} USING (login = current_user)",
            f"CREATE POLICY manage ON {t} FOR ALL TO {ADMIN} USING (true) WITH CHECK (true)"]
    return out
