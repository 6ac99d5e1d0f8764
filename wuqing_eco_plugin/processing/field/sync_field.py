# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:sync_field``: the field work of a package brought into the store."""
from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
)

from ...domain.errors import WuqingError
from ...services.field.sync import sync_package
from ...toolbelt.i18n import tr
from ..base import WuqingAlgorithm
from .source_input import add_source_parameters, source_from

#: Output → the outcome it counts.
COUNTS = {"NEW_CASES": "new_case", "UPDATED_MARKERS": "updated_marker", "CONFLICTS": "conflict",
          "REJECTED": "rejected", "ALREADY": "already"}


class SyncFieldAlgorithm(WuqingAlgorithm):
    GROUP = "field"

    PACKAGE = "PACKAGE"
    REPORT = "REPORT"

    def name(self) -> str:
        return "sync_field"

    def displayName(self) -> str:  # noqa: N802
        return tr("Import field results (QField)")

    def flags(self):
        # It edits the store's layers and writes the ledger: kept on the main thread with the project's layers.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Brings the work of a field package home. A patrol's new cases become cases of the ledger "
                  "through the record dialog's rules (number, routing, severity, first history row, photos "
                  "copied); the place is worked out again from the store's map. A survey's marker changes are "
                  "applied as surveys with their history, moved markers checked against the design. Syncing "
                  "the same package again writes nothing twice; a case outside the package's towns, a marker "
                  "changed at the office since the package was made, a missing photo: each is reported, the "
                  "rest still syncs. The report is written into the package folder.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(self.PACKAGE, tr("Field package (folder)"),
                                                     behavior=QgsProcessingParameterFile.Folder))
        add_source_parameters(self)
        for name, text in zip(COUNTS, (tr("New cases"), tr("Markers updated"), tr("Conflicts"),
                                       tr("Not taken over"), tr("Synced before"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))
        self.addOutput(QgsProcessingOutputFile(self.REPORT, tr("Report")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        folder = Path(self.parameterAsFile(parameters, self.PACKAGE, context))
        with source_from(self, parameters, context) as source:
            try:
                result = sync_package(source, folder, feedback)
            except (WuqingError, OSError) as exc:
                raise QgsProcessingException(str(exc)) from exc
        for line in result.text.splitlines():
            feedback.pushInfo(line)
        counts = result.counts()
        return {self.REPORT: str(result.report_file), **{name: counts[o] for name, o in COUNTS.items()}}
