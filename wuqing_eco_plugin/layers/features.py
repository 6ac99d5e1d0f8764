# SPDX-License-Identifier: GPL-2.0-or-later
"""Writing records (dicts with a shapely ``geometry``) to a layer of the schema, checked."""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Mapping

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer, QgsVectorLayerUtils
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ..toolbelt.i18n import tr
from .forms import apply_defaults
from .geometry import as_multipolygon, from_shapely
from .schema import TableSpec


class CommitError(Exception):
    """A commit failed; ``errors`` holds QGIS's commit errors. The edit buffer is kept."""

    def __init__(self, layer: str, errors: list[str]):
        super().__init__(f"{layer}: " + "; ".join(errors))
        self.errors = errors


class LayerBusyError(CommitError):
    """The layer holds the user's unsaved edits: a batch write would commit (or, failing, discard) them."""

    def __init__(self, layer: str):
        super().__init__(layer, [tr("the layer has unsaved edits: save or discard them first")])


@contextmanager
def batch_edit(layer: QgsVectorLayer) -> Iterator[QgsVectorLayer]:
    """One edit session for a batch write, committed when the block ends.

    Refuses (:class:`LayerBusyError`) a layer with the user's unsaved edits, which the commit would
    take along and a rollback would throw away. When the block raises or the commit fails, the layer
    is rolled back to where it was and :class:`CommitError` carries QGIS's commit errors.
    """
    if layer.isEditable() and layer.isModified():
        raise LayerBusyError(layer.name())
    if not layer.isEditable() and not layer.startEditing():
        raise CommitError(layer.name(), [tr("the layer cannot be edited")])
    try:
        yield layer
        if not layer.commitChanges():
            raise CommitError(layer.name(), list(layer.commitErrors()))
    except BaseException:
        layer.rollBack()
        raise


class DuplicateValueError(ValueError):
    """A value meant to be unique exists already."""

    def __init__(self, table: str, field: str, value: Any):
        super().__init__(f"{table}.{field}: {value} exists already")
        self.table, self.field, self.value = table, field, value


def to_qvariant(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return QDateTime(QDate(value.year, value.month, value.day),
                         QTime(value.hour, value.minute, value.second, value.microsecond // 1000))
    if isinstance(value, dt.date):
        return QDate(value.year, value.month, value.day)
    return value


def to_python(value: Any) -> Any:
    """QVariant-ish values of a feature as plain Python (None for NULL)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime()
    if isinstance(value, QDate):
        return value.toPyDate()
    return value


def field_value(feature: QgsFeature, name: str) -> Any:
    """Field ``name`` of ``feature`` as Python; None when it is NULL or the feature has no such field."""
    idx = feature.fields().indexOf(name)
    return to_python(feature.attribute(idx)) if idx >= 0 else None


def make_feature(layer: QgsVectorLayer, spec: TableSpec, record: Mapping[str, Any]) -> QgsFeature:
    """A feature for ``layer`` with QGIS's defaults and constraints applied, then ``record``'s values."""
    fields = layer.fields()
    attrs = {fields.indexOf(k): to_qvariant(v) for k, v in record.items() if k != "geometry"}
    unknown = [k for k in record if k != "geometry" and fields.indexOf(k) < 0]
    if unknown:
        raise KeyError(f"{spec.name} has no field(s) {', '.join(unknown)}")
    geometry = record.get("geometry")
    qgeom = QgsGeometry()
    if geometry is not None:
        qgeom = from_shapely(as_multipolygon(geometry) if spec.geometry == "MultiPolygon" else geometry)
    feature = QgsVectorLayerUtils.createFeature(layer, qgeom, attrs)
    # createFeature makes a value that breaks a UNIQUE constraint unique by appending "_1": for a
    # code or record number that would silently change what the user entered, so refuse instead.
    for idx, value in attrs.items():
        name = fields.at(idx).name()
        if value is not None and name in spec.field_index and spec.field(name).unique \
                and feature.attribute(idx) != value:
            raise DuplicateValueError(spec.name, name, value)
    return feature


def write_records(layer: QgsVectorLayer, spec: TableSpec, records: Iterable[Mapping[str, Any]]) -> int:
    """Add ``records`` in one edit session and commit; raise :class:`CommitError` on failure.

    For batch writes whose records stay with the caller (:func:`batch_edit`): a failed commit is rolled
    back so the layer is left as it was. Interactive edits keep their buffer instead (see the dialogs).
    """
    apply_defaults(layer, spec)
    feats = [make_feature(layer, spec, r) for r in records]
    if not feats:
        return 0
    with batch_edit(layer):
        if not layer.addFeatures(feats):
            raise CommitError(layer.name(), [tr("features were refused")])
    return len(feats)
