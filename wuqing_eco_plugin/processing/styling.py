# SPDX-License-Identifier: GPL-2.0-or-later
"""Style Processing outputs when QGIS loads them into the project (a layer post-processor).

QGIS keeps only a pointer to a post-processor, so each instance is held here until the next run.
"""
from __future__ import annotations

from qgis.core import QgsProcessingContext, QgsProcessingLayerPostProcessorInterface

from ..layers.styles import StyleError, apply_style
from ..toolbelt.log import get_logger

_log = get_logger(__name__)
_alive: dict[str, QgsProcessingLayerPostProcessorInterface] = {}


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, style: str):
        super().__init__()
        self.style = style

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS override
        try:
            apply_style(layer, self.style)
        except StyleError as exc:
            _log.warning("%s: %s", layer.name(), exc)


def style_output(context: QgsProcessingContext, layer_id: str, style: str) -> None:
    """Have the output ``layer_id`` styled with ``resources/styles/<style>.qml`` once it is loaded."""
    if not context.willLoadLayerOnCompletion(layer_id):
        return
    processor = StylePostProcessor(style)
    _alive[f"{layer_id}:{style}"] = processor
    context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(processor)
