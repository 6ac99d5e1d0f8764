# SPDX-License-Identifier: GPL-2.0-or-later
"""Making features from records (dicts with a ``geometry``) for a layer of the schema or a sink,
one at a time or thousands sharing their values, and writing them, checked."""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from functools import cached_property
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional, Sequence

from qgis.core import (
    QgsDataSourceUri,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ..domain.errors import WuqingError
from ..toolbelt.i18n import tr
from .forms import apply_defaults
from .geometry import as_multipolygon, from_shapely, from_wkb
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


#: Types QGIS takes as attribute values as they are (others go through to_python and to_qvariant).
_PLAIN = frozenset((str, float, int, bool))


def _python(value: Any) -> Any:
    return value if type(value) in _PLAIN else to_python(value)


def _attribute(value: Any) -> Any:
    return value if value is None or type(value) in _PLAIN else to_qvariant(value)


class FeatureBuilder:
    """Features with ``fields`` from records: field name → value, and ``geometry`` (shapely, a
    QgsGeometry as it is to be stored, or WKB bytes); ``multi``: geometries made multi-type.

    Thousands of features that share most of their values (every overlap piece of one cover) are
    made from a :meth:`template` holding the shared values, converted once, and each feature's own
    few values and geometry, by a :meth:`copier`.
    """

    def __init__(self, fields: QgsFields, multi: bool = False, name: str = ""):
        self.fields, self.multi, self.name = fields, multi, name
        count = fields.count()
        self.index = {fields.at(i).name(): i for i in range(count)}
        self.expression = [False] * count  # a default expression fills the field
        self.on_update = [False] * count  # ... even when a value is given
        self.fallback: dict[int, Any] = {}  # the data source's default clause or value
        self.unique: list[int] = []  # fields whose values must be new
        self._shared_fields: dict[tuple[str, ...], list[tuple[str, int]]] = {}
        self._attributes: dict[Any, Any] = {}

    @cached_property
    def _blank(self) -> tuple[list, list]:
        """The values of a template given nothing (each field's fallback), as Python and as
        attributes (read once a subclass has set ``fallback``)."""
        values = [self.fallback.get(i) for i in range(self.fields.count())]
        return values, [self._shared_attribute(v) for v in values]

    @cached_property
    def _expressions(self) -> frozenset:
        """The fields with a default expression (read once a subclass has set ``expression``)."""
        return frozenset(i for i, has in enumerate(self.expression) if has)

    def _indices(self, record: Mapping[str, Any]) -> dict[int, Any]:
        unknown = [k for k in record if k != "geometry" and k not in self.index]
        if unknown:
            raise KeyError(f"{self.name} has no field(s) {', '.join(unknown)}")
        return {self.index[k]: v for k, v in record.items() if k != "geometry"}

    def _geometry(self, geometry: Any) -> QgsGeometry:
        if isinstance(geometry, (bytes, bytearray)):
            return from_wkb(bytes(geometry), self.multi)
        if isinstance(geometry, QgsGeometry):
            geometry = QgsGeometry(geometry)
            if self.multi:
                geometry.convertToMultiType()
            return geometry
        return from_shapely(as_multipolygon(geometry) if self.multi else geometry)

    def _default(self, i: int, feature: QgsFeature) -> Any:
        """The value of field ``i``'s default expression for ``feature`` (a layer's business)."""
        return None

    def __call__(self, record: Mapping[str, Any]) -> QgsFeature:
        given = self._indices(record)
        feature = QgsFeature(self.fields)
        if record.get("geometry") is not None:
            feature.setGeometry(self._geometry(record["geometry"]))
        for i in range(self.fields.count()):
            value = to_python(given.get(i))
            if (value is None or self.on_update[i]) and self.expression[i]:
                value = to_python(self._default(i, feature))
            if value is None:
                value = self.fallback.get(i)
            feature.setAttribute(i, to_qvariant(value))
        self._check_unique({i: to_python(feature.attribute(i)) for i in self.unique})
        return feature

    def template(self, shared: Mapping[str, Any], base: Optional[FeatureTemplate] = None) -> FeatureTemplate:
        """The values ``shared`` by many features (not to be changed afterwards), converted once for
        a :meth:`copier` into a prototype feature, whose values its copies share (Qt's implicit
        sharing: an edit buffer of thousands of copies holds each text once). ``base``: a template
        these values add to or replace (shared at two levels: the overlap pieces of one kind of
        rule, then of one cover); its prototype is copied and given only these."""
        keys = tuple(shared)
        fields = self._shared_fields.get(keys)
        if fields is None:
            self._indices(shared)  # unknown fields raise KeyError
            fields = self._shared_fields[keys] = [(name, self.index[name]) for name in keys if name != "geometry"]
        values = self._blank[0].copy() if base is None else base.values.copy()
        given: list[tuple[int, Any]] = []  # (field, attribute value) of each value given
        for name, i in fields:
            value = shared[name]
            if type(value) in _PLAIN:
                values[i] = value
                given.append((i, value))
            else:
                value = to_python(value)
                if value is not None:
                    values[i] = value
                    given.append((i, self._shared_attribute(value)))
        gives = [i for i, _ in given]
        if base is None:
            attributes = self._blank[1].copy()
            for i, value in given:
                attributes[i] = value
            prototype = QgsFeature(self.fields)
            prototype.setAttributes(attributes)
            evaluated = self._expressions.difference(gives)
        else:
            prototype = QgsFeature(base.prototype)
            for i, value in given:
                prototype.setAttribute(i, value)
            evaluated = base.evaluated.difference(gives)
        # Fields whose default expression is worked out for each feature, unless it gives a value.
        return FeatureTemplate(shared, values, prototype, evaluated, base)

    def _shared_attribute(self, value: Any) -> Any:
        """:func:`to_qvariant` of ``value``, kept for values many templates share (converting one
        time stamp to a QDateTime for each of 17 000 covers cost more than the rest of them)."""
        if value is None or type(value) in _PLAIN:
            return value
        try:
            return self._attributes[value]
        except KeyError:
            converted = self._attributes[value] = to_qvariant(value)
            return converted
        except TypeError:  # not hashable
            return to_qvariant(value)

    def copier(self, names: Sequence[str]) -> Callable[[FeatureTemplate, Sequence[Any], Any], QgsFeature]:
        """``copy(template, values, geometry)``: what ``self`` makes of the template's shared values
        with ``values`` of the fields ``names`` (in that order) and ``geometry``. When no default
        expression has to be worked out, that is a copy of the template's prototype with these set
        (a copy of a QgsFeature shares its values: 2 µs, against 5 µs for a new feature given all
        of its values, which QGIS converts again for each one)."""
        self._indices(dict.fromkeys(names))  # unknown fields raise KeyError
        indices = [self.index[name] for name in names]
        gives = frozenset(indices)
        on_update = any(self.on_update)
        unique = [(i, indices.index(i) if i in gives else None) for i in self.unique]

        def one_by_one(template: FeatureTemplate, values: Sequence[Any], geometry: Any) -> QgsFeature:
            return self({**template.shared, **dict(zip(names, values)), "geometry": geometry})

        multi, plain, feature_of, geometry_of = self.multi, _PLAIN, QgsFeature, from_wkb

        def copy(template: FeatureTemplate, values: Sequence[Any], geometry: Any) -> QgsFeature:
            if on_update or not template.evaluated <= gives:
                return one_by_one(template, values, geometry)
            feature = feature_of(template.prototype)  # shares the prototype's values until set
            set_attribute = feature.setAttribute
            for i, value in zip(indices, values):
                if type(value) not in plain:  # None too
                    value = to_python(value)
                    if value is None:
                        if self.expression[i]:
                            return one_by_one(template, values, geometry)
                        value = self.fallback.get(i)
                    value = _attribute(value)
                set_attribute(i, value)
            if type(geometry) is bytes:  # the overlap pieces: WKB straight in
                feature.setGeometry(geometry_of(geometry, multi))
            elif geometry is not None:
                feature.setGeometry(self._geometry(geometry))
            if unique:
                self._check_unique({i: template.values[i] if k is None else _python(values[k]) for i, k in unique})
            return feature

        return copy

    def _check_unique(self, values: dict[int, Any]) -> None:
        """Raise :class:`DuplicateValueError` when a value of a UNIQUE field is taken (a layer's business)."""


class FeatureTemplate:
    """Values shared by many features (see :meth:`FeatureBuilder.template`): as given, as Python
    values by field index, as a prototype feature holding them, and the fields whose default
    expressions need values of their own."""

    __slots__ = ("own", "values", "prototype", "evaluated", "base")

    def __init__(self, own: Mapping[str, Any], values: list, prototype: QgsFeature, evaluated: frozenset,
                 base: Optional[FeatureTemplate] = None):
        self.own, self.values, self.prototype, self.evaluated, self.base = own, values, prototype, evaluated, base

    @property
    def shared(self) -> dict[str, Any]:
        """Every value given, the base's first (only a feature that cannot be a copy asks)."""
        return {**(self.base.shared if self.base is not None else {}), **self.own}


class FeatureFactory(FeatureBuilder):
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
        super().__init__(layer.fields(), spec.geometry == "MultiPolygon", spec.name)
        self.layer, self.spec = layer, spec
        self.context = layer.createExpressionContext()
        provider = layer.dataProvider()
        count = self.fields.count()
        definitions = [layer.defaultValueDefinition(i) for i in range(count)]
        self.expression = [d.isValid() for d in definitions]
        self.on_update = [d.isValid() and d.applyOnUpdate() for d in definitions]
        for i in range(count):
            if self.fields.fieldOrigin(i) == QgsFields.FieldOrigin.OriginProvider:
                source = self.fields.fieldOriginIndex(i)
                clause, value = provider.defaultValueClause(source), to_python(provider.defaultValue(source))
                if clause or value is not None:
                    self.fallback[i] = clause or value
        self.unique = [i for i in range(count)
                       if self.fields.at(i).name() in spec.field_index and spec.field(self.fields.at(i).name()).unique]
        self._taken: dict[int, set] | None = None

    def _default(self, i: int, feature: QgsFeature) -> Any:
        return self.layer.defaultValue(i, feature, self.context)

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

    def _check_unique(self, values: dict[int, Any]) -> None:
        if not values:
            return
        taken = self._values_taken()
        for i, value in values.items():
            if value is not None and value in taken[i]:
                raise DuplicateValueError(self.spec.name, self.fields.at(i).name(), value)
        for i, value in values.items():
            if value is not None:
                taken[i].add(value)


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
