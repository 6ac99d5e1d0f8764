# SPDX-License-Identifier: GPL-2.0-or-later
"""Apply the plugin's ``.qml`` styles (symbology, labels, rendering), checking that each one loaded."""
from __future__ import annotations

from qgis.core import QgsMapLayer, QgsVectorLayer

from ..domain.errors import WuqingError
from ..toolbelt.resources import resource_path

CATEGORIES = (
    QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling | QgsMapLayer.StyleCategory.Rendering
)


class StyleError(WuqingError):
    pass


def style_path(name: str):
    return resource_path("styles", f"{name}.qml")


def apply_style(layer: QgsVectorLayer, name: str) -> None:
    """Load ``resources/styles/<name>.qml`` into ``layer``; raise :class:`StyleError` if it fails."""
    path = style_path(name)
    if not path.is_file():
        raise StyleError(f"style file missing: {path}")
    message, ok = layer.loadNamedStyle(str(path), categories=CATEGORIES)
    if not ok:
        raise StyleError(f"{path.name}: {message}")
    layer.triggerRepaint()
