# SPDX-License-Identifier: GPL-2.0-or-later
"""The audit trail and conflicts as data: changed values, a row at an earlier version, merging."""
from __future__ import annotations

import datetime as dt

import pytest

from wuqing_eco_plugin.domain.audit import (
    DELETE,
    INSERT,
    UPDATE,
    Entry,
    IncompleteHistoryError,
    changed_values,
    json_value,
    last_change,
    restore_values,
    same,
    state_at,
)
from wuqing_eco_plugin.domain.conflicts import MINE, STORED, buffer_values, field_conflicts, merged, my_changes

T0 = dt.datetime(2026, 11, 30, 9, 0)


def test_values_are_kept_as_postgresql_writes_them():
    assert json_value(dt.datetime(2026, 1, 2, 3, 4, 5, 600)) == "2026-01-02T03:04:05"
    assert json_value(dt.date(2026, 1, 2)) == "2026-01-02"
    assert json_value(b"\x01\x02") == "0102"
    assert same(dt.date(2026, 1, 2), "2026-01-02") and same(3, 3.0) and same(0.1 + 0.2, 0.3)
    assert not same(True, 1.0000001) and not same(None, "") and not same("a", "b")


def test_only_changed_values_are_kept():
    old = {"a": 1, "b": "x", "c": None, "d": dt.date(2026, 1, 1)}
    new = {"a": 1, "b": "y", "c": None, "d": "2026-01-01", "e": 5}
    assert changed_values(old, new) == ({"b": "x", "e": None}, {"b": "y", "e": 5})


def _entry(order, action, version, old=None, new=None, who="a", at=T0):
    return Entry(order, action, version, who, at, "psql", old or {}, new or {})


LOG = [
    _entry(1, INSERT, 1, new={"name": "甲", "notes": None, "row_version": 1, "geom": "aa"}),
    _entry(2, UPDATE, 2, {"name": "甲", "row_version": 1}, {"name": "乙", "row_version": 2}, who="b"),
    _entry(3, UPDATE, 3, {"notes": None, "geom": "aa", "row_version": 2}, {"notes": "注", "geom": "bb",
                                                                             "row_version": 3}, who="c"),
    _entry(4, UPDATE, 4, {"name": "乙", "row_version": 3}, {"name": "丙", "row_version": 4}, who="d"),
]
NOW = {"name": "丙", "notes": "注", "geom": "bb", "row_version": 4, "updated_at": "2026-11-30T10:00:00"}


def test_a_row_at_an_earlier_version_undoes_the_later_changes():
    assert state_at(NOW, LOG, 3)["name"] == "乙"
    assert {k: state_at(NOW, LOG, 1)[k] for k in ("name", "notes", "geom")} == {"name": "甲", "notes": None,
                                                                                "geom": "aa"}
    assert state_at(NOW, LOG, 1)["row_version"] == 4  # restoring writes a new version
    with pytest.raises(IncompleteHistoryError) as err:
        state_at(NOW, [e for e in LOG if e.row_version != 3], 1)
    assert err.value.missing == 3


def test_last_change_says_who_stored_a_field():
    assert last_change(LOG, "name", 1).changed_by == "d"
    assert last_change(LOG, "notes", 1).changed_by == "c"
    assert last_change(LOG, "notes", 3) is None


def test_restore_writes_only_what_may_be_restored():
    state = state_at(NOW, LOG, 1)
    writes, kept = restore_values(NOW, state, ["name", "notes"])
    assert writes == {"name": "甲", "notes": None} and kept == ["geom"]


def test_entry_changes_show_inserts_and_deletes_as_one_side():
    assert ("name", None, "甲") in LOG[0].changes()
    assert all(k != "row_version" for k, _, _ in LOG[2].changes())
    assert [k for k, _, _ in LOG[2].changes()][-1] == "geom"
    gone = _entry(5, DELETE, 4, {"name": "丙"})
    assert gone.changes() == [("name", "丙", None)]


def test_conflicting_fields_and_their_defaults():
    base = {"name": "甲", "notes": "旧", "status": "registered", "proposal": None, "row_version": 3}
    mine = dict(base, notes="我的备注", proposal="我的建议")
    stored = dict(base, notes="他的备注", status="verified", row_version=4)
    found = {c.field: c for c in field_conflicts(base, mine, stored)}
    assert set(found) == {"notes", "status", "proposal"}  # name is the same everywhere
    assert found["notes"].default == MINE and found["status"].default == STORED
    assert found["proposal"].mine_changed and not found["proposal"].other_changed
    conflicts = list(found.values())
    changes = my_changes(base, mine)
    assert merged(conflicts, {}, changes) == {"notes": "我的备注", "proposal": "我的建议"}
    assert merged(conflicts, {"notes": STORED, "status": MINE}, changes) == {"status": "registered",
                                                                              "proposal": "我的建议"}
    # an edit buffer holds the user's changes on top of the stored row
    assert buffer_values(conflicts, {}) == {}
    assert buffer_values(conflicts, {"notes": STORED, "status": MINE}) == {"notes": "他的备注",
                                                                            "status": "registered"}
