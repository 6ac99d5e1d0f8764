# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:clues_to_cases``: screened clues that call for it become cases of the ledger."""
from __future__ import annotations

import datetime as dt
import getpass

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from ...domain.errors import WuqingError
from ...layers.project_layers import ZONE_ROLES
from ...services.clues.cases import REQUIRED_FIELDS, ClueRegistrar, Registration, read_screened
from ...services.ledger.record_prefill import PlaceFinder
from ...services.ledger.source import open_source
from ...toolbelt.i18n import tr
from ..base import WuqingAlgorithm
from ..zones_input import SKIP_CHECKS, check_fields

#: The project's layers a case's place is found in.
PLACE_ROLES = (*ZONE_ROLES, "approved_land", "towns", "markers")


class CluesToCasesAlgorithm(WuqingAlgorithm):
    GROUP = "ledger"

    INPUT = "INPUT"
    SOURCE = "SOURCE"
    SCHEMA = "SCHEMA"
    BATCH = "BATCH"
    DISCOVERED_AT = "DISCOVERED_AT"
    RECORDED_BY = "RECORDED_BY"
    CREATED = "CREATED"
    SKIPPED = "SKIPPED"
    NOT_APPLICABLE = "NOT_APPLICABLE"
    FLAGGED = "FLAGGED"
    RECORD_NUMBERS = "RECORD_NUMBERS"

    def name(self) -> str:
        return "clues_to_cases"

    def displayName(self) -> str:  # noqa: N802
        return tr("Register monitoring clues as cases")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Every screened clue whose verdict is prohibited or needs_approval becomes a case of the ledger, "
                  "registered as the record dialog registers one (source: monitoring; linked zones, town, routing, "
                  "nearest marker; severity from the verdict; the clue's polygon as the affected area; the clue "
                  "number on the case; its verdict and areas in the description; first history row). All in one "
                  "transaction. A clue number already in the ledger is skipped, so running it again creates "
                  "nothing. SOURCE: the project's GeoPackage. Outputs: CREATED, SKIPPED, NOT_APPLICABLE (clear or "
                  "in approved land), FLAGGED (not screened).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Screened clues (output of Screen monitoring clues)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterString(self.SOURCE, tr("The project's data (GeoPackage)")))
        self.addParameter(QgsProcessingParameterString(self.SCHEMA, tr("Schema (a database's; empty for a "
                                                                       "GeoPackage)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.BATCH, tr("Batch (e.g. 2026年第三季度市级遥感监测)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterDateTime(self.DISCOVERED_AT, tr("Received (discovered) at"),
                                                         optional=True))
        self.addParameter(QgsProcessingParameterString(self.RECORDED_BY, tr("Recorded by"), getpass.getuser()))
        for name, label in ((self.CREATED, tr("Cases created")), (self.SKIPPED, tr("Clues registered already")),
                            (self.NOT_APPLICABLE, tr("Clues that open no case")),
                            (self.FLAGGED, tr("Clues flagged, not screened"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString(self.RECORD_NUMBERS, tr("Record numbers created")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        clues = self.parameterAsSource(parameters, self.INPUT, context)
        if clues is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        check_fields(clues, clues.sourceName(), REQUIRED_FIELDS)
        received = self.parameterAsDateTime(parameters, self.DISCOVERED_AT, context)
        now = dt.datetime.now().replace(microsecond=0)
        discovered = received.toPyDateTime().replace(microsecond=0) if received.isValid() else now
        rows = read_screened(clues.getFeatures(QgsFeatureRequest(), SKIP_CHECKS), clues.sourceCrs(),
                             context.transformContext())
        error = None
        try:
            done = _register(rows, self.parameterAsString(parameters, self.SOURCE, context),
                             self.parameterAsString(parameters, self.SCHEMA, context),
                             self.parameterAsString(parameters, self.BATCH, context).strip(), discovered,
                             self.parameterAsString(parameters, self.RECORDED_BY, context), now)
        except WuqingError as exc:
            error = str(exc)
        if error is not None:  # raised here, the refusal keeps no frame that holds the store's layers
            raise QgsProcessingException(error)
        numbers = [s.record_no for s in done.created]
        feedback.pushInfo(tr("{created} cases created ({numbers}); {skipped} clues registered already; {na} open no "
                             "case; {flagged} flagged").format(created=len(numbers), numbers="、".join(numbers) or "-",
                                                               skipped=len(done.skipped), na=len(done.not_applicable),
                                                               flagged=len(done.flagged)))
        if done.flagged:
            feedback.pushWarning(tr("Not screened, not registered: {}").format("、".join(done.flagged)))
        return {self.CREATED: len(numbers), self.SKIPPED: len(done.skipped),
                self.NOT_APPLICABLE: len(done.not_applicable), self.FLAGGED: len(done.flagged),
                self.RECORD_NUMBERS: ",".join(numbers)}


def _register(rows, source_name: str, db_schema: str, batch: str, discovered: dt.datetime, recorded_by: str,
              now: dt.datetime) -> Registration:
    """Open the ledger and register the clues; its layers live only as long as this call."""
    source = open_source(source_name, db_schema)
    registrar = ClueRegistrar(PlaceFinder.from_layers(source.layers(*PLACE_ROLES), shared=False), source.store)
    return registrar.register(rows, batch, discovered, recorded_by, now)
