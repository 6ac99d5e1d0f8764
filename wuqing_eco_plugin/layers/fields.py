# SPDX-License-Identifier: GPL-2.0-or-later
"""QgsFields from the schema, for Processing sinks and memory layers that carry a table's fields."""
from __future__ import annotations

from typing import Iterable

from qgis.core import QgsField, QgsFields

from ..toolbelt.compat import FieldType
from .schema import FieldSpec, TableSpec

_VARIANTS = {
    "text": FieldType.String,
    "int": FieldType.Int,
    "real": FieldType.Double,
    "bool": FieldType.Bool,
    "date": FieldType.Date,
    "datetime": FieldType.DateTime,
}


def qgs_field(spec: FieldSpec) -> QgsField:
    return QgsField(spec.name, _VARIANTS[spec.type], len=spec.length)


def qgs_fields(table: TableSpec, skip: Iterable[str] = ()) -> QgsFields:
    skipped = set(skip)
    fields = QgsFields()
    for spec in table.fields:
        if spec.name not in skipped:
            fields.append(qgs_field(spec))
    return fields
