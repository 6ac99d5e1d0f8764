# SPDX-License-Identifier: GPL-2.0-or-later
"""Moving a marker with the survey tool when someone else saved it meanwhile.

The move starts from the marker as stored when the user began to drag it (``seen``): while the
confirmation is open, another user may move or edit it. The database then refuses the move as a
conflict; the conflict view shows the position the user wants beside the stored one (and who put
it there), and the user's choice is saved — their move again, from the stored version, or the
stored position as it is.
"""
from __future__ import annotations

from typing import Callable, Optional

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtWidgets import QWidget

from ...domain.audit import GEOMETRY_KEY
from ...domain.conflicts import MINE
from ...layers.audit import feature_values, geometry_hex
from ...layers.editing import editing_of
from ...layers.schema import MARKERS
from ..versions.resolve import ask_choices, layer_entries


def expect_seen(markers: QgsVectorLayer, fid: int) -> Optional[QgsFeature]:
    """The marker as stored now; the next move of it is saved only when nobody saved it since."""
    editing = editing_of(markers)
    if editing is None or editing.versions is None:
        return None
    seen = editing.versions.stored(fid)
    if seen is not None:
        editing.versions.expect(fid, seen)
    return seen


def forget_seen(markers: QgsVectorLayer, fid: int) -> None:
    editing = editing_of(markers)
    if editing is not None and editing.versions is not None and not markers.isEditable():
        editing.versions.base.pop(fid, None)


def was_changed(markers: QgsVectorLayer, fid: int, seen: Optional[QgsFeature]) -> bool:
    editing = editing_of(markers)
    if seen is None or editing is None or editing.versions is None:
        return False
    versions = editing.versions
    return versions.version_of(versions.stored(fid)) != versions.version_of(seen)


def resolve_move(parent: Optional[QWidget], markers: QgsVectorLayer, fid: int, seen: QgsFeature,
                 point: QgsPointXY, move_again: Callable[[], None]) -> Optional[bool]:
    """Ask; True when the user's move was saved again, False when the stored position stays, None
    when the user cancelled (nothing changed)."""
    versions = editing_of(markers).versions
    stored = versions.stored(fid)
    base = feature_values(seen, MARKERS)
    mine = dict(base, **{GEOMETRY_KEY: geometry_hex(QgsGeometry.fromPointXY(point))})
    stored_values = feature_values(stored, MARKERS)
    answer = ask_choices(parent, MARKERS, base, mine, stored_values,
                         layer_entries(markers, MARKERS, stored_values.get(MARKERS.key)))
    if answer is None:
        return None
    conflicts, choices = answer
    if not any(c.field == GEOMETRY_KEY and choices.get(c.field, c.default) == MINE for c in conflicts):
        return False
    versions.expect(fid, stored)
    move_again()
    return True
