# SPDX-License-Identifier: GPL-2.0-or-later
"""``SOURCE`` and ``SCHEMA``: how both field algorithms name the store they read and write."""
from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ...services.ledger.source import DataSource, SourceError, open_source
from ...toolbelt.i18n import tr

SOURCE = "SOURCE"
SCHEMA = "SCHEMA"


def add_source_parameters(alg: QgsProcessingAlgorithm) -> None:
    alg.addParameter(QgsProcessingParameterFile(
        SOURCE, tr("Project data (its GeoPackage)"), fileFilter=tr("GeoPackage (*.gpkg)")))
    alg.addParameter(QgsProcessingParameterString(
        SCHEMA, tr("Schema (a shared database's; empty for a GeoPackage)"), optional=True))


def source_from(alg: QgsProcessingAlgorithm, parameters, context) -> DataSource:
    try:
        return open_source(alg.parameterAsString(parameters, SOURCE, context),
                           alg.parameterAsString(parameters, SCHEMA, context) or "")
    except SourceError as exc:
        raise QgsProcessingException(str(exc)) from exc
