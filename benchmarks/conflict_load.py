# SPDX-License-Identifier: GPL-2.0-or-later
"""Many editors, the same few cases, many rounds: what the version rule and the audit log promise.

Ten editors, each a login of a department role in a session of its own (a thread with its own
connection), change the handling proposal of the same three cases round after round. In a round
every editor reads a case (its proposal and ``row_version``), all wait for each other, then all
write at once, each saying which version it changes (``row_version = seen + 1``), as QGIS and the
plugin do. Shared by ``tests/qgis/test_conflict_load.py`` (which checks every promise) and
``benchmarks/bench_conflicts.py`` (which times it).
"""
from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

import psycopg2

S = "wuqing_eco"
TOWN = "杨村街道"
#: (login, ROLE of grant_access): ten editors of five department roles, the town's included.
EDITORS = (("admin_li", "admin"), ("env_wang", "env"), ("env_zhang", "env"), ("water_sun", "water"),
           ("water_qian", "water"), ("build_zhou", "construction"), ("forest_he", "forestry"),
           ("plan_zhao", "planning"), ("agri_xu", "agriculture"), ("town_yangcun", "town"))
#: Every editor's department is involved in the load's cases, which lie in the editors' town.
INVOLVED = "construction,forestry,planning,agriculture,env,town"
FULL_READERS = ("admin", "env")


@dataclass(frozen=True)
class Change:
    login: str
    case: str
    version: int  # the version the change made
    proposal: str


@dataclass
class LoadResult:
    accepted: list[Change] = field(default_factory=list)
    refused: list[tuple[str, str, str]] = field(default_factory=list)  # (login, SQLSTATE, rule)
    unexpected: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def attempts(self) -> int:
        return len(self.accepted) + len(self.refused) + len(self.unexpected)


def make_logins(sql: Callable[[str], list], grant: Callable[[str, str, str | None], object]) -> None:
    """The editors' logins (created when missing: roles are the cluster's) and their roles."""
    for login, role in EDITORS:
        if not sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{login}'"):
            sql(f"CREATE ROLE {login} LOGIN")
        grant(login, role, TOWN if role == "town" else None)


def make_cases(connect_admin: Callable[[], object], n: int = 3) -> list[str]:
    """``n`` cases of the editors' town that every editor may change (record uids)."""
    conn = connect_admin()
    try:
        with conn.cursor() as cur:
            uids = []
            for i in range(n):
                cur.execute(f"INSERT INTO {S}.violations (discovered_at, source, category, severity, description, "
                            "lead_department, other_departments, town) VALUES ('2026-11-30 09:00', 'patrol', "
                            "'stockyard', 'B', %s, 'water', %s, %s) RETURNING record_uid",
                            (f"并发编辑测试案件 {i + 1}", INVOLVED, TOWN))
                uids.append(cur.fetchone()[0])
        conn.commit()
        return uids
    finally:
        conn.close()


def run_load(connect: Callable[[str], object], cases: list[str], rounds: int, seed: int = 14) -> LoadResult:
    """Every editor, every round: read a case, wait for the others, write it; what each write got."""
    result = LoadResult()
    lock = threading.Lock()
    barrier = threading.Barrier(len(EDITORS))
    conns = {login: connect(login) for login, _ in EDITORS}
    for conn in conns.values():
        conn.autocommit = True

    def editor(login: str, role: str) -> None:
        rng = random.Random(f"{seed}-{login}")
        relation = "violations" if role in FULL_READERS else "violations_shared"
        with conns[login].cursor() as cur:
            for r in range(rounds):
                case = rng.choice(cases)
                cur.execute(f"SELECT row_version FROM {S}.{relation} WHERE record_uid = %s", (case,))
                seen = cur.fetchone()[0]
                proposal = f"{login} 第{r + 1}轮的处理建议"
                barrier.wait(timeout=120)
                try:
                    cur.execute(f"UPDATE {S}.{relation} SET proposal = %s, row_version = %s WHERE record_uid = %s",
                                (proposal, seen + 1, case))
                    outcome = ("ok", Change(login, case, seen + 1, proposal)) if cur.rowcount == 1 else \
                        ("unexpected", f"{login}: {cur.rowcount} rows")
                except psycopg2.Error as exc:
                    outcome = ("refused", (login, exc.pgcode, exc.diag.constraint_name or "")) \
                        if exc.pgcode == "40001" else ("unexpected", f"{login}: {exc.pgcode} {exc}")
                with lock:
                    {"ok": result.accepted, "refused": result.refused,
                     "unexpected": result.unexpected}[outcome[0]].append(outcome[1])

    threads = [threading.Thread(target=editor, args=editor_login) for editor_login in EDITORS]
    start = time.perf_counter()
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        result.seconds = time.perf_counter() - start
        for conn in conns.values():
            conn.close()
    return result


def audit_changes(sql: Callable[[str, tuple], list], cases: list[str]) -> dict[str, list[tuple]]:
    """Per case, its logged UPDATEs in the order the database wrote them: (version, login, proposal)."""
    out = {}
    for case in cases:
        out[case] = [tuple(r) for r in sql(
            f"SELECT row_version, changed_by, new_values ->> 'proposal' FROM {S}.audit_log "
            "WHERE table_name = 'violations' AND row_uid = %s AND action = 'UPDATE' ORDER BY fid", (case,))]
    return out
