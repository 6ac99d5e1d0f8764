# SPDX-License-Identifier: GPL-2.0-or-later
"""Which layer each layer parameter starts on in the Processing dialog.

Left to itself the dialog starts every source on the first layer of the right geometry: the zones on
the red-line view (the yellow zones silently left out), the towns on whatever polygon layer is on
top. plugin.py hands in a lookup of the open project's layers by kind (the zones as the whole zones
table, red and yellow together); qgis_process has none, and its parameters are given anyway.
Algorithms read the default when created, so the dialog follows the project opened last.
"""
from __future__ import annotations

from typing import Callable, Optional

from qgis.core import QgsProcessingParameterFeatureSource

#: The kinds of layer the algorithms take.
KINDS = ("zones", "towns", "approved_land", "markers", "overlaps", "violations", "footprints")

Lookup = Callable[[str], Optional[str]]
_lookup: list[Lookup] = []


def set_lookup(lookup: Optional[Lookup]) -> None:
    """Install (or with None remove) the project's lookup: kind → layer id or source."""
    _lookup.clear()
    if lookup is not None:
        _lookup.append(lookup)


def layer_default(kind: str) -> Optional[str]:
    if kind not in KINDS:
        raise KeyError(kind)
    return _lookup[0](kind) if _lookup else None


def source_parameter(name: str, description: str, types: list[int], kind: str,
                     optional: bool = False) -> QgsProcessingParameterFeatureSource:
    """A feature source starting on the project's layer of ``kind``."""
    return QgsProcessingParameterFeatureSource(name, description, types, layer_default(kind), optional)
