# SPDX-License-Identifier: GPL-2.0-or-later
"""The main job on the bundled sample: GeoPackage, QGIS project, overview map and what each
feature adds (one step per feature, run in order on the same project)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsProject, QgsReferencedRectangle

from ..layers.storage import feature_counts
from ..output.overview import build_overview_layout
from ..output.report_pdf import export_layout
from ..sample.geopackage import write_sample_geopackage
from ..services.project_data import open_project_data
from ..toolbelt.i18n import tr
from .context import DemoContext, Step
from .drawings import drawings_step
from .ledger import ledger_step
from .markers import markers_step
from .overlaps import overlaps_step

GPKG_NAME = "wuqing_eco.gpkg"
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


def run_demo(out_dir: str | Path, project: QgsProject) -> DemoOutputs:
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    project.clear()
    gpkg = out / GPKG_NAME
    write_sample_geopackage(gpkg, overwrite=True)
    # Named before the data is opened, so that the project remembers its GeoPackage relative to itself.
    project.setFileName(str(out / PROJECT_NAME))
    loaded = open_project_data(project, gpkg)
    project.setTitle(tr("Wuqing permanent protected ecological areas (illustrative sample)"))
    ctx = DemoContext(project, loaded, out, gpkg)
    files: dict[str, Path] = {"GeoPackage": gpkg}
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
    return DemoOutputs(files, feature_counts(gpkg))  # after every step: what the GeoPackage holds
