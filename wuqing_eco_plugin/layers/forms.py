# SPDX-License-Identifier: GPL-2.0-or-later
"""Attribute forms from the schema: Chinese aliases, drop-downs for coded fields, defaults, constraints."""
from __future__ import annotations

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsVectorLayer,
)

from ..toolbelt.i18n import tr, ui_language
from .schema import FieldSpec, TableSpec

#: Photos: a file picker that shows the image, storing the path as chosen (absolute).
PHOTO_WIDGET = {
    "DocumentViewer": 1, "DocumentViewerHeight": 160, "DocumentViewerWidth": 0, "FileWidget": True,
    "FileWidgetButton": True, "FileWidgetFilter": "Images (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)",
    "RelativeStorage": 0, "StorageMode": 0,
}


def widget_for(spec: FieldSpec, lang: str) -> QgsEditorWidgetSetup:
    if spec.widget == "photo":
        return QgsEditorWidgetSetup("ExternalResource", PHOTO_WIDGET)
    if spec.codes is not None and not spec.multi:
        # A list of single-entry maps keeps the table's order in the drop-down.
        return QgsEditorWidgetSetup("ValueMap", {"map": [{k: v} for k, v in spec.codes.value_map(lang).items()]})
    if spec.type == "bool":
        return QgsEditorWidgetSetup("CheckBox", {})
    if spec.type in ("date", "datetime"):
        fmt = "yyyy-MM-dd" if spec.type == "date" else "yyyy-MM-dd HH:mm"
        return QgsEditorWidgetSetup("DateTime", {
            "display_format": fmt, "field_format": fmt if spec.type == "date" else "yyyy-MM-dd HH:mm:ss",
            "calendar_popup": True, "allow_null": not spec.required,
        })
    if spec.type == "text" and not spec.length:
        return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False})
    return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False, "UseHtml": False})


def configure_layer(layer: QgsVectorLayer, table: TableSpec, lang: str | None = None) -> None:
    """Set aliases, widgets, defaults, constraints and editability of every field of ``table``."""
    lang = lang or ui_language()
    fields = layer.fields()
    form = layer.editFormConfig()
    for spec in table.fields:
        idx = fields.indexOf(spec.name)
        if idx < 0:
            continue
        layer.setFieldAlias(idx, tr(spec.alias))
        layer.setEditorWidgetSetup(idx, widget_for(spec, lang))
        if spec.required:
            layer.setFieldConstraint(idx, QgsFieldConstraints.Constraint.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        if spec.unique:
            layer.setFieldConstraint(idx, QgsFieldConstraints.Constraint.ConstraintUnique,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        if spec.codes is not None and not spec.multi:
            codes = ", ".join(f"'{c}'" for c in spec.codes.codes())
            expr = f'"{spec.name}" IS NULL OR "{spec.name}" IN ({codes})'
            layer.setConstraintExpression(idx, expr, tr("Value must be one of the coded values"))
            layer.setFieldConstraint(idx, QgsFieldConstraints.Constraint.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        form.setReadOnly(idx, spec.read_only or spec.multi)
    layer.setEditFormConfig(form)
    apply_defaults(layer, table)
    if table.display:
        layer.setDisplayExpression(table.display)


def apply_defaults(layer: QgsVectorLayer, table: TableSpec) -> None:
    """Give ``layer`` the schema's default expressions (UUIDs, areas, timestamps), keeping any set."""
    fields = layer.fields()
    for spec in table.fields:
        idx = fields.indexOf(spec.name)
        if spec.default and idx >= 0 and not layer.defaultValueDefinition(idx).isValid():
            layer.setDefaultValueDefinition(idx, QgsDefaultValue(spec.default, spec.on_update))


def fixed_value(layer: QgsVectorLayer, field: str, value: str) -> None:
    """Make new features of ``layer`` get ``value`` in ``field`` (e.g. line_class of the red layer)."""
    idx = layer.fields().indexOf(field)
    layer.setDefaultValueDefinition(idx, QgsDefaultValue(f"'{value}'", False))
