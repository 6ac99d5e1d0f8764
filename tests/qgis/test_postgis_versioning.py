# SPDX-License-Identifier: GPL-2.0-or-later
"""Optimistic locking and the audit log in the shared database, for any client (plain SQL as the
test logins): a stale or unversioned UPDATE is a 40001 conflict, every change is logged by the
database, nobody writes the log, and each role reads of it what it may read of the tables."""
from __future__ import annotations

import psycopg2
import pytest

from wuqing_eco_plugin.layers import schema
from wuqing_eco_plugin.layers.ledger.postgis import PostgisLedgerStorage
from wuqing_eco_plugin.layers.postgis.errors import describe
from wuqing_eco_plugin.services.ledger.store import ConflictError, LedgerStore

S = "wuqing_eco"
VERSIONED = [t for t in schema.TABLES if t.versioned]
#: A login that may change each table's rows (planning keeps the lines, the admin the rest).
EDITOR = {"zones": "plan_zhao", "approved_land": "plan_zhao", "markers": "plan_zhao", "district": "admin_li",
          "towns": "admin_li", "violations": "env_wang", "violation_areas": "env_wang", "zone_indicators": "env_wang"}
#: A field each table lets its editor change.
FIELD = {"district": "data_status", "towns": "data_status", "violation_areas": "notes", "violations": "proposal"}


def _row(db, table: schema.TableSpec) -> tuple:
    key = table.audit_key
    return db.sql(f"SELECT {key}, row_version FROM {S}.{table.name} ORDER BY fid LIMIT 1")[0]


def _value(table: schema.TableSpec) -> str:
    return "draft" if FIELD.get(table.name) == "data_status" else "改"


def test_every_edited_table_has_a_version_and_the_derived_and_history_tables_none():
    assert {t.name for t in VERSIONED} == {"district", "towns", "zones", "approved_land", "markers", "violations",
                                           "violation_areas", "zone_indicators"}
    assert not any(t.versioned for t in schema.TABLES if t.append_only or t.derived)


@pytest.mark.parametrize("table", VERSIONED, ids=lambda t: t.name)
def test_an_update_must_give_the_stored_version_plus_one(pg_module_db, table):
    db, login = pg_module_db, EDITOR[table.name]
    uid, version = _row(db, table)
    field = FIELD.get(table.name, "notes")
    update = f"UPDATE {S}.{table.name} SET {field} = %s{{}} WHERE {table.audit_key} = %s"
    for clause, code in (("", "40001"), (", row_version = row_version", "40001"),
                         (f", row_version = {version + 2}", "40001"), (", row_version = NULL", "40001"),
                         (", row_version = row_version + 1", None), (f", row_version = {version + 1}", None)):
        got, message = db.attempt(update.format(clause), login, [_value(table), uid])
        assert got == code, (clause, message)
        if code:
            assert f"wq_row_version: {table.name} " in message and f"({uid})" in message
            assert f"stored version {version}" in message


def test_the_refusal_reads_as_a_conflict_in_the_users_language(pg_db):
    uid, version = _row(pg_db, schema.ZONES)
    conn = pg_db.connect("plan_zhao")
    try:
        with conn.cursor() as cur, pytest.raises(psycopg2.Error) as err:
            cur.execute(f"UPDATE {S}.zones SET notes = 'x', row_version = %s WHERE zone_uid = %s", (version, uid))
    finally:
        conn.close()
    assert err.value.pgcode == "40001" and err.value.diag.constraint_name == "wq_row_version"
    text = describe(err.value, "zones", "UPDATE", "plan_zhao")
    assert text.startswith("Protected zones “") and f"stored version {version}" in text and "nothing was saved" in text


def _log(db, table: str, uid: str) -> list[tuple]:
    return db.sql(f"SELECT action, changed_by, application_name, row_version, old_values, new_values "
                  f"FROM {S}.audit_log WHERE table_name = %s AND row_uid = %s ORDER BY fid", params=(table, uid))


def test_every_change_is_logged_by_the_database_with_the_login(pg_db):
    uid, version = _row(pg_db, schema.MARKERS)
    conn = pg_db.connect("plan_zhao")
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("SET application_name = 'psql'")
            cur.execute(f"UPDATE {S}.markers SET notes = '测试', geom = ST_Translate(geom, 1, 0), "
                        "row_version = row_version + 1 WHERE marker_uid = %s", (uid,))
    finally:
        conn.close()
    entries = _log(pg_db, "markers", uid)
    assert entries[0][0] == "INSERT" and entries[0][1] == "postgres"  # the migration's copy
    assert set(entries[0][5]) >= {"marker_no", "geom", "row_version"} and entries[0][4] is None
    action, who, application, row_version, old, new = entries[-1]
    assert (action, who, application, row_version) == ("UPDATE", "plan_zhao", "psql", version + 1)
    assert set(old) == set(new) == {"notes", "geom", "row_version"}  # only what changed
    x_old = pg_db.sql("SELECT ST_X(ST_GeomFromWKB(decode(%s, 'hex')))", params=(old["geom"],))[0][0]
    x_new = pg_db.sql(f"SELECT ST_X(geom) FROM {S}.markers WHERE marker_uid = %s", params=(uid,))[0][0]
    assert x_new - x_old == pytest.approx(1.0) and new["notes"] == "测试"
    pg_db.sql(f"DELETE FROM {S}.markers WHERE marker_uid = %s", "plan_zhao", params=(uid,))
    deleted = _log(pg_db, "markers", uid)[-1]
    assert deleted[:2] == ("DELETE", "plan_zhao") and deleted[4]["notes"] == "测试" and deleted[5] is None


@pytest.mark.parametrize("login", ["admin_li", "env_wang", "plan_zhao", "water_sun", "postgres"])
def test_nobody_writes_the_log_itself(pg_module_db, login):
    db = pg_module_db
    for statement in (f"INSERT INTO {S}.audit_log (table_name, row_uid, action, changed_by, changed_at) "
                      "VALUES ('zones', 'x', 'UPDATE', 'me', now())",
                      f"UPDATE {S}.audit_log SET changed_by = 'someone'",
                      f"DELETE FROM {S}.audit_log",
                      f"TRUNCATE {S}.audit_log"):
        code, message = db.attempt(statement, login)
        assert code == "42501", (login, statement, message)


def test_each_role_reads_what_it_may_read_of_the_tables(pg_module_db):
    db = pg_module_db
    private = schema.VIOLATIONS.private_fields
    assert db.attempt(f"SELECT count(*) FROM {S}.audit_log", "env_wang")[0] is None
    for login in ("water_sun", "viewer_qian", "town_yangcun"):
        assert db.attempt(f"SELECT 1 FROM {S}.audit_log", login)[0] == "42501"
    assert db.attempt(f"SELECT 1 FROM {S}.audit_log_shared", "public_web")[0] == "42501"
    full = db.sql(f"SELECT new_values FROM {S}.audit_log WHERE table_name = 'violations'", "env_wang")
    assert any(set(private) & set(v) for (v,) in full)
    shared = db.sql(f"SELECT new_values FROM {S}.audit_log_shared WHERE table_name = 'violations'", "water_sun")
    assert len(shared) == len(full) and not any(set(private) & set(v) for (v,) in shared)
    towns = dict(db.sql(f"SELECT record_uid, town FROM {S}.violations"))
    own = db.sql(f"SELECT DISTINCT row_uid FROM {S}.audit_log_shared WHERE table_name = 'violations'",
                 "town_yangcun")
    assert own and {towns[u] for (u,) in own} == {"杨村街道"}
    history = db.sql(f"SELECT new_values ->> 'record_uid', new_values ? 'changed_by' FROM {S}.audit_log_shared "
                     "WHERE table_name = 'violation_history'", "town_yangcun")
    assert history and {towns[u] for u, _ in history} == {"杨村街道"} and not any(c for _, c in history)
    zones = db.sql(f"SELECT count(*) FROM {S}.audit_log_shared WHERE table_name = 'zones'", "town_yangcun")[0][0]
    assert zones == db.sql(f"SELECT count(*) FROM {S}.zones")[0][0]


def test_a_stale_status_change_is_a_conflict_with_the_stored_case(pg_db):
    uid = pg_db.sql(f"SELECT record_uid FROM {S}.violations WHERE status = 'registered' LIMIT 1")[0][0]
    mine = LedgerStore(PostgisLedgerStorage(pg_db.dsn("env_wang")))
    theirs = LedgerStore(PostgisLedgerStorage(pg_db.dsn("admin_li")))
    seen = mine.record(uid)
    theirs.change_status(uid, "verified", "李管理", "核实", expected_version=seen["row_version"])
    with pytest.raises(ConflictError) as err:
        mine.change_status(uid, "dismissed", "王环保", "不属实", expected_version=seen["row_version"])
    assert err.value.stored["status"] == "verified" and err.value.stored["row_version"] == seen["row_version"] + 1
    assert "was changed by someone else" in str(err.value)
    assert pg_db.sql(f"SELECT status FROM {S}.violations WHERE record_uid = %s", params=(uid,)) == [("verified",)]
    log = mine.changes(uid)
    assert [e.changed_by for e in log if e.action == "UPDATE"] == ["admin_li"]
    assert log[-1].new["status"] == "verified" and log[-1].old["status"] == "registered"
