# SPDX-License-Identifier: GPL-2.0-or-later
"""Styling Processing outputs when QGIS loads them (the layer post-processor pattern).

A post-processor must outlive the algorithm run, so each is kept in a module-level dict until QGIS
has called it; it then styles the loaded layer with the plugin's ``.qml``.
"""
from __future__ import annotations

from qgis.core import QgsProcessingContext, QgsProcessingLayerPostProcessorInterface

from ..layers.styles import StyleError, apply_style

_pending: dict[str, StylePostProcessor] = {}


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, key: str, style: str):
        super().__init__()
        self.key = key
        self.style = style

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS calls this name
        try:
            apply_style(layer, self.style)
        except StyleError as exc:
            feedback.pushWarning(str(exc))
        finally:
            _pending.pop(self.key, None)


def style_output(context: QgsProcessingContext, dest_id: str, style: str, name: str = "") -> None:
    """Style the output ``dest_id`` with ``style`` if QGIS is going to load it."""
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    details = context.layerToLoadOnCompletionDetails(dest_id)
    if name:
        details.name = name
    processor = StylePostProcessor(dest_id, style)
    _pending[dest_id] = processor
    details.setPostProcessor(processor)
