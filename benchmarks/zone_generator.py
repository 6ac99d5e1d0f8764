# SPDX-License-Identifier: GPL-2.0-or-later
"""Synthetic protected zones for benchmarks and tests, in two families.

:func:`generate` (``corridors``): shaped like real red/yellow data over a Tianjin-sized region
(100 km × 120 km in EPSG:4548): long, fairly straight river and road corridors with vertices every
~40 m, each a red core with a yellow band on both sides that shares the core's boundary exactly; and
blobs (reservoirs, wetlands) with a red core and a yellow ring. Corridors cross each other and the
blobs; that is where the overlaps are.

:func:`generate_crossing` (``crossing``): a dense network of long, thin corridors only, as in a
district crossed by shelter belts along its roads and by meandering rivers and canals: belts run
roughly east–west or north–south, rivers swing from side to side, so two corridors cross several
times and every crossing of two red/yellow pairs makes nine pieces. At 600 zones the network fills
a Wuqing-sized region (47 km × 58 km) and gives about three times the pieces per vertex of
``corridors``; the region grows with the number of zones, so the density stays that of 600.

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


def _course(rng: random.Random, extent, length: float, step: float, heading: float | None = None,
            drift: float = 0.04, wavelength: float = 1.0, swing: float = 0.0) -> LineString:
    """A course from a random point, its heading drifting (by ``drift`` radians a step) and, when
    ``swing`` is set, swinging that far to either side every ``wavelength`` metres (a meander)."""
    x0, y0, x1, y1 = extent
    x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
    if heading is None:
        heading = rng.uniform(0, 2 * math.pi)
    phase = rng.uniform(0, 2 * math.pi) if swing else 0.0
    points, run = [(x, y)], 0.0
    while run < length:
        heading += rng.gauss(0, drift)
        s = rng.uniform(step * 0.5, step * 1.5)
        run += s
        turn = heading + swing * math.sin(2 * math.pi * run / wavelength + phase) if swing else heading
        x, y = x + s * math.cos(turn), y + s * math.sin(turn)
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


def _pair(zones: list[SyntheticZone], kind: str, red: BaseGeometry, yellow: BaseGeometry,
          name: str, flags: dict) -> None:
    for line_class, geometry in (("red", red), ("yellow", yellow)):
        zones.append(SyntheticZone(f"z{len(zones):05d}", name, kind, line_class, geometry, dict(flags)))


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
        _pair(zones, zone_type, red, yellow, name, flags)
    return zones[:n]


#: The region of :func:`generate_crossing` at 600 zones: about Wuqing's 47 km × 58 km.
CROSSING_EXTENT = (490_000.0, 4_333_000.0, 537_000.0, 4_391_000.0)


def generate_crossing(n: int, seed: int = 2016, step: float = 40.0) -> list[SyntheticZone]:
    """``n`` zones: red/yellow pairs of shelter belts (half) and meandering rivers, crossing often."""
    rng = random.Random(seed)
    x0, y0, x1, y1 = CROSSING_EXTENT
    grow = math.sqrt(n / 600)
    extent = (x0, y0, x0 + (x1 - x0) * grow, y0 + (y1 - y0) * grow)
    zones: list[SyntheticZone] = []
    while len(zones) < n:
        k = len(zones) // 2 + 1
        if rng.random() < 0.5:
            zone_type, name = "forest_belt", f"防护林带{k:04d}"
            heading = rng.choice((0.0, math.pi / 2)) + rng.gauss(0, 0.05)
            line = _course(rng, extent, rng.uniform(15_000, 35_000), step, heading, 0.02, rng.uniform(3_000, 8_000),
                           rng.uniform(0.05, 0.2))
            core, band = rng.uniform(10, 30), rng.uniform(20, 60)
            flags = {"road_belt": True}
        else:
            zone_type, name = "river", f"河渠{k:04d}"
            line = _course(rng, extent, rng.uniform(10_000, 30_000), step, rng.uniform(0, 2 * math.pi), 0.02,
                           rng.uniform(1_500, 4_000), rng.uniform(0.6, 1.1))
            core, band = rng.uniform(15, 60), rng.uniform(30, 120)
            flags = {"water_supply": rng.random() < 0.15}
        red = line.buffer(core, resolution=4, cap_style=2)
        yellow = line.buffer(core + band, resolution=4, cap_style=2).difference(red)
        _pair(zones, zone_type, red, yellow, name, flags)
    return zones[:n]


#: Generator families by name (``make bench`` reports each).
FAMILIES = {"corridors": generate, "crossing": generate_crossing}
