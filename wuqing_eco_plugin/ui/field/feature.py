# SPDX-License-Identifier: GPL-2.0-or-later
"""Menu actions: export a field package for QField, import the field results.

Both work on the project's own data (its GeoPackage or its schema of the shared database), run on
the main thread with their progress in the dialog, and end with a summary in the dialog and on the
message bar. After an import the project's case and marker layers are reloaded so the map shows what came in.
"""
from __future__ import annotations

from typing import Callable, Optional, TypeVar

from qgis.core import Qgis, QgsFeedback

from ...domain.errors import WuqingError
from ...layers.data_source import DataSource
from ...layers.schema import F
from ...services.field.package import make_package
from ...services.field.report import counts_line
from ...services.field.sync import sync_package
from ...services.ledger.source import OpenedSource, open_data_source
from ...toolbelt.i18n import tr
from ..host import Host
from .dialogs import PackageDialog, SyncDialog

#: Layers that a sync may have changed.
CHANGED_ROLES = ("violations", "violation_history", "violation_areas", "markers", "marker_history")
T = TypeVar("T")


class FieldFeature:
    def __init__(self, host: Host):
        self.host = host
        self.package_dialog: Optional[PackageDialog] = None
        self.sync_dialog: Optional[SyncDialog] = None
        self.layers: dict = {}
        host.add_action("field_package.svg", tr("Export field package…"), self.open_package_dialog,
                        tr("A folder QField opens as it is: the towns' zones and open cases or markers, with forms "
                           "for new cases or marker surveys"), toolbar=False)
        host.add_action("field_sync.svg", tr("Import field results…"), self.open_sync_dialog,
                        tr("Bring a field package back: new cases into the ledger, marker surveys into the markers"),
                        toolbar=False)

    def unload(self) -> None:
        for dialog in (self.package_dialog, self.sync_dialog):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.package_dialog = self.sync_dialog = None

    def _source(self, title: str) -> Optional[DataSource]:
        """The project's data source (the user told why when there is none); its layers in ``self.layers``."""
        found = self.host.require_source(title, "towns", "red_zones")
        if found is None:
            return None
        source, self.layers = found
        return source

    def _run(self, dialog, title: str, work: Callable[[OpenedSource, QgsFeedback], T]) -> Optional[T]:
        """Run ``work`` on the project's data with the dialog's progress bar; a failure is shown in the
        dialog and on the message bar, and None returned."""
        source = self._source(title)
        if dialog is None or source is None:
            return None
        dialog.set_running(True)
        feedback = QgsFeedback()
        feedback.progressChanged.connect(dialog.show_progress)
        try:
            with open_data_source(source) as opened:
                return work(opened, feedback)
        except (WuqingError, OSError) as exc:
            dialog.show_done(str(exc))
            self.host.notify(title, str(exc), Qgis.MessageLevel.Critical)
            return None
        finally:
            dialog.set_running(False)

    # -- export -------------------------------------------------------------------------------------
    def open_package_dialog(self) -> None:
        if self._source(tr("Field package")) is None:
            return
        towns = sorted(self.layers["towns"].getFeatures(), key=lambda f: (str(f[F.CODE] or "~"), str(f[F.NAME])))
        if self.package_dialog is not None:
            self.package_dialog.deleteLater()
        self.package_dialog = PackageDialog([str(f[F.NAME]) for f in towns], self.host.main_window)
        self.package_dialog.export_requested.connect(self.export_package)
        self.package_dialog.show()

    def export_package(self) -> None:
        dialog, title = self.package_dialog, tr("Field package")
        result = self._run(dialog, title, lambda source, feedback: make_package(
            source, dialog.purpose(), dialog.town_names(), dialog.folder(), dialog.patrol(), feedback))
        if result is None:
            return
        dialog.remember()
        dialog.show_done(result.summary())
        self.host.notify(title, result.summary(), Qgis.MessageLevel.Success)

    # -- import -------------------------------------------------------------------------------------
    def open_sync_dialog(self) -> None:
        if self._source(tr("Field results")) is None:
            return
        if self.sync_dialog is None:
            self.sync_dialog = SyncDialog(self.host.main_window)
            self.sync_dialog.sync_requested.connect(self.sync)
        self.sync_dialog.show()

    def sync(self) -> None:
        dialog, title = self.sync_dialog, tr("Field results")
        busy = [layer.name() for role, layer in self.layers.items() if role in CHANGED_ROLES and layer.isModified()]
        if busy and dialog is not None:
            # The sync writes these tables; saving the edits afterwards could write over what it brought in.
            text = tr("Save or discard the edits of {layers} first.").format(layers="、".join(busy))
            dialog.show_done(text)
            self.host.notify(title, text, Qgis.MessageLevel.Warning)
            return
        try:
            result = self._run(dialog, title, lambda source, feedback: sync_package(source, dialog.folder(), feedback))
        finally:
            self._reload()
        if result is None:
            return
        dialog.remember()
        counts = result.counts()
        summary = counts_line(counts)
        dialog.show_report(summary + "\n" + tr("Report: {file}").format(file=result.report_file), result.text)
        level = Qgis.MessageLevel.Warning if counts["conflict"] or counts["rejected"] else Qgis.MessageLevel.Success
        self.host.notify(title, summary, level)

    def _reload(self) -> None:
        for role in CHANGED_ROLES:
            layer = self.layers.get(role)
            if layer is not None:
                layer.reload()
                layer.triggerRepaint()
