# SPDX-License-Identifier: GPL-2.0-or-later
"""``SOURCE`` and ``SCHEMA``: how the algorithms that write into the project's data from outside
the project (field packages and their sync, clues to cases, indicators) name it — the project's
GeoPackage, or a PostgreSQL connection (a saved QGIS connection's name or a libpq connection string)
with its schema.

``SOURCE`` is a text parameter: Processing's file parameter refuses a connection string
("Incorrect parameter value") before the algorithm sees it.
"""
from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterString,
)

from ...domain.errors import WuqingError
from ...services.ledger.source import OpenedSource, open_source
from ...toolbelt.i18n import tr

SOURCE = "SOURCE"
SCHEMA = "SCHEMA"


def add_source_parameters(alg: QgsProcessingAlgorithm) -> None:
    alg.addParameter(QgsProcessingParameterString(
        SOURCE, tr("Project data: the path of its GeoPackage, or a PostgreSQL connection (a saved connection's "
                   "name or a connection string)")))
    alg.addParameter(QgsProcessingParameterString(
        SCHEMA, tr("Schema of the PostgreSQL database (default wuqing_eco; empty for a GeoPackage)"), optional=True))


def source_from(alg: QgsProcessingAlgorithm, parameters, context) -> OpenedSource:
    """The store ``SOURCE`` and ``SCHEMA`` name; attachments of the shared database go to the folder
    the project names for it, when the project reads that schema."""
    try:
        return open_source(alg.parameterAsString(parameters, SOURCE, context),
                           alg.parameterAsString(parameters, SCHEMA, context) or "", context.project())
    except WuqingError as exc:
        raise QgsProcessingException(str(exc)) from exc
