# SPDX-License-Identifier: GPL-2.0-or-later
"""The main job on the bundled sample: its data (a GeoPackage, or a schema of the shared database),
QGIS project, overview map and what each feature adds (one step per feature, run in order on the
same project)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsProject, QgsReferencedRectangle

from ..layers.data_source import DataSource, GeoPackageSource, PostgisSource
from ..layers.postgis.ddl import DEFAULT_SCHEMA
from ..layers.project_layers import ProjectLayers
from ..output.overview import build_overview_layout
from ..output.report_pdf import export_layout
from ..sample.database import write_sample_database
from ..sample.geopackage import write_sample_geopackage
from ..services.project_data import open_project_data
from ..services.project_source import open_database
from ..toolbelt.i18n import tr
from .context import DemoContext, Step
from .drawings import drawings_step
from .ledger import ledger_step
from .markers import markers_step
from .overlaps import overlaps_step

GPKG_NAME = "wuqing_eco.gpkg"
#: Beside a demo in the shared database: the folder its cases' attachments go to.
ATTACHMENTS_NAME = "attachments"
PROJECT_NAME = "wuqing_eco.qgz"
OVERVIEW_NAME = "overview.png"
#: Layers drawn on the overview, top to bottom.
OVERVIEW_ROLES = ("violations", "markers", "approved_land", "red_zones", "yellow_zones", "towns", "district")


@dataclass
class DemoOutputs:
    files: dict[str, Path]
    counts: dict[str, int]

    @property
    def gpkg(self) -> Path:
        return self.files["GeoPackage"]

    @property
    def project(self) -> Path:
        return self.files["QGIS project"]

    @property
    def overview(self) -> Path:
        return self.files["Overview map"]


#: Steps of the features, in order; each returns {label: file} of what it wrote.
STEPS: tuple[Step, ...] = (overlaps_step, markers_step, ledger_step, drawings_step)


def _sample_data(project: QgsProject, out: Path, database: str | None, s: str
                 ) -> tuple[DataSource, ProjectLayers, dict[str, Path]]:
    """The sample written into its data source and loaded into ``project``; the files written."""
    if database:
        source = PostgisSource.from_connection(database, s, out / ATTACHMENTS_NAME)
        write_sample_database(source.database(), s)
        return source, open_database(project, source), {}
    gpkg = out / GPKG_NAME
    write_sample_geopackage(gpkg, overwrite=True)
    return GeoPackageSource(gpkg), open_project_data(project, gpkg), {"GeoPackage": gpkg}


def run_demo(out_dir: str | Path, project: QgsProject, database: str | None = None,
             s: str = DEFAULT_SCHEMA) -> DemoOutputs:
    """Every step on the sample, into ``out_dir``; with ``database`` (a saved QGIS connection's name
    or a connection string without password) the data goes into its schema ``s`` (created when
    missing) and every layer of the project reads from there."""
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    project.clear()
    # Named before the data is opened, so that the project remembers its GeoPackage relative to itself.
    project.setFileName(str(out / PROJECT_NAME))
    source, loaded, files = _sample_data(project, out, database, s)
    project.setTitle(tr("Wuqing permanent protected ecological areas (illustrative sample)"))
    ctx = DemoContext(project, loaded, out, source)
    for step in STEPS:
        files.update(step(ctx))

    district = loaded["district"]
    extent = district.extent()
    extent.scale(1.04)
    # The view QGIS desktop opens the project with (a headless project has no canvas to save).
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, district.crs()))
    layout = build_overview_layout(
        project,
        ctx.overview_layers + [loaded[r] for r in OVERVIEW_ROLES],
        extent,
        tr("Wuqing District permanent protected ecological areas: red and yellow lines"),
        tr("Illustrative sample data, not the legal boundary.") + "\n"
        + tr("CGCS2000 / 3-degree Gauss-Krüger CM 117°E (EPSG:4548)"),
    )
    project.layoutManager().addLayout(layout)
    files["Overview map"] = export_layout(layout, out / OVERVIEW_NAME)
    qgz = out / PROJECT_NAME
    if not project.write(str(qgz)):
        raise OSError(f"{qgz}: {project.error()}")
    files["QGIS project"] = qgz
    return DemoOutputs(files, source.counts())  # after every step: what the data source holds
