# SPDX-License-Identifier: GPL-2.0-or-later
"""Where an input lies: every layer must meet Wuqing District once in EPSG:4548.

A missing or wrong CRS does not make a layer invalid, it moves it: Gauss–Krüger numbers read as
degrees become infinite, EPSG:4547 puts them 257 km west, exchanged X/Y put them in Inner Mongolia.
Every zone would then be "somewhere else" and every footprint "clear". So each reader checks that
what it read meets the district and, when not, stops with the layer's name, its CRS and what its
numbers look like (EPSG:4548, 4527 or 4490, or X and Y exchanged).
"""
from __future__ import annotations

import math
from typing import Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeatureSource,
    QgsRectangle,
)

from ..domain.coordinates import WORKING_CRS, guess_crs, meets_wuqing
from ..domain.errors import WuqingError
from ..toolbelt.i18n import tr

Box = tuple[float, float, float, float]


class LocationError(WuqingError, ValueError):
    """An input that does not lie in Wuqing once in EPSG:4548: its CRS is missing or wrong."""


def _hints() -> dict[Optional[str], str]:
    return {
        WORKING_CRS: tr("Its numbers look like CGCS2000 / 3-degree Gauss–Krüger CM 117°E: set the layer's CRS "
                        "to EPSG:4548 (Layer Properties → Source) rather than reprojecting it."),
        "EPSG:4527": tr("Its numbers look like Gauss–Krüger eastings with the zone number 39 in front: set the "
                        "layer's CRS to EPSG:4527."),
        "EPSG:4490": tr("Its numbers look like longitude and latitude: set the layer's CRS to EPSG:4490 "
                        "(CGCS2000)."),
        "swapped": tr("Its X and Y look exchanged (northing first, as surveyors write X/Y): swap them, then use "
                      "EPSG:4548 (EPSG:4527 with the zone number 39, EPSG:4490 in degrees)."),
        None: tr("Check the layer's CRS: Wuqing's data is in EPSG:4548 (EPSG:4527 with the zone number 39, "
                 "EPSG:4490 in degrees)."),
    }


def crs_name(crs: QgsCoordinateReferenceSystem) -> str:
    if not crs.isValid():
        return tr("no CRS")
    return crs.authid() or crs.description() or tr("an unknown CRS")


def location_error(name: str, crs: QgsCoordinateReferenceSystem, raw: Box) -> LocationError:
    def span(lo: float, hi: float) -> str:
        return "–".join(f"{v:.0f}" if math.isfinite(v) and abs(v) >= 1000 else f"{v:.6g}" for v in (lo, hi))

    return LocationError(tr("The layer “{layer}” ({crs}) does not lie in Wuqing District once in {target} "
                            "(first coordinates {x}, second coordinates {y}).").format(
        layer=name, crs=crs_name(crs), target=WORKING_CRS, x=span(raw[0], raw[2]), y=span(raw[1], raw[3]))
        + " " + _hints()[guess_crs(*raw)])


def check_location(name: str, crs: QgsCoordinateReferenceSystem, raw: Optional[Box], working: Optional[Box]) -> None:
    """Raise :class:`LocationError` unless ``working`` (what could be placed, in EPSG:4548) meets
    Wuqing; ``raw`` is the extent in the layer's own numbers (None: nothing was read, nothing to say)."""
    if raw is None:
        return
    if working is not None and all(map(math.isfinite, working)) and meets_wuqing(*working):
        return
    raise location_error(name, crs, raw)


class Extents:
    """The extents a reader saw, feature by feature: in the layer's numbers and, of what could be
    placed, in EPSG:4548."""

    def __init__(self) -> None:
        self.raw: Optional[Box] = None
        self.working: Optional[Box] = None

    @staticmethod
    def _grow(box: Optional[Box], other: Sequence[float]) -> Box:
        if box is None:
            return (other[0], other[1], other[2], other[3])
        return (min(box[0], other[0]), min(box[1], other[1]), max(box[2], other[2]), max(box[3], other[3]))

    def add(self, raw: QgsRectangle, working: Optional[Sequence[float]]) -> None:
        """``raw``: the feature's box as read; ``working``: (minx, miny, maxx, maxy) in EPSG:4548, or None."""
        self.raw = self._grow(self.raw, (raw.xMinimum(), raw.yMinimum(), raw.xMaximum(), raw.yMaximum()))
        if working is not None:
            self.working = self._grow(self.working, working)

    def check(self, name: str, crs: QgsCoordinateReferenceSystem) -> None:
        check_location(name, crs, self.raw, self.working)


def check_source(source: QgsFeatureSource, context: Optional[QgsCoordinateTransformContext] = None) -> None:
    """:func:`check_location` of a whole layer or Processing source from its extent."""
    extent = source.sourceExtent()
    if extent.isNull() or source.featureCount() == 0:
        return
    raw = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    crs = source.sourceCrs()
    working: Optional[Box] = raw  # no CRS at all: the readers take the numbers as EPSG:4548
    if crs.isValid() and crs != QgsCoordinateReferenceSystem(WORKING_CRS):
        transform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(WORKING_CRS),
                                           context or QgsCoordinateTransformContext())
        try:
            box = transform.transformBoundingBox(extent)
            working = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
        except QgsCsException:
            working = None
    check_location(source.sourceName(), crs, raw, working)
