# SPDX-License-Identifier: GPL-2.0-or-later
"""Marker history: every committed move of a marker becomes a row of ``marker_history``.

A recorder watches the markers layer's commits, whatever tool moved the point (the survey tool,
QGIS's vertex tool, a survey applied from a file): before the commit it reads the stored position
of each moved marker, after a successful commit it appends who, when, old and new X/Y and a note.
History rows are only ever added. The marker keeps its ``marker_uid`` and number; the coordinate
fields follow the point through their default expressions (see ``layers/schema.py``).
"""
from __future__ import annotations

import datetime as dt
import math
from contextlib import contextmanager
from typing import Callable, Iterator, Mapping, Optional

from qgis.core import QgsApplication, QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ...layers import schema
from ...layers.features import CommitError, batch_edit, text_value, to_qvariant, write_records
from ...layers.markers.records import geometry_point
from ...layers.schema import F
from ...toolbelt.i18n import tr
from ...toolbelt.log import get_logger

_log = get_logger(__name__)


def default_who() -> str:
    return QgsApplication.userFullName() or QgsApplication.userLoginName() or "QGIS"


class MarkerHistory(QObject):
    """Records the moves committed on ``markers`` into ``history``; ``failed`` carries the errors of a
    history write that did not succeed (the move itself is committed by then)."""

    failed = pyqtSignal(str)

    def __init__(self, markers: QgsVectorLayer, history: QgsVectorLayer,
                 who: Callable[[], str] = default_who):
        super().__init__(markers)
        self.markers, self.history, self.who = markers, history, who
        self.note = ""
        self._pending: dict[int, dict] = {}
        self.layer_id = markers.id()
        markers.beforeCommitChanges.connect(self._capture)
        markers.committedGeometriesChanges.connect(self._write)
        markers.willBeDeleted.connect(self._forget)

    def detach(self) -> None:
        try:
            self.markers.beforeCommitChanges.disconnect(self._capture)
            self.markers.committedGeometriesChanges.disconnect(self._write)
        except (TypeError, RuntimeError):  # already disconnected, or the layer is gone
            pass

    def _forget(self) -> None:
        """The layer is being deleted: Qt drops its connections itself, only the registry forgets
        this recorder. (A lambda that disconnected from the dying layer, called from its destructor,
        crashed test runs now and then.)"""
        if _recorders.get(self.layer_id) is self:
            del _recorders[self.layer_id]

    def _capture(self, *_args) -> None:
        buffer = self.markers.editBuffer()
        self._pending = {}
        if buffer is None:
            return
        changed = {fid: g for fid, g in buffer.changedGeometries().items() if fid >= 0}
        if not changed:
            return
        request = QgsFeatureRequest().setFilterFids(list(changed))
        for old in self.markers.dataProvider().getFeatures(request):
            new = changed[old.id()]
            if not old.hasGeometry() or new.isEmpty():
                continue
            a, b = geometry_point(old.geometry()), geometry_point(new)
            self._pending[old.id()] = {
                F.MARKER_UID: text_value(old, F.MARKER_UID), F.MARKER_NO: text_value(old, F.MARKER_NO),
                F.OLD_X_NORTH: round(a.y(), 3), F.OLD_Y_EAST: round(a.x(), 3),
                F.NEW_X_NORTH: round(b.y(), 3), F.NEW_Y_EAST: round(b.x(), 3),
                F.MOVED_M: round(math.hypot(b.x() - a.x(), b.y() - a.y()), 3),
            }

    def _write(self, _layer_id: str, committed: Mapping[int, QgsGeometry]) -> None:
        rows = [dict(self._pending[fid], changed_at=dt.datetime.now().replace(microsecond=0),
                     changed_by=self.who() or default_who(), note=self.note or None)
                for fid in committed if fid in self._pending and self._pending[fid][F.MARKER_UID]]
        self._pending = {}
        if not rows:
            return
        try:
            write_records(self.history, schema.MARKER_HISTORY, rows)
        except (CommitError, ValueError, KeyError) as exc:
            _log.error("marker history not written: %s", exc)
            self.failed.emit(str(exc))




_recorders: dict[str, MarkerHistory] = {}


def attach(markers: QgsVectorLayer, history: QgsVectorLayer, who: Callable[[], str] = default_who) -> MarkerHistory:
    """The recorder of ``markers`` (made on first use; one per layer, so no move is recorded twice)."""
    recorder = _recorders.get(markers.id())
    if recorder is None or recorder.history is not history:
        if recorder is not None:
            recorder.detach()
        recorder = MarkerHistory(markers, history, who)
        _recorders[markers.id()] = recorder
    recorder.who = who
    return recorder


def detach(layer_id: str) -> None:
    recorder = _recorders.pop(layer_id, None)
    if recorder is not None:
        recorder.detach()


def detach_all() -> None:
    for layer_id in list(_recorders):
        detach(layer_id)


@contextmanager
def noted(recorder: MarkerHistory, note: str) -> Iterator[MarkerHistory]:
    """Give the moves committed inside the block ``note``."""
    before, recorder.note = recorder.note, note
    try:
        yield recorder
    finally:
        recorder.note = before


def move_markers(markers: QgsVectorLayer, history: QgsVectorLayer, moves: Mapping[int, QgsPointXY],
                 note: str, attributes: Optional[Mapping[int, Mapping[str, object]]] = None,
                 who: Callable[[], str] = default_who) -> int:
    """Move markers (by feature id) in one commit, with a history row each; also set ``attributes``.

    Refuses to touch a layer holding the user's unsaved edits; rolls back on failure (CommitError).
    """
    recorder = attach(markers, history, who)
    fields = markers.fields()
    with noted(recorder, note), batch_edit(markers):  # the commit writes the history rows
        for fid, point in moves.items():
            if not markers.changeGeometry(fid, QgsGeometry.fromPointXY(point)):
                raise CommitError(markers.name(), [tr("feature {fid} cannot be moved").format(fid=fid)])
            for name, value in (attributes or {}).get(fid, {}).items():
                if not markers.changeAttributeValue(fid, fields.indexOf(name), to_qvariant(value)):
                    raise CommitError(markers.name(), [tr("{name} of feature {fid} cannot be set").format(
                        name=name, fid=fid)])
    return len(moves)
