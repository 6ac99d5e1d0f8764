# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:create_geopackage``: a new project GeoPackage with the schema, optionally the sample."""
from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
)

from ...layers import storage
from ...sample.geopackage import write_sample_geopackage
from ...toolbelt.i18n import tr
from ..base import WuqingAlgorithm


class CreateGeopackageAlgorithm(WuqingAlgorithm):
    GROUP = "data"

    OUTPUT = "OUTPUT"
    SAMPLE = "SAMPLE"
    OVERWRITE = "OVERWRITE"
    TABLES = "TABLES"

    def name(self) -> str:
        return "create_geopackage"

    def displayName(self) -> str:  # noqa: N802
        return tr("Create project GeoPackage")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Creates a GeoPackage with every table of the plugin's data model in EPSG:4548 "
                  "(zones, towns, approved construction land, boundary markers, violation records and "
                  "their history). With the sample option it is filled with the illustrative Wuqing "
                  "dataset, which is not the legal boundary.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("GeoPackage"), tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterBoolean(
            self.SAMPLE, tr("Fill with the illustrative sample data"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, tr("Replace an existing file"), defaultValue=False))
        self.addOutput(QgsProcessingOutputString(self.TABLES, tr("Tables")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        if path.suffix.lower() != ".gpkg":
            path = path.with_suffix(".gpkg")
        overwrite = self.parameterAsBool(parameters, self.OVERWRITE, context)
        if path.exists() and not overwrite:
            raise QgsProcessingException(tr("The file exists already: {}").format(path))
        loaded = [layer.name() for layer in (context.project().mapLayers().values() if context.project() else [])
                  if Path(layer.source().split("|")[0]) == path]
        if path.exists() and loaded:
            raise QgsProcessingException(tr("{file} is open in this project (layers {layers}): remove them from "
                                            "the project, then replace it.").format(
                file=path, layers=", ".join(loaded)))
        try:
            if self.parameterAsBool(parameters, self.SAMPLE, context):
                counts = write_sample_geopackage(path, overwrite=overwrite)
                for table, n in counts.items():
                    feedback.pushInfo(tr("{table}: {n} features").format(table=table, n=n))
            else:
                storage.create_geopackage(path, overwrite=overwrite)
        except storage.FileInUseError as exc:
            raise QgsProcessingException(str(exc)) from exc
        report = storage.check_geopackage(path)
        if not report.ok:
            raise QgsProcessingException(storage.describe(report))
        tables = ",".join(t.name for t in storage.TABLES)
        return {self.OUTPUT: str(path), self.TABLES: tables}
