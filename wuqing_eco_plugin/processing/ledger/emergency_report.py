# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:emergency_report``: the report of an emergency or important matter so far, as a PDF."""
from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...domain.errors import WuqingError
from ...domain.ledger.emergencies import DEFAULT_TIMES, ReportTimes
from ...layers import schema
from ...services.ledger.emergency_report import write_emergency_report
from ...services.ledger.source import source_of_layer
from ...services.ledger.store import StoreError
from ...toolbelt.i18n import tr
from ..base import WuqingAlgorithm


class EmergencyReportAlgorithm(WuqingAlgorithm):
    GROUP = "ledger"

    INPUT = "INPUT"
    RECORD_NO = "RECORD_NO"
    FIRST_REPORT_HOURS = "FIRST_REPORT_HOURS"
    UPDATE_HOURS = "UPDATE_HOURS"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "emergency_report"

    def displayName(self) -> str:  # noqa: N802
        return tr("Emergency report")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("The report so far of a case marked as an emergency or important matter (seed §九): the case, the "
                  "first report, every update in order and the final report, with their times, who reported, the "
                  "departments notified and the text; whether the first report came in time and when the next is "
                  "due; the handling steps and the current status. INPUT: the case records of the project's "
                  "GeoPackage. The due times are the plugin's defaults (first report within 1 hour, an update every "
                  "24 hours), not law: set them here.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(self.INPUT, tr("Violation records"),
                                                            [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterString(self.RECORD_NO, tr("Record number")))
        self.addParameter(QgsProcessingParameterNumber(
            self.FIRST_REPORT_HOURS, tr("First report due within (hours)"), QgsProcessingParameterNumber.Double,
            DEFAULT_TIMES.first_hours, False, 0.1, 240))
        self.addParameter(QgsProcessingParameterNumber(
            self.UPDATE_HOURS, tr("An update due every (hours)"), QgsProcessingParameterNumber.Double,
            DEFAULT_TIMES.update_hours, False, 0.5, 720))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Report"), tr("PDF files (*.pdf)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        number = self.parameterAsString(parameters, self.RECORD_NO, context).strip()
        times = ReportTimes(self.parameterAsDouble(parameters, self.FIRST_REPORT_HOURS, context),
                            self.parameterAsDouble(parameters, self.UPDATE_HOURS, context))
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        error = None
        try:
            # The layer is no local of this frame: a refusal's traceback must not keep it past QGIS's exit.
            written = _write(self.parameterAsVectorLayer(parameters, self.INPUT, context), number, path, times,
                             context.project())
        except WuqingError as exc:
            error = str(exc)
        if error is not None:  # raised here, the refusal keeps no frame that holds the layer
            raise QgsProcessingException(error)
        feedback.pushInfo(tr("Written: {}").format(written))
        return {self.OUTPUT: str(written)}


def _write(layer, number: str, path: str, times: ReportTimes, project):
    store = source_of_layer(layer).store
    found = store.storage.select(schema.VIOLATIONS, {"record_no": number})
    if not found:
        raise StoreError(tr("No record {} in the ledger").format(number))
    record = found[0][0]
    return write_emergency_report(record, store.history(record["record_uid"]), path, project, times=times)
