# SPDX-License-Identifier: GPL-2.0-or-later
"""Zones as marker design and the survey tool number them: red before yellow, each in its series.

Zones come in through :func:`..zone_input.load_zones` like everywhere else (codes or labels, each
repair noted, unknown codes stop); here they become the domain's :class:`DesignZone` in numbering
order. Zones without a ``zone_uid`` cannot carry markers (markers link by it) and are left out.
"""
from __future__ import annotations

from qgis.core import QgsFeature

from ...domain.markers.design import DesignZone
from ...domain.rules import ZoneInfo
from ...domain.zones import LINE_CLASSES, ZONE_TYPES
from ...layers.zone_records import zone_info
from ..zone_input import ZoneDataError, ZoneSet, normalised


def design_zones(zones: ZoneSet) -> list[DesignZone]:
    """The zones with a uid in numbering order: strictest class first, then as they came."""
    without = set(zones.without_uid)
    rows = [(-LINE_CLASSES[z.line_class].rank, n, DesignZone(z.uid, ZONE_TYPES[z.zone_type].short,
                                                              z.feature_code, g))
            for n, (z, g) in enumerate(zip(zones.infos, zones.geometries)) if z.uid not in without]
    return [zone for _, _, zone in sorted(rows, key=lambda r: r[:2])]


def series_of(zone: QgsFeature) -> tuple[str, str]:
    """(type code of marker numbers, feature code) of one zone feature; an unknown type stops."""
    info: ZoneInfo | None = normalised(zone_info(zone))
    if info is None:
        raise ZoneDataError(ZoneDataError.message([(str(zone.id()), zone_info(zone))]))
    return ZONE_TYPES[info.zone_type].short, info.feature_code
