# SPDX-License-Identifier: GPL-2.0-or-later
"""Polygons from QGIS features into the working CRS as valid shapely geometries, every repair noted.

Shared by the overlap analysis and the screening: features may come in any CRS, with curves, Z/M,
null or broken geometries. Each broken geometry is repaired and each one skipped is reported; a
zone is never dropped without a note the caller shows the user.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Callable, Iterable, Iterator, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeature,
    QgsGeometry,
)

from ..domain.admin import ILLUSTRATIVE
from ..domain.coordinates import WORKING_CRS
from ..domain.repair import REPAIRS, Repair, repair
from ..domain.rules import ZoneInfo
from ..domain.zones import LINE_CLASSES, ZONE_TYPES, ZoneShape
from ..layers.features import field_value, text_value
from ..layers.gdal_errors import failing_reads
from ..layers.geometry import repaired, to_shapely
from ..layers.schema import F
from ..layers.zone_records import ZoneDataError, each_zone_once, zone_info
from ..toolbelt.i18n import tr, ui_language
from .location import Extents

WORKING = QgsCoordinateReferenceSystem(WORKING_CRS)


@dataclass(frozen=True)
class GeometryNote:
    """What was done to one feature's geometry (repaired, or skipped and why)."""

    feature_id: int
    label: str
    codes: tuple[str, ...]
    detail: str = ""

    @property
    def skipped(self) -> bool:
        return any(c in ("null", "empty", "transform_failed", "non_finite") for c in self.codes)

    def message(self) -> str:
        what = "；".join(tr("Coordinate transformation failed: skipped") if c == "transform_failed"
                        else REPAIRS.label(c, ui_language()) for c in self.codes)
        who = tr("Feature {fid}").format(fid=self.feature_id) + (f"（{self.label}）" if self.label else "")
        return f"{who}: {what}" + (f" [{self.detail}]" if self.detail else "")


def working_transform(crs: QgsCoordinateReferenceSystem,
                      context: Optional[QgsCoordinateTransformContext] = None) -> Optional[QgsCoordinateTransform]:
    """Transform from ``crs`` to EPSG:4548, or None when none is needed (same or unknown CRS)."""
    if not crs.isValid() or crs == WORKING:
        return None
    return QgsCoordinateTransform(crs, WORKING, QgsCoordinateTransformContext() if context is None else context)


def working_geometry(geometry: QgsGeometry, transform: Optional[QgsCoordinateTransform]) -> Repair:
    """``geometry`` in EPSG:4548, linear, 2D, repaired; ``Repair.geometry`` is None when skipped."""
    if geometry is None or geometry.isNull():
        return repair(None)
    g = QgsGeometry(geometry)
    if transform is not None:
        try:
            g.transform(transform)
        except QgsCsException as exc:
            return Repair(None, ("transform_failed",), str(exc))
    return repaired(g)


#: Features whose geometries are made ready together, half on each of two threads: reading the
#: WKB, checking validity and repairing run in GEOS and QGIS without Python's lock.
READ_BATCH = 256


def read_polygons(features: Iterable[QgsFeature], crs: QgsCoordinateReferenceSystem,
                  context: Optional[QgsCoordinateTransformContext] = None, label_field: str = "name"
                  ) -> Iterator[tuple[QgsFeature, Repair, Optional[GeometryNote]]]:
    """Each feature with its working geometry, and a note when something was done to it."""
    transform = working_transform(crs, context)

    def ready(part: list[QgsFeature]) -> list[Repair]:
        # QGIS keeps the PROJ objects of a transform per thread: one transform serves both threads.
        return [working_geometry(f.geometry(), transform) for f in part]

    features = iter(features)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="wuqing-read") as helper:
        while batch := list(islice(features, READ_BATCH)):
            half = (len(batch) + 1) // 2
            second = helper.submit(ready, batch[half:])
            for feature, result in zip(batch, ready(batch[:half]) + second.result()):
                note = None
                if result.codes:
                    label = str(field_value(feature, label_field) or "")
                    note = GeometryNote(feature.id(), label, result.codes, result.detail)
                yield feature, result, note


@dataclass
class ZoneSet:
    """Zones ready for any analysis: their rules and valid EPSG:4548 geometries (same order), what was
    done to their geometries on the way in, and which of them carry no ``zone_uid``.

    The one way zones come in: the overlap analysis, the screening, the reports, marker design and
    checks all read them through :func:`load_zones`.
    """

    infos: list[ZoneInfo] = field(default_factory=list)
    geometries: list = field(default_factory=list)
    notes: list[GeometryNote] = field(default_factory=list)
    #: The stand-in uids (``fid:<id>``) of zones without a ``zone_uid``: nothing can link to them.
    without_uid: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.infos)

    @property
    def names(self) -> dict[str, str]:
        """zone uid → the zone's name (its uid when it has none)."""
        return {z.uid: z.name or z.uid for z in self.infos}

    @property
    def line_classes(self) -> dict[str, str]:
        return {z.uid: z.line_class for z in self.infos}

    @property
    def illustrative(self) -> set[str]:
        """Uids of the zones marked illustrative (the bundled sample)."""
        return {z.uid for z in self.infos if z.data_status == ILLUSTRATIVE}

    @property
    def repaired(self) -> list[str]:
        """Labels of zones whose geometry was repaired (and kept)."""
        return [n.label or str(n.feature_id) for n in self.notes if not n.skipped]

    @property
    def without_geometry(self) -> list[str]:
        """Labels of zones left out for want of a polygon."""
        return [n.label or str(n.feature_id) for n in self.notes if n.skipped]

    def shapes(self) -> list[ZoneShape]:
        return [ZoneShape(z.uid, g, z.name, z.zone_type, z.line_class) for z, g in zip(self.infos, self.geometries)]

    def subset(self, keep: Callable[[ZoneInfo], bool]) -> ZoneSet:
        """The zones ``keep`` accepts (notes and uid-less labels stay with the set)."""
        pairs = [(z, g) for z, g in zip(self.infos, self.geometries) if keep(z)]
        return ZoneSet([z for z, _ in pairs], [g for _, g in pairs], self.notes, self.without_uid)


def normalised(info: ZoneInfo) -> Optional[ZoneInfo]:
    """``info`` with its type and class as codes (a Chinese or English label counts); None when
    either is unknown."""
    zone_type, line_class = ZONE_TYPES.find(info.zone_type), LINE_CLASSES.find(info.line_class)
    if zone_type is None or line_class is None:
        return None
    return replace(info, zone_type=zone_type.code, line_class=line_class.code)


def load_zones(features: Iterable[QgsFeature], crs: QgsCoordinateReferenceSystem,
               context: Optional[QgsCoordinateTransformContext] = None, name: str = "") -> ZoneSet:
    """Zones from features with ``zone_type`` and ``line_class`` (codes or labels), each zone once.

    Raises :class:`ZoneDataError` listing the features whose type or class is unknown (or two
    features with one zone_uid), and :class:`.location.LocationError` when the zones do not lie in
    Wuqing once in EPSG:4548 (a missing or wrong CRS); ``name`` names the layer in that message.
    A read that GDAL cut short (a damaged file) raises :class:`...layers.gdal_errors.DataReadError`;
    no usable zone at all raises :class:`ZoneDataError` too (every place would look unprotected).
    """
    zones = ZoneSet()
    bad: list[tuple[str, ZoneInfo]] = []
    unusable: list[GeometryNote] = []  # coordinates that are not numbers: the zone's extent is unknown
    extents = Extents()
    what = name or tr("Protected zones")
    with failing_reads(what):  # a damaged page ends GDAL's read early: stop rather than go on with part
        for feature, result, note in read_polygons(each_zone_once(features), crs, context):
            raw = zone_info(feature)
            if "non_finite" in result.codes and "non_finite" in repair(to_shapely(feature.geometry())).codes:
                unusable.append(note)  # the data's own coordinates (a reprojection that runs to infinity
                continue               # is a CRS problem: the extent check below names it)
            if feature.hasGeometry() and not feature.geometry().isEmpty():
                extents.add(feature.geometry().boundingBox(),
                            result.geometry.bounds if result.geometry is not None else None)
            if note is not None:
                zones.notes.append(note)
            info = normalised(raw)
            if info is None:
                bad.append((str(feature.id()), raw))
                continue
            if result.geometry is not None:
                if text_value(feature, F.ZONE_UID) is None:
                    zones.without_uid.append(info.uid)
                zones.infos.append(info)
                zones.geometries.append(result.geometry)
    extents.check(what, crs)
    if unusable:  # leaving such a zone out would call the places it covers unprotected
        raise ZoneDataError(tr("{n} zones have coordinates that are not numbers (NaN or infinite); fix their "
                               "geometry, then run again: {features}").format(
            n=len(unusable), features="；".join(n.message() for n in unusable[:10])))
    if bad:
        raise ZoneDataError(ZoneDataError.message(bad))
    if not zones.infos:  # no zone at all would find every place outside the zones: "clear"
        raise ZoneDataError(tr("“{layer}” holds no protected zone with a polygon: with no zones every place would "
                               "look unprotected. Choose the layer of the red and yellow zones.").format(layer=what)
                            + (" " + "；".join(n.message() for n in zones.notes[:5]) if zones.notes else ""))
    return zones
