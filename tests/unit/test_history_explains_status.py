# SPDX-License-Identifier: GPL-2.0-or-later
"""A record's status must be where its history leads; the reports flag every record where it is not."""
from __future__ import annotations

import datetime as dt

import pytest

from wuqing_eco_plugin.domain.ledger.rows import case_row
from wuqing_eco_plugin.domain.ledger.stats import HISTORY_PROBLEMS, Step, history_problem, unexplained

T = dt.datetime(2026, 3, 1, 9)


def steps(*pairs):
    return [Step(T + dt.timedelta(hours=i), a, b) for i, (a, b) in enumerate(pairs)]


FULL = steps((None, "registered"), ("registered", "verified"), ("verified", "notified"), ("notified", "proposed"),
             ("proposed", "closed"))


@pytest.mark.parametrize("status, history, problem", [
    ("closed", FULL, None),
    ("registered", steps((None, "registered")), None),
    ("closed", [], "no_history"),
    ("closed", steps((None, "registered"), ("registered", "closed")), "step_not_allowed"),
    ("verified", steps((None, "registered"), ("notified", "verified")), "broken"),
    ("closed", steps((None, "registered"), ("registered", "verified")), "ends_elsewhere"),
    ("foo", steps((None, "registered")), "ends_elsewhere"),
])
def test_history_problem(status, history, problem):
    assert history_problem(status, history) == problem
    assert problem is None or problem in HISTORY_PROBLEMS


def test_steps_recorded_at_the_same_moment_are_taken_in_their_chain_order():
    same = [Step(T, "registered", "dismissed"), Step(T, None, "registered")]
    assert history_problem("dismissed", same) is None


def test_unexplained_lists_the_records_and_why():
    rows = [case_row({"record_uid": "a", "record_no": "WQ-2026-0001", "status": "closed"}),
            case_row({"record_uid": "b", "record_no": "WQ-2026-0002", "status": "registered"})]
    found = unexplained(rows, {"b": steps((None, "registered"))})
    assert [(r.record_no, why) for r, why in found] == [("WQ-2026-0001", "no_history")]
