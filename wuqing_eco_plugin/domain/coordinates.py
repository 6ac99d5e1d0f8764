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


#: How far outside the window a layer's extent may lie and still count as Wuqing's (metres): inputs
#: that stop short of the district (a neighbour's zones, a footprint at the border) are still read.
EXTENT_MARGIN_M = 20_000.0


def meets_wuqing(xmin: float, ymin: float, xmax: float, ymax: float, margin: float = EXTENT_MARGIN_M) -> bool:
    """True when the box (easting, northing in EPSG:4548, GIS axis order) meets the Wuqing window
    grown by ``margin``. A layer in the wrong CRS lands hundreds of kilometres away (EPSG:4547 is
    257 km west) or nowhere at all, so meeting the district is the check that it was read right."""
    return (xmin <= Y_RANGE[1] + margin and xmax >= Y_RANGE[0] - margin
            and ymin <= X_RANGE[1] + margin and ymax >= X_RANGE[0] - margin)


def _inside(lo: float, hi: float, window: tuple[float, float]) -> bool:
    return window[0] <= lo and hi <= window[1]


def guess_crs(xmin: float, ymin: float, xmax: float, ymax: float) -> str | None:
    """What a layer's own numbers look like when they lie in Wuqing: ``EPSG:4548`` (easting,
    northing), ``EPSG:4527`` (easting with the zone number 39), ``EPSG:4490`` (longitude, latitude),
    ``swapped`` (northing first, the surveyors' X/Y); None when they look like none of them."""
    def fits(xlo, xhi, ylo, yhi) -> str | None:
        if _inside(ylo, yhi, X_RANGE) and _inside(xlo, xhi, Y_RANGE):
            return WORKING_CRS
        if _inside(ylo, yhi, X_RANGE) and _inside(xlo - ZONE_OFFSET, xhi - ZONE_OFFSET, Y_RANGE):
            return ZONE_PREFIX_CRS
        if _inside(xlo, xhi, LON_RANGE) and _inside(ylo, yhi, LAT_RANGE):
            return GEOGRAPHIC_CRS
        return None

    found = fits(xmin, xmax, ymin, ymax)
    if found is not None:
        return found
    return "swapped" if fits(ymin, ymax, xmin, xmax) is not None else None


def dms(value: float, decimals: int = 4) -> str:
    """Degrees as 116°56′31.6188″ (the form of survey cards); the sign stays in front."""
    sign = "-" if value < 0 else ""
    scale = 10 ** decimals
    total = round(abs(value) * 3600 * scale)  # whole units of the last decimal of a second
    degrees, rest = divmod(total, 3600 * scale)
    minutes, seconds = divmod(rest, 60 * scale)
    return f"{sign}{degrees}°{minutes:02d}′{seconds / scale:0{3 + decimals}.{decimals}f}″"
