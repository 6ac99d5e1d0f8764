# SPDX-License-Identifier: GPL-2.0-or-later
"""What the field tests share: an office store, packages made from it, the phone's edits made
through QGIS as QField makes them (the package's project loaded, features created with the layer's
default values, GNSS variables set while "snapped"), and independent reads through OGR."""
from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Optional

from osgeo import ogr
from qgis.core import (
    QgsExpressionContextUtils,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from shapely import wkb

from wuqing_eco_plugin.layers.features import to_qvariant
from wuqing_eco_plugin.services.field.package import make_package
from wuqing_eco_plugin.services.field.project import PROJECT_FILE
from wuqing_eco_plugin.services.field.sync import sync_package
from wuqing_eco_plugin.services.ledger.source import open_source

#: What QField puts into the expression context while the crosshair is snapped to an RTK receiver.
RTK = {"position_horizontal_accuracy": 0.018, "position_quality_description": "Fixed RTK"}
JPEG = b"\xff\xd8\xff\xe0field photo"


def office(sample_gpkg: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "office.gpkg"
    shutil.copy(sample_gpkg, path)
    return path


def package(store: Path, purpose: str, towns: list[str], folder: Path, patrol: str = "巡查一组"):
    with open_source(str(store)) as source:
        return make_package(source, purpose, towns, folder, patrol)


def sync(store: Path, folder: Path):
    with open_source(str(store)) as source:
        return sync_package(source, folder)


def rows(gpkg: Path, table: str, where: Optional[str] = None) -> list[dict[str, Any]]:
    """Rows read by OGR, with the geometry as shapely under ``geometry``."""
    ds = ogr.Open(str(gpkg))
    layer = ds.GetLayerByName(table)
    if where:
        layer.SetAttributeFilter(where)
    out = []
    for f in layer:
        row = {f.GetFieldDefnRef(i).GetName(): f.GetField(i) for i in range(f.GetFieldCount())}
        g = f.GetGeometryRef()
        row["geometry"] = wkb.loads(bytes(g.ExportToWkb())) if g is not None else None
        out.append(row)
    return out


@contextmanager
def phone(project: QgsProject, folder: Path) -> Iterator[QgsProject]:
    """The package's project open as QField opens it; cleared afterwards."""
    assert project.read(str(folder / PROJECT_FILE))
    try:
        yield project
    finally:
        project.clear()


def layers_of(project: QgsProject, table: str) -> list[QgsVectorLayer]:
    """The project's layers reading ``table`` (the zones have two: red and yellow)."""
    return [lyr for lyr in project.mapLayers().values()
            if f"layername={table}|" in lyr.source() + "|"]


def layer_named(project: QgsProject, table: str) -> QgsVectorLayer:
    found = layers_of(project, table)
    assert len(found) == 1, table
    return found[0]


@contextmanager
def gnss(variables: dict[str, Any]) -> Iterator[None]:
    """QField's position variables while the crosshair is snapped (global scope: every layer's
    expression context sees them, as QField's own scope does)."""
    for name, value in variables.items():
        QgsExpressionContextUtils.setGlobalVariable(name, value)
    try:
        yield
    finally:
        for name in variables:
            QgsExpressionContextUtils.removeGlobalVariable(name)


def add_case(layer: QgsVectorLayer, point: Optional[QgsPointXY], **values: Any) -> str:
    """A new case added as QField adds it: the layer's default values, then what the patrol typed."""
    context = layer.createExpressionContext()
    geometry = QgsGeometry.fromPointXY(point) if point is not None else QgsGeometry()
    attributes = {layer.fields().indexOf(k): to_qvariant(v) for k, v in values.items()}
    feature = QgsVectorLayerUtils.createFeature(layer, geometry, attributes, context)
    assert layer.addFeature(feature)
    return feature["case_uid"]


def write_photo(folder: Path, name: str) -> str:
    (folder / "DCIM").mkdir(exist_ok=True)
    (folder / "DCIM" / name).write_bytes(JPEG + name.encode())
    return f"DCIM/{name}"
