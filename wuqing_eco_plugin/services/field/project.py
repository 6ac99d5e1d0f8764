# SPDX-License-Identifier: GPL-2.0-or-later
"""The QGIS project of a field package, made with QGIS's own API so QField and QGIS read it alike.

One project file beside the package's GeoPackage, every path relative to it (the folder can be
copied to a phone or another disk), nothing that needs a network. The layers carry the desktop's
styles (``resources/styles``) and the schema's forms, with every coded field's value map in
Chinese. For QField (sources: docs.qfield.org, how-to/project-setup/attributes-form and
pictures, reference/expression_variables; QField's ``ExternalResource.qml``):

- photos are *Attachment* widgets storing the path relative to the project folder
  (``RelativeStorage`` 1); the layer property ``QFieldSync/attachment_naming`` names the files QField
  takes (``DCIM/<case or marker>_<n>_<time>.jpg``);
- the reporter or surveyor defaults to the QFieldCloud login (``@cloud_username``), else the
  project variable ``@wq_patrol`` set here from the package's patrol name;
- the accuracy QField reports for a GNSS fix (``@position_horizontal_accuracy``) fills the
  precision (see ``layers/field/tables.py``);
- the category list is a *Value Relation* filtered by the zones at the point
  (``current_value('zone_uids')``, supported by QField since PR opengisch/QField#1156).

The town, the zones and their names shown in the new-case form come from ``overlay_within``
over the package's layers, by their ids (stable inside the project file). They are a convenience:
the sync works the place out again and never trusts them.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsExpressionContextUtils,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)

from ...domain.errors import WuqingError
from ...domain.field.package import PackageInfo
from ...layers import schema, storage
from ...layers.field import tables
from ...layers.field.tables import PATROL_VARIABLE, P
from ...layers.forms import configure_layer
from ...layers.project_layers import ROLES_BY_NAME, make_layer
from ...layers.schema import F, TableSpec
from ...layers.styles import apply_style
from ...toolbelt.i18n import tr

PROJECT_FILE = "wuqing_field.qgs"
PHOTO_FOLDER = "DCIM"
#: Value maps of the package are Chinese whatever language the office's QGIS speaks: the phone's users read Chinese.
FORM_LANGUAGE = "zh"


class ProjectWriteError(WuqingError, OSError):
    """The package's project file could not be written."""


def _photo_name(prefix: str, suffix: str) -> str:
    """A QField attachment-naming expression: ``DCIM/<prefix>_<suffix>_<date_time>.jpg``."""
    return (f"'{PHOTO_FOLDER}/' || {prefix} || '_{suffix}_' || format_date(now(), 'yyyyMMdd_HHmmss') || '.jpg'")


def _own_layer(gpkg: Path, table: TableSpec, title: str, style: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(storage.uri(gpkg, table), title, "ogr")
    if not layer.isValid():
        raise ProjectWriteError(tr("The table {table} of the package cannot be opened").format(table=table.name))
    apply_style(layer, style)
    configure_layer(layer, table, FORM_LANGUAGE)
    return layer


class PackageProject:
    """Builds and writes the project of a package folder."""

    def __init__(self, folder: Path, gpkg: Path, info: PackageInfo):
        self.folder, self.gpkg, self.info = folder, gpkg, info
        self.project = QgsProject()
        self.project.setFileName(str(folder / PROJECT_FILE))
        self.layers: dict[str, QgsVectorLayer] = {}

    def _add(self, key: str, layer: QgsVectorLayer, read_only: bool, in_tree: bool = True) -> QgsVectorLayer:
        layer.setReadOnly(read_only)
        self.project.addMapLayer(layer, False)
        if in_tree:
            self.project.layerTreeRoot().addLayer(layer)
        self.layers[key] = layer
        return layer

    def _context(self, role: str) -> QgsVectorLayer:
        layer = make_layer(self.gpkg, ROLES_BY_NAME[role])
        configure_layer(layer, ROLES_BY_NAME[role].table, FORM_LANGUAGE)
        return self._add(role, layer, read_only=True)

    def build(self, extent: Optional[QgsRectangle] = None) -> QgsProject:
        """The project's layers, top to bottom as they are drawn: the editable layer first."""
        purpose = self.info.purpose
        project = self.project
        project.setTitle(tr("Wuqing field work: {towns}").format(towns="、".join(self.info.town_names)))
        project.writeEntryBool("Paths", "/Absolute", False)
        project.setCrs(QgsCoordinateReferenceSystem(schema.CRS))
        QgsExpressionContextUtils.setProjectVariable(project, PATROL_VARIABLE, self.info.patrol)
        QgsExpressionContextUtils.setProjectVariable(project, "wq_package", self.info.package_uid)
        if purpose == "patrol":
            self._add("new_cases", _own_layer(self.gpkg, tables.NEW_CASES, tr("New cases (patrol)"), "field_cases"),
                      read_only=False)
            self._add("open_cases", _own_layer(self.gpkg, tables.OPEN_CASES, tr("Open cases (read-only)"),
                                               "violations"), read_only=True)
        else:
            self._add("markers", _own_layer(self.gpkg, tables.MARKERS, tr("Boundary markers (survey)"), "markers"),
                      read_only=False)
        for role in ("approved_land", "red_zones", "yellow_zones", "towns", "district"):
            self._context(role)
        if purpose == "patrol":
            lookup = QgsVectorLayer(storage.uri(self.gpkg, tables.CATEGORIES), tr("Categories by zone"), "ogr")
            self._add("categories", lookup, read_only=True, in_tree=False)
            self._new_case_form()
        else:
            self._name_photos(self.layers["markers"], '"marker_no"',
                              {F.PHOTO_E: "E", F.PHOTO_S: "S", F.PHOTO_W: "W", F.PHOTO_N: "N", F.PHOTO_C: "C"})
        if extent is not None and not extent.isEmpty():
            crs = QgsCoordinateReferenceSystem(schema.CRS)
            project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent.buffered(200.0), crs))
        return project

    def _new_case_form(self) -> None:
        layer = self.layers["new_cases"]
        red, yellow, towns = (self.layers[r].id() for r in ("red_zones", "yellow_zones", "towns"))

        def zones(expression: str) -> str:
            return f"array_cat(overlay_within('{red}', {expression}), overlay_within('{yellow}', {expression}))"

        label = "\"name\" || '（' || if(\"line_class\" = 'red', '红线区', '黄线区') || '）'"
        defaults = {
            F.TOWN: f"array_first(overlay_within('{towns}', \"name\"))",
            F.ZONE_UIDS: f"array_to_string({zones(chr(34) + 'zone_uid' + chr(34))})",
            F.ZONE_NAMES: f"array_to_string({zones(label)}, '；')",
        }
        for name, expression in defaults.items():
            layer.setDefaultValueDefinition(layer.fields().indexOf(name), QgsDefaultValue(expression, True))
        lookup = self.layers["categories"]
        layer.setEditorWidgetSetup(layer.fields().indexOf(F.CATEGORY), QgsEditorWidgetSetup("ValueRelation", {
            "Layer": lookup.id(), "LayerName": lookup.name(), "LayerProviderName": "ogr",
            "LayerSource": f"./{self.gpkg.name}|layername={tables.CATEGORIES.name}",
            "Key": P.CODE, "Value": P.LABEL, "AllowNull": False, "OrderByValue": False, "AllowMulti": False,
            "UseCompleter": False, "NofColumns": 1,
            # Outside every zone any category may be recorded (as outside); inside, those prohibited there.
            "FilterExpression": ("coalesce(current_value('zone_uids'), '') = '' OR "
                                 "array_intersect(string_to_array(\"zone_uids\"), "
                                 "string_to_array(current_value('zone_uids')))"),
        }))
        self._name_photos(layer, '"case_uid"', {name: str(n + 1) for n, name in enumerate(P.PHOTOS)})

    @staticmethod
    def _name_photos(layer: QgsVectorLayer, prefix: str, fields: dict[str, str]) -> None:
        naming = {name: _photo_name(prefix, suffix) for name, suffix in fields.items()}
        layer.setCustomProperty("QFieldSync/attachment_naming", json.dumps(naming, ensure_ascii=False))

    def write(self) -> Path:
        (self.folder / PHOTO_FOLDER).mkdir(exist_ok=True)
        if not self.project.write():
            raise ProjectWriteError(tr("The project {path} could not be written: {error}").format(
                path=self.project.fileName(), error=self.project.error()))
        return Path(self.project.fileName())

    def release(self) -> None:
        """Let go of the layers (their files stay closed for the copy to the phone)."""
        self.project.clear()
        self.layers.clear()
