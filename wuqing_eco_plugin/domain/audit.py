# SPDX-License-Identifier: GPL-2.0-or-later
"""The audit trail as data: what one change did, a row's versions, and a row as it was at a version.

Both stores write the same shape (``audit_log``): per INSERT, UPDATE or DELETE of a row, who, when,
with which application, the row's version after the change, and the values as JSON — for an
INSERT the whole new row, for a DELETE the whole old row, for an UPDATE the fields that changed,
old and new. Times are Beijing wall-clock times as ISO text, dates ISO text, the geometry (key
:data:`GEOMETRY_KEY`) its WKB as hex: exact, so a restored shape is the shape that was stored.

A row as it was at version *k* is its current values with every later UPDATE undone, newest
first; that needs every version after *k* in the log (:class:`IncompleteHistoryError` otherwise).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional, Sequence

from .codes import Code, CodeTable
from .errors import WuqingError

INSERT, UPDATE, DELETE = "INSERT", "UPDATE", "DELETE"
AUDIT_ACTIONS: CodeTable[Code] = CodeTable(
    "audit_action",
    (Code(INSERT, "新增", "Added"), Code(UPDATE, "修改", "Changed"), Code(DELETE, "删除", "Deleted")),
)
#: The key of the geometry among the values (hex WKB); never a field name of the schema.
GEOMETRY_KEY = "geom"
#: Values the log keeps but a reader does not need to be shown: the version itself, the edit time.
BOOKKEEPING = ("row_version", "updated_at")


def json_value(value: Any) -> Any:
    """``value`` as the log stores it (the JSON PostgreSQL's ``to_jsonb`` makes of the column)."""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, float) and value.is_integer():
        return value  # 3.0 stays a float: JSON's 3.0 and 3 compare equal anyway
    return value


def same(a: Any, b: Any) -> bool:
    """Two values equal as the log sees them (a datetime and its ISO text are the same value)."""
    a, b = json_value(a), json_value(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    return a == b


def changed_values(old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[dict, dict]:
    """(old, new) of the keys whose values differ, as the log stores them."""
    keys = [k for k in new if k in old and not same(old[k], new[k])] + [k for k in new if k not in old]
    return {k: json_value(old.get(k)) for k in keys}, {k: json_value(new[k]) for k in keys}


@dataclass(frozen=True)
class Entry:
    """One row of the audit log. ``order`` sorts entries as the store wrote them."""

    order: int
    action: str
    row_version: Optional[int]
    changed_by: str
    changed_at: Optional[dt.datetime]
    application: str = ""
    old: Mapping[str, Any] = field(default_factory=dict)
    new: Mapping[str, Any] = field(default_factory=dict)

    def changes(self, hidden: Sequence[str] = BOOKKEEPING) -> list[tuple[str, Any, Any]]:
        """(field, old value, new value) of what the change did, geometry last; ``hidden`` left out.
        An INSERT shows its values as new, a DELETE its values as old."""
        keys = [k for k in (*self.old, *(k for k in self.new if k not in self.old)) if k not in hidden]
        keys.sort(key=lambda k: k == GEOMETRY_KEY)
        if self.action == INSERT:
            return [(k, None, self.new.get(k)) for k in keys if self.new.get(k) is not None]
        if self.action == DELETE:
            return [(k, self.old.get(k), None) for k in keys if self.old.get(k) is not None]
        return [(k, self.old.get(k), self.new.get(k)) for k in keys]


def ordered(entries: Iterable[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: e.order)


class IncompleteHistoryError(WuqingError):
    """The log lacks a version between the one asked for and the current one."""

    def __init__(self, missing: int):
        super().__init__(f"version {missing} is not in the audit log")
        self.missing = missing


def state_at(current: Mapping[str, Any], entries: Iterable[Entry], version: int) -> dict[str, Any]:
    """The row's values at ``version``, from its ``current`` values (which carry ``row_version``)."""
    state = {k: json_value(v) for k, v in current.items()}
    now = int(current["row_version"])
    later = {e.row_version: e for e in ordered(entries) if e.action == UPDATE and e.row_version is not None
             and version < e.row_version <= now}
    for v in range(now, version, -1):
        entry = later.get(v)
        if entry is None:
            raise IncompleteHistoryError(v)
        state.update({k: value for k, value in entry.old.items()})
    state["row_version"] = now
    return state


def last_change(entries: Iterable[Entry], key: str, after_version: int) -> Optional[Entry]:
    """The latest entry after ``after_version`` that changed ``key`` (who and when for a conflict)."""
    found = [e for e in ordered(entries) if e.row_version is not None and e.row_version > after_version
             and key in e.new and e.action != DELETE]
    return found[-1] if found else None


def restore_values(current: Mapping[str, Any], state: Mapping[str, Any], restorable: Iterable[str]
                   ) -> tuple[dict[str, Any], list[str]]:
    """(values to write to bring ``current`` back to ``state``, keys that differ but are not
    ``restorable`` and stay as they are)."""
    writes, kept = {}, []
    allowed = set(restorable)
    for key, value in state.items():
        if key in BOOKKEEPING or key not in current or same(current[key], value):
            continue
        if key in allowed:
            writes[key] = value
        else:
            kept.append(key)
    return writes, kept
