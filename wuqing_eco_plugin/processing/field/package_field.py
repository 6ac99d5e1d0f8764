# SPDX-License-Identifier: GPL-2.0-or-later
"""``wuqing_eco:package_field``: a folder QField opens as it is, for a patrol or a marker survey."""
from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ...domain.admin import split_names
from ...domain.errors import WuqingError
from ...domain.field.package import PURPOSES
from ...services.field.package import make_package
from ...toolbelt.i18n import tr, ui_language
from ..base import WuqingAlgorithm
from .source_input import add_source_parameters, source_from


class PackageFieldAlgorithm(WuqingAlgorithm):
    GROUP = "field"

    TOWNS = "TOWNS"
    PURPOSE = "PURPOSE"
    PATROL = "PATROL"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    PROJECT = "PROJECT"
    GEOPACKAGE = "GEOPACKAGE"
    ZONES = "ZONES"
    OPEN_CASES = "OPEN_CASES"
    MARKERS = "MARKERS"

    def name(self) -> str:
        return "package_field"

    def displayName(self) -> str:  # noqa: N802
        return tr("Export a field package (QField)")

    def flags(self):
        # It writes a QGIS project (QgsProject and its layers): main thread only.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Writes into an empty folder a QGIS project and the GeoPackage it reads, all paths relative, "
                  "for QField: the zones, towns and approved land that meet the chosen towns (read-only, styled "
                  "as on the desktop) and, for a patrol, the towns' open cases (read-only) and a layer for new "
                  "cases (point, category filtered by the zones there, description, optional severity, photos); "
                  "for a marker survey, the towns' markers with their design positions, status, photos, "
                  "reference objects and the GNSS accuracy QField records. Towns: names or codes separated by "
                  "commas or 、; empty: the whole district. Bring the work back with “Import field results”.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_source_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            self.TOWNS, tr("Towns (names or codes separated by commas; empty: all)"), optional=True))
        lang = ui_language()
        self.addParameter(QgsProcessingParameterEnum(self.PURPOSE, tr("Purpose"), [p.label(lang) for p in PURPOSES],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.PATROL, tr("Patrol or survey team (recorded as who entered the work)"), optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Package folder (empty)")))
        self.addOutput(QgsProcessingOutputFile(self.PROJECT, tr("QGIS project")))
        self.addOutput(QgsProcessingOutputFile(self.GEOPACKAGE, tr("Package GeoPackage")))
        for name, text in ((self.ZONES, tr("Zones")), (self.OPEN_CASES, tr("Open cases")),
                           (self.MARKERS, tr("Markers"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        purpose = PURPOSES.codes()[self.parameterAsEnum(parameters, self.PURPOSE, context)]
        folder = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        towns = split_names(parameters.get(self.TOWNS))
        patrol = self.parameterAsString(parameters, self.PATROL, context) or ""
        with source_from(self, parameters, context) as source:
            try:
                result = make_package(source, purpose, towns, folder, patrol, feedback)
            except (WuqingError, OSError) as exc:
                raise QgsProcessingException(str(exc)) from exc
        feedback.pushInfo(result.summary())
        return {self.OUTPUT_FOLDER: str(result.folder), self.PROJECT: str(result.project),
                self.GEOPACKAGE: str(result.gpkg), self.ZONES: result.counts.get("zones", 0),
                self.OPEN_CASES: result.counts.get("open_cases", 0), self.MARKERS: result.counts.get("markers", 0)}
