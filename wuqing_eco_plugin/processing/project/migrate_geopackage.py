# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:migrate_geopackage``: a project GeoPackage copied into the shared database."""
from __future__ import annotations

from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterFile

from ...layers.postgis.migrate import migrate_geopackage
from ...toolbelt.i18n import tr
from .database import DatabaseAlgorithm, stopping_on_refusal


class MigrateGeopackageAlgorithm(DatabaseAlgorithm):
    INPUT = "INPUT"
    COUNTS = "COUNTS"
    ROWS = "ROWS"

    def name(self) -> str:
        return "migrate_geopackage"

    def displayName(self) -> str:  # noqa: N802
        return tr("Migrate a GeoPackage into the shared database")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Copies every table of a project GeoPackage into the plugin's schema of a PostgreSQL database, "
                  "in one transaction: a failure leaves the database as it was. Uuids, record numbers, the history "
                  "with its original times and users, and attachment paths are kept. The target tables must be "
                  "empty; the login must be a member of wq_admin. Copy the GeoPackage's attachments folder to the "
                  "shared attachments folder yourself.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(self.INPUT, tr("GeoPackage"), extension="gpkg"))
        self.add_database_parameters()
        self.addOutput(QgsProcessingOutputString(self.COUNTS, tr("Rows per table")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS, tr("Rows copied")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        gpkg = self.parameterAsFile(parameters, self.INPUT, context)
        database, s = self.database(parameters, context)
        with stopping_on_refusal():
            counts = migrate_geopackage(gpkg, database, s, log=feedback.pushInfo)
        return {self.COUNTS: ",".join(f"{t}={n}" for t, n in counts.items()), self.ROWS: sum(counts.values())}
