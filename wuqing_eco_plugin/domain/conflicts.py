# SPDX-License-Identifier: GPL-2.0-or-later
"""A refused save (someone else changed the row since it was read), field by field.

Three versions of the row meet: ``base`` (what the user started from), ``mine`` (what the user
wants to save) and ``stored`` (what is stored now). A field is shown when the user's value and the
stored one differ and either side changed it; by default the user keeps what they changed and
takes what only the other changed. :func:`merged` gives the values to save on top of the stored
row, which is then saved with the stored version + 1.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Optional

from .audit import BOOKKEEPING, same

MINE, STORED = "mine", "stored"


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base: Any
    mine: Any
    stored: Any

    @property
    def mine_changed(self) -> bool:
        return not same(self.base, self.mine)

    @property
    def other_changed(self) -> bool:
        return not same(self.base, self.stored)

    @property
    def default(self) -> str:
        return MINE if self.mine_changed else STORED


def field_conflicts(base: Mapping[str, Any], mine: Mapping[str, Any], stored: Mapping[str, Any],
                    fields: Optional[Iterable[str]] = None) -> list[FieldConflict]:
    """The fields (of ``fields``, default every key of ``mine``) where the save and the stored row differ."""
    out = []
    for name in (fields if fields is not None else mine):
        if name in BOOKKEEPING or name not in stored:
            continue
        b, m, s = base.get(name), mine.get(name), stored.get(name)
        if not same(m, s) and (not same(b, m) or not same(b, s)):
            out.append(FieldConflict(name, b, m, s))
    return out


def my_changes(base: Mapping[str, Any], mine: Mapping[str, Any]) -> dict[str, Any]:
    """The fields the user changed."""
    return {k: v for k, v in mine.items() if k not in BOOKKEEPING and not same(base.get(k), v)}


def merged(conflicts: Iterable[FieldConflict], choices: Mapping[str, str],
           changes: Mapping[str, Any]) -> dict[str, Any]:
    """The values to save on top of the stored row: the user's where they chose theirs (by default
    on every field they changed), and the user's ``changes`` that meet no conflict."""
    out, shown = {}, set()
    for c in conflicts:
        shown.add(c.field)
        if choices.get(c.field, c.default) == MINE:
            out[c.field] = c.mine
    return out | {k: v for k, v in changes.items() if k not in shown}


def buffer_values(conflicts: Iterable[FieldConflict], choices: Mapping[str, str]) -> dict[str, Any]:
    """What to put into an edit buffer that holds the user's changes (on top of the stored row) so
    that it saves the choices: the stored value where the user changed a field but takes the
    stored one, the user's (the value they started from) where they keep it against another's change."""
    out = {}
    for c in conflicts:
        choice = choices.get(c.field, c.default)
        if choice == STORED and c.mine_changed:
            out[c.field] = c.stored
        elif choice == MINE and not c.mine_changed:
            out[c.field] = c.mine
    return out
