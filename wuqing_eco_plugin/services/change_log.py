# SPDX-License-Identifier: GPL-2.0-or-later
"""A row's change log as people read it, and writing an earlier version back.

- :func:`timeline`: each version, newest first — who, when, with what, and which fields from what
  to what, under the schema's field names (Chinese with the zh_CN catalog) and with the code
  tables' labels instead of codes.
- :func:`conflict_rows`: a refused save field by field, each stored value with who changed it
  and when (``domain/conflicts.py`` decides which fields and the default choice).
- :func:`plan_restore`: the values that bring a row back to an earlier version. Only what people
  edit is written back: not identities, not values derived from the shape (areas, coordinates:
  they follow the restored shape), and not a case's status and step times, which only a status
  change moves (its history row would be missing). The restore is a new, logged change that must
  start from the version the log was read at (the conflict rule applies to it too).

This module knows every feature's tables (a composition root of ``test_architecture.py``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Optional, Sequence

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer, QgsWkbTypes

from ..domain.audit import (
    AUDIT_ACTIONS,
    DELETE,
    GEOMETRY_KEY,
    UPDATE,
    Entry,
    IncompleteHistoryError,
    last_change,
    restore_values,
    state_at,
)
from ..domain.conflicts import FieldConflict, field_conflicts
from ..domain.errors import WuqingError
from ..domain.ledger.cases import STEP_FIELDS
from ..domain.units import hectares
from ..layers.editing import attach_editing, editing_of
from ..layers.postgis.errors import describe_commit_errors
from ..layers.schema import VIOLATIONS, F, TableSpec
from ..toolbelt.i18n import QT_TR_NOOP, tr

GEOMETRY_LABEL = QT_TR_NOOP("Shape and position")
#: Fields only the ledger's status change writes (with its history row).
LIFECYCLE = {VIOLATIONS.name: {F.STATUS, *STEP_FIELDS.values()}}


class RestoreError(WuqingError):
    """An earlier version cannot be written back; the message says why."""


def shown_fields(table: TableSpec) -> list[str]:
    """What people edit: the fields that are not read-only, and the shape."""
    names = [f.name for f in table.fields if not f.read_only and not f.multi]
    return names + ([GEOMETRY_KEY] if table.geometry and not table.derived else [])


def restorable_fields(table: TableSpec) -> list[str]:
    return [n for n in shown_fields(table) if n not in LIFECYCLE.get(table.name, ())]


def field_label(table: TableSpec, key: str) -> str:
    if key == GEOMETRY_KEY:
        return tr(GEOMETRY_LABEL)
    return tr(table.field(key).alias) if key in table.field_index else key


def geometry_text(value: Optional[str]) -> str:
    if not value:
        return tr("(none)")
    geometry = QgsGeometry()
    geometry.fromWkb(bytes.fromhex(value))
    if geometry.type() == QgsWkbTypes.GeometryType.PointGeometry:
        point = geometry.asPoint()
        return tr("X (north) {x:.2f} m, Y (east) {y:.2f} m").format(x=point.y(), y=point.x())
    parts = len(geometry.asGeometryCollection()) if geometry.isMultipart() else 1
    return tr("{ha:.4f} ha in {parts} part(s), {n} vertices").format(
        ha=hectares(geometry.area()), parts=parts, n=sum(1 for _ in geometry.vertices()))


def value_text(table: TableSpec, key: str, value: Any, lang: str) -> str:
    """``value`` of ``key`` as a person reads it: labels for codes, yes/no, times to the minute."""
    if key == GEOMETRY_KEY:
        return geometry_text(value)
    if value is None or value == "":
        return tr("(empty)")
    spec = table.field_index.get(key)
    if spec is None:
        return str(value)
    if spec.codes is not None:
        codes = [c.strip() for c in str(value).split(",")] if spec.multi else [str(value)]
        return "、".join(spec.codes.label(c, lang) for c in codes if c)
    if spec.type == "bool":
        return tr("Yes") if value in (True, 1, "1", "true") else tr("No")
    if spec.type == "datetime" and isinstance(value, str):
        return value.replace("T", " ")[:16]
    if spec.type == "real" and isinstance(value, float):
        return f"{value:g}"
    return str(value)


def when_text(moment: Optional[dt.datetime]) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "?"


@dataclass(frozen=True)
class TimelineItem:
    entry: Entry
    title: str
    changes: tuple[tuple[str, str, str], ...]  # (field label, from, to)


def timeline(table: TableSpec, entries: Iterable[Entry], lang: str) -> list[TimelineItem]:
    """Every logged change of the row, newest first; a row changed before the log began ends with
    the version it had then (its values are the first logged change's old ones: it can be restored)."""
    entries = list(entries)
    out = []
    first = entries[0] if entries else None
    if first is not None and first.action == UPDATE and first.row_version and first.row_version > 1:
        before = Entry(first.order - 1, "", first.row_version - 1, "", None)
        out.append(TimelineItem(before, tr("version {n} · before the change log began").format(
            n=before.row_version), ()))
    for e in entries:
        version = tr("version {n}").format(n=e.row_version) if e.row_version is not None else ""
        title = " · ".join(p for p in (version, when_text(e.changed_at), e.changed_by,
                                       AUDIT_ACTIONS.label(e.action, lang), e.application) if p)
        changes = tuple((field_label(table, k), value_text(table, k, old, lang), value_text(table, k, new, lang))
                        for k, old, new in e.changes() if k in table.field_index or k == GEOMETRY_KEY)
        out.append(TimelineItem(e, title, changes))
    return list(reversed(out))


@dataclass(frozen=True)
class ConflictRow:
    conflict: FieldConflict
    label: str
    mine: str
    stored: str
    changed: str  # who changed the stored value and when, from the log


def conflict_rows(table: TableSpec, base: Mapping[str, Any], mine: Mapping[str, Any], stored: Mapping[str, Any],
                  entries: Sequence[Entry], lang: str, fields: Optional[Iterable[str]] = None) -> list[ConflictRow]:
    """The fields a refused save must decide, each with the values in words and who stored the other."""
    base_version = base.get(F.ROW_VERSION) or 0
    out = []
    for c in field_conflicts(base, mine, stored, fields if fields is not None else shown_fields(table)):
        who = last_change(entries, c.field, int(base_version))
        changed = tr("{who}, {when}").format(who=who.changed_by, when=when_text(who.changed_at)) if who else ""
        out.append(ConflictRow(c, field_label(table, c.field), value_text(table, c.field, c.mine, lang),
                               value_text(table, c.field, c.stored, lang), changed))
    return out


@dataclass(frozen=True)
class RestorePlan:
    version: int
    writes: dict[str, Any]
    kept: tuple[str, ...]  # labels of fields that differ but are not written back


def plan_restore(table: TableSpec, current: Mapping[str, Any], entries: Iterable[Entry], version: int,
                 lang: str = "zh") -> RestorePlan:
    """What writes ``version`` back over ``current`` (the row's values now, with its row_version)."""
    entries = list(entries)
    if any(e.action == DELETE for e in entries):
        raise RestoreError(tr("This record was deleted; it cannot be restored from here."))
    if current.get(F.ROW_VERSION) is not None and version >= int(current[F.ROW_VERSION]):
        raise RestoreError(tr("Version {n} is the current one: there is nothing to restore.").format(n=version))
    try:
        state = state_at(current, entries, version)
    except IncompleteHistoryError as exc:
        raise RestoreError(tr("The change log lacks version {missing} of this record (changed outside the plugin, "
                              "or before the log began): version {n} cannot be rebuilt.").format(
            missing=exc.missing, n=version)) from exc
    writes, kept = restore_values(current, state, restorable_fields(table))
    if not writes:
        raise RestoreError(tr("Version {n} differs from the current one only in fields that are not written back "
                              "({fields}).").format(n=version, fields="、".join(field_label(table, k) for k in kept)
                                                    or tr("none")))
    return RestorePlan(version, writes, tuple(field_label(table, k) for k in kept))


def restore_feature(layer: QgsVectorLayer, table: TableSpec, fid: int, plan: RestorePlan,
                    seen: QgsFeature) -> list[int]:
    """Write ``plan`` to feature ``fid`` of ``layer`` as a new change that starts from ``seen`` (the
    feature as the log was read at); the conflicting feature ids when someone changed it since (the
    layer then stays in its edit session with the restored values, for the conflict view)."""
    versions = (editing_of(layer) or attach_editing(layer, table)).versions
    if layer.isEditable() and layer.isModified():
        raise RestoreError(tr("{layer} has unsaved edits: save or discard them, then restore.").format(
            layer=layer.name()))
    if versions is None:
        raise RestoreError(tr("{layer} keeps no versions: nothing can be restored.").format(layer=layer.name()))
    seen_version, now = versions.version_of(seen), versions.version_of(versions.stored(fid))
    if now != seen_version:
        raise RestoreError(tr("The record was changed by someone else since its change log was read (version {now} "
                              "now, {seen} then): read the log again.").format(now=now, seen=seen_version))
    started = not layer.isEditable()
    if started and not layer.startEditing():
        raise RestoreError(tr("{layer} cannot be edited by this login.").format(layer=layer.name()))
    versions.expect(fid, seen)
    versions.put(fid, plan.writes)
    if layer.commitChanges(started):
        return []
    found = versions.conflicts()
    if found:
        return found
    errors = list(layer.commitErrors())
    layer.rollBack(started)
    raise RestoreError(describe_commit_errors(errors, table.name, "") or "\n".join(errors))
