# SPDX-License-Identifier: GPL-2.0-or-later
"""In-memory result layers (check results, imported survey points), styled like the project's layers."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..domain.coordinates import WORKING_CRS
from ..domain.errors import WuqingError
from .styles import apply_style


class MemoryLayerError(WuqingError):
    pass


def fields_of(spec: Sequence[tuple[str, int]]) -> QgsFields:
    """QgsFields from (name, QVariant type) pairs."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


def memory_layer(name: str, fields: QgsFields, features: Iterable[QgsFeature], style: str | None = None,
                 geometry: str = "Point") -> QgsVectorLayer:
    """An in-memory layer in EPSG:4548 holding ``features``, styled with ``resources/styles/<style>.qml``."""
    layer = QgsVectorLayer(f"{geometry}?crs={WORKING_CRS}", name, "memory")
    layer.setCrs(QgsCoordinateReferenceSystem(WORKING_CRS))
    provider = layer.dataProvider()
    if not provider.addAttributes(fields.toList()):
        raise MemoryLayerError(f"{name}: fields refused")
    layer.updateFields()
    ok, _ = provider.addFeatures(list(features))
    if not ok:
        raise MemoryLayerError(f"{name}: {provider.lastError() or 'features refused'}")
    layer.updateExtents()
    if style:
        apply_style(layer, style)
    return layer


def save_layers(layers: dict[str, QgsVectorLayer], path: str | Path,
                context: QgsCoordinateTransformContext | None = None) -> Path:
    """Write layers into one GeoPackage (one table each, replaced when it exists); returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for name, layer in layers.items():
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.fileEncoding = "UTF-8"
        options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer if path.exists()
                                        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
        error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(path), QgsCoordinateTransformContext() if context is None else context, options)
        if error != QgsVectorFileWriter.WriterError.NoError:
            raise MemoryLayerError(f"{path}|{name}: {message}")
    return path
