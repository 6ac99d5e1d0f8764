# SPDX-License-Identifier: GPL-2.0-or-later
"""The case lifecycle: every allowed transition, every refused one, what each step writes."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from wuqing_eco_plugin.domain.ledger.cases import CASE_STATUSES, TRANSITIONS
from wuqing_eco_plugin.domain.ledger.lifecycle import (
    STEP_FIELDS,
    TRANSITION_PROBLEMS,
    TransitionError,
    next_statuses,
    plan_transition,
    registration,
    transition_problems,
)

NOW = dt.datetime(2026, 11, 29, 12, 0)
AT = dt.datetime(2026, 11, 20, 9, 0)
STATUSES = CASE_STATUSES.codes()
ALLOWED = [(a, b) for a, targets in TRANSITIONS.items() for b in targets]
REFUSED = [(a, b) for a, b in itertools.product(STATUSES, STATUSES) if (a, b) not in ALLOWED]


def _record(status, **extra):
    return {"record_uid": "u1", "status": status, "discovered_at": dt.datetime(2026, 11, 1, 8, 0),
            "created_at": dt.datetime(2026, 11, 1, 10, 0), "deadline": dt.date(2026, 12, 31),
            "proposal": "责令限期拆除", **extra}


def _kwargs(new):
    return {"note": "理由：经核查" if new in ("dismissed", "referred_police") else ""}


@pytest.mark.parametrize("old, new", ALLOWED)
def test_every_allowed_transition(old, new):
    change = plan_transition(_record(old), new, "核查员", AT, NOW, **_kwargs(new))
    assert change.from_status == old and change.to_status == new and change.updates["status"] == new
    if new in STEP_FIELDS:
        assert change.updates[STEP_FIELDS[new]] == AT
    row = change.history_row("h1")
    assert row == {"history_uid": "h1", "record_uid": "u1", "changed_at": AT, "changed_by": "核查员",
                   "from_status": old, "to_status": new, "note": _kwargs(new)["note"] or None,
                   "entry_kind": "status", "departments": None}


@pytest.mark.parametrize("old, new", REFUSED)
def test_every_refused_transition(old, new):
    with pytest.raises(TransitionError) as err:
        plan_transition(_record(old), new, "核查员", AT, NOW, **_kwargs(new))
    assert "not_allowed" in err.value.problems


def test_counts_of_the_matrix():
    # 9 statuses: 81 pairs; the table's 15 arrows are the only allowed ones.
    assert len(ALLOWED) == 15 and len(REFUSED) == 81 - 15


def test_next_statuses_follow_the_table():
    for status in STATUSES:
        assert set(next_statuses(status)) == set(TRANSITIONS[status])
    assert next_statuses("closed") == () and next_statuses("dismissed") == ()


def test_rectification_needs_a_deadline_not_in_the_past():
    rec = _record("proposed", deadline=None)
    assert transition_problems(rec, "rectifying", "x", AT, NOW) == ("needs_deadline",)
    assert transition_problems(rec, "rectifying", "x", AT, NOW, deadline=dt.date(2026, 11, 19)) == ("deadline_passed",)
    change = plan_transition(rec, "rectifying", "x", AT, NOW, deadline=dt.date(2026, 12, 20))
    assert change.updates["deadline"] == dt.date(2026, 12, 20) and change.updates["rectifying_at"] == AT


def test_proposal_dismissal_and_police_say_what_and_why():
    assert transition_problems(_record("notified", proposal=None), "proposed", "x", AT, NOW) == ("needs_proposal",)
    change = plan_transition(_record("notified", proposal=None), "proposed", "x", AT, NOW, proposal=" 责令整改 ")
    assert change.updates["proposal"] == "责令整改"
    assert transition_problems(_record("registered"), "dismissed", "x", AT, NOW) == ("needs_note",)
    assert transition_problems(_record("verified"), "referred_police", "x", AT, NOW) == ("needs_note",)


def test_dismissal_ends_the_case_at_closed_at():
    change = plan_transition(_record("registered"), "dismissed", "x", AT, NOW, note="位于批准用地内")
    assert change.updates["closed_at"] == AT


def test_times_and_actor():
    rec = _record("verified", verified_at=dt.datetime(2026, 11, 21, 9, 0))
    assert transition_problems(rec, "notified", "x", AT, NOW) == ("before_previous",)
    assert transition_problems(rec, "notified", "x", NOW + dt.timedelta(minutes=1), NOW) == ("in_future",)
    assert transition_problems(rec, "notified", "  ", NOW, NOW) == ("no_actor",)
    assert transition_problems(_record("registered"), "verified", "x", dt.datetime(2026, 10, 1), NOW) \
        == ("before_previous",)


def test_failed_reinspection_goes_back_and_keeps_the_history_growing():
    rec = _record("reinspected", rectifying_at=dt.datetime(2026, 11, 2), reinspected_at=dt.datetime(2026, 11, 10))
    change = plan_transition(rec, "rectifying", "x", AT, NOW, note="复查仍有渗漏", deadline=dt.date(2026, 12, 31))
    assert change.updates["rectifying_at"] == AT and change.from_status == "reinspected"


def test_registration_row():
    row = registration("u9", "巡查员", AT).history_row("h9")
    assert row["from_status"] is None and row["to_status"] == "registered" and row["changed_by"] == "巡查员"


def test_problem_labels():
    for p in TRANSITION_PROBLEMS:
        assert p.zh and p.en
