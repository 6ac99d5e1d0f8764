# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:create_postgis``: the plugin's schema in a shared PostgreSQL/PostGIS database."""
from __future__ import annotations

from qgis.core import QgsProcessingOutputBoolean, QgsProcessingOutputString

from ...layers.postgis.create import create_postgis
from ...toolbelt.i18n import tr
from .database import DatabaseAlgorithm, stopping_on_refusal


class CreatePostgisAlgorithm(DatabaseAlgorithm):
    CREATED = "CREATED"
    TABLES = "TABLES"

    def name(self) -> str:
        return "create_postgis"

    def displayName(self) -> str:  # noqa: N802
        return tr("Create the shared PostGIS database")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Creates, in one transaction, the plugin's schema in a PostgreSQL database: PostGIS when it is "
                  "missing and the login may enable it, the group roles (wq_admin, wq_<department>, wq_town, "
                  "wq_viewer, wq_public), every table of the data model in EPSG:4548 with its checks, the record "
                  "numbering, the append-only history, the views without private fields, the public ledger and the "
                  "rights of each role. On a schema that is already complete it changes nothing and says so. "
                  "DATABASE is a saved PostgreSQL connection or a connection string (service=… or host=… port=… "
                  "dbname=… user=…).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_database_parameters()
        self.addOutput(QgsProcessingOutputBoolean(self.CREATED, tr("Created (false: it was there already)")))
        self.addOutput(QgsProcessingOutputString(self.TABLES, tr("Tables")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database, s = self.database(parameters, context)
        with stopping_on_refusal():
            report = create_postgis(database, s, log=feedback.pushInfo)
        return {self.SCHEMA: s, self.CREATED: report.created, self.TABLES: ",".join(report.tables)}
