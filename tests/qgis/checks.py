# SPDX-License-Identifier: GPL-2.0-or-later
"""Helpers for tests that look at output as a user does: PDF text, pages and fonts (poppler),
red and yellow pixels, the sample's layers, a small overlap layer made with shapely (the overlap
analysis is another feature's), and waiting on the event loop."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

from qgis.core import QgsFeature, QgsGeometry, QgsProcessingFeedback, QgsVectorLayer
from shapely.geometry import MultiPolygon

from wuqing_eco_plugin.layers import schema, storage
from wuqing_eco_plugin.layers.geometry import as_multipolygon, from_shapely, to_shapely

OVERLAP_URI = ("MultiPolygon?crs=EPSG:4548&field=zone_count:integer&field=zone_types:string"
               "&field=line_class:string&field=zone_names:string&field=zone_uids:string"
               "&field=departments:string&field=area_m2:double")


def wkt_layer(rows, fields: str, name: str = "layer", geometry: str = "MultiPolygon") -> QgsVectorLayer:
    """A memory layer in EPSG:4548 of (WKT, attribute values…) rows; ``fields`` as in a memory URI."""
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4548&{fields}", name, "memory")
    features = []
    for wkt, *values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(values)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def sample_layer(gpkg: Path, table) -> QgsVectorLayer:
    layer = QgsVectorLayer(storage.uri(gpkg, table), table.name, "ogr")
    assert layer.isValid()
    return layer


def overlap_layer(gpkg: Path) -> QgsVectorLayer:
    """Pieces where zones of different names overlap, as the overlap analysis would write them."""
    zones = [(f["name"], f["zone_type"], f["line_class"], f["zone_uid"], to_shapely(f.geometry()))
             for f in sample_layer(gpkg, schema.ZONES).getFeatures()]
    layer = QgsVectorLayer(OVERLAP_URI, "overlaps", "memory")
    features = []
    for i, a in enumerate(zones):
        for b in zones[i + 1:]:
            if a[0] == b[0] or not a[4].intersects(b[4]):
                continue
            piece = as_multipolygon(a[4].intersection(b[4]))
            if piece.is_empty or piece.area < 100:
                continue
            feature = QgsFeature(layer.fields())
            feature.setGeometry(from_shapely(MultiPolygon(piece.geoms)))
            line_class = "red" if "red" in (a[2], b[2]) else "yellow"
            feature.setAttributes([2, f"{a[1]},{b[1]}", line_class, f"{a[0]},{b[0]}", f"{a[3]},{b[3]}", "water",
                                   piece.area])
            features.append(feature)
    ok, _ = layer.dataProvider().addFeatures(features)
    assert ok and features
    return layer


def pdf_text(pdf: Path, page: int | None = None, layout: bool = True) -> str:
    args = ["pdftotext", *(["-layout"] if layout else [])]
    if page:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def pdf_pages(pdf: Path) -> tuple[int, tuple[float, float]]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    w, h = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return pages, (float(w) * 25.4 / 72, float(h) * 25.4 / 72)


def pdf_fonts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines()[2:] if line.strip()]


class RecordingFeedback(QgsProcessingFeedback):
    """Processing feedback that keeps what an algorithm reports, for the test to read."""

    def __init__(self):
        super().__init__()
        self.warnings, self.infos = [], []

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)


def wait_until(condition, timeout_s: float = 60.0) -> None:
    """Run the event loop until ``condition()`` holds; fail after ``timeout_s``."""
    import time

    from qgis.core import QgsApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        QgsApplication.processEvents()
        time.sleep(0.01)


def red_yellow(image, region: tuple[int, int, int, int] | None = None, step: int = 3) -> tuple[int, int]:
    """Strongly red and yellow pixels of a QImage, in ``region`` (x0, y0, x1, y1) or everywhere."""
    from qgis.PyQt.QtGui import QColor

    assert not image.isNull()
    x0, y0, x1, y1 = region or (0, 0, image.width(), image.height())
    reds = yellows = 0
    for x in range(x0, x1, step):
        for y in range(y0, y1, step):
            c = QColor(image.pixel(x, y))
            h, s = c.hsvHue(), c.hsvSaturationF()
            if s > 0.35 and (h < 10 or h > 350):
                reds += 1
            elif s > 0.35 and 35 <= h <= 55:
                yellows += 1
    return reds, yellows


def write_project_folder(folder, gpkg_source):
    """A saved project with its GeoPackage beside it, as `make demo` or a colleague leaves it."""
    import shutil

    from qgis.core import QgsProject

    from wuqing_eco_plugin.services.project_data import open_project_data

    folder.mkdir(parents=True)
    gpkg = folder / "wuqing_eco.gpkg"
    shutil.copy(gpkg_source, gpkg)
    prj = QgsProject.instance()
    prj.clear()
    prj.setFileName(str(folder / "wuqing_eco.qgz"))
    open_project_data(prj, gpkg)
    assert prj.write()
    prj.clear()
    return folder
