# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:import_survey_csv``: a field survey CSV as points in EPSG:4548 keeping its columns."""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...domain.coordinates import WORKING_CRS, ZONE_PREFIX_CRS
from ...domain.markers.survey_csv import ColumnMapping, CsvError, read_csv
from ...services.markers.survey_import import SURVEY_STYLE, csv_error_message, import_survey
from ...toolbelt.i18n import tr
from ..base import MarkerAlgorithm
from ..styling import style_output


class ImportSurveyCsvAlgorithm(MarkerAlgorithm):
    INPUT = "INPUT"
    X_FIELD = "X_FIELD"
    Y_FIELD = "Y_FIELD"
    CRS = "CRS"
    ID_FIELD = "ID_FIELD"
    Z_FIELD = "Z_FIELD"
    OUTPUT = "OUTPUT"
    COUNT = "COUNT"
    AXES = "AXES"

    def name(self) -> str:
        return "import_survey_csv"

    def displayName(self) -> str:  # noqa: N802
        return tr("Import field survey CSV")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Reads an RTK/GNSS survey file (UTF-8 or GBK; comma, tab, semicolon or space separated). "
                  "X is the northing and Y the easting, as Chinese surveyors write them; Y may carry the "
                  "zone prefix 39 or not. For longitude/latitude choose a geographic CRS (EPSG:4490) and give "
                  "the latitude column as X and the longitude column as Y. Swapped X/Y are detected, put right "
                  "and reported; points outside Wuqing are kept, flagged and reported. The output keeps every "
                  "column of the file and adds marker_no (from the point number column), x_north, y_east, "
                  "elevation_m, placement and csv_line.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("Survey file (CSV)"), fileFilter=tr("Survey files (*.csv *.txt *.dat);;All files (*)")))
        self.addParameter(QgsProcessingParameterString(self.X_FIELD, tr("X column (northing, or latitude)")))
        self.addParameter(QgsProcessingParameterString(self.Y_FIELD, tr("Y column (easting, or longitude)")))
        # Optional only so that a run without CRS takes the default: QGIS 3.22 rejects a missing value of
        # a required CRS parameter before looking at its default.
        self.addParameter(QgsProcessingParameterCrs(self.CRS, tr("Coordinate system of the file"), ZONE_PREFIX_CRS,
                                                    optional=True))
        self.addParameter(QgsProcessingParameterString(self.ID_FIELD, tr("Point number column"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.Z_FIELD, tr("Height column"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Surveyed points"),
                                                            QgsProcessing.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Number of points")))
        self.addOutput(QgsProcessingOutputString(self.AXES, tr("Axis order found")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFile(parameters, self.INPUT, context)
        try:
            table = read_csv(path)
        except OSError as exc:
            raise QgsProcessingException(tr("Cannot read {path}: {error}").format(path=path, error=exc)) from None
        except CsvError as exc:
            raise QgsProcessingException(csv_error_message(exc.code, path)) from None
        mapping = ColumnMapping(
            north=self.parameterAsString(parameters, self.X_FIELD, context).strip(),
            east=self.parameterAsString(parameters, self.Y_FIELD, context).strip(),
            point_id=self.parameterAsString(parameters, self.ID_FIELD, context).strip() or None,
            height=self.parameterAsString(parameters, self.Z_FIELD, context).strip() or None)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            if parameters.get(self.CRS) not in (None, ""):
                raise QgsProcessingException(tr("The coordinate system is not valid"))
            crs = QgsCoordinateReferenceSystem(ZONE_PREFIX_CRS)
        try:
            result = import_survey(table, mapping, crs, context.transformContext())
        except KeyError as exc:
            raise QgsProcessingException(tr("The file has no column {missing}; its columns are: {columns}").format(
                missing=exc.args[0], columns=", ".join(table.headers))) from None
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, result.fields, QgsWkbTypes.Point,
                                          QgsCoordinateReferenceSystem(WORKING_CRS))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for f in result.features:
            self.add_feature(sink, f, parameters, self.OUTPUT)
        for level, text in result.messages():
            (feedback.pushWarning if level == "warning" else feedback.pushInfo)(text)
        style_output(context, dest, SURVEY_STYLE)
        return {self.OUTPUT: dest, self.COUNT: len(result.features), self.AXES: result.axes}
