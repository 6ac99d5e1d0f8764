# SPDX-License-Identifier: GPL-2.0-or-later
"""The database's own rules, as functions and triggers: record numbers, who may change a case,
history that only grows, fields that copy another table's (a case's town), and the public ledger's
masking.

Every function has a fixed ``search_path`` (``pg_catalog`` first, then the plugin's schema), so no
caller can slip in an object of the same name. Two run with their owner's rights (SECURITY
DEFINER), because the caller must not touch what they touch: the per-year counters of the record
numbers, and the check whether a case was inserted by the caller's own transaction.

Refusals raise SQLSTATE 42501 (insufficient_privilege) naming a ``wq_…`` constraint, which also
starts the message (QGIS passes on only the text), so that a client maps them to a message in the
user's language (``errors.py``) and QGIS reports a refused save as refused: a row rule that silently
filtered an UPDATE to zero rows would look saved.
"""
from __future__ import annotations

from ...domain.ledger.disclosure import EMAIL, MASK, MIN_MASKED, PHONE
from ...domain.ledger.rows import RECORD_PREFIX
from .. import schema
from .ddl import RECORD_NO_PENDING
from .roles import ADMIN, CASE_DEPARTMENTS, ENV, PREFIX, TOWN

#: The constraint names of the refusals (``errors.py`` maps each to a message).
CHANGE_CASE = "wq_change_case"
CASE_IDENTITY = "wq_case_identity"
APPEND_ONLY = "wq_append_only"
RECORD_NUMBER = "wq_record_no"


def _path(s: str) -> str:
    return f"SET search_path = pg_catalog, {s}"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def rights_functions(s: str) -> list[str]:
    departments = ", ".join(_literal(d) for d in CASE_DEPARTMENTS)
    return [
        # The towns of the calling login (a login of a town government sees its town's cases).
        f"""CREATE FUNCTION {s}.my_towns() RETURNS SETOF text LANGUAGE sql STABLE {_path(s)} AS $$
  SELECT town::text FROM town_logins WHERE login = current_user
$$""",
        # May the caller change a case with these values? The department code 'town' is no right:
        # a town login changes its own town's cases, whatever other_departments says.
        f"""CREATE FUNCTION {s}.may_change_case(lead text, others text, case_town text) RETURNS boolean
LANGUAGE sql STABLE {_path(s)} AS $$
  SELECT pg_has_role('{ADMIN}', 'MEMBER') OR pg_has_role('{ENV}', 'MEMBER')
    OR EXISTS (SELECT 1 FROM unnest(ARRAY[{departments}]) AS d(code)
               WHERE pg_has_role('{PREFIX}' || d.code, 'MEMBER')
                 AND (d.code = lead OR d.code = ANY (regexp_split_to_array(coalesce(others, ''), '\\s*,\\s*'))))
    OR (pg_has_role('{TOWN}', 'MEMBER') AND case_town IN (SELECT my_towns()))
$$""",
        f"""CREATE FUNCTION {s}.may_change_case(uid text) RETURNS boolean LANGUAGE sql STABLE {_path(s)} AS $$
  SELECT coalesce((SELECT may_change_case(v.lead_department, v.other_departments, v.town)
                   FROM {schema.VIOLATIONS.name} v WHERE v.record_uid = uid), false)
$$""",
        # Was the case inserted by the calling transaction? Who registers a case adds its area and
        # first history row although another department may lead it. The owner's rights read xmin.
        f"""CREATE FUNCTION {s}.case_is_new_here(uid text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
{_path(s)} AS $$
  SELECT EXISTS (SELECT 1 FROM {schema.VIOLATIONS.name} v WHERE v.record_uid = uid
                 AND v.xmin::text::bigint = txid_current() % 4294967296)
$$""",
    ]


def numbering(s: str) -> list[str]:
    """``WQ-<year of discovery>-<seq>``: a per-year counter row, locked by the inserting transaction
    until it ends (a rolled-back insert gives its number back: no gaps, no duplicates)."""
    v = schema.VIOLATIONS.name
    return [
        f"""CREATE FUNCTION {s}.next_record_no(year integer) RETURNS text LANGUAGE plpgsql VOLATILE SECURITY DEFINER
{_path(s)} AS $$
DECLARE seq integer;
BEGIN
  IF year IS NULL OR year < 1900 OR year > 9999 THEN
    RAISE EXCEPTION 'no record number for the year %', year USING ERRCODE = 'check_violation',
      CONSTRAINT = '{RECORD_NUMBER}';
  END IF;
  INSERT INTO record_counters AS c (year, last_seq) VALUES (next_record_no.year, 1)
    ON CONFLICT ON CONSTRAINT record_counters_pkey DO UPDATE SET last_seq = c.last_seq + 1
    RETURNING c.last_seq INTO seq;
  RETURN format('{RECORD_PREFIX}-%s-%s', year, CASE WHEN seq < 10000 THEN lpad(seq::text, 4, '0') ELSE seq::text END);
END $$""",
        # A number given by the client: one already handed out, or (an administrator migrating a
        # ledger) any, which moves the counter past it.
        f"""CREATE FUNCTION {s}.take_record_no(number text) RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER
{_path(s)} AS $$
DECLARE parts text[]; last integer;
BEGIN
  parts := regexp_match(number, '^{RECORD_PREFIX}-(\\d{{4}})-(\\d{{4,}})$');
  IF pg_has_role(session_user, '{ADMIN}', 'MEMBER') THEN
    IF parts IS NOT NULL THEN
      INSERT INTO record_counters AS c (year, last_seq) VALUES (parts[1]::integer, parts[2]::integer)
        ON CONFLICT ON CONSTRAINT record_counters_pkey DO UPDATE SET last_seq = greatest(c.last_seq, excluded.last_seq);
    END IF;
    RETURN;
  END IF;
  SELECT c.last_seq INTO last FROM record_counters c WHERE c.year = parts[1]::integer;
  IF parts IS NULL OR last IS NULL OR parts[2]::integer > last THEN
    RAISE EXCEPTION '{RECORD_NUMBER}: record number % was not handed out by the database', number
      USING ERRCODE = 'insufficient_privilege', CONSTRAINT = '{RECORD_NUMBER}', DETAIL = number;
  END IF;
END $$""",
        f"""CREATE FUNCTION {s}.number_case() RETURNS trigger LANGUAGE plpgsql {_path(s)} AS $$
BEGIN
  IF NEW.record_no IS NULL OR NEW.record_no = '{RECORD_NO_PENDING}' THEN
    IF NEW.discovered_at IS NULL THEN
      RAISE EXCEPTION 'null value in column "discovered_at" of relation "{v}"' USING
        ERRCODE = 'not_null_violation', COLUMN = 'discovered_at', TABLE = '{v}';
    END IF;
    NEW.record_no := next_record_no(extract(year FROM NEW.discovered_at)::integer);
  ELSE
    PERFORM take_record_no(NEW.record_no);
  END IF;
  RETURN NEW;
END $$""",
        f"CREATE TRIGGER a_number_case BEFORE INSERT ON {s}.{v} FOR EACH ROW EXECUTE FUNCTION {s}.number_case()",
    ]


def case_guards(s: str) -> list[str]:
    v = schema.VIOLATIONS.name
    refuse = (f"RAISE EXCEPTION '{CHANGE_CASE}: case %: this login may not change it', {{no}} USING "
              f"ERRCODE = 'insufficient_privilege', CONSTRAINT = '{CHANGE_CASE}', DETAIL = {{no}}, "
              "TABLE = TG_TABLE_NAME")
    return [
        f"""CREATE FUNCTION {s}.guard_case() RETURNS trigger LANGUAGE plpgsql {_path(s)} AS $$
BEGIN
  IF NOT may_change_case(OLD.lead_department, OLD.other_departments, OLD.town) THEN
    {refuse.format(no='OLD.record_no')};
  END IF;
  IF (NEW.record_no IS DISTINCT FROM OLD.record_no OR NEW.record_uid IS DISTINCT FROM OLD.record_uid)
     AND NOT pg_has_role('{ADMIN}', 'MEMBER') THEN
    RAISE EXCEPTION '{CASE_IDENTITY}: case %: its number and uuid never change', OLD.record_no USING
      ERRCODE = 'insufficient_privilege', CONSTRAINT = '{CASE_IDENTITY}', DETAIL = OLD.record_no, TABLE = '{v}';
  END IF;
  RETURN NEW;
END $$""",
        f"CREATE TRIGGER b_guard_case BEFORE UPDATE ON {s}.{v} FOR EACH ROW EXECUTE FUNCTION {s}.guard_case()",
        # Affected areas and history rows belong to a case: who may change the case may add them;
        # who registers a case adds them in the same transaction.
        f"""CREATE FUNCTION {s}.guard_case_child() RETURNS trigger LANGUAGE plpgsql {_path(s)} AS $$
DECLARE uid text;
BEGIN
  FOREACH uid IN ARRAY CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW.record_uid] WHEN 'DELETE' THEN ARRAY[OLD.record_uid]
                               ELSE ARRAY[OLD.record_uid, NEW.record_uid] END LOOP
    IF NOT (may_change_case(uid) OR (TG_OP = 'INSERT' AND case_is_new_here(uid))) THEN
      {refuse.format(no='(SELECT record_no FROM ' + v + ' WHERE record_uid = uid)')};
    END IF;
  END LOOP;
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END $$""",
        f"CREATE TRIGGER b_guard_case_child BEFORE INSERT OR UPDATE OR DELETE ON {s}.{schema.VIOLATION_AREAS.name} "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.guard_case_child()",
        f"CREATE TRIGGER b_guard_case_child BEFORE INSERT ON {s}.{schema.VIOLATION_HISTORY.name} "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.guard_case_child()",
    ]


def append_only(s: str) -> list[str]:
    """History rows are never changed or removed, by any role: not the administrator, not the
    owner (only disabling the trigger, a change of the schema, could)."""
    out = [f"""CREATE FUNCTION {s}.refuse_history_change() RETURNS trigger LANGUAGE plpgsql {_path(s)} AS $$
BEGIN
  RAISE EXCEPTION '{APPEND_ONLY}: % is append-only: % refused', TG_TABLE_NAME, TG_OP USING
    ERRCODE = 'insufficient_privilege', CONSTRAINT = '{APPEND_ONLY}', TABLE = TG_TABLE_NAME;
END $$"""]
    for table in schema.TABLES:
        if table.append_only:
            out += [f"CREATE TRIGGER {table.name}_append_only BEFORE UPDATE OR DELETE ON {s}.{table.name} "
                    f"FOR EACH ROW EXECUTE FUNCTION {s}.refuse_history_change()",
                    f"CREATE TRIGGER {table.name}_no_truncate BEFORE TRUNCATE ON {s}.{table.name} "
                    f"FOR EACH STATEMENT EXECUTE FUNCTION {s}.refuse_history_change()"]
    return out


def followers(s: str) -> list[str]:
    """The fields that copy another table's field (``schema.FOLLOWERS``: a case's town is its town's
    name) take its new value: a renamed town keeps its cases, and a town government's login, whose
    cases are those of its town, keeps them (``town_logins`` follows by its foreign key). Each row
    changed is a change like any other: its row version goes up by one (an edit of it open elsewhere
    becomes a conflict), the audit log names the login that made the change, and that login must be
    allowed to change those rows (only ``wq_admin`` may rename towns) or the change is refused whole."""
    out = []
    for f in schema.FOLLOWERS:
        version = f", {schema.ROW_VERSION} = {schema.ROW_VERSION} + 1" if f.table.versioned else ""
        out += [f"""CREATE FUNCTION {s}.{f.name}() RETURNS trigger LANGUAGE plpgsql {_path(s)} AS $$
BEGIN
  UPDATE {f.table.name} SET {f.field} = NEW.{f.source_field}{version} WHERE {f.field} = OLD.{f.source_field};
  RETURN NULL;
END $$""",
                f"CREATE TRIGGER y_{f.name} AFTER UPDATE OF {f.source_field} ON {s}.{f.source} FOR EACH ROW "
                f"WHEN (OLD.{f.source_field} IS DISTINCT FROM NEW.{f.source_field}) EXECUTE FUNCTION {s}.{f.name}()"]
    return out


def masking(s: str, collation: str) -> list[str]:
    """``domain.ledger.disclosure.mask_text`` in SQL: the same patterns, in a collation whose
    ``\\d`` and ``\\w`` are Unicode's, like Python's."""
    return [f"""CREATE FUNCTION {s}.mask_text(t text, secrets text[]) RETURNS text LANGUAGE plpgsql IMMUTABLE
{_path(s)} AS $$
DECLARE secret text;
BEGIN
  IF t IS NULL THEN RETURN NULL; END IF;
  FOR secret IN SELECT x FROM (SELECT DISTINCT regexp_replace(raw COLLATE "{collation}", '^\\s+|\\s+$', '', 'g') AS x
                               FROM unnest(secrets) AS raw WHERE raw IS NOT NULL) AS trimmed
                WHERE char_length(x) >= {MIN_MASKED} ORDER BY char_length(x) DESC, x LOOP
    t := replace(t, secret, {_literal(MASK)});
  END LOOP;
  t := regexp_replace(t COLLATE "{collation}", {_literal(PHONE.pattern)}, {_literal(MASK)}, 'g');
  RETURN regexp_replace(t COLLATE "{collation}", {_literal(EMAIL.pattern)}, {_literal(MASK)}, 'g');
END $$"""]


def functions(s: str, collation: str) -> list[str]:
    return rights_functions(s) + numbering(s) + case_guards(s) + append_only(s) + followers(s) + \
        masking(s, collation)
