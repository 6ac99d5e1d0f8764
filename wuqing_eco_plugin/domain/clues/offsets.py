# SPDX-License-Identifier: GPL-2.0-or-later
"""GCJ-02 (the offset "Mars" coordinates of Chinese internet maps), to recognise clues drawn on them.

GCJ-02 shifts WGS-84/CGCS2000 longitudes and latitudes by a few hundred metres (about 0.5 km
around Wuqing) with a published formula. A clue traced on such a map and screened as if it were
CGCS2000 would land beside the place it means, so the screening flags it rather than judge it.
:func:`wgs_to_gcj` is the formula; :func:`gcj_to_wgs` inverts it by fixed-point iteration (to
well under a centimetre).
"""
from __future__ import annotations

import math
from typing import Callable, Optional

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

_A = 6378245.0  # the Krasovsky ellipsoid's semi-major axis, as the formula uses it
_EE = 0.00669342162296594323  # its first eccentricity squared

#: Markers of GCJ-02 in a CRS's name or WKT (tools that write it name it so).
GCJ_NAMES = ("gcj", "火星", "mars", "gaode", "amap", "高德")


def _lat_shift(x: float, y: float) -> float:
    out = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    out += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    out += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    out += (160.0 * math.sin(y / 12.0 * math.pi) + 320 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return out


def _lon_shift(x: float, y: float) -> float:
    out = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    out += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    out += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    out += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return out


def in_china(lon: float, lat: float) -> bool:
    """The rough box in which the offset is applied (outside it GCJ-02 equals WGS-84)."""
    return 72.004 <= lon <= 137.8347 and 0.8293 <= lat <= 55.8271


def wgs_to_gcj(lon: float, lat: float) -> tuple[float, float]:
    """GCJ-02 longitude and latitude of a WGS-84 (or CGCS2000: within a metre of it) point."""
    if not in_china(lon, lat):
        return lon, lat
    d_lat = _lat_shift(lon - 105.0, lat - 35.0)
    d_lon = _lon_shift(lon - 105.0, lat - 35.0)
    rad = lat / 180.0 * math.pi
    magic = 1 - _EE * math.sin(rad) ** 2
    sqrt_magic = math.sqrt(magic)
    d_lat = (d_lat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * math.pi)
    d_lon = (d_lon * 180.0) / (_A / sqrt_magic * math.cos(rad) * math.pi)
    return lon + d_lon, lat + d_lat


def gcj_to_wgs(lon: float, lat: float, tolerance: float = 1e-10) -> tuple[float, float]:
    """The WGS-84 point whose GCJ-02 position is (``lon``, ``lat``)."""
    wlon, wlat = lon, lat
    for _ in range(30):
        glon, glat = wgs_to_gcj(wlon, wlat)
        dlon, dlat = glon - lon, glat - lat
        wlon, wlat = wlon - dlon, wlat - dlat
        if abs(dlon) < tolerance and abs(dlat) < tolerance:
            break
    return wlon, wlat


def names_gcj(text: str) -> bool:
    """Whether a CRS's name, description or WKT says it is GCJ-02."""
    folded = (text or "").casefold()
    return any(n in folded for n in GCJ_NAMES)


#: How far a clue's stated centre may lie from its shape and still be its centre (a label point, a
#: rounded coordinate); the GCJ-02 offset around Wuqing is about 560 m.
CENTRE_TOLERANCE_M = 30.0


Projector = Callable[[float, float], tuple[float, float]]


def centre_flag(shape: BaseGeometry, stated: tuple[float, float], project: Projector,
                tolerance: float = CENTRE_TOLERANCE_M) -> Optional[tuple[str, float]]:
    """Whether a clue's shape (in metres) agrees with the longitude and latitude stated for its centre.

    None when the centre lies on or near the shape, or when it was read off a GCJ-02 map while the
    shape is right; ``("gcj02", distance)`` when the shape lies where GCJ-02 puts the centre (the
    shape was traced on an internet map); ``("centre_mismatch", distance)`` otherwise. ``project``
    takes CGCS2000 longitude and latitude to the shape's metres.
    """
    def distance(lonlat: tuple[float, float]) -> float:
        return shape.distance(Point(*project(*lonlat)))

    off = distance(stated)
    if off <= tolerance or distance(gcj_to_wgs(*stated)) <= tolerance:
        return None
    if distance(wgs_to_gcj(*stated)) <= tolerance:
        return "gcj02", off
    return "centre_mismatch", off
