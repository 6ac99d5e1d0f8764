# SPDX-License-Identifier: GPL-2.0-or-later
"""Menu actions: open or create the project's GeoPackage, load the illustrative sample."""
from __future__ import annotations

from qgis.core import Qgis, QgsProject

from ...layers.project_layers import LayerLoadError, ProjectLayers, relabel_forms
from ...layers.storage import SchemaError
from ...sample.geopackage import write_sample_geopackage
from ...services.project_data import open_project_data
from ...toolbelt.i18n import tr
from .. import data_dialogs
from ..host import Host


class ProjectFeature:
    def __init__(self, host: Host):
        self.host = host
        host.add_action("open_data.svg", tr("Open or create project data…"), self.open_project_data,
                        tr("Open the project's GeoPackage, or create a new one, and load its layers"))
        host.add_action("sample_data.svg", tr("Load illustrative sample data…"), self.load_sample_data,
                        tr("Write the illustrative Wuqing sample (not the legal boundary) and load it"))
        QgsProject.instance().readProject.connect(self._project_read)

    def unload(self) -> None:
        """The host removes the actions."""
        QgsProject.instance().readProject.disconnect(self._project_read)

    @staticmethod
    def _project_read(_document) -> None:
        relabel_forms(QgsProject.instance())

    def open_project_data(self) -> None:
        path = data_dialogs.choose_project_gpkg(self.host.main_window)
        if path is None:
            return
        try:
            loaded = open_project_data(QgsProject.instance(), path)
        except (SchemaError, LayerLoadError, OSError) as exc:
            self.host.notify(tr("Cannot open project data"), str(exc), Qgis.Critical)
            return
        self._zoom_to(loaded)
        self.host.notify(tr("Project data"), tr("Layers loaded from {}").format(path), Qgis.Success)

    def load_sample_data(self) -> None:
        path = data_dialogs.choose_sample_target(self.host.main_window)
        if path is None:
            return
        project = QgsProject.instance()
        try:
            for layer in list(project.mapLayers().values()):
                if layer.source().split("|")[0] == str(path):
                    project.removeMapLayer(layer.id())
            write_sample_geopackage(path, overwrite=True)
            loaded = open_project_data(project, path)
        except (SchemaError, LayerLoadError, OSError) as exc:
            self.host.notify(tr("Cannot write the sample data"), str(exc), Qgis.Critical)
            return
        self._zoom_to(loaded)
        self.host.notify(tr("Sample data"),
                         tr("Illustrative sample written to {} (not the legal boundary)").format(path), Qgis.Success)

    def _zoom_to(self, loaded: ProjectLayers) -> None:
        layer = loaded["district"] if not loaded["district"].extent().isEmpty() else loaded["red_zones"]
        if not layer.extent().isEmpty():
            self.host.zoom_to(layer.extent(), layer.crs())
