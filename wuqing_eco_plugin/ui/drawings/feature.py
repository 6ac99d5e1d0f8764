# SPDX-License-Identifier: GPL-2.0-or-later
"""Menu action: export the red- and yellow-line review drawings of the project's towns."""
from __future__ import annotations

from typing import Optional

from qgis.core import Qgis, QgsProject, QgsVectorLayer

from ...domain.codes import list_separator
from ...layers.project_layers import ZONE_ROLES
from ...layers.schema import F
from ...services.drawings.data import DrawingInput, DrawingInputError, DrawingSources, find_overlap_layer
from ...services.drawings.export import DrawingExport, ExportResult
from ...services.drawings.map_layers import DrawingLayerError
from ...services.drawings.task import DrawingExportRunner
from ...services.drawings.template import TemplateError
from ...toolbelt.i18n import tr, ui_language
from ...toolbelt.log import get_logger
from ..host import Host
from .dialog import DrawingDialog

_log = get_logger(__name__)
class DrawingsFeature:
    def __init__(self, host: Host):
        self.host = host
        self.dialog: Optional[DrawingDialog] = None
        self.runner: Optional[DrawingExportRunner] = None
        self.layers: dict[str, QgsVectorLayer] = {}
        self.messages: list[str] = []
        host.add_action("review_drawings.svg", tr("Export review drawings…"), self.open_dialog,
                        tr("One print-ready PDF per town with its red- and yellow-line zones, for the town "
                           "governments"))

    def unload(self) -> None:
        if self.runner is not None:
            self.runner.cancel()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def open_dialog(self) -> None:
        layers = self.host.require_layers(tr("Review drawings"), *ZONE_ROLES, "towns")
        if layers is None:
            return
        self.layers = layers
        towns = sorted(self.layers["towns"].getFeatures(), key=lambda f: (str(f[F.CODE] or "~"), str(f[F.NAME])))
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = DrawingDialog([str(f[F.NAME]) for f in towns], self.layers.get("markers"),
                                    find_overlap_layer(QgsProject.instance()), self.layers.get("approved_land"),
                                    self.host.main_window)
        self.dialog.export_requested.connect(self.start_export)
        self.dialog.cancel_requested.connect(self.cancel_export)
        self.dialog.show()

    def start_export(self) -> None:
        dialog = self.dialog
        if dialog is None or self.runner is not None:
            return
        markers, overlaps, approved = dialog.optional_layers()
        sources = DrawingSources(
            zones=[DrawingInput.from_layer(self.layers["red_zones"]),
                   DrawingInput.from_layer(self.layers["yellow_zones"])],
            towns=DrawingInput.from_layer(self.layers["towns"]),
            markers=DrawingInput.from_layer(markers) if markers else None,
            overlaps=DrawingInput.from_layer(overlaps) if overlaps else None,
            approved=DrawingInput.from_layer(approved) if approved else None,
            context=QgsProject.instance().transformContext(),
        )
        self.messages = []
        try:
            job = DrawingExport(sources, dialog.town_names(), dialog.options(), dialog.output_folder(),
                                self.messages.append)
        except (DrawingInputError, DrawingLayerError, TemplateError) as exc:
            dialog.show_done(str(exc))
            self.host.notify(tr("Review drawings"), str(exc), Qgis.Critical)
            return
        self.runner = DrawingExportRunner(job)
        self.runner.progressed.connect(dialog.show_progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        dialog.set_running(True)
        self.runner.start()

    def cancel_export(self) -> None:
        if self.runner is not None:
            self.runner.cancel()

    def _finished(self, result: ExportResult) -> None:
        cancelled = self.runner.cancelled if self.runner else False
        self.runner = None
        for message in self.messages:
            _log.warning("%s", message)
        text = tr("{n} drawings written to {folder}; manifest: {manifest}").format(
            n=len(result.files), folder=result.folder, manifest=result.manifest.name)
        if result.refused:
            towns = list_separator(ui_language()).join(result.refused)
            text += "\n" + tr("Refused by the QA gate: {towns}").format(towns=towns)
        if self.messages:
            text += "\n" + tr("{n} warnings: press the warnings button to read them").format(n=len(self.messages))
        if cancelled:
            text = tr("Cancelled.") + " " + text
        # Amber, not green, whenever something needs reading: warnings, refusals, a cancel.
        level = Qgis.Warning if (cancelled or result.refused or self.messages) else Qgis.Success
        if self.dialog is not None:
            self.dialog.set_running(False)
            self.dialog.show_done(text, level, list(self.messages), written=bool(result.files))
        self.host.notify(tr("Review drawings"), text, level, folder=result.folder if result.files else None)

    def _failed(self, message: str) -> None:
        self.runner = None
        if self.dialog is not None:
            self.dialog.set_running(False)
            self.dialog.show_done(message, Qgis.Critical)
        self.host.notify(tr("Review drawings"), message, Qgis.Critical)
