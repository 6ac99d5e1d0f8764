# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:ledger_report``: the quarterly work report or (QUARTER 0) the annual assessment pack."""
from __future__ import annotations

import datetime as dt

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from ...domain.errors import WuqingError
from ...layers.ledger.records import history_beside, read_cases, read_history
from ...services.ledger.indicators import read_indicators
from ...services.ledger.reports import read_composition, read_zone_areas, write_report
from ...toolbelt.i18n import tr
from ..base import WuqingAlgorithm
from ..defaults import source_parameter


class LedgerReportAlgorithm(WuqingAlgorithm):
    GROUP = "ledger"

    INPUT = "INPUT"
    ZONES = "ZONES"
    TOWNS = "TOWNS"
    INDICATORS = "INDICATORS"
    YEAR = "YEAR"
    QUARTER = "QUARTER"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    HISTORY = "HISTORY"
    XLSX = "XLSX"
    PDF = "PDF"

    def name(self) -> str:
        return "ledger_report"

    def displayName(self) -> str:  # noqa: N802
        return tr("Ledger report (quarterly or annual)")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Quarter 1–4: the quarterly work-information report of the member units (new, in progress, "
                  "closed, dismissed and overdue cases by lead department, category, protected zone and town, the "
                  "emergencies and important matters with their reports, and the list of cases). Quarter 0: the "
                  "annual assessment pack for the district government (due by 15 September): red and yellow areas "
                  "by zone type and town, the zones' quality and service-function indicators (optional INDICATORS) "
                  "with the change from the year before, cases by severity and outcome, and the estimated "
                  "assessment points. Each is written as an Excel workbook and a PDF.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(source_parameter(
            self.INPUT, tr("Violation records"), [QgsProcessing.TypeVectorPoint], "violations"))
        self.addParameter(source_parameter(
            self.ZONES, tr("Protected zones"), [QgsProcessing.TypeVectorPolygon], "zones"))
        self.addParameter(source_parameter(
            self.TOWNS, tr("Towns and streets"), [QgsProcessing.TypeVectorPolygon], "towns"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INDICATORS, tr("Zone indicators (for the annual pack)"), [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, tr("Year"), QgsProcessingParameterNumber.Integer, dt.date.today().year, False, 2000, 2100))
        self.addParameter(QgsProcessingParameterNumber(
            self.QUARTER, tr("Quarter (0 = the whole year: annual assessment pack)"),
            QgsProcessingParameterNumber.Integer, 0, False, 0, 4))
        history = QgsProcessingParameterFeatureSource(
            self.HISTORY, tr("Case history (empty: the violation_history table beside the records)"),
            [QgsProcessing.TypeVector], optional=True)
        history.setFlags(history.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(history)
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Output folder")))
        self.addOutput(QgsProcessingOutputFile(self.XLSX, tr("Excel workbook")))
        self.addOutput(QgsProcessingOutputFile(self.PDF, tr("PDF")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        sources = {}
        for name in (self.INPUT, self.ZONES, self.TOWNS):
            sources[name] = self.parameterAsSource(parameters, name, context)
            if sources[name] is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
        year = self.parameterAsInt(parameters, self.YEAR, context)
        quarter = self.parameterAsInt(parameters, self.QUARTER, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        try:
            cases = read_cases(sources[self.INPUT], title=self.source_title(parameters, self.INPUT, context))
            feedback.pushInfo(tr("{} records read").format(len(cases)))
            comp, indicators, areas = None, [], {}
            if quarter == 0:
                feedback.setProgressText(tr("Measuring the red and yellow areas…"))
                comp = read_composition([sources[self.ZONES]], sources[self.TOWNS], context.transformContext(),
                                        feedback.pushWarning, self.source_title(parameters, self.TOWNS, context))
                indicators = read_indicators(self.parameterAsSource(parameters, self.INDICATORS, context))
                if indicators:
                    areas = read_zone_areas([sources[self.ZONES]], context.transformContext())
        except WuqingError as exc:
            raise QgsProcessingException(str(exc)) from exc
        if feedback.isCanceled():
            return {}
        history = self._history(parameters, context, feedback)
        try:
            files = write_report(cases, folder, year, quarter, comp, project=context.project(), history=history,
                                 indicators=indicators, zone_areas=areas)
        except (OSError, WuqingError) as exc:  # the folder was writable when checked: a full disk, a lost share
            raise QgsProcessingException(tr("The report could not be written to {folder}: {error}").format(
                folder=folder, error=exc)) from exc
        if files.unexplained:
            feedback.pushWarning(tr("{n} records' history does not explain their status: {records}").format(
                n=len(files.unexplained), records=", ".join(c.record_no for c, _ in files.unexplained[:20])))
        feedback.pushInfo(tr("Written: {xlsx}, {pdf}").format(xlsx=files.xlsx, pdf=files.pdf))
        return {self.OUTPUT_FOLDER: folder, self.XLSX: str(files.xlsx), self.PDF: str(files.pdf)}

    def _history(self, parameters, context, feedback):
        """Each record's history steps: from HISTORY, else from the records' own GeoPackage."""
        source = self.parameterAsSource(parameters, self.HISTORY, context)
        if source is None:
            source = history_beside(self.parameterAsVectorLayer(parameters, self.INPUT, context))
        if source is None:
            feedback.pushInfo(tr("No case history found: the statuses are not checked against it"))
            return None
        return read_history(source)
