# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:export_review_drawings``: one print-ready PDF per town, plus the manifest.

Runs on the main thread (``FlagNoThreading``) like QGIS's own atlas exports: print layouts are not
thread-safe. Progress and cancel come through the feedback, town by town.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ...domain.admin import split_names
from ...domain.drawings.sheet import DEFAULT_PAGE, DEFAULT_QA, PAGE_FORMATS, QA_MODES
from ...output.report_pdf import LayoutExportError
from ...services.drawings.data import DrawingInput, DrawingInputError, DrawingSources
from ...services.drawings.export import DrawingExport
from ...services.drawings.map_layers import DrawingLayerError
from ...services.drawings.plan import DrawingOptions
from ...services.drawings.template import TemplateError
from ...toolbelt.i18n import tr, ui_language
from ..base import WuqingAlgorithm
from ..defaults import source_parameter


class ExportReviewDrawingsAlgorithm(WuqingAlgorithm):
    GROUP = "drawings"

    ZONES = "ZONES"
    TOWNS = "TOWNS"
    MARKERS = "MARKERS"
    OVERLAPS = "OVERLAPS"
    APPROVED = "APPROVED"
    TOWN_NAMES = "TOWN_NAMES"
    PAGE = "PAGE"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    VERSION = "VERSION"
    DATE = "DATE"
    NUMBER_PREFIX = "NUMBER_PREFIX"
    QA_GATE = "QA_GATE"
    TEMPLATE = "TEMPLATE"
    MANIFEST = "MANIFEST"
    DRAWINGS = "DRAWINGS"
    REFUSED = "REFUSED"

    def name(self) -> str:
        return "export_review_drawings"

    def displayName(self) -> str:  # noqa: N802
        return tr("Export red- and yellow-line review drawings")

    def flags(self):
        # Print layouts must be used on the main thread (QGIS's atlas exports do the same).
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Writes one print-ready PDF per town (all towns when no names are given): the town's map "
                  "with its red- and yellow-line zones, boundary markers, overlap pieces and approved "
                  "construction land, a CGCS2000 grid, scale bar, north arrow, legend and locator map, the "
                  "table of the zones in the town with their areas in hectares and mu, the marker coordinate "
                  "table, and a title block with drawing number, version, date and signatures. "
                  "manifest.json and manifest.csv list each file with its town, version, date and SHA-256. "
                  "The QA gate can warn about or refuse towns whose zone geometry or marker checks fail.")

    def initAlgorithm(self, config=None):  # noqa: N802
        polygons = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(source_parameter(self.ZONES, tr("Zones (name, zone_type, line_class)"), polygons, "zones"))
        self.addParameter(source_parameter(self.TOWNS, tr("Towns (name)"), polygons, "towns"))
        self.addParameter(source_parameter(
            self.MARKERS, tr("Boundary markers"), [QgsProcessing.TypeVectorPoint], "markers", optional=True))
        self.addParameter(source_parameter(self.OVERLAPS, tr("Overlap pieces"), polygons, "overlaps", optional=True))
        self.addParameter(source_parameter(
            self.APPROVED, tr("Approved construction land"), polygons, "approved_land", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TOWN_NAMES, tr("Towns to export (names separated by commas; empty: all)"), optional=True))
        lang = ui_language()
        self.addParameter(QgsProcessingParameterEnum(
            self.PAGE, tr("Page"), [f.label(lang) for f in PAGE_FORMATS],
            defaultValue=PAGE_FORMATS.codes().index(DEFAULT_PAGE)))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Output folder")))
        self.addParameter(QgsProcessingParameterString(self.VERSION, tr("Version"), defaultValue="1.0"))
        self.addParameter(QgsProcessingParameterString(
            self.DATE, tr("Date (YYYY-MM-DD; empty: today)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.NUMBER_PREFIX, tr("Drawing number prefix (empty: WQ-HHX-<year>)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.QA_GATE, tr("QA gate"), [m.label(lang) for m in QA_MODES],
            defaultValue=QA_MODES.codes().index(DEFAULT_QA)))
        self.addParameter(QgsProcessingParameterFile(
            self.TEMPLATE, tr("Layout template (.qpt; empty: the plugin's for the page)"),
            extension="qpt", optional=True))
        self.addOutput(QgsProcessingOutputFile(self.MANIFEST, tr("Manifest")))
        self.addOutput(QgsProcessingOutputNumber(self.DRAWINGS, tr("Drawings written")))
        self.addOutput(QgsProcessingOutputString(self.REFUSED, tr("Towns refused by the QA gate")))

    def _input(self, parameters, name, context, required=False):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            if required:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
            return None
        layer = self.parameterAsVectorLayer(parameters, name, context)
        title = layer.name() if layer is not None else name
        return DrawingInput.from_source(source, title, layer)

    def _options(self, parameters, context) -> DrawingOptions:
        text = (self.parameterAsString(parameters, self.DATE, context) or "").strip()
        try:
            date = dt.date.fromisoformat(text) if text else dt.date.today()
        except ValueError as exc:
            raise QgsProcessingException(tr("Not a date (YYYY-MM-DD): {}").format(text)) from exc
        template = (self.parameterAsFile(parameters, self.TEMPLATE, context) or "").strip()
        return DrawingOptions(
            page=PAGE_FORMATS.codes()[self.parameterAsEnum(parameters, self.PAGE, context)],
            version=(self.parameterAsString(parameters, self.VERSION, context) or "").strip() or "1.0",
            date=date,
            number_prefix=self.parameterAsString(parameters, self.NUMBER_PREFIX, context) or "",
            qa_mode=QA_MODES.codes()[self.parameterAsEnum(parameters, self.QA_GATE, context)],
            template=Path(template) if template else None,
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        folder = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        try:
            sources = DrawingSources(
                zones=[self._input(parameters, self.ZONES, context, required=True)],
                towns=self._input(parameters, self.TOWNS, context, required=True),
                markers=self._input(parameters, self.MARKERS, context),
                overlaps=self._input(parameters, self.OVERLAPS, context),
                approved=self._input(parameters, self.APPROVED, context),
                context=context.transformContext(),
            )
            job = DrawingExport(sources, split_names(parameters.get(self.TOWN_NAMES)),
                                self._options(parameters, context), folder, feedback.pushWarning)
            feedback.pushInfo(tr("{n} towns to export into {folder}").format(n=len(job), folder=folder))
            result = job.run(feedback)
        except (DrawingInputError, DrawingLayerError, TemplateError, LayoutExportError, OSError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        for entry in result.entries:
            if entry.file:
                feedback.pushInfo(f"{entry.town}: {entry.file} ({entry.pages} p.)")
        if feedback.isCanceled():
            feedback.reportError(tr("Cancelled: the manifest lists the towns exported so far."))
        return {self.OUTPUT_FOLDER: str(folder), self.MANIFEST: str(result.manifest),
                self.DRAWINGS: len(result.files), self.REFUSED: ",".join(result.refused)}
