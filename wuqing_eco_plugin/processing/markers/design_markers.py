# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:design_markers``: designed boundary markers on the zone boundaries."""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...domain.coordinates import WORKING_CRS
from ...domain.errors import CancelledError
from ...domain.markers.design import DesignParams
from ...domain.markers.vocabulary import DEFAULT_NUMBER_PATTERN, PatternError, SurveyDefaults
from ...services.markers.design import DesignInputError, crossing_lines, design, design_feature, design_fields
from ...toolbelt.i18n import tr
from ..base import MarkerAlgorithm
from ..defaults import source_parameter
from ..zones_input import read_zone_set, source_features


class DesignMarkersAlgorithm(MarkerAlgorithm):
    ZONES = "ZONES"
    MAX_SPACING = "MAX_SPACING"
    TURN_ANGLE = "TURN_ANGLE"
    CROSSINGS = "CROSSINGS"
    SIGNS = "SIGNS"
    PATTERN = "PATTERN"
    OUTPUT = "OUTPUT"
    COUNT = "COUNT"

    def name(self) -> str:
        return "design_markers"

    def displayName(self) -> str:  # noqa: N802
        return tr("Design boundary markers")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Places designed boundary markers on every ring of each zone: at the north-western-most "
                  "vertex, at every vertex turning more than the angle, at every crossing with the given "
                  "roads, railways or watercourses, and in between so that consecutive markers along the "
                  "ring are never further apart than the maximum spacing. Markers are numbered clockwise "
                  "from the north-western-most vertex with the pattern (default 120114-<type>-<feature>-NNNN); "
                  "signboards at crossings, when asked for, are numbered in their own series.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(source_parameter(
            self.ZONES, tr("Zones (polygons with zone_uid)"), [QgsProcessing.TypeVectorPolygon], "zones"))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_SPACING, tr("Maximum spacing along the boundary (m)"), QgsProcessingParameterNumber.Double,
            SurveyDefaults.max_spacing_m, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.TURN_ANGLE, tr("Turning angle that needs a marker (degrees)"), QgsProcessingParameterNumber.Double,
            SurveyDefaults.turn_angle_deg, minValue=0.0, maxValue=179.9))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CROSSINGS, tr("Roads, railways and watercourses (lines)"), [QgsProcessing.TypeVectorLine],
            optional=True))
        signs = QgsProcessingParameterBoolean(self.SIGNS, tr("Also place signboards at crossings"), False)
        pattern = QgsProcessingParameterString(self.PATTERN, tr("Numbering pattern"), DEFAULT_NUMBER_PATTERN)
        for p in (signs, pattern):
            p.setFlags(p.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Designed markers"),
                                                            QgsProcessing.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Number of markers")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        try:
            params = DesignParams(
                max_spacing_m=self.parameterAsDouble(parameters, self.MAX_SPACING, context),
                turn_angle_deg=self.parameterAsDouble(parameters, self.TURN_ANGLE, context),
                signs_at_crossings=self.parameterAsBool(parameters, self.SIGNS, context),
                pattern=self.parameterAsString(parameters, self.PATTERN, context) or DEFAULT_NUMBER_PATTERN)
        except PatternError:
            raise QgsProcessingException(tr("The numbering pattern needs {seq} and may use only {type}, "
                                            "{feature} and {seq}")) from None
        zones = read_zone_set(self, parameters, self.ZONES, context, feedback, require_uid=True)
        lines = source_features(self, parameters, self.CROSSINGS, context)
        crossings = crossing_lines(lines) if lines is not None else None
        try:
            markers = design(zones, params, crossings, should_stop=feedback.isCanceled,
                             progress=lambda f: feedback.setProgress(90.0 * f))
        except CancelledError:
            return self.nothing_written(feedback)
        except DesignInputError as exc:
            raise QgsProcessingException(str(exc)) from exc
        fields = design_fields()
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point,
                                          QgsCoordinateReferenceSystem(WORKING_CRS))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        # Once the design is done it is written whole: a cancel now would leave a partial output.
        for n, m in enumerate(markers):
            self.add_feature(sink, design_feature(m, fields), parameters, self.OUTPUT)
            feedback.setProgress(90.0 + 10.0 * (n + 1) / max(1, len(markers)))
        feedback.pushInfo(tr("{n} markers on {z} zones").format(n=len(markers), z=len(zones) - len(zones.without_uid)))
        return {self.OUTPUT: dest, self.COUNT: len(markers)}
