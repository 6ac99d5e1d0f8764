# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:export_ledger``: the case ledger as XLSX or CSV, optionally for public disclosure."""
from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFileDestination,
)

from ...layers.ledger.records import LedgerInputError, read_cases
from ...services.ledger.export import FORMATS, ExportError, export_ledger
from ...toolbelt.i18n import tr
from ..base import WuqingAlgorithm
from ..defaults import source_parameter


class ExportLedgerAlgorithm(WuqingAlgorithm):
    GROUP = "ledger"

    INPUT = "INPUT"
    DATE_FROM = "DATE_FROM"
    DATE_TO = "DATE_TO"
    PUBLIC = "PUBLIC"
    OUTPUT = "OUTPUT"
    COUNT = "COUNT"

    def name(self) -> str:
        return "export_ledger"

    def displayName(self) -> str:  # noqa: N802
        return tr("Export the case ledger")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Writes the violation records discovered in the chosen dates (all when none are given) to an "
                  "XLSX or CSV file, by the file's extension, with column names and coded values in the user's "
                  "language. For public disclosure, reporters' identity and contact, the names of responsible "
                  "parties, staff names, evidence files and internal notes are left out, and masked wherever "
                  "another text repeats them.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(source_parameter(
            self.INPUT, tr("Violation records"), [QgsProcessing.TypeVectorPoint], "violations"))
        for name, label in ((self.DATE_FROM, tr("Discovered from")), (self.DATE_TO, tr("Discovered until"))):
            self.addParameter(QgsProcessingParameterDateTime(
                name, label, QgsProcessingParameterDateTime.Date, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.PUBLIC, tr("For public disclosure (no personal data)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Ledger file"), tr("Excel workbook (*.xlsx);;CSV (*.csv)")))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Records written")))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Refuse a file type other than XLSX or CSV before anything runs (the dialog shows why)."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if Path(path).suffix.lower() not in FORMATS:
            return False, tr("Choose a file ending in .xlsx or .csv, not {}").format(Path(path).name)
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        dates = []
        for name in (self.DATE_FROM, self.DATE_TO):
            value = self.parameterAsDateTime(parameters, name, context) if parameters.get(name) else None
            dates.append(value.date().toPyDate() if value is not None and value.isValid() else None)
        public = self.parameterAsBool(parameters, self.PUBLIC, context)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        try:
            cases = read_cases(source, title=self.source_title(parameters, self.INPUT, context))
            out, count = export_ledger(cases, path, public=public, date_from=dates[0], date_to=dates[1])
        except (ExportError, LedgerInputError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        except OSError as exc:  # writable when checked: a full disk, a lost share
            raise QgsProcessingException(tr("{path} could not be written: {error}").format(
                path=path, error=exc)) from exc
        feedback.pushInfo(tr("{n} of {total} records written to {path}").format(n=count, total=len(cases), path=out))
        return {self.OUTPUT: str(out), self.COUNT: count}
