# SPDX-License-Identifier: GPL-2.0-or-later
"""The change log of what a GeoPackage layer of the plugin commits (PostGIS logs it by trigger).

Before QGIS commits the edit buffer, the stored values of each changed or deleted feature and
the values it is about to get are read (after ``row_versions.py`` has set the new version); what
QGIS reports as committed is appended to the file's ``audit_log`` right after the commit, in the
shape of ``layers/audit.py``. A log write that fails is reported (:attr:`failed`), the edit itself
is committed by then.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, Iterable

from qgis.core import QgsFeature, QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer, pyqtSignal

from ..domain.audit import DELETE, INSERT
from ..toolbelt.log import get_logger
from .audit import append_entries, entry, feature_values, update_entry
from .schema import TableSpec
from .watch import LayerChild

_log = get_logger(__name__)


class CommitLog(LayerChild):
    failed = pyqtSignal(str)

    def __init__(self, layer: QgsVectorLayer, table: TableSpec, path: Path, who: Callable[[], str]):
        self.table, self.path, self.who = table, Path(path), who
        self._before: dict[int, dict] = {}  # fid → stored values
        self._after: dict[int, dict] = {}  # fid → values being committed
        self._done: list[dict] = []
        super().__init__(layer, [
            (layer.beforeCommitChanges, self._capture),
            (layer.committedAttributeValuesChanges, self._changed), (layer.committedGeometriesChanges, self._changed),
            (layer.committedFeaturesRemoved, self._removed), (layer.committedFeaturesAdded, self._added),
            (layer.afterCommitChanges, self.flush)])

    def _values(self, feature: QgsFeature) -> dict:
        return feature_values(feature, self.table)

    def _capture(self, *_args) -> None:
        self._before, self._after, self._done = {}, {}, []
        buffer = self.layer.editBuffer()
        if buffer is None:
            return
        changed = {fid for fid in (*buffer.changedAttributeValues(), *buffer.changedGeometries()) if fid >= 0}
        removed = {fid for fid in buffer.deletedFeatureIds() if fid >= 0}
        if changed | removed:
            request = QgsFeatureRequest().setFilterFids(list(changed | removed))
            self._before = {f.id(): self._values(f) for f in self.layer.dataProvider().getFeatures(request)}
        for fid in changed:
            self._after[fid] = self._values(self.layer.getFeature(fid))
        QTimer.singleShot(0, self.flush)  # also after a commit that failed half-way

    def _now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)

    def _changed(self, _layer_id: str, committed) -> None:
        key = self.table.audit_key
        for fid in committed:
            if fid in self._before and fid in self._after:
                old, new = self._before[fid], self._after.pop(fid)
                uid = new.get(key) or old.get(key)
                self._done.append(update_entry(self.table, str(uid), old, new, self.who(), self._now()))

    def _removed(self, _layer_id: str, fids: Iterable[int]) -> None:
        for fid in fids:
            if fid in self._before:
                self._done.append(entry(self.table, DELETE, self._before[fid], None, self.who(), self._now()))

    def _added(self, _layer_id: str, features: Iterable[QgsFeature]) -> None:
        for feature in features:
            self._done.append(entry(self.table, INSERT, None, self._values(feature), self.who(), self._now()))

    def flush(self) -> int:
        """Append what was committed to the log (once)."""
        rows, self._done = [r for r in self._done if r is not None], []
        if not rows:
            return 0
        try:
            return append_entries(self.path, rows)
        except RuntimeError as exc:
            _log.error("change log of %s not written: %s", self.layer.name(), exc)
            self.failed.emit(str(exc))
            return 0
