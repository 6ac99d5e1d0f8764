# SPDX-License-Identifier: GPL-2.0-or-later
"""A spatial index over shapely geometries that answers with indices on shapely 1.8 and 2.x alike.

Shapely 1.8's STRtree returns geometries from ``query`` (indices only from ``query_items``) and warns
that 2.0 changes it; 2.x returns indices from ``query``. Intersection tests use prepared geometries,
prepared on first use so that an index over many zones costs nothing for zones never asked about.
"""
from __future__ import annotations

import warnings
from typing import Sequence

from shapely.geometry.base import BaseGeometry
from shapely.prepared import prep
from shapely.strtree import STRtree


class GeometryIndex:
    def __init__(self, geometries: Sequence[BaseGeometry]):
        self.geometries = list(geometries)
        self._prepared: dict[int, object] = {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # 1.8's "STRtree will be changed in 2.0" notice
            self._tree = STRtree(self.geometries) if self.geometries else None

    def __len__(self) -> int:
        return len(self.geometries)

    def candidates(self, geometry: BaseGeometry) -> list[int]:
        """Indices of the geometries whose bounding boxes meet ``geometry``'s."""
        if self._tree is None:
            return []
        if hasattr(self._tree, "query_items"):
            return list(self._tree.query_items(geometry))
        return [int(i) for i in self._tree.query(geometry)]

    def prepared(self, index: int):
        p = self._prepared.get(index)
        if p is None:
            p = self._prepared[index] = prep(self.geometries[index])
        return p

    def intersecting(self, geometry: BaseGeometry) -> list[int]:
        """Indices of the geometries that meet ``geometry`` (boundaries included), ascending."""
        return sorted(i for i in self.candidates(geometry) if self.prepared(i).intersects(geometry))
