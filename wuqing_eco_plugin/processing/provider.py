# SPDX-License-Identifier: GPL-2.0-or-later
"""The Processing provider ``wuqing_eco``. No iface here: qgis_process loads it headless."""
from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..toolbelt.i18n import tr
from ..toolbelt.resources import plugin_version, resource_path
from .clues.clues_to_cases import CluesToCasesAlgorithm
from .clues.screen_clues import ScreenCluesAlgorithm
from .drawings.export_review_drawings import ExportReviewDrawingsAlgorithm
from .field.package_field import PackageFieldAlgorithm
from .field.sync_field import SyncFieldAlgorithm
from .ledger.emergency_report import EmergencyReportAlgorithm
from .ledger.export_ledger import ExportLedgerAlgorithm
from .ledger.import_indicators import ImportIndicatorsAlgorithm
from .ledger.ledger_report import LedgerReportAlgorithm
from .markers.check_markers import CheckMarkersAlgorithm
from .markers.design_markers import DesignMarkersAlgorithm
from .markers.import_survey_csv import ImportSurveyCsvAlgorithm
from .overlaps.analyze_overlaps import AnalyzeOverlapsAlgorithm
from .overlaps.screen_project import ScreenProjectAlgorithm
from .project.create_geopackage import CreateGeopackageAlgorithm
from .project.create_postgis import CreatePostgisAlgorithm
from .project.grant_access import GrantAccessAlgorithm
from .project.migrate_geopackage import MigrateGeopackageAlgorithm

PROVIDER_ID = "wuqing_eco"


class WuqingEcoProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("Wuqing Eco Protection")

    def longName(self) -> str:  # noqa: N802 - Qt override
        return tr("Wuqing permanent protected ecological areas") + f" {plugin_version()}"

    def icon(self) -> QIcon:
        return QIcon(str(resource_path("icons", "icon.svg")))

    def versionInfo(self) -> str:  # noqa: N802
        return plugin_version()

    def loadAlgorithms(self) -> None:  # noqa: N802
        for alg in (CreateGeopackageAlgorithm(), AnalyzeOverlapsAlgorithm(), ScreenProjectAlgorithm(),
                    DesignMarkersAlgorithm(), ImportSurveyCsvAlgorithm(), CheckMarkersAlgorithm(),
                    ExportLedgerAlgorithm(), LedgerReportAlgorithm(), ExportReviewDrawingsAlgorithm(),
                    CreatePostgisAlgorithm(), MigrateGeopackageAlgorithm(), GrantAccessAlgorithm(),
                    PackageFieldAlgorithm(), SyncFieldAlgorithm(), ScreenCluesAlgorithm(), CluesToCasesAlgorithm(),
                    EmergencyReportAlgorithm(), ImportIndicatorsAlgorithm()):
            self.addAlgorithm(alg)
