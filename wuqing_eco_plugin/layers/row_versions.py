# SPDX-License-Identifier: GPL-2.0-or-later
"""``row_version`` for every QGIS edit of a layer: attribute table, forms, vertex tool, Processing in place.

The database accepts an UPDATE only when it sets ``row_version`` to the stored version + 1. A
default value expression ``"row_version" + 1`` applied on update would not do: QGIS evaluates it
again on every change of the feature in the edit session (two cells, a geometry and a cell), so
the version would rise by 2 and the save be refused with nobody else involved. Instead this
helper watches the layer's signals:

- the first time a feature changes in the edit session (``attributeValueChanged``,
  ``geometryChanged``) it reads the feature as stored — the version the user is changing;
- just before the commit (``beforeCommitChanges``) it sets each changed feature's
  ``row_version`` to that version + 1, whatever the number of changes;
- after a commit the database refused, it finds the features someone else changed meanwhile
  (their stored version is no longer the one remembered) and emits :attr:`conflicted`; the edit
  buffer is QGIS's and stays as it is, so nothing typed is lost. :meth:`resolve` then puts the
  user's choices into the buffer and remembers the stored version, for the next save.

Limits, said plainly: the version is read once per feature when it is first changed (one query to
the data source per feature, also in a bulk edit); QGIS's own feature form pushes what was typed
into the buffer only when the form is saved, so a save by someone else while that form is open is
not seen as a conflict — the plugin's own forms call :meth:`expect` with the version they show.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Mapping, Optional

from qgis.core import QgsFeature, QgsFeatureRequest, QgsFields, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer, pyqtSignal

from ..domain.audit import GEOMETRY_KEY
from ..toolbelt.compat import FieldType
from .audit import feature_values
from .features import to_python, to_qvariant
from .schema import ROW_VERSION, TableSpec
from .watch import LayerChild


class RowVersions(LayerChild):
    """The versions of the features of ``layer`` (a layer of ``table``) changed in its edit session."""

    #: (the layer, the feature ids the database refused because someone else changed them since).
    conflicted = pyqtSignal(object, list)

    def __init__(self, layer: QgsVectorLayer, table: TableSpec):
        self.table = table
        self.base: dict[int, QgsFeature] = {}  # the stored feature when first changed (or as last resolved)
        self._quiet = False  # our own changes, and QGIS's while rolling back
        self._committed = False
        super().__init__(layer, [
            (layer.attributeValueChanged, self._changed), (layer.geometryChanged, self._changed),
            (layer.beforeCommitChanges, self._before_commit), (layer.afterCommitChanges, self._after_commit),
            (layer.beforeRollBack, self._before_rollback), (layer.afterRollBack, self.forget)])

    @property
    def index(self) -> int:
        return self.layer.fields().indexOf(ROW_VERSION)

    def stored(self, fid: int) -> Optional[QgsFeature]:
        """The feature as the data source holds it now (no edit buffer)."""
        for feature in self.layer.dataProvider().getFeatures(QgsFeatureRequest(fid)):
            return feature
        return None

    def version_of(self, feature: Optional[QgsFeature]) -> Optional[int]:
        if feature is None or self.index < 0:
            return None
        value = to_python(feature.attribute(feature.fields().indexOf(ROW_VERSION)))
        return int(value) if value is not None else None

    def expected(self, fid: int) -> Optional[int]:
        """The version the session's change of ``fid`` started from."""
        return self.version_of(self.base.get(fid))

    # -- watching the session --------------------------------------------------------------------
    def _changed(self, fid: int, *_args) -> None:
        if self._quiet or fid < 0 or fid in self.base:
            return
        feature = self.stored(fid)
        if feature is not None:
            self.base[fid] = feature

    def expect(self, fid: int, feature: QgsFeature) -> None:
        """Start a change of ``fid`` from ``feature`` (as the user saw it, e.g. in a history view),
        not from what is stored when the change begins."""
        self.base[fid] = QgsFeature(feature)

    def changed_ids(self) -> list[int]:
        buffer = self.layer.editBuffer()
        if buffer is None:
            return []
        return sorted({fid for fid in (*buffer.changedAttributeValues(), *buffer.changedGeometries()) if fid >= 0})

    def _before_commit(self, *_args) -> None:
        self._committed = False
        if self.index >= 0:
            self._quiet = True
            try:
                for fid in self.changed_ids():
                    self._changed(fid)
                    version = self.expected(fid)
                    if version is not None:
                        self.layer.changeAttributeValue(fid, self.index, version + 1)
            finally:
                self._quiet = False
        QTimer.singleShot(0, self.check_commit)

    def _after_commit(self) -> None:
        self._committed = True
        self.forget()

    def _before_rollback(self) -> None:
        self._quiet = True

    def forget(self) -> None:
        self._quiet = False
        self.base.clear()

    # -- a refused commit --------------------------------------------------------------------------
    def conflicts(self) -> list[int]:
        """Changed features whose stored version is no longer the one their change started from."""
        out = []
        for fid in self.changed_ids():
            expected, now = self.expected(fid), self.version_of(self.stored(fid))
            if expected is not None and now is not None and now != expected:
                out.append(fid)
        return out

    def check_commit(self) -> list[int]:
        """After a commit attempt: the conflicting features of a refused one (also emitted)."""
        if self._committed or not self.layer.isEditable():
            return []
        found = self.conflicts()
        if found:
            self.conflicted.emit(self.layer, found)
        return found

    def sides(self, fid: int) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], Optional[int]]:
        """(what the user started from, what the user wants, what is stored, the stored version) of
        ``fid``, as the log shows values (``layers/audit.py``)."""
        stored = self.stored(fid)
        base = QgsFeature(self.base.get(fid, stored))
        mine = QgsFeature(base)  # what the user started from, with the user's changes: not the stored row's
        buffer = self.layer.editBuffer()
        if buffer is not None:
            for idx, value in buffer.changedAttributeValues().get(fid, {}).items():
                mine.setAttribute(idx, value)
            if fid in buffer.changedGeometries():
                mine.setGeometry(buffer.changedGeometries()[fid])
        return (feature_values(base, self.table), feature_values(mine, self.table),
                feature_values(stored, self.table) if stored else {}, self.version_of(stored))

    def resolve(self, fid: int, values: Mapping[str, Any]) -> None:
        """Put ``values`` (field → value, :data:`GEOMETRY_KEY` → hex WKB) into the edit buffer and
        start the change of ``fid`` from what is stored now: the next commit sends its version + 1."""
        stored = self.stored(fid)
        self.put(fid, values)
        if stored is not None:
            self.base[fid] = stored

    def put(self, fid: int, values: Mapping[str, Any]) -> None:
        """Put ``values`` (field → value as the log stores it, :data:`GEOMETRY_KEY` → hex WKB) into
        the edit buffer of ``fid``."""
        fields = self.layer.fields()
        for name, value in values.items():
            if name == GEOMETRY_KEY:
                geometry = QgsGeometry()
                if value:
                    geometry.fromWkb(bytes.fromhex(value))
                self.layer.changeGeometry(fid, geometry)
            elif fields.indexOf(name) >= 0:
                self.layer.changeAttributeValue(fid, fields.indexOf(name), to_qvariant(_typed(fields, name, value)))


def _typed(fields: QgsFields, name: str, value: Any) -> Any:
    """A value of the log (ISO text for dates and times) as the field takes it."""
    kind = fields.field(name).type()
    try:
        if isinstance(value, str) and kind == FieldType.DateTime:
            return dt.datetime.fromisoformat(value)
        if isinstance(value, str) and kind == FieldType.Date:
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    return value
