# SPDX-License-Identifier: GPL-2.0-or-later
"""Independent reference computations that tests compare the plugin's results against."""
from __future__ import annotations

from shapely.ops import unary_union


def pairwise_overlap(polygons):
    """The area covered by two or more polygons, from every pair's intersection (slow, independent)."""
    parts = [a.intersection(b) for i, a in enumerate(polygons) for b in polygons[i + 1:] if a.intersects(b)]
    return unary_union([p for p in parts if p.area > 0])
