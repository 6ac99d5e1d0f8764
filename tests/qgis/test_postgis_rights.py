# SPDX-License-Identifier: GPL-2.0-or-later
"""Rights enforced by PostgreSQL itself, through plain SQL as each test login (every statement in a
transaction that is rolled back): what each role may do, and what it is refused, loudly."""
from __future__ import annotations

import pytest
from conftest import PG_LOGINS

from wuqing_eco_plugin.domain.ledger.disclosure import public_record
from wuqing_eco_plugin.layers import schema

S = "wuqing_eco"
#: What every UPDATE of an edited table says: which version it changes (versioning.py).
NEXT = "row_version = row_version + 1"
EVERYONE = (*PG_LOGINS, "postgres")
READERS = {login for login, grant in PG_LOGINS.items() if grant and grant[0] != "public"} | {"postgres"}
CASE = ("INSERT INTO {s}.{rel} (discovered_at, source, category, severity, description, lead_department, town) "
        "VALUES ('2026-11-30 10:00', 'patrol', 'stockyard', 'B', '测试登记', 'water', %s)")


def outcomes(db, statement: str, params=None, logins=EVERYONE) -> dict[str, str]:
    """login → "ok" (rows affected or read), "none" (no row reached), or the refusal's SQLSTATE."""
    out = {}
    for login in logins:
        code, rows = db.attempt(statement, login, params)
        out[login] = code if code else ("ok" if rows != "0" else "none")
    return out


def expect(ok, other="42501", logins=EVERYONE, **special) -> dict[str, str]:
    return {login: special.get(login, "ok" if login in ok else other) for login in logins}


def _case(db, where: str) -> str:
    return db.sql(f"SELECT record_uid FROM {S}.violations WHERE {where} ORDER BY record_no LIMIT 1")[0][0]


def involves(dept: str) -> str:
    return f"(lead_department = '{dept}' OR '{dept}' = ANY (string_to_array(other_departments, ',')))"


def test_lines_and_markers_are_the_planning_bureaus(pg_module_db):
    db = pg_module_db
    keepers = {"admin_li", "plan_zhao", "postgres"}
    assert outcomes(db, f"SELECT * FROM {S}.zones") == expect(READERS)
    assert outcomes(db, f"UPDATE {S}.zones SET notes = '改', {NEXT} WHERE fid = 1") == expect(keepers)
    assert outcomes(db, f"UPDATE {S}.approved_land SET notes = '改', {NEXT}") == expect(keepers)
    assert outcomes(db, f"INSERT INTO {S}.markers (marker_no) VALUES ('120114-T-0001')") == expect(keepers)
    marker = db.sql(f"SELECT marker_uid FROM {S}.markers LIMIT 1")[0][0]
    assert outcomes(db, f"INSERT INTO {S}.marker_history (marker_uid) VALUES (%s)", [marker]) == expect(keepers)
    assert outcomes(db, f"DELETE FROM {S}.towns WHERE name = '泗村店镇'") == expect({"admin_li", "postgres"})
    # the overlap analysis stores its pieces for the environment and planning bureaus
    assert outcomes(db, f"DELETE FROM {S}.overlaps") == expect(  # no rows: "none" says the right was there
        {}, **{login: "none" for login in ("admin_li", "env_wang", "plan_zhao", "postgres")})
    assert outcomes(db, f"SELECT * FROM {S}.public_ledger") == expect(READERS | {"public_web"})


def test_overlaps_may_be_written_by_env_and_planning(pg_module_db):
    insert = f"INSERT INTO {S}.overlaps (zone_count, line_class, area_m2) VALUES (2, 'red', 10)"
    assert outcomes(pg_module_db, insert) == expect({"admin_li", "env_wang", "plan_zhao", "postgres"})


def test_private_fields_are_readable_by_env_and_admin_only(pg_module_db):
    private_readers = {"admin_li", "env_wang", "postgres"}
    for table in (schema.VIOLATIONS, schema.VIOLATION_HISTORY):
        for name in table.private_fields:
            assert outcomes(pg_module_db, f"SELECT {name} FROM {S}.{table.name}") == expect(private_readers), name
        view = f"{table.name}_shared"
        columns = [r[0] for r in pg_module_db.sql(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND table_name = %s",
            params=(S, view))]
        assert columns and not set(columns) & set(table.private_fields)
        # everyone who reads the cases reads the view (a town: its own town's rows)
        assert outcomes(pg_module_db, f"SELECT * FROM {S}.{view}") == expect(READERS)
    public = [r[0] for r in pg_module_db.sql("SELECT column_name FROM information_schema.columns "
                                             "WHERE table_schema = %s AND table_name = 'public_ledger'", params=(S,))]
    assert not set(public) & set(schema.VIOLATIONS.private_fields)


def test_who_registers_cases(pg_module_db):
    statement = CASE.format(s=S, rel="violations_shared")
    writers = {login for login, grant in PG_LOGINS.items() if grant and grant[0] not in ("viewer", "public")}
    assert outcomes(pg_module_db, statement, ["杨村街道"]) == expect(writers | {"postgres"}, town_hebeitun="42501")
    assert outcomes(pg_module_db, statement, ["河北屯镇"]) == expect(
        (writers | {"postgres"}) - {"town_yangcun"})
    # private fields can be written (a reporter's contact) by those who cannot read them back
    private = (f"INSERT INTO {S}.violations (discovered_at, source, category, severity, description, "
               "lead_department, reporter_name, reporter_contact) VALUES ('2026-11-30 10:00', 'public_report', "
               "'stockyard', 'B', '举报', 'water', '举报人', '13800000000')")
    assert outcomes(pg_module_db, private, logins=("water_sun", "viewer_qian")) == {"water_sun": "ok",
                                                                                     "viewer_qian": "42501"}


def test_history_added_through_the_shared_view_records_the_login(pg_db):
    uid = _case(pg_db, involves("water"))
    pg_db.sql(f"INSERT INTO {S}.violation_history_shared (record_uid, from_status, to_status, note) "
              f"SELECT record_uid, status, status, '水务局备注' FROM {S}.violations_shared WHERE record_uid = %s",
              "water_sun", params=(uid,))
    assert pg_db.sql(f"SELECT changed_by FROM {S}.violation_history WHERE note = '水务局备注'") == [("water_sun",)]
    code, _ = pg_db.attempt(f"INSERT INTO {S}.violation_history_shared (record_uid, to_status) VALUES (%s, "
                            "'verified')", "water_sun", [_case(pg_db, f"NOT {involves('water')}")])
    assert code == "42501"  # not its case: it writes no history for it


def test_departments_change_the_cases_they_lead_or_are_involved_in(pg_module_db):
    db = pg_module_db
    update = f"UPDATE {S}.violations_shared SET proposal = '测试建议', {NEXT} WHERE record_uid = %s"
    for login, dept in (("water_sun", "water"), ("build_zhou", "construction"), ("plan_zhao", "planning"),
                        ("forest_he", "forestry")):
        mine, other = _case(db, involves(dept)), _case(db, f"NOT {involves(dept)}")
        assert outcomes(db, update, [mine], (login,)) == {login: "ok"}
        code, message = db.attempt(update, login, [other])
        assert code == "42501" and "may not change it" in message, login  # refused, not 0 rows "saved"
    for login in ("env_wang", "admin_li"):
        assert outcomes(db, update, [_case(db, "lead_department <> 'env'")], (login,)) == {login: "ok"}
    assert outcomes(db, update, [_case(db, "true")], ("viewer_qian", "public_web", "nobody")) == {
        "viewer_qian": "42501", "public_web": "42501", "nobody": "42501"}
    # nobody but an administrator renumbers a case
    assert db.attempt(f"UPDATE {S}.violations_shared SET record_no = 'WQ-2026-0999', {NEXT} WHERE record_uid = %s",
                      "env_wang", [_case(db, "true")])[0] == "42501"
    assert outcomes(db, f"DELETE FROM {S}.violations WHERE record_uid = %s", [_case(db, "true")]) == expect(
        {"admin_li", "postgres"}, **{login: "42501" for login in EVERYONE if login not in ("admin_li", "postgres")})


def test_affected_areas_follow_their_case(pg_module_db):
    db = pg_module_db
    uid = db.sql(f"SELECT record_uid FROM {S}.violation_areas LIMIT 1")[0][0]
    case = db.sql(f"SELECT lead_department, other_departments, town FROM {S}.violations WHERE record_uid = %s",
                  params=(uid,))[0]
    depts = {case[0], *case[1].split(",")}
    town_names = dict(db.sql(f"SELECT code, name FROM {S}.towns"))
    update = f"UPDATE {S}.violation_areas SET notes = '改', {NEXT} WHERE record_uid = %s"
    got = outcomes(db, update, [uid])
    for login, grant in PG_LOGINS.items():
        if grant is None or grant[0] in ("viewer", "public"):
            assert got[login] == "42501", login
        elif grant[0] in ("admin", "env") or (grant[0] != "town" and grant[0] in depts):
            assert got[login] == "ok", login
        elif grant[0] == "town":
            town = town_names.get(grant[1], grant[1])
            assert got[login] == ("ok" if town == case[2] else "none"), login  # another town's: invisible
        else:
            assert got[login] == "42501", login


def test_two_towns_see_and_change_only_their_own_cases(pg_module_db):
    db = pg_module_db
    towns = {"town_yangcun": "杨村街道", "town_hebeitun": "河北屯镇"}
    all_cases = db.sql(f"SELECT record_uid, town FROM {S}.violations")
    # every sample case names the department 'town' among the others: that gives a town login nothing
    assert all("town" in r[0].split(",") for r in db.sql(f"SELECT other_departments FROM {S}.violations"))
    for login, town in towns.items():
        seen = db.sql(f"SELECT record_uid, town FROM {S}.violations_shared", login)
        assert seen and sorted(seen) == sorted(r for r in all_cases if r[1] == town)
        history = db.sql(f"SELECT DISTINCT record_uid FROM {S}.violation_history_shared", login)
        assert {h[0] for h in history} == {r[0] for r in seen}
        own = seen[0][0]
        change = f"UPDATE {S}.violations_shared SET {{}}, {NEXT} WHERE record_uid = %s"
        assert outcomes(db, change.format("proposal = '镇街意见'"), [own], (login,)) == {login: "ok"}
        other = next(r[0] for r in all_cases if r[1] == next(t for t in towns.values() if t != town))
        # another town's case does not exist for it
        assert outcomes(db, change.format("proposal = '越界'"), [other], (login,)) == {login: "none"}
        # a case cannot be moved out of the town
        code, _ = db.attempt(change.format("town = '泗村店镇'"), login, [own])
        assert code == "42501"


@pytest.mark.parametrize("table", [schema.VIOLATION_HISTORY, schema.MARKER_HISTORY], ids=lambda t: t.name)
def test_history_is_append_only_for_every_role(pg_module_db, table):
    db = pg_module_db
    uid = db.sql(f"SELECT {table.key} FROM {S}.{table.name} LIMIT 1")[0][0]
    for statement in (f"UPDATE {S}.{table.name} SET note = '改写' WHERE {table.key} = %s",
                      f"DELETE FROM {S}.{table.name} WHERE {table.key} = %s",
                      f"INSERT INTO {S}.{table.name} SELECT * FROM {S}.{table.name} WHERE {table.key} = %s "
                      f"ON CONFLICT (fid) DO UPDATE SET note = '改写'",
                      f"TRUNCATE {S}.{table.name} -- %s"):
        got = outcomes(db, statement, [uid])
        assert set(got.values()) == {"42501"}, (statement, got)
    # no group role holds the right, and a superuser (or the owner) is refused by the table's own trigger
    code, message = db.attempt(f"DELETE FROM {S}.{table.name} WHERE {table.key} = %s", "postgres", [uid])
    assert code == "42501" and "append-only" in message
    assert db.sql(f"SELECT count(*) FROM {S}.{table.name} WHERE note = '改写'") == [(0,)]


def test_the_public_ledger_masks_as_the_public_export_does(pg_db):
    db = pg_db
    extra = [("测试当事人赵六", "测试举报人王五", "13800001111",
              "测试举报人王五（电话13800001111，邮箱wangwu@example.com）举报测试当事人赵六在河道倾倒；另有０２２-２９３４５６７８"),
             ("李", "", "", "李庄村民反映，联系电话022-29345678，座机 0223-1234567")]
    for party, name, contact, text in extra:
        db.sql(f"INSERT INTO {S}.violations (discovered_at, source, category, severity, description, lead_department, "
               "responsible_party, reporter_name, reporter_contact, internal_notes) "
               "VALUES ('2026-11-30 10:00', 'public_report', 'stockyard', 'B', %s, 'env', %s, %s, %s, %s)",
               params=(text, party, name or None, contact or None, f"内部：{party}"))
    names = schema.VIOLATIONS.field_names
    # by fid: a random uuid may hold a digit run that masks like a phone number
    full = {r[0]: dict(zip(names, r[1:])) for r in db.sql(f"SELECT fid, {', '.join(names)} FROM {S}.violations")}
    public_names = [n for n in names if n not in schema.VIOLATIONS.private_fields]
    published = db.sql(f"SELECT fid, {', '.join(public_names)} FROM {S}.public_ledger", "public_web")
    assert len(published) == len(full) == 10
    for row in published:
        values = dict(zip(public_names, row[1:]))
        assert values == public_record(full[row[0]], schema.VIOLATIONS.private_fields)
    masked = {v["description"] for v in (dict(zip(public_names, r[1:])) for r in published)}
    assert any("赵六" not in d and "13800001111" not in d and "example.com" not in d and "＊＊＊" in d for d in masked)
    assert any(d.startswith("李庄村民") for d in masked)  # a one-character name masks nothing
    samples = [d for d in masked if "示例" in d or "公司" in d]
    assert samples  # the sample's descriptions that name the responsible party come out masked
    parties = [v["responsible_party"] for v in full.values() if v["responsible_party"]]
    assert len(parties) >= 4 and not any(p in d for p in parties if len(p) >= 2 for d in masked)


def test_a_renamed_town_keeps_its_cases_and_its_login_keeps_them(pg_db):
    """Streets and towns get renamed (镇 → 街道): the cases and the town's login follow the new name,
    each case changed as any change is (version + 1, in the audit log under the renaming login); a
    department that may not rename towns is refused, and nothing follows."""
    old, new, login = "杨村街道", "杨村街道（新）", "town_yangcun"
    cases = pg_db.sql(f"SELECT record_uid, row_version FROM {S}.violations WHERE town = %s ORDER BY 1", params=(old,))
    seen = pg_db.sql(f"SELECT record_uid FROM {S}.violations_shared ORDER BY 1", login)
    assert cases and seen == [(uid,) for uid, _ in cases]
    rename = f"UPDATE {S}.towns SET name = %s, {NEXT} WHERE name = %s"
    assert outcomes(pg_db, rename, [new, old], ("plan_zhao", "env_wang", login)) == \
        {"plan_zhao": "42501", "env_wang": "42501", login: "42501"}

    conn = pg_db.connect("admin_li")
    with conn, conn.cursor() as cur:
        cur.execute(rename, (new, old))
    conn.close()

    assert pg_db.sql(f"SELECT record_uid, row_version FROM {S}.violations WHERE town = %s ORDER BY 1",
                     params=(new,)) == [(uid, version + 1) for uid, version in cases]
    assert pg_db.sql(f"SELECT count(*) FROM {S}.violations WHERE town = %s", params=(old,)) == [(0,)]
    assert pg_db.sql(f"SELECT town FROM {S}.town_logins WHERE login = %s", params=(login,)) == [(new,)]
    assert pg_db.sql(f"SELECT record_uid FROM {S}.violations_shared ORDER BY 1", login) == seen
    own = seen[0][0]
    change = f"UPDATE {S}.violations_shared SET proposal = '改名后仍可办理', {NEXT} WHERE record_uid = %s"
    assert outcomes(pg_db, change, [own], (login,)) == {login: "ok"}  # rolled back
    logged = pg_db.sql(f"SELECT row_uid, changed_by, old_values ->> 'town', new_values ->> 'town' "
                       f"FROM {S}.audit_log WHERE table_name = 'violations' AND action = 'UPDATE' "
                       "AND changed_by <> 'root' ORDER BY row_uid, fid")
    assert logged == [(uid, "admin_li", old, new) for uid, _ in cases]
