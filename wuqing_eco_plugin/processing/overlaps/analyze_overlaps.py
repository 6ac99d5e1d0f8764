# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:analyze_overlaps``: the pieces where zones overlap, with the strictest rule."""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from ...domain.bulk import collector_paused
from ...domain.coordinates import WORKING_CRS
from ...domain.overlaps.overlay import CancelledError, LineworkStats
from ...domain.overlaps.pieces import analyze, totals
from ...domain.zones import LINE_CLASSES, ZONE_TYPES
from ...layers.features import FeatureBuilder
from ...layers.sink_writing import add_features
from ...services.overlaps.analysis import OverlapFeatures, overlap_fields
from ...toolbelt.i18n import tr
from ..base import WuqingAlgorithm
from ..defaults import source_parameter
from ..help_text import code_list
from ..styling import style_output
from ..zones_input import read_zone_set


class AnalyzeOverlapsAlgorithm(WuqingAlgorithm):
    GROUP = "analysis"

    INPUT = "INPUT"
    ALL_PIECES = "ALL_PIECES"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "analyze_overlaps"

    def displayName(self) -> str:  # noqa: N802
        return tr("Analyse overlaps (strictest rule)")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Flattens the protected zones into pieces and keeps those covered by two or more zones "
                  "(or every piece). Each piece carries the zones covering it, their types, the strictest "
                  "line class (red if any covering zone is red), the departments involved, the union of the "
                  "prohibited activities and its area in EPSG:4548. Pieces never overlap. Invalid geometries "
                  "are repaired and reported; null geometries are reported and skipped.") + "\n\n" + tr(
            "zone_type: {types}. line_class: {classes}.").format(types=code_list(ZONE_TYPES),
                                                                classes=code_list(LINE_CLASSES))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            source_parameter(
                self.INPUT,
                tr("Protected zones (fields zone_type and line_class)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                "zones",
            )
        )
        self.addParameter(QgsProcessingParameterBoolean(
            self.ALL_PIECES, tr("Every piece, not only overlaps"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Overlaps (strictest rule)"), QgsProcessing.SourceType.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        zones = read_zone_set(self, parameters, self.INPUT, context, feedback)
        feedback.pushInfo(tr("{n} zones read").format(n=len(zones)))
        stats = LineworkStats()
        try:
            records = analyze(zones.infos, zones.geometries,
                              self.parameterAsBool(parameters, self.ALL_PIECES, context),
                              progress=lambda f: feedback.setProgress(90.0 * f), should_stop=feedback.isCanceled,
                              stats=stats)
        except CancelledError:
            return self.nothing_written(feedback)
        if stats.slivers:
            feedback.pushInfo(tr("{n} slivers under 1 mm² (two digitisations of one line meeting) were left "
                                 "out").format(n=stats.slivers))
        # The output is made once the analysis is done, and written whole: a cancelled run leaves no
        # output rather than an empty one that looks like "no overlaps".
        fields = overlap_fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon,
                                             QgsCoordinateReferenceSystem(WORKING_CRS))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        make = OverlapFeatures(FeatureBuilder(fields, multi=True, name="overlaps"))
        with collector_paused():
            written = add_features(sink, make(records),
                                   progress=lambda n: feedback.setProgress(90 + 10 * n / len(records)))
        if not written:
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        t = totals(records)
        feedback.pushInfo(tr("{n} pieces, {m2:.1f} m² ({ha:.4f} ha, {mu:.2f} mu); red {red:.1f} m², "
                             "yellow {yellow:.1f} m²").format(n=t.count, m2=t.area_m2, ha=t.area_ha, mu=t.area_mu,
                                                             red=t.red_m2, yellow=t.yellow_m2))
        style_output(context, dest_id, "overlaps", tr("Overlaps (strictest rule)"))
        return {self.OUTPUT: dest_id}
