# SPDX-License-Identifier: GPL-2.0-or-later
"""Concurrent editing of the shared database: ten editors, the same three cases, many rounds.

Run with `make bench` (or `.venv/bin/python benchmarks/bench_conflicts.py --rounds 300`). Starts a
throwaway PostgreSQL cluster of its own (stopped at the end), creates the plugin's schema, the
editors' logins and three cases, and runs ``benchmarks/conflict_load.py``: how many saves were
accepted and refused, the writes per second, and the machine's load while it ran (``uptime``).
The same run checks what the test checks, so a number printed here is a number of a correct run.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "qgis"))


def load_average() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip().split("load average:")[-1].strip()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--cases", type=int, default=3)
    args = parser.parse_args()

    from pg_cluster import Cluster, PgDatabase

    from benchmarks.conflict_load import EDITORS, TOWN, S, audit_changes, make_cases, make_logins, run_load
    from wuqing_eco_plugin.layers.postgis.access import grant_access
    from wuqing_eco_plugin.layers.postgis.create import create_postgis

    cluster = Cluster().start()
    try:
        dsn = cluster.new_database("wq_bench")
        db = PgDatabase(cluster, "wq_bench")
        create_postgis(dsn)
        db.sql(f"INSERT INTO {S}.towns (name, code, kind, data_status) VALUES (%s, '120114001', 'street', "
               "'illustrative')", params=(TOWN,))
        make_logins(lambda sql: db.sql(sql), lambda login, role, town: grant_access(dsn, login, role, town))
        cases = make_cases(lambda: db.connect("admin_li"), args.cases)
        before = load_average()
        result = run_load(db.connect, cases, args.rounds)
        after = load_average()
        logged = audit_changes(lambda sql, params: db.sql(sql, params=params), cases)
        ok = (not result.unexpected and {code for _, code, _ in result.refused} <= {"40001"}
              and max(Counter((c.case, c.version) for c in result.accepted).values()) == 1
              and sum(len(v) for v in logged.values()) == len(result.accepted))
        attempts = result.attempts
        print(f"{len(EDITORS)} editors × {args.rounds} rounds on {args.cases} cases ({os.cpu_count()} cores): "
              f"{attempts} saves, {len(result.accepted)} accepted, {len(result.refused)} refused as 40001 conflicts, "
              f"{len(result.unexpected)} other errors; {result.seconds:.2f} s, "
              f"{attempts / result.seconds:.0f} saves/s, "
              f"{len(result.accepted) / result.seconds:.0f} accepted/s; load average before {before}, after {after}; "
              f"every promise kept: {ok}")
        return 0 if ok else 1
    finally:
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
