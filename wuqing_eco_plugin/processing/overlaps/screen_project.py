# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:screen_project``: each construction footprint against the red and yellow lines."""
from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingUtils,
)

from ...domain.overlaps.screening import VERDICTS
from ...services.overlaps.screening import ProjectScreener, result_fields
from ...services.zone_input import GeometryNote
from ...toolbelt.i18n import tr, ui_language
from ..base import WuqingAlgorithm
from ..zones_input import SKIP_CHECKS, read_zone_set, report_notes


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
                  "prohibited (red area outside approved land), needs_approval (yellow area, nothing "
                  "prohibited: needs the municipal government's consent), approved_land (the red area lies "
                  "entirely in approved land) or clear, with the reason.")

    def initAlgorithm(self, config=None):  # noqa: N802
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, tr("Protected zones (fields zone_type and line_class)"), polygons))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.APPROVED, tr("Approved construction land"), polygons, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, tr("Construction footprints"), polygons))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Screened footprints"), QgsProcessing.SourceType.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        footprints = self.parameterAsSource(parameters, self.INPUT, context)
        if footprints is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        zones = read_zone_set(self, parameters, self.ZONES, context, feedback)
        approved = self.parameterAsSource(parameters, self.APPROVED, context)
        skip = SKIP_CHECKS
        screener = ProjectScreener.from_zones(
            zones, approved.getFeatures(QgsFeatureRequest(), skip) if approved is not None else (),
            approved.sourceCrs() if approved is not None else None, context.transformContext())
        report_notes(screener.notes[len(zones.notes):], feedback)
        added = result_fields().names()
        fields = QgsProcessingUtils.combineFields(footprints.fields(), result_fields())
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, footprints.wkbType(),
                                             footprints.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        total = footprints.featureCount() or 1
        counts: dict[str, int] = {}
        for n, feature in enumerate(footprints.getFeatures(QgsFeatureRequest(), skip)):
            if feedback.isCanceled():
                return {}
            result, fixed = screener.screen(feature.geometry(), footprints.sourceCrs(), context.transformContext())
            if fixed.codes:
                note = GeometryNote(feature.id(), "", fixed.codes, fixed.detail)
                feedback.pushWarning(note.message())
            if result is None:
                continue
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            values = result.values()
            out.setAttributes(list(feature.attributes()) + [values[name] for name in added])
            self.add_feature(sink, out, parameters, self.OUTPUT)
            counts[result.verdict] = counts.get(result.verdict, 0) + 1
            feedback.setProgress(100.0 * (n + 1) / total)
        lang = ui_language()
        feedback.pushInfo("; ".join(f"{VERDICTS.label(v, lang)}: {k}" for v, k in counts.items()))
        return {self.OUTPUT: dest_id}
