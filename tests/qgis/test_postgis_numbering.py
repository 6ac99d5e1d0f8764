# SPDX-License-Identifier: GPL-2.0-or-later
"""Record numbers by the database: WQ-<year of discovery in Beijing>-<seq>, unique and gap-free when
20 sessions insert cases at once, some of them rolling back."""
from __future__ import annotations

import random
import threading

import psycopg2

S = "wuqing_eco"
WRITERS = ("env_wang", "water_sun", "build_zhou", "plan_zhao", "forest_he", "admin_li", "town_yangcun")
INSERT = (f"INSERT INTO {S}.violations_shared (discovered_at, source, category, severity, description, "
          "lead_department, town) VALUES (%s, 'patrol', 'stockyard', 'B', %s, 'water', '杨村街道') RETURNING record_no")


def test_twenty_sessions_insert_cases_with_unique_gap_free_numbers(pg_db):
    sessions, rounds = 20, 6
    barrier = threading.Barrier(sessions)
    committed: list[str] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def session(i: int) -> None:
        rng = random.Random(i)
        try:
            conn = pg_db.connect(WRITERS[i % len(WRITERS)])
            # the session's own time zone does not move the year: the time is Beijing wall-clock time
            with conn.cursor() as cur:
                cur.execute("SET TimeZone = %s", (("UTC", "America/New_York", "Asia/Shanghai")[i % 3],))
            conn.commit()
            barrier.wait(timeout=60)
            for n in range(rounds):
                year = (2024, 2025)[(i + n) % 2]
                with conn.cursor() as cur:
                    cur.execute(INSERT, (f"{year}-06-01 08:{i:02d}", f"并发登记 {i}-{n}"))
                    number = cur.fetchone()[0]
                if rng.random() < 0.25:
                    conn.rollback()  # gives its number back
                else:
                    conn.commit()
                    with lock:
                        committed.append(number)
            conn.close()
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            failures.append(exc)

    threads = [threading.Thread(target=session, args=(i,)) for i in range(sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not failures, failures[:3]
    assert len(committed) == len(set(committed)) > sessions * rounds // 2
    stored = [r[0] for r in pg_db.sql(f"SELECT record_no FROM {S}.violations WHERE record_no LIKE 'WQ-202_-%' "
                                      "AND record_no NOT LIKE 'WQ-2026-%'")]
    assert sorted(stored) == sorted(committed)
    for year in (2024, 2025):
        mine = sorted(int(n[-4:]) for n in stored if n.startswith(f"WQ-{year}-"))
        assert mine == list(range(1, len(mine) + 1)), year  # no gap, no duplicate


def test_the_year_is_the_year_of_discovery_in_beijing(pg_db):
    conn = pg_db.connect("env_wang")
    with conn.cursor() as cur:
        cur.execute("SET TimeZone = 'UTC'")  # 2025-12-31 23:30 in Beijing is 15:30 UTC: still 2025
        for when in ("2025-12-31 23:30", "2026-01-01 00:10"):
            cur.execute(INSERT, (when, "跨年"))
        cur.execute(f"SELECT discovered_at::text, record_no FROM {S}.violations WHERE description = '跨年' ORDER BY 1")
        assert cur.fetchall() == [("2025-12-31 23:30:00", "WQ-2025-0001"), ("2026-01-01 00:10:00", "WQ-2026-0009")]
    conn.rollback()
    conn.close()


def test_a_number_not_handed_out_by_the_database_is_refused(pg_db):
    statement = (f"INSERT INTO {S}.violations_shared (record_no, discovered_at, source, category, severity, "
                 "description, lead_department) VALUES (%s, '2026-11-30 10:00', 'patrol', 'stockyard', 'B', 'x', "
                 "'water')")
    code, message = pg_db.attempt(statement, "water_sun", ["WQ-2026-0100"])
    assert code == "42501" and "not handed out" in message
    assert pg_db.attempt(statement, "water_sun", ["WQ-2026-0003"])[0] == "23505"  # handed out, and taken
    assert pg_db.attempt(statement, "admin_li", ["WQ-2026-0100"])[0] is None  # a migrating administrator
    try:
        pg_db.sql(f"SELECT {S}.next_record_no(2026)", "viewer_qian")
        raise AssertionError("a viewer took a record number")
    except psycopg2.Error as exc:
        assert exc.pgcode == "42501"
