# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:import_indicators``: the zones' quality and service-function indicators from a table."""
from __future__ import annotations

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from ...domain.errors import WuqingError
from ...layers.project_layers import ZONE_ROLES
from ...services.ledger.indicators import ImportResult, column_map, import_indicators, table_rows
from ...services.ledger.source import open_source
from ...services.zone_input import load_zones
from ...toolbelt.i18n import tr
from ..base import WuqingAlgorithm


class ImportIndicatorsAlgorithm(WuqingAlgorithm):
    GROUP = "ledger"

    INPUT = "INPUT"
    SOURCE = "SOURCE"
    SCHEMA = "SCHEMA"
    ADDED = "ADDED"
    REPLACED = "REPLACED"

    def name(self) -> str:
        return "import_indicators"

    def displayName(self) -> str:  # noqa: N802
        return tr("Import zone indicators")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("The quality and service-function indicators of the zones (water quality class of a river "
                  "section, vegetation cover of a belt, any indicator with a unit) from a table (CSV, XLSX or any "
                  "layer) with the columns zone (zone_uid, or the name with its class such as 北运河（红线区）), "
                  "indicator, unit, value (a number, or a water quality class such as Ⅲ类), year and optionally "
                  "source; Chinese column names (区域, 指标, 单位, 数值, 年度, 来源) are read too. A zone, "
                  "indicator and year already stored get the new value. A table with any bad row imports "
                  "nothing. The annual assessment pack shows them beside each zone's area with the change from "
                  "the year before.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, tr("Indicator table"),
                                                              [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterString(self.SOURCE, tr("The project's data (GeoPackage)")))
        self.addParameter(QgsProcessingParameterString(self.SCHEMA, tr("Schema (a database's; empty for a "
                                                                       "GeoPackage)"), optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.ADDED, tr("Indicators added")))
        self.addOutput(QgsProcessingOutputNumber(self.REPLACED, tr("Indicators given a new value")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        table = self.parameterAsSource(parameters, self.INPUT, context)
        if table is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        error = None
        try:
            rows = table_rows(table.getFeatures(QgsFeatureRequest()), column_map(table.fields()))
            result = _import(rows, self.parameterAsString(parameters, self.SOURCE, context),
                             self.parameterAsString(parameters, self.SCHEMA, context), context)
        except WuqingError as exc:
            error = str(exc)
        if error is not None:  # raised here, the refusal keeps no frame that holds the store's layers
            raise QgsProcessingException(error)
        feedback.pushInfo(tr("{added} indicators added, {replaced} given a new value").format(
            added=result.added, replaced=result.replaced))
        return {self.ADDED: result.added, self.REPLACED: result.replaced}


def _import(rows, source_name: str, db_schema: str, context) -> ImportResult:
    """Open the ledger, read its zones and import; its layers live only as long as this call."""
    source = open_source(source_name, db_schema)
    zones = load_zones((f for role in ZONE_ROLES for f in source.layer(role).getFeatures()),
                       source.layer(ZONE_ROLES[0]).crs(), context.transformContext())
    return import_indicators(source.storage, rows, zones)
