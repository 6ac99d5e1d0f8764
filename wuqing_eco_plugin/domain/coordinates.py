# SPDX-License-Identifier: GPL-2.0-or-later
"""Coordinate conventions for Wuqing (rules §7).

CGCS2000 3-degree Gauss–Krüger zone 39 (central meridian 117°E). Chinese surveying writes
X = northing and Y = easting, the opposite of GIS habit.
"""
from __future__ import annotations

from dataclasses import dataclass

WORKING_CRS = "EPSG:4548"  # CGCS2000 / 3-degree GK CM 117E, false easting 500 000
ZONE_PREFIX_CRS = "EPSG:4527"  # the same with the zone number 39 before the easting
GEOGRAPHIC_CRS = "EPSG:4490"  # CGCS2000 geographic

ZONE_NUMBER = 39
ZONE_OFFSET = ZONE_NUMBER * 1_000_000

#: Sanity window for Wuqing in EPSG:4548 (northing X, easting Y), with a margin beyond the district.
X_RANGE = (4_331_000.0, 4_398_000.0)
Y_RANGE = (480_000.0, 530_000.0)
LON_RANGE = (116.70, 117.45)
LAT_RANGE = (39.05, 39.78)


@dataclass(frozen=True)
class Placement:
    """Where a surveyed coordinate pair falls: ``ok``, ``swapped`` (X and Y exchanged) or ``outside``."""

    verdict: str
    x_north: float
    y_east: float


def strip_zone_prefix(y_east: float) -> float:
    """An easting with the zone-39 prefix (e.g. 39 505 000) becomes one without it (505 000)."""
    return y_east - ZONE_OFFSET if y_east > ZONE_OFFSET / 2 else y_east


def in_wuqing(x_north: float, y_east: float) -> bool:
    """True when (X north, Y east) in EPSG:4548 lies in the Wuqing window."""
    return X_RANGE[0] <= x_north <= X_RANGE[1] and Y_RANGE[0] <= y_east <= Y_RANGE[1]


def place(x_north: float, y_east: float) -> Placement:
    """Classify a surveyed pair given as (X north, Y east), with or without the zone prefix."""
    x, y = strip_zone_prefix(x_north), strip_zone_prefix(y_east)
    if in_wuqing(x, y):
        return Placement("ok", x, y)
    if in_wuqing(y, x):
        return Placement("swapped", y, x)
    return Placement("outside", x, y)


def lonlat_in_wuqing(lon: float, lat: float) -> bool:
    return LON_RANGE[0] <= lon <= LON_RANGE[1] and LAT_RANGE[0] <= lat <= LAT_RANGE[1]


def dms(value: float, decimals: int = 4) -> str:
    """Degrees as 116°56′31.6188″ (the form of survey cards); the sign stays in front."""
    sign = "-" if value < 0 else ""
    scale = 10 ** decimals
    total = round(abs(value) * 3600 * scale)  # whole units of the last decimal of a second
    degrees, rest = divmod(total, 3600 * scale)
    minutes, seconds = divmod(rest, 60 * scale)
    return f"{sign}{degrees}°{minutes:02d}′{seconds / scale:0{3 + decimals}.{decimals}f}″"
