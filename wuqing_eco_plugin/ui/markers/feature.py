# SPDX-License-Identifier: GPL-2.0-or-later
"""The boundary-marker survey feature (勘界定标): survey tool, design, survey import, checks, exports.

Wires the host's actions to dialogs and services. Every move of a marker in the project's markers
layer is recorded in its history while the plugin runs (services/marker_history), whatever tool
made it.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QDialog, QMessageBox

from ...domain.coordinates import WORKING_CRS
from ...domain.errors import WuqingError
from ...domain.markers.design import DesignParams
from ...layers.features import CommitError, DuplicateValueError, LayerBusyError, text_value
from ...layers.markers.records import marker_points
from ...layers.project_layers import ZONE_ROLES
from ...layers.schema import F
from ...output.report_pdf import LayoutExportError
from ...services.markers import history as marker_history
from ...services.markers.card import export_cards
from ...services.markers.checks import result_layers, run_checks, summary
from ...services.markers.coordinate_table import ZoneHeading, export_zone_table, zone_marker_features
from ...services.markers.design import DesignInputError, crossing_lines, write_design
from ...services.markers.survey import BoundaryHit, move_marker, new_marker
from ...services.markers.survey_apply import apply_survey, survey_heights
from ...services.markers.survey_import import import_survey, survey_layer
from ...services.markers.survey_settings import load_settings, save_settings
from ...services.project_data import project_layers
from ...services.zone_input import load_zones
from ...toolbelt.i18n import QT_TR_NOOP, tr, ui_language
from ..host import Host
from .check_dialog import SURVEY_PROPERTY, CheckDialog
from .check_dock import CheckDock
from .csv_import_dialog import CsvImportDialog
from .design_dialog import DesignDialog
from .export_dialog import ExportDialog
from .marker_form import MarkerForm
from .survey_settings_dialog import SurveySettingsDialog
from .survey_tool import SurveyMapTool

CHECK_PROPERTY = "wuqing_eco/check"
TITLE = QT_TR_NOOP("Boundary markers")


def ask(dialog: QDialog) -> bool:
    """Show a dialog modally; True when accepted (tests replace this to drive dialogs without exec)."""
    return dialog.exec_() == QDialog.Accepted


def confirm(parent, title: str, text: str) -> bool:
    return QMessageBox.question(parent, title, text) == QMessageBox.Yes


class MarkersFeature:
    def __init__(self, host: Host):
        self.host = host
        self.tool: Optional[SurveyMapTool] = None
        self.form: Optional[MarkerForm] = None
        self.dock: Optional[CheckDock] = None
        self.last_check: dict = {}
        self.survey_action = host.add_action(
            "survey_tool.svg", tr("Survey markers on the boundary"), self.toggle_survey_tool,
            tr("Click near a red or yellow zone boundary to place a marker there; drag a marker to move it"),
            checkable=True)
        host.add_action("design_markers.svg", tr("Design boundary markers…"), self.design,
                        tr("Place designed markers at corners, crossings and the maximum spacing"))
        host.add_action("import_survey.svg", tr("Import field survey CSV…"), self.import_csv,
                        tr("Read an RTK/GNSS survey file with explicit column mapping"))
        host.add_action("check_markers.svg", tr("Check boundary markers…"), self.check,
                        tr("Distances to the boundary and to the design, gaps, unmarked corners, duplicates"))
        host.add_action("export_markers.svg", tr("Export coordinate tables and marker cards…"), self.export,
                        tr("Coordinate results table (CSV, PDF) per zone and a card per marker"), toolbar=False)
        host.add_action("marker_settings.svg", tr("Boundary marker settings…"), self.edit_settings,
                        tr("Spacing, turning angle, tolerances, numbering and surveyor"), toolbar=False)
        QgsProject.instance().layersAdded.connect(self._layers_added)
        self._layers_added([])

    def unload(self) -> None:
        try:
            QgsProject.instance().layersAdded.disconnect(self._layers_added)
        except TypeError:
            pass
        marker_history.detach_all()

    # -- helpers --------------------------------------------------------------------------------
    def _notify(self, text: str, level: int = Qgis.Info, title: str = "") -> None:
        self.host.notify(title or tr(TITLE), text, level)

    def _layers(self, *roles: str) -> Optional[dict[str, QgsVectorLayer]]:
        return self.host.require_layers(tr("Boundary markers"), *roles)

    def _layers_added(self, _layers) -> None:
        found = project_layers(QgsProject.instance())
        if "markers" in found and "marker_history" in found:
            recorder = marker_history.attach(found["markers"], found["marker_history"], self._who)
            try:
                recorder.failed.disconnect(self._history_failed)
            except TypeError:
                pass
            recorder.failed.connect(self._history_failed)

    def _who(self) -> str:
        return load_settings().surveyor or marker_history.default_who()

    def _history_failed(self, errors: str) -> None:
        self._notify(tr("The marker moved, but its history row was not written: {}").format(errors), Qgis.Critical)

    # -- survey tool ----------------------------------------------------------------------------
    def toggle_survey_tool(self, checked: bool) -> None:
        if not checked:
            self.host.release_map_tool(self.tool)
            return
        found = self._layers(*ZONE_ROLES, "markers")
        if found is None:
            self.survey_action.setChecked(False)
            return
        settings = load_settings()
        if self.tool is None:
            self.tool = SurveyMapTool(self.host.canvas, [found["red_zones"], found["yellow_zones"]], found["markers"])
            self.tool.setAction(self.survey_action)
            self.tool.boundary_clicked.connect(self.place_marker)
            self.tool.marker_clicked.connect(self.open_marker)
            self.tool.marker_dragged.connect(self.drag_marker)
            self.tool.missed.connect(self.missed)
        self.tool.zone_layers = [found["red_zones"], found["yellow_zones"]]
        self.tool.markers = found["markers"]
        self.tool.tolerance_px = settings.snap_pixels
        self.host.use_map_tool(self.tool)

    def place_marker(self, hit: BoundaryHit) -> None:
        found = self._layers("markers")
        if found is None:
            return
        markers = found["markers"]
        zone = hit.zone()
        try:
            feature = new_marker(markers, zone, hit.point, load_settings())
        except DuplicateValueError as exc:
            self._notify(str(exc), Qgis.Critical)
            return
        self.form = MarkerForm(markers, self.host.main_window, self.host.notify)
        self.form.open_new(feature, zone_name=ZoneHeading.of(zone).title(ui_language()))

    def open_marker(self, fid: int) -> None:
        found = self._layers("markers")
        if found is not None:
            self.form = MarkerForm(found["markers"], self.host.main_window, self.host.notify)
            self.form.open_existing(fid)

    def drag_marker(self, fid: int, hit: BoundaryHit) -> None:
        found = self._layers("markers", "marker_history")
        if found is None:
            return
        marker = found["markers"].getFeature(fid)
        number = text_value(marker, F.MARKER_NO) or str(fid)
        old = marker.geometry().asPoint()
        distance = old.distance(hit.point)
        if not confirm(self.host.main_window, tr("Move marker"),
                       tr("Move marker {no} by {d:.2f} m to the boundary? Its number stays and the move is kept in "
                          "its history.").format(no=number, d=distance)):
            return
        try:
            move_marker(found["markers"], found["marker_history"], fid, hit,
                        tr("Moved on the map with the survey tool"), self._who)
        except CommitError as exc:
            self._notify(tr("Marker {no} was not moved: {errors}").format(no=number, errors="; ".join(exc.errors)),
                         Qgis.Critical)
            return
        self._notify(tr("Marker {no} moved by {d:.2f} m; the move is in its history").format(no=number, d=distance),
                     Qgis.Success)

    def missed(self, _point) -> None:
        self._notify(tr("No red or yellow zone boundary within {n} pixels of the click: no marker was placed. "
                        "Click on or next to a boundary line.").format(n=self.tool.tolerance_px), Qgis.Warning)

    # -- design ---------------------------------------------------------------------------------
    def design(self) -> None:
        found = self._layers(*ZONE_ROLES, "markers")
        if found is None:
            return
        red, yellow = found["red_zones"], found["yellow_zones"]
        settings = load_settings()
        selected = red.selectedFeatureCount() + yellow.selectedFeatureCount()
        dialog = DesignDialog(settings, selected, self.host.main_window)
        if not ask(dialog):
            return
        scope = dialog.scope()
        if scope == "selected":
            features = list(red.getSelectedFeatures()) + list(yellow.getSelectedFeatures())
        else:
            features = list(red.getFeatures()) + ([] if scope == "red" else list(yellow.getFeatures()))
        try:
            zones = load_zones(features, red.crs(), QgsProject.instance().transformContext())
        except WuqingError as exc:
            self._notify(str(exc), Qgis.Critical)
            return
        crossings = None
        if dialog.crossings_layer() is not None:
            request = QgsFeatureRequest().setDestinationCrs(QgsCoordinateReferenceSystem(WORKING_CRS),
                                                            QgsProject.instance().transformContext())
            crossings = crossing_lines(dialog.crossings_layer().getFeatures(request))
        params = DesignParams(dialog.spacing.value(), dialog.angle.value(),
                              signs_at_crossings=dialog.signs_at_crossings(), pattern=settings.survey.number_pattern)
        try:
            result = write_design(found["markers"], zones, params, crossings)
        except LayerBusyError:
            self._notify(tr("The markers layer has unsaved edits: save or discard them, then design again"),
                         Qgis.Warning)
            return
        except CommitError as exc:
            self._notify(tr("The design was not saved: {}").format("; ".join(exc.errors)), Qgis.Critical)
            return
        except DesignInputError as exc:
            self._notify(str(exc), Qgis.Critical)
            return
        text = tr("{n} designed markers on {z} zones").format(
            n=result.added, z=len(zones) - len(zones.without_uid) - len(result.kept_zones))
        if result.replaced:
            text += tr("; {n} earlier designed markers replaced").format(n=result.replaced)
        if result.kept_zones:
            text += tr("; left as they are (markers in the field): {}").format(", ".join(result.kept_zones))
        if zones.repaired:
            text += tr("; repaired invalid geometry of: {}").format(", ".join(zones.repaired))
        found["markers"].triggerRepaint()
        self._notify(text, Qgis.Success if result.added else Qgis.Info)

    # -- survey import --------------------------------------------------------------------------
    def import_csv(self) -> Optional[QgsVectorLayer]:
        dialog = CsvImportDialog(self.host.main_window)
        if not ask(dialog):
            return None
        mapping = dialog.mapping()
        try:
            result = import_survey(dialog.table, mapping, dialog.coordinate_crs(),
                                   QgsProject.instance().transformContext())
        except KeyError as exc:
            self._notify(tr("The file has no column {}").format(exc.args[0]), Qgis.Critical)
            return None
        layer = survey_layer(result, dialog.layer_name())
        layer.setCustomProperty(SURVEY_PROPERTY, dialog.path())
        QgsProject.instance().addMapLayer(layer)
        if layer.featureCount():  # show what was imported
            extent = layer.extent()
            extent.grow(max(extent.width(), extent.height(), 100.0) * 0.1)
            self.host.zoom_to(extent, layer.crs())
        for level, text in result.messages():
            self._notify(text, Qgis.Warning if level == "warning" else Qgis.Info, tr("Field survey"))
        return layer

    # -- checks ---------------------------------------------------------------------------------
    def check(self) -> None:
        found = self._layers(*ZONE_ROLES, "markers")
        if found is None:
            return
        project = QgsProject.instance()
        surveys = [lyr for lyr in project.mapLayers().values() if lyr.customProperty(SURVEY_PROPERTY)]
        dialog = CheckDialog(load_settings(), found["markers"], surveys[-1] if surveys else None,
                             self.host.main_window)
        if not ask(dialog):
            return
        points_layer, designed_layer = dialog.markers_layer(), dialog.designed_layer()
        try:
            zones = load_zones(list(found["red_zones"].getFeatures()) + list(found["yellow_zones"].getFeatures()),
                               found["red_zones"].crs(), project.transformContext())
        except WuqingError as exc:
            self._notify(str(exc), Qgis.Critical)
            return
        request = QgsFeatureRequest().setDestinationCrs(QgsCoordinateReferenceSystem(WORKING_CRS),
                                                        project.transformContext())
        markers, _ = marker_points(points_layer.getFeatures(request), dialog.number_field())
        designed = marker_points(designed_layer.getFeatures(request))[0] if designed_layer is not None else None
        report = run_checks(zones, markers, designed, dialog.tolerances())
        results, issues = result_layers(report, zones.names)
        for old in [lyr for lyr in project.mapLayers().values() if lyr.customProperty(CHECK_PROPERTY)]:
            project.removeMapLayer(old.id())
        for layer in (issues, results):
            layer.setCustomProperty(CHECK_PROPERTY, True)
            project.addMapLayer(layer)
        can_apply = bool(points_layer.customProperty(SURVEY_PROPERTY)) and designed_layer is found["markers"]
        self.last_check = {"results": results, "survey": points_layer if can_apply else None}
        if self.dock is None:
            self.dock = CheckDock(self.host.canvas, self.host.main_window)
            self.dock.apply_requested.connect(self.apply_survey)
            self.host.add_dock(self.dock)
        self.dock.show_results(results, issues, summary(report), can_apply)
        self.dock.show()
        self.dock.raise_()
        self._notify(summary(report), Qgis.Warning if report.count("fail") else Qgis.Success)

    def apply_survey(self) -> None:
        found = self._layers("markers", "marker_history")
        results, survey = self.last_check.get("results"), self.last_check.get("survey")
        if found is None or results is None or survey is None:
            return
        if not confirm(self.host.main_window, tr("Apply surveyed positions"),
                       tr("Move every marker checked ok or warning to its surveyed position? Failing markers stay "
                          "where they are. Each move is kept in the marker's history.")):
            return
        settings = load_settings()
        note = tr("Surveyed position from {}").format(Path(str(survey.customProperty(SURVEY_PROPERTY))).name)
        try:
            outcome = apply_survey(found["markers"], found["marker_history"], results.getFeatures(), note,
                                   settings.surveyor, dt.date.today(), heights=survey_heights(survey.getFeatures()))
        except CommitError as exc:
            self._notify(tr("The surveyed positions were not applied: {}").format("; ".join(exc.errors)), Qgis.Critical)
            return
        text = tr("{n} markers moved to their surveyed positions").format(n=len(outcome.moved))
        if outcome.refused:
            text += tr("; {n} failing markers left where they are").format(n=len(outcome.refused))
        if outcome.unknown:
            text += tr("; no marker numbered {}").format(", ".join(outcome.unknown[:10]))
        found["markers"].triggerRepaint()
        self._notify(text, Qgis.Success)

    # -- deliverables ---------------------------------------------------------------------------
    def export(self) -> None:
        found = self._layers(*ZONE_ROLES, "markers")
        if found is None:
            return
        markers = found["markers"]
        counts: dict[str, int] = {}
        for f in markers.getFeatures():
            uid = text_value(f, F.ZONE_UID)
            if uid:
                counts[uid] = counts.get(uid, 0) + 1
        zones = {text_value(z, F.ZONE_UID): z for layer in (found["red_zones"], found["yellow_zones"])
                 for z in layer.getFeatures() if text_value(z, F.ZONE_UID) in counts}
        if not zones:
            self._notify(tr("No zone has markers yet: design or survey markers first"), Qgis.Warning)
            return
        lang = ui_language()
        entries = [(uid, ZoneHeading.of(z).title(lang), counts[uid]) for uid, z in zones.items()]
        selected = [text_value(z, F.ZONE_UID) for layer in (found["red_zones"], found["yellow_zones"])
                    for z in layer.getSelectedFeatures()]
        dialog = ExportDialog(entries, self.host.main_window, selected)
        if not ask(dialog):
            return
        folder = Path(dialog.folder_path())
        project = QgsProject.instance()
        # Photos are stored relative to the project file (the form's file picker does so).
        photo_dir = Path(project.absolutePath()) if project.absolutePath() else None
        written = 0
        taken: set[str] = set()  # two zones of one name and class must not overwrite each other's table
        try:
            for uid in dialog.chosen_zones():
                if dialog.table.isChecked():
                    export_zone_table(project, zones[uid], markers, folder, taken=taken)
                    written += 2
                if dialog.cards.isChecked():
                    written += len(export_cards(project, zone_marker_features(markers, uid), zones,
                                                [markers, found["red_zones"], found["yellow_zones"]],
                                                folder / tr("marker cards"), photo_dir=photo_dir))
        except (OSError, LayoutExportError) as exc:
            self._notify(tr("Export failed: {}").format(exc), Qgis.Critical)
            return
        self.host.notify(tr(TITLE), tr("{n} files written to {folder}").format(n=written, folder=folder),
                         Qgis.Success, folder=folder)

    def edit_settings(self) -> None:
        current = load_settings()
        dialog = SurveySettingsDialog(current, self.host.main_window)
        if ask(dialog):
            save_settings(dialog.settings(current))
            if self.tool is not None:
                self.tool.tolerance_px = dialog.snap.value()
            self._notify(tr("Boundary marker settings saved"), Qgis.Success)
