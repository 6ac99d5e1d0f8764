# SPDX-License-Identifier: GPL-2.0-or-later
"""Synthetic protected zones for benchmarks and tests: corridors (buffered lines) and blobs.

Shaped like real red/yellow data over a Tianjin-sized region (100 km × 120 km in EPSG:4548): long,
fairly straight river and road corridors with vertices every ~40 m, each a red core with a yellow band
on both sides that shares the core's boundary exactly; and blobs (reservoirs, wetlands) with a red
core and a yellow ring. Corridors cross each other and the blobs; that is where the overlaps are.
Pure shapely, reproducible from ``seed``.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from shapely.geometry import LineString, Polygon
from shapely.geometry.base import BaseGeometry

EXTENT = (470_000.0, 4_290_000.0, 570_000.0, 4_410_000.0)


@dataclass
class SyntheticZone:
    uid: str
    name: str
    zone_type: str
    line_class: str
    geometry: BaseGeometry
    flags: dict = field(default_factory=dict)


def _course(rng: random.Random, extent, length: float, step: float) -> LineString:
    x0, y0, x1, y1 = extent
    x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
    heading = rng.uniform(0, 2 * math.pi)
    points, run = [(x, y)], 0.0
    while run < length:
        heading += rng.gauss(0, 0.04)
        s = rng.uniform(step * 0.5, step * 1.5)
        x, y, run = x + s * math.cos(heading), y + s * math.sin(heading), run + s
        points.append((x, y))
    return LineString(points)


def _blob(rng: random.Random, extent, step: float) -> Polygon:
    x0, y0, x1, y1 = extent
    cx, cy = rng.uniform(x0, x1), rng.uniform(y0, y1)
    r = rng.uniform(500, 4000)
    k = max(16, int(2 * math.pi * r / step))
    phase = rng.uniform(0, 6)
    return Polygon([
        (cx + r * (0.85 + 0.15 * math.sin(7 * 2 * math.pi * i / k + phase)) * math.cos(2 * math.pi * i / k),
         cy + r * (0.85 + 0.15 * math.sin(5 * 2 * math.pi * i / k + phase)) * math.sin(2 * math.pi * i / k))
        for i in range(k)
    ])


def generate(n: int, seed: int = 2016, extent=EXTENT, corridor_share: float = 0.8,
             step: float = 40.0) -> list[SyntheticZone]:
    """``n`` zones: red/yellow pairs of corridors (share ``corridor_share``) and blobs."""
    rng = random.Random(seed)
    zones: list[SyntheticZone] = []
    while len(zones) < n:
        k = len(zones) // 2 + 1
        if rng.random() < corridor_share:
            road = rng.random() < 0.4
            zone_type = "forest_belt" if road else "river"
            line = _course(rng, extent, rng.uniform(10_000, 50_000), step)
            core = rng.uniform(15, 100)
            red = line.buffer(core, resolution=4, cap_style=2)
            yellow = line.buffer(core + rng.uniform(50, 300), resolution=4, cap_style=2).difference(red)
            name = f"{'林带' if road else '河道'}{k:04d}"
            flags = {"road_belt": road, "water_supply": (not road) and rng.random() < 0.15}
        else:
            zone_type = "reservoir" if rng.random() < 0.5 else "wetland"
            red = _blob(rng, extent, step).buffer(30, resolution=4)
            yellow = red.buffer(rng.uniform(100, 500), resolution=4).difference(red)
            name = f"{'水库' if zone_type == 'reservoir' else '湿地'}{k:04d}"
            flags = {"water_supply": zone_type == "reservoir", "nature_reserve": zone_type == "wetland"}
        for line_class, geometry in (("red", red), ("yellow", yellow)):
            zones.append(SyntheticZone(f"z{len(zones):05d}", name, zone_type, line_class, geometry, dict(flags)))
    return zones[:n]
