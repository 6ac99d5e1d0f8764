# SPDX-License-Identifier: GPL-2.0-or-later
"""Monitoring clues in QGIS: 导入监测线索… screens a batch against the project's zones, shows the
verdicts, registers the cases in the ledger and writes each town's verification checklist.

Wiring only: the screening, the registration (the record dialog's own path) and the checklists are
the services'; this class reads the project's layers and hands them over.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional, Sequence

from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer

from ...layers.project_layers import ZONE_ROLES
from ...services.clues.cases import ClueRegistrar, Registration
from ...services.clues.checklist import Checklist, write_checklists
from ...services.clues.screening import ClueScreener, ScreenedClue
from ...services.ledger.record_prefill import PlaceFinder
from ...services.ledger.store import LedgerStore
from ...services.project_data import project_gpkg
from ...services.zone_input import load_zones
from ...toolbelt.i18n import tr
from ...toolbelt.settings import CLUES_DIR, RECORDED_BY
from ..host import Host
from .dialog import CluesDialog

#: The project's layers the clues are screened and registered on.
ROLES = (*ZONE_ROLES, "approved_land", "towns", "markers", "violations", "violation_areas", "violation_history")
#: What the checklists' maps show under the clues, top first.
MAP_ROLES = ("approved_land", "red_zones", "yellow_zones", "towns")


class CluesFeature:
    def __init__(self, host: Host):
        self.host = host
        self.dialog: Optional[CluesDialog] = None
        host.add_action("monitoring_clues.svg", tr("Import monitoring clues…"), self.open_dialog,
                        tr("Screen a batch of suspected change polygons from monitoring, register the cases and write "
                           "the towns' verification checklists"))

    def unload(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None

    def _context(self) -> Optional[tuple[Path, dict[str, QgsVectorLayer]]]:
        gpkg = project_gpkg(QgsProject.instance())
        layers = self.host.require_layers(tr("Monitoring clues"), *ROLES)
        return (gpkg, layers) if gpkg is not None and layers is not None else None

    def open_dialog(self) -> Optional[CluesDialog]:
        ctx = self._context()
        if ctx is None:
            return None
        gpkg, layers = ctx
        folder = CLUES_DIR.read() or str(gpkg.parent / "reports")
        self.dialog = CluesDialog(lambda layer, field, gcj: self.screen(layers, layer, field, gcj),
                                  lambda results, batch, at, by: self.register(gpkg, layers, results, batch, at, by),
                                  lambda results, where, batch: self.checklists(layers, results, where, batch),
                                  folder, RECORDED_BY.read(), parent=self.host.main_window)
        self.dialog.show()
        return self.dialog

    @staticmethod
    def screen(layers: dict[str, QgsVectorLayer], clues: QgsVectorLayer, id_field: str, gcj: bool
               ) -> list[ScreenedClue]:
        context = QgsProject.instance().transformContext()
        zones = load_zones((f for role in ZONE_ROLES for f in layers[role].getFeatures()), layers[ZONE_ROLES[0]].crs(),
                           context)
        screener = ClueScreener(zones, layers["approved_land"].getFeatures(), layers["approved_land"].crs(),
                                layers["towns"].getFeatures(), layers["towns"].crs(), context, gcj)
        features = list(clues.getFeatures(QgsFeatureRequest()))
        return [result for _, result in screener.screen_layer(features, clues.crs(), clues.fields(), id_field)]

    def register(self, gpkg: Path, layers: dict[str, QgsVectorLayer], results: Sequence[ScreenedClue], batch: str,
                 at: dt.datetime, by: str) -> Registration:
        registrar = ClueRegistrar(PlaceFinder.from_layers(layers), LedgerStore(gpkg))
        done = registrar.register([r.row() for r in results], batch, at, by)
        RECORDED_BY.write(by)
        for role in ("violations", "violation_areas", "violation_history"):
            layers[role].reload()
            layers[role].triggerRepaint()
        return done

    @staticmethod
    def checklists(layers: dict[str, QgsVectorLayer], results: Sequence[ScreenedClue], folder: Path, batch: str
                   ) -> list[Checklist]:
        written = write_checklists([r.row() for r in results], folder, batch, [layers[r] for r in MAP_ROLES],
                                   QgsProject.instance())
        CLUES_DIR.write(str(folder))
        return written
