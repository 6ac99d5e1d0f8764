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


class Connections:
    """Signal–slot pairs made together and undone together (the layer may be gone by then)."""

    def __init__(self, pairs: Iterable[tuple[Any, Callable]]):
        self.pairs = list(pairs)
        for signal, slot in self.pairs:
            signal.connect(slot)

    def disconnect(self) -> None:
        for signal, slot in self.pairs:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):  # already disconnected, or the layer is gone
                pass
