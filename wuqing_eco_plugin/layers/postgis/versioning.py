# SPDX-License-Identifier: GPL-2.0-or-later
"""No lost update and who changed what, in the database itself: for QGIS, psql or any client.

- **Optimistic locking** (``c_row_version``, after the ``a_``/``b_`` triggers of ``functions.py``):
  an UPDATE of a table that people edit is accepted only when it sets ``row_version`` to exactly
  the stored version + 1. Anything else — a stale edit, or one that does not say which version it
  changes — raises SQLSTATE 40001 (serialization_failure) with the rule ``wq_row_version`` naming
  the table, the record and both versions: a client sees a conflict, never a silent overwrite.
- **Audit log** (``z_audit``, after every other trigger): per inserted, changed or deleted row of
  every table, one row of ``audit_log`` with the login (``session_user``), the Beijing time, the
  application, the version and the values as JSON (``domain/audit.py``: the changed fields of an
  UPDATE, the whole row of an INSERT or DELETE, the geometry as hex WKB). The trigger function runs
  with its owner's rights: no group role, ``wq_admin`` included, may write ``audit_log`` itself,
  and no role at all may change or delete its rows (the history tables' ``refuse_history_change``).
- **Who may read it**: ``wq_env`` and ``wq_admin`` read ``audit_log``; the other readers read
  ``audit_log_shared``, without the values of private fields and, for a town login, only the rows
  of its own town's cases — what they may read of the tables themselves.
"""
from __future__ import annotations

from .. import schema
from . import ddl
from .functions import _literal, _path
from .roles import ADMIN, GROUP_ROLES, PRIVATE_READERS, READERS, TOWN

ROW_VERSION_RULE = "wq_row_version"
AUDIT_IMPORT_RULE = "wq_audit_import"
AUDIT = schema.AUDIT_LOG.name
AUDIT_SHARED = f"{AUDIT}_shared"
#: Tables whose rows belong to a case (a town login reads the log of its own town's cases only).
CASE_TABLES = (schema.VIOLATIONS, schema.VIOLATION_AREAS, schema.VIOLATION_HISTORY)


def audit_table(s: str) -> list[str]:
    return [*ddl.create_table(s, schema.AUDIT_LOG),
            f"CREATE INDEX {AUDIT}_row_idx ON {s}.{AUDIT} (table_name, row_uid)"]


def row_version_check(s: str) -> list[str]:
    """The rule; the trigger's arguments are the fields that identify and name the record."""
    return [f"""CREATE FUNCTION {s}.check_row_version() RETURNS trigger LANGUAGE plpgsql {_path(s)} AS $$
DECLARE uid text; label text;
BEGIN
  IF NEW.row_version IS DISTINCT FROM OLD.row_version + 1 THEN
    EXECUTE format('SELECT ($1).%I::text, ($1).%I::text', TG_ARGV[0], TG_ARGV[1]) INTO uid, label USING OLD;
    RAISE EXCEPTION '{ROW_VERSION_RULE}: % “%” (%) was changed by someone else: stored version %, this change gives %',
      TG_TABLE_NAME, label, uid, OLD.row_version, coalesce(NEW.row_version::text, 'none') USING
      ERRCODE = 'serialization_failure', CONSTRAINT = '{ROW_VERSION_RULE}', TABLE = TG_TABLE_NAME,
      DETAIL = format('%s|%s|%s', uid, OLD.row_version, NEW.row_version),
      HINT = 'Read the record again and set row_version to the stored version + 1.';
  END IF;
  RETURN NEW;
END $$"""]


def audit_function(s: str, postgis: str) -> list[str]:
    """One function for every table: its arguments are the field naming the row and whether the
    geometry is logged (a derived table's is recomputed from the others, never restored)."""
    def values(row: str, target: str) -> str:  # a statement of its own: OLD.geom parses only where it exists
        return (f"IF TG_ARGV[1] = 'geom' THEN {target} := to_jsonb({row}) - 'fid' - 'geom' || jsonb_build_object("
                f"'geom', encode({postgis}.ST_AsBinary({row}.geom), 'hex'));\n"
                f"    ELSE {target} := to_jsonb({row}) - 'fid' - 'geom'; END IF;")

    return [f"""CREATE FUNCTION {s}.audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER {_path(s)} AS $$
DECLARE o jsonb; n jsonb; old_changes jsonb; new_changes jsonb; row_key text := TG_ARGV[0];
BEGIN
  IF TG_OP <> 'INSERT' THEN
    {values('OLD', 'o')}
  END IF;
  IF TG_OP <> 'DELETE' THEN
    {values('NEW', 'n')}
  END IF;
  IF TG_OP = 'UPDATE' THEN
    SELECT jsonb_object_agg(key, o -> key), jsonb_object_agg(key, value) INTO old_changes, new_changes
      FROM jsonb_each(n) WHERE o -> key IS DISTINCT FROM value;
  ELSE
    old_changes := o; new_changes := n;
  END IF;
  INSERT INTO {AUDIT} (table_name, row_uid, action, changed_by, changed_at, application_name, row_version,
                       old_values, new_values)
  VALUES (TG_TABLE_NAME, coalesce(n, o) ->> row_key, TG_OP, session_user, {ddl.NOW},
          left(nullif(current_setting('application_name', true), ''), 64),
          (coalesce(n, o) ->> 'row_version')::integer, old_changes, new_changes);
  RETURN NULL;
END $$"""]


def audit_guards(s: str) -> list[str]:
    """Rows of the log are never changed or deleted; they come only from the audit trigger (or,
    once, from :func:`import_function` while a migration fills an empty log)."""
    return [
        f"""CREATE FUNCTION {s}.guard_audit_insert() RETURNS trigger LANGUAGE plpgsql {_path(s)} AS $$
BEGIN
  IF pg_trigger_depth() < 2 AND current_setting('wuqing_eco.audit_import', true) IS DISTINCT FROM
     txid_current()::text THEN
    RAISE EXCEPTION '{AUDIT_IMPORT_RULE}: % is written by the database''s triggers only', TG_TABLE_NAME USING
      ERRCODE = 'insufficient_privilege', CONSTRAINT = '{AUDIT_IMPORT_RULE}', TABLE = TG_TABLE_NAME;
  END IF;
  RETURN NEW;
END $$""",
        f"CREATE TRIGGER {AUDIT}_written_by_triggers BEFORE INSERT ON {s}.{AUDIT} FOR EACH ROW "
        f"EXECUTE FUNCTION {s}.guard_audit_insert()",
        f"CREATE TRIGGER {AUDIT}_append_only BEFORE UPDATE OR DELETE ON {s}.{AUDIT} FOR EACH ROW "
        f"EXECUTE FUNCTION {s}.refuse_history_change()",
        f"CREATE TRIGGER {AUDIT}_no_truncate BEFORE TRUNCATE ON {s}.{AUDIT} FOR EACH STATEMENT "
        f"EXECUTE FUNCTION {s}.refuse_history_change()",
    ]


def import_function(s: str) -> list[str]:
    """Copying a GeoPackage's own log into the database (``migrate.py``, by ``wq_admin`` only): the
    entries keep who and when, and say where they come from (``application_name``)."""
    columns = [f.name for f in schema.AUDIT_LOG.fields]
    values = ", ".join("'geopackage'" if c == "application_name" else c for c in columns)
    return [f"""CREATE FUNCTION {s}.import_audit(entries jsonb) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
{_path(s)} AS $$
DECLARE n integer;
BEGIN
  IF NOT pg_has_role(session_user, '{ADMIN}', 'MEMBER') THEN
    RAISE EXCEPTION '{AUDIT_IMPORT_RULE}: only a migration by wq_admin brings a change log along'
      USING ERRCODE = 'insufficient_privilege', CONSTRAINT = '{AUDIT_IMPORT_RULE}';
  END IF;
  PERFORM set_config('wuqing_eco.audit_import', txid_current()::text, true);
  INSERT INTO {AUDIT} ({', '.join(columns)}) SELECT {values} FROM jsonb_populate_recordset(NULL::{AUDIT}, entries);
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM set_config('wuqing_eco.audit_import', '', true);
  RETURN n;
END $$"""]


def triggers(s: str, tables: tuple[schema.TableSpec, ...] = schema.TABLES) -> list[str]:
    out = []
    for table in tables:
        t = f"{s}.{table.name}"
        key = table.audit_key or "fid"
        if table.versioned:
            label = table.display.strip('"') if table.display and table.display.strip('"') in table.field_index \
                else key
            out.append(f"CREATE TRIGGER c_row_version BEFORE UPDATE ON {t} FOR EACH ROW "
                       f"EXECUTE FUNCTION {s}.check_row_version({_literal(key)}, {_literal(label)})")
            out.append(f"ALTER TABLE {t} ADD CONSTRAINT {table.name}_row_version_check CHECK (row_version >= 1)")
        geometry = schema.GEOMETRY_COLUMN if table.geometry and not table.derived else ""
        out.append(f"CREATE TRIGGER z_audit AFTER INSERT OR UPDATE OR DELETE ON {t} FOR EACH ROW "
                   f"EXECUTE FUNCTION {s}.audit_row({_literal(key)}, {_literal(geometry)})")
    return out


def _without_private(column: str) -> str:
    cases = " ".join(f"WHEN {_literal(t.name)} THEN {column} - ARRAY[{', '.join(map(_literal, t.private_fields))}]"
                     for t in schema.TABLES if t.private_fields)
    return f"CASE a.table_name {cases} ELSE {column} END AS {column.split('.')[-1]}"


def shared_view(s: str) -> list[str]:
    """The log without private values; a town login's rows of cases only for its own town's cases.
    With its owner's rights (the caller has no right on ``audit_log``); ``current_user`` in a view
    is still the caller, so the row filter is the caller's."""
    plain = [f"a.{f.name}" for f in schema.AUDIT_LOG.fields if f.type != "json"]
    case_uid = "coalesce(a.new_values ->> 'record_uid', a.old_values ->> 'record_uid')"
    cases = ", ".join(_literal(t.name) for t in CASE_TABLES)
    return [f"CREATE VIEW {s}.{AUDIT_SHARED} WITH (security_barrier = true) AS SELECT a.fid, {', '.join(plain)}, "
            f"{_without_private('a.old_values')}, {_without_private('a.new_values')} FROM {s}.{AUDIT} a "
            f"WHERE a.table_name NOT IN ({cases}) OR NOT pg_has_role('{TOWN}', 'MEMBER') "
            f"OR EXISTS (SELECT 1 FROM {s}.{schema.VIOLATIONS.name} v WHERE v.record_uid = {case_uid} "
            f"AND v.town IN (SELECT {s}.my_towns()))",
            f"COMMENT ON VIEW {s}.{AUDIT_SHARED} IS 'Change log without private values'"]


def grants(s: str) -> list[str]:
    """Read rights only (after ``grants.table_grants``, which opens every function to the roles)."""
    return [f"GRANT SELECT ON {s}.{AUDIT} TO {', '.join(PRIVATE_READERS)}",
            f"GRANT SELECT ON {s}.{AUDIT_SHARED} TO {', '.join(READERS)}",
            f"REVOKE EXECUTE ON FUNCTION {s}.import_audit(jsonb) FROM "
            f"{', '.join(r for r in GROUP_ROLES if r != ADMIN)}"]


def functions(s: str, postgis: str) -> list[str]:
    """Functions and the log table (after ``functions.functions``: it uses ``refuse_history_change``)."""
    return [*audit_table(s), *row_version_check(s), *audit_function(s, postgis), *audit_guards(s),
            *import_function(s)]


def statements(s: str, postgis: str) -> list[str]:
    """Everything of a new schema, after its tables and functions and before its grants."""
    return [*functions(s, postgis), *triggers(s), *shared_view(s)]
