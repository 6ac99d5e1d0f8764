# SPDX-License-Identifier: GPL-2.0-or-later
"""Field survey CSV → points in EPSG:4548 that keep every column of the file.

Added columns: ``marker_no`` (from the point-number column, to match designed markers), ``x_north``
and ``y_east`` (EPSG:4548), ``elevation_m``, ``placement`` (ok / swapped / outside) and ``csv_line``.
Swapped X/Y are put right and said so; points outside Wuqing are kept, flagged and said so; rows
without readable coordinates are listed by line number.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ...domain.coordinates import WORKING_CRS, ZONE_PREFIX_CRS, in_wuqing
from ...domain.markers.survey_csv import (
    GEOGRAPHIC,
    GRID,
    OTHER,
    ColumnMapping,
    CsvTable,
    SurveyRow,
    axis_summary,
    numeric_columns,
    parse_number,
    read_points,
)
from ...layers.memory import fields_of, memory_layer
from ...toolbelt.i18n import tr

ADDED_FIELDS = (
    ("marker_no", QVariant.String), ("x_north", QVariant.Double), ("y_east", QVariant.Double),
    ("elevation_m", QVariant.Double), ("placement", QVariant.String), ("csv_line", QVariant.Int),
)
SURVEY_STYLE = "survey_points"
_GRID_CRS = (WORKING_CRS, ZONE_PREFIX_CRS)


def survey_mode(crs: QgsCoordinateReferenceSystem) -> str:
    if crs.authid() in _GRID_CRS:
        return GRID
    return GEOGRAPHIC if crs.isGeographic() else OTHER


#: Columns every output layer has of its own (a GeoPackage's feature id and geometry): a CSV column of
#: such a name cannot be written under it.
_RESERVED = ("fid", "geom", "geometry")


def csv_field_names(table: CsvTable) -> list[str]:
    """The CSV's headers as field names. A header that clashes with an added field, with a column the
    output has itself (``fid``) or with an earlier header in another case (``X`` and ``x``: field
    names are case-insensitive in a GeoPackage) gets ``_csv``, then ``_csv2``…"""
    taken = {name.lower() for name, _ in ADDED_FIELDS} | set(_RESERVED)
    out = []
    for header in table.headers:
        name, n = header, 1
        while name.lower() in taken:
            name, n = f"{header}_csv" + (str(n) if n > 1 else ""), n + 1
        taken.add(name.lower())
        out.append(name)
    return out


def csv_error_message(code: str, path: str | Path) -> str:
    """Why a file cannot be read as a survey table (a :class:`CsvError` code), naming it and saying
    what to do."""
    name = Path(path).name
    messages = {
        "empty": tr("{file} is empty"),
        "no_columns": tr("{file} has fewer than two columns: choose the survey's table of point numbers and "
                         "coordinates"),
        "workbook": tr("{file} is an Excel workbook, not a CSV file: open it in Excel, save it as “CSV UTF-8 "
                       "(comma delimited)” and import that file"),
        "binary": tr("{file} is not a text file: export the survey from the instrument's software as CSV or "
                     "TXT"),
    }
    return messages.get(code, tr("{file} cannot be read as a table of coordinates")).format(file=name)


@dataclass
class SurveyImport:
    fields: QgsFields
    features: list[QgsFeature]
    rows: list[SurveyRow]
    encoding: str
    axes: str  # axis_summary: ok / swapped / mixed / outside
    counts: dict[str, int] = field(default_factory=dict)

    def lines(self, verdict: str) -> list[int]:
        return [r.line for r in self.rows if r.verdict == verdict]

    def messages(self) -> list[tuple[str, str]]:
        """(level, text) pairs for the user: level is ``info`` or ``warning``."""
        out = [("info", tr("{n} points read from a {enc} file").format(n=len(self.features), enc=self.encoding))]
        swapped, outside, bad = self.lines("swapped"), self.lines("outside"), self.lines("unreadable")
        if self.axes == "swapped":
            out.append(("warning", tr("X and Y are swapped in every row (X must be the northing): the points "
                                      "were placed with the two columns exchanged")))
        elif swapped:
            out.append(("warning", tr("X and Y are swapped on lines {lines}: placed with the two exchanged").format(
                lines=_short(swapped))))
        if outside:
            out.append(("warning", tr("Lines {lines} lie outside Wuqing: check the columns, the zone prefix and "
                                      "the coordinate system").format(lines=_short(outside))))
        if bad:
            out.append(("warning", tr("Lines {lines} have no readable coordinates and were left out").format(
                lines=_short(bad))))
        return out


def _short(lines: list[int], most: int = 12) -> str:
    text = ", ".join(str(n) for n in lines[:most])
    return text + (f" … (+{len(lines) - most})" if len(lines) > most else "")


def import_survey(table: CsvTable, mapping: ColumnMapping, crs: QgsCoordinateReferenceSystem,
                  context: QgsCoordinateTransformContext | None = None) -> SurveyImport:
    """Points of ``table`` in EPSG:4548 (raises KeyError for a mapped column the file lacks)."""
    mode = survey_mode(crs)
    rows = read_points(table, mapping, mode)
    working = QgsCoordinateReferenceSystem(WORKING_CRS)
    context = QgsCoordinateTransformContext() if context is None else context
    transform = None if mode == GRID else QgsCoordinateTransform(crs, working, context)
    numeric = numeric_columns(table, keep_text=[mapping.point_id] if mapping.point_id else [])
    fields = fields_of([(name, QVariant.Double if header in numeric else QVariant.String)
                        for header, name in zip(table.headers, csv_field_names(table))] + list(ADDED_FIELDS))
    features: list[QgsFeature] = []
    placed: list[SurveyRow] = []
    for row in rows:
        if row.verdict == "unreadable":
            placed.append(row)
            continue
        point = QgsPointXY(row.east, row.north)  # QGIS order: x = easting / longitude
        if transform is not None:
            try:
                point = transform.transform(point)
            except Exception:  # noqa: BLE001 - QgsCsException: the row cannot be placed in this CRS
                placed.append(SurveyRow(row.line, row.values, row.point_id, None, None, row.height, "unreadable"))
                continue
        verdict = row.verdict
        if verdict == "unchecked":
            verdict = "ok" if in_wuqing(point.y(), point.x()) else "outside"
        placed.append(SurveyRow(row.line, row.values, row.point_id, point.y(), point.x(), row.height, verdict))
        f = QgsFeature(fields)
        f.setGeometry(QgsGeometry.fromPointXY(point))
        values = [parse_number(v) if h in numeric else (v or None) for h, v in zip(table.headers, row.values)]
        f.setAttributes(values + [row.point_id, round(point.y(), 4), round(point.x(), 4), row.height, verdict,
                                  row.line])
        features.append(f)
    counts = {v: sum(1 for r in placed if r.verdict == v) for v in ("ok", "swapped", "outside", "unreadable")}
    return SurveyImport(fields, features, placed, table.encoding, axis_summary(placed), counts)


def survey_layer(result: SurveyImport, name: str) -> QgsVectorLayer:
    return memory_layer(name, result.fields, result.features, SURVEY_STYLE)
