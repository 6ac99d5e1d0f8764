# SPDX-License-Identifier: GPL-2.0-or-later
"""Ten editors of five department roles change the same three cases in 30 rounds, all at once
(``benchmarks/conflict_load.py``): no lost update, no version given twice, every refusal a 40001
conflict, every accepted change in the audit log in version order, the rows as the last change
left them. Its speed is measured by ``benchmarks/bench_conflicts.py``, not here."""
from __future__ import annotations

from collections import Counter

from benchmarks.conflict_load import EDITORS, audit_changes, make_cases, make_logins, run_load
from wuqing_eco_plugin.layers.postgis.access import grant_access

S = "wuqing_eco"
ROUNDS = 30


def test_concurrent_editors_lose_nothing_and_conflict_loudly(pg_db):
    make_logins(lambda sql: pg_db.sql(sql), lambda login, role, town: grant_access(pg_db.dsn(), login, role, town))
    cases = make_cases(lambda: pg_db.connect("admin_li"))
    result = run_load(pg_db.connect, cases, ROUNDS)
    assert result.unexpected == []
    assert result.attempts == len(EDITORS) * ROUNDS
    assert {(code, rule) for _, code, rule in result.refused} == {("40001", "wq_row_version")}
    assert len(result.refused) > len(EDITORS) * ROUNDS / 3  # the editors really met each other
    versions = Counter((c.case, c.version) for c in result.accepted)
    assert max(versions.values()) == 1  # no two editors succeeded on the same version
    assert len({c.login for c in result.accepted}) == len(EDITORS)  # every role got changes through
    logged = audit_changes(lambda sql, params: pg_db.sql(sql, params=params), cases)
    for case in cases:
        mine = sorted((c.version, c.login, c.proposal) for c in result.accepted if c.case == case)
        assert logged[case] == mine  # every accepted change, in version order, by its login
        assert [v for v, _, _ in logged[case]] == list(range(2, 2 + len(mine)))  # no gap, no repeat
        stored = pg_db.sql(f"SELECT proposal, row_version FROM {S}.violations WHERE record_uid = %s", params=(case,))
        assert stored == [(mine[-1][2], mine[-1][0])]  # the row is the last accepted change
