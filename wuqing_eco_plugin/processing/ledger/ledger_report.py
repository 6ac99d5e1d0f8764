# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:ledger_report``: the quarterly work report or (QUARTER 0) the annual assessment pack."""
from __future__ import annotations

import datetime as dt

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from ...layers.ledger.records import read_cases
from ...services.ledger.reports import read_composition, write_report
from ...services.zone_input import ZoneDataError
from ...toolbelt.i18n import tr
from ..base import WuqingAlgorithm


class LedgerReportAlgorithm(WuqingAlgorithm):
    GROUP = "ledger"

    INPUT = "INPUT"
    ZONES = "ZONES"
    TOWNS = "TOWNS"
    YEAR = "YEAR"
    QUARTER = "QUARTER"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    XLSX = "XLSX"
    PDF = "PDF"

    def name(self) -> str:
        return "ledger_report"

    def displayName(self) -> str:  # noqa: N802
        return tr("Ledger report (quarterly or annual)")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Quarter 1–4: the quarterly work-information report of the member units (new, in progress, "
                  "closed, dismissed and overdue cases by lead department, category, protected zone and town, and "
                  "the list of cases). Quarter 0: the annual assessment pack for the district government (due by "
                  "15 September): red and yellow areas by zone type and town, cases by severity and outcome, and "
                  "the estimated assessment points. Each is written as an Excel workbook and a PDF.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Violation records"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, tr("Protected zones"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TOWNS, tr("Towns and streets"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, tr("Year"), QgsProcessingParameterNumber.Type.Integer, dt.date.today().year, False, 2000, 2100))
        self.addParameter(QgsProcessingParameterNumber(
            self.QUARTER, tr("Quarter (0 = the whole year: annual assessment pack)"),
            QgsProcessingParameterNumber.Type.Integer, 0, False, 0, 4))
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
        cases = read_cases(sources[self.INPUT])
        feedback.pushInfo(tr("{} records read").format(len(cases)))
        comp = None
        if quarter == 0:
            feedback.setProgressText(tr("Measuring the red and yellow areas…"))
            try:
                comp = read_composition([sources[self.ZONES]], sources[self.TOWNS], context.transformContext())
            except ZoneDataError as exc:
                raise QgsProcessingException(str(exc)) from exc
        if feedback.isCanceled():
            return {}
        files = write_report(cases, folder, year, quarter, comp, project=context.project())
        feedback.pushInfo(tr("Written: {xlsx}, {pdf}").format(xlsx=files.xlsx, pdf=files.pdf))
        return {self.OUTPUT_FOLDER: folder, self.XLSX: str(files.xlsx), self.PDF: str(files.pdf)}
