# SPDX-License-Identifier: GPL-2.0-or-later
"""The case ledger (台账) in QGIS: record tool, record-in-selected-zone, ledger panel, reports.

Wires the map tool, dialogs and panel to the services: places come from a :class:`PlaceFinder`
over the project's layers, every write goes through the :class:`LedgerStore` (one transaction per
record or status change), and the layers are reloaded afterwards so the map shows the change.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsHighlight
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QDockWidget

from ...domain.codes import list_separator
from ...domain.errors import WuqingError
from ...domain.ledger.emergencies import ReportTimes
from ...domain.ledger.rows import CaseRow
from ...domain.zones import zone_label
from ...layers import schema
from ...layers.geometry import to_shapely
from ...layers.project_layers import ZONE_ROLES
from ...layers.schema import F
from ...services.ledger.emergency_report import write_emergency_report
from ...services.ledger.export import export_ledger
from ...services.ledger.indicators import read_indicators
from ...services.ledger.record_prefill import PlaceFinder
from ...services.ledger.reports import read_composition, read_zone_areas, write_report
from ...services.ledger.store import LedgerStore
from ...services.project_data import project_gpkg
from ...toolbelt.i18n import tr, ui_language
from ...toolbelt.settings import FIRST_REPORT_HOURS, RECORDED_BY, UPDATE_HOURS
from ..host import Host
from .record_tool import RecordTool

if TYPE_CHECKING:  # their .ui forms are loaded when first opened, not at plugin start-up
    from .emergency_dialog import EmergencyDialog
    from .panel import LedgerPanel
    from .record_dialog import RecordDialog
    from .reports_dialog import ReportsDialog
    from .status_dialog import StatusDialog

LEDGER_ROLES = ("violations", "violation_areas", "violation_history")
ZOOM_MARGIN_M = 300.0
HIGHLIGHT = QColor(0, 160, 255)


def report_times() -> ReportTimes:
    """When emergency reports are due, as the user set it (the plugin's defaults otherwise)."""
    return ReportTimes(FIRST_REPORT_HOURS.read(), UPDATE_HOURS.read())


class LedgerFeature:
    def __init__(self, host: Host):
        self.host = host
        self.tool = RecordTool(host.canvas)
        self.tool.requested.connect(self.record_at)
        self.tool_action = host.add_action(
            "record_violation.svg", tr("Record a violation"), self.activate_tool,
            tr("Click where the problem is, or Shift-click the corners of the affected area and right-click"),
            checkable=True)
        self.tool.setAction(self.tool_action)
        host.add_action("record_in_zone.svg", tr("Record a violation in the selected zone"),
                        self.record_in_selected_zone, tr("Record a violation linked to the selected zone feature(s)"))
        self.dock_action = host.add_action("ledger.svg", tr("Case ledger"), self.toggle_dock,
                                           tr("Show the ledger of every case, with filters and counts"),
                                           checkable=True)
        host.add_action("ledger_reports.svg", tr("Ledger reports and export…"), self.open_reports,
                        tr("Quarterly report, annual assessment pack, ledger export (also for public disclosure)"))
        self.dock: Optional[QDockWidget] = None
        self.panel: Optional[LedgerPanel] = None
        self.dialog = None  # the open record, status or reports dialog
        self.highlights: list[QgsHighlight] = []
        self._finder: Optional[tuple[tuple, PlaceFinder]] = None

    def unload(self) -> None:
        self.clear_highlights()
        self.tool.reset()
        self.tool.release()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None

    # -- context ------------------------------------------------------------------------------------
    def context(self) -> Optional[tuple[Path, dict[str, QgsVectorLayer]]]:
        """The project's GeoPackage and its layers by role, or None (and the user is told why)."""
        gpkg = project_gpkg(QgsProject.instance())
        layers = self.host.require_layers(tr("Case ledger"), *ZONE_ROLES, *LEDGER_ROLES)
        return (gpkg, layers) if gpkg is not None and layers is not None else None

    def _editing(self, layers: dict[str, QgsVectorLayer]) -> bool:
        busy = [layers[r].name() for r in LEDGER_ROLES if layers[r].isEditable() and layers[r].isModified()]
        if busy:
            names = list_separator(ui_language()).join(busy)
            self.host.notify(tr("Case ledger"), tr("Save or discard your edits of {} first.").format(names),
                             Qgis.Warning)
        return bool(busy)

    def finder(self, gpkg: Path, layers: dict[str, QgsVectorLayer]) -> PlaceFinder:
        """One finder for the project's current layers; it refreshes itself after their edits, and
        layers loaded anew (other ids) get a new one."""
        key = (gpkg, tuple(layer.id() for role, layer in sorted(layers.items())))
        if self._finder is None or self._finder[0] != key:
            self._finder = (key, PlaceFinder.from_layers(layers))
        return self._finder[1]

    @staticmethod
    def _recorded_by() -> str:
        return RECORDED_BY.read()

    def _reload(self, layers: dict[str, QgsVectorLayer]) -> None:
        for role in LEDGER_ROLES:
            layers[role].reload()
            layers[role].triggerRepaint()
        if self.panel is not None:
            self.refresh_panel()

    # -- recording ----------------------------------------------------------------------------------
    def activate_tool(self, checked: bool = True) -> None:
        if checked:
            self.host.use_map_tool(self.tool)
        else:
            self.host.release_map_tool(self.tool)

    def record_at(self, point: QgsPointXY, area: Optional[QgsGeometry]) -> Optional[RecordDialog]:
        ctx = self.context()
        if ctx is None or self._editing(ctx[1]):
            return None
        gpkg, layers = ctx
        finder = self.finder(gpkg, layers)
        canvas_crs = self.host.canvas.mapSettings().destinationCrs()
        try:
            place = finder.at(point, canvas_crs)
        except WuqingError as exc:  # zones are read on first use; two with one uid cannot both be linked
            self.host.notify(tr("Case ledger"), str(exc), Qgis.Critical)
            return None
        shape = None
        if area is not None:
            area = QgsGeometry(area)
            if canvas_crs != finder.crs:
                area.transform(QgsCoordinateTransform(canvas_crs, finder.crs, QgsProject.instance()))
            shape = to_shapely(area)
        return self._open_record_dialog(gpkg, layers, place, shape)

    def record_in_selected_zone(self) -> Optional[RecordDialog]:
        ctx = self.context()
        if ctx is None or self._editing(ctx[1]):
            return None
        gpkg, layers = ctx
        features, crs = [], None
        for role in ZONE_ROLES:
            selected = list(layers[role].selectedFeatures())
            if selected:
                features += selected
                crs = layers[role].crs()
        if not features:
            self.host.notify(tr("Case ledger"), tr("Select a red or yellow zone on the map first."), Qgis.Warning)
            return None
        try:
            place, _ = self.finder(gpkg, layers).for_zones(features, crs)
        except WuqingError as exc:
            self.host.notify(tr("Case ledger"), str(exc), Qgis.Critical)
            return None
        return self._open_record_dialog(gpkg, layers, place, None)

    def _open_record_dialog(self, gpkg: Path, layers, place, shape) -> RecordDialog:
        from .record_dialog import RecordDialog

        store = LedgerStore(gpkg)
        dialog = RecordDialog(place, lambda draft: store.save_new(draft, place, shape),
                              recorded_by=self._recorded_by(), parent=self.host.main_window,
                              area_m2=shape.area if shape is not None else None)
        dialog.accepted.connect(lambda: self._record_saved(dialog, layers))
        self.dialog = dialog
        dialog.show()
        return dialog

    def _record_saved(self, dialog: RecordDialog, layers) -> None:
        RECORDED_BY.write(dialog.draft().created_by.strip())
        self._reload(layers)
        self.host.notify(tr("Case ledger"), tr("Recorded as {}").format(dialog.saved.record_no), Qgis.Success)

    # -- the ledger panel ---------------------------------------------------------------------------
    def toggle_dock(self, checked: bool) -> None:
        if self.dock is None:
            if not checked:
                return
            from .panel import LedgerPanel

            self.panel = LedgerPanel()
            self.dock = QDockWidget(tr("Case ledger"), self.host.main_window)
            self.dock.setObjectName("wuqing_eco_ledger_dock")
            self.dock.setWidget(self.panel)
            self.panel.zoom_requested.connect(self.zoom_to)
            self.panel.status_change_requested.connect(self.change_status)
            self.panel.emergency_requested.connect(self.emergency)
            self.panel.refresh_requested.connect(self.refresh_panel)
            self.dock.visibilityChanged.connect(self.dock_action.setChecked)
            self.host.add_dock(self.dock, Qt.RightDockWidgetArea)
        self.dock.setVisible(checked)
        if checked:
            self.dock.raise_()  # in front of the panel it shares a tab bar with
            self.refresh_panel()

    def refresh_panel(self) -> None:
        ctx = self.context()
        if ctx is None or self.panel is None:
            return
        gpkg, layers = ctx
        zones = {}
        for role in ZONE_ROLES:
            request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
            request.setSubsetOfAttributes(["zone_uid", "name", "line_class"], layers[role].fields())
            for f in layers[role].getFeatures(request):
                zones[f[F.ZONE_UID]] = zone_label(f[F.NAME], f[F.LINE_CLASS], self.panel.lang)
        self.panel.set_rows(LedgerStore(gpkg).rows(), sorted(zones.items(), key=lambda kv: kv[1]), times=report_times())

    def clear_highlights(self) -> None:
        for h in self.highlights:
            self.host.canvas.scene().removeItem(h)
        self.highlights.clear()

    def zoom_to(self, row: CaseRow) -> None:
        """Zoom to the record (and its affected area) and highlight its linked zones."""
        ctx = self.context()
        if ctx is None or row.x is None:
            return
        _, layers = ctx
        self.clear_highlights()
        m = ZOOM_MARGIN_M
        extent = QgsRectangle(row.x - m, row.y - m, row.x + m, row.y + m)
        request = QgsFeatureRequest().setFilterExpression(
            QgsExpression.createFieldEqualityExpression("record_uid", row.record_uid))
        for area in layers["violation_areas"].getFeatures(request):
            extent.combineExtentWith(area.geometry().boundingBox())
        if row.zone_uids:
            linked = QgsFeatureRequest().setFilterExpression('"zone_uid" IN ({})'.format(
                ", ".join(QgsExpression.quotedValue(uid) for uid in row.zone_uids)))
            for role in ZONE_ROLES:
                for f in layers[role].getFeatures(linked):
                    self._highlight(f.geometry(), layers[role])
        for f in layers["violations"].getFeatures(request):
            self._highlight(f.geometry(), layers["violations"])
        self.host.zoom_to(extent, QgsCoordinateReferenceSystem(schema.CRS))

    def _highlight(self, geometry: QgsGeometry, layer: QgsVectorLayer) -> None:
        h = QgsHighlight(self.host.canvas, geometry, layer)
        h.setColor(HIGHLIGHT)
        h.setFillColor(QColor(HIGHLIGHT.red(), HIGHLIGHT.green(), HIGHLIGHT.blue(), 60))
        h.setWidth(3)
        h.show()
        self.highlights.append(h)

    def _case(self, row: CaseRow):
        """(GeoPackage, layers, store, the record's values) of a case to act on; None (the user told
        why) without project data or with unsaved edits of the ledger's layers."""
        ctx = self.context()
        if ctx is None or self._editing(ctx[1]):
            return None
        store = LedgerStore(ctx[0])
        record = store.record(row.record_uid)
        return (*ctx, store, record) if record is not None else None

    def change_status(self, row: CaseRow) -> Optional[StatusDialog]:
        found = self._case(row)
        if found is None:
            return None
        _, layers, store, record = found
        from .status_dialog import StatusDialog

        dialog = StatusDialog(record, lambda **v: store.change_status(row.record_uid, **v), by=self._recorded_by(),
                              parent=self.host.main_window)
        dialog.accepted.connect(lambda: self._status_saved(dialog, layers))
        self.dialog = dialog
        dialog.show()
        return dialog

    def _status_saved(self, dialog: StatusDialog, layers) -> None:
        RECORDED_BY.write(dialog.values()["by"].strip())
        self._reload(layers)

    def emergency(self, row: CaseRow) -> Optional[EmergencyDialog]:
        """Mark the case an emergency or important matter, add its reports, write the report so far."""
        found = self._case(row)
        if found is None:
            return None
        gpkg, layers, store, record = found
        uid = row.record_uid
        from .emergency_dialog import MARK, EmergencyDialog

        def save(entry: str, by: str, text: str, at: dt.datetime, departments: tuple[str, ...]):
            if entry.startswith(MARK):
                return store.mark_emergency(uid, entry[len(MARK):], by, text, at)
            return store.add_report(uid, entry, by, text, departments, at)

        def export(path: Path, times: ReportTimes) -> Path:
            return write_emergency_report(store.record(uid), store.history(uid), path, times=times)

        dialog = EmergencyDialog(record, save, export, report_times(), by=self._recorded_by(),
                                 folder=str(gpkg.parent / "reports"), parent=self.host.main_window)
        dialog.accepted.connect(lambda: self._emergency_saved(dialog, layers))
        self.dialog = dialog
        dialog.show()
        return dialog

    def _emergency_saved(self, dialog: EmergencyDialog, layers) -> None:
        RECORDED_BY.write(dialog.values()["by"].strip())
        FIRST_REPORT_HOURS.write(dialog.times().first_hours)
        UPDATE_HOURS.write(dialog.times().update_hours)
        self._reload(layers)

    # -- reports ------------------------------------------------------------------------------------
    def open_reports(self) -> Optional[ReportsDialog]:
        ctx = self.context()
        if ctx is None:
            return None
        gpkg, layers = ctx
        store = LedgerStore(gpkg)

        def report(year: int, quarter: int, folder: Path):
            comp, indicators, areas = None, [], {}
            if quarter == 0:
                context = QgsProject.instance().transformContext()
                comp = read_composition([layers[r] for r in ZONE_ROLES], layers["towns"], context)
                indicators = read_indicators(layers.get("zone_indicators"))
                areas = read_zone_areas([layers[r] for r in ZONE_ROLES], context) if indicators else {}
            files = write_report(store.rows(), folder, year, quarter, comp, history=store.steps(),
                                 indicators=indicators, zone_areas=areas)
            return files.xlsx, files.pdf

        def export(path: Path, public: bool, date_from: dt.date | None, date_to: dt.date | None):
            return export_ledger(store.rows(), path, public, date_from, date_to)

        from .reports_dialog import ReportsDialog

        dialog = ReportsDialog(report, export, gpkg.parent / "reports", parent=self.host.main_window)
        self.dialog = dialog
        dialog.show()
        return dialog

