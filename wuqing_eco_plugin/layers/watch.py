# SPDX-License-Identifier: GPL-2.0-or-later
"""Tell an index that the layers it was built from changed, without keeping the index alive.

A vector layer says so in three signals: ``layerModified`` (any change in the edit buffer, a
rollback too), ``editingStopped`` (after a commit or rollback) and ``dataChanged`` (a reload; it does
not fire for buffer edits). The connections hold only a weak reference to the owner's method, so an
index that is dropped is collected even while its layers live on.
"""
from __future__ import annotations

import weakref
from typing import Any, Callable, Iterable, Optional

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QObject


def on_change(layers: Iterable[Optional[QgsVectorLayer]], method: Callable[[], None]) -> None:
    """Call the bound ``method`` whenever the data of one of ``layers`` changes (while its owner lives)."""
    ref = weakref.WeakMethod(method)

    def changed(*_args) -> None:
        bound = ref()
        if bound is not None:
            bound()

    for layer in layers:
        if layer is not None:
            for signal in (layer.layerModified, layer.editingStopped, layer.dataChanged):
                signal.connect(changed)


class LayerChild(QObject):
    """A helper that ``layer`` owns (its QObject child) and that follows some of its signals. It holds
    no Python reference to the layer, and its connections none either: a layer nobody keeps is freed,
    and its file closed, before QGIS shuts down; Qt drops the connections when the layer goes."""

    def __init__(self, layer: QgsVectorLayer, pairs: Iterable[tuple[Any, Callable]]):
        super().__init__(layer)
        for signal, slot in pairs:
            signal.connect(slot)

    @property
    def layer(self) -> QgsVectorLayer:
        return self.parent()
