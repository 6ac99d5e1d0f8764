# SPDX-License-Identifier: GPL-2.0-or-later
"""Deliverable: the marker registration card (点之记), one A4 PDF per marker.

The card holds the marker's record (coordinates in EPSG:4548 and with the zone prefix, longitude and
latitude in degrees-minutes-seconds, elevation, survey, burial), a sketch map around the marker with
the zone boundaries and the three reference objects placed by bearing and distance, the reference
table and the photos that exist on disk.
"""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Iterable, Optional, Sequence

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapLayer,
    QgsPointXY,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt, QVariant

from ...domain.admin import ILLUSTRATIVE
from ...domain.coordinates import dms
from ...domain.files import safe_name
from ...domain.markers.vocabulary import MARKER_KINDS, MARKER_MATERIALS, MARKER_STATUSES, SURVEY_METHODS
from ...layers import schema
from ...layers.features import field_value, text_value
from ...layers.markers.records import point_of
from ...layers.memory import fields_of, memory_layer
from ...layers.schema import F
from ...output.overview import add_north_arrow, add_scale_bar
from ...output.report_pdf import MM, Column, add_map_item, export_layout, fixed_table, page_size
from ...output.report_pdf import add_label as _label
from ...toolbelt.i18n import tr, ui_language
from .coordinate_table import ZoneHeading

REFERENCES_STYLE = "marker_references"
PHOTO_SIDES = ("e", "s", "w", "n", "c")
_PHOTO_CAPTIONS = {"e": "Photo east", "s": "Photo south", "w": "Photo west", "n": "Photo north", "c": "Photo centre"}
MIN_HALF_EXTENT_M = 40.0


def _num(v, digits: int) -> str:
    return "" if v is None else f"{float(v):.{digits}f}"


def _text(v) -> str:
    if v is None:
        return ""
    return v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else str(v)


def reference_points(marker: QgsFeature) -> list[tuple[str, float, float, QgsPointXY]]:
    """(name, bearing, distance, position) of each reference object with all three values."""
    p = point_of(marker)
    out = []
    for n in (1, 2, 3):
        name, bearing, distance = (field_value(marker, f"ref{n}_{k}") for k in ("name", "bearing", "distance_m"))
        if p is None or not name or bearing is None or distance is None:
            continue
        b = math.radians(float(bearing))  # azimuth: clockwise from grid north
        out.append((str(name), float(bearing), float(distance),
                    QgsPointXY(p.x() + float(distance) * math.sin(b), p.y() + float(distance) * math.cos(b))))
    return out


# What the card lists, two pairs a row: a code table, a number of decimals, "dms", "zone" or "text".
_CARD_FIELDS = (
    ("marker_no", "text"), ("engraved_no", "text"), ("zone_uid", "zone"), ("kind", MARKER_KINDS),
    ("material", MARKER_MATERIALS), ("status", MARKER_STATUSES), ("x_north", 3), ("y_east", 3), ("y_east_39", 3),
    ("elevation_m", 3), ("longitude", "dms"), ("latitude", "dms"), ("survey_method", SURVEY_METHODS),
    ("precision_m", 3), ("survey_date", "text"), ("surveyor", "text"), ("burial_date", "text"),
    ("burial_unit", "text"), ("distance_to_boundary_m", 3), ("last_inspection", "text"),
)


def _record_rows(marker: QgsFeature, zone: Optional[ZoneHeading], lang: str) -> list[list[str]]:
    cells = []
    for name, how in _CARD_FIELDS:
        v = field_value(marker, name)
        if how == "zone":
            text = zone.title(lang) if zone else _text(v)
        elif how == "dms":
            text = dms(v) if v is not None else ""
        elif isinstance(how, int):
            text = _num(v, how)
        elif how == "text":
            text = _text(v)
        else:
            text = how.label(v, lang) if v else ""
        cells.append((tr(schema.MARKERS.field(name).alias), text))
    return [[a, b, c, d] for (a, b), (c, d) in zip(cells[0::2], cells[1::2])]


def _references_layer(refs: Sequence[tuple[str, float, float, QgsPointXY]]) -> QgsVectorLayer:
    fields = fields_of((("name", QVariant.String), ("label", QVariant.String)))
    feats = []
    for name, bearing, distance, pos in refs:
        f = QgsFeature(fields)
        f.setGeometry(QgsGeometry.fromPointXY(pos))
        f.setAttributes([name, f"{name}\n{bearing:.1f}° {distance:.1f} m"])
        feats.append(f)
    return memory_layer(tr("Reference objects"), fields, feats, REFERENCES_STYLE)


def sketch_extent(marker: QgsFeature, refs: Sequence[tuple[str, float, float, QgsPointXY]]) -> QgsRectangle:
    p = point_of(marker)
    half = max([MIN_HALF_EXTENT_M] + [d * 1.35 for _, _, d, _ in refs])
    return QgsRectangle(p.x() - half, p.y() - half, p.x() + half, p.y() + half)


class MarkerCard:
    """One card: ``layout`` plus the layers it draws (kept alive until it is exported)."""

    def __init__(self, project: QgsProject, marker: QgsFeature, zone: Optional[QgsFeature],
                 map_layers: Sequence[QgsMapLayer], photo_dir: Optional[Path] = None):
        lang = ui_language()
        heading = ZoneHeading.of(zone) if zone is not None else None
        self.layout = QgsPrintLayout(project)
        self.layout.initializeDefaults()
        self.layout.pageCollection().page(0).setPageSize(QgsLayoutSize(*page_size("A4"), MM))
        number = text_value(marker, F.MARKER_NO) or ""
        self.layout.setName(tr("Marker card {}").format(number))
        lay = self.layout
        _label(lay, tr("Boundary marker registration card"), 15, 10, 180, 10, 16, bold=True, align=Qt.AlignHCenter)
        _label(lay, number, 15, 20, 180, 7, 11, align=Qt.AlignHCenter)
        table = fixed_table(lay, 15, 30, 180, [Column("", 38), Column("", 52), Column("", 38), Column("", 52)],
                            _record_rows(marker, heading, lang), font_size=8.5, header=False)
        top = 30 + table.frame(0).sizeWithUnits().height() + 6

        refs = reference_points(marker)
        self.references = _references_layer(refs)
        map_item = add_map_item(lay, [self.references, *map_layers], 15, top + 6, 110, 110,
                                sketch_extent(marker, refs), self.references.crs())
        _label(lay, tr("Sketch map"), 15, top, 110, 6, 10, bold=True)
        self._decorate(map_item, top)

        _label(lay, tr("Reference objects"), 130, top, 65, 6, 10, bold=True)
        ref_rows = [[name, f"{b:.1f}", f"{d:.2f}"] for name, b, d, _ in refs] or [[tr("None recorded"), "", ""]]
        refs_table = fixed_table(lay, 130, top + 6, 65, [Column(tr("Object"), 33), Column(tr("Bearing (°)"), 16),
                                                         Column(tr("Distance (m)"), 16)], ref_rows, font_size=8)
        notes = text_value(marker, F.NOTES) or ""
        if notes:
            below = top + 6 + refs_table.frame(0).sizeWithUnits().height() + 4
            _label(lay, tr("Notes: {}").format(notes), 130, below, 65, 60, 8)
        self._photos(marker, top + 122, photo_dir)
        footer = tr("Made on {date}").format(date=dt.date.today().isoformat())
        if text_value(marker, F.DATA_STATUS) == ILLUSTRATIVE or (heading and heading.illustrative):
            footer = tr("Illustrative sample data, not the legal boundary.") + "    " + footer
        _label(lay, footer, 15, 282, 180, 6, 7.5, align=Qt.AlignRight)

    def _decorate(self, map_item: QgsLayoutItemMap, top: float) -> None:
        add_north_arrow(self.layout, 114, top + 8, 9, 13)
        per_segment = 10 if map_item.extent().width() < 120 else 25
        add_scale_bar(self.layout, map_item, QgsUnitTypes.DistanceMeters, tr("m"), 2, per_segment, 17, top + 104, 7)

    def _photos(self, marker: QgsFeature, top: float, photo_dir: Optional[Path]) -> None:
        _label(self.layout, tr("Photos"), 15, top, 180, 6, 10, bold=True)
        found = []
        for side in PHOTO_SIDES:
            value = text_value(marker, f"photo_{side}")
            if not value:
                continue
            path = Path(value)
            if not path.is_absolute() and photo_dir is not None:
                path = photo_dir / path
            if path.is_file():
                found.append((side, path))
        if not found:
            _label(self.layout, tr("No photos on record"), 15, top + 7, 180, 6, 8.5)
            return
        for i, (side, path) in enumerate(found):
            x = 15 + i * 36.5
            picture = QgsLayoutItemPicture(self.layout)
            picture.setPicturePath(str(path))
            picture.setResizeMode(QgsLayoutItemPicture.Zoom)
            self.layout.addLayoutItem(picture)
            picture.attemptMove(QgsLayoutPoint(x, top + 7, MM))
            picture.attemptResize(QgsLayoutSize(34, 34, MM))
            _label(self.layout, tr(_PHOTO_CAPTIONS[side]), x, top + 42, 34, 5, 8, align=Qt.AlignHCenter)

    def export(self, path: str | Path) -> Path:
        return export_layout(self.layout, path)


def export_cards(project: QgsProject, markers: Iterable[QgsFeature], zones: dict[str, QgsFeature],
                 map_layers: Sequence[QgsMapLayer], folder: str | Path,
                 photo_dir: Optional[Path] = None) -> list[Path]:
    """One card PDF per marker (named after its number) into ``folder``."""
    out = []
    for marker in markers:
        if point_of(marker) is None:
            continue
        zone = zones.get(text_value(marker, F.ZONE_UID) or "")
        card = MarkerCard(project, marker, zone, map_layers, photo_dir)
        name = safe_name(tr("marker card {}").format(text_value(marker, F.MARKER_NO) or marker.id()))
        out.append(card.export(Path(folder) / f"{name}.pdf"))
    return out
