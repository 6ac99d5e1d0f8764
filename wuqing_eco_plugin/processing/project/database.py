# SPDX-License-Identifier: GPL-2.0-or-later
"""What the shared-database algorithms share: the DATABASE and SCHEMA parameters, and how the
database's refusals stop a run with their message."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)

from ...domain.errors import WuqingError
from ...layers.postgis.ddl import DEFAULT_SCHEMA
from ...toolbelt.i18n import tr
from ..base import WuqingAlgorithm


class DatabaseAlgorithm(WuqingAlgorithm):
    """An algorithm on the shared database. ``DATABASE``: a saved QGIS PostgreSQL connection (chosen
    from the list) or, from scripts and qgis_process, a libpq connection string."""

    GROUP = "data"
    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"

    def add_database_parameters(self) -> None:
        self.addParameter(QgsProcessingParameterProviderConnection(
            self.DATABASE, tr("Database (saved PostgreSQL connection or connection string)"), "postgres"))
        self.addParameter(QgsProcessingParameterString(self.SCHEMA, tr("Schema"), defaultValue=DEFAULT_SCHEMA))

    def database(self, parameters, context) -> tuple[str, str]:
        """(the saved connection's name or the connection string, the schema)."""
        database = self.parameterAsConnectionName(parameters, self.DATABASE, context)
        s = self.parameterAsString(parameters, self.SCHEMA, context).strip() or DEFAULT_SCHEMA
        if not database:
            raise QgsProcessingException(tr("Choose the database: a saved PostgreSQL connection or a connection "
                                            "string"))
        return database, s



@contextmanager
def stopping_on_refusal() -> Iterator[None]:
    """The plugin's errors (a refused connection, schema or right) stop the run with their message."""
    try:
        yield
    except WuqingError as exc:
        raise QgsProcessingException(str(exc)) from exc
