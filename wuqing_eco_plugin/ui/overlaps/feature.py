# SPDX-License-Identifier: GPL-2.0-or-later
"""The strictest-rule feature: overlap analysis, “what applies here?” and project screening.

Wiring only: the analysis, queries and screening live in services; this class reads the project's
layers, starts the work, and shows the results in the dock and on the canvas.
"""
from __future__ import annotations

from typing import Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...domain.coordinates import WORKING_CRS
from ...domain.errors import WuqingError
from ...domain.overlaps.pieces import OverlapRecord, totals
from ...layers.features import CommitError
from ...layers.memory import MemoryLayerError
from ...layers.project_layers import ZONE_ROLES
from ...layers.watch import on_change
from ...layers.zone_records import iter_zones
from ...output.report_pdf import LayoutExportError
from ...services.location import LocationError, check_source
from ...services.overlaps.analysis import OverlapTask, load_records, record_geometry, replace_overlaps
from ...services.overlaps.screening import ProjectScreener
from ...services.overlaps.screening_report import ScreenedFootprint, export_screening_pdf, screen_footprint
from ...services.project_data import project_layers
from ...services.zone_input import load_zones
from ...services.zone_query import ZoneQuery
from ...toolbelt.i18n import tr
from ...toolbelt.log import get_logger
from ..formats import area_text
from ..host import Host
from ..map_tools import FootprintTool, PointPickTool
from . import dock as strict_rule_dock
from .map_marks import MapMarks

_log = get_logger(__name__)


def feature_label(layer: QgsVectorLayer, feature: QgsFeature) -> str:
    """What QGIS shows for ``feature`` (the layer's display expression), else its id."""
    expression = QgsExpression(layer.displayExpression())
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    value = expression.evaluate(context)
    return str(value) if value not in (None, "") and not expression.hasEvalError() else f"#{feature.id()}"


class OverlapsFeature:
    def __init__(self, host: Host):
        self.host = host
        canvas = host.canvas
        self._dock: Optional[strict_rule_dock.StrictRuleDock] = None  # built when first shown
        self.task: Optional[OverlapTask] = None
        self.query: Optional[ZoneQuery] = None
        self._screening: Optional[ProjectScreener] = None  # dropped when its layers change
        self._screening_key: tuple = ()
        self.drawn = 0
        self.marks = MapMarks(canvas, QgsCoordinateReferenceSystem(WORKING_CRS))
        canvas.mapToolSet.connect(self._tool_changed)

        self.analyse_action = host.add_action(
            "overlaps.svg", tr("Analyse overlaps (strictest rule)"), self.analyse,
            tr("Find every place covered by two or more zones and the strictest rule that applies there"))
        self.point_tool = PointPickTool(canvas)
        self.point_action = host.add_action(
            "what_here.svg", tr("What applies here?"), self.toggle_point_tool,
            tr("Click on the map: which zones, which rule, which departments"), checkable=True)
        self.point_tool.setAction(self.point_action)
        self.point_tool.picked.connect(self.show_point)
        self.screen_action = host.add_action(
            "screening.svg", tr("Screen selected footprints"), self.screen_selected,
            tr("Screen the selected polygons of the active layer against the red and yellow lines"))
        self.footprint_tool = FootprintTool(canvas)
        self.draw_action = host.add_action(
            "draw_footprint.svg", tr("Draw a footprint and screen it"), self.start_drawing,
            tr("Click the corners of a construction footprint, right-click to finish"), checkable=True)
        self.footprint_tool.setAction(self.draw_action)
        self.footprint_tool.drawn.connect(self.screen_drawn)

    @property
    def dock(self) -> strict_rule_dock.StrictRuleDock:
        """The panel of overlaps, point reports and screenings, built on first use."""
        if self._dock is None:
            dock = self._dock = strict_rule_dock.StrictRuleDock(self.host.main_window)
            self.host.add_dock(dock)
            dock.hide()
            dock.visibilityChanged.connect(self._dock_shown)
            dock.overlaps.piece_selected.connect(self.zoom_to_piece)
            dock.overlaps.analyse_requested.connect(self.analyse)
            dock.screening.select_requested.connect(self.screen_selected)
            dock.screening.draw_requested.connect(self.start_drawing)
            dock.screening.export_requested.connect(self.export_pdf)
            dock.screening.clear_requested.connect(self.marks.clear_footprints)
            dock.tabs.currentChanged.connect(lambda _i: self._moved_on())
        return self._dock

    def _moved_on(self) -> None:
        """The user left the overlap list (another tab, the panel closed): the piece's highlight goes."""
        dock = self._dock
        if dock is None or not dock.isVisible() or dock.tabs.currentWidget() is not dock.overlaps:
            self.marks.clear_piece()

    def _tool_changed(self, new_tool, _old_tool=None) -> None:
        if new_tool is not self.point_tool:
            self.marks.clear_point()
        if new_tool is not None:
            self.marks.clear_piece()

    def unload(self) -> None:
        if self.task is not None:
            try:
                self.task.cancel()
            except RuntimeError:  # the task manager deleted it already
                pass
            self.task = None
        self.host.canvas.mapToolSet.disconnect(self._tool_changed)
        self.marks.clear()
        self.footprint_tool.release()

    # -- overlaps ---------------------------------------------------------------------------------
    def _zone_layers(self, layers: dict[str, QgsVectorLayer]) -> list[QgsVectorLayer]:
        zone_layers = [layers[r] for r in ZONE_ROLES if r in layers]
        if not zone_layers:
            self.host.require_layers(tr("No protected zones"), *ZONE_ROLES)  # tells the user
        return zone_layers

    def analyse(self) -> None:
        if self.task is not None:
            self.host.notify(tr("Overlap analysis"), tr("The analysis is running already."), Qgis.Info)
            return
        project = QgsProject.instance()
        layers = project_layers(project)
        zone_layers = self._zone_layers(layers)
        if not zone_layers:
            return
        try:
            zones = load_zones((f for layer in zone_layers for f in layer.getFeatures()), zone_layers[0].crs(),
                               project.transformContext())
        except WuqingError as exc:
            self.host.notify(tr("Overlap analysis"), str(exc), Qgis.Critical)
            return
        for note in zones.notes:
            _log.warning("%s", note.message())
        task = OverlapTask(zones)
        task.taskCompleted.connect(lambda: self._analysis_done(task, layers.get("overlaps"), zones.notes))
        task.taskTerminated.connect(lambda: self._analysis_stopped(task))
        self.task = task
        QgsApplication.taskManager().addTask(task)

    def _analysis_done(self, task: OverlapTask, layer: Optional[QgsVectorLayer], notes) -> None:
        self.task = None
        records = task.records or []
        if layer is not None:
            try:
                replace_overlaps(layer, records)
            except CommitError as exc:
                self.host.notify(tr("Cannot save the overlaps"), str(exc), Qgis.Critical)
        self.show_overlaps(records)
        t = totals(records)
        text = tr("{n} overlaps, {area} in total").format(n=t.count, area=area_text(t.area_m2))
        if notes:
            text += "; " + tr("{n} geometries repaired or skipped (see the log)").format(n=len(notes))
        self.host.notify(tr("Overlap analysis"), text, Qgis.Warning if notes else Qgis.Success)

    def _analysis_stopped(self, task: OverlapTask) -> None:
        self.task = None
        if task.error:
            self.host.notify(tr("Overlap analysis failed"), task.error, Qgis.Critical)
        else:
            self.host.notify(tr("Overlap analysis"), tr("The analysis was cancelled."), Qgis.Info)

    def _dock_shown(self, visible: bool) -> None:
        """A project opened with an earlier analysis: list its stored overlaps."""
        self._moved_on()
        if not visible or self.dock.overlaps.model.records or self.task is not None:
            return
        layers = project_layers(QgsProject.instance())
        layer = layers.get("overlaps")
        if layer is None or not any(True for _ in layer.getFeatures(QgsFeatureRequest().setLimit(1))):
            return
        zones = [info for info, _ in iter_zones([layers[r] for r in ZONE_ROLES if r in layers])]
        self.dock.overlaps.set_records(load_records(layer, zones))

    def show_overlaps(self, records: list[OverlapRecord]) -> None:
        self.dock.overlaps.set_records(records)
        self.dock.show_tab(self.dock.overlaps)

    def zoom_to_piece(self, record: OverlapRecord) -> None:
        working = QgsCoordinateReferenceSystem(WORKING_CRS)
        geometry = record_geometry(record)
        self.marks.highlight_piece(geometry)
        extent = geometry.boundingBox()
        extent.grow(max(extent.width(), extent.height(), 20.0))
        self.host.zoom_to(extent, working)

    # -- what applies here -------------------------------------------------------------------------
    def toggle_point_tool(self, checked: bool) -> None:
        if not checked:
            self.host.release_map_tool(self.point_tool)
            return
        layers = project_layers(QgsProject.instance())
        zone_layers = self._zone_layers(layers)
        if not zone_layers:
            self.point_action.setChecked(False)
            return
        self.query = ZoneQuery.shared(zone_layers, layers.get("approved_land"), layers.get("towns"))
        self.host.use_map_tool(self.point_tool)

    def show_point(self, point: QgsPointXY) -> None:
        if self.query is None:
            return
        try:
            report = self.query.report(point, self.host.canvas.mapSettings().destinationCrs())
        except WuqingError as exc:  # the zones are read on first use: two zones with one uid stop here
            self.host.notify(tr("What applies here?"), str(exc), Qgis.Critical)
            return
        self.marks.mark_point(point)
        self.dock.point.show_report(report)
        self.dock.show_tab(self.dock.point)

    # -- screening ---------------------------------------------------------------------------------
    def _screener(self) -> Optional[ProjectScreener]:
        """The screener of the project's zones and approved land, read once and again only after an edit."""
        project = QgsProject.instance()
        layers = project_layers(project)
        zone_layers = self._zone_layers(layers)
        if not zone_layers:
            return None
        approved = layers.get("approved_land")
        key = tuple(layer.id() for layer in (*zone_layers, approved) if layer is not None)
        if key != self._screening_key:
            on_change([*zone_layers, approved], self._screening_changed)
            self._screening_key, self._screening = key, None
        if self._screening is None:
            try:
                self._screening = ProjectScreener.from_features(
                    (f for layer in zone_layers for f in layer.getFeatures()), zone_layers[0].crs(),
                    approved.getFeatures() if approved is not None else (),
                    approved.crs() if approved is not None else None, project.transformContext())
            except WuqingError as exc:
                self.host.notify(tr("Project screening"), str(exc), Qgis.Critical)
                return None
        return self._screening

    def _screening_changed(self) -> None:
        self._screening = None

    def screen_selected(self) -> None:
        layer = self.host.active_layer()
        if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != QgsWkbTypes.PolygonGeometry \
                or not layer.selectedFeatureCount():
            self.host.notify(tr("Project screening"), tr("Select construction footprints on a polygon layer "
                                                         "first, or draw one."), Qgis.Warning)
            return
        try:  # footprints in a wrong CRS would all be screened "clear"
            check_source(layer, QgsProject.instance().transformContext())
        except LocationError as exc:
            self.host.notify(tr("Project screening"), str(exc), Qgis.Critical)
            return
        screener = self._screener()
        if screener is None:
            return
        results, skipped = [], 0
        for feature in layer.selectedFeatures():
            footprint, _ = screen_footprint(screener, feature_label(layer, feature), feature.geometry(), layer.crs(),
                                            QgsProject.instance().transformContext())
            if footprint is None:
                skipped += 1
            else:
                results.append(footprint)
        if skipped:
            self.host.notify(tr("Project screening"), tr("{n} footprints without area were skipped.").format(
                n=skipped), Qgis.Warning)
        self.show_screening(results)

    def start_drawing(self, checked: bool = True) -> None:
        if not checked:
            self.host.release_map_tool(self.footprint_tool)
            return
        self.draw_action.setChecked(True)
        self.host.use_map_tool(self.footprint_tool)

    def screen_drawn(self, geometry: QgsGeometry) -> None:
        screener = self._screener()
        if screener is None:
            return
        self.drawn += 1
        footprint, _ = screen_footprint(screener, tr("Drawn footprint {n}").format(n=self.drawn), geometry,
                                        self.host.canvas.mapSettings().destinationCrs(),
                                        QgsProject.instance().transformContext())
        if footprint is None:
            self.host.notify(tr("Project screening"), tr("The drawn footprint has no area."), Qgis.Warning)
            return
        self.show_screening([footprint])

    @property
    def footprints(self) -> list[ScreenedFootprint]:
        """The footprints last screened, as the screening panel lists them."""
        return self.dock.screening.footprints

    def show_screening(self, footprints: list[ScreenedFootprint]) -> None:
        self.dock.screening.set_footprints(footprints)
        self.marks.show_footprints(footprints)
        self.dock.show_tab(self.dock.screening)

    def export_pdf(self) -> None:
        footprints = self.footprints
        if not footprints:
            return
        path = strict_rule_dock.choose_pdf_target(self.host.main_window, tr("screening.pdf"))
        if path is None:
            return
        layers = project_layers(QgsProject.instance())
        background = [layers[r] for r in ("overlaps", "approved_land", "red_zones", "yellow_zones") if r in layers]
        try:
            export_screening_pdf(QgsProject.instance(), footprints, path, background)
        except (OSError, ValueError, MemoryLayerError, LayoutExportError) as exc:
            self.host.notify(tr("Cannot write the PDF"), str(exc), Qgis.Critical)
            return
        self.host.notify(tr("Project screening"), tr("Summary written to {}").format(path), Qgis.Success,
                         folder=path.parent)
