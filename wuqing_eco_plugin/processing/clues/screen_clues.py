# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:screen_clues``: each monitoring clue against the red and yellow lines, with its town."""
from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ...domain.clues.verdicts import CLUE_FLAGS
from ...domain.overlaps.screening import VERDICTS
from ...layers.geometry import from_shapely
from ...services.clues.cases import ClueError
from ...services.clues.screening import ClueScreener, result_fields
from ...services.zone_input import WORKING
from ...toolbelt.i18n import tr, ui_language
from ..base import WuqingAlgorithm
from ..zones_input import SKIP_CHECKS, read_zone_set, report_notes


class ScreenCluesAlgorithm(WuqingAlgorithm):
    GROUP = "analysis"

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    ZONES = "ZONES"
    APPROVED = "APPROVED"
    TOWNS = "TOWNS"
    COORDINATES = "COORDINATES"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "screen_clues"

    def displayName(self) -> str:  # noqa: N802
        return tr("Screen monitoring clues")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("For each suspected change polygon or point of a monitoring batch (疑似问题图斑): the verdict as "
                  "for a construction project (prohibited, needs_approval, approved_land or clear), the area inside "
                  "red zones, yellow zones and approved land in m² (EPSG:4548), the zones, the town holding most "
                  "of its area (others listed) and the lead department. A point gets the verdict of the zones "
                  "containing it. Clues far outside the district or in offset GCJ-02 coordinates are flagged, not "
                  "screened. Clue numbers must be given and unique in the batch.")

    def initAlgorithm(self, config=None):  # noqa: N802
        polygons = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Monitoring clues (polygons or points)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(self.ID_FIELD, tr("Clue number field"), None, self.INPUT))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, tr("Protected zones (fields zone_type and line_class)"), polygons))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.APPROVED, tr("Approved construction land"), polygons, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.TOWNS, tr("Towns and streets"), polygons,
                                                              optional=True))
        options = [tr("As the layer's CRS says"), tr("GCJ-02 longitude and latitude (internet maps): convert them")]
        self.addParameter(QgsProcessingParameterEnum(self.COORDINATES, tr("Coordinates of the clues"), options,
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Screened clues")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        clues = self.parameterAsSource(parameters, self.INPUT, context)
        if clues is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        features = list(clues.getFeatures(QgsFeatureRequest(), SKIP_CHECKS))
        screener = self._screener(parameters, context, feedback)
        gcj = self.parameterAsEnum(parameters, self.COORDINATES, context) == 1
        if gcj and not clues.sourceCrs().isGeographic():
            raise QgsProcessingException(tr("GCJ-02 coordinates are longitudes and latitudes, but the clues are "
                                            "in {crs}").format(crs=clues.sourceCrs().authid()))
        screener.gcj_coordinates = gcj
        try:
            screened = screener.screen_layer(features, clues.sourceCrs(), clues.fields(), id_field)
        except ClueError as exc:
            raise QgsProcessingException(str(exc)) from exc
        added = result_fields()
        fields = QgsFields()
        for f in clues.fields():
            if added.indexOf(f.name()) < 0:  # a screened layer screened again gets its results replaced
                fields.append(f)
        for f in added:
            fields.append(f)
        points = QgsWkbTypes.geometryType(clues.wkbType()) == QgsWkbTypes.PointGeometry
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Point if points else QgsWkbTypes.MultiPolygon, WORKING)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        counts: dict[str, int] = {}
        lang = ui_language()
        for n, (feature, result) in enumerate(screened):
            if feedback.isCanceled():
                return {}
            if result.note is not None:
                feedback.pushWarning(result.note.message())
            if result.verdict.flag:
                feedback.pushWarning(tr("Clue {clue}: {flag}").format(clue=result.verdict.clue_id,
                                                                      flag=result.note_text(lang)))
            out = QgsFeature(fields)
            if result.geometry is not None:
                out.setGeometry(from_shapely(result.geometry))
            values = result.values(lang)
            out.setAttributes([feature[f.name()] if f.name() not in values else values[f.name()] for f in fields])
            self.add_feature(sink, out, parameters, self.OUTPUT)
            key = result.verdict.verdict or result.verdict.flag
            counts[key] = counts.get(key, 0) + 1
            feedback.setProgress(100.0 * (n + 1) / max(1, len(features)))
        feedback.pushInfo("; ".join(f"{VERDICTS.label(k, lang) if k in VERDICTS else CLUE_FLAGS.label(k, lang)}: {v}"
                                    for k, v in counts.items()))
        return {self.OUTPUT: dest_id}

    def _screener(self, parameters, context, feedback) -> ClueScreener:
        zones = read_zone_set(self, parameters, self.ZONES, context, feedback)
        sources = {}
        for name in (self.APPROVED, self.TOWNS):
            sources[name] = self.parameterAsSource(parameters, name, context)
            if sources[name] is None and parameters.get(name) not in (None, ""):
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
        approved, towns = sources[self.APPROVED], sources[self.TOWNS]
        if towns is not None and towns.fields().indexOf("name") < 0:
            raise QgsProcessingException(tr("The layer {layer} has no field {field}").format(
                layer=towns.sourceName(), field="name"))
        if towns is None:
            feedback.pushWarning(tr("Without towns the clues get no town, and none is checked for lying far "
                                    "outside the district"))
        screener = ClueScreener(
            zones, approved.getFeatures(QgsFeatureRequest(), SKIP_CHECKS) if approved else (),
            approved.sourceCrs() if approved else None,
            towns.getFeatures(QgsFeatureRequest(), SKIP_CHECKS) if towns else (),
            towns.sourceCrs() if towns else None, context.transformContext())
        report_notes(screener.notes[len(zones.notes):], feedback)
        return screener
