# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:screen_project``: each construction footprint against the red and yellow lines."""
from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingUtils,
)

from ...domain.overlaps.screening import VERDICTS
from ...layers.gdal_errors import read_all
from ...services.overlaps.screening import ProjectScreener, result_fields
from ...services.zone_input import GeometryNote
from ...toolbelt.i18n import tr, ui_language
from ..base import WuqingAlgorithm
from ..defaults import source_parameter
from ..help_text import code_label
from ..zones_input import SKIP_CHECKS, located, read_zone_set, report_notes


class ScreenProjectAlgorithm(WuqingAlgorithm):
    GROUP = "analysis"

    ZONES = "ZONES"
    APPROVED = "APPROVED"
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "screen_project"

    def displayName(self) -> str:  # noqa: N802
        return tr("Screen construction projects")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("For each construction footprint: the area inside red-line zones, inside yellow-line zones "
                  "(outside red) and inside approved construction land, all in EPSG:4548, and the verdict: "
                  "{prohibited}: red area outside approved land; {needs_approval}: yellow area, nothing "
                  "prohibited (needs the municipal government's consent); {approved_land}: the red area lies "
                  "entirely in approved land; or {clear}; with the reason.").format(
            **{code: code_label(VERDICTS, code) for code in VERDICTS.codes()})

    def initAlgorithm(self, config=None):  # noqa: N802
        polygons = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(source_parameter(
            self.ZONES, tr("Protected zones (fields zone_type and line_class)"), polygons, "zones"))
        self.addParameter(source_parameter(
            self.APPROVED, tr("Approved construction land"), polygons, "approved_land", optional=True))
        self.addParameter(source_parameter(self.INPUT, tr("Construction footprints"), polygons, "footprints"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Screened footprints"), QgsProcessing.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        footprints = self.parameterAsSource(parameters, self.INPUT, context)
        if footprints is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        located(footprints, context)  # footprints in a wrong CRS would all be "clear"
        zones = read_zone_set(self, parameters, self.ZONES, context, feedback)
        approved = self.parameterAsSource(parameters, self.APPROVED, context)
        if approved is not None:
            located(approved, context)
        skip = SKIP_CHECKS
        screener = ProjectScreener.from_zones(
            zones, approved.getFeatures(QgsFeatureRequest(), skip) if approved is not None else (),
            approved.sourceCrs() if approved is not None else None, context.transformContext())
        report_notes(screener.notes[len(zones.notes):], feedback)
        added = result_fields().names()
        # A read cut short by a damaged file stops the run (before anything is written).
        features = read_all(footprints.getFeatures(QgsFeatureRequest(), skip), footprints.sourceName())
        total = len(features) or 1
        screened = []
        for n, feature in enumerate(features):
            if feedback.isCanceled():
                return self.nothing_written(feedback)
            result, fixed = screener.screen(feature.geometry(), footprints.sourceCrs(), context.transformContext())
            if fixed.codes:
                note = GeometryNote(feature.id(), "", fixed.codes, fixed.detail)
                feedback.pushWarning(note.message())
            if result is not None:
                screened.append((feature, result))
            feedback.setProgress(90.0 * (n + 1) / total)
        # The output is made once every footprint is screened, and written whole: a cancelled run
        # leaves no output rather than one that looks complete and is not.
        fields = QgsProcessingUtils.combineFields(footprints.fields(), result_fields())
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, footprints.wkbType(),
                                             footprints.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        counts: dict[str, int] = {}
        for feature, result in screened:
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            values = result.values()
            out.setAttributes(list(feature.attributes()) + [values[name] for name in added])
            self.add_feature(sink, out, parameters, self.OUTPUT)
            counts[result.verdict] = counts.get(result.verdict, 0) + 1
        lang = ui_language()
        feedback.pushInfo("; ".join(f"{VERDICTS.label(v, lang)}: {k}" for v, k in counts.items()))
        return {self.OUTPUT: dest_id}
