# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:check_markers``: markers against the zone boundaries and (optionally) the design."""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...domain.coordinates import WORKING_CRS
from ...domain.markers.checks import Tolerances
from ...domain.markers.vocabulary import SurveyDefaults
from ...layers.markers.records import marker_points
from ...services.markers.checks import (
    ISSUES_STYLE,
    RESULTS_STYLE,
    issue_feature,
    issue_fields,
    result_feature,
    result_fields,
    run_checks,
    summary,
)
from ...toolbelt.i18n import tr, ui_language
from ..base import MarkerAlgorithm
from ..defaults import source_parameter
from ..styling import style_output
from ..zones_input import read_zone_set, source_features


class CheckMarkersAlgorithm(MarkerAlgorithm):
    ZONES = "ZONES"
    MARKERS = "MARKERS"
    DESIGNED = "DESIGNED"
    WARNING = "WARNING"
    TOLERANCE = "TOLERANCE"
    MAX_SPACING = "MAX_SPACING"
    TURN_ANGLE = "TURN_ANGLE"
    OUTPUT = "OUTPUT"
    ISSUES = "ISSUES"
    OK, WARN, FAIL, ISSUE_COUNT = "OK_COUNT", "WARNING_COUNT", "FAIL_COUNT", "ISSUE_COUNT"

    def name(self) -> str:
        return "check_markers"

    def displayName(self) -> str:  # noqa: N802
        return tr("Check boundary markers")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("For each marker: the distance to the nearest zone boundary (deviation_m) and, when designed "
                  "markers are given, the distance to the designed marker of the same number (offset_m). The "
                  "status is ok up to the warning distance, warning up to the tolerance and fail beyond, from "
                  "the larger of the two. Issues: stretches of boundary longer than the spacing without a "
                  "marker, corners turning more than the angle without a marker, duplicate numbers, designed "
                  "markers not surveyed and surveyed points without a design.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(source_parameter(
            self.ZONES, tr("Zones (polygons with zone_uid)"), [QgsProcessing.TypeVectorPolygon], "zones"))
        self.addParameter(source_parameter(
            self.MARKERS, tr("Markers to check (points with marker_no)"), [QgsProcessing.TypeVectorPoint], "markers"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DESIGNED, tr("Designed markers (points with marker_no)"), [QgsProcessing.TypeVectorPoint],
            optional=True))
        double = QgsProcessingParameterNumber.Double
        d = SurveyDefaults()
        self.addParameter(QgsProcessingParameterNumber(self.WARNING, tr("Warning above (m)"), double, d.warning_m,
                                                       minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(self.TOLERANCE, tr("Tolerance: fail above (m)"), double,
                                                       d.tolerance_m, minValue=0.0))
        for p in (QgsProcessingParameterNumber(self.MAX_SPACING, tr("Maximum spacing along the boundary (m)"),
                                               double, d.max_spacing_m, minValue=1.0),
                  QgsProcessingParameterNumber(self.TURN_ANGLE, tr("Turning angle that needs a marker (degrees)"),
                                               double, d.turn_angle_deg, minValue=0.0, maxValue=179.9)):
            p.setFlags(p.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Marker check results"),
                                                            QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(self.ISSUES, tr("Marker check issues"),
                                                            QgsProcessing.TypeVectorPoint, optional=True,
                                                            createByDefault=True))
        for name, text in ((self.OK, tr("Markers ok")), (self.WARN, tr("Markers with a warning")),
                           (self.FAIL, tr("Markers failing")), (self.ISSUE_COUNT, tr("Boundary issues"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        warning = self.parameterAsDouble(parameters, self.WARNING, context)
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        if warning > tolerance:
            raise QgsProcessingException(tr("The warning distance must not exceed the tolerance"))
        tolerances = Tolerances(warning, tolerance, self.parameterAsDouble(parameters, self.MAX_SPACING, context),
                                self.parameterAsDouble(parameters, self.TURN_ANGLE, context))
        zones = read_zone_set(self, parameters, self.ZONES, context, feedback, require_uid=True)
        markers, missing = marker_points(source_features(self, parameters, self.MARKERS, context, "marker_no"))
        designed_features = source_features(self, parameters, self.DESIGNED, context, "marker_no")
        designed = marker_points(designed_features)[0] if designed_features is not None else None
        if missing:
            feedback.reportError(tr("{n} markers without a point were left out").format(n=missing), False)
        feedback.setProgress(10.0)
        report = run_checks(zones, markers, designed, tolerances)
        feedback.setProgress(80.0)
        if feedback.isCanceled():  # before any output exists: a cancelled check writes nothing
            return self.nothing_written(feedback)
        lang = ui_language()
        crs = QgsCoordinateReferenceSystem(WORKING_CRS)
        fields = result_fields()
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for r in report.results:  # written whole once begun, so the counts below are what was written
            self.add_feature(sink, result_feature(r, fields, zones.names, lang), parameters, self.OUTPUT)
        results = {self.OUTPUT: dest, self.OK: report.count("ok"), self.WARN: report.count("warning"),
                   self.FAIL: report.count("fail"), self.ISSUE_COUNT: len(report.issues)}
        style_output(context, dest, RESULTS_STYLE)
        jfields = issue_fields()
        issues, issues_dest = self.parameterAsSink(parameters, self.ISSUES, context, jfields, QgsWkbTypes.Point, crs)
        if issues is not None:
            for i in report.issues:
                self.add_feature(issues, issue_feature(i, jfields, zones.names, lang), parameters, self.ISSUES)
            results[self.ISSUES] = issues_dest
            style_output(context, issues_dest, ISSUES_STYLE)
        feedback.pushInfo(summary(report))
        return results
