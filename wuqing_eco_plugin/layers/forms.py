# SPDX-License-Identifier: GPL-2.0-or-later
"""Attribute forms from the schema: Chinese aliases, drop-downs for coded fields, defaults, constraints."""
from __future__ import annotations

from qgis.core import (
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsDefaultValue,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsField,
    QgsFieldConstraints,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ..toolbelt.i18n import QT_TR_NOOP, tr, ui_language
from .schema import FieldSpec, TableSpec

#: Photos: a file picker that shows the image, storing the path relative to the project file
#: (RelativeStorage 1) so that photos kept in the project folder move with it.
PHOTO_WIDGET = {
    "DocumentViewer": 1, "DocumentViewerHeight": 160, "DocumentViewerWidth": 0, "FileWidget": True,
    "FileWidgetButton": True, "FileWidgetFilter": "Images (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)",
    "RelativeStorage": 1, "StorageMode": 0,
}
#: Attachments of a portable project (a field package): the path is stored relative to the project's
#: folder, the way QField stores what its camera takes (docs.qfield.org, attribute form: attachment).
ATTACHMENT_WIDGET = {**PHOTO_WIDGET, "RelativeStorage": 1}


def widget_for(spec: FieldSpec, lang: str) -> QgsEditorWidgetSetup:
    if spec.widget == "photo":
        return QgsEditorWidgetSetup("ExternalResource", PHOTO_WIDGET)
    if spec.widget == "attachment":
        return QgsEditorWidgetSetup("ExternalResource", ATTACHMENT_WIDGET)
    if spec.widget == "hidden":
        return QgsEditorWidgetSetup("Hidden", {})
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
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        if spec.unique:
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintUnique,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        if spec.codes is not None and not spec.multi:
            codes = ", ".join(f"'{c}'" for c in spec.codes.codes())
            expr = f'"{spec.name}" IS NULL OR "{spec.name}" IN ({codes})'
            layer.setConstraintExpression(idx, expr, tr("Value must be one of the coded values"))
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        form.setReadOnly(idx, spec.read_only or spec.multi)
    layer.setEditFormConfig(form)
    apply_form_layout(layer, table)
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


#: The last group of a laid-out form: what the plugin keeps for itself (ids, status, edit time).
RECORD_GROUP = QT_TR_NOOP("Record")


def apply_form_layout(layer: QgsVectorLayer, table: TableSpec) -> None:
    """Lay the form out in ``table.form``'s tabs (fields missing from the layer are left out); the
    fields no tab names go to a last tab, so the form starts with what people fill, not with ids."""
    if not table.form:
        return
    form = layer.editFormConfig()
    form.setLayout(QgsEditFormConfig.TabLayout)
    form.clearTabs()
    fields = layer.fields()
    named = {name for _, names in table.form for name in names}
    rest = tuple(f.name() for f in fields if f.name() not in named and f.name() != "fid")
    root = form.invisibleRootContainer()
    for title, names in (*table.form, (RECORD_GROUP, rest)):
        tab = QgsAttributeEditorContainer(tr(title), root)
        tab.setIsGroupBox(False)  # a tab (its page scrolls); a group box would stretch the form to ~1 900 px
        for name in names:
            idx = fields.indexOf(name)
            if idx >= 0:
                tab.addChildElement(QgsAttributeEditorField(name, idx, tab))
        if tab.children():
            form.addTab(tab)
    layer.setEditFormConfig(form)


def set_lookup_field(layer: QgsVectorLayer, name: str, alias: str, expression: str) -> None:
    """A read-only field of ``layer`` computed by ``expression`` (e.g. the name of the linked zone);
    kept with the project, updated when loaded again."""
    idx = layer.fields().indexOf(name)
    if idx >= 0:
        layer.updateExpressionField(idx, expression)
    else:
        layer.addExpressionField(expression, QgsField(name, QVariant.String, "string"))
        idx = layer.fields().indexOf(name)
    layer.setFieldAlias(idx, alias)
