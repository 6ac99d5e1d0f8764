# SPDX-License-Identifier: GPL-2.0-or-later
"""The main job on the bundled sample: GeoPackage, QGIS project and overview map in one folder."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsProject, QgsReferencedRectangle

from ..toolbelt.i18n import tr
from .overview import build_overview_layout, export_layout
from .project_data import open_project_data, write_sample_geopackage

GPKG_NAME = "wuqing_eco.gpkg"
PROJECT_NAME = "wuqing_eco.qgz"
OVERVIEW_NAME = "overview.png"
#: Layers drawn on the overview, bottom to top is the layer tree's reverse.
OVERVIEW_ROLES = ("violations", "markers", "approved_land", "red_zones", "yellow_zones", "towns", "district")


@dataclass
class DemoOutputs:
    gpkg: Path
    project: Path
    overview: Path
    counts: dict[str, int]


def run_demo(out_dir: str | Path, project: QgsProject | None = None) -> DemoOutputs:
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    project = project or QgsProject.instance()
    project.clear()
    gpkg = out / GPKG_NAME
    counts = write_sample_geopackage(gpkg, overwrite=True)
    loaded = open_project_data(project, gpkg)
    project.setTitle(tr("Wuqing permanent protected ecological areas (illustrative sample)"))

    district = loaded["district"]
    extent = district.extent()
    extent.scale(1.04)
    # The view QGIS desktop opens the project with (a headless project has no canvas to save).
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, district.crs()))
    layout = build_overview_layout(
        project,
        [loaded[r] for r in OVERVIEW_ROLES],
        extent,
        tr("Wuqing District permanent protected ecological areas: red and yellow lines"),
        tr("Illustrative sample data, not the legal boundary.") + "\n"
        + tr("CGCS2000 / 3-degree Gauss-Krüger CM 117°E (EPSG:4548)"),
    )
    project.layoutManager().addLayout(layout)
    overview = export_layout(layout, out / OVERVIEW_NAME)
    qgz = out / PROJECT_NAME
    if not project.write(str(qgz)):
        raise OSError(f"{qgz}: {project.error()}")
    return DemoOutputs(gpkg, qgz, overview, counts)
