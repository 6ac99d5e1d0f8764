# SPDX-License-Identifier: GPL-2.0-or-later
"""Writing records (dicts with a shapely ``geometry``) to a layer of the schema, checked."""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence

from qgis.core import QgsDataSourceUri, QgsFeature, QgsFeatureRequest, QgsFields, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ..domain.errors import WuqingError
from ..toolbelt.i18n import tr
from .forms import apply_defaults
from .geometry import as_multipolygon, from_shapely
from .postgis.bulk import replace_rows
from .postgis.errors import PostgisError
from .postgis.layer_errors import explain_commit, explain_no_edit, is_shared
from .schema import TableSpec


class CommitError(WuqingError):
    """A commit failed; ``errors`` holds QGIS's commit errors, ``explained`` (when given) what the
    database refused in the user's language, which the message shows instead of the raw errors."""

    def __init__(self, layer: str, errors: list[str], explained: Optional[str] = None):
        super().__init__(f"{layer}: " + (explained or "; ".join(errors)))
        self.errors = errors
        self.explained = explained

    @property
    def reason(self) -> str:
        """What to tell the user: the refused right, else QGIS's errors."""
        return self.explained or "; ".join(self.errors)


def refused(layer: QgsVectorLayer, privilege: str, fallback: str) -> CommitError:
    """The error of a write the layer does not allow (INSERT, UPDATE, DELETE): on the shared database
    it names the right the login lacks, elsewhere it says ``fallback``."""
    return CommitError(layer.name(), [fallback], explain_no_edit(layer, privilege))


class LayerBusyError(CommitError):
    """The layer holds the user's unsaved edits: a batch write would commit (or, failing, discard) them."""

    def __init__(self, layer: str):
        super().__init__(layer, [tr("the layer has unsaved edits: save or discard them first")])


@contextmanager
def batch_edit(layer: QgsVectorLayer, privilege: str = "UPDATE") -> Iterator[QgsVectorLayer]:
    """One edit session for a batch write, committed when the block ends.

    Refuses (:class:`LayerBusyError`) a layer with the user's unsaved edits, which the commit would
    take along and a rollback would throw away. When the block raises or the commit fails, the layer
    is rolled back to where it was and :class:`CommitError` carries QGIS's commit errors (and, on the
    shared database, the refused right; ``privilege`` is the one a layer that cannot be edited lacks).
    """
    if layer.isEditable() and layer.isModified():
        raise LayerBusyError(layer.name())
    if not layer.isEditable() and not layer.startEditing():
        raise refused(layer, privilege, tr("the layer cannot be edited"))
    try:
        yield layer
        if not layer.commitChanges():
            raise CommitError(layer.name(), list(layer.commitErrors()), explain_commit(layer))
    except BaseException:
        layer.rollBack()
        raise


class DuplicateValueError(WuqingError, ValueError):
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


def text_value(feature: QgsFeature, name: str) -> Optional[str]:
    """Field ``name`` as text without surrounding spaces; None when NULL, blank or missing."""
    value = field_value(feature, name)
    if value is None:
        return None
    return str(value).strip() or None


class FeatureFactory:
    """Features for ``layer`` filled as QGIS 3.22's createFeature fills them, for one feature or
    thousands: the record's value, unless the layer's default expression is applied on update
    (areas, coordinates, edit times), then the default expression, then the data source's default.

    createFeature checks a UNIQUE field by reading the layer once per feature, which made batch
    writes quadratic (re-designing 6 800 markers: 35 s); here the values taken are read once (from
    the layer as it is filtered: none of the tables written in batches has a filter), and a value
    given twice, or already in the layer, raises :class:`DuplicateValueError` instead of being
    renamed with "_1" as createFeature would (that would silently change a code or number).
    """

    def __init__(self, layer: QgsVectorLayer, spec: TableSpec):
        apply_defaults(layer, spec)  # the schema's default expressions, where the layer has none yet
        self.layer, self.spec = layer, spec
        self.fields = layer.fields()
        self.context = layer.createExpressionContext()
        provider = layer.dataProvider()
        count = self.fields.count()
        definitions = [layer.defaultValueDefinition(i) for i in range(count)]
        self.expression = [d.isValid() for d in definitions]
        self.on_update = [d.isValid() and d.applyOnUpdate() for d in definitions]
        self.fallback: dict[int, Any] = {}  # the data source's default clause or value
        for i in range(count):
            if self.fields.fieldOrigin(i) == QgsFields.FieldOrigin.OriginProvider:
                source = self.fields.fieldOriginIndex(i)
                clause, value = provider.defaultValueClause(source), to_python(provider.defaultValue(source))
                if clause or value is not None:
                    self.fallback[i] = clause or value
        self.unique = [i for i in range(count)
                       if self.fields.at(i).name() in spec.field_index and spec.field(self.fields.at(i).name()).unique]
        self._taken: dict[int, set] | None = None

    def _values_taken(self) -> dict[int, set]:
        if self._taken is None:
            request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(self.unique)
            self._taken = {i: set() for i in self.unique}
            for feature in self.layer.getFeatures(request):
                for i in self.unique:
                    value = to_python(feature.attribute(i))
                    if value is not None:
                        self._taken[i].add(value)
        return self._taken

    def __call__(self, record: Mapping[str, Any]) -> QgsFeature:
        unknown = [k for k in record if k != "geometry" and self.fields.indexOf(k) < 0]
        if unknown:
            raise KeyError(f"{self.spec.name} has no field(s) {', '.join(unknown)}")
        given = {self.fields.indexOf(k): v for k, v in record.items() if k != "geometry"}
        feature = QgsFeature(self.fields)
        geometry = record.get("geometry")  # shapely, or a QgsGeometry as it is to be stored
        if isinstance(geometry, QgsGeometry):
            geometry = QgsGeometry(geometry)
            if self.spec.geometry == "MultiPolygon":
                geometry.convertToMultiType()
            feature.setGeometry(geometry)
        elif geometry is not None:
            feature.setGeometry(from_shapely(as_multipolygon(geometry) if self.spec.geometry == "MultiPolygon"
                                             else geometry))
        for i in range(self.fields.count()):
            value = to_python(given.get(i))
            if (value is None or self.on_update[i]) and self.expression[i]:
                value = to_python(self.layer.defaultValue(i, feature, self.context))
            if value is None:
                value = self.fallback.get(i)
            feature.setAttribute(i, to_qvariant(value))
        if self.unique:
            taken = self._values_taken()
            values = {i: to_python(feature.attribute(i)) for i in self.unique}
            for i, value in values.items():
                if value is not None and value in taken[i]:
                    raise DuplicateValueError(self.spec.name, self.fields.at(i).name(), value)
            for i, value in values.items():
                if value is not None:
                    taken[i].add(value)
        return feature


def replace_all(layer: QgsVectorLayer, features: Sequence[QgsFeature]) -> None:
    """Replace every feature of ``layer`` (a table written in whole batches, never filtered) by
    ``features``, all or nothing; raise :class:`CommitError` (the old features stay) when refused.

    A layer of the shared database is written in one statement per table (``postgis/bulk.py``: QGIS
    would send a statement per feature), any other through one edit session.
    """
    if layer.isEditable() and layer.isModified():
        raise LayerBusyError(layer.name())
    if is_shared(layer) and not layer.subsetString():
        key = QgsDataSourceUri(layer.source()).keyColumn()
        names = [n for n in layer.fields().names() if n != key]  # the database numbers the rows
        rows = [(*(to_python(f[n]) for n in names), bytes(f.geometry().asWkb()) if f.hasGeometry() else None)
                for f in features]
        try:
            replace_rows(layer.source(), names, rows)
        except PostgisError as exc:
            raise CommitError(layer.name(), [str(exc)], str(exc)) from exc
        layer.reload()
        return
    with batch_edit(layer, "DELETE"):
        old = [f.id() for f in layer.getFeatures(QgsFeatureRequest().setNoAttributes().setFlags(
            QgsFeatureRequest.Flag.NoGeometry))]
        if old and not layer.deleteFeatures(old):
            raise refused(layer, "DELETE", tr("features were refused"))
        if features and not layer.addFeatures(list(features)):
            raise refused(layer, "INSERT", tr("features were refused"))


def make_feature(layer: QgsVectorLayer, spec: TableSpec, record: Mapping[str, Any]) -> QgsFeature:
    """A feature for ``layer`` with QGIS's defaults applied, then ``record``'s values (one feature:
    for many, make a :class:`FeatureFactory` once)."""
    return FeatureFactory(layer, spec)(record)


def write_records(layer: QgsVectorLayer, spec: TableSpec, records: Iterable[Mapping[str, Any]]) -> int:
    """Add ``records`` in one edit session and commit; raise :class:`CommitError` on failure.

    For batch writes whose records stay with the caller (:func:`batch_edit`): a failed commit is rolled
    back so the layer is left as it was. Interactive edits keep their buffer instead (see the dialogs).
    """
    make = FeatureFactory(layer, spec)
    feats = [make(r) for r in records]
    if not feats:
        return 0
    with batch_edit(layer, "INSERT"):
        if not layer.addFeatures(feats):
            raise refused(layer, "INSERT", tr("features were refused"))
    return len(feats)
