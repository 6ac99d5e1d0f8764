# SPDX-License-Identifier: GPL-2.0-or-later
"""Ask the user to resolve a conflict: the one way every save of the plugin shows the conflict view.

:func:`ask_choices` builds the rows from the three versions of the record and the change log and
shows :class:`~.conflict_dialog.ConflictDialog`; :func:`resolve_layer` does it for each refused
feature of a QGIS layer and saves again with the user's choices in the edit buffer.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Optional, Sequence

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtWidgets import QDialog, QWidget

from ...domain.audit import Entry
from ...domain.conflicts import buffer_values
from ...layers.audit_read import row_log_for_layer
from ...layers.editing import editing_of
from ...layers.postgis.errors import PostgisError
from ...layers.schema import ROW_VERSION, TableSpec
from ...services.change_log import conflict_rows, when_text
from ...toolbelt.i18n import tr, ui_language
from .conflict_dialog import ConflictDialog


def ask(dialog: QDialog) -> bool:
    """Show a dialog modally; True when accepted (tests replace this to answer it)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def record_label(table: TableSpec, values: Mapping[str, Any]) -> str:
    display = (table.display or "").strip('"')
    return str(values.get(display) or values.get(table.audit_key or "") or "?")


def ask_choices(parent: Optional[QWidget], table: TableSpec, base: Mapping[str, Any], mine: Mapping[str, Any],
                stored: Mapping[str, Any], entries: Sequence[Entry], fields: Optional[Iterable[str]] = None
                ) -> Optional[tuple[list, dict[str, str]]]:
    """(the conflicts, the user's choice per field) or None when the user cancelled."""
    lang = ui_language()
    rows = conflict_rows(table, base, mine, stored, entries, lang, fields)
    later = [e for e in entries if e.row_version is not None and e.row_version > int(base.get(ROW_VERSION) or 0)]
    by = "、".join(dict.fromkeys(e.changed_by for e in later)) or tr("someone else")
    when = when_text(later[-1].changed_at) if later else "?"
    message = tr("{table} “{label}” was saved by {who} ({when}, now version {version}) after you began to change it. "
                 "Choose, field by field, your value or the stored one, then save again.").format(
        table=tr(table.title), label=record_label(table, stored or mine), who=by, when=when,
        version=stored.get(ROW_VERSION, "?"))
    dialog = ConflictDialog(tr("Someone else changed this record"), message, rows, parent)
    if not ask(dialog):
        return None
    return [r.conflict for r in rows], dialog.choices()


def layer_entries(layer: QgsVectorLayer, table: TableSpec, uid: Optional[str]) -> list[Entry]:
    log = row_log_for_layer(layer)
    if log is None or not uid:
        return []
    try:
        return log.entries(table, uid)
    except (PostgisError, RuntimeError):
        return []  # the view still works without who and when


def resolve_layer(parent: Optional[QWidget], layer: QgsVectorLayer, fids: Sequence[int]) -> Optional[bool]:
    """Show the conflict view for each refused feature of ``layer``, put the choices into its edit
    buffer and save again: True when saved, False when refused again (the view comes back), None
    when the user cancelled (the edit session keeps everything)."""
    editing = editing_of(layer)
    if editing is None or editing.versions is None:
        return None
    versions, table = editing.versions, editing.table
    for fid in fids:
        base, mine, stored, _ = versions.sides(fid)
        answer = ask_choices(parent, table, base, mine, stored,
                             layer_entries(layer, table, stored.get(table.audit_key or "")))
        if answer is None:
            return None
        conflicts, choices = answer
        versions.resolve(fid, buffer_values(conflicts, choices))
    return layer.commitChanges()
