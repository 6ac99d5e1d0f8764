# SPDX-License-Identifier: GPL-2.0-or-later
"""Deliverable: the coordinate results table (界址点坐标成果表) of a zone, as CSV and as PDF.

CSV in UTF-8 with a BOM, so Excel opens the Chinese right; PDF through :class:`TableDocument` (text
kept as text, the header repeated on every page). Coordinates in EPSG:4548 to the millimetre.
"""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from qgis.core import QgsExpression, QgsFeature, QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from ...domain.admin import ILLUSTRATIVE
from ...domain.files import safe_name, unique_names
from ...domain.markers.coordinate_table import CoordinateTable, TableMarker, TableRow, coordinate_table
from ...domain.markers.vocabulary import MARKER_STATUSES
from ...domain.zones import LINE_CLASSES, ZONE_TYPES
from ...layers.features import text_value
from ...layers.markers.records import point_of, polygon_shape
from ...layers.schema import F
from ...output.report_pdf import Column, TableDocument
from ...toolbelt.i18n import QT_TR_NOOP, tr, ui_language

CRS_TEXT = QT_TR_NOOP("CGCS2000 / 3-degree Gauss-Krüger zone 39, CM 117°E (EPSG:4548)")


@dataclass(frozen=True)
class ZoneHeading:
    uid: str
    name: str
    line_class: str
    zone_type: str
    illustrative: bool

    @classmethod
    def of(cls, zone: QgsFeature) -> ZoneHeading:
        return cls(text_value(zone, F.ZONE_UID) or "", text_value(zone, F.NAME) or "",
                   text_value(zone, F.LINE_CLASS) or "", text_value(zone, F.ZONE_TYPE) or "",
                   text_value(zone, F.DATA_STATUS) == ILLUSTRATIVE)

    def title(self, lang: str) -> str:
        parts = [LINE_CLASSES.label(c, lang) for c in (self.line_class,) if c in LINE_CLASSES]
        parts += [ZONE_TYPES.label(t, lang) for t in (self.zone_type,) if t in ZONE_TYPES]
        if not parts:
            return self.name
        return f"{self.name}（{'，'.join(parts)}）" if lang.startswith("zh") else f"{self.name} ({', '.join(parts)})"


def zone_marker_features(markers: QgsVectorLayer, zone_uid: str) -> list[QgsFeature]:
    request = QgsFeatureRequest().setFilterExpression(QgsExpression.createFieldEqualityExpression("zone_uid", zone_uid))
    return list(markers.getFeatures(request))


def table_markers(features: Iterable[QgsFeature]) -> list[TableMarker]:
    out = []
    for f in features:
        p = point_of(f)
        if p is not None:
            out.append(TableMarker(text_value(f, F.MARKER_NO) or "", text_value(f, F.KIND) or "post", p.x(), p.y(),
                                   text_value(f, F.STATUS)))
    return out


def build_table(zone: QgsFeature, markers: Iterable[QgsFeature]) -> CoordinateTable:
    shape, _ = polygon_shape(zone.geometry()) if zone.hasGeometry() else (None, False)
    if shape is None:
        return CoordinateTable([], 0, 0.0)
    return coordinate_table(shape, table_markers(markers))


def ring_label(row: TableRow, table: CoordinateTable) -> str:
    if table.rings <= 1:
        return ""
    if row.ring == 0:
        return tr("Part {n}, outer boundary").format(n=row.part)
    return tr("Part {n}, inner boundary {k}").format(n=row.part, k=row.ring)


def _fmt(v: Optional[float], digits: int) -> str:
    return "" if v is None else f"{v:.{digits}f}"


def _rows(table: CoordinateTable, lang: str) -> list[list[str]]:
    return [[str(i), r.marker_no, _fmt(r.x_north, 3), _fmt(r.y_east, 3), _fmt(r.edge_m, 3),
             MARKER_STATUSES.label(r.status, lang) if r.status else "", ring_label(r, table)]
            for i, r in enumerate(table.rows, start=1)]


def headings() -> list[str]:
    return [tr("No."), tr("Marker number"), tr("X (north, m)"), tr("Y (east, m)"), tr("Distance to next (m)"),
            tr("Marker status"), tr("Boundary ring")]


def write_csv(table: CoordinateTable, zone: ZoneHeading, path: str | Path) -> Path:
    """The table as CSV (UTF-8 with BOM); the first column repeats the zone for merged sheets."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lang = ui_language()
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([tr("Zone")] + headings())
        for row in _rows(table, lang):
            writer.writerow([zone.name] + row)
    return path


def write_pdf(project: QgsProject, table: CoordinateTable, zone: ZoneHeading, path: str | Path,
              today: Optional[dt.date] = None) -> Path:
    lang = ui_language()
    doc = TableDocument(project, tr("Coordinate results table of boundary markers"))
    lines = [
        tr("Zone: {}").format(zone.title(lang)),
        tr("Coordinate system: {}; X is the northing, Y the easting (without the zone prefix 39)").format(
            tr(CRS_TEXT)),
        tr("Boundary markers: {n}; boundary length {length:.1f} m; date: {date}").format(
            n=len(table.rows), length=table.perimeter_m, date=(today or dt.date.today()).isoformat()),
    ]
    if zone.illustrative:
        lines.append(tr("Illustrative sample data, not the legal boundary."))
        doc.footer_note = tr("Illustrative sample data, not the legal boundary.")
    doc.add_text("\n".join(lines))
    r, left = Qt.AlignRight, Qt.AlignLeft
    columns = [Column(h, w, a) for h, w, a in zip(
        headings(), (10, 46, 30, 30, 32, 20, 0), (r, left, r, r, r, left, left))]
    rows = _rows(table, lang)
    if table.rings <= 1:  # one ring: the ring column says nothing
        columns, rows = columns[:-1], [r[:-1] for r in rows]
    doc.add_table(columns, rows or [["", tr("No boundary markers"), "", "", "", ""][:len(columns)]])
    return doc.export(path)


def export_zone_table(project: QgsProject, zone: QgsFeature, markers: QgsVectorLayer, folder: str | Path,
                      today: Optional[dt.date] = None, taken: Optional[set[str]] = None
                      ) -> tuple[Path, Path, CoordinateTable]:
    """CSV and PDF of one zone's table into ``folder``; file names carry the zone and its class.

    ``taken``: the file names (lower case) already written by this export; two zones of one name
    and class get ``_2``… instead of overwriting each other. The names written are added to it.
    """
    heading = ZoneHeading.of(zone)
    table = build_table(zone, zone_marker_features(markers, heading.uid))
    lang = ui_language()
    klass = LINE_CLASSES.label(heading.line_class, lang) if heading.line_class in LINE_CLASSES else ""
    stem = safe_name("_".join((heading.name, klass, tr("coordinate table"))))
    if taken is not None:
        stem = unique_names([f"{stem}.csv"], taken)[0][:-len(".csv")]
        taken.update({f"{stem}.csv".lower(), f"{stem}.pdf".lower()})
    folder = Path(folder)
    csv_path = write_csv(table, heading, folder / f"{stem}.csv")
    return csv_path, write_pdf(project, table, heading, folder / f"{stem}.pdf", today), table
